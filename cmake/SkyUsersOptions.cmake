# SPDX-License-Identifier: MIT
# One INTERFACE target carries every compiler option; the libraries link it PUBLIC so that
# tests and the executable are built exactly like the code they exercise.
add_library(skyusers_options INTERFACE)
target_compile_features(skyusers_options INTERFACE cxx_std_20)

target_compile_options(skyusers_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor
    -Wshadow -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt Test's one-argument QSKIP trips -Wpedantic under clang.
    target_compile_options(skyusers_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()
if(SKYUSERS_WERROR)
    target_compile_options(skyusers_options INTERFACE -Werror)
endif()

target_compile_definitions(skyusers_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(SKYUSERS_SANITIZE)
    target_compile_options(skyusers_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(skyusers_options INTERFACE -fsanitize=address,undefined)
endif()
