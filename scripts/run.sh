#!/usr/bin/env bash
# Quick start 1: build Houqin and launch it on its default database (extra arguments go to houqin).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh" --target houqin
exec "$root/build/houqin" "$@"
