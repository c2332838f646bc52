"""Copies what a running BatteryLab REST server serves to one user (batteries and all their cycle rows) into a
SQLite file, so that the FastAPI twin (fastapi_app.py) reads the same rows. Usage: export_sqlite.py BASE TOKEN FILE"""
import json
import sqlite3
import sys
import urllib.request

base, token, target = sys.argv[1:4]
COLUMNS = ["dq_slope", "dq_intercept", "t_avg", "ir", "charge_time", "dqdv_max", "dqdv_min", "dqdv_var"]


def get(path):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


db = sqlite3.connect(target)
db.executescript("""
CREATE TABLE batteries (id INTEGER PRIMARY KEY, user_id INTEGER, name TEXT, label TEXT, source TEXT,
  upload_id INTEGER, split TEXT, nominal_capacity_ah REAL, charging_policy TEXT, cycle_life INTEGER,
  cycle_count INTEGER, synthetic INTEGER);
CREATE INDEX ix_batteries_user ON batteries (user_id, id);
CREATE TABLE cycles (battery_id INTEGER, cycle INTEGER, dq_slope REAL, dq_intercept REAL, t_avg REAL, ir REAL,
  charge_time REAL, dqdv_max REAL, dqdv_min REAL, dqdv_var REAL, rul REAL, pcl REAL, PRIMARY KEY (battery_id, cycle));
CREATE TABLE revoked_tokens (token_id TEXT PRIMARY KEY, user_id INTEGER, expires_at TEXT);
""")
rows = 0
for b in get("/api/batteries")["items"]:
    db.execute("INSERT INTO batteries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
               (b["id"], None, b["name"], b["label"], b["source"], b["uploadId"], b["split"], b["nominalCapacityAh"],
                b["chargingPolicy"], b["cycleLife"], b["cycleCount"], int(b["synthetic"])))
    offset = 0
    while offset < b["cycleCount"]:
        page = get(f"/api/batteries/{b['id']}/cycles?offset={offset}&limit=5000")
        for c in page["items"]:
            db.execute("INSERT INTO cycles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                       [b["id"], c["cycle"]] + [c["features"][k] for k in COLUMNS] + [c["rul"], c["pcl"]])
        rows += len(page["items"])
        offset += 5000
db.commit()
print(f"exported {db.execute('SELECT COUNT(*) FROM batteries').fetchone()[0]} batteries, {rows} cycle rows")
