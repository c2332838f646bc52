#!/usr/bin/env bash
# Starts the BatteryLab workbench from this checkout: builds the product first if it is not built
# yet (tests skipped; the README's test command runs them), then runs the product's start script.
# Arguments are passed to the workbench. Data live in $BATTERYLAB_HOME, else the folder chosen in Preferences, else
# ~/.batterylab.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
product="$repo/releng/io.batterylab.product/target/products/io.batterylab.product/linux/gtk/x86_64/batterylab"
if [[ ! -x "$product/batterylab" ]]; then
  echo "Building the BatteryLab product (first start only, a few minutes)..."
  (cd "$repo" && ./mvnw -B -q -DskipTests verify)
fi
exec "$product/batterylab" "$@"
