#!/usr/bin/env bash
# stripe-mock (Stripe's own mock of its API, from its OpenAPI spec) for the Stripe payment tests:
# `go install`ed into .tools/go-bin, with Go's module and build caches inside .tools so nothing
# lands in $HOME. Skipped when the wanted version is there already; prints the binary's path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools"
version="v0.203.0"
bin="$tools/go-bin/stripe-mock"
stamp="$tools/go-bin/.stripe-mock-version"
log() { printf '\033[2m[stripe-mock]\033[0m %s\n' "$*" >&2; }

if [ -x "$bin" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ]; then
  echo "$bin"
  exit 0
fi

go="$(command -v go || true)"
if [ -z "$go" ] && [ -x /usr/local/go/bin/go ]; then go=/usr/local/go/bin/go; fi
if [ -z "$go" ]; then
  echo "stripe-mock is needed by the Stripe payment tests and is installed with Go, which is missing:" >&2
  echo "install Go 1.22 or newer (https://go.dev/dl/, or /usr/local/go/bin/go) and run npm test again." >&2
  exit 1
fi

log "installing github.com/stripe/stripe-mock@$version with $("$go" version | cut -d' ' -f3)"
mkdir -p "$tools/go-bin" "$tools/go/cache"
GOBIN="$tools/go-bin" GOPATH="$tools/go" GOMODCACHE="$tools/go/pkg/mod" GOCACHE="$tools/go/cache" \
  GOFLAGS=-modcacherw "$go" install "github.com/stripe/stripe-mock@$version" >&2
[ -x "$bin" ] || { echo "stripe-mock install failed: $bin is missing" >&2; exit 1; }
echo "$version" > "$stamp"
echo "$bin"
