# Markdown read back by a CommonMark renderer shows the page's text (see
# markdown_roundtrip.py; cmark-gfm is one of `make test`'s packages, about 10 s).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
if(TARGET pith_cli AND EXISTS ${PROJECT_SOURCE_DIR}/../shared/datasets/trafilatura/manifest.jsonl)
  add_test(NAME markdown_roundtrip
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/markdown_roundtrip.py
                   --pith $<TARGET_FILE:pith_cli> --shared ${PROJECT_SOURCE_DIR}/../shared)
  set_tests_properties(markdown_roundtrip PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
endif()
