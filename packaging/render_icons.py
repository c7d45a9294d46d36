"""Render ColdCare's icon (resources/icons/coldcare.svg) for the packages, with Qt.

``python packaging/render_icons.py OUT`` writes the freedesktop hicolor tree
(``OUT/hicolor/scalable/apps/org.coldcare.ColdCare.svg`` and PNGs of :data:`PNG_SIZES`), and
``OUT/coldcare.ico`` (Windows) and ``OUT/coldcare.icns`` (macOS) when this Qt can write them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "coldcare.svg"
APP_ID = "org.coldcare.ColdCare"
PNG_SIZES = (48, 128, 256)
# The sizes Windows and macOS pick from in one .ico / .icns file.
ICO_SIZE = 256
ICNS_SIZE = 512


def render(svg: Path, size: int) -> QImage:
    """``svg`` drawn on a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG picture Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def save(image: QImage, path: Path, image_format: str) -> None:
    """Write ``image`` to ``path`` in ``image_format``; raise OSError naming the reason."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), image_format.encode("ascii"))
    if not writer.write(image):
        raise OSError(f"could not write {path}: {writer.errorString()}")


def hicolor_icons(svg: Path, out: Path) -> list[Path]:
    """The hicolor tree under ``out``: the SVG as it is, and PNGs of :data:`PNG_SIZES`."""
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written = [scalable]
    for size in PNG_SIZES:
        png = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        save(render(svg, size), png, "png")
        written.append(png)
    return written


def platform_icons(svg: Path, out: Path) -> list[Path]:
    """``coldcare.ico`` and ``coldcare.icns`` under ``out``, each if Qt has its image plugin."""
    supported = {bytes(name.data()).decode() for name in QImageWriter.supportedImageFormats()}
    written = []
    for image_format, size in (("ico", ICO_SIZE), ("icns", ICNS_SIZE)):
        if image_format in supported:
            path = out / f"coldcare.{image_format}"
            save(render(svg, size), path, image_format)
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: render_icons.py OUT_FOLDER", file=sys.stderr)
        return 2
    out = Path(argv[0])
    for path in hicolor_icons(SOURCE, out) + platform_icons(SOURCE, out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
