#!/usr/bin/env bash
# Runs clang-tidy (the repository's .clang-tidy) over ForgeDesk's own sources and exits non-zero on any
# warning.
#   scripts/clang-tidy.sh [-j N] [path regex]   every source of build/compile_commands.json, one by one
#                                               (not the generated moc/rcc files); needs a built tree,
#                                               because tests include their generated .moc
#   scripts/clang-tidy.sh --unity [-j N]        the product's sources (api, models, editing, ui, sandbox,
#                                               app; not tests/ or bench/), batched 16 to a CMake unity file
#                                               in build-tidy/ (configured here, nothing is compiled)
# --unity is what the test command runs: clang-tidy spends most of a file's time matching its checks
# over the Qt headers, so a batch of 16 sources costs little more than one source, and the whole
# product takes minutes instead of the ~20 minutes of one run per file on 2 cores. The unity files
# include the sources, so HeaderFilterRegex in .clang-tidy lets findings in .cpp files through.
# FORGEDESK_BUILD_DIR picks another configured build directory for the per-file mode (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=2
unity=0
if [[ "${1:-}" == "--unity" ]]; then
    unity=1
    shift
fi
if [[ "${1:-}" == "-j" ]]; then
    jobs="$2"
    shift 2
fi
filter="${1:-}"
build="${FORGEDESK_BUILD_DIR:-build}"
if ((unity)); then
    build=build-tidy
    # Only the compile database is needed (the same batches as the sanitizer build).
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFORGEDESK_UNITY=ON \
        -DFORGEDESK_BUILD_BENCH=OFF -DFORGEDESK_UPDATE_TRANSLATIONS=OFF >/dev/null
fi
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
mapfile -t files < <(python3 - "$db" "$root" "$filter" "$unity" "$build" <<'PY'
import json, re, sys
db, root, pattern, unity, build = sys.argv[1], sys.argv[2].rstrip('/') + '/', sys.argv[3], sys.argv[4], sys.argv[5]
seen = set()
for entry in json.load(open(db)):
    path = entry['file']
    if not path.startswith(root) or '_autogen/' in path:
        continue
    rel = path[len(root):]
    if unity == '1':
        # The product's unity files; tests and the resource library's generated rcc code are left out.
        inner = rel[len(build) + 1:] if rel.startswith(build + '/') else ''
        if '/Unity/unity_' not in inner or re.match(r'(tests|bench|resources)/', inner):
            continue
    elif re.match(r'build[^/]*/', rel):  # generated files in any build directory
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
extra=()
# A unity file is nothing but includes of .cpp files, which is what suspicious-include reports.
((unity)) && extra=(-checks=-bugprone-suspicious-include)
"$runner" -p "$build" -j "$jobs" -quiet "${extra[@]}" "${escaped[@]}" >"$log" 2>&1 || status=$?
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
