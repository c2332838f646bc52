#!/usr/bin/env bash
# Soak benchmark of the REST server (docs/benchmarks.md, section "REST: soak"): starts the installed product headless
# on a fresh workspace (embedded H2, built-in cells loaded) on 127.0.0.1, then runs docs/bench/RestSoak.java against
# it: USERS (default 20) users listing, analysing, uploading and streaming events for DURATION seconds (default 600)
# while one more client misbehaves (too many event streams, bad tokens, upload bodies at a byte a second). Prints
# requests/s, p99, errors, the server's RSS, threads and file descriptors every INTERVAL seconds (default 10).
# Needs the built product (releng/run-server.sh or ./mvnw verify builds it) and Java 21+.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
product="$repo/releng/io.batterylab.product/target/products/io.batterylab.product/linux/gtk/x86_64/batterylab"
port="${PORT:-18090}"
[[ -x "$product/batterylab-server" ]] || { echo "build the product first: releng/run-server.sh or ./mvnw verify"; exit 1; }
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [[ -x "$jdk/bin/java" ]]; then export JAVA_HOME="$jdk"; break; fi
  done
fi
home="$(mktemp -d /tmp/batterylab-soak.XXXXXX)"
BATTERYLAB_HOME="$home" BATTERYLAB_REST_PORT="$port" \
  BATTERYLAB_JWT_SECRET="soak-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" \
  "$product/batterylab-server" >"$home/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { echo "the server exited; see $home/server.log"; exit 1; }
  sleep 1
done
echo "server log: $home/server.log"
"$JAVA_HOME/bin/java" "$repo/docs/bench/RestSoak.java" "http://127.0.0.1:$port" "$server_pid" \
  "${DURATION:-600}" "${USERS:-20}" "${INTERVAL:-10}"
echo "server log warnings and errors: $(grep -cE '\b(WARN|WARNING|ERROR|SEVERE)\b' "$home/server.log" || true) (workspace $home, delete it when done)"
