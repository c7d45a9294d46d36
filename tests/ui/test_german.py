"""ColdCare in German (issue: translations): the language follows the computer unless chosen,
dates and numbers take the locale's format, and no screen shows an English string.

The screens are walked widget by widget: label and button texts, tooltips, accessible names
and descriptions, window titles, combo and list items, table headers, placeholder texts and
spin box suffixes. A text is English when it is (or fills in) a source string of the .ts file
whose German differs from it. The .qm comes from ``make translations``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coldcare.domain.records import PainContext
from coldcare.domain.settings import LANGUAGE
from coldcare.domain.signs import Sensation, SkinLook
from coldcare.resource_locator import resources_root
from coldcare.ui.i18n import install_translations, translate
from coldcare.ui.pages.session_run import StopSignsDialog
from coldcare.ui.sentence_words import (
    look_in_sentence,
    pain_context_in_sentence,
    sensation_in_sentence,
)
from coldcare.ui.widgets.choice_grid import ChoiceGrid
from tests.ui.app_rig import (
    Rig,
    answer_skin_check,
    set_up_session,
    start_timer,
    started,
    with_profile,
)
from tests.ui.dialog_walk import DialogWalk, Look

GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
AUSTRIA = QLocale(QLocale.Language.German, QLocale.Country.Austria)
FRANCE = QLocale(QLocale.Language.French, QLocale.Country.France)
# Words that read the same in German: names, abbreviations, the person's own data.
ALLOWED = {"ColdCare", "PEG", "NRS", "FHIR", "CSV", "PDF", "Anna"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
LETTERS = re.compile(r"[A-Za-z]{2,}")
ROWS_READ = 40
TAG = re.compile(r"<[A-Za-z/][^>]*>")


# ------------------------------------------------------------------ installing


def _fresh_qm() -> Path:
    folder = resources_root() / "translations"
    qm, ts = folder / "coldcare_de.qm", folder / "coldcare_de.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        pytest.fail(f"{qm.name} is missing or older than {ts.name}: run `make translations`")
    return ts


@pytest.fixture
def german(qapp: QApplication) -> Iterator[QLocale]:
    """German installed as on a German computer; English and the old locale back after."""
    _fresh_qm()
    before = QLocale()
    yield install_translations(qapp, "system", GERMANY)
    install_translations(qapp, "en", before)
    QLocale.setDefault(before)


def test_system_follows_a_german_computer_with_its_regional_formats(german: QLocale) -> None:
    qapp = QCoreApplication.instance()
    assert qapp is not None
    locale = install_translations(qapp, "system", AUSTRIA)
    assert (locale.language(), locale.territory()) == (
        QLocale.Language.German,
        QLocale.Country.Austria,
    )
    assert translate("App", "Today") == "Heute"
    assert QLocale().toString(date(2026, 3, 5), "d. MMMM yyyy") == "5. März 2026"
    assert QLocale().toString(date(2026, 3, 5), QLocale.FormatType.ShortFormat) == "05.03.26"
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"  # Austria's own grouping


def test_answers_inside_a_sentence_keep_a_noun_capital_and_drop_an_adjective_one(
    german: QLocale,
) -> None:
    assert look_in_sentence(SkinLook.NORMAL) == "rosa oder normal"
    assert look_in_sentence(SkinLook.BLISTERS) == "Blasen"
    assert sensation_in_sentence(Sensation.INTENSE_BURNING) == "starkes Brennen oder Stechen"
    assert pain_context_in_sentence(PainContext.DAILY) == "tägliche Schmerzabfrage"


def test_qt_standard_buttons_are_german_too(german: QLocale) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_english_overrides_a_german_computer_and_keeps_its_region(german: QLocale) -> None:
    qapp = QCoreApplication.instance()
    assert qapp is not None
    locale = install_translations(qapp, "en", GERMANY)
    assert locale.language() == QLocale.Language.English
    assert translate("App", "Today") == "Today"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"  # English words, German numbers


def test_any_other_computer_gets_english_unless_german_is_chosen(german: QLocale) -> None:
    qapp = QCoreApplication.instance()
    assert qapp is not None
    assert install_translations(qapp, "system", FRANCE).language() == QLocale.Language.English
    assert translate("App", "Today") == "Today"
    assert install_translations(qapp, "de", FRANCE).language() == QLocale.Language.German
    assert translate("App", "Today") == "Heute"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"


# ------------------------------------------------------------------ the language card


def test_the_language_card_stores_the_choice_for_the_next_start(
    german: QLocale, rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    rig.app.window.show_page("settings")
    chooser = rig.app.settings_page.findChild(ChoiceGrid, "language-chooser")
    assert isinstance(chooser, ChoiceGrid)
    assert chooser.value() == "system"
    names = [tile.accessibleName() for tile in chooser.buttons()]
    assert any("Deutsch" in name for name in names)
    assert any("English" in name for name in names)
    chooser.buttons()[2].setFocus()
    qtbot.keyClick(chooser.buttons()[2], Qt.Key.Key_Space)
    assert rig.app.repositories.settings.get(LANGUAGE) == "de"
    card = chooser.parentWidget()
    assert card is not None
    shown = [label.text() for label in card.findChildren(QLabel) if label.isVisibleTo(card)]
    assert "Gilt ab dem nächsten Start von ColdCare." in shown
    assert "Gespeichert: Sprache" in shown


# ------------------------------------------------------------------ no English on any screen


class EnglishFinder:
    """Recognises texts that are (or fill in) an English source the German changes."""

    def __init__(self, ts: Path) -> None:
        root = ET.parse(ts).getroot()
        german = {_translation(message) for message in root.iter("message")}
        patterns = []
        for message in root.iter("message"):
            source = _plain(message.findtext("source") or "")
            if source in german or source in ALLOWED:
                continue  # reads the same in German (OK, Name, {date}, {time})
            literal = PLACEHOLDER.split(source)
            if any(LETTERS.search(part) for part in literal):
                pattern = ".+?".join(re.escape(part) for part in literal)
                patterns.append(pattern.replace(re.escape("%n"), r"\d+"))
        self._any = re.compile("|".join(f"(?:{p})" for p in patterns), re.DOTALL)

    def english(self, text: str) -> bool:
        return any(self._any.fullmatch(line.strip()) for line in text.splitlines())


def _translation(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return ""
    form = translation.find("numerusform")
    return _plain((form.text if form is not None else translation.text) or "")


def _plain(text: str) -> str:
    """A text as the screen shows it: no HTML tags, no accelerator marks."""
    if TAG.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(.)", r"\1", text)


def texts(widget: QWidget) -> Iterator[str]:
    """Every text a person can see or hear from ``widget``."""
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    yield from _own_texts(widget)


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QSpinBox):
        yield from (widget.prefix(), widget.suffix(), widget.specialValueText())
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(index) for index in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _item_texts(widget)


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(), ROWS_READ)):
            yield str(model.index(row, column).data() or "")


def english_on_screen(finder: EnglishFinder, where: str) -> list[str]:
    """``where: text`` for each English text on the visible windows."""
    found = []
    for widget in on_screen():
        if isinstance(widget, QAbstractSpinBox):
            continue
        for text in texts(widget):
            if text and finder.english(_plain(text)):
                found.append(f"{where}: {type(widget).__name__}: {text!r}")
    return found


def on_screen() -> Iterator[QWidget]:
    """Every visible window and the widgets it shows, each once (a dialog is a window of its
    own, though it is a child of a page)."""
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        yield window
        for widget in window.findChildren(QWidget):
            if widget.window() is window and widget.isVisibleTo(window):
                yield widget


@pytest.fixture
def finder(german: QLocale) -> EnglishFinder:
    return EnglishFinder(_fresh_qm())


def walk_every_screen(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, look: Look
) -> list[str]:
    """What ``look`` finds on each screen of a session, every page and the dialogs a person
    meets there (``look(where)``)."""
    walk = DialogWalk(rig, monkeypatch, look)
    with_profile(rig)
    started(rig, qtbot)
    window = rig.app.window
    window.show()
    walk.at("first start")
    walk_a_session(rig, qtbot, walk)
    walk.plan_the_evening()
    for key in ("today", "plan", "exercises", "history", "reports", "settings"):
        window.show_page(key)
        walk.at(key)
        walk.on_page(key)
    walk.keyboard_help()
    return walk.found


def walk_a_session(rig: Rig, qtbot: QtBot, walk: DialogWalk) -> None:
    """Set-up, countdown, skin check, the stop dialog, aftercare, finished."""
    set_up_session(rig, qtbot)
    walk.at("session set-up")
    start_timer(rig, qtbot)
    rig.tick(1)
    walk.at("session running")
    rig.tick(4)
    walk.at("skin check")
    answer_skin_check(rig)
    run = rig.app.session_page.run
    walk.through_exec(StopSignsDialog, "stop dialog", run.ask_stop)
    walk.at("after the pack came off")
    run.after_look.button(SkinLook.NORMAL).click()
    run.after_pain.buttons()[3].click()
    qtbot.mouseClick(run.finish, Qt.MouseButton.LeftButton)


def test_every_screen_of_the_app_is_german(
    finder: EnglishFinder, rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = walk_every_screen(
        rig, qtbot, monkeypatch, lambda where: english_on_screen(finder, where)
    )
    assert not found, "English on a German screen:\n" + "\n".join(sorted(set(found)))


# ------------------------------------------------------------------ nothing cut off


def cut_off_on_screen(where: str) -> list[str]:
    """``where: text`` for each visible label shorter than its wrapped words need, and each
    button narrower than its words (once the layouts have settled, as when painted)."""
    found = []
    for _ in range(3):  # a layout that changes size asks its parent's layout again
        QApplication.processEvents()
    for widget in on_screen():
        if widget.width() > 1 and _cut_off(widget):
            text = widget.text()  # type: ignore[attr-defined]
            found.append(f"{where}: {type(widget).__name__}: {text!r}")
    return found


def _cut_off(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
        return widget.height() + 1 < widget.heightForWidth(widget.width())
    if isinstance(widget, QPushButton) and widget.text():
        words = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        return widget.width() < words
    return False


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_nothing_is_cut_off_in_german_at_twice_the_text_size(
    german: QLocale, rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    rig.app.state.set_theme(theme)
    rig.app.state.set_text_scale(200)
    rig.app.window.resize(1280, 800)
    found = walk_every_screen(rig, qtbot, monkeypatch, cut_off_on_screen)
    assert not found, "Cut off at 200 % in German:\n" + "\n".join(found)


def test_nothing_is_cut_off_in_english_at_twice_the_text_size(
    rig: Rig, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig.app.state.set_text_scale(200)
    rig.app.window.resize(1280, 800)
    found = walk_every_screen(rig, qtbot, monkeypatch, cut_off_on_screen)
    assert not found, "Cut off at 200 % in English:\n" + "\n".join(found)


def test_spoken_guidance_and_notifications_are_german(
    german: QLocale, rig: Rig, qtbot: QtBot
) -> None:
    with_profile(rig)
    started(rig, qtbot)
    set_up_session(rig, qtbot)
    start_timer(rig, qtbot)

    with qtbot.waitSignal(rig.app.controller.skin_check_due):
        rig.tick(5)

    assert rig.voice.said[-1] == "Zeit für die Hautkontrolle."
