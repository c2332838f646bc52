#!/usr/bin/env bash
# The REST walk-through of issue 10, end to end against a running server ($API):
#   register and log in; upload the real Severson .mat (../shared/data/severson/, never copied into the repo);
#   train Baseline and DeepHPM on Wen et al.'s case A (RUL; train cells 91 and 100, test cell 124) while a WebSocket
#   client (docs/bench/WsWatch.java) watches the job's events on /api/ws; test both model versions on cell 124 with
#   horizon 0 and 50; export the four test jobs as XLSX and HTML and download them.
# Output: docs/bench/walkthrough.txt is what this script printed (long JSON is cut down to fields by python3 here).
#
#   BATTERYLAB_HOME=$(mktemp -d) BATTERYLAB_REST_PORT=18080 <product>/batterylab-server &
#   API=http://127.0.0.1:18080/api docs/bench/walkthrough.sh | tee docs/bench/walkthrough.txt
#
# EPOCHS (per run, default 500 as in docs/benchmarks.md, about 10 steps of 256 rows each here: a few minutes on 2
# cores; Wen et al. ran 2000 epochs of 2 larger steps),
# NAME (user name, default alice), MAT (the .mat file), OUT (download folder, default a new /tmp folder) and
# JAVA_HOME may be set.
# Needs bash, curl, python3, file, and Java 11+ for the WebSocket client.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
API="${API:-http://127.0.0.1:8080/api}"
MAT="${MAT:-$here/../../../shared/data/severson/SeversonBattery-3feat.mat}"
EPOCHS="${EPOCHS:-500}"
NAME="${NAME:-alice}"
OUT="${OUT:-$(mktemp -d /tmp/batterylab-walk.XXXXXX)}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$OUT"

AUTH=()
# api METHOD PATH [JSON]: prints the request, leaves the answer in $BODY and the status in $CODE
api() {
  local method=$1 path=$2 data=${3-}
  local args=(-s -o "$tmp/body" -w '%{http_code}' -X "$method" "${AUTH[@]}")
  if [[ -n "$data" ]]; then args+=(-H 'Content-Type: application/json' -d "$data"); fi
  CODE=$(curl "${args[@]}" "$API$path")
  BODY=$(cat "$tmp/body")
  echo "\$ curl -X $method \$API$path${data:+ -d '$data'}   -> HTTP $CODE"
}
# py CODE: runs python3 with d = the JSON answer in $BODY
py() { BODY="$BODY" python3 -c "import json,os,sys; d=json.loads(os.environ['BODY'] or 'null')
$1"; }
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }
section() { printf '\n## %s\n' "$*"; }

echo "# BatteryLab REST walk-through (docs/bench/walkthrough.sh), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# API=$API, $(nproc) cores, $(uname -m), epochs per run $EPOCHS; tokens are never printed"
api GET /health
echo "$BODY"

section "register (the password must pass zxcvbn) and log in"
api POST /auth/register '{"username":"'"$NAME"'","password":"Passw0rd!"}'
echo "$BODY"
PASSWORD='tidal quokka umbrella 1984'
api POST /auth/register "{\"username\":\"$NAME\",\"password\":\"$PASSWORD\"}"
echo "$BODY"
api POST /auth/login "{\"username\":\"$NAME\",\"password\":\"$PASSWORD\"}"
TOKEN=$(py 'print(d["token"])')
py 'print("token: <%d characters>, expiresAt %s, user %s" % (len(d["token"]), d["expiresAt"], d["user"]["username"]))'
AUTH=(-H "Authorization: Bearer $TOKEN")

