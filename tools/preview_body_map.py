"""Render the site picker and the icon set offscreen to PNG files, to LOOK at them.

    python tools/preview_body_map.py [--out /tmp/coldcare-preview]

Writes ``picker-<theme>-<text %>-<width>.png`` for the light, dark and high-contrast palettes,
text at 100 % and 200 %, in a 1280×800 window and a narrower 900×800 one. Each shows a chosen
site (left knee), two unavailable sites, the keyboard focus ring where a few arrow presses lead
(the right knee) and a hovered region (the right thigh). Also writes ``icons-light.png`` and
``icons-dark.png``: every icon of ``resources/icons/ui`` at 24 and 48 px with its name.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from coldcare.domain.vocabulary import BodySite
from coldcare.resource_locator import resource_path
from coldcare.ui import icons, theme
from coldcare.ui.theme import Appearance, ThemeName
from coldcare.ui.widgets.body_map import SitePicker

SIZES = ((1280, 800), (900, 800))
# Arrow presses from the first region; they end on the right knee, beside the chosen left knee.
WALK = (Qt.Key.Key_Home, *[Qt.Key.Key_Down] * 5, Qt.Key.Key_Left)
SCALES = (100, 200)
UNAVAILABLE = {
    BodySite.parse("lower-back"): "resting until 15:10",
    BodySite.parse("ankle-foot-right"): "resting until 16:40",
}


def page(picker: SitePicker) -> QWidget:
    """The picker on a page with a title, as the session set-up shows it."""
    window = QWidget()
    window.setObjectName("page")
    layout = QVBoxLayout(window)
    layout.setContentsMargins(24, 24, 24, 24)
    title = QLabel("Where will the cold go?")
    title.setProperty("role", "title")
    layout.addWidget(title)
    layout.addWidget(picker, 1)
    return window


def render_picker(app: QApplication, out: Path, name: ThemeName, scale: int) -> list[Path]:
    """One PNG per window size for one palette and text size."""
    theme.apply(app, Appearance(name, scale))
    written = []
    for width, height in SIZES:
        picker = SitePicker()
        picker.set_site(BodySite.parse("knee-left"))
        picker.set_unavailable(UNAVAILABLE)
        window = page(picker)
        window.resize(width, height)
        window.show()
        window.activateWindow()
        picker.front.setFocus(Qt.FocusReason.TabFocusReason)
        for key in WALK:
            QTest.keyClick(picker.front, key)
        hover = picker.front.site_rect(BodySite.parse("thigh-right")).center().toPoint()
        QTest.mouseMove(picker.front, hover)
        app.processEvents()
        path = out / f"picker-{name}-{scale}-{width}.png"
        window.grab().save(str(path))
        written.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return written


def render_icons(out: Path, name: ThemeName) -> Path:
    """Every icon at 24 and 48 px in the palette's text colour on its surface."""
    tokens = theme.TOKENS[name]
    names = sorted(p.stem for p in resource_path("icons", "ui").glob("*.svg"))
    columns, cell_w, cell_h = 6, 160, 100
    rows = -(-len(names) // columns)
    image = QImage(columns * cell_w, rows * cell_h, QImage.Format.Format_ARGB32)
    image.fill(QColor(tokens.surface))
    painter = QPainter(image)
    painter.setPen(QColor(tokens.muted))
    for index, icon_name in enumerate(names):
        x, y = (index % columns) * cell_w, (index // columns) * cell_h
        painter.drawPixmap(x + 24, y + 26, icons.pixmap(icon_name, tokens.text, 24))
        painter.drawPixmap(x + 72, y + 14, icons.pixmap(icon_name, tokens.text, 48))
        label = QRectF(x, y + 70, cell_w, 24)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), icon_name)
    painter.end()
    path = out / f"icons-{name}.png"
    image.save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    """Write every preview and print where they are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/coldcare-preview"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    written = [render_icons(args.out, name) for name in (ThemeName.LIGHT, ThemeName.DARK)]
    for name in ThemeName:
        for scale in SCALES:
            written += render_picker(app, args.out, name, scale)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
