# `cmake --install build` installs libpith.so, the public headers, a CMake
# package (find_package(pith) → pith::pith) and a pkg-config file (pith.pc),
# as the component "library".
include(CMakePackageConfigHelpers)  # GNUInstallDirs: included by the top CMakeLists.txt

set_target_properties(pith_shared PROPERTIES EXPORT_NAME pith)
install(TARGETS pith_shared EXPORT pithTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT library NAMELINK_COMPONENT library)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/pith DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT library)

set(PITH_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/pith)
install(EXPORT pithTargets NAMESPACE pith:: DESTINATION ${PITH_CMAKE_DIR} COMPONENT library)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/pithConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/pithConfig.cmake INSTALL_DESTINATION ${PITH_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/pithConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/pithConfig.cmake ${PROJECT_BINARY_DIR}/pithConfigVersion.cmake
        DESTINATION ${PITH_CMAKE_DIR} COMPONENT library)

# pkg-config, relocatable: the prefix is found from the .pc file's own place.
configure_file(${CMAKE_CURRENT_LIST_DIR}/pith.pc.in ${PROJECT_BINARY_DIR}/pith.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/pith.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT library)
