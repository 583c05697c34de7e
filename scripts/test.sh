#!/usr/bin/env bash
# Quick start 2: build Houqin with its tests and benchmarks, then run every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh"
cd "$root/build"
# Tests use the offscreen Qt platform; they never need a display.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)"
