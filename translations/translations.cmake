# SPDX-License-Identifier: MIT
# The catalogues, compiled by lrelease and embedded as resources under :/i18n in skyusers_core, the one library
# every executable links (the app and the tests that prove the catalogues load). qt_add_resources on a static
# library links its resource object into each consumer, so no Q_INIT_RESOURCE is needed for them.
#
# Qt 6.4's qt_add_translations() would also run lupdate on the English catalogue without -pluralonly, filling it
# with every string; so its two halves are used directly: lrelease plus resources here, and lupdate through
# tools/update-translations (target update_translations; ctest translations_up_to_date checks the result).
set(SKYUSERS_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/skyusers_de.ts
    ${PROJECT_SOURCE_DIR}/translations/skyusers_en.ts
    ${PROJECT_SOURCE_DIR}/translations/skyusers_zh_CN.ts)
qt_add_lrelease(skyusers_core
    TS_FILES ${SKYUSERS_TS_FILES}
    QM_FILES_OUTPUT_VARIABLE skyusers_qm_files
    OPTIONS -silent)
qt_add_resources(skyusers_core skyusers_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${skyusers_qm_files})

add_custom_target(update_translations
    COMMAND ${CMAKE_COMMAND} -E env LUPDATE=$<TARGET_FILE:Qt6::lupdate>
            ${PROJECT_SOURCE_DIR}/tools/update-translations
    COMMENT "Updating translations/*.ts from the sources"
    VERBATIM USES_TERMINAL)
