#!/usr/bin/env bash
# Builds the Debian package with CPack from the build folder, checks its contents and lintian's verdict,
# unpacks it into a temporary folder and runs the packaged `forgedesk --version`.
#   package_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The package is written into the temporary folder; CPack's own staging stays under the build folder.
cpack -G DEB -B "$work/out" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/forgedesk_"$version"_*.deb)
echo "package: $(basename "$deb")"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/forgedesk ./usr/bin/forgedesk-sandbox \
         ./usr/share/applications/org.forgedesk.forgedesk.desktop \
         ./usr/share/metainfo/org.forgedesk.forgedesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/forgedesk.svg \
         ./usr/share/icons/hicolor/16x16/apps/forgedesk.png \
         ./usr/share/icons/hicolor/256x256/apps/forgedesk.png \
         ./usr/share/doc/forgedesk/copyright; do
    grep -qxF "$f" <<<"$contents" || { echo "FAIL: $f is not in the package"; exit 1; }
done

# Dependencies derived by dpkg-shlibdeps: the Qt libraries the binaries link.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libqt6network6 libqt6websockets6 libc6; do
    grep -q "$lib" <<<"$depends" || { echo "FAIL: $lib is not among the dependencies"; exit 1; }
done

if command -v lintian >/dev/null; then
    # Errors fail the test; the warnings left are documented in README.md.
    lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
    cat "$work/lintian.log"
    if grep -q '^E:' "$work/lintian.log"; then
        echo "FAIL: lintian reports errors"
        exit 1
    fi
else
    echo "note: lintian is not installed; not checked"
fi

dpkg-deb -x "$deb" "$work/root"
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/forgedesk" --version)
echo "packaged forgedesk --version: $out"
[[ $out == "ForgeDesk $version" ]] || { echo "FAIL: expected 'ForgeDesk $version'"; exit 1; }
