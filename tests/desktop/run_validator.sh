#!/usr/bin/env bash
# Runs a desktop-file validator on one file: fails on any complaint, skips (77) only when the tool is
# not installed (scripts/install-deps.sh installs it).
set -uo pipefail
tool=$1
shift
command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
out=$("$tool" "$@" 2>&1)
rc=$?
echo "$out"
# desktop-file-validate exits 0 on hints it prints; treat any printed error or warning as a failure.
if [[ $tool == desktop-file-validate && -n $out ]]; then
    exit 1
fi
exit $rc
