"""FastAPI twin of two BatteryLab REST endpoints, for the load benchmark only (docs/bench/rest-bench.sh).

Same endpoint shape and the same work per request as the Java server: verify the HS256 JWT that BatteryLab issued
(same secret, issuer and expiry check), look the token id up in a revocation table, then
  GET /api/batteries                    -> the caller's visible batteries from the database, as {"items": [...]}
  GET /api/analysis/statistics?batteries=ID&bins=20
                                        -> check the battery is visible, read its cycle rows, per-column count,
                                           missing, mean, variance, std, min, quartiles, max and histogram.
The data are a SQLite copy of what the Java server serves (exported through its API by the bench script), so both
sides read the same rows from an indexed table; numpy does the statistics. Run with uvicorn.
"""
import math
import os
import sqlite3
import threading

import jwt
import numpy as np
from fastapi import Depends, FastAPI, Header, HTTPException, Query

DB = os.environ["BENCH_DB"]
SECRET = os.environ["BENCH_SECRET"]
COLUMNS = ["dq_slope", "dq_intercept", "t_avg", "ir", "charge_time", "dqdv_max", "dqdv_min", "dqdv_var", "rul", "pcl"]
_local = threading.local()
app = FastAPI()


def db():
    if not hasattr(_local, "conn"):
        _local.conn = sqlite3.connect(DB, check_same_thread=False)
    return _local.conn


def caller(authorization: str = Header(None)) -> int:
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, {"error": "unauthorized", "message": "Bearer token required"})
    try:
        claims = jwt.decode(authorization[7:], SECRET, algorithms=["HS256"], issuer="batterylab")
    except jwt.PyJWTError:
        raise HTTPException(401, {"error": "invalid_token", "message": "the token is not valid"})
    if db().execute("SELECT 1 FROM revoked_tokens WHERE token_id = ?", (claims["jti"],)).fetchone():
        raise HTTPException(401, {"error": "token_revoked", "message": "logged out"})
    return int(claims["sub"])


def finite(v):
    return None if v is None or not math.isfinite(v) else float(v)


@app.get("/api/batteries")
def batteries(user: int = Depends(caller)):
    rows = db().execute(
        "SELECT id, name, label, source, upload_id, split, nominal_capacity_ah, charging_policy, cycle_life,"
        " cycle_count, synthetic FROM batteries WHERE user_id IS NULL OR user_id = ? ORDER BY id", (user,))
    keys = ["id", "name", "label", "source", "uploadId", "split", "nominalCapacityAh", "chargingPolicy", "cycleLife",
            "cycleCount", "synthetic"]
    items = []
    for r in rows:
        item = dict(zip(keys, r))
        item["synthetic"] = bool(item["synthetic"])
        items.append(item)
    return {"items": items}


def column_statistics(name, values, bins):
    present = values[~np.isnan(values)]
    n = len(present)
    if n == 0:
        return {"column": name, "count": 0, "missing": len(values), "mean": None, "variance": None, "std": None,
                "min": None, "q1": None, "median": None, "q3": None, "max": None,
                "histogram": {"edges": [], "counts": []}}
    q1, median, q3 = np.percentile(present, [25, 50, 75])
    counts, edges = np.histogram(present, bins=bins)
    variance = float(np.var(present, ddof=1)) if n > 1 else None
    return {"column": name, "count": n, "missing": int(len(values) - n), "mean": float(present.mean()),
            "variance": finite(variance), "std": finite(math.sqrt(variance)) if variance is not None else None,
            "min": float(present.min()), "q1": float(q1), "median": float(median), "q3": float(q3),
            "max": float(present.max()), "histogram": {"edges": edges.tolist(), "counts": counts.tolist()}}


@app.get("/api/analysis/statistics")
def statistics(batteries: str = Query(...), bins: int = 20, user: int = Depends(caller)):
    ids = [int(x) for x in batteries.split(",")]
    for bid in ids:
        if not db().execute("SELECT 1 FROM batteries WHERE id = ? AND (user_id IS NULL OR user_id = ?)",
                            (bid, user)).fetchone():
            raise HTTPException(404, {"error": "not_found", "message": f"battery {bid} not found"})
    marks = ",".join("?" * len(ids))
    rows = db().execute(f"SELECT {', '.join(COLUMNS)} FROM cycles WHERE battery_id IN ({marks})"
                        " ORDER BY battery_id, cycle", ids).fetchall()
    data = np.array(rows, dtype=float).reshape(-1, len(COLUMNS)) if rows else np.empty((0, len(COLUMNS)))
    return {"batteries": ids, "items": [column_statistics(c, data[:, i], bins) for i, c in enumerate(COLUMNS)]}
