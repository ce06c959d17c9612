# confidence_dump: per-page confidence evidence for eval/calibrate_confidence.py.
find_package(nlohmann_json REQUIRED)
add_executable(confidence_dump ${CMAKE_CURRENT_LIST_DIR}/confidence_dump.cc)
target_link_libraries(confidence_dump PRIVATE pith_extract pith_output pith_html nlohmann_json::nlohmann_json)
