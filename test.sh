#!/usr/bin/env bash
# Runs every test suite of the repository; exits non-zero on the first failure.
#   backend:  @QuarkusTest + REST Assured against an embedded PostgreSQL 17 (or QUARKUS_DATASOURCE_JDBC_URL)
#   frontend: type-check, lint, API client up to date, unit tests, end-to-end tests in Debian's Chromium
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n\033[1m» %s\033[0m\n' "$*"; }

command -v java >/dev/null || { echo "Fehlt: JDK 17 oder neuer" >&2; exit 1; }

step "Backend: Tests und Paket"
(cd backend && ./mvnw -B verify)

if [ -f frontend/package.json ]; then
  # Node.js 22 LTS; an older node with npm fetches it once (cached outside the repository)
  . frontend/scripts/node22.sh
  use_node22
  step "Frontend: Abhängigkeiten"
  (cd frontend && npm ci --no-audit --no-fund)
  step "Frontend: Typprüfung, Lint, API-Client aktuell"
  (cd frontend && npm run check)
  step "Frontend: Unit-Tests"
  (cd frontend && npm run test:unit)
  step "Frontend: Build"
  (cd frontend && npm run build)
  CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [ ! -x "$CHROMIUM" ]; then
    echo "Chromium fehlt unter $CHROMIUM: die End-to-End-Tests brauchen Debians Paket 'chromium'" >&2
    echo "(apt-get install chromium) oder CHROMIUM_PATH auf ein vorhandenes Chromium." >&2
    exit 1
  fi
  step "Frontend: End-to-End-Tests (Chromium, echtes Backend)"
  (cd frontend && CHROMIUM_PATH="$CHROMIUM" npm run test:e2e)
fi

step "Alle Tests bestanden."
