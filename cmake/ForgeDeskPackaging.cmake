# Install rules and the Debian package: `cpack -G DEB` in the build folder writes
# forgedesk_<version>_<arch>.deb with both programs, the .desktop file, the icons, the metainfo, the man
# pages and the Debian copyright and changelog. Dependencies come from dpkg-shlibdeps on the binaries.
include(GNUInstallDirs)

install(TARGETS forgedesk forgedesk-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Debian's hardening for what is installed: full RELRO (lintian's hardening-no-bindnow).
foreach(exe forgedesk forgedesk-sandbox)
    target_link_options(${exe} PRIVATE -Wl,-z,relro -Wl,-z,now)
endforeach()

# Debian policy: gzip -9n (no timestamp, so the package is reproducible) for man pages and the changelog.
find_program(GZIP_PROGRAM gzip REQUIRED)
set(_doc_out ${CMAKE_BINARY_DIR}/package-docs)
set(_gz_outputs)
foreach(src man/forgedesk.1 man/forgedesk-sandbox.1 debian/changelog)
    get_filename_component(name ${src} NAME)
    # A version without a Debian revision is a native package: its changelog is changelog.gz.
    add_custom_command(OUTPUT ${_doc_out}/${name}.gz
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${_doc_out}
                       COMMAND ${GZIP_PROGRAM} -9nc ${CMAKE_SOURCE_DIR}/resources/${src} > ${_doc_out}/${name}.gz
                       DEPENDS ${CMAKE_SOURCE_DIR}/resources/${src} VERBATIM)
    list(APPEND _gz_outputs ${_doc_out}/${name}.gz)
endforeach()
add_custom_target(forgedesk_package_docs ALL DEPENDS ${_gz_outputs})
install(FILES ${_doc_out}/forgedesk.1.gz ${_doc_out}/forgedesk-sandbox.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_doc_out}/changelog.gz ${CMAKE_SOURCE_DIR}/resources/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/forgedesk) # the package name, not the project name

set(CPACK_PACKAGE_NAME forgedesk)
set(CPACK_PACKAGE_VENDOR "The ForgeDesk developers")
set(CPACK_PACKAGE_CONTACT "ForgeDesk developers <forgedesk@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for AttackForge's Self-Service API")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "ForgeDesk edits AttackForge projects and schedules retests through the\n\
Self-Service API: validated forms, a preview of the difference before saving,\n\
local drafts so that no edit is lost, and a calendar of retest windows.\n\
It includes forgedesk-sandbox, a local AttackForge-compatible server for\n\
training and for trying error handling.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY forgedesk)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/forgedesk/forgedesk)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these at run time (not seen by dpkg-shlibdeps): a platform plugin, the keychain back end, and
# Qt's own German texts for its standard buttons and dialogs.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_GENERATOR DEB)
include(CPack)
