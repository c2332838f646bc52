#!/usr/bin/env bash
# Load benchmark of the REST server (docs/benchmarks.md, section "REST"): wrk on loopback against
#   GET /api/batteries                                   (list, 124 built-in cells)
#   GET /api/analysis/statistics?batteries=ID&bins=20    (statistics of one cell's ~1000 cycle rows)
#   GET /api/test-jobs/ID/series?battery=ID              (series, one battery's predicted and true RUL of a test job
#                                                         of a Baseline model trained through the API; ours only)
# with a Bearer token, on the embedded H2 database and on MariaDB, then the same two endpoints served by a FastAPI
# twin (docs/bench/fastapi_app.py, uvicorn with one worker per core) reading a SQLite copy of the same rows.
# Needs: the built product (releng/run-server.sh builds it), wrk, python3-fastapi, python3-uvicorn, python3-jwt,
# python3-numpy (Debian), and for the MariaDB run a local server (bash .ci/mariadb-start.sh). Only 127.0.0.1 is used.
# DURATION (s, default 10), WARMUP (s, default 5), CONNECTIONS (default 32) and SKIP_MARIADB=1 may be set;
# ENDPOINTS (default "list statistics series") picks endpoints (the FastAPI twin runs only with list and statistics);
# PRODUCT points at another installed product directory (default: this checkout's build).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
product="${PRODUCT:-$repo/releng/io.batterylab.product/target/products/io.batterylab.product/linux/gtk/x86_64/batterylab}"
endpoints=" ${ENDPOINTS:-list statistics series} "
duration="${DURATION:-10}"
connections="${CONNECTIONS:-32}"
port=18080
fport=18081
py=/usr/bin/python3
[[ -x "$product/batterylab-server" ]] || { echo "build the product first: releng/run-server.sh or ./mvnw verify"; exit 1; }
for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk curl)"; exit 1; }; done
if [[ "$endpoints" == *" list "* && "$endpoints" == *" statistics "* ]]; then
  $py -c 'import fastapi, uvicorn, jwt, numpy' || { echo "missing python3-fastapi python3-uvicorn python3-jwt python3-numpy"; exit 1; }
fi

# The product needs Java 21+: keep JAVA_HOME if it is one, else take a known JDK (as .ci/run does)
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [[ -x "$jdk/bin/java" ]]; then export JAVA_HOME="$jdk"; break; fi
  done
fi
work="$(mktemp -d /tmp/batterylab-bench.XXXXXX)"
secret="bench-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
results="$work/results.tsv"
server_pid=""
cleanup() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do
    curl -fs "$1" >/dev/null 2>&1 && return 0
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited; see its log in $work"; return 1; }
    sleep 1
  done
  echo "no answer from $1"; return 1
}
json_field() { $py -c "import json,sys; print(json.load(sys.stdin)$1)"; }

start_batterylab() { # name [jdbc-url]
  local home="$work/$1"
  mkdir -p "$home"
  BATTERYLAB_HOME="$home" BATTERYLAB_DB_URL="${2:-}" BATTERYLAB_DB_USER="${2:+batterylab}" \
    BATTERYLAB_DB_PASSWORD="${2:+batterylab}" BATTERYLAB_REST_PORT=$port BATTERYLAB_JWT_SECRET="$secret" \
    "$product/batterylab-server" >"$home/server.log" 2>&1 &
  server_pid=$!
  wait_for "http://127.0.0.1:$port/api/health" 180
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

login() { # -> token
  local creds='{"username":"bench","password":"correct horse battery staple"}'  # the policy refuses a password containing the name
  curl -fs -X POST -H 'Content-Type: application/json' -d "$creds" "http://127.0.0.1:$port/api/auth/register" >/dev/null || true
  curl -fs -X POST -H 'Content-Type: application/json' -d "$creds" "http://127.0.0.1:$port/api/auth/login" | json_field '["token"]'
}

run_wrk() { # backend endpoint url token
  local out="$work/wrk-$1-$2.txt"
  # Warm-up, not counted: the JIT compiles the hot path and the pools fill (for both servers alike)
  wrk -t2 -c"$connections" -d"${WARMUP:-5}s" -H "Authorization: Bearer $4" "$3" >/dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Authorization: Bearer $4" "$3" >"$out"
  if grep -q "Non-2xx" "$out"; then echo "non-2xx answers in $out:"; cat "$out"; exit 1; fi
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v/=1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v*=1000}; printf "%.2f", v}' "$out")
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$rps" "$p99" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results"
}

