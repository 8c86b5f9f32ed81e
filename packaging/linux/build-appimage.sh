#!/usr/bin/env bash
# Build dist/CMt_Desktop-<version>-<arch>.AppImage from the one-folder bundle dist/cmt-desktop.
#
#   packaging/linux/build-appimage.sh [--appdir-only]
#
# First: pyinstaller --noconfirm --clean packaging/cmt-desktop.spec
# Then this script lays out dist/AppDir (AppRun, the .desktop entry and icon at its top, the
# program in usr/lib/cmt-desktop, icons in usr/share/icons, the AppStream metainfo in
# usr/share/metainfo) and runs appimagetool on it. --appdir-only stops after the AppDir.
# VERSION (default: pyproject.toml's) and ARCH (default: uname -m) can be set in the environment.
#
# appimagetool is not downloaded here. Get it from
#   https://github.com/AppImage/appimagetool/releases (continuous: appimagetool-x86_64.AppImage)
# make it executable and put it on PATH as `appimagetool`. Where FUSE is missing (containers,
# CI), set APPIMAGE_EXTRACT_AND_RUN=1. appimagetool fetches the AppImage runtime from GitHub
# unless given --runtime-file: pass extra appimagetool options in APPIMAGETOOL_OPTS.
#
# The AppImage runs on distributions whose glibc is at least the build machine's: build on the
# oldest system you want to support.
set -euo pipefail

APP_ID=fr.cmt.Desktop
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIST=${DIST:-$ROOT/dist}  # Where the bundle is, and where the AppDir and AppImage go.
BUNDLE=$DIST/cmt-desktop
APPDIR=$DIST/AppDir

die() { printf 'build-appimage.sh: %s\n' "$*" >&2; exit 1; }

appdir_only=no
case ${1:-} in
  "") ;;
  --appdir-only) appdir_only=yes ;;
  *) die "unknown argument $1 (only --appdir-only)" ;;
esac

[ -x "$BUNDLE/cmt-desktop" ] ||
  die "no $BUNDLE/cmt-desktop: run 'pyinstaller --noconfirm --clean packaging/cmt-desktop.spec' first"
VERSION=${VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -n 1)}
[ -n "$VERSION" ] || die "cannot read the version from pyproject.toml: set VERSION"
ARCH=${ARCH:-$(uname -m)}
export ARCH VERSION  # appimagetool reads both.

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/bin" "$APPDIR/usr/share/applications" \
  "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/icons"
cp -a "$BUNDLE" "$APPDIR/usr/lib/cmt-desktop"
ln -s ../lib/cmt-desktop/cmt-desktop "$APPDIR/usr/bin/cmt-desktop"
cp -a "$HERE/icons/hicolor" "$APPDIR/usr/share/icons/"
# appimagetool looks for the metainfo under its legacy .appdata.xml name only (then checks it
# with appstreamcli validate-tree); AppStream reads both names.
cp "$HERE/$APP_ID.metainfo.xml" "$APPDIR/usr/share/metainfo/$APP_ID.appdata.xml"
# Exec=cmt-desktop stays: AppImage integration tools rewrite it with the AppImage's own path.
cp "$HERE/$APP_ID.desktop" "$APPDIR/usr/share/applications/"
cp "$HERE/$APP_ID.desktop" "$APPDIR/"
cp "$HERE/icons/hicolor/256x256/apps/$APP_ID.png" "$APPDIR/"
ln -s "$APP_ID.png" "$APPDIR/.DirIcon"

cat >"$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# Start the PyInstaller bundle inside the mounted AppImage. $APPIMAGE (set by the AppImage
# runtime) is the .AppImage file itself: what a start-at-login entry should run.
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/cmt-desktop/cmt-desktop" "$@"
EOF
chmod 755 "$APPDIR/AppRun"
printf 'AppDir ready: %s\n' "$APPDIR"

[ "$appdir_only" = no ] || exit 0

if ! command -v appimagetool >/dev/null 2>&1; then
  cat >&2 <<'EOF'
build-appimage.sh: appimagetool is not on PATH, so no AppImage was made (the AppDir is ready).
Download appimagetool-x86_64.AppImage (or -aarch64) from
  https://github.com/AppImage/appimagetool/releases/tag/continuous
then: chmod +x appimagetool-*.AppImage && mv appimagetool-*.AppImage ~/.local/bin/appimagetool
and run this script again.
EOF
  exit 2
fi

OUT=$DIST/CMt_Desktop-$VERSION-$ARCH.AppImage
# shellcheck disable=SC2086  # APPIMAGETOOL_OPTS is a list of options.
appimagetool ${APPIMAGETOOL_OPTS:-} "$APPDIR" "$OUT"
printf 'AppImage: %s\n' "$OUT"
