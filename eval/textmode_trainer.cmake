# textmode_trainer: fits the text-mode line model; driven by eval/textmode_train.py.
add_executable(textmode_trainer ${CMAKE_CURRENT_LIST_DIR}/textmode_trainer.cc ${CMAKE_CURRENT_LIST_DIR}/textmode_trees.cc)
target_link_libraries(textmode_trainer PRIVATE pith_textmode)
# textmode_driver: text page in, main-content lines out (the model without the CLI).
add_executable(textmode_driver ${CMAKE_CURRENT_LIST_DIR}/textmode_driver.cc)
target_link_libraries(textmode_driver PRIVATE pith_textmode)
