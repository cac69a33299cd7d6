#!/usr/bin/env bash
# PortDesk's two commands on a Debian 12 machine (run as root, or as a user with sudo):
#   bash .ci/portdesk.sh app    install what is missing, build, start PortDesk (training mode
#                               when no credentials are set)
#   bash .ci/portdesk.sh test   install what is missing, build, run the whole ctest suite
#                               (keychain tests under a headless Secret Service, GUI offscreen)
# Both are idempotent: packages already installed are not touched, the build is incremental.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PORTDESK_BUILD_DIR:-$root/build}
jobs=${PORTDESK_JOBS:-$(nproc)}

# Build and test dependencies (Debian 12 names). qt6-l10n-tools is not pulled in by
# qt6-tools-dev; libqt6keychain1 dlopens libsecret without depending on it; Qt6HttpServer's
# CMake package needs qt6-websockets-dev, Qt6Charts' needs libqt6opengl6-dev.
packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon dbus-bin dbus-x11
    libphonenumber-dev libprotobuf-dev
    libgl1-mesa-dev libxkbcommon-dev fonts-dejavu-core openssl
    xvfb xauth imagemagick
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "portdesk: installing ${missing[*]}" >&2
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
    fi
}

build_all() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
    fi
    cmake --build "$build" --parallel "$jobs" >&2
}

case "${1:-}" in
app)
    shift
    install_deps
    build_all
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$build/app/entry/portdesk" "$@"
    fi
    echo "portdesk: no display found; starting PortDesk on a virtual X server (xvfb-run)." >&2
    echo "portdesk: use 'portdesk --screenshot FILE' to see it, or run this on a desktop." >&2
    exec xvfb-run -a "$build/app/entry/portdesk" "$@"
    ;;
test)
    install_deps
    build_all
    cd "$build"
    exec "$root/.ci/with-keyring" ctest --output-on-failure --parallel "$jobs" --timeout 300
    ;;
*)
    echo "usage: bash .ci/portdesk.sh app [portdesk options] | test" >&2
    exit 2
    ;;
esac
