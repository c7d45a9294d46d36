"""ColdCare's own icon set (resources/icons/ui/*.svg), drawn in one stroke style.

The SVGs paint with ``currentColor``; an icon is made for a given colour, so icons follow
the palette (light, dark, high contrast) without a second set of files.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from coldcare.resource_locator import resource_path

_SIZES = (16, 24, 32, 48, 64, 96)


@cache
def _svg(name: str) -> str:
    return resource_path("icons", "ui", f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, colour: str, size: int) -> QPixmap:
    """The icon ``name`` drawn in ``colour`` at ``size`` × ``size`` pixels."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


def icon_file(name: str, colour: str) -> Path:
    """The icon ``name`` in ``colour`` as an SVG file, for a stylesheet's ``url()`` (which
    takes a file, not an image); written once into a folder removed when ColdCare ends."""
    return _icon_file(name, QColor(colour).name())


@cache
def _icon_file(name: str, colour: str) -> Path:
    path = Path(_icon_folder().name, f"{name}-{colour.lstrip('#')}.svg")
    path.write_text(_svg(name).replace("currentColor", colour), encoding="utf-8")
    return path


@cache
def _icon_folder() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="coldcare-icons-")


@cache
def icon(name: str, colour: str) -> QIcon:
    """The icon ``name`` in ``colour`` (a ``#RRGGBB`` token), at every usual size."""
    made = QIcon()
    for size in _SIZES:
        made.addPixmap(pixmap(name, QColor(colour).name(), size))
    return made
