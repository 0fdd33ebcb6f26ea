#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own browser download cannot work offline).
# Installs it from apt when missing; prints its path.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  printf '\033[2m[chromium]\033[0m installing Chromium from apt\n' >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
command -v chromium
