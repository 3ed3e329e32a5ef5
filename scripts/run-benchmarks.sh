#!/usr/bin/env bash
# Builds (optimised) and runs every benchmark; each prints its figures beside a reference.
# The large-tenant table (issue 10, docs/performance.md) comes last: python-requests and curl page the
# same forgedesk-sandbox in the same run as ForgeDesk's window (bench/bench_scale) does.
#   FORGEDESK_BENCH_ONLY=scale bash scripts/run-benchmarks.sh   only that table
#   FORGEDESK_BENCH_SKIP_100K=1                                  without the 100,000-project rows
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${FORGEDESK_BENCH_ONLY:-} == scale ]]; then
    FORGEDESK_BUILD_TARGET=bench_scale bash scripts/build.sh
    FORGEDESK_BUILD_TARGET=forgedesk-sandbox bash scripts/build.sh
    FORGEDESK_BUILD_TARGET=bench_cache bash scripts/build.sh
else
    bash scripts/build.sh
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if [[ ${FORGEDESK_BENCH_ONLY:-} != scale ]]; then
    ./build/bench/bench_codec 10000
    ./build/bench/bench_client 10000
    ./build/bench/bench_startup
    ./build/bench/bench_live_updates 100
fi

sandbox_exe=./build/sandbox/forgedesk-sandbox
export FORGEDESK_SANDBOX_KEY=$(cat /proc/sys/kernel/random/uuid) # per run; never on a command line
work=$(mktemp -d)
sandbox_pid=
stop_sandbox() { [[ -n $sandbox_pid ]] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null; sandbox_pid=; }
trap 'stop_sandbox; rm -rf "$work"' EXIT
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# start_sandbox SIZE [ARGS…]: sets $url and $start_ms (until it listens).
start_sandbox() {
    local size=$1
    shift
    local t0
    t0=$(now_ms)
    "$sandbox_exe" --port 0 --seed-size "$size" "$@" >"$work/sandbox.out" 2>&1 &
    sandbox_pid=$!
    until grep -q 'listening on' "$work/sandbox.out"; do
        kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.out"; exit 1; }
        sleep 0.05
    done
    start_ms=$(($(now_ms) - t0))
    url=$(sed -n 's/.*listening on //p' "$work/sandbox.out" | head -1)
    # One untimed pass first: the sandbox keeps each project's JSON once it has sent it, so without
    # this the first client measured would pay for serialising the tenant and the others would not.
    curl_pages "$url" "$size" >/dev/null
}

curl_pages() {
    local base=$1 total=$2 t0
    t0=$(now_ms)
    for ((skip = 0; skip < total; skip += 500)); do
        curl -sf -H "X-SSAPI-KEY: $FORGEDESK_SANDBOX_KEY" "$base/api/ss/projects?skip=$skip&limit=500" >/dev/null
    done
    echo $(($(now_ms) - t0))
}
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"; }

echo "bench_scale: large tenants (issue 10) on $(nproc) cores; $(uptime | sed 's/.*load/load/')"
bare=$(./build/bench/bench_scale --bare)

start_sandbox 10000
python10=$(python3 bench/page_projects.py "$url" | cut -d' ' -f2)
curl10=$(curl_pages "$url" 10000)
gui10=$(./build/bench/bench_scale --url "$url") || true
stop_sandbox

start_sandbox 10000 --latency 200
python10l=$(python3 bench/page_projects.py "$url" | cut -d' ' -f2)
curl10l=$(curl_pages "$url" 10000)
gui10l=$(./build/bench/bench_scale --url "$url") || true
stop_sandbox

start100=- python100=- gui100=
if [[ -z ${FORGEDESK_BENCH_SKIP_100K:-} ]]; then # minutes on a busy 2-core machine
    start_sandbox 100000
    start100=$start_ms
    python100=$(python3 bench/page_projects.py "$url" | cut -d' ' -f2)
    gui100=$(./build/bench/bench_scale --url "$url" --filter --calendar --cache) || true
    stop_sandbox
fi

# The offline cache on its own (no sandbox): the current format beside the earlier JSON one.
cache100=$(./build/bench/bench_cache 100000 --binary-only | sed -n 's/^ *binary *//p')

row() { printf '| %-58s | %12s | %-22s |\n' "$1" "$2" "$3"; }
echo
row "figure" "measured" "target / reference"
row "---" "---:" "---"
row "reference: bare Qt window, peak RSS" "$(field "$bare" bare_rss_mb) MB" "—"
row "reference: python-requests, 10,000 projects" "${python10} ms" "—"
row "reference: curl (one process per page), 10,000" "${curl10} ms" "—"
row "ForgeDesk: list complete, 10,000" "$(field "$gui10" list_ms) ms" "≤ python (${python10} ms)"
row "reference: python-requests, 10,000 at --latency 200" "${python10l} ms" "—"
row "reference: curl, 10,000 at --latency 200" "${curl10l} ms" "—"
row "ForgeDesk: list complete, 10,000 at --latency 200" "$(field "$gui10l" list_ms) ms" "≤ $((python10l / 2)) ms (half of python)"
row "ForgeDesk: peak RSS (VmHWM), 10,000" "$(field "$gui10" rss_mb) MB" "≤ 150 MB"
row "reference: python-requests, 100,000 projects" "${python100} ms" "—"
row "ForgeDesk: list complete, 100,000" "$(field "$gui100" list_ms) ms" "—"
row "ForgeDesk: GUI-thread stall p99 during the 100,000 load" "$(field "$gui100" stall_p99_ms) ms" "≤ 16 ms"
row "ForgeDesk: GUI-thread longest stall during the 100,000 load" "$(field "$gui100" stall_max_ms) ms" "≤ 100 ms"
row "ForgeDesk: peak RSS (VmHWM), 100,000" "$(field "$gui100" rss_mb) MB" "≤ 600 MB"
row "ForgeDesk: filter keystroke p99, 100,000 rows" "$(field "$gui100" filter_p99_ms) ms" "≤ 16 ms"
row "ForgeDesk: calendar month repaint (worst of 7), 100,000" "$(field "$gui100" month_repaint_max_ms) ms" "≤ 16 ms"
row "ForgeDesk: calendar month step (change + paint), 100,000" "$(field "$gui100" month_step_max_ms) ms" "—"
row "ForgeDesk: calendar tab shown, 100,000" "$(field "$gui100" calendar_show_ms) ms" "—"
row "ForgeDesk: timeline shown / month step in it, 100,000" \
    "$(field "$gui100" timeline_show_ms) / $(field "$gui100" timeline_step_max_ms) ms" "—"
row "ForgeDesk: offline cache load, 100,000" "$(field "$gui100" cache_load_ms) ms" "≤ 1000 ms"
row "sandbox start, --seed-size 100000" "${start100} ms" "≤ 30000 ms"
row "ForgeDesk: cache load, 100,000 (bench_cache, binary format)" "$(field "$cache100" load_ms) ms" "≤ 1000 ms"
echo
echo "raw: $gui10"
echo "raw (latency 200): $gui10l"
echo "raw (100,000): $gui100"
echo "cache (bench_cache 100000): $cache100"
