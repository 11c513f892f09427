# SPDX-License-Identifier: MIT
# macOS (untested: no Mac builds this project yet): skyusers.app with our Info.plist and icon, Qt's
# frameworks and plugins inside it (macdeployqt, through Qt's deploy script; it also copies QtKeychain,
# which the binary links), and a drag-and-drop disk image.
set(icon "${CMAKE_CURRENT_SOURCE_DIR}/macos/skyusers.icns")
# Source properties are per directory: set it where the target lives.
set_source_files_properties("${icon}" TARGET_DIRECTORY skyusers PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(skyusers PRIVATE "${icon}")
set_target_properties(skyusers PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SKYUSERS_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME SkyUsers
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE skyusers.icns
    MACOSX_BUNDLE_COPYRIGHT "SkyUsers developers, MIT licence")

qt_generate_deploy_app_script(TARGET skyusers FILENAME_VARIABLE skyusers_deploy_script)
install(SCRIPT "${skyusers_deploy_script}")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME SkyUsers)
set(CPACK_DMG_FORMAT UDBZ)
