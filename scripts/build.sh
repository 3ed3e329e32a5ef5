#!/usr/bin/env bash
# Configures and builds ForgeDesk (incremental: re-running only rebuilds what changed).
#   bash scripts/build.sh                      RelWithDebInfo into build/, every target
#   bash scripts/build.sh DIR [CMAKE_ARGS...]  another configuration into DIR, e.g. the sanitizer build:
#       bash scripts/build.sh build-sanitize -DFORGEDESK_SANITIZE=ON -DFORGEDESK_BUILD_BENCH=OFF
#   FORGEDESK_BUILD_TARGET=NAME builds only that target (and what it needs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# Paths inside the tree are hashed relative to it, so any clone (CI's, a worktree) reuses the cache.
export CCACHE_BASEDIR="$PWD"
# Debug info names the build folder; leave it out of the hash so other folders still hit.
export CCACHE_NOHASHDIR=1
jobs=$(nproc 2>/dev/null || echo 2)
dir=${1:-build}
(($# > 0)) && shift
if [[ ! -f $dir/build.ninja || $# -gt 0 ]]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
fi
cmake --build "$dir" -j"$jobs" ${FORGEDESK_BUILD_TARGET:+--target "$FORGEDESK_BUILD_TARGET"}
