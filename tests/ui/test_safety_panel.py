"""The safety panel's summary line cites the evidence for its numbers."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coldcare.domain.safety import ColdRequest, SafetyProfile, SiteHistory, evaluate
from coldcare.domain.vocabulary import Barrier, BodySite, Condition, Modality
from coldcare.ui.theme import Appearance, ThemeName
from coldcare.ui.widgets.safety_panel import SafetyPanel
from coldcare.ui.widgets.sources import SourcesDialog, sources_html

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
LOOK = Appearance(ThemeName.LIGHT, 100)
GEL_ON_KNEE = ColdRequest(BodySite.parse("knee-left"), Modality.GEL_PACK, Barrier.DAMP_CLOTH)


def shown(qtbot: QtBot, who: SafetyProfile) -> SafetyPanel:
    panel = SafetyPanel()
    qtbot.addWidget(panel)
    panel.show_verdict(evaluate(who, GEL_ON_KNEE, SiteHistory(), NOW, BERLIN), LOOK, NOW, BERLIN)
    return panel


def test_why_shows_the_sources_of_the_minutes_the_checks_and_the_rest(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SourcesDialog] = []
    monkeypatch.setattr(SourcesDialog, "exec", lambda self: opened.append(self) or 0)
    panel = shown(qtbot, SafetyProfile(age=45))
    assert panel.why.isVisibleTo(panel)

    panel.why.click()

    (dialog,) = opened
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Skin check every 5 minutes" in texts
    assert "Then this spot rests for 60 minutes." in texts
    assert "[R16]" in texts  # the gel pack's minutes
    assert "[R92]" in texts  # a check every 5 minutes
    assert sources_html(("R16",))[len("<ul>") : -len("</ul>")] in texts


def test_a_session_that_cannot_start_has_no_numbers_to_explain(qtbot: QtBot) -> None:
    urticaria = SafetyProfile(age=45, conditions=frozenset({Condition.COLD_URTICARIA}))
    panel = shown(qtbot, urticaria)
    assert not panel.why.isVisibleTo(panel)
    assert panel.why.accessibleName()
