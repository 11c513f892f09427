# SPDX-License-Identifier: MIT
# Windows (untested: no Windows machine builds this project yet): the icon and version resource in
# the executable, Qt's DLLs and plugins beside it (windeployqt, through Qt's deploy script), QtKeychain's
# DLL, and an NSIS installer with a Start menu entry.
configure_file(windows/skyusers.rc.in "${CMAKE_CURRENT_BINARY_DIR}/skyusers.rc" @ONLY)
target_sources(skyusers PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/skyusers.rc")

# Qt 6.4's deploy script runs windeployqt on the installed skyusers.exe; windeployqt copies only Qt's
# own files, so QtKeychain's DLL is installed from its imported target.
qt_generate_deploy_app_script(TARGET skyusers FILENAME_VARIABLE skyusers_deploy_script)
install(SCRIPT "${skyusers_deploy_script}")
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION bin)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_DISPLAY_NAME SkyUsers)
set(CPACK_NSIS_PACKAGE_NAME SkyUsers)
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/skyusers.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/skyusers.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\skyusers.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# CPACK_PACKAGE_EXECUTABLES (packaging/CMakeLists.txt) makes the Start menu shortcut.
