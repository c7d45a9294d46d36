"""Render ColdCare's session widgets offscreen into PNGs, to look at them before shipping.

Usage: ``.venv/bin/python tools/preview_widgets.py [folder]`` (default ``/tmp/coldcare-preview``).
For light, dark and high contrast at 100 % and 200 % text it writes:

- ``ring-<theme>-<size>.png``: the countdown ring full, half, nearly done, time up (planned
  end), at the maximum and paused, each as large as a 1280 × 800 session page leaves it;
- ``nrs-<theme>-<size>.png``: the pain scale with no value and with 6, in cards as wide as
  the session page (at 200 % it wraps into two rows, 0–5 and 6–10);
- ``skin-<theme>-<size>.png``: the skin-check card on a 1280 × 800 page, first answers given;
- ``skin-<theme>-<size>-end.png``: the same card scrolled to question 4, a symptom picked.

Plus ``skin-supervised-light-100.png`` (the supervised title).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from coldcare.domain.signs import PainChange, Sensation, SkinLook, Symptom
from coldcare.ui import theme
from coldcare.ui.theme import Appearance, ThemeName
from coldcare.ui.widgets.countdown_ring import CountdownRing
from coldcare.ui.widgets.nrs_scale import NrsScale
from coldcare.ui.widgets.skin_check import SkinCheckCard

PAGE_WIDTH, PAGE_HEIGHT = 1280, 800
MINUTE = timedelta(minutes=1)
# (remaining, planned, paused), all with 15 min recommended and 20 min at most.
RING_STATES = [
    (15 * MINUTE, 15 * MINUTE, False),
    (timedelta(minutes=7, seconds=30), 15 * MINUTE, False),
    (timedelta(seconds=42), 15 * MINUTE, False),
    (timedelta(0), 12 * MINUTE, False),
    (-5 * MINUTE, 15 * MINUTE, False),
    (timedelta(minutes=11, seconds=42), 15 * MINUTE, True),
]
# The ring's side on a 1280 × 800 session page (title, next-check line and buttons around it).
RING_SIDE = {100: 440, 200: 520}


def _page(width: int, height: int) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    page.setObjectName("page")
    page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
    page.resize(width, height)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(24, 24, 24, 24)
    return page, layout


def _save(page: QWidget, path: Path, before: Callable[[], None] | None = None) -> None:
    page.show()
    QApplication.processEvents()
    if before is not None:
        before()
        QApplication.processEvents()
    page.grab().save(str(path))
    page.close()
    page.deleteLater()
    QApplication.processEvents()


def rings(look: Appearance) -> QWidget:
    """The ring in each state of RING_STATES, side by side."""
    side = RING_SIDE[look.text_scale]
    page, layout = _page(len(RING_STATES) * (side + 16) + 48, side + 48)
    row = QHBoxLayout()
    layout.addLayout(row)
    for remaining, planned, paused in RING_STATES:
        ring = CountdownRing()
        ring.set_times(remaining, planned, 15 * MINUTE, 20 * MINUTE)
        ring.set_paused(paused)
        ring.set_next_check(timedelta(minutes=2, seconds=18))
        ring.setFixedSize(side, side)
        row.addWidget(ring)
    return page


def nrs(look: Appearance) -> QWidget:
    """The scale empty and with 6, each in a card as wide as the session page."""
    del look
    page, layout = _page(PAGE_WIDTH, 10)
    for value in (None, 6):
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 24, 24, 24)
        scale = NrsScale()
        scale.set_question("How is your pain right now?")
        scale.set_value(value)
        inner.addWidget(scale)
        layout.addWidget(card)
    page.resize(PAGE_WIDTH, page.heightForWidth(PAGE_WIDTH))
    return page


def skin(look: Appearance, supervised: bool = False) -> tuple[SkinCheckCard, QWidget]:
    """The skin-check card filling a 1280 × 800 session page, first two answers given."""
    del look
    page, layout = _page(PAGE_WIDTH, PAGE_HEIGHT)
    card = SkinCheckCard(supervised=supervised)
    card.look.set_value(SkinLook.NORMAL)
    card.sensation.set_value(Sensation.BURNING)
    layout.addWidget(card)
    return card, page


def _scroll_to_end(card: SkinCheckCard) -> None:
    card.pain.set_value(PainChange.SAME)
    card.symptoms.set_values([Symptom.TINGLING])
    for scroll in card.findChildren(QScrollArea):
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())


def main(argv: list[str]) -> int:
    """Write every preview PNG and print its path."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/coldcare-preview")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    written: list[Path] = []
    for name in ThemeName:
        for size in (100, 200):
            look = Appearance(name, size)
            theme.apply(app, look)
            stem = f"{name.value}-{size}"
            _save(rings(look), out / f"ring-{stem}.png")
            _save(nrs(look), out / f"nrs-{stem}.png")
            _save(skin(look)[1], out / f"skin-{stem}.png")
            card, page = skin(look)
            _save(page, out / f"skin-{stem}-end.png", partial(_scroll_to_end, card))
            written += [out / f"{kind}-{stem}.png" for kind in ("ring", "nrs", "skin")]
            written.append(out / f"skin-{stem}-end.png")
    theme.apply(app, Appearance(ThemeName.LIGHT, 100))
    _save(skin(Appearance(ThemeName.LIGHT, 100), supervised=True)[1], out / "skin-supervised.png")
    written.append(out / "skin-supervised.png")
    print("\n".join(str(path) for path in written))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
