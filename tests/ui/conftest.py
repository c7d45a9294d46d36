"""UI tests: every test starts from the light palette at 100 % text (the qapp lives all run)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from coldcare.ui import theme


@pytest.fixture(autouse=True)
def light_theme(qapp: QApplication) -> Iterator[None]:
    """Reset palette, font and stylesheet before and after each UI test."""
    theme.apply(qapp, theme.Appearance(theme.ThemeName.LIGHT, 100))
    yield
    theme.apply(qapp, theme.Appearance(theme.ThemeName.LIGHT, 100))
