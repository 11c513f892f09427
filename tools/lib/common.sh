#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shared by the README's commands: finds the project, installs what is missing, configures and builds.

SKYUSERS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 / Ubuntu packages needed to build, test and run (../shared/toolchain.md).
SKYUSERS_BUILD_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config libcrypt-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libgl1-mesa-dev libxkbcommon-dev
    qtkeychain-qt6-dev libqt6keychain1 libsecret-1-0 dbus dbus-daemon gnome-keyring libsecret-tools
    qt6-httpserver-dev qt6-websockets-dev
    openssl clang-format
    dpkg-dev fakeroot file desktop-file-utils appstream
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run: $* (install sudo or run as root)"
    fi
}

# Installs the named Debian packages that are not installed yet.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no apt-get to install them"
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    as_root apt-get update -qq || die "apt-get update failed: is the Debian package registry reachable?"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        || die "installing packages failed: ${missing[*]}"
}

# configure_and_build <preset>: configures (once) and builds the tree for a CMake preset.
configure_and_build() {
    local preset="$1"
    cd "$SKYUSERS_ROOT" || die "cannot enter $SKYUSERS_ROOT"
    say "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null || die "cmake configure failed for preset $preset"
    say "Building ($preset)"
    cmake --build --preset "$preset" -j "$(nproc)" || die "build failed for preset $preset"
}
