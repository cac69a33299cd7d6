# Installers (issue 7). CPack makes the Linux .deb and .tar.gz (built, installed and checked by
# .ci/package-check). The others start from `cmake --install` and have their own tools: the
# Windows MSI the WiX source in installer/windows/, the macOS DMG installer/macos/build-dmg
# (macdeployqt must also be given portdesk-cli, portdesk-sandbox and the modules, which the deploy
# script qt_generate_deploy_app_script writes did not do; and hdiutil needs retrying on GitHub's
# runners, which CPack's DragNDrop does not), the AppImage installer/appimage/.
include(${CMAKE_CURRENT_LIST_DIR}/DesktopIntegration.cmake)

set(CPACK_PACKAGE_NAME portdesk)
set(CPACK_PACKAGE_VENDOR "PortDesk")
set(CPACK_PACKAGE_CONTACT "PortDesk maintainers <maintainers@users.noreply.r-seed-c8b67665.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Telegent number port-in desk for call centers")
# Lines under 80 characters: Debian shows them as they are.
set(CPACK_PACKAGE_DESCRIPTION
    "Agents check a number's eligibility and submit port-ins through the\n"
    "Telegent mPaaS API; supervisors watch every pending port until it\n"
    "completes. Includes portdesk-cli for scripts and portdesk-sandbox, a\n"
    "local simulator of the API for training and testing.")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB;TGZ")
    # Debian wants its copyright file and changelog under /usr/share/doc/<package>.
    install(FILES installer/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/portdesk)
    find_program(GZIP_EXECUTABLE gzip REQUIRED)
    set(portdesk_changelog ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
    add_custom_command(OUTPUT ${portdesk_changelog}
        COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${PROJECT_SOURCE_DIR}/installer/linux/changelog > ${portdesk_changelog}
        DEPENDS ${PROJECT_SOURCE_DIR}/installer/linux/changelog)
    add_custom_target(portdesk_changelog ALL DEPENDS ${portdesk_changelog})
    install(FILES ${portdesk_changelog} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/portdesk)

    # Manual pages made from each program's --help and --version, so they never drift apart.
    find_program(HELP2MAN_EXECUTABLE help2man)
    if(HELP2MAN_EXECUTABLE)
        set(portdesk_man_name_portdesk "submit and track telephone number port-ins (Telegent mPaaS API)")
        set(portdesk_man_name_portdesk-cli "PortDesk for scripts: port-ins, bulk CSV submits and order status")
        set(portdesk_man_name_portdesk-sandbox "local simulator of the Telegent mPaaS port-in API")
        set(portdesk_man_pages)
        foreach(program portdesk portdesk-cli portdesk-sandbox)
            set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${program}.1)
            add_custom_command(OUTPUT ${page}.gz
                COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
                COMMAND ${HELP2MAN_EXECUTABLE} --no-info "--name=${portdesk_man_name_${program}}"
                        --version-string=${PROJECT_VERSION}
                        --output=${page} $<TARGET_FILE:${program}>
                COMMAND ${GZIP_EXECUTABLE} -9 -n -f ${page}
                DEPENDS ${program}
                VERBATIM)
            list(APPEND portdesk_man_pages ${page}.gz)
        endforeach()
        add_custom_target(portdesk_manpages ALL DEPENDS ${portdesk_man_pages})
        install(FILES ${portdesk_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION comm)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so dpkg-shlibdeps cannot see them: QtKeychain dlopens libsecret, and
    # the order registry needs Qt's SQLite driver plugin.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
    # The Secret Service that keeps the credentials; any other implementation works too. Qt's
    # PostgreSQL driver plugin is needed only for a team registry; Qt's own translations give
    # QWizard's and the dialogs' buttons in Spanish and French.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, libqt6sql6-psql, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
