#!/usr/bin/env bash
# growth.sh — does the cost stay flat as data grows? (issue #15)
# For 1, 10 and 30 years of demo data: the first page of the food samples list against raw SQLite, the
# dashboard's three reads (attention items, this week's tasks, upcoming) and whole-process start-up.
#   tests/bench/growth.sh [BUILD_DIR] [YEARS...]      default: build 1 10 30
# Needs houqin, houqin_bench, houqin_bare_window and houqin_mapwatch built. The demo databases are made
# once with `houqin demo-data --years N` (30 years takes many minutes) and kept in /tmp; prints CPU-time
# medians and startup.py's figures.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shift || true
years=("$@")
[[ ${#years[@]} -gt 0 ]] || years=(1 10 30)
for y in "${years[@]}"; do
  echo "== $y years"
  db=/tmp/houqin-growth-$y.sqlite
  if [[ ! -f $db ]]; then
    QT_QPA_PLATFORM=offscreen "$build/houqin" --db "$db.new" demo-data --years "$y" >/dev/null
    sqlite3 "$db.new" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
    mv "$db.new" "$db"
  fi
  QT_QPA_PLATFORM=offscreen HOUQIN_BENCH_DB=$db "$build/tests/bench/houqin_bench" \
    --benchmark_filter='BM_Dashboard_|BM_(Repo|Raw)_(FirstPage|Count)$' \
    --benchmark_repetitions=5 --benchmark_report_aggregates_only=true 2>/dev/null | grep -E '_median'
  QT_QPA_PLATFORM=offscreen HOUQIN_BENCH_DB=$db "$build/tests/bench/houqin_bench" \
    --benchmark_filter='BM_Attention/' --benchmark_min_time=0.05 2>/dev/null | grep -E '^BM_'
  python3 "$here/startup.py" --build "$build" --years "$y" --runs 9 --rss-runs 3 2>/dev/null
done
