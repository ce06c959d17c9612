# pith_metadata_dump: Metadata as JSON lines, input for eval/metadata_eval.py.
# Built from the metadata sources directly (not pith_extract) so that the
# metadata evaluation runs even while the content extractor is being changed.
find_package(nlohmann_json REQUIRED)
file(GLOB pith_metadata_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/extract/metadata/*.cc)
add_executable(pith_metadata_dump ${CMAKE_CURRENT_LIST_DIR}/metadata_dump.cc ${pith_metadata_sources})
target_link_libraries(pith_metadata_dump PRIVATE pith_html pith_dom nlohmann_json::nlohmann_json)
