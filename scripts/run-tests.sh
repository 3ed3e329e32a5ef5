#!/usr/bin/env bash
# The README's test command (and CI's): set up, build, and run the whole CTest suite.
# GUI suites run on Qt's offscreen platform, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --no-tests=error -j2
