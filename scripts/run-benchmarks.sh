#!/usr/bin/env bash
# Builds (optimised) and runs every benchmark; each prints its figures beside a reference.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
./build/bench/bench_codec 10000
./build/bench/bench_client 10000
./build/bench/bench_startup
./build/bench/bench_live_updates 100
