#!/usr/bin/env bash
# Install CMt Desktop for the current user only: no root, no password.
#
#   ./install-user.sh [BUNDLE]                  install or update
#   ./install-user.sh --uninstall               remove the program, keep your plans
#   ./install-user.sh --uninstall --purge-data  also delete your plans (asks first; --yes skips)
#
# BUNDLE is the folder PyInstaller made (it holds the `cmt-desktop` program). By default: the
# `cmt-desktop` folder next to this script (release archive), else dist/cmt-desktop (source tree).
#
# What it writes, and --uninstall removes:
#   ~/.local/lib/cmt-desktop/                          the program
#   ~/.local/bin/cmt-desktop                           a link to it, for the terminal
#   ~/.local/share/applications/fr.cmt.Desktop.desktop the menu entry
#   ~/.local/share/icons/hicolor/*/apps/fr.cmt.Desktop.{png,svg}
#   ~/.local/share/metainfo/fr.cmt.Desktop.metainfo.xml for software centres
# (~/.local/share is $XDG_DATA_HOME when set.) --uninstall also removes the start-at-login entry
# that the app writes when asked to (~/.config/autostart/cmt-desktop.desktop), as it would
# start a program that is gone. Your plans (~/.local/share/CMt Desktop) stay unless --purge-data.
set -euo pipefail

APP_ID=fr.cmt.Desktop
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { printf 'install-user.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

if [ -z "${HOME:-}" ] || [ ! -d "$HOME" ]; then die "HOME is not set to a folder"; fi
# Under sudo, files would land in the wrong home or belong to root: this installs for one user.
[ "$(id -u)" -ne 0 ] || [ -z "${SUDO_USER:-}" ] || die "run it as yourself, without sudo"

DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
CONFIG_HOME=${XDG_CONFIG_HOME:-$HOME/.config}
LIB_DIR=$HOME/.local/lib/cmt-desktop
BIN_LINK=$HOME/.local/bin/cmt-desktop
DESKTOP_FILE=$DATA_HOME/applications/$APP_ID.desktop
METAINFO_FILE=$DATA_HOME/metainfo/$APP_ID.metainfo.xml
ICON_THEME=$DATA_HOME/icons/hicolor
AUTOSTART_FILE=$CONFIG_HOME/autostart/cmt-desktop.desktop   # cmt_desktop/autostart.py
USER_DATA=$DATA_HOME/"CMt Desktop"                          # cmt_desktop/paths.py
QT_SETTINGS=$CONFIG_HOME/CMt/"CMt Desktop.conf"             # QSettings("CMt", "CMt Desktop")

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$ICON_THEME" ]; then
    gtk-update-icon-cache -q -f -t "$ICON_THEME" 2>/dev/null || true
  fi
}

# The Exec= value for an absolute path, quoted as the Desktop Entry spec asks.
exec_value() {
  case $1 in *[\"\`\$\\]*) die "the install path contains \", \`, \$ or \\: $1" ;; esac
  local path=${1//%/%%}
  printf '"%s"' "$path"
}

install_app() {
  local bundle=$1
  [ -x "$bundle/cmt-desktop" ] || die "no program at $bundle/cmt-desktop: build it first (pyinstaller packaging/cmt-desktop.spec) or give its folder"
  for asset in "$HERE/$APP_ID.desktop" "$HERE/$APP_ID.metainfo.xml" "$HERE/icons/hicolor"; do
    [ -e "$asset" ] || die "missing $asset next to this script"
  done
  bundle=$(cd "$bundle" && pwd)
  [ "$bundle" != "$LIB_DIR" ] || die "$bundle is already the installed copy"

  # Copy beside the old version first, then swap: an interrupted update leaves a working one.
  mkdir -p "$(dirname "$LIB_DIR")"
  rm -rf "$LIB_DIR.new"
  cp -a "$bundle" "$LIB_DIR.new"
  rm -rf "$LIB_DIR.old"
  [ ! -e "$LIB_DIR" ] || mv "$LIB_DIR" "$LIB_DIR.old"
  mv "$LIB_DIR.new" "$LIB_DIR"
  rm -rf "$LIB_DIR.old"

  mkdir -p "$(dirname "$BIN_LINK")"
  if [ -e "$BIN_LINK" ] && [ ! -L "$BIN_LINK" ]; then
    printf 'Left %s alone: it is not a link made by this script.\n' "$BIN_LINK" >&2
  else
    ln -sfn "$LIB_DIR/cmt-desktop" "$BIN_LINK"
  fi

  local exec_line line
  exec_line="Exec=$(exec_value "$LIB_DIR/cmt-desktop")"
  mkdir -p "$(dirname "$DESKTOP_FILE")"
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      Exec=*) printf '%s\n' "$exec_line" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done <"$HERE/$APP_ID.desktop" >"$DESKTOP_FILE.tmp"
  mv "$DESKTOP_FILE.tmp" "$DESKTOP_FILE"

  mkdir -p "$(dirname "$METAINFO_FILE")"
  cp "$HERE/$APP_ID.metainfo.xml" "$METAINFO_FILE"

  local icon target
  while IFS= read -r icon; do
    target=$ICON_THEME/${icon#"$HERE/icons/hicolor/"}
    mkdir -p "$(dirname "$target")"
    cp "$icon" "$target"
  done < <(find "$HERE/icons/hicolor" -type f -name "$APP_ID.*")

  refresh_caches
  printf 'CMt Desktop is installed: find it in your applications menu.\n'
  case ":$PATH:" in
    *":$(dirname "$BIN_LINK"):"*) ;;
    *) printf '(To start it from a terminal, add %s to your PATH.)\n' "$(dirname "$BIN_LINK")" ;;
  esac
}

