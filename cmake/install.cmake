# `cmake --install`: the dossier command, the library with its public headers, the models, a
# CMake package (find_package(dossier) gives dossier::dossier) and a pkg-config file (dossier.pc).
include(CMakePackageConfigHelpers)

set(DOSSIER_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/dossier)
install(TARGETS dossier_lib EXPORT dossierTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY include/dossier DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY models/ DESTINATION ${CMAKE_INSTALL_DATADIR}/dossier/models)
install(EXPORT dossierTargets NAMESPACE dossier:: DESTINATION ${DOSSIER_CMAKE_DIR})

configure_package_config_file(cmake/dossierConfig.cmake.in
  ${PROJECT_BINARY_DIR}/dossierConfig.cmake INSTALL_DESTINATION ${DOSSIER_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/dossierConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/dossierConfig.cmake ${PROJECT_BINARY_DIR}/dossierConfigVersion.cmake
        DESTINATION ${DOSSIER_CMAKE_DIR})

# The static library's own dependencies are in Requires and Libs: there is no shared library.
get_filename_component(DOSSIER_STEMMER_DIR ${STEMMER_LIBRARY} DIRECTORY)
# Relocatable: the prefix is found from where the .pc file lies.
file(RELATIVE_PATH DOSSIER_PC_TO_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
configure_file(cmake/dossier.pc.in ${PROJECT_BINARY_DIR}/dossier.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/dossier.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
