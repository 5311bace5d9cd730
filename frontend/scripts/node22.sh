# Sourced by test.sh and run.sh at the root: puts Node.js 22 LTS first on PATH.
# The dashboard is built and tested with Node 22 (package.json "engines", Dockerfile). A machine whose `node`
# is older but has npm gets Node 22 once from the npm registry (package node-<os>-<arch>@22), cached outside
# the repository in $DASHBOARD_NODE_CACHE (default ~/.cache/dashboard-node22); later runs reuse it.
NODE_MAJOR=22

use_node22() {
  if command -v node >/dev/null 2>&1 &&
    [ "$(node -p 'process.versions.node.split(".")[0]')" -ge "$NODE_MAJOR" ]; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "Fehlt: Node.js $NODE_MAJOR (oder ein älteres Node.js mit npm, das Node.js $NODE_MAJOR laden kann)" >&2
    return 1
  fi
  local os arch pkg cache
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "Node.js $NODE_MAJOR bitte selbst installieren (Betriebssystem $(uname -s))" >&2; return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "Node.js $NODE_MAJOR bitte selbst installieren (Architektur $(uname -m))" >&2; return 1 ;;
  esac
  pkg="node-$os-$arch"
  cache=${DASHBOARD_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dashboard-node$NODE_MAJOR}
  if [ ! -x "$cache/node_modules/$pkg/bin/node" ]; then
    echo "» Node.js $NODE_MAJOR wird einmalig geladen ($pkg@$NODE_MAJOR aus der npm-Registry, nach $cache) …"
    npm install --prefix "$cache" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      "$pkg@$NODE_MAJOR" >/dev/null || return 1
  fi
  export PATH="$cache/node_modules/$pkg/bin:$PATH"
  echo "» Node.js $(node -v) aus $cache"
}