uninstall_app() {
  local purge=$1 assume_yes=$2 answer
  if [ "$purge" = yes ] && [ ! -e "$USER_DATA" ] && [ ! -e "$QT_SETTINGS" ]; then
    printf 'There are no plans to delete in %s.\n' "$USER_DATA"
    purge=no
  fi
  # Ask before removing anything, and take anything but "yes" for no.
  if [ "$purge" = yes ] && [ "$assume_yes" != yes ]; then
    [ -t 0 ] || die "--purge-data needs an answer: run it in a terminal, or add --yes"
    printf 'Also delete your plans, their backups and settings in\n  %s\nfor good? Type "yes" to delete them: ' "$USER_DATA"
    read -r answer || answer=
    [ "$answer" = yes ] || purge=no
  fi

  rm -rf "$LIB_DIR" "$LIB_DIR.new" "$LIB_DIR.old"
  if [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$LIB_DIR/cmt-desktop" ]; then
    rm -f "$BIN_LINK"
  fi
  rm -f "$DESKTOP_FILE" "$METAINFO_FILE"
  if [ -d "$ICON_THEME" ]; then
    find "$ICON_THEME" -path '*/apps/*' -type f -name "$APP_ID.*" -delete
    find "$ICON_THEME" -mindepth 1 -type d -empty -delete
  fi
  # The app's start-at-login entry, only if it starts the copy just removed.
  if [ -f "$AUTOSTART_FILE" ] &&
    grep '^Exec=' "$AUTOSTART_FILE" | grep -qF -e "$LIB_DIR/cmt-desktop" -e "$BIN_LINK"; then
    rm -f "$AUTOSTART_FILE"
  fi
  refresh_caches
  printf 'CMt Desktop is uninstalled.\n'

  if [ "$purge" = yes ]; then
    rm -rf "$USER_DATA"
    rm -f "$QT_SETTINGS"
    rmdir "$(dirname "$QT_SETTINGS")" 2>/dev/null || true
    printf 'Deleted your plans in %s.\n' "$USER_DATA"
  elif [ -d "$USER_DATA" ]; then
    printf 'Your plans and backups are kept in %s.\n' "$USER_DATA"
  fi
}

mode=install purge=no assume_yes=no bundle=
while [ $# -gt 0 ]; do
  case $1 in
    --uninstall) mode=uninstall ;;
    --purge-data) purge=yes ;;
    --yes) assume_yes=yes ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; die "unknown option $1" ;;
    *) [ -z "$bundle" ] || die "one bundle folder only"; bundle=$1 ;;
  esac
  shift
done

if [ "$mode" = uninstall ]; then
  [ -z "$bundle" ] || die "--uninstall takes no folder"
  uninstall_app "$purge" "$assume_yes"
else
  if [ "$purge" = yes ] || [ "$assume_yes" = yes ]; then
    die "--purge-data and --yes go with --uninstall"
  fi
  if [ -z "$bundle" ]; then
    if [ -x "$HERE/cmt-desktop/cmt-desktop" ]; then bundle=$HERE/cmt-desktop
    else bundle=$HERE/../../dist/cmt-desktop; fi
  fi
  install_app "$bundle"
fi
