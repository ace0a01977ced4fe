#!/usr/bin/env bash
# Runs the NSIS installer under wine: per-user install, upgrade over an older version keeping the
# user's data, silent uninstall that keeps the data, and uninstall /REMOVEDATA that deletes it.
#
#   installers/test_installer_wine.sh [DIST_DIR]     (default: dist/jxdeclare from build.py)
#
# Needs makensis and a 64-bit wine (Debian: apt-get install nsis wine wine64). The payload is the
# Linux one-folder build standing in for the Windows one: the test is about the installer's
# behaviour (files, shortcuts, registry, data), not about starting the program under wine.
# Everything happens in a private WINEPREFIX and HOME under a temporary folder.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
DIST="$(cd "${1:-$ROOT/dist/jxdeclare}" && pwd)"
VERSION="$(cd "$HERE" && python3 -c 'from version import project_version as v; print(v())')"
VERSION4="$(cd "$HERE" && python3 -c 'from version import windows_version as w, project_version as v; print(".".join(map(str, w(v()))))')"

WORK="$(mktemp -d -t jxdeclare-wine.XXXXXX)"
export WINEPREFIX="$WORK/prefix" HOME="$WORK/home" WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree,mshtml="  # no host menus, no Mono/Gecko
cleanup() { wineserver -k >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$HOME"
started=$SECONDS

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }
wine_run() { wine "$@" >/dev/null 2>&1 || true; wineserver -w; }  # the exit code is checked by effects
reg_value() {  # KEY NAME → value, or nothing when absent
    wine reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v n="$2" '$1 == n {print $3}'
    wineserver -w
}
compile() {  # VERSION VERSION4 PAYLOAD OUT
    makensis -V2 -INPUTCHARSET UTF8 "-DVERSION=$1" "-DVERSION4=$2" "-DDIST_DIR=$3" \
        "-DOUT_FILE=$4" -DEXE_SUFFIX= -DFAST "$HERE/jxdeclare.nsi" >/dev/null
}

# An "older release": the same payload plus a file that only the old version had.
mkdir -p "$WORK/old"
cp -al "$DIST" "$WORK/old/jxdeclare" 2>/dev/null || cp -a "$DIST" "$WORK/old/jxdeclare"
echo old > "$WORK/old/jxdeclare/_internal/only-in-old-version.txt"
compile 0.0.9 0.0.9.0 "$WORK/old/jxdeclare" "$WORK/jxdeclare-setup-0.0.9.exe"
compile "$VERSION" "$VERSION4" "$DIST" "$WORK/jxdeclare-setup-$VERSION.exe"

wine wineboot --init >/dev/null 2>&1; wineserver -w
USER_DIR="$WINEPREFIX/drive_c/users/$(whoami)"
PROGRAMS="$USER_DIR/AppData/Local/Programs/jxdeclare"
DATA="$USER_DIR/AppData/Local/jxdeclare"
CONFIG="$USER_DIR/AppData/Roaming/jxdeclare"
START_MENU="$USER_DIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/江西企业标准化助手.lnk"
DESKTOP_LINK="$USER_DIR/Desktop/江西企业标准化助手.lnk"
UNINST='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\jxdeclare'

wine_run "$WORK/jxdeclare-setup-0.0.9.exe" /S
[[ -f "$PROGRAMS/jxdeclare" && -f "$PROGRAMS/uninstall.exe" ]] || fail "0.0.9 not installed"
[[ -f "$PROGRAMS/_internal/jxdeclare/resources/packs/default.jxpack" ]] || fail "payload incomplete"
[[ -f "$START_MENU" ]] || fail "no Start-menu entry"
[[ -f "$DESKTOP_LINK" ]] || fail "no desktop shortcut"
[[ "$(reg_value 'HKCU\Software\Classes\.jxstd' '(Default)')" == jxdeclare.jxstd ]] \
    || [[ "$(wine reg query 'HKCU\Software\Classes\.jxstd' 2>/dev/null | tr -d '\r')" == *jxdeclare.jxstd* ]] \
    || fail ".jxstd not associated for the current user"
wineserver -w
[[ "$(reg_value "$UNINST" DisplayVersion)" == 0.0.9 ]] || fail "no per-user uninstall entry"
[[ ! -e "$WINEPREFIX/drive_c/Program Files/jxdeclare" ]] || fail "wrote to Program Files"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\jxdeclare' >/dev/null 2>&1 \
    && fail "wrote to HKLM"
wineserver -w
ok "per-user install of 0.0.9: files, Start menu, desktop, .jxstd, uninstall entry; nothing machine-wide"

# The user's data, as the app leaves it.
mkdir -p "$DATA/logs" "$CONFIG"
echo "数据" > "$DATA/jxdeclare.sqlite3"
echo '{"home": null}' > "$CONFIG/location.json"

wine_run "$WORK/jxdeclare-setup-$VERSION.exe" /S
[[ "$(reg_value "$UNINST" DisplayVersion)" == "$VERSION" ]] || fail "upgrade did not record $VERSION"
[[ ! -e "$PROGRAMS/_internal/only-in-old-version.txt" ]] || fail "upgrade left old files behind"
[[ -f "$PROGRAMS/jxdeclare" ]] || fail "upgrade lost the program"
[[ "$(cat "$DATA/jxdeclare.sqlite3")" == "数据" && -f "$CONFIG/location.json" ]] \
    || fail "upgrade touched the data"
ok "upgrade 0.0.9 → $VERSION: old files replaced, data kept"

wine_run "$PROGRAMS/uninstall.exe" /S
[[ ! -e "$PROGRAMS" ]] || fail "uninstall left $(find "$PROGRAMS" | head -5)"
[[ ! -e "$START_MENU" && ! -e "$DESKTOP_LINK" ]] || fail "uninstall left shortcuts"
[[ -z "$(reg_value "$UNINST" DisplayVersion)" ]] || fail "uninstall entry still there"
wine reg query 'HKCU\Software\Classes\jxdeclare.jxstd' >/dev/null 2>&1 && fail "file type left"
wineserver -w
[[ "$(cat "$DATA/jxdeclare.sqlite3")" == "数据" && -f "$CONFIG/location.json" ]] \
    || fail "silent uninstall deleted the data"
ok "silent uninstall: program, shortcuts and registry gone, data kept"

wine_run "$WORK/jxdeclare-setup-$VERSION.exe" /S
[[ -f "$PROGRAMS/uninstall.exe" ]] || fail "reinstall failed"
wine_run "$PROGRAMS/uninstall.exe" /S /REMOVEDATA
[[ ! -e "$PROGRAMS" && ! -e "$DATA" && ! -e "$CONFIG" ]] || fail "/REMOVEDATA kept the data"
ok "uninstall /S /REMOVEDATA: data deleted"
echo "wine installer test passed in $((SECONDS - started)) s"
