# ctest library_install: install the "library" component into a scratch
# prefix, build tests/install/consumer against it with find_package(pith) and
# again with pkg-config, run both on examples/article.html and check what
# they print. Arguments: BUILD_DIR, SOURCE_DIR, WORK_DIR, CXX, PITH_VERSION.
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

function(check_output program)
  run(${program} ${SOURCE_DIR}/examples/article.html)
  foreach(expected "version ${PITH_VERSION}\n" "title Harbour seals return to the estuary\n"
                   "Volunteers counted 214 harbour seals on the mudflats this spring")
    string(FIND "${last_output}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${program} did not print '${expected}':\n${last_output}")
    endif()
  endforeach()
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix} --component library)
foreach(installed include/pith/extract.h include/pith/parse_options.h lib/libpith.so lib/pkgconfig/pith.pc
                  lib/cmake/pith/pithConfig.cmake)
  if(NOT EXISTS ${prefix}/${installed})
    file(GLOB_RECURSE listing RELATIVE ${prefix} ${prefix}/*)
    message(FATAL_ERROR "not installed: ${installed}; the prefix holds: ${listing}")
  endif()
endforeach()

# CMake: find_package(pith) → pith::pith.
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/install/consumer -B ${WORK_DIR}/cmake-build
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build ${WORK_DIR}/cmake-build)
check_output(${WORK_DIR}/cmake-build/consumer)

# pkg-config: `c++ main.cc $(pkg-config --cflags --libs pith)`.
set(ENV{PKG_CONFIG_PATH} ${prefix}/lib/pkgconfig)
run(pkg-config --cflags --libs pith)
separate_arguments(flags UNIX_COMMAND "${last_output}")
run(${CXX} ${SOURCE_DIR}/tests/install/consumer/main.cc ${flags} -Wl,-rpath,${prefix}/lib -o ${WORK_DIR}/pc-consumer)
check_output(${WORK_DIR}/pc-consumer)
message(STATUS "installed library: find_package and pkg-config consumers built and ran")
