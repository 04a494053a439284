#!/usr/bin/env bash
# Build the buildout instance from the pins in .venv-buildout, create the site,
# start the instance on a free port, fetch /Plone, stop it. Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3.11}
VENV=.venv-buildout
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q -c constraints.txt pip setuptools wheel zc.buildout horse-with-no-namespace

var=$(mktemp -d /tmp/polepatrimoine-buildout.XXXXXX)
port=$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log="$var/instance.log"
pid=""
# bin/instance fg starts Zope in a child process: run it as its own process group
# and stop the whole group, so that nothing outlives this check.
stop() {
  if [ -n "$pid" ]; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$var"
}
trap stop EXIT

"$VENV/bin/buildout" -N "instance:var=$var" "buildout:http-address=127.0.0.1:$port"
bin/instance run scripts/create_site.py
set -m
bin/instance fg >"$log" 2>&1 &
pid=$!
set +m
for _ in $(seq 1 120); do
  code=$(curl -s -o "$var/page.html" -w '%{http_code}' "http://127.0.0.1:$port/Plone" || true)
  if [ "$code" = 200 ]; then
    grep -q 'Annuaire des acteurs' "$var/page.html"
    echo "buildout-check: the buildout instance serves the Pôle Patrimoine site (HTTP 200 on port $port)"
    exit 0
  fi
  kill -0 $pid 2>/dev/null || { cat "$log"; echo "buildout-check: the instance died" >&2; exit 1; }
  sleep 1
done
cat "$log"
echo "buildout-check: no HTTP 200 from the instance" >&2
exit 1
