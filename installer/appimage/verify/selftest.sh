#!/usr/bin/env bash
# Shows that appimage-verify passes a well-formed type-2 AppImage and fails broken ones, so its
# "all checks passed" on PortDesk's AppImage means something. The sample is built the simple way:
# a tiny C program carrying a .upd_info section, "AI\x02" patched in at offset 8, and a squashfs
# AppDir appended where the ELF ends. Needs gcc, squashfs-tools (mksquashfs with zstd), base64.
# Usage: selftest.sh path/to/appimage-verify
set -euo pipefail

verifier=$(realpath "${1:?usage: selftest.sh path/to/appimage-verify}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

update_info='gh-releases-zsync|a|b|latest|X-*x86_64.AppImage.zsync'

cat >runtime.c <<EOF
__attribute__((section(".upd_info"))) char update_info[1024] = "$update_info";
int main(void) { return 0; }
EOF
gcc -O0 -o runtime runtime.c
printf 'AI\002' | dd of=runtime bs=1 seek=8 conv=notrunc status=none

# A 16x16 red PNG (the 32x32 slot gets the same file: libappimage copies icons from usr/share/icons as they are).
red_png='iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mM4o6REEmIY1TCqYfhqAABFfxAQTX2wewAAAABJRU5ErkJggg=='

make_appdir() { # $1: directory; $2: "complete", "no-desktop" or "no-icon"
    mkdir -p "$1/usr/bin"
    # shellcheck disable=SC2016  # the $ belong to the AppRun being written
    printf '#!/bin/sh\nexec "$(dirname "$0")/usr/bin/x" "$@"\n' >"$1/AppRun"
    printf '#!/bin/sh\necho x\n' >"$1/usr/bin/x"
    chmod +x "$1/AppRun" "$1/usr/bin/x"
    # Icons where PortDesk keeps them, in two sizes (libappimage 1.0.3 needs one unregister call per icon), named
    # "sample" because libappimage matches the Icon= name anywhere in the path: "x" would match "16x16".
    if [ "$2" != no-icon ]; then
        local size
        for size in 16x16 32x32; do
            mkdir -p "$1/usr/share/icons/hicolor/$size/apps"
            base64 -d >"$1/usr/share/icons/hicolor/$size/apps/sample.png" <<<"$red_png"
        done
        ln -s usr/share/icons/hicolor/16x16/apps/sample.png "$1/sample.png"
        ln -s sample.png "$1/.DirIcon"
    fi
    if [ "$2" != no-desktop ]; then
        printf '[Desktop Entry]\nType=Application\nName=X\nExec=x\nIcon=sample\nCategories=Utility;\n' >"$1/x.desktop"
    fi
}

squash() { # $1: AppDir, $2: image
    mksquashfs "$1" "$2" -root-owned -noappend -comp zstd -quiet -no-progress >/dev/null
}

make_appdir AppDir complete
make_appdir AppDirNoDesktop no-desktop
make_appdir AppDirNoIcon no-icon
squash AppDir payload.squashfs
squash AppDirNoDesktop payload-no-desktop.squashfs
squash AppDirNoIcon payload-no-icon.squashfs

cat runtime payload.squashfs >good.AppImage
cp good.AppImage no-ai-magic.AppImage
printf '\0\0\0' | dd of=no-ai-magic.AppImage bs=1 seek=8 conv=notrunc status=none
cp good.AppImage no-sqfs-magic.AppImage
printf '\0\0\0\0' | dd of=no-sqfs-magic.AppImage bs=1 seek="$(stat -c %s runtime)" conv=notrunc status=none
{ cat runtime; printf '\0'; cat payload.squashfs; } >gap.AppImage
# A runtime whose last section header claims 64 bytes past the section header table: libappimage then
# puts the payload there, while the spec's ELF end (where the payload really is) stays put.
read_u() { od -An -t "u$3" -j "$2" -N "$3" "$1" | tr -d ' '; }
write_u64() { # $1: file, $2: offset, $3: value, little-endian
    local bytes='' i
    for i in 0 1 2 3 4 5 6 7; do bytes+=$(printf '\\0%03o' $((($3 >> (8 * i)) & 255))); done
    printf '%b' "$bytes" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}
cp runtime runtime-long-section
shoff=$(read_u runtime 40 8) shentsize=$(read_u runtime 58 2) shnum=$(read_u runtime 60 2)
last_shdr=$((shoff + (shnum - 1) * shentsize))
write_u64 runtime-long-section $((last_shdr + 32)) $((shoff + shnum * shentsize + 64 - $(read_u runtime $((last_shdr + 24)) 8)))
cat runtime-long-section payload.squashfs >section-past-end.AppImage
cat runtime payload-no-desktop.squashfs >no-desktop.AppImage
cat runtime payload-no-icon.squashfs >no-icon.AppImage
chmod +x ./*.AppImage

failed=0
# $1: label; $2: expected exit ("pass"/"fail"); $3: a line the output must contain; rest: verifier arguments
expect() {
    local label=$1 want=$2 line=$3 rc=0
    shift 3
    echo "=== $label: expect $want"
    "$verifier" "$@" >out.txt 2>err.txt || rc=$?
    cat out.txt
    sed 's/^/  stderr: /' err.txt
    if { [ "$want" = pass ] && [ "$rc" -ne 0 ]; } || { [ "$want" = fail ] && [ "$rc" -ne 1 ]; }; then
        echo "selftest: $label: exit $rc, not what was expected"
        failed=1
    elif ! grep -qF -- "$line" out.txt; then
        echo "selftest: $label: no line containing '$line'"
        failed=1
    elif grep -vE '^(ok: |FAIL: |skip: |appimage-verify: |  (Exec|Icon|Name)=)' out.txt; then
        echo "selftest: $label: the lines above on stdout are not the verifier's"
        failed=1
    fi
}

good_args=(--expect-file usr/bin/x --expect-update-info "$update_info" --expect-desktop-name X)
expect "well-formed sample" pass "appimage-verify: all checks passed" good.AppImage "${good_args[@]}"
expect "(a) AppImage magic AI\\x02 zeroed" fail "FAIL: appimage_get_type is" no-ai-magic.AppImage "${good_args[@]}"
expect "(a') squashfs magic zeroed" fail "FAIL: squashfs magic" no-sqfs-magic.AppImage "${good_args[@]}"
expect "(b) payload one byte after the ELF end" fail "FAIL: squashfs magic" gap.AppImage "${good_args[@]}"
expect "(c) AppDir without a .desktop" fail "FAIL: exactly one top-level *.desktop" no-desktop.AppImage "${good_args[@]}"
expect "(d) wrong expected update information" fail "FAIL: update information" good.AppImage \
    --expect-update-info 'gh-releases-zsync|a|b|latest|Y-*x86_64.AppImage.zsync'
expect "(e) libappimage's offset is not the spec's ELF end" fail "FAIL: payload offset" section-past-end.AppImage \
    "${good_args[@]}"
expect "(f) wrong expected desktop name" fail "FAIL: desktop Name=" good.AppImage --expect-desktop-name Y
expect "(g) no icon in the AppDir" fail "FAIL: icon" no-icon.AppImage "${good_args[@]}"

if [ "$failed" -ne 0 ]; then
    echo "selftest: FAILED"
    exit 1
fi
echo "selftest: ok (the sample passes; the broken ones fail where expected)"
