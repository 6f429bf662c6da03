#!/usr/bin/env bash
# Installs everything, creates the embedded demo database (once) and starts the workstation
# logged in as the demo administrator. Other demo users: petrova (supervisor), sidorov and
# kuznetsova (managers), orlov (specialist); every password is "demo".
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh
DB=${CRM_DEMO_DB:-$PWD/demo/crm-demo.fdb}
mkdir -p "$(dirname "$DB")"
[ -f "$DB" ] || .venv/bin/crm-admin create "$DB" --demo
exec .venv/bin/crm --db "$DB" "$@"
