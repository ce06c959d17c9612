# extract_driver: runs the main-content extractor over a dataset manifest and
# writes predictions JSONL for ../shared/tools/score.py (the extractor's own
# quick loop, and the program eval/tune_extractor.py drives).
add_executable(extract_driver ${CMAKE_CURRENT_LIST_DIR}/extract_driver.cc)
target_link_libraries(extract_driver PRIVATE pith_extract pith_output pith_html)
