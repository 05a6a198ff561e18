#!/bin/sh
# Makes the application icon's PNGs from downhill-planner.svg (run after editing the SVG,
# then commit the PNGs: builds and the Debian package use them as they are, no tools needed).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -eu
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || {
    echo "make.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
    exit 1
}
# The sizes of the hicolor icon theme that menus, docks and task switchers ask for.
for size in 16 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" downhill-planner.svg \
        --output "downhill-planner-$size.png"
done
ls -l downhill-planner-*.png
