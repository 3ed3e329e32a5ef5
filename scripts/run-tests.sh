#!/usr/bin/env bash
# The README's test command (and CI's): set up, build, and run every stage; stops at the first failing
# step. GUI suites run on Qt's offscreen platform, so no display is needed.
#   normal    build/ (RelWithDebInfo, product in unity batches) and the whole CTest suite
#   tidy      clang-tidy over the product's sources (scripts/clang-tidy.sh --unity), clean or it fails
#   sanitize  build-sanitize/ (ASan + UBSan + LSan; no benchmarks) and the whole suite again
#   fuzz      every libFuzzer target for FUZZ_SECONDS (default 60) s
# FORGEDESK_TEST_STAGES picks the stages (default: all four, in that order).
set -euo pipefail
cd "$(dirname "$0")/.."
stages=" ${FORGEDESK_TEST_STAGES:-normal tidy sanitize fuzz} "
export QT_QPA_PLATFORM=offscreen

section() { printf '\n==================== %s ====================\n' "$*"; }
timed() {
    local start=$SECONDS
    "$@"
    echo "(took $((SECONDS - start)) s)"
}

if [[ $stages == *" normal "* ]]; then
    section "normal run: build (RelWithDebInfo, product in unity batches, build/)"
    # Unity batches read the Qt headers once per 16 product sources: the cold build's largest saving.
    # The everyday build (scripts/build.sh alone) and the fuzz build still compile each source alone,
    # so a missing include is still caught.
    timed bash scripts/build.sh build -DFORGEDESK_UNITY=ON
    section "normal run: tests"
    timed ctest --test-dir build --output-on-failure --no-tests=error -j2
fi

if [[ $stages == *" tidy "* ]]; then
    section "clang-tidy: the product's sources in unity batches (build-tidy/)"
    timed bash scripts/clang-tidy.sh --unity
fi

if [[ $stages == *" sanitize "* ]]; then
    section "sanitizer run: build (ASan + UBSan, -O1 -g1, product in unity batches, build-sanitize/)"
    timed bash scripts/build.sh build-sanitize -DFORGEDESK_SANITIZE=ON -DFORGEDESK_BUILD_BENCH=OFF \
        -DFORGEDESK_UNITY=ON -DFORGEDESK_UPDATE_TRANSLATIONS=OFF
    section "sanitizer run: tests (halt_on_error, detect_leaks=1)"
    # Every test already gets these through CTest (cmake/ForgeDeskSanitizers.cmake); the defaults here
    # cover a test whose ENVIRONMENT property was replaced rather than appended to.
    supp="$PWD/tests/sanitizers"
    export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp}
    timed ctest --test-dir build-sanitize --output-on-failure --no-tests=error -j2
fi

if [[ $stages == *" fuzz "* ]]; then
    timed bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
fi
section "all stages passed:${stages% }"
