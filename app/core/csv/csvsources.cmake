# SPDX-License-Identifier: MIT
# The CSV sources, listed once: skyusers_core builds them, and so does the libFuzzer build
# (SKYUSERS_FUZZ, tests/fuzz), which compiles nothing else of the core.
set(SKYUSERS_CSV_SOURCES)
foreach(file
        csverror.h
        csvheader.cpp csvheader.h
        csvparser.cpp csvparser.h
        csvreader.cpp csvreader.h
        csvreadresult.h
        csvrecord.h
        csvwriter.cpp csvwriter.h
        usercsvmapper.cpp usercsvmapper.h
        usercsvreader.cpp usercsvreader.h
        usercsvresult.h
        usercsvrow.h)
    list(APPEND SKYUSERS_CSV_SOURCES "${CMAKE_CURRENT_LIST_DIR}/${file}")
endforeach()
