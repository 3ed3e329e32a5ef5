#!/usr/bin/env bash
# Installs the Debian 12 packages ForgeDesk needs to build, test and run; skips what is already there.
# tzdata: the date tests run under several TZ values. clang + libclang-rt-14-dev: the libFuzzer targets.
# desktop-file-utils, appstream, lintian: the .desktop, metainfo and package checks (tests/desktop).
# qt6-translations-l10n: Qt's own German texts. librsvg2-bin: scripts/render-icons.sh (SVG -> PNG).
# lld: the faster linker (CMakeLists.txt). clang-tidy: scripts/clang-tidy.sh, run by the test command.
# python3-requests, curl: the references bench/bench_scale is measured against (scripts/run-benchmarks.sh).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-websockets-dev qtkeychain-qt6-dev libical-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n libgl-dev
    desktop-file-utils appstream lintian librsvg2-bin
    xvfb xauth
    tzdata
    clang libclang-rt-14-dev lld clang-tidy
    python3-requests curl
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
