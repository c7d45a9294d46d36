"""What the offscreen previews share: writing a widget (or a scroll area's whole content) as a
PNG, an app state on memory stores, a main window in a chosen look, and the loop over looks."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from coldcare.domain.clock import Clock
from coldcare.domain.ports import ExerciseRepository
from coldcare.domain.records import Profile
from coldcare.ui.main_window import MainWindow
from coldcare.ui.state import AppState, Repositories
from tests.ui.helpers import MemoryProfiles, MemorySettings

SIZE = (1280, 800)
SCALES = (100, 200)
THEMES = ("light", "dark", "high-contrast")
LAYOUT_PASSES = 5  # wrapped text needs a few layout passes (height follows width) to settle


@dataclass(frozen=True)
class Look:
    """A palette and a text size; ``tag`` names them in file names."""

    theme: str
    scale: int

    @property
    def tag(self) -> str:
        return f"{self.theme}-{self.scale}"


Render = Callable[[QApplication, Path, Look], None]


def write_png(widget: QWidget, path: Path) -> None:
    """Lay out, paint and write ``widget`` as a PNG."""
    for _ in range(LAYOUT_PASSES):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    widget.grab().save(str(path))


def save(widget: QWidget, path: Path) -> None:
    """Write ``widget`` as a PNG and say where."""
    write_png(widget, path)
    print(path)


def save_content(root: QWidget, path: Path) -> None:
    """The whole content of the first visible scroll area in ``root`` as one tall image."""
    for scroll in root.findChildren(QScrollArea):
        content = scroll.widget()
        if content is None or not content.isVisibleTo(root):
            continue
        width = scroll.viewport().width()
        height = max(content.heightForWidth(width), content.sizeHint().height())
        scroll.setWidgetResizable(False)
        content.resize(width, height)
        save(content, path)
        scroll.setWidgetResizable(True)
        return


def memory_state(
    app: QApplication,
    clock: Clock,
    profiles: Sequence[Profile] = (),
    exercises: ExerciseRepository | None = None,
) -> AppState:
    """An app state on memory stores holding ``profiles`` (and ``exercises``); the stores no
    preview reads are left out."""
    unused = cast(Any, None)
    stored = MemoryProfiles()
    for profile in profiles:
        stored.save_profile(profile)
    repositories = Repositories(
        profiles=stored,
        sessions=unused,
        pain=unused,
        events=unused,
        visits=unused,
        settings=MemorySettings(),
        plan=unused,
        exercises=exercises or unused,
        pegs=unused,
        editor=unused,
    )
    return AppState(app, repositories, clock, ZoneInfo("UTC"))


def styled_window(state: AppState, look: Look) -> MainWindow:
    """``state`` shown in ``look``, and a 1280 × 800 main window on it."""
    state.set_theme(look.theme)
    state.set_text_scale(look.scale)
    window = MainWindow(state)
    window.resize(*SIZE)
    return window


def render_looks(
    argv: Sequence[str], default_out: Path, *renders: Render, themes: Sequence[str] = THEMES
) -> int:
    """Run each of ``renders`` in each of ``themes`` at 100 % and 200 % text, writing into the
    folder given as the first argument (or ``default_out``)."""
    out = Path(argv[1]) if len(argv) > 1 else default_out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    for theme in themes:
        for scale in SCALES:
            for render in renders:
                render(app, out, Look(theme, scale))
    return 0
