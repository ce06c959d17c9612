# textmode_bench: text mode's single-threaded throughput over the visible text
# of a directory of pages (see bench/textmode_bench.cc; run by bench/run_textmode_bench.sh).
add_executable(textmode_bench ${CMAKE_CURRENT_LIST_DIR}/textmode_bench.cc)
target_link_libraries(textmode_bench PRIVATE pith)
set_target_properties(textmode_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
