#!/bin/sh
# Remove what install.sh installed (it copies this file to PREFIX/lib/points-tracker/uninstall.sh).
# Your data is not touched: it stays in ~/.local/share/PointsTracker/.
set -eu

APP_ID=io.github.pointstracker.PointsTracker
APP_DIR=$(cd "$(dirname "$0")" && pwd)
PREFIX=$(cd "$APP_DIR/../.." && pwd)

if [ ! -x "$APP_DIR/points-tracker-cli" ] || [ "$(basename "$APP_DIR")" != points-tracker ]; then
    echo "uninstall.sh: run the copy in PREFIX/lib/points-tracker/" >&2
    exit 1
fi

rm -f "$PREFIX/bin/points-tracker" "$PREFIX/bin/points-tracker-cli"
rm -f "$PREFIX/share/applications/$APP_ID.desktop" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
rm -f "$PREFIX"/share/icons/hicolor/*/apps/"$APP_ID".png "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
rm -rf "$APP_DIR"
update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
echo "Points Tracker is uninstalled. Your data is still in ~/.local/share/PointsTracker/."
