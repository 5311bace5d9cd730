#!/usr/bin/env bash
# Prints the directory of a PostgreSQL client (pg_dump, pg_restore, psql) whose major version is at least
# the one asked for (default 17), installing one into a cache on first use if none is at hand.
#   scripts/pg-client.sh [MAJOR]        e.g.  PATH="$(scripts/pg-client.sh 17):$PATH" pg_dump --version
# Order: $PG_BIN (if set, taken as is), the pg_dump on PATH, Debian's /usr/lib/postgresql/*/bin, the cache.
# pg_dump refuses servers newer than itself, and Debian 12 ships client 15 only. The cache is filled from
# Debian 13 (trixie) packages, fetched with a private apt configuration (signatures checked against the
# system's keyring, the system's sources and package database untouched) and unpacked, not installed:
# the binaries run through trixie's own dynamic loader with trixie's libraries.
set -euo pipefail

WANT=${1:-17}
CACHE=${DASHBOARD_PG_CLIENT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dashboard-pg17-client}

major_of() { "$1" --version 2>/dev/null | sed -nE 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/p' | head -1; }
fits() { local m; m=$(major_of "$1/pg_dump"); [ -n "$m" ] && [ "$m" -ge "$WANT" ] && [ -x "$1/pg_restore" ]; }

if [ -n "${PG_BIN:-}" ]; then
  fits "$PG_BIN" || { echo "PG_BIN=$PG_BIN enthält kein pg_dump/pg_restore ab Version $WANT." >&2; exit 1; }
  echo "$PG_BIN"; exit 0
fi
if command -v pg_dump >/dev/null 2>&1 && fits "$(dirname "$(command -v pg_dump)")"; then
  dirname "$(command -v pg_dump)"; exit 0
fi
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
  if fits "$d"; then echo "$d"; exit 0; fi
done
if fits "$CACHE/bin"; then echo "$CACHE/bin"; exit 0; fi

[ "$(uname -m)" = x86_64 ] || { echo "Kein pg_dump ab Version $WANT gefunden; bitte installieren (PG_BIN)." >&2; exit 1; }
command -v apt-get >/dev/null && command -v dpkg >/dev/null \
  || { echo "Kein pg_dump ab Version $WANT gefunden und kein apt-get zum Nachladen; bitte installieren (PG_BIN)." >&2; exit 1; }

echo "» Kein pg_dump ab Version $WANT gefunden: lade den PostgreSQL-17-Client aus Debian 13 nach $CACHE (einmalig) …" >&2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/etc" "$WORK/state/lists/partial" "$WORK/cache/archives/partial" "$WORK/debs" "$WORK/root"
echo 'deb http://deb.debian.org/debian trixie main' > "$WORK/etc/sources.list"
APT=(-q -o "Dir::Etc::sourcelist=$WORK/etc/sources.list" -o Dir::Etc::sourceparts=- -o "Dir::State=$WORK/state"
     -o "Dir::Cache=$WORK/cache" -o Dir::State::status=/dev/null -o APT::Sandbox::User=root)
apt-get "${APT[@]}" update >&2
PKGS=(libc6 libpq5 libldap2 libsasl2-2 libgssapi-krb5-2 libkrb5-3 libk5crypto3 libkrb5support0 libcom-err2
      libkeyutils1 libssl3t64 libzstd1 liblz4-1 zlib1g libgnutls30t64 libidn2-0 libunistring5 libtasn1-6
      libnettle8t64 libhogweed6t64 libgmp10 libp11-kit0 libffi8 libreadline8t64 libtinfo6 libsasl2-modules-db
      libdb5.3t64 postgresql-client-17)
(cd "$WORK/debs" && apt-get "${APT[@]}" download "${PKGS[@]}" >&2)
for deb in "$WORK"/debs/*.deb; do dpkg -x "$deb" "$WORK/root"; done

rm -rf "$CACHE.new" && mkdir -p "$CACHE.new/bin"
mv "$WORK/root" "$CACHE.new/root"
LIB="$CACHE/root/usr/lib/x86_64-linux-gnu:$CACHE/root/lib/x86_64-linux-gnu"
for tool in pg_dump pg_restore psql; do
  cat > "$CACHE.new/bin/$tool" <<WRAP
#!/bin/sh
# Debian 13's $tool, run through its own loader and libraries (made by scripts/pg-client.sh)
exec "$CACHE/root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$LIB" \\
  "$CACHE/root/usr/lib/postgresql/17/bin/$tool" "\$@"
WRAP
  chmod 0755 "$CACHE.new/bin/$tool"
done
rm -rf "$CACHE" && mv "$CACHE.new" "$CACHE"
fits "$CACHE/bin" || { echo "Der nachgeladene Client läuft nicht ($CACHE)." >&2; exit 1; }
echo "» $("$CACHE/bin/pg_dump" --version) in $CACHE/bin" >&2
echo "$CACHE/bin"
