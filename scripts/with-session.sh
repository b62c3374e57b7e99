#!/usr/bin/env bash
# Runs a command in a private desktop session: a temporary HOME, a D-Bus session bus, an unlocked
# gnome-keyring (a real Secret Service) and, when there is no display, Xvfb.
# Usage: scripts/with-session.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${LIFTOFF_IN_SESSION:-}" ]; then
    export LIFTOFF_IN_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

session_home=$(mktemp -d -t liftoff-home.XXXXXX)
export HOME="$session_home"
export XDG_RUNTIME_DIR="$session_home/runtime"
export XDG_CONFIG_HOME="$session_home/.config"
export XDG_DATA_HOME="$session_home/.local/share"
export XDG_CACHE_HOME="$session_home/.cache"
export TMPDIR="$session_home/tmp"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$TMPDIR"

cleanup() {
    [ -n "${command_pid:-}" ] && kill "$command_pid" 2>/dev/null || true
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
    [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null || true
    rm -rf "$session_home"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A throw-away password creates and unlocks a fresh "login" keyring in the temporary HOME.
keyring_env=$(head -c 24 /dev/urandom | base64 | gnome-keyring-daemon --daemonize --unlock --components=secrets)
eval "$(printf '%s\n' "$keyring_env" | sed -n 's/^\([A-Z_]*\)=\(.*\)$/export \1="\2"/p')"
keyring_pid=${GNOME_KEYRING_PID:-}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
    for n in $(seq 90 140); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
        Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
        export DISPLAY=":$n"
        break
    done
fi

# In the background, so that a signal to this script ends the command and the session at once.
"$@" &
command_pid=$!
wait "$command_pid"
