#!/usr/bin/env bash
# Runs every test suite of the repository; exits non-zero on the first failure.
#   backend:  @QuarkusTest + REST Assured against an embedded PostgreSQL 17 (or QUARKUS_DATASOURCE_JDBC_URL)
#   frontend: type-check, lint, format, API client up to date, unit tests, build, end-to-end tests in Debian's
#             Chromium against the jar that the backend step packaged
#   single sign-on: both against a real Keycloak (keycloak/test-server.sh)
#   operations: the Kubernetes manifest up to date, backup and restore (scripts/test-backup-restore.sh), an import
#     cut off by a killed backend (scripts/test-import-abbruch.sh), the SPA's nginx configuration
#     (frontend/scripts/test-nginx.sh)
#   contract: openapi.yaml linted with Spectral and validated with openapi-generator (scripts/lint-openapi.sh)
set -euo pipefail
cd "$(dirname "$0")"

# Each step says how long it took, and the end sums them up (also after a failure).
STEPS=()
CURRENT=""
STARTED=$SECONDS
finish_step() {
  [ -n "$CURRENT" ] && STEPS+=("$(printf '%5d s  %s' $((SECONDS - STARTED)) "$CURRENT")")
  CURRENT=""
}
step() {
  finish_step
  CURRENT="$*"
  STARTED=$SECONDS
  printf '\n\033[1m» %s\033[0m\n' "$*"
}
summary() {
  finish_step
  printf '\n\033[1mDauer der Schritte\033[0m\n'
  printf '  %s\n' "${STEPS[@]}"
  printf '%7d s  insgesamt\n' "$SECONDS"
}
# Single sign-on is tested against one real Keycloak (backend tests and end-to-end), started here once and stopped
# at the end, also on failure. The server distribution comes from Maven Central on the first run (cached).
KEYCLOAK_TEST_DIR=""
cleanup() {
  if [ -n "$KEYCLOAK_TEST_DIR" ]; then keycloak/test-server.sh stop "$KEYCLOAK_TEST_DIR" || true; fi
  summary
}
trap cleanup EXIT

command -v java >/dev/null || { echo "Fehlt: JDK 17 oder neuer" >&2; exit 1; }

step "API-Vertrag: Spectral (spectral:oas) und openapi-generator validate"
scripts/lint-openapi.sh

step "Keycloak für die Single-Sign-on-Tests"
KEYCLOAK_ENV=$(keycloak/test-server.sh start)
eval "$KEYCLOAK_ENV"

step "Backend: Tests und Paket"
(cd backend && ./mvnw -B verify)

step "Betrieb: Kubernetes-Manifest aktuell, Sicherung und Wiederherstellung, Import-Abbruch"
# compared line by line regardless of order: the extension does not keep the order of labels stable between builds
diff <(grep -v '^#' deploy/kubernetes/backend.yml | sort) <(sort backend/target/kubernetes/kubernetes.yml) \
  || { echo "deploy/kubernetes/backend.yml ist veraltet: deploy/kubernetes/generate.sh ausführen" >&2; exit 1; }
scripts/test-backup-restore.sh
# a backend killed while an import writes leaves nothing half-written and starts again on the first try
scripts/test-import-abbruch.sh
# the SPA's nginx as the container renders it: only /einbetten/ may be framed
frontend/scripts/test-nginx.sh

if [ -f frontend/package.json ]; then
  step "Frontend: Node.js 22 und Abhängigkeiten"
  # Node.js 22 LTS; an older node with npm fetches it once (cached outside the repository)
  . frontend/scripts/node22.sh
  use_node22
  (cd frontend && npm ci --no-audit --no-fund)
  CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [ ! -x "$CHROMIUM" ]; then
    echo "Chromium fehlt unter $CHROMIUM: die End-to-End-Tests brauchen Debians Paket 'chromium'" >&2
    echo "(apt-get install chromium) oder CHROMIUM_PATH auf ein vorhandenes Chromium." >&2
    exit 1
  fi
  # types once (the build below does not check them again), ESLint, Prettier, API client up to date
  step "Frontend: Typprüfung, Lint, Format, API-Client aktuell"
  (cd frontend && npm run check)
  step "Frontend: Unit-Tests"
  (cd frontend && npm run test:unit)
  # the SPA is built while the backend of the end-to-end tests starts (the jar from "verify" above)
  step "Frontend: Build und End-to-End-Tests (Chromium, echtes Backend)"
  (cd frontend && CHROMIUM_PATH="$CHROMIUM" npm run test:e2e -- --build)
fi

finish_step
printf '\n\033[1m» Alle Tests bestanden.\033[0m\n'
