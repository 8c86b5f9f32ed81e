#!/usr/bin/env bash
# Build dist/CMt-Desktop-<version>-macos.dmg from "dist/CMt Desktop.app" (made by
# pyinstaller --noconfirm --clean packaging/cmt-desktop.spec), on a Mac.
#
# Environment (all optional; packaging/macos/SIGNING.md explains each):
#   DEVELOPER_ID      signing identity, e.g. "Developer ID Application: Name (TEAMID1234)":
#                     signs every binary with the hardened runtime, the app with
#                     entitlements.plist, and the .dmg. Without it the app keeps PyInstaller's
#                     ad-hoc signature and Gatekeeper blocks it on other Macs.
#   NOTARY_KEY_ID, NOTARY_ISSUER_ID, and NOTARY_KEY (the text of AuthKey_<id>.p8) or
#   NOTARY_KEY_FILE (its path): an App Store Connect API key; the .dmg is then notarised
#                     (xcrun notarytool submit --wait) and the ticket stapled to it.
#   VERSION           default: pyproject.toml's.   DIST  default: dist/ of this source tree.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIST=${DIST:-$ROOT/dist}
APP=$DIST/"CMt Desktop.app"
ENTITLEMENTS=$HERE/entitlements.plist

die() { printf 'build-dmg.sh: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || die "runs on macOS only (codesign, hdiutil, xcrun)"
[ -d "$APP" ] || die "no $APP: run 'pyinstaller --noconfirm --clean packaging/cmt-desktop.spec' first"
VERSION=${VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -n 1)}
[ -n "$VERSION" ] || die "cannot read the version from pyproject.toml: set VERSION"
DMG=$DIST/CMt-Desktop-$VERSION-macos.dmg
DEVELOPER_ID=${DEVELOPER_ID:-}

notarise=no
if [ -n "${NOTARY_KEY_ID:-}${NOTARY_ISSUER_ID:-}${NOTARY_KEY:-}${NOTARY_KEY_FILE:-}" ]; then
  if [ -z "${NOTARY_KEY_ID:-}" ] || [ -z "${NOTARY_ISSUER_ID:-}" ] ||
    [ -z "${NOTARY_KEY:-}${NOTARY_KEY_FILE:-}" ]; then
    die "notarising needs NOTARY_KEY_ID, NOTARY_ISSUER_ID, and NOTARY_KEY or NOTARY_KEY_FILE"
  fi
  [ -n "$DEVELOPER_ID" ] || die "Apple notarises signed apps only: set DEVELOPER_ID too"
  notarise=yes
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sign() { codesign --force --timestamp --options runtime --sign "$DEVELOPER_ID" "$@"; }

if [ -n "$DEVELOPER_ID" ]; then
  printf 'Signing %s as %s\n' "$APP" "$DEVELOPER_ID"
  main=$APP/Contents/MacOS/$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$APP/Contents/Info.plist")
  # Inside out, as Apple asks (not codesign --deep): every Mach-O file first...
  while IFS= read -r -d '' file; do
    [ "$file" != "$main" ] || continue
    if file -b "$file" | grep -q '^Mach-O'; then sign "$file"; fi
  done < <(find "$APP/Contents" -type f -print0)
  # ...then the framework bundles that PyInstaller kept whole, the deepest first...
  while IFS= read -r framework; do
    [ -f "$framework/Resources/Info.plist" ] || [ -f "$framework/Versions/Current/Resources/Info.plist" ] ||
      continue  # not a complete bundle: its binary was signed above
    sign "$framework"
  done < <(find "$APP/Contents" -type d -name '*.framework' | awk '{ print length($0) "\t" $0 }' |
    sort -rn | cut -f2-)
  # ...and last the app, whose main executable alone gets the entitlements.
  sign --entitlements "$ENTITLEMENTS" "$APP"
  codesign --verify --strict --deep --verbose=2 "$APP"
else
  printf 'DEVELOPER_ID is not set: the app is not signed for other Macs (see SIGNING.md).\n'
fi

# The disk image: the app and a link to /Applications to drag it onto.
mkdir "$work/dmg"
ditto "$APP" "$work/dmg/CMt Desktop.app"
ln -s /Applications "$work/dmg/Applications"
rm -f "$DMG"
for attempt in 1 2 3; do  # hdiutil sometimes fails with "Resource busy" on CI machines.
  if hdiutil create -volname "CMt Desktop" -srcfolder "$work/dmg" -fs HFS+ -format UDZO \
    -ov "$DMG"; then
    break
  fi
  [ "$attempt" -lt 3 ] || die "hdiutil create failed three times"
  sleep 10
done
[ -z "$DEVELOPER_ID" ] || codesign --force --timestamp --sign "$DEVELOPER_ID" "$DMG"

if [ "$notarise" = yes ]; then
  key_file=${NOTARY_KEY_FILE:-}
  if [ -z "$key_file" ]; then
    key_file=$work/AuthKey.p8
    (umask 077 && printf '%s\n' "$NOTARY_KEY" >"$key_file")
  fi
  credentials=(--key "$key_file" --key-id "$NOTARY_KEY_ID" --issuer "$NOTARY_ISSUER_ID")
  printf 'Notarising %s (usually a few minutes)\n' "$DMG"
  result=$(xcrun notarytool submit "$DMG" "${credentials[@]}" --wait --timeout 2h \
    --output-format json)
  status=$(printf '%s' "$result" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')
  if [ "$status" != Accepted ]; then
    submission=$(printf '%s' "$result" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')
    [ -z "$submission" ] || xcrun notarytool log "$submission" "${credentials[@]}" >&2 || true
    die "notarisation ended with status '${status:-unknown}' (Apple's log above)"
  fi
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi

printf 'Disk image: %s\n' "$DMG"
