#!/bin/sh
# Renders the app icons from public/icons/icon.svg (ImageMagick: apt-get install -y imagemagick).
# The SVG fills its square and keeps the mark inside the central 80 %, so the PNGs are maskable.
# Run after changing the SVG and commit the PNGs.
set -eu
cd "$(dirname "$0")/../public/icons"
for size in 192 512; do
  convert -background none -density 384 icon.svg -resize "${size}x${size}" -depth 8 -strip "icon-${size}.png"
done
convert -background none -density 384 icon.svg -resize 180x180 -depth 8 -strip apple-touch-icon.png
