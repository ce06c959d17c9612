# HTML-or-text detection over every dataset page and its fulltext rendering
# (eval/input_kind_check.cc): any input on the wrong side fails (about 2 s).
if(TARGET input_kind_check AND EXISTS ${PROJECT_SOURCE_DIR}/../shared/datasets/trafilatura/pages)
  add_test(NAME input_kind_check
           COMMAND input_kind_check ${PROJECT_SOURCE_DIR}/../shared/datasets/trafilatura/pages
                   ${PROJECT_SOURCE_DIR}/../shared/datasets/readability/pages
                   ${PROJECT_SOURCE_DIR}/../shared/datasets/dragnet/pages
                   ${PROJECT_SOURCE_DIR}/../shared/datasets/cleanportaleval/pages)
endif()
