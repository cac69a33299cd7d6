# Desktop integration (issue 7): the app icon, the .desktop entry and the AppStream metainfo,
# installed where freedesktop desktops look for them. The window icon itself is compiled into
# portdesk (app/entry/CMakeLists.txt).
set(PORTDESK_APP_ID io.portdesk.PortDesk)
set(PORTDESK_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(portdesk_icons_dir ${PROJECT_SOURCE_DIR}/resources/icons)

# The PNGs are rendered from the SVG and committed; `cmake --build build --target icons`
# renders them again (same SVG, same bytes) after the SVG changed.
find_package(Qt6 QUIET COMPONENTS Gui Svg)
if(TARGET Qt6::Svg)
    qt_add_executable(portdesk-render-icons EXCLUDE_FROM_ALL ${portdesk_icons_dir}/render_icons.cpp)
    target_link_libraries(portdesk-render-icons PRIVATE Qt6::Gui Qt6::Svg)
    add_custom_target(icons
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen $<TARGET_FILE:portdesk-render-icons>
                ${portdesk_icons_dir}/${PORTDESK_APP_ID}.svg ${portdesk_icons_dir}/hicolor
        DEPENDS portdesk-render-icons
        COMMENT "Rendering resources/icons/hicolor/*/apps/${PORTDESK_APP_ID}.png from the SVG"
        VERBATIM)
endif()

if(UNIX AND NOT APPLE)
    include(GNUInstallDirs)
    configure_file(installer/linux/${PORTDESK_APP_ID}.metainfo.xml
                   ${CMAKE_CURRENT_BINARY_DIR}/${PORTDESK_APP_ID}.metainfo.xml @ONLY)
    install(FILES installer/linux/${PORTDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${PORTDESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${portdesk_icons_dir}/${PORTDESK_APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size IN LISTS PORTDESK_ICON_SIZES)
        install(FILES ${portdesk_icons_dir}/hicolor/${size}x${size}/apps/${PORTDESK_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()
