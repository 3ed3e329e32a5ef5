#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan, build-fuzz/) and runs each for SECONDS (default 60),
# two at a time. Seeds come from tests/fuzz/corpus/<target>/; what the fuzzer adds goes to
# build-fuzz/corpus/<target>/ and any crash or hang input to build-fuzz/artifacts/. Fails when a
# target finds a crash, a leak or a hang (an input taking more than FUZZ_TIMEOUT seconds, default 30).
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
(($# > 0)) && shift
parallel=${FUZZ_PARALLEL:-2}

section() { printf '\n==================== %s ====================\n' "$*"; }

section "fuzz build (clang, libFuzzer + ASan + UBSan, build-fuzz/)"
FORGEDESK_BUILD_TARGET=fuzzers bash scripts/build.sh build-fuzz \
    -DCMAKE_CXX_COMPILER=clang++ -DFORGEDESK_FUZZ=ON -DFORGEDESK_BUILD_BENCH=OFF

if (($# > 0)); then
    targets=("$@")
else
    mapfile -t targets < <(sed -n 's/^ *\(fuzz_[a-z_]*\)$/\1/p' tests/fuzz/CMakeLists.txt)
fi
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
logs=build-fuzz/logs
mkdir -p "$logs" build-fuzz/artifacts

run_one() {
    local t=$1
    mkdir -p "build-fuzz/corpus/$t"
    # The first directory receives new inputs; the seeds in the source tree are only read.
    "./build-fuzz/tests/fuzz/$t" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-30}" -print_final_stats=1 \
        -artifact_prefix="build-fuzz/artifacts/$t-" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" \
        >"$logs/$t.log" 2>&1
}

report() {
    local t=$1 rc=$2
    section "fuzz target $t (${seconds} s)"
    # The progress lines (#N NEW/REDUCE/pulse) are noise in CI's log; the rest, crashes included, stays.
    grep -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)' "$logs/$t.log" || true
    if ((rc != 0)); then
        echo "fuzz: $t FAILED (exit $rc); input in build-fuzz/artifacts/, full log $logs/$t.log"
    fi
}

failed=()
for ((i = 0; i < ${#targets[@]}; i += parallel)); do
    batch=("${targets[@]:i:parallel}")
    pids=()
    for t in "${batch[@]}"; do
        run_one "$t" &
        pids+=($!)
    done
    for j in "${!batch[@]}"; do
        rc=0
        wait "${pids[j]}" || rc=$?
        report "${batch[j]}" "$rc"
        ((rc == 0)) || failed+=("${batch[j]}")
    done
done

section "fuzz summary"
for t in "${targets[@]}"; do
    printf '%-32s %s\n' "$t" "$(grep -ohE 'Done [0-9]+ runs in [0-9]+ second\(s\)' "$logs/$t.log" || echo 'no Done line')"
done
if ((${#failed[@]} > 0)); then
    echo "fuzz: FAILED: ${failed[*]}"
    exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds} s without a finding"
