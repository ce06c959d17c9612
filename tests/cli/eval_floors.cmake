# The evaluation gate: pith over the four shared datasets, scores checked
# against eval/floors.json (about 10 s on 2 cores). Results go to the build
# directory so tests never write into the source tree.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
if(TARGET pith_cli AND EXISTS ${PROJECT_SOURCE_DIR}/../shared/datasets/trafilatura/manifest.jsonl)
  add_test(NAME eval_floors
           COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/eval/run_eval.py
                   --pith $<TARGET_FILE:pith_cli> -j 2 --check-floors
                   --results ${PROJECT_BINARY_DIR}/eval-results)
  set_tests_properties(eval_floors PROPERTIES TIMEOUT 300)
endif()
