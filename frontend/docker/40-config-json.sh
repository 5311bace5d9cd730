#!/bin/sh
# Writes the SPA's runtime configuration from the environment at every start.
set -eu
escaped=$(printf '%s' "$API_BASE_URL" | sed 's/\\/\\\\/g; s/"/\\"/g')
printf '{"apiBaseUrl":"%s"}\n' "$escaped" > /usr/share/nginx/html/config.json
echo "config.json: apiBaseUrl=$API_BASE_URL"
