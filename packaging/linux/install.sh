#!/bin/sh
# Install Points Tracker from this unpacked folder for you alone (no root needed):
#   sh install.sh                   into ~/.local
#   PREFIX=/opt/x sh install.sh     somewhere else (run as root for a system-wide folder)
# It copies the app to PREFIX/lib/points-tracker, puts points-tracker and points-tracker-cli in
# PREFIX/bin, and adds the menu entry and icons. PREFIX/lib/points-tracker/uninstall.sh undoes it.
set -eu

APP_ID=io.github.pointstracker.PointsTracker
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APP_DIR="$PREFIX/lib/points-tracker"

if [ ! -x "$HERE/points-tracker/points-tracker" ]; then
    echo "install.sh: run me from the unpacked points-tracker folder (points-tracker/points-tracker is missing)" >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$APP_DIR"
cp -R "$HERE/points-tracker" "$APP_DIR"
cp "$HERE/uninstall.sh" "$APP_DIR/uninstall.sh"

for name in points-tracker points-tracker-cli; do
    # A small script rather than a symlink, so the app always finds its _internal folder.
    printf '#!/bin/sh\nexec "%s/%s" "$@"\n' "$APP_DIR" "$name" > "$PREFIX/bin/$name"
    chmod 755 "$PREFIX/bin/$name"
done

# The menu entry starts the app by its full path, so it works when PREFIX/bin is not on PATH
# (unless the path has characters a .desktop file would need escaped; then by name).
case "$APP_DIR" in
    *[\"\`\$\\]*) exec_line="Exec=points-tracker" ;;
    *) exec_line="Exec=\"$APP_DIR/points-tracker\"" ;;
esac
sed "s|^Exec=.*|$exec_line|" "$HERE/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
for icon in "$HERE"/icons/hicolor/*/apps/*; do
    size_dir=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$PREFIX/share/icons/hicolor/$size_dir/apps"
    cp "$icon" "$PREFIX/share/icons/hicolor/$size_dir/apps/"
done

# Let the desktop notice the new entry and icon at once; harmless where these tools are missing.
update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true

echo "Points Tracker is installed in $APP_DIR"
echo "Start it from your applications menu, or run: $PREFIX/bin/points-tracker"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "($PREFIX/bin is not on your PATH: add it to run points-tracker and points-tracker-cli by name.)" ;;
esac
