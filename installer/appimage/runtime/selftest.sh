#!/usr/bin/env bash
# Checks PortDesk's AppImage runtime by building a tiny AppImage around it and running it every
# way it can be run: mounted through FUSE (root, and non-root through fusermount3), falling back
# to extract-and-run when FUSE is missing, each --appimage-* option, TARGET_APPIMAGE, signals.
# After every run, no mount and no temporary directory may be left behind.
#
# Usage: selftest.sh RUNTIME     (needs mksquashfs; root for the FUSE, non-root and no-FUSE cases)
# One line per check; "NOT CHECKED: why" when a case cannot run here; exits non-zero on a failure.
set -euo pipefail

runtime=${1:?usage: selftest.sh RUNTIME}
runtime=$(realpath "$runtime")
command -v mksquashfs >/dev/null || { echo "FAIL: mksquashfs not found (package squashfs-tools)" >&2; exit 1; }

work=$(mktemp -d /tmp/portdesk-runtime-selftest.XXXXXX)
chmod 755 "$work"
background=() # runtimes started with &, ended (with their children) if a check fails midway
cleanup() {
    local mp pid
    for pid in "${background[@]}"; do
        pkill -KILL -P "$pid" 2>/dev/null || true
        kill -KILL "$pid" 2>/dev/null || true
    done
    for mp in $(grep -o "$work/[^ ]*" /proc/mounts 2>/dev/null || true); do umount -l "$mp" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
unchecked=0
not_checked() {
    echo "NOT CHECKED: $*"
    unchecked=$((unchecked + 1))
}

# Every run gets its own TMPDIR, so "nothing left behind" is exact.
export TMPDIR=$work/tmp
mkdir -p "$TMPDIR"
unset APPIMAGE_EXTRACT_AND_RUN NO_CLEANUP TARGET_APPIMAGE
leftovers() { # $1: the TMPDIR used
    if grep -q "$work/" /proc/mounts; then echo "mounted: $(grep -o "$work/[^ ]*" /proc/mounts)"; fi
    if [ -n "$(ls -A "$1")" ]; then echo "left in TMPDIR: $(ls -A "$1")"; fi
}
expect_clean() { # $1: what ran, $2: its TMPDIR
    local left
    left=$(leftovers "${2:-$TMPDIR}")
    [ -z "$left" ] || fail "$1: $left"
}

# --- the tiny AppImage ---------------------------------------------------------------------
appdir=$work/AppDir
mkdir -p "$appdir/usr/bin" "$appdir/usr/share/deep/er"
cat >"$appdir/AppRun" <<'EOF'
#!/bin/sh
printf 'APPDIR=%s\nAPPIMAGE=%s\nARGV0=%s\nOWD=%s\nPWD=%s\n' "$APPDIR" "$APPIMAGE" "$ARGV0" "$OWD" "$(pwd)"
printf 'ARG=[%s]\n' "$@"
case "$1" in
exit*) exit "${1#exit}" ;;
sleep-forever) : >"$2"; exec sleep 1000 ;;
esac
"$APPDIR/usr/bin/tool"
cat "$APPDIR/link"
EOF
printf '#!/bin/sh\necho tool-ran\n' >"$appdir/usr/bin/tool"
chmod 755 "$appdir/AppRun" "$appdir/usr/bin/tool"
echo deep-content >"$appdir/usr/share/deep/er/file.txt"
head -c 400000 /dev/urandom >"$appdir/usr/share/big.bin" # several data blocks and a fragment
: >"$appdir/usr/share/empty"
ln -s usr/share/deep/er/file.txt "$appdir/link"
mksquashfs "$appdir" "$work/payload.squashfs" -root-owned -noappend -comp zstd -quiet >/dev/null
image=$work/test.AppImage
cat "$runtime" "$work/payload.squashfs" >"$image"
chmod 755 "$image"
cd "$work"