section "upload the real .mat file (Severson et al. 2019, the 3-feature file Wen et al. used)"
echo "\$ ls -l ${MAT#"$here/"}"
ls -l "$MAT" | awk '{print $5, "bytes"}'
t0=$(now)
CODE=$(curl -s -o "$tmp/body" -w '%{http_code}' -X POST "${AUTH[@]}" -F "file=@$MAT" "$API/uploads")
BODY=$(cat "$tmp/body")
echo "\$ curl -X POST \$API/uploads -F file=@SeversonBattery-3feat.mat   -> HTTP $CODE in $(secs "$t0" "$(now)") s"
py 'print(json.dumps({k: d[k] for k in ("id", "originalFileName", "dataSource", "batteryCount", "rowCount")}), "issues:", len(d["issues"]))
for i in d["issues"][:3]: print("  ", i["severity"], i["message"])'
UPLOAD=$(py 'print(d["id"])')
api GET "/batteries?source=upload&upload=$UPLOAD"
py 'items = d["items"]; print(len(items), "cells; case A:")
for b in items:
    if b["name"] in ("cell 91", "cell 100", "cell 124"):
        print("  ", json.dumps({k: b[k] for k in ("id", "name", "split", "cycleLife", "cycleCount")}))'
cell() { BODY="$BODY" python3 -c "import json,os; print(next(b['id'] for b in json.loads(os.environ['BODY'])['items'] if b['name'] == '$1'))"; }
C91=$(cell 'cell 91'); C100=$(cell 'cell 100'); C124=$(cell 'cell 124')

section "algorithms"
api GET /algorithms
py 'for a in d["items"]: print("  ", a["id"], a["version"], "targets", a["targets"], "settings:", ", ".join(a["settingsSchema"]["properties"]))'

section "train Baseline and DeepHPM on Wen's case A (RUL) and watch the job on the WebSocket"
# Wen et al.'s settings as in docs/benchmarks.md (2x128 tanh, dropout 0.1, Adam 1e-3; DeepHPM's G(s, t, u) for
# case A RUL), fewer epochs; no validation cells (case A has none), cell 124 as the test cell.
SPEC=$(cat <<JSON
{"name":"case A","target":"rul","cells":{"train":[$C91,$C100],"test":[$C124]},"runs":[
 {"algorithm":"baseline","features":["dq_slope","dq_intercept","t_avg"],"settings":{"epochs":$EPOCHS}},
 {"algorithm":"deephpm","features":["dq_slope","dq_intercept","t_avg"],"settings":{"epochs":$EPOCHS,"lossMode":"ADP_BAL","dynamicalInputs":"S_T_U"}}]}
JSON
)
echo "$SPEC"
WS="${API/#http/ws}/ws"
# The socket stays open through the training job and the four test jobs below; it stops after the fourth test job's
# final status. An SSE stream (GET /api/events) is read alongside, to compare.
UNTIL='"kind":"status",.*"data":\{(?=[^}]*"job":"test-job")[^}]*"status":"(SUCCEEDED|FAILED|CANCELED)"'
echo "\$ BL_TOKEN=\$TOKEN java docs/bench/WsWatch.java $WS 1800 '$UNTIL' 4 &"
echo "  (WsWatch sends {\"type\":\"auth\",\"token\":...} as its first message, then prints what arrives)"
BL_TOKEN="$TOKEN" "$java" "$here/WsWatch.java" "$WS" 1800 "$UNTIL" 4 > "$tmp/ws.log" 2>&1 &
watcher=$!
echo "\$ curl -N \$API/events &   (the same events as Server-Sent Events)"
curl -s -N "${AUTH[@]}" "$API/events" > "$tmp/sse.log" 2>&1 &
sse=$!
for _ in $(seq 100); do grep -q '"type":"ready"' "$tmp/ws.log" 2>/dev/null && break; sleep 0.2; done
t0=$(now)
api POST /training-jobs "$(echo "$SPEC" | tr -d '\n')"
py 'print(json.dumps({k: d[k] for k in ("id", "name", "target", "status")}), "runs:", [r["algorithmId"] for r in d["runs"]])'
JOB=$(py 'print(d["id"])')
while :; do
  api GET "/training-jobs/$JOB" > /dev/null
  status=$(py 'print(d["status"])')
  case "$status" in succeeded|failed|canceled) break ;; esac
  sleep 2
