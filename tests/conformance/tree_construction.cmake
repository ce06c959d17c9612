# html5lib-tests tree-construction cases, one `pith parse --tree` process per case
# (see tree_construction.py for the scripting-mode convention).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
if(TARGET pith_cli)
  add_test(NAME html5lib_tree_construction
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/tree_construction.py
                   $<TARGET_FILE:pith_cli>
                   ${PROJECT_SOURCE_DIR}/../shared/html5lib-tests/tree-construction
                   ${CMAKE_CURRENT_LIST_DIR}/known_failures_tree.txt)
  set_tests_properties(html5lib_tree_construction PROPERTIES TIMEOUT 900)
endif()
