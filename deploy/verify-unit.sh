#!/usr/bin/env bash
# Checks deploy/presswatch.service with `systemd-analyze verify`.
#   deploy/verify-unit.sh BINARY [SYSTEMD_ANALYZE]
# verify insists that ExecStart's program exists, so a copy of the unit pointing at BINARY
# (the built presswatch) is checked; nothing else is changed. systemd before 253 does not
# know Type=notify-reload: with such a systemd-analyze that one line is reported and every
# other finding still fails the check.
set -euo pipefail
binary=$(realpath "$1")
analyze=${2:-systemd-analyze}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v "${analyze%% *}" >/dev/null 2>&1; then
  echo "systemd-analyze is missing: apt-get install systemd" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s|^ExecStart=/usr/local/bin/presswatch |ExecStart=$binary |" \
  "$here/presswatch.service" >"$work/presswatch.service"
version=$($analyze --version | awk 'NR==1 {print $2}')
set +e
output=$($analyze verify --man=no "$work/presswatch.service" 2>&1)
status=$?
set -e
if [ "$version" -lt 253 ]; then
  echo "systemd $version predates Type=notify-reload (253); checking everything else"
  output=$(printf '%s\n' "$output" | grep -v 'Failed to parse service type, ignoring: notify-reload' || true)
  status=0
fi
if [ -n "$output" ] || [ "$status" -ne 0 ]; then
  printf '%s\n' "$output" >&2
  echo "presswatch.service: systemd-analyze verify failed" >&2
  exit 1
fi
echo "presswatch.service: systemd-analyze verify (systemd $version) passed"
