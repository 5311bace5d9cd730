#!/bin/sh
# Writes the SPA's runtime configuration from the environment at every start.
# Optional single sign-on: DASHBOARD_OIDC_ISSUER, DASHBOARD_OIDC_CLIENT_ID and DASHBOARD_OIDC_SCOPE add "oidc".
# Optional operator (Impressum, Datenschutzerklärung): DASHBOARD_BETREIBER_NAME, _ANSCHRIFT (lines separated by |),
# _VERTRETUNG, _EMAIL, _TELEFON, _DATENSCHUTZ, _AUFSICHT add "betreiber".
set -eu
# a JSON string body: backslashes and quotes escaped, line breaks and tabs as \n and \t
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g; s/	/\\t/g' | awk 'NR > 1 { printf "\\n" } { printf "%s", $0 }'; }
escaped=$(json_escape "$API_BASE_URL")
issuer=$(printf '%s' "${DASHBOARD_OIDC_ISSUER:-}" | sed 's#/*$##')
if [ -n "$issuer" ]; then
  oidc=$(printf ',"oidc":{"issuer":"%s","clientId":"%s"' "$(json_escape "$issuer")" "$(json_escape "${DASHBOARD_OIDC_CLIENT_ID:-}")")
  if [ -n "${DASHBOARD_OIDC_SCOPE:-}" ]; then
    oidc="$oidc$(printf ',"scope":"%s"' "$(json_escape "$DASHBOARD_OIDC_SCOPE")")"
  fi
  oidc="$oidc}"
else
  oidc=''
fi
betreiber=''
for feld in name anschrift vertretung email telefon datenschutz aufsicht; do
  wert=$(eval "printf '%s' \"\${DASHBOARD_BETREIBER_$(printf '%s' "$feld" | tr 'a-z' 'A-Z'):-}\"")
  if [ -n "$wert" ]; then
    betreiber="$betreiber${betreiber:+,}$(printf '"%s":"%s"' "$feld" "$(json_escape "$wert")")"
  fi
done
if [ -n "$betreiber" ]; then betreiber=",\"betreiber\":{$betreiber}"; fi
printf '{"apiBaseUrl":"%s"%s%s}\n' "$escaped" "$oidc" "$betreiber" > /usr/share/nginx/html/config.json
echo "config.json: apiBaseUrl=$API_BASE_URL${issuer:+, oidc.issuer=$issuer}${betreiber:+, mit Betreiber}"
