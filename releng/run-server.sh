#!/usr/bin/env bash
# Starts the headless BatteryLab REST server from this checkout: builds the product first if it is not built yet
# (tests skipped; the README's test command runs them), then runs the product's batterylab-server script.
# Arguments are passed to the server. Data live in $BATTERYLAB_HOME, else the folder chosen in Preferences, else
# ~/.batterylab; port, bind address and JWT secret: BATTERYLAB_REST_PORT (8080), BATTERYLAB_REST_HOST (127.0.0.1),
# BATTERYLAB_JWT_SECRET (generated).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
product="$repo/releng/io.batterylab.product/target/products/io.batterylab.product/linux/gtk/x86_64/batterylab"
if [[ ! -x "$product/batterylab-server" ]]; then
  echo "Building the BatteryLab product (first start only, a few minutes)..."
  (cd "$repo" && ./mvnw -B -q -DskipTests verify)
fi
exec "$product/batterylab-server" "$@"
