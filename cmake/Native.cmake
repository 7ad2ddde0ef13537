# Native build: the CLI, the unit tests and the benchmarks.

# The text version of the analysis (`wiretrace report`, report.html in the site): native only,
# since the page's build runs the native CLI to write it.
file(GLOB WIRETRACE_REPORT_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/report/*.cpp")
add_library(wiretrace_report STATIC ${WIRETRACE_REPORT_SOURCES})
target_link_libraries(wiretrace_report PUBLIC wiretrace_core)
if(NOT MSVC)
  target_compile_options(wiretrace_report PRIVATE -Wall -Wextra -Wno-unused-parameter)
endif()

file(GLOB WIRETRACE_CLI_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/src/cli/*.cpp")
add_executable(wiretrace ${WIRETRACE_CLI_SOURCES})
target_link_libraries(wiretrace PRIVATE wiretrace_core wiretrace_report)

# The analysis of the embedded corpus, as the page will get it. Building it natively here too
# means a bad corpus fails `scripts/test` with file:line before any wasm is built.
include(${CMAKE_SOURCE_DIR}/cmake/Corpus.cmake)
wiretrace_corpus_analysis(corpus_analysis "$<TARGET_FILE:wiretrace>" wiretrace
                          "${CMAKE_BINARY_DIR}/corpus/analysis.json")

enable_testing()
find_package(GTest REQUIRED)
file(GLOB WIRETRACE_TEST_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/tests/core/*.cpp")
add_executable(wiretrace_tests ${WIRETRACE_TEST_SOURCES})
target_link_libraries(wiretrace_tests PRIVATE wiretrace_core wiretrace_report GTest::gtest GTest::gtest_main)
target_compile_definitions(wiretrace_tests PRIVATE
  WIRETRACE_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  WIRETRACE_CLI_PATH="$<TARGET_FILE:wiretrace>")
add_dependencies(wiretrace_tests wiretrace)
include(GoogleTest)
# A test that hangs or goes quadratic on bad input fails at the timeout instead of stalling CI;
# speed itself is measured by the benchmarks, not asserted in tests.
gtest_discover_tests(wiretrace_tests WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" DISCOVERY_TIMEOUT 60
                     PROPERTIES TIMEOUT 120)

find_package(benchmark QUIET)
file(GLOB WIRETRACE_BENCH_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/bench/*.cpp")
if(benchmark_FOUND AND WIRETRACE_BENCH_SOURCES)
  add_executable(wiretrace_bench ${WIRETRACE_BENCH_SOURCES})
  target_link_libraries(wiretrace_bench PRIVATE wiretrace_core benchmark::benchmark benchmark::benchmark_main)
  target_compile_definitions(wiretrace_bench PRIVATE WIRETRACE_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endif()
