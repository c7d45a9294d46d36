"""Translated names inside sentences keep the grammar of the person's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from coldcare.ui.words import in_sentence


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_an_english_name_goes_lower_case_inside_a_sentence() -> None:
    assert in_sentence("Left knee") == "left knee"


@pytest.mark.usefixtures("german")
def test_a_german_noun_keeps_its_capital() -> None:
    assert in_sentence("Linkes Knie") == "Linkes Knie"
    assert in_sentence("Gelkompresse") == "Gelkompresse"