# --- the format ----------------------------------------------------------------------------
[ "$(od -An -tx1 -j8 -N3 "$runtime" | tr -d ' ')" = "414902" ] || fail "magic AI\\x02 is not at offset 8"
ok "format: magic 'AI\\x02' at offset 8"
[ "$("$image" --appimage-offset)" = "$(stat -c %s "$runtime")" ] || fail "--appimage-offset is not the runtime's size"
ok "format: --appimage-offset = size of the runtime ($(stat -c %s "$runtime") bytes), the payload follows it"
if command -v readelf >/dev/null; then
    readelf -SW "$runtime" | grep -Eq '\.upd_info +PROGBITS +[0-9a-f]+ +[0-9a-f]+ +000400 ' ||
        fail ".upd_info is not a 1024-byte section"
    ok "format: section .upd_info, 1024 bytes"
else
    not_checked "the .upd_info section size (no readelf)"
fi
# Not ldd: glibc's loader refuses to inspect any ELF whose e_ident padding holds the AppImage
# magic, so ldd says "not a dynamic executable" for a dynamic runtime too.
if ! command -v readelf >/dev/null; then
    not_checked "static linking (no readelf)"
elif ! readelf -lW "$runtime" | grep -q 'INTERP'; then
    readelf -d "$runtime" | grep -q NEEDED && fail "the runtime has NEEDED libraries but no interpreter"
    ok "format: statically linked (no program interpreter, no NEEDED libraries)"
else # built with -DRUNTIME_STATIC_GLIBC=OFF: glibc may be shared, nothing else
    others=$(readelf -d "$runtime" | grep NEEDED | grep -v '\[libc\.so\.6\]' || true)
    [ -z "$others" ] || fail "the runtime needs shared libraries besides glibc: $others"
    ok "format: glibc linked dynamically (NEEDED libc.so.6 only), everything else statically"
fi

# Runs the AppImage, keeping stdout, stderr and the status; $1: label, rest: the command.
run() {
    local label=$1
    shift
    set +e
    "$@" >"$work/out" 2>"$work/err"
    status=$?
    set -e
    out=$(cat "$work/out")
    err=$(cat "$work/err")
}
has() { grep -qxF -- "$2" <<<"$1"; }
# What AppRun printed proves it ran from dir (prefix) with these arguments.
expect_apprun() { # $1: label, $2: APPDIR prefix, $3: OWD, rest: expected arguments
    local label=$1 prefix=$2 owd=$3 arg
    shift 3
    grep -q "^APPDIR=$prefix" <<<"$out" || fail "$label: APPDIR is not $prefix*: $out $err"
    has "$out" "APPIMAGE=$image" || fail "$label: APPIMAGE is not $image: $out"
    has "$out" "OWD=$owd" || fail "$label: OWD is not $owd: $out"
    has "$out" "PWD=$owd" || fail "$label: AppRun did not start in the caller's directory: $out"
    for arg in "$@"; do has "$out" "ARG=[$arg]" || fail "$label: argument '$arg' not passed as one: $out"; done
}

# --- 1. root, FUSE -------------------------------------------------------------------------
if [ "$(id -u)" != 0 ]; then
    not_checked "mounting as root (run the selftest as root)"
elif [ ! -c /dev/fuse ]; then
    not_checked "mounting as root (no /dev/fuse here)"
else
    run fuse "$image" exit7 "b c" ""
    [ "$status" = 7 ] || fail "root+FUSE: exit status $status, expected AppRun's 7: $err"
    expect_apprun "root+FUSE" "$TMPDIR/.mount_test" "$work" exit7 "b c" ""
    [ -z "$err" ] || fail "root+FUSE: unexpected stderr: $err"
    expect_clean "root+FUSE"
    ok "root+FUSE: mounted at \$TMPDIR/.mount_test*, args passed as given, exit status 7 handed on, unmounted and mount point removed"
    run fuse "$image"
    has "$out" "tool-ran" && has "$out" "deep-content" || fail "root+FUSE: nested executable or symlink unreadable: $out"
    has "$out" "ARGV0=$image" || fail "root+FUSE: ARGV0 is not argv[0]: $out"
    expect_clean "root+FUSE"
    ok "root+FUSE: nested executable ran, symlink followed, ARGV0 = argv[0]"
