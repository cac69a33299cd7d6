# portdesk.app's identity on macOS (issue 13), included by app/entry/CMakeLists.txt: the Info.plist
# (Info.plist.in beside this file, filled from the target properties below) and the Dock/Finder
# icon. The icon is made at build time by Apple's iconutil from the committed PNGs
# (resources/icons/hicolor), so the SVG stays the one source and no binary .icns is committed.
find_program(ICONUTIL_EXECUTABLE iconutil REQUIRED)
set(portdesk_iconset ${CMAKE_CURRENT_BINARY_DIR}/portdesk.iconset)
set(portdesk_icns ${CMAKE_CURRENT_BINARY_DIR}/portdesk.icns)
# iconutil wants icon_<n>x<n>.png and icon_<n>x<n>@2x.png (2n pixels) in a folder named *.iconset.
# There is no 1024-pixel PNG, so the set has no icon_512x512@2x; macOS scales the 512 one.
set(portdesk_iconset_commands)
foreach(pair 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x 256:256x256
             512:256x256@2x 512:512x512)
    string(REPLACE ":" ";" pair ${pair})
    list(GET pair 0 pixels)
    list(GET pair 1 name)
    list(APPEND portdesk_iconset_commands COMMAND ${CMAKE_COMMAND} -E copy
         ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${pixels}x${pixels}/apps/io.portdesk.PortDesk.png
         ${portdesk_iconset}/icon_${name}.png)
endforeach()
add_custom_command(OUTPUT ${portdesk_icns}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${portdesk_iconset}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${portdesk_iconset}
    ${portdesk_iconset_commands}
    COMMAND ${ICONUTIL_EXECUTABLE} --convert icns --output ${portdesk_icns} ${portdesk_iconset}
    DEPENDS ${portdesk_icon_pngs}
    COMMENT "Making portdesk.icns from the PNGs with iconutil"
    VERBATIM)
target_sources(portdesk PRIVATE ${portdesk_icns})
set_source_files_properties(${portdesk_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# The same application ID as the Linux desktop entry and AppStream metainfo.
set_target_properties(portdesk PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER io.portdesk.PortDesk
    MACOSX_BUNDLE_BUNDLE_NAME PortDesk
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "© 2026 the PortDesk maintainers"
    MACOSX_BUNDLE_ICON_FILE portdesk.icns)
