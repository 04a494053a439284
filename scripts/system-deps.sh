#!/usr/bin/env bash
# What the tests need from Debian and the machine may lack: Chromium (the browser tests),
# PostgreSQL 15 (RelStorage) and haproxy (the cluster). Run by `make test`: as root it
# installs the missing ones with apt-get; otherwise it stops at once with the one command
# to run.
set -euo pipefail
PG_BIN=${PLONE_PG_BIN:-/usr/lib/postgresql/15/bin}
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing what the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
else
  echo "The tests need Debian packages this machine lacks. Run, then make test again:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
