# ctest: installs the build into a temporary prefix inside the build tree, then builds a tiny
# consumer program against it twice (find_package(dossier), and pkg-config) and runs it.
# Variables: BIN (build tree), SRC (source tree), LIBDIR, GENERATOR, CXX.
set(work ${BIN}/install-test)
set(prefix ${work}/prefix)
file(REMOVE_RECURSE ${work})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
endfunction()

run(${CMAKE_COMMAND} --install ${BIN} --prefix ${prefix})
foreach(f include/dossier/dossier.h include/dossier/pipeline.h ${LIBDIR}/libdossier.a
          ${LIBDIR}/cmake/dossier/dossierConfig.cmake ${LIBDIR}/pkgconfig/dossier.pc
          share/dossier/models/lexicon.dsr share/dossier/models/ner.model bin/dossier)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

# find_package(dossier)
run(${CMAKE_COMMAND} -S ${SRC}/tests/install/consumer -B ${work}/cmake-consumer -G ${GENERATOR}
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_PREFIX_PATH=${prefix})
run(${CMAKE_COMMAND} --build ${work}/cmake-consumer)
set(models ${prefix}/share/dossier/models)
execute_process(COMMAND ${work}/cmake-consumer/consumer ${models} RESULT_VARIABLE rc OUTPUT_VARIABLE json)
if(NOT rc EQUAL 0 OR NOT json MATCHES "\"schema_version\"")
  message(FATAL_ERROR "consumer with an explicit models path: exit ${rc}\n${json}")
endif()
set(ENV{DOSSIER_MODELS} ${models})
execute_process(COMMAND ${work}/cmake-consumer/consumer RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "consumer with DOSSIER_MODELS: exit ${rc}")
endif()
unset(ENV{DOSSIER_MODELS})
execute_process(COMMAND ${work}/cmake-consumer/consumer ${work}/no-models RESULT_VARIABLE rc
                OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 3 OR NOT err MATCHES "no-models")
  message(FATAL_ERROR "consumer without models: exit ${rc}, ${err}")
endif()

# pkg-config
set(ENV{PKG_CONFIG_PATH} ${prefix}/${LIBDIR}/pkgconfig)
execute_process(COMMAND pkg-config --cflags --libs dossier RESULT_VARIABLE rc OUTPUT_VARIABLE flags
                ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config dossier: ${err}")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
run(${CXX} -std=c++20 -O1 ${SRC}/tests/install/consumer/main.cc ${flags} -o ${work}/pc-consumer)
execute_process(COMMAND ${work}/pc-consumer ${models} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config consumer: exit ${rc}")
endif()
