#!/bin/sh
# Install the Debian packages that Qt (and the test tools) need, when they are missing.
# Usage: sh scripts/system-deps.sh run|test
# As root on Debian/Ubuntu it installs them with apt-get; otherwise it prints the command.
set -eu

QT_OFFSCREEN="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 fontconfig-config"
QT_WINDOW="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-render0 libxcb-shm0 libxcb-sync1 \
libxcb-xfixes0 libxcb-glx0 libxcb-util1"
# binutils: PyInstaller needs objdump and objcopy on Linux (the test suite builds the bundle)
# libreoffice-calc-nogui: tests import workbooks that LibreOffice converted from CSV, and read
#   the provincial workbook back (a real spreadsheet program is the judge)
# poppler-utils: pdftoppm renders the printed documents (Berita Acara, Daftar Kunjungan) to images
TEST_TOOLS="binutils libreoffice-calc-nogui poppler-utils"

case "${1:-test}" in
  run) wanted="$QT_OFFSCREEN $QT_WINDOW" ;;
  test) wanted="$QT_OFFSCREEN $TEST_TOOLS" ;;
  *) echo "pemakaian: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: bukan sistem Debian/Ubuntu; pastikan pustaka Qt 6 tersedia." >&2
  exit 0
fi

missing=""
for p in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = "0" ]; then
  echo "system-deps: memasang$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  $cmd >/dev/null
else
  echo "system-deps: paket Debian berikut belum terpasang:$missing" >&2
  echo "Jalankan sebagai root:  sudo $cmd" >&2
  exit 1
fi
