#!/usr/bin/env bash
# Formats the Swift sources in place, then lints them (as swift-argument-parser does).
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.swift' | xargs -0 swift format format --parallel --in-place
git ls-files -z '*.swift' | xargs -0 swift format lint --strict --parallel
