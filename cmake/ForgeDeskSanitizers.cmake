# FORGEDESK_SANITIZE=ON builds every target with AddressSanitizer + UndefinedBehaviorSanitizer
# (LeakSanitizer included) and makes each CTest test stop at the first finding.
# -O1 -g1: ASan's documented sweet spot (usable speed, exact stack lines) at a fraction of the
# compile time of -O2 -g; they come after the build type's flags, so they win.
option(FORGEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(FORGEDESK_TEST_ENVIRONMENT "")
if(FORGEDESK_SANITIZE)
    set(_forgedesk_san -fsanitize=address,undefined -fno-omit-frame-pointer)
    add_compile_options(${_forgedesk_san} -O1 -g1)
    add_link_options(${_forgedesk_san})
    set(_supp "${CMAKE_SOURCE_DIR}/tests/sanitizers")
    # ':' separates sanitizer options, ';' separates CTest's environment entries.
    list(APPEND FORGEDESK_TEST_ENVIRONMENT
        "ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1"
        "LSAN_OPTIONS=suppressions=${_supp}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=${_supp}/ubsan.supp")
endif()
