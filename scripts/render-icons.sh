#!/usr/bin/env bash
# Renders the committed PNG icons from their SVG sources (rsvg-convert from librsvg2-bin). Run after
# editing an SVG under resources/icons/; the PNGs are committed so the build needs no SVG renderer, and
# Qt needs no SVG plugin at run time.
#   resources/icons/app/forgedesk.svg     -> resources/icons/app/hicolor/NxN/apps/forgedesk.png (16…256)
#   resources/icons/actions/NAME.svg      -> resources/icons/actions/NAME.png (16 px) and NAME@2x.png (32 px)
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "app/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" app/forgedesk.svg -o "app/hicolor/${size}x${size}/apps/forgedesk.png"
done
for svg in actions/*.svg; do
    rsvg-convert -w 16 -h 16 "$svg" -o "${svg%.svg}.png"
    rsvg-convert -w 32 -h 32 "$svg" -o "${svg%.svg}@2x.png"
done
