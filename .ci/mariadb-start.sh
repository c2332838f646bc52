#!/usr/bin/env bash
# Starts the local MariaDB server (if not running) and creates the integration-test account:
# user batterylab / batterylab with rights to create throw-away databases, and batterylab_test.
set -euo pipefail
if ! mysqladmin ping --silent 2>/dev/null; then
  echo "== starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  if ! service mariadb start >/dev/null 2>&1; then
    (mysqld_safe --user=mysql >/tmp/mysqld_safe.log 2>&1 &)
  fi
  for _ in $(seq 1 60); do
    mysqladmin ping --silent 2>/dev/null && break
    sleep 1
  done
fi
mysqladmin ping --silent
mysql -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'batterylab'@'localhost' IDENTIFIED BY 'batterylab';
CREATE USER IF NOT EXISTS 'batterylab'@'127.0.0.1' IDENTIFIED BY 'batterylab';
GRANT ALL PRIVILEGES ON *.* TO 'batterylab'@'localhost';
GRANT ALL PRIVILEGES ON *.* TO 'batterylab'@'127.0.0.1';
CREATE DATABASE IF NOT EXISTS batterylab_test CHARACTER SET utf8mb4;
FLUSH PRIVILEGES;
SQL
echo "== MariaDB ready: $(mysql -uroot -N -e 'SELECT VERSION()')"
