#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command against a real Secret Service that nobody else can see: a private D-Bus session
# (dbus-run-session) with gnome-keyring-daemon unlocked in it, and private HOME/XDG folders in a fresh
# temporary folder (toolchain.md, "QtKeychain with a real Secret Service in tests"). Afterwards it stops
# the daemon by its pid (it often outlives the session), removes the folder and exits with the
# command's status. Missing tools are an error, never a silent skip.
#   run-with-keyring.sh <command> [arguments...]
# The command sees SKYUSERS_KEYRING_ROOT, the temporary folder holding all of the above.
set -eu

fail() {
    echo "run-with-keyring.sh: $*" >&2
    exit 1
}

[ $# -ge 1 ] || fail "usage: run-with-keyring.sh <command> [arguments...]"
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 \
        || fail "$tool is missing: install the Debian packages dbus, dbus-daemon, gnome-keyring (tools/test does)"
done

root=$(mktemp -d "${TMPDIR:-/tmp}/skyusers-keyring.XXXXXX") || fail "cannot create a temporary folder"
trap 'rm -rf "$root"' EXIT
trap 'exit 143' TERM INT HUP
mkdir -p "$root/home" "$root/config" "$root/data" "$root/cache" "$root/runtime"
chmod 700 "$root" "$root/runtime"

# Nothing from the caller's desktop may leak in: no display (a keyring prompt must not pop up anywhere),
# no desktop hints (QtKeychain would pick KWallet on KDE), no bus or keyring of the caller.
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL DBUS_SESSION_BUS_ADDRESS SSH_AUTH_SOCK
export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_DATA_HOME="$root/data" \
    XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime" SKYUSERS_KEYRING_ROOT="$root"
# The keyring's own password only encrypts the throw-away login keyring in $root; a fresh one per run.
SKYUSERS_KEYRING_UNLOCK="unlock-$$-$(date +%s%N)"
export SKYUSERS_KEYRING_UNLOCK

status=0
dbus-run-session -- sh -c '
    fail() { echo "run-with-keyring.sh: $*" >&2; exit 1; }
    printf %s "$SKYUSERS_KEYRING_UNLOCK" | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        || fail "gnome-keyring-daemon --unlock failed"
    unset SKYUSERS_KEYRING_UNLOCK

    # The daemon claims org.freedesktop.secrets a moment after --unlock returns: ask until it has.
    pid=
    tries=0
    while [ -z "$pid" ] && [ $tries -lt 100 ]; do
        pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
            | awk "/uint32/ { print \$2 }") || pid=
        [ -n "$pid" ] || sleep 0.1
        tries=$((tries + 1))
    done
    [ -n "$pid" ] || fail "gnome-keyring-daemon never registered org.freedesktop.secrets on the session bus"

    stop_daemon() {
        kill "$pid" 2>/dev/null || return 0
        # Not our child (it daemonised), so "wait" cannot be used: poll until it is gone or a zombie.
        n=0
        while kill -0 "$pid" 2>/dev/null && [ "$(awk "{ print \$3 }" "/proc/$pid/stat" 2>/dev/null)" != Z ]; do
            n=$((n + 1))
            if [ $n -eq 50 ]; then
                echo "run-with-keyring.sh: gnome-keyring-daemon ($pid) ignores SIGTERM, killing it" >&2
                kill -KILL "$pid" 2>/dev/null || true
            fi
            [ $n -lt 100 ] || { echo "run-with-keyring.sh: gnome-keyring-daemon ($pid) did not stop" >&2; return 1; }
            sleep 0.1
        done
    }
    trap stop_daemon EXIT
    trap "exit 143" TERM INT HUP

    status=0
    "$@" || status=$?
    stop_daemon || [ $status -ne 0 ] || status=1
    trap - EXIT
    exit $status
' run-with-keyring "$@" || status=$?

exit $status
