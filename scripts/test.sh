#!/usr/bin/env bash
# `npm test`: checks formatting, builds, lints and type-checks every package, then runs every package's tests
# (unit tests, workflow tests on real Temporal servers, end-to-end tests over real processes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The Stripe payment tests talk to stripe-mock (a Go program), installed into .tools on first use.
PARLEY_STRIPE_MOCK="$(bash scripts/ensure-stripe-mock.sh)"
export PARLEY_STRIPE_MOCK
prettier --check . --log-level warn
nx run-many -t build lint typecheck --output-style=stream
# One package at a time: the workflow and end-to-end tests start their own servers.
nx run-many -t test --parallel=1 --output-style=stream
