#!/usr/bin/env bash
# Installs and starts Debian's Firebird 3 server on 127.0.0.1:3050 for the server-mode tests;
# prints the environment the tests need (CRM_TEST_SERVER, ISC_USER, ISC_PASSWORD).
set -euo pipefail
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v /usr/sbin/fbguard >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firebird3.0-server >/dev/null
fi
if ! (exec 3<>/dev/tcp/127.0.0.1/3050) 2>/dev/null; then
  $SUDO mkdir -p /run/firebird3.0
  $SUDO chown firebird:firebird /run/firebird3.0
  $SUDO su -s /bin/sh firebird -c "/usr/sbin/fbguard -daemon -forever"
  for _ in $(seq 1 50); do
    (exec 3<>/dev/tcp/127.0.0.1/3050) 2>/dev/null && break
    sleep 0.2
  done
fi
password=$($SUDO sed -n 's/^ISC_PASSWORD="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/firebird/3.0/SYSDBA.password)
echo "export CRM_TEST_SERVER=127.0.0.1/3050:/var/lib/firebird/3.0/data ISC_USER=SYSDBA ISC_PASSWORD=$password"
