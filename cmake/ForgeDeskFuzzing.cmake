# FORGEDESK_FUZZ=ON (clang only) builds the libFuzzer targets in tests/fuzz and only the libraries they
# need (forgedesk_core, forgedesk_sandbox): no widgets, tests or benchmarks.
# Every object gets coverage instrumentation plus ASan/UBSan; only the fuzz executables link libFuzzer's
# main (-fsanitize=fuzzer).
option(FORGEDESK_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

if(FORGEDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "FORGEDESK_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    if(FORGEDESK_SANITIZE)
        message(FATAL_ERROR "FORGEDESK_FUZZ already builds with ASan/UBSan; leave FORGEDESK_SANITIZE off")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -O1
                        -gline-tables-only)
    add_link_options(-fsanitize=address,undefined)
endif()

# forgedesk_add_fuzzer(NAME target SOURCES ... LIBS ...): one libFuzzer executable.
function(forgedesk_add_fuzzer)
    cmake_parse_arguments(F "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${F_NAME} ${F_SOURCES})
    target_link_libraries(${F_NAME} PRIVATE ${F_LIBS})
    target_link_options(${F_NAME} PRIVATE -fsanitize=fuzzer)
    set_property(GLOBAL APPEND PROPERTY FORGEDESK_FUZZERS ${F_NAME})
endfunction()
