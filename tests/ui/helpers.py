"""Shared helpers for UI tests: in-memory stores and widget-tree walks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TypeVar, cast

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coldcare.domain.records import Profile
from coldcare.domain.settings import Setting
from coldcare.ui.widgets.choice_grid import ChoiceGrid
from coldcare.ui.widgets.nrs_scale import NrsScale

T = TypeVar("T")


class MemoryProfiles:
    """The profile repository, in a dict."""

    def __init__(self) -> None:
        self.rows: dict[int, Profile] = {}

    def list_profiles(self) -> list[Profile]:
        return sorted(self.rows.values(), key=lambda p: p.name)

    def get_profile(self, profile_id: int) -> Profile | None:
        return self.rows.get(profile_id)

    def save_profile(self, profile: Profile) -> Profile:
        saved = replace(profile, id=profile.id or len(self.rows) + 1)
        assert saved.id is not None
        self.rows[saved.id] = saved
        return saved


class MemorySettings:
    """The settings store, in a dict; validates like the real one."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def get(self, setting: Setting[T]) -> T:
        return cast(T, self.values.get(setting.name, setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        setting.validate(setting.to_json(value))
        self.values[setting.name] = value


def dispose(widget: QWidget) -> None:
    """Delete ``widget`` now: left for later, every test's widgets would slow the next
    stylesheet change (the qapp lives all run)."""
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def interactive(root: QWidget) -> list[QWidget]:
    """The controls a person uses (not the inner parts of spin boxes, combos, scroll bars, nor
    Qt's own inner widgets such as a table's corner button, which Qt names ``qt_…``)."""
    kinds = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider, QListView)
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QScrollBar):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if any(isinstance(parent, (QAbstractSpinBox, QComboBox)) for parent in ancestors(widget)):
            continue
        found.append(widget)
    return found


def ancestors(widget: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None:
        yield parent
        parent = parent.parentWidget()


def tab_start(visible: list[QWidget]) -> QWidget:
    """Where a walk with Tab may start and end: not an answer tile (Tab into a grid lands on
    its chosen answer, never back on another) and not a date or number box (Tab moves
    between its day, month and year first)."""
    return next(
        (
            w
            for w in visible
            if not isinstance(w.parentWidget(), ChoiceGrid) and not isinstance(w, QAbstractSpinBox)
        ),
        visible[0],
    )


def tab_reaches_all(qtbot: QtBot, window: QWidget) -> list[str]:
    """The names of visible controls that Tab does not reach (answer tiles count as a group)."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    visible = [w for w in interactive(window) if w.isVisibleTo(window)]
    start = tab_start(visible)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    reached = {start}
    for _ in range(500):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            break
        assert now is not None
        reached.add(now)

    def is_reached(widget: QWidget) -> bool:
        grid = next((a for a in ancestors(widget) if isinstance(a, ChoiceGrid | NrsScale)), None)
        tiles = grid.buttons() if grid is not None else [widget]
        return any(tile in reached for tile in tiles)

    return [w.accessibleName() or type(w).__name__ for w in visible if not is_reached(w)]
