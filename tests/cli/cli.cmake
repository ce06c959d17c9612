# The CLI tests run the built `pith` binary (its path is compiled in) and also
# unit-test the CLI's ordered batch runner and progress bar directly.
if(TARGET cli_tests AND TARGET pith_cli)
  add_dependencies(cli_tests pith_cli)
  target_compile_definitions(cli_tests PRIVATE PITH_CLI_PATH="$<TARGET_FILE:pith_cli>")
  target_sources(cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/tools/pith/batch_runner.cc
                 ${PROJECT_SOURCE_DIR}/tools/pith/progress_bar.cc)
  target_include_directories(cli_tests PRIVATE ${PROJECT_SOURCE_DIR}/tools/pith)
  find_package(Threads REQUIRED)
  target_link_libraries(cli_tests PRIVATE Threads::Threads)
endif()
