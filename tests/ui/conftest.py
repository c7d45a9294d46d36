"""UI tests: every test starts from the light palette at 100 % text (the qapp lives all run)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from coldcare.ui import theme


@pytest.fixture(autouse=True)
def light_theme(qapp: QApplication) -> Iterator[None]:
    """Reset palette, font and stylesheet before and after each UI test."""
    theme.apply(qapp, theme.Appearance(theme.ThemeName.LIGHT, 100))
    yield
    # Widgets closed by the test are deleted now, so later theme changes do not restyle them.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply(qapp, theme.Appearance(theme.ThemeName.LIGHT, 100))
