#!/usr/bin/env bash
# PortDesk's two commands on a Debian 12 machine (run as root, or as a user with sudo):
#   bash .ci/portdesk.sh app    install what is missing, build, start PortDesk (training mode
#                               when no credentials are set)
#   bash .ci/portdesk.sh test   install what is missing, check the formatting (clang-format),
#                               build, check the translations, run the libFuzzer targets for a
#                               short time each while it builds, installs and checks the packages
#                               (.ci/package-check: .deb, .tar.gz, the MSI under wine, the
#                               AppImage in a clean Debian chroot), then the whole
#                               ctest suite (keychain tests under a headless Secret Service,
#                               PostgreSQL tests against a throw-away server, GUI offscreen)
# Both are idempotent: packages already installed are not touched, the build is incremental.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PORTDESK_BUILD_DIR:-$root/build}
jobs=${PORTDESK_JOBS:-$(nproc)}

# Build and test dependencies (Debian 12 names). qt6-l10n-tools is not pulled in by
# qt6-tools-dev; libqt6keychain1 dlopens libsecret without depending on it; Qt6HttpServer's
# CMake package needs qt6-websockets-dev, Qt6Charts' needs libqt6opengl6-dev; qt6-translations-l10n
# has Qt's own catalogues (qtbase_es.qm: QWizard's buttons in Spanish). The real-desktop tier
# needs a window manager (openbox), XTest input (xdotool), xprop (x11-utils) and AT-SPI with
# Debian's python3 bindings (pyatspi; the tier runs /usr/bin/python3, not a python on PATH).
# clang-format (14) checks the layout of every C++ file against .clang-format. poppler-utils:
# pdftotext reads the Letter of Authorization back in its test, pdftoppm renders its screenshots.
# The AppImage (installer/appimage/): squashfs-tools and zsync make it, patchelf sets RUNPATHs,
# the runtime links Debian's static squashfuse, fuse3 and decompressors, libappimage-dev reads
# the result independently, debootstrap makes the clean Debian it runs on. wine (64-bit only)
# runs msiexec on the MSI.
packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql postgresql
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon dbus-bin dbus-x11
    libphonenumber-dev libprotobuf-dev
    libgl1-mesa-dev libxkbcommon-dev fonts-dejavu-core openssl libssl-dev
    clang libclang-rt-14-dev clang-format
    xvfb xauth imagemagick poppler-utils
    openbox xdotool x11-utils at-spi2-core python3-pyatspi gir1.2-atspi-2.0 python3-gi
    dpkg-dev file lintian appstream desktop-file-utils msitools wixl curl help2man
    squashfs-tools zsync patchelf libsquashfuse-dev fuse3 libfuse3-dev zlib1g-dev liblzma-dev liblzo2-dev
    liblz4-dev libzstd-dev libappimage-dev debootstrap wine wine64
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

fuzz_targets=(fuzz_error_body fuzz_responses fuzz_phone_number fuzz_csv)

# libFuzzer targets, built with clang in a tree of their own and run for a bounded time each.
# A crash fails the command; the inputs found are kept in build-fuzz/corpus/.
fuzz_build=${PORTDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}
build_fuzzers() {
    if [ ! -f "$fuzz_build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$fuzz_build" -G Ninja "${release_flags[@]}" \
            -DCMAKE_CXX_COMPILER=clang++ -DPORTDESK_FUZZ=ON -DPORTDESK_BUILD_TESTS=OFF >&2
    fi
    cmake --build "$fuzz_build" --parallel "$jobs" --target "${fuzz_targets[@]}" >&2
}
run_fuzzers() {
    local seconds=${PORTDESK_FUZZ_SECONDS:-20}
    for target in "${fuzz_targets[@]}"; do
        mkdir -p "$fuzz_build/corpus/$target"
        local log="$fuzz_build/$target.log"
        if ! (cd "$fuzz_build" && "$fuzz_build/tests/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
                "$fuzz_build/corpus/$target" "$root/tests/fuzz/corpus/$target") >"$log" 2>&1; then
            tail -n 40 "$log"
            echo "portdesk: $target found a crash (input saved in $fuzz_build)" >&2
            return 1
        fi
        echo "$target: $(grep -oE 'number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+') executions in ${seconds} s, no crash"
    done
}

# Line tables only (-g1): backtraces keep their files and lines, while full debug info made the
# objects five times larger and the ~100 test executables slow to link (the clean build is most
# of the test command's time).
release_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")

build_all() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja "${release_flags[@]}" >&2
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
    # The clean Debian the AppImage is run on (~85 s of download and unpacking the first time on a
    # machine): made in the background while the build keeps both cores busy; package-check waits.
    as_root "$root/.ci/debian-chroot" prepare >/dev/null 2>&1 &
    "$root/.ci/check-format" # every C++ file as .clang-format says (~2 s)
    build_all
    "$root/.ci/check-translations" # every .ts up to date and complete (~0.3 s)
    build_fuzzers
    # A fuzzer keeps one core busy for its 80 s; the package checks (mostly waiting on dpkg, disks,
    # wine and windows) take the other one meanwhile.
    run_fuzzers &
    fuzzing=$!
    "$root/.ci/package-check" || { kill "$fuzzing" 2>/dev/null; exit 1; }
    wait "$fuzzing"
    cd "$build"
    exec "$root/.ci/with-keyring" ctest --output-on-failure --parallel "$jobs" --timeout 300
    ;;
*)
    echo "usage: bash .ci/portdesk.sh app [portdesk options] | test" >&2
    exit 2
    ;;
esac
