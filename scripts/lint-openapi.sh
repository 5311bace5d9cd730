#!/usr/bin/env bash
# Lints the API contract (openapi.yaml) as client developers' tools read it:
#   Spectral with the spectral:oas ruleset: no errors (warnings are printed, not failed)
#   openapi-generator-cli validate: passes (no --skip-validate-spec)
# Both tools are pinned and fetched on first use (npm registry, Maven Central) into caches, not into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL_VERSION=6.16.3
GENERATOR_VERSION=7.17.0

echo "» Spectral ${SPECTRAL_VERSION} (spectral:oas)"
ruleset=$(mktemp --suffix=.yaml)
trap 'rm -f "$ruleset"' EXIT
echo 'extends: ["spectral:oas"]' > "$ruleset"
npx --yes "@stoplight/spectral-cli@${SPECTRAL_VERSION}" lint --ruleset "$ruleset" --fail-severity error \
  --display-only-failures openapi.yaml

echo "» openapi-generator-cli ${GENERATOR_VERSION} validate"
jar="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/${GENERATOR_VERSION}/openapi-generator-cli-${GENERATOR_VERSION}.jar"
if [ ! -f "$jar" ]; then
  (cd backend && ./mvnw -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:get \
    -Dartifact="org.openapitools:openapi-generator-cli:${GENERATOR_VERSION}" -Dtransitive=false)
fi
java -jar "$jar" validate -i openapi.yaml
