#!/usr/bin/env bash
# Runs every test suite of the repository; exits non-zero on the first failure.
#   backend:  @QuarkusTest + REST Assured against an embedded PostgreSQL 17 (or QUARKUS_DATASOURCE_JDBC_URL)
#   frontend: type-check, lint, API client up to date, unit tests, end-to-end tests in Debian's Chromium
#   single sign-on: both against a real Keycloak (keycloak/test-server.sh)
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n\033[1m» %s\033[0m\n' "$*"; }

command -v java >/dev/null || { echo "Fehlt: JDK 17 oder neuer" >&2; exit 1; }

# Single sign-on is tested against one real Keycloak (backend tests and end-to-end), started here once and stopped
# at the end, also on failure. The server distribution comes from Maven Central on the first run (cached).
step "Keycloak für die Single-Sign-on-Tests"
KEYCLOAK_ENV=$(keycloak/test-server.sh start)
eval "$KEYCLOAK_ENV"
trap 'keycloak/test-server.sh stop "$KEYCLOAK_TEST_DIR"' EXIT

step "Backend: Tests und Paket"
(cd backend && ./mvnw -B verify)

step "Betrieb: Kubernetes-Manifest aktuell, Sicherung und Wiederherstellung"
diff <(grep -v '^#' deploy/kubernetes/backend.yml) backend/target/kubernetes/kubernetes.yml \
  || { echo "deploy/kubernetes/backend.yml ist veraltet: deploy/kubernetes/generate.sh ausführen" >&2; exit 1; }
scripts/test-backup-restore.sh

if [ -f frontend/package.json ]; then
  command -v node >/dev/null || { echo "Fehlt: Node.js 20 oder neuer" >&2; exit 1; }
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
