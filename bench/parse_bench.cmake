# parse_bench: pith's parser against gumbo, libxml2 and a memchr floor over a
# directory of pages (see bench/parse_bench.cc; run by bench/run_parse_bench.sh).
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
find_package(LibXml2 QUIET)
if(LibXml2_FOUND)
  set(pith_bench_libxml2 LibXml2::LibXml2)
else()
  pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)
  set(pith_bench_libxml2 PkgConfig::LIBXML2)
endif()

add_executable(parse_bench ${CMAKE_CURRENT_LIST_DIR}/parse_bench.cc)
target_link_libraries(parse_bench PRIVATE pith PkgConfig::GUMBO ${pith_bench_libxml2})
set_target_properties(parse_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
