#!/usr/bin/env bash
# Prints deploy/presswatch.service as it is installed for a given systemd: the one source of
# the unit, with its paths and, for systemd before 253, its reload mechanism adapted.
#   deploy/render-unit.sh SYSTEMD_VERSION BINARY CONFDIR INBOX
# SYSTEMD_VERSION is systemd's major version (`systemctl --version`); empty when unknown.
# Type=notify-reload (253 and newer) makes systemd itself send SIGHUP and wait for the
# daemon's RELOADING=1 ... READY=1. Older systemd does not know that type (it warns and falls
# back to Type=simple, so READY and the reload are lost); there, and when the version is
# unknown, the unit is Type=notify with ExecReload sending the SIGHUP. The daemon's
# RELOADING/READY messages are understood by both.
set -euo pipefail
version=$1 binary=$2 confdir=$3 inbox=$4
here=$(cd "$(dirname "$0")" && pwd)
case "$version" in
'' | *[!0-9]*) version=0 ;;
esac
awk -v version="$version" -v binary="$binary" -v confdir="$confdir" -v inbox="$inbox" '
  # index/substr rather than gsub: the paths are literal text, not patterns or replacements.
  function replaced(line, from, to,    at, out) {
    out = ""
    while ((at = index(line, from)) > 0) {
      out = out substr(line, 1, at - 1) to
      line = substr(line, at + length(from))
    }
    return out line
  }
  {
    line = replaced($0, "/usr/local/bin/presswatch", binary)
    line = replaced(line, "/etc/presswatch/", confdir "/")
    line = replaced(line, "/srv/presswatch/inbox", inbox)
    if (line == "Type=notify-reload") {
      types++
      if (version < 253) {
        if (version)
          print "# systemd " version " predates Type=notify-reload (253): ExecReload sends the SIGHUP."
        else
          print "# systemd of unknown version: Type=notify, which all run; ExecReload sends the SIGHUP."
        print "Type=notify"
        print "ExecReload=/bin/kill -HUP $MAINPID"
        next
      }
    }
    print line
  }
  END {
    if (types != 1) {
      print "render-unit.sh: expected one Type=notify-reload line in presswatch.service, found " types + 0 > "/dev/stderr"
      exit 1
    }
  }
' "$here/presswatch.service"
