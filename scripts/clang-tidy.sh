#!/usr/bin/env bash
# Runs clang-tidy (the repository's .clang-tidy) over ForgeDesk's own sources in the compile database
# build/compile_commands.json — not the generated moc/rcc files — and exits non-zero on any warning.
# Needs a configured and built tree (tests include their generated .moc): run scripts/build.sh first.
# Usage: scripts/clang-tidy.sh [-j N] [path regex]   e.g. scripts/clang-tidy.sh 'editing/|ui/editor/'
# FORGEDESK_BUILD_DIR picks another configured build directory (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=2
if [[ "${1:-}" == "-j" ]]; then
    jobs="$2"
    shift 2
fi
filter="${1:-}"
build="${FORGEDESK_BUILD_DIR:-build}"
db="$build/compile_commands.json"
if [[ ! -f "$db" ]]; then
    echo "clang-tidy.sh: $db is missing; run scripts/build.sh first" >&2
    exit 2
fi
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
if [[ -z "$runner" ]]; then
    echo "clang-tidy.sh: run-clang-tidy not found (apt-get install clang-tidy)" >&2
    exit 2
fi
# The project's own translation units: everything under the tree except the build directory's output.
root="$PWD"
mapfile -t files < <(python3 - "$db" "$root" "$filter" <<'PY'
import json, re, sys
db, root, pattern = sys.argv[1], sys.argv[2].rstrip('/') + '/', sys.argv[3]
seen = set()
for entry in json.load(open(db)):
    path = entry['file']
    if not path.startswith(root) or '_autogen/' in path:
        continue
    rel = path[len(root):]
    if re.match(r'build[^/]*/', rel):  # generated files in any build directory
        continue
    if pattern and not re.search(pattern, rel):
        continue
    if rel not in seen:
        seen.add(rel)
        print(path)
PY
)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "clang-tidy.sh: no sources matched" >&2
    exit 2
fi
echo "clang-tidy.sh: ${#files[@]} files, -j$jobs" >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# -quiet keeps the output to the findings; the file list is passed as regexes, so escape them.
escaped=()
for f in "${files[@]}"; do
    escaped+=("$(printf '%s' "$f" | sed 's/[][\.*^$+?(){}|]/\\&/g')\$")
done
status=0
"$runner" -p "$build" -j "$jobs" -quiet "${escaped[@]}" >"$log" 2>&1 || status=$?
# Only the findings (once each: a header's finding repeats for every file including it), without colours.
findings=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '(warning|error):' | sort -u || true)
warnings=0
if [[ -n "$findings" ]]; then
    printf '%s\n' "$findings"
    warnings=$(printf '%s\n' "$findings" | wc -l)
fi
if [[ "$warnings" -ne 0 || "$status" -ne 0 ]]; then
    echo "clang-tidy.sh: $warnings finding(s) (run-clang-tidy exit $status)" >&2
    exit 1
fi
echo "clang-tidy.sh: clean" >&2
