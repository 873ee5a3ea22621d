#!/usr/bin/env bash
# Unpacks every firefox-esr that Debian offers besides the installed one
# (bookworm and bookworm-security can carry different ESRs: 140.12 and 153.8
# in December 2026) under /opt/safepost-firefox/<version>/, and prints the
# path of each binary, one a line. The suite is run against each, so a
# browser update on a fresh machine cannot be the first time an ESR is tried.
# Needs root and `apt-get update` done; prints nothing where there is no other.
set -euo pipefail
installed=$(dpkg-query -W -f='${Version}' firefox-esr 2>/dev/null || true)
for version in $(apt-cache madison firefox-esr 2>/dev/null | awk -F'|' '{gsub(/ /, "", $2); print $2}' | sort -u); do
  [ "$version" = "$installed" ] && continue
  dir="/opt/safepost-firefox/$version"
  if [ ! -x "$dir/usr/lib/firefox-esr/firefox-esr" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download -qq "firefox-esr=$version" >/dev/null 2>&1) || { rm -rf "$tmp"; echo "could not download firefox-esr $version" >&2; continue; }
    mkdir -p "$dir"
    if ! dpkg -x "$tmp"/firefox-esr_*.deb "$dir"; then
      rm -rf "$tmp" "$dir"; echo "could not unpack firefox-esr $version" >&2; continue
    fi
    rm -rf "$tmp"
  fi
  echo "$dir/usr/lib/firefox-esr/firefox-esr"
done
