# input_kind_check: HTML-or-text detection over dataset pages and their
# fulltext renderings, with the margins of kMinMarkupShare (src/api/input_kind.h).
add_executable(input_kind_check ${CMAKE_CURRENT_LIST_DIR}/input_kind_check.cc)
target_link_libraries(input_kind_check PRIVATE pith)
