#!/usr/bin/env bash
# Configures and builds ForgeDesk into build/ (incremental: re-running only rebuilds what changed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Paths inside the tree are hashed relative to it, so any clone (CI's, a worktree) reuses the cache.
export CCACHE_BASEDIR="$PWD"
# Debug info names the build folder; leave it out of the hash so other folders still hit.
export CCACHE_NOHASHDIR=1
jobs=$(nproc 2>/dev/null || echo 2)
if [[ ! -f build/build.ninja ]]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build -j"$jobs"