bench_batterylab() { # name [jdbc-url]
  echo "== BatteryLab REST on $1"
  start_batterylab "$@"
  token=$(login)
  battery=$(curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/batteries?source=built_in" | json_field '["items"][0]["id"]')
  curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/analysis/statistics?batteries=$battery&bins=20" >/dev/null
  if [[ "$1" == h2 && "$endpoints" == *" list "* ]]; then
    $py "$repo/docs/bench/export_sqlite.py" "http://127.0.0.1:$port" "$token" "$work/fastapi.sqlite"
    echo "$token" >"$work/token"; echo "$battery" >"$work/battery"
  fi
  if [[ "$endpoints" == *" list "* ]]; then
    run_wrk "batterylab-$1" list "http://127.0.0.1:$port/api/batteries" "$token"
  fi
  if [[ "$endpoints" == *" statistics "* ]]; then
    run_wrk "batterylab-$1" statistics "http://127.0.0.1:$port/api/analysis/statistics?batteries=$battery&bins=20" "$token"
  fi
  if [[ "$endpoints" == *" series "* ]]; then
    local test_job
    test_job=$(tested_on "$token" "$battery")
    curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/test-jobs/$test_job/series?battery=$battery" \
      | json_field '["cycle"].__len__()' | sed 's/^/series rows: /'
    run_wrk "batterylab-$1" series "http://127.0.0.1:$port/api/test-jobs/$test_job/series?battery=$battery" "$token"
  fi
  stop_server
}

await_status() { # token path -> the job's JSON once it succeeded
  for _ in $(seq 1 600); do
    local job
    job=$(curl -fs -H "Authorization: Bearer $1" "http://127.0.0.1:$port$2")
    case "$(json_field '["status"]' <<<"$job")" in
      succeeded) echo "$job"; return 0 ;;
      failed|canceled) echo "job $2 did not succeed: $job" >&2; return 1 ;;
    esac
    sleep 1
  done
  echo "job $2 did not finish in 600 s" >&2; return 1
}

tested_on() { # token battery -> id of a finished test job on the battery of a Baseline trained on it through the API
  local spec model id
  spec='{"name":"bench","target":"rul","cells":{"train":['"$2"']},"runs":[{"algorithm":"baseline",'
  spec+='"features":["dq_slope","t_avg"],"settings":{"epochs":20}}]}'
  id=$(curl -fs -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$spec" \
    "http://127.0.0.1:$port/api/training-jobs" | json_field '["id"]')
  model=$(await_status "$1" "/api/training-jobs/$id" | json_field '["runs"][0]["modelVersionId"]')
  id=$(curl -fs -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d '{"modelVersionId":'"$model"',"cells":['"$2"']}' "http://127.0.0.1:$port/api/test-jobs" | json_field '["id"]')
  await_status "$1" "/api/test-jobs/$id" >/dev/null
  echo "$id"
}

load="$(cut -d' ' -f1-3 /proc/loadavg)"
bench_fastapi() {
  echo "== FastAPI twin (uvicorn, 2 workers) on SQLite"
  token=$(cat "$work/token"); battery=$(cat "$work/battery")
  BENCH_DB="$work/fastapi.sqlite" BENCH_SECRET="$secret" $py -m uvicorn fastapi_app:app --app-dir "$repo/docs/bench" \
    --host 127.0.0.1 --port $fport --workers 2 --log-level warning --no-access-log >"$work/fastapi.log" 2>&1 &
  server_pid=$!
  wait_for "http://127.0.0.1:$fport/openapi.json" 60
  # The same answers on both sides before timing them
  curl -fs -H "Authorization: Bearer $token" "http://127.0.0.1:$fport/api/batteries" | json_field '["items"].__len__()'
  run_wrk fastapi-sqlite list "http://127.0.0.1:$fport/api/batteries" "$token"
  run_wrk fastapi-sqlite statistics "http://127.0.0.1:$fport/api/analysis/statistics?batteries=$battery&bins=20" "$token"
  stop_server
}

printf 'backend\tendpoint\treq_per_s\tp99_ms\tload1\n' >"$results"
bench_batterylab h2
if [[ "$endpoints" == *" list "* && "$endpoints" == *" statistics "* ]]; then
  bench_fastapi
fi
if [[ "${SKIP_MARIADB:-0}" != 1 ]]; then
  mysql -uroot -e "DROP DATABASE IF EXISTS batterylab_bench; CREATE DATABASE batterylab_bench CHARACTER SET utf8mb4"
  bench_batterylab mariadb "jdbc:mysql://127.0.0.1:3306/batterylab_bench"
fi


echo
echo "== Results: wrk -t2 -c$connections -d${duration}s (after ${WARMUP:-5} s warm-up) on 127.0.0.1, $(nproc) cores, load average before: $load"
$py - "$results" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
ref = {r["endpoint"]: float(r["req_per_s"]) for r in rows if r["backend"] == "fastapi-sqlite"}
print(f"| {'backend':<18} | {'endpoint':<10} | {'req/s':>9} | {'p99 ms':>8} | {'vs FastAPI':>10} | {'load':>5} |")
print(f"|{'-'*20}|{'-'*12}|{'-'*11}|{'-'*10}|{'-'*12}|{'-'*7}|")
for r in rows:
    ratio = f"{float(r['req_per_s']) / ref[r['endpoint']]:>9.2f}x" if r["endpoint"] in ref else f"{'—':>10}"
    print(f"| {r['backend']:<18} | {r['endpoint']:<10} | {float(r['req_per_s']):>9.0f} | {float(r['p99_ms']):>8.2f} | {ratio} | {float(r['load1']):>5.2f} |")
PY
echo "(load = 1-minute load average right after the run; raw wrk output in $work)"
