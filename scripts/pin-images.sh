#!/usr/bin/env bash
# Pins every third-party image by digest: the FROM lines of backend/ and frontend/Dockerfile, the image:
# entries of docker-compose.yml and image:/imageName: of deploy/kubernetes. "name:tag" becomes
# "name:tag@sha256:…" (the tag stays for readers; the digest is what is pulled); an existing digest is
# refreshed. The project's own images (digitalisierungsdashboard/…) are built, not pulled, and stay as they are.
#   scripts/pin-images.sh          resolve and rewrite (needs crane, or docker with buildx, and registry access)
#   scripts/pin-images.sh --check  list the references and exit 1 if one is not pinned (no network)
# The development machines of this project reach no container registry, so the digests are filled in here
# on a machine that does; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=(backend/Dockerfile frontend/Dockerfile docker-compose.yml $(ls deploy/kubernetes/*.yml deploy/kubernetes/*/*.yml))
CHECK=0; [ "${1:-}" = --check ] && CHECK=1

refs() { # file → image references (one per line)
  case $1 in
    *Dockerfile) sed -nE 's/^FROM[[:space:]]+(--platform=[^[:space:]]+[[:space:]]+)?([^[:space:]]+).*/\2/p' "$1" ;;
    *) sed -nE 's/^[[:space:]-]*(image|imageName):[[:space:]]*"?([^"[:space:]#]+)"?.*/\2/p' "$1" ;;
  esac | grep -v '^digitalisierungsdashboard/' | sort -u
}
digest() {
  if command -v crane >/dev/null; then crane digest "$1"
  elif command -v docker >/dev/null; then docker buildx imagetools inspect "$1" --format '{{json .Manifest.Digest}}' | tr -d '"'
  else echo "Weder crane noch docker buildx gefunden." >&2; exit 1; fi
}

missing=0
for f in "${FILES[@]}"; do
  for ref in $(refs "$f"); do
    base=${ref%@*}
    if [ "$CHECK" = 1 ]; then
      if [[ $ref == *@sha256:* ]]; then echo "gepinnt    $f: $ref"; else echo "UNGEPINNT  $f: $ref"; missing=1; fi
      continue
    fi
    d=$(digest "$base")
    [[ $d == sha256:* ]] || { echo "Kein Digest für $base: $d" >&2; exit 1; }
    # replace the reference exactly (with or without an old digest)
    python3 - "$f" "$ref" "$base@$d" <<'PY'
import re, sys
path, old, new = sys.argv[1:]
text = open(path).read()
text = re.sub(r'(?<![\w./:@-])' + re.escape(old) + r'(?![\w./:@-])', new, text)
open(path, 'w').write(text)
PY
    echo "$f: $base@$d"
  done
done
exit $missing