done
echo "training job $JOB: $status after $(secs "$t0" "$(now)") s (polled GET \$API/training-jobs/$JOB every 2 s)"
sleep 2
echo "WebSocket messages so far: $(grep -c ' s {' "$tmp/ws.log" || true); SSE events so far: $(grep -c '^event:' "$tmp/sse.log" || true)"
python3 - "$tmp/ws.log" <<'PY'
import json, re, sys
left_out = 0
for line in open(sys.argv[1]).read().splitlines():
    m = re.match(r"\s*[\d.]+ s (\{.*)", line)
    data = json.loads(m.group(1)).get("event", {}).get("data", {}) if m else {}
    epoch = data.get("epoch")
    if epoch is not None and epoch not in (1, data["epochs"]) and epoch % 100:
        left_out += 1  # every epoch arrives; the first, every 100th and the last are printed
        continue
    print("  " + line[:200])
print(f"  ({left_out} epoch metrics messages not printed)")
PY
api GET "/training-jobs/$JOB"
py 'from datetime import datetime as T
p = lambda s: T.fromisoformat(s.replace("Z", "+00:00"))
for r in d["runs"]:
    l = r["latest"] or {}
    print("   run %s %s: %s, model version %s, %.0f s, epoch %s/%s, loss %.4g" % (r["id"], r["algorithmId"], r["status"],
          r["modelVersionId"], (p(r["finishedAt"]) - p(r["startedAt"])).total_seconds(), l.get("epoch"), l.get("epochs"), l.get("loss")))'
api GET "/model-versions?target=rul"
py 'for v in d["items"]:
    t = v["test"] or {}
    print("   model version %s %s %s: test on cell 124 at the end of training: RMSE %.1f cycles, MAE %.1f, R2 %.3f, %s rows"
          % (v["id"], v["algorithmId"], v["algorithmVersion"], t.get("rmse"), t.get("mae"), t.get("r2"), t.get("count")))'
BODY_MV="$BODY"
MVS=$(py 'print(" ".join(str(v["id"]) for v in sorted(d["items"], key=lambda v: v["id"])))')

section "test both model versions on cell 124 with horizon 0 and 50"
TESTS=()
t0=$(now)
for mv in $MVS; do
  for h in 0 50; do
    api POST /test-jobs "{\"modelVersionId\":$mv,\"cells\":[$C124],\"horizon\":$h}"
    py 'print("  ", json.dumps({k: d[k] for k in ("id", "modelVersionId", "cells", "targets", "horizon", "status")}))'
    TESTS+=("$(py 'print(d["id"])')")
  done
done
for id in "${TESTS[@]}"; do
  while :; do
    api GET "/test-jobs/$id" > /dev/null
    case "$(py 'print(d["status"])')" in succeeded|failed|canceled) break ;; esac
    sleep 1
  done
done
echo "all four finished $(secs "$t0" "$(now)") s after the first was submitted (polled GET \$API/test-jobs/{id} every second)"
printf '   %-4s %-5s %-9s %3s %-9s %7s %7s %8s %7s %7s %7s\n' job mv algorithm h status rows skipped RMSE MAE R2 RMSPE%
for id in "${TESTS[@]}"; do
  api GET "/test-jobs/$id" > /dev/null
  BODY="$BODY" MV="$BODY_MV" python3 -c '
import json, os
d = json.loads(os.environ["BODY"]); mv = {v["id"]: v for v in json.loads(os.environ["MV"])["items"]}
m = next(x["metrics"] for x in d["overall"] if x["target"] == "rul")
print("   %-4s %-5s %-9s %3s %-9s %7s %7s %8.1f %7.1f %7.3f %7.1f" % (d["id"], d["modelVersionId"],
      mv[d["modelVersionId"]]["algorithmId"], d["horizon"], d["status"], m["count"], d["rowsSkipped"], m["rmse"], m["mae"],
      m["r2"], m["rmspe"]))'
done
echo "(RMSE and MAE in cycles of RUL; RMSPE over the rows whose true RUL is not 0)"
H50="${TESTS[1]}"
api GET "/test-jobs/$H50/details?offset=0&limit=3"
py 'print("   total", d["total"], "rows; first rows (inputs of inputCycle, truth and prediction at cycle = inputCycle + 50):")
for r in d["items"]: print("  ", json.dumps({k: r[k] for k in ("batteryId", "inputCycle", "cycle", "rulTrue", "rulPredicted")}))'
api GET "/test-jobs/$H50/batteries"
py 'for b in d["items"]: print("  ", b["battery"], "rows skipped", b["rowsSkipped"], "RUL RMSE", round(b["metrics"][0]["metrics"]["rmse"], 1))'

