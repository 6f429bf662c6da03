#!/usr/bin/env bash
# Installs everything and runs the tests: the whole suite on embedded Firebird 5, then the
# database suites and the scenarios again against a Firebird 3 server on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/setup.sh xvfb
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
eval "$(bash installer/firebird_server.sh)"
.venv/bin/python -m pytest -q -p no:cacheprovider tests/db tests/migrations tests/scenarios "$@"
