# SPDX-License-Identifier: MIT
# Linux: the desktop entry, AppStream metainfo, the icon theme sizes and the man page, installed under
# the prefix (/usr in the Debian package), plus the Debian package's own fields.
include(GNUInstallDirs)

install(FILES linux/${SKYUSERS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES linux/${SKYUSERS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/skyusers.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES linux/icons/skyusers-${size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME skyusers.png)
endforeach()

# Debian policy: man pages are gzipped with -9 and without a time stamp (-n), so builds are reproducible.
find_program(SKYUSERS_GZIP gzip REQUIRED)
set(manpage "${CMAKE_CURRENT_BINARY_DIR}/skyusers.1.gz")
add_custom_command(OUTPUT "${manpage}"
    COMMAND "${SKYUSERS_GZIP}" -9nc "${CMAKE_CURRENT_SOURCE_DIR}/linux/skyusers.1" > "${manpage}"
    DEPENDS linux/skyusers.1
    COMMENT "Compressing the man page"
    VERBATIM)
add_custom_target(skyusers_manpage ALL DEPENDS "${manpage}")
install(FILES "${manpage}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# CPack puts the summary on the first line and indents these lines itself.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "SkyUsers lists the users of a SkyPilot API server that runs with HTTP Basic
authentication and lets an admin change roles, create users, reset passwords,
delete users and import or export them as CSV. Passwords are kept only in the
system keychain (Secret Service).")
# Qt, QtKeychain and the C++ runtime come from dpkg-shlibdeps, which reads what the binary links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: QtKeychain dlopens libsecret, and the
# platform plugins and the SVG icon engine are Qt plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, libqt6svg6")
# A Secret Service to keep the password in; without one SkyUsers works but asks at every start.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