fi

# --- 2. non-root ---------------------------------------------------------------------------
user=nobody
if [ "$(id -u)" != 0 ] || ! command -v runuser >/dev/null || ! id "$user" >/dev/null 2>&1; then
    not_checked "non-root runs (need root, runuser and the user $user to switch to)"
else
    utmp=$work/utmp
    mkdir -p "$utmp"
    chown "$user" "$utmp"
    run nonroot runuser -u "$user" -- env TMPDIR="$utmp" "$image" exit0 x
    [ "$status" = 0 ] || fail "non-root: exit status $status: $err"
    expect_clean "non-root" "$utmp"
    if grep -q "^APPDIR=$utmp/.mount_" <<<"$out"; then
        [ -z "$err" ] || fail "non-root: unexpected stderr: $err"
        ok "non-root ($user): mounted through fusermount3 ($(stat -c %A /dev/fuse) /dev/fuse), cleaned up"
    else
        [ "$(wc -l <<<"$err")" = 1 ] && grep -q "FUSE is not available" <<<"$err" ||
            fail "non-root: no mount and no one-line fallback message: $err"
        grep -q "^APPDIR=$utmp/appimage_extracted_" <<<"$out" || fail "non-root: did not run extracted: $out"
        ok "non-root ($user): FUSE refused here ($(sed 's/.*(\(.*\)).*/\1/' <<<"$err")), fell back to extract-and-run, tree removed"
    fi
    # The fusermount3 path itself, with a /dev/fuse anyone may open (as on a desktop), in a
    # private mount namespace so the host's /dev stays as it is.
    if [ ! -u "$(command -v fusermount3 || echo /nonexistent)" ]; then
        not_checked "non-root through fusermount3 (no setuid fusermount3; package fuse3)"
    elif ! command -v unshare >/dev/null; then
        not_checked "non-root through fusermount3 (no unshare)"
    else
        mkdir -p "$work/dev"
        run fusermount3 unshare -m bash -c "mount -t tmpfs tmpfs '$work/dev' && mknod '$work/dev/fuse' c 10 229 &&
            chmod 666 '$work/dev/fuse' && mount --bind '$work/dev/fuse' /dev/fuse || exit 99
            runuser -u '$user' -- env TMPDIR='$utmp' '$image' exit0 'b c'; rc=\$?
            grep -q '$utmp/' /proc/mounts && exit 98; exit \$rc"
        if [ "$status" = 99 ]; then
            not_checked "non-root through fusermount3 (cannot make a private /dev/fuse here: $err)"
        else
            [ "$status" = 0 ] || fail "non-root through fusermount3: status $status (98: still mounted): $err"
            expect_apprun "non-root+fusermount3" "$utmp/.mount_test" "$work" exit0 "b c"
            [ -z "$err" ] || fail "non-root through fusermount3: unexpected stderr: $err"
            expect_clean "non-root through fusermount3" "$utmp"
            ok "non-root ($user) with an open /dev/fuse: mounted through setuid fusermount3, unmounted, mount point removed"
        fi
    fi
    # No fusermount3 on PATH: the runtime must not even try.
    run nopath runuser -u "$user" -- env TMPDIR="$utmp" PATH=/nonexistent "$image" exit0
    [ "$status" = 0 ] && [ "$(wc -l <<<"$err")" = 1 ] && grep -q "FUSE is not available (no fusermount3 on PATH)" <<<"$err" ||
        fail "non-root without fusermount3 on PATH: status $status: $err"
    expect_clean "non-root without fusermount3" "$utmp"
    ok "non-root without fusermount3 on PATH: one line '$(cut -c1-60 <<<"${err#"$image": }")...', extracted, ran, removed"
fi

# --- 3. FUSE unavailable (/dev/fuse hidden) ------------------------------------------------
if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null; then
    not_checked "hiding /dev/fuse (needs root and unshare)"
else
    run nofuse unshare -m bash -c "mount --bind /dev/null /dev/fuse || exit 99; exec '$image' exit4 'b c'"
    [ "$status" != 99 ] || fail "cannot hide /dev/fuse: $err"
    [ "$status" = 4 ] || fail "no FUSE: exit status $status, expected 4: $err"
    [ "$(wc -l <<<"$err")" = 1 ] && grep -q "FUSE is not available" <<<"$err" || fail "no FUSE: not one fallback line: $err"
    expect_apprun "no FUSE" "$TMPDIR/appimage_extracted_test" "$work" exit4 "b c"
    expect_clean "no FUSE"
    ok "no FUSE: one line on stderr, extract-and-run, status 4 handed on, tree removed"
fi

# --- 3b. no /proc (a bare chroot): the runtime finds itself through argv[0] -----------------
if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null; then
    not_checked "running without /proc (needs root and unshare)"
else
    run noproc unshare -m bash -c "mount -t tmpfs none /proc || exit 99; exec '$image' exit0 p"
    [ "$status" != 99 ] || fail "cannot hide /proc: $err"
    [ "$status" = 0 ] && has "$out" "APPIMAGE=$image" && has "$out" "ARG=[p]" || fail "without /proc: $status $out $err"
    expect_clean "without /proc"
    run noproc_path unshare -m bash -c "mount -t tmpfs none /proc && PATH='$work':\$PATH && cd / && exec test.AppImage exit0"
    [ "$status" = 0 ] && has "$out" "APPIMAGE=$image" || fail "without /proc, found on PATH: $status $out $err"
    expect_clean "without /proc, found on PATH"
    ok "no /proc mounted: the AppImage found itself from argv[0] (a path, or a name on PATH) and ran"
fi

# --- 4. the options ------------------------------------------------------------------------
run extract "$image" --appimage-extract
[ "$status" = 0 ] || fail "--appimage-extract: status $status: $err"
[ -x squashfs-root/AppRun ] && [ -x squashfs-root/usr/bin/tool ] && [ ! -x squashfs-root/usr/share/deep/er/file.txt ] ||
    fail "--appimage-extract: modes not kept"
[ "$(readlink squashfs-root/link)" = usr/share/deep/er/file.txt ] || fail "--appimage-extract: symlink not kept"
[ "$(cat squashfs-root/link)" = deep-content ] || fail "--appimage-extract: nested file wrong"
cmp -s squashfs-root/usr/share/big.bin "$appdir/usr/share/big.bin" && [ -f squashfs-root/usr/share/empty ] ||
    fail "--appimage-extract: a multi-block or empty file differs"
has "$out" "squashfs-root/usr/share/deep/er/file.txt" || fail "--appimage-extract: paths not printed: $out"
ok "--appimage-extract: ./squashfs-root with nested dirs, symlink, executable bits, 400 kB and empty files intact; paths printed"
rm -rf squashfs-root
run extract "$image" --appimage-extract 'usr/bin/*'
[ "$status" = 0 ] && [ -x squashfs-root/usr/bin/tool ] && [ ! -e squashfs-root/AppRun ] && [ ! -e squashfs-root/usr/share ] ||
    fail "--appimage-extract PATTERN: wrong selection: $(find squashfs-root) $err"
rm -rf squashfs-root
ok "--appimage-extract 'usr/bin/*': only the matching paths"

run ear "$image" --appimage-extract-and-run exit3 "b c"
[ "$status" = 3 ] || fail "--appimage-extract-and-run: status $status: $err"
expect_apprun "--appimage-extract-and-run" "$TMPDIR/appimage_extracted_test" "$work" exit3 "b c"
has "$out" "ARG=[--appimage-extract-and-run]" && fail "--appimage-extract-and-run: the option reached AppRun"
expect_clean "--appimage-extract-and-run"
ok "--appimage-extract-and-run: ran from \$TMPDIR/appimage_extracted_*, status 3 handed on, tree removed"
run env_ear env APPIMAGE_EXTRACT_AND_RUN=1 "$image" exit0
grep -q "^APPDIR=$TMPDIR/appimage_extracted_" <<<"$out" || fail "APPIMAGE_EXTRACT_AND_RUN=1 did not extract: $out"
expect_clean "APPIMAGE_EXTRACT_AND_RUN=1"
ok "APPIMAGE_EXTRACT_AND_RUN=1: extract-and-run, tree removed"
run keep env NO_CLEANUP=1 "$image" --appimage-extract-and-run exit0
[ -x "$(ls -d "$TMPDIR"/appimage_extracted_test*)/AppRun" ] || fail "NO_CLEANUP=1: tree not kept"
rm -rf "${TMPDIR:?}"/*
ok "NO_CLEANUP=1: the extracted tree is kept"

if [ "$(id -u)" = 0 ] && [ -c /dev/fuse ]; then
    "$image" --appimage-mount >"$work/mount.out" 2>"$work/mount.err" &
    mounter=$!
    background+=("$mounter")
    for _ in $(seq 50); do [ -s "$work/mount.out" ] && break; sleep 0.1; done
    mountpoint=$(cat "$work/mount.out")
    [ -x "$mountpoint/AppRun" ] && [ -n "$mountpoint" ] || fail "--appimage-mount: nothing readable at '$mountpoint': $(cat "$work/mount.err")"
    cmp -s "$mountpoint/usr/share/big.bin" "$appdir/usr/share/big.bin" || fail "--appimage-mount: a multi-block file differs"
    kill -TERM "$mounter"
    wait "$mounter" || fail "--appimage-mount: status $? after SIGTERM"
    expect_clean "--appimage-mount"
    ok "--appimage-mount: mount point printed, payload readable (400 kB file intact), unmounted and removed on SIGTERM"
else
    not_checked "--appimage-mount (no root FUSE here)"
fi

"$image" --appimage-help | grep -q -- "--appimage-extract-and-run" || fail "--appimage-help lists no options"
ok "--appimage-help"
"$image" --appimage-version | grep -qE '^PortDesk AppImage runtime [0-9]' || fail "--appimage-version: $("$image" --appimage-version)"
ok "--appimage-version: $("$image" --appimage-version)"
[ -z "$("$image" --appimage-updateinformation)" ] || fail "--appimage-updateinformation: not empty before patching"
update='gh-releases-zsync|portdesk|portdesk|latest|PortDesk-*x86_64.AppImage.zsync'
if command -v readelf >/dev/null; then
    # Field positions shift for sections numbered below 10 ("[ 9]"), so match the row's text.
    at=$((16#$(readelf -SW "$image" | sed -n 's/^ *\[ *[0-9]*\] *\.upd_info *PROGBITS *[0-9a-f]* *\([0-9a-f]*\) .*/\1/p')))
    printf '%s' "$update" | dd of="$image" bs=1 seek="$at" conv=notrunc status=none
    [ "$("$image" --appimage-updateinformation)" = "$update" ] || fail "--appimage-updateinformation after patching"
    ok "--appimage-updateinformation: prints the bytes patched into .upd_info"
else
    not_checked "--appimage-updateinformation after patching (no readelf to find the section)"
fi
run unknown "$image" --appimage-frobnicate
[ "$status" = 1 ] && grep -q "unknown option --appimage-frobnicate" <<<"$err" || fail "unknown option: status $status: $err"
ok "unknown --appimage-* option: message, status 1"
run later "$image" exit0 --appimage-offset
has "$out" "ARG=[--appimage-offset]" || fail "an option after argv[1] did not reach AppRun: $out"
expect_clean "option as a later argument"
ok "an --appimage-* word after the first argument goes to AppRun"

cp "$runtime" "$work/bare-runtime"
run target env TARGET_APPIMAGE="$image" "$work/bare-runtime" exit0 t
[ "$status" = 0 ] && has "$out" "ARG=[t]" && has "$out" "APPIMAGE=$image" || fail "TARGET_APPIMAGE: $status $out $err"
expect_clean "TARGET_APPIMAGE"
ok "TARGET_APPIMAGE: the bare runtime ran that file's payload with APPIMAGE set to it"

run missing env TARGET_APPIMAGE="$work/nonexistent.AppImage" "$work/bare-runtime"
[ "$status" = 1 ] && grep -q "cannot open the AppImage $work/nonexistent.AppImage" <<<"$err" || fail "missing file: $err"
ok "error: cannot open the AppImage (names the file)"
run nopayload "$work/bare-runtime"
[ "$status" = 1 ] && grep -q "$work/bare-runtime: no squashfs payload at offset" <<<"$err" || fail "no payload: $err"
ok "error: no squashfs payload at the offset (names the file)"
mkdir -p "$work/NoAppRun" && echo x >"$work/NoAppRun/readme"
mksquashfs "$work/NoAppRun" "$work/noapprun.squashfs" -root-owned -noappend -comp zstd -quiet >/dev/null
cat "$runtime" "$work/noapprun.squashfs" >"$work/noapprun.AppImage" && chmod 755 "$work/noapprun.AppImage"
run noapprun "$work/noapprun.AppImage" --appimage-extract-and-run
[ "$status" = 127 ] && grep -q "noapprun.AppImage: the AppImage has no AppRun" <<<"$err" || fail "no AppRun: $status $err"
expect_clean "no AppRun"
ok "error: the AppImage has no AppRun (names the file), status 127, nothing left"

# --- 5. signals ----------------------------------------------------------------------------
# SIGTERM to the runtime alone: it must hand it to AppRun, then clean up and report 128+15.
signal_check() { # $1: label, rest: the command running the AppImage (AppRun's arguments follow)
    local label=$1 pid rc
    shift
    rm -f "$work/started"
    "$@" sleep-forever "$work/started" >/dev/null 2>"$work/err" &
    pid=$!
    background+=("$pid")
    for _ in $(seq 50); do [ -e "$work/started" ] && break; sleep 0.1; done
    [ -e "$work/started" ] || fail "$label: AppRun never started: $(cat "$work/err")"
    kill -TERM "$pid"
    rc=0
    timeout 5 tail --pid="$pid" -f /dev/null || fail "$label: the runtime did not end after SIGTERM (not forwarded?)"
    wait "$pid" || rc=$?
    [ "$rc" = 143 ] || fail "$label: status $rc after SIGTERM, expected 143"
    expect_clean "$label after SIGTERM"
    ok "$label: SIGTERM forwarded to AppRun, status 143, nothing mounted or left in TMPDIR"
}
if [ "$(id -u)" = 0 ] && [ -c /dev/fuse ]; then signal_check "signal (FUSE)" "$image"; else not_checked "signal with FUSE (no root FUSE)"; fi
signal_check "signal (extract-and-run)" "$image" --appimage-extract-and-run
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
    # The fallback path blocks and unblocks signals twice (mount attempt, then extraction).
    signal_check "signal (FUSE missing, fallback)" unshare -m bash -c 'mount --bind /dev/null /dev/fuse && exec "$0" "$@"' "$image"
else
    not_checked "signal in the fallback (needs root and unshare to hide /dev/fuse)"
fi
timeout -s TERM 1 "$image" sleep-forever "$work/started" >/dev/null 2>&1 || true
expect_clean "timeout -s TERM"
ok "timeout -s TERM 1 (signal to the whole group): nothing mounted or left behind"

if [ "$unchecked" -gt 0 ]; then
    echo "selftest: every check that ran passed; $unchecked case(s) NOT CHECKED (see above)"
else
    echo "selftest: all checks passed"
fi
