#!/usr/bin/env bash
# Build the buildout instance from the pins in .venv-buildout, create the site,
# start the instance on a free port, fetch /Plone, stop it; then the same for
# profiles/prod.cfg: two instances on RelStorage (a PostgreSQL of scripts/db.py in a
# temporary folder) behind haproxy. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
VENV=.venv-buildout
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q -c constraints.txt pip setuptools wheel zc.buildout horse-with-no-namespace

free_port() {
  "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
var=$(mktemp -d /tmp/polepatrimoine-buildout.XXXXXX)
chmod 755 "$var"  # PostgreSQL runs as 'postgres' when this runs as root
port=$(free_port)
log="$var/instance.log"
pids=()
# bin/instance fg starts Zope in a child process: run each as its own process group
# and stop the whole group, so that nothing outlives this check.
stop() {
  for pid in "${pids[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  PLONE_DB_DIR="$var/postgresql" "$PYTHON" scripts/db.py stop >/dev/null 2>&1 || true
  rm -rf "$var"
}
trap stop EXIT

# wait_for URL LOG: HTTP 200 with the site's home page, or fail with the log.
wait_for() {
  for _ in $(seq 1 180); do
    code=$(curl -s -o "$var/page.html" -w '%{http_code}' "$1" || true)
    if [ "$code" = 200 ] && grep -q 'Annuaire des acteurs' "$var/page.html"; then
      return 0
    fi
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { cat "$2"; echo "buildout-check: a process died" >&2; exit 1; }
    done
    sleep 1
  done
  cat "$2"
  echo "buildout-check: no HTTP 200 from $1" >&2
  exit 1
}

"$VENV/bin/buildout" -N "instance:var=$var" "buildout:http-address=127.0.0.1:$port"
bin/instance run scripts/create_site.py
set -m
bin/instance fg >"$log" 2>&1 &
pids+=($!)
set +m
wait_for "http://127.0.0.1:$port/Plone" "$log"
echo "buildout-check: the buildout instance serves the Pôle Patrimoine site (HTTP 200 on port $port)"
stop
trap stop EXIT
var=$(mktemp -d /tmp/polepatrimoine-buildout.XXXXXX)
chmod 755 "$var"
pids=()

# Production: RelStorage on a PostgreSQL of its own, two instances, haproxy in front.
db_port=$(free_port)
dsn=$(PLONE_DB_DIR="$var/postgresql" PLONE_DB_PORT=$db_port "$PYTHON" scripts/db.py start | sed -n "s/^export RELSTORAGE_DSN='\(.*\)'$/\1/p")
port=$(free_port)
port1=$(free_port)
port2=$(free_port)
"$VENV/bin/buildout" -N -c profiles/prod.cfg "buildout:directory=$PWD" "instance:var=$var" "buildout:relstorage-dsn=$dsn" \
  "instance1:http-address=127.0.0.1:$port1" "instance2:http-address=127.0.0.1:$port2"
grep -q '<relstorage>' parts/instance1/etc/zope.conf
bin/instance run scripts/create_site.py
sed -e "s/:8080$/:$port/" -e "s/:8081$/:$port1/" -e "s/:8082$/:$port2/" profiles/haproxy.cfg >"$var/haproxy.cfg"
set -m
bin/instance1 fg >"$var/instance1.log" 2>&1 &
pids+=($!)
bin/instance2 fg >"$var/instance2.log" 2>&1 &
pids+=($!)
haproxy -db -f "$var/haproxy.cfg" >"$var/haproxy.log" 2>&1 &
pids+=($!)
set +m
wait_for "http://127.0.0.1:$port1/Plone" "$var/instance1.log"
wait_for "http://127.0.0.1:$port2/Plone" "$var/instance2.log"
wait_for "http://127.0.0.1:$port/Plone" "$var/haproxy.log"
echo "buildout-check: profiles/prod.cfg serves the site from two instances on RelStorage behind haproxy (port $port)"
