#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ (light.png, dark.png, german.png): forgedesk --demo on the
# embedded sandbox, grabbed by the application itself (app/Screenshot.cpp) on Qt's offscreen platform,
# so no display is needed. Builds forgedesk first when needed.
#   bash scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
FORGEDESK_BUILD_TARGET=forgedesk bash scripts/build.sh "$build"
out=docs/screenshots
mkdir -p "$out"
# A throw-away home: no stored connection or window layout of yours is used or changed.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
shoot() { # NAME THEME LANGUAGE
    env -u LC_ALL -u LC_MESSAGES HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" QT_QPA_PLATFORM=offscreen LANGUAGE="$3" LANG="$3.UTF-8" \
        FORGEDESK_SCREENSHOT="$out/$1.png" FORGEDESK_SCREENSHOT_THEME="$2" \
        timeout 120 "$build/app/forgedesk" --demo
}
shoot light light en_GB
shoot dark dark en_GB
shoot german light de_DE
ls -l "$out"
