#!/usr/bin/env bash
# Checks the unit `make install` would install for this systemd with `systemd-analyze verify`.
#   deploy/verify-unit.sh BINARY [SYSTEMD_ANALYZE]
# The unit is rendered by deploy/render-unit.sh for systemd-analyze's own version (before 253:
# Type=notify with ExecReload; from 253: Type=notify-reload), so the check applies to the unit
# that machine gets. verify insists that ExecStart's program exists, so the unit points at
# BINARY (the built presswatch). Any finding fails the check, warnings included.
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
version=$($analyze --version | awk 'NR==1 {print $2}')
"$here/render-unit.sh" "$version" "$binary" /etc/presswatch /srv/presswatch/inbox \
  >"$work/presswatch.service"
type=$(grep '^Type=' "$work/presswatch.service")
set +e
output=$($analyze verify --man=no "$work/presswatch.service" 2>&1)
status=$?
set -e
if [ -n "$output" ] || [ "$status" -ne 0 ]; then
  printf '%s\n' "$output" >&2
  echo "presswatch.service ($type): systemd-analyze verify (systemd $version) failed" >&2
  exit 1
fi
echo "presswatch.service ($type): systemd-analyze verify (systemd $version) passed"