section "what the WebSocket (and the SSE stream) carried"
for _ in $(seq 75); do kill -0 "$watcher" 2>/dev/null || break; sleep 0.2; done
kill "$watcher" 2>/dev/null && echo "(WsWatch had not seen the fourth test job's final status 15 s after it: stopped it)"
wait "$watcher" 2>/dev/null || true
kill "$sse" 2>/dev/null; wait "$sse" 2>/dev/null || true
python3 - "$tmp/ws.log" "$tmp/sse.log" <<'PY'
import collections, json, re, sys
lines = open(sys.argv[1]).read().splitlines()
by_job = collections.Counter()
for line in lines:
    m = re.match(r"\s*([\d.]+) s (\{.*)", line)
    if not m:
        print("  " + line.strip())
        continue
    t, msg = m.group(1), json.loads(m.group(2))
    if msg["type"] != "event":
        print(f"  {t:>6} s {m.group(2)}")
        continue
    e = msg["event"]
    kind = e["data"].get("job", "training-job")
    by_job[kind, e["kind"]] += 1
    r = lambda v: {k: r(x) for k, x in v.items()} if isinstance(v, dict) else float(f"{v:.4g}") if isinstance(v, float) else v
    data = {k: r(v) for k, v in e["data"].items() if k != "job"}
    run = "" if e["runId"] is None else f" run {e['runId']}"
    epoch = e["data"].get("epoch")
    if e["kind"] == "metrics" and epoch is not None and epoch not in (1, e["data"]["epochs"]) and epoch % 100:
        continue  # every epoch arrives; the first, every 100th and the last are printed
    print(f"  {t:>6} s #{msg['id']} {kind} {e['jobId']}{run} {e['kind']}: {json.dumps(data)[:140]}")
print("  WebSocket events by job kind and event kind:", {f"{j} {k}": n for (j, k), n in sorted(by_job.items())})
sse = collections.Counter()
for line in open(sys.argv[2]):
    if line.startswith("data: "):
        e = json.loads(line[6:])
        sse[e["data"].get("job", "training-job"), e["kind"]] += 1
print("  SSE events by job kind and event kind:      ", {f"{j} {k}": n for (j, k), n in sorted(sse.items())})
PY

section "export the test jobs as XLSX and HTML and download them"
api GET /exporters
py 'print("   formats:", ", ".join("%s (.%s, %s)" % (e["id"], e["fileExtension"], e["mediaType"]) for e in d["items"]), "; sources:", d["sourceKinds"])'
for id in "${TESTS[@]}"; do
  for format in xlsx html; do
    t0=$(now)
    api POST /exports "{\"sourceKind\":\"test-job\",\"sourceId\":$id,\"format\":\"$format\"}"
    export_id=$(py 'print(d["id"])')
    py 'print("  ", json.dumps({k: d[k] for k in ("id", "sourceId", "format", "fileName", "sizeBytes", "download")}), end=" ")'
    echo "in $(secs "$t0" "$(now)") s"
    echo "\$ curl -D - -o \$OUT/... \$API/exports/$export_id/file"
    curl -s -D "$tmp/headers" -o "$tmp/download" "${AUTH[@]}" "$API/exports/$export_id/file"
    tr -d '\r' < "$tmp/headers" | grep -iE '^(HTTP|content-type|content-disposition|content-length):' | sed 's/^/   /'
    name=$(tr -d '\r' < "$tmp/headers" | sed -n 's/^[Cc]ontent-[Dd]isposition:.*filename="\([^"]*\)".*/\1/p')
    mv "$tmp/download" "$OUT/$name"
  done
done
echo "\$ cd \$OUT && ls -l && file *"
(cd "$OUT" && ls -l | awk 'NR > 1 {print "  ", $5, $9}' && file -- * | sed 's/^/   /')
api GET /exports
py 'print("  ", len(d["items"]), "exports listed")'

section "log out"
api POST /auth/logout
api GET /auth/me
py 'print("  ", d["error"], "-", d["message"])'
echo "# downloads kept in $OUT"
