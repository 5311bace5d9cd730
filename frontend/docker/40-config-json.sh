#!/bin/sh
# Writes the SPA's runtime configuration from the environment at every start.
# Optional single sign-on: DASHBOARD_OIDC_ISSUER, DASHBOARD_OIDC_CLIENT_ID and DASHBOARD_OIDC_SCOPE add "oidc".
set -eu
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
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
printf '{"apiBaseUrl":"%s"%s}\n' "$escaped" "$oidc" > /usr/share/nginx/html/config.json
echo "config.json: apiBaseUrl=$API_BASE_URL${issuer:+, oidc.issuer=$issuer}"
