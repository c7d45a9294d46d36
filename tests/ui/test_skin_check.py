"""The answer grid and the skin-check card: choosing, keys, "Done", "Stop", names, scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coldcare.domain.signs import (
    PainChange,
    Sensation,
    SkinCheckAnswer,
    SkinLook,
    StopSign,
    Symptom,
    stop_signs,
)
from coldcare.ui import theme
from coldcare.ui.theme import TOKENS, Appearance, ThemeName
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.skin_check import NO_SYMPTOMS, SkinCheckCard

OPTIONS = [
    Choice("a", "Apple", "Red and round", swatch="#C62828"),
    Choice("b", "Banana", icon="snowflake"),
    Choice("c", "Cherry"),
    Choice("d", "Date"),
    Choice("e", "Elder"),
]


def _grid(qtbot: QtBot, multi: bool = False) -> ChoiceGrid:
    grid = ChoiceGrid(OPTIONS, columns=3, multi=multi)
    qtbot.addWidget(grid)
    grid.resize(1000, grid.heightForWidth(1000))
    grid.show()
    qtbot.waitExposed(grid)
    return grid


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ---------------------------------------------------------------------- ChoiceGrid


def test_one_answer_grid_keeps_the_last_choice(qtbot: QtBot) -> None:
    grid = _grid(qtbot)
    assert grid.value() is None
    with qtbot.waitSignal(grid.chosen) as signal:
        _click(qtbot, grid.button("b"))
    assert signal.args == ["b"]
    _click(qtbot, grid.button("d"))
    assert grid.value() == "d"
    assert grid.values() == ["d"]
    _click(qtbot, grid.button("d"))  # a second click keeps it chosen
    assert grid.value() == "d"


def test_many_answers_grid_toggles(qtbot: QtBot) -> None:
    grid = _grid(qtbot, multi=True)
    _click(qtbot, grid.button("c"))
    _click(qtbot, grid.button("a"))
    assert grid.values() == ["a", "c"]
    with qtbot.waitSignal(grid.chosen) as signal:
        _click(qtbot, grid.button("c"))
    assert signal.args == ["c"]
    assert grid.values() == ["a"]


def test_setting_and_clearing_do_not_emit(qtbot: QtBot) -> None:
    grid = _grid(qtbot, multi=True)
    with qtbot.assertNotEmitted(grid.chosen):
        grid.set_values(["b", "e"])
        assert grid.values() == ["b", "e"]
        grid.set_value("a")
        assert grid.values() == ["a"]
        grid.clear()
    assert grid.values() == []
    single = _grid(qtbot)
    single.set_value("c")
    single.clear()
    assert single.value() is None


def test_arrows_move_between_tiles_without_choosing(qtbot: QtBot) -> None:
    grid = _grid(qtbot)
    with qtbot.waitActive(grid):
        grid.activateWindow()
    grid.button("a").setFocus()
    qtbot.keyClick(grid.button("a"), Qt.Key.Key_Right)
    assert QApplication.focusWidget() is grid.button("b")
    qtbot.keyClick(grid.button("b"), Qt.Key.Key_Down)  # three columns: b sits above e
    assert QApplication.focusWidget() is grid.button("e")
    qtbot.keyClick(grid.button("e"), Qt.Key.Key_Home)
    assert QApplication.focusWidget() is grid.button("a")
    qtbot.keyClick(grid.button("a"), Qt.Key.Key_End)
    assert QApplication.focusWidget() is grid.button("e")
    assert grid.value() is None
    with qtbot.waitSignal(grid.chosen):
        qtbot.keyClick(grid.button("e"), Qt.Key.Key_Space)
    assert grid.value() == "e"
    qtbot.keyClick(grid.button("e"), Qt.Key.Key_Up)
    qtbot.keyClick(grid.button("b"), Qt.Key.Key_Return)
    assert grid.value() == "b"


def test_tab_into_a_one_answer_grid_lands_on_the_answer_chosen(qtbot: QtBot) -> None:
    before = QPushButton("Before")
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    grid = ChoiceGrid(OPTIONS, columns=3)
    layout.addWidget(before)
    layout.addWidget(grid)
    grid.set_value("c")
    holder.show()
    with qtbot.waitActive(holder):
        holder.activateWindow()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is grid.button("c")
    # Arrows still move on from it, and Space there is a choice made on purpose.
    qtbot.keyClick(grid.button("c"), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is grid.button("b")
    assert grid.value() == "c"


def test_tiles_are_named_and_described(qtbot: QtBot) -> None:
    grid = _grid(qtbot)
    assert grid.button("a").accessibleName() == "Apple"
    assert grid.button("a").accessibleDescription() == "Red and round"
    assert all(tile.height() >= 44 for tile in grid.buttons())
    assert grid.button("e").accessibleName() == "Elder"
    with pytest.raises(KeyError):
        grid.button("missing")


def test_fewer_columns_when_the_text_is_large(qapp: QApplication, qtbot: QtBot) -> None:
    theme.apply(qapp, Appearance(ThemeName.LIGHT, 200))
    grid = _grid(qtbot)
    tiles = grid.buttons()
    assert tiles[1].y() == tiles[0].y()
    assert tiles[2].y() > tiles[0].y()  # two columns in 1000 px at 200 %, not three
    assert all(tile.geometry().right() < grid.width() for tile in tiles)


# ---------------------------------------------------------------------- SkinCheckCard


@pytest.fixture
def card(qtbot: QtBot) -> SkinCheckCard:
    widget = SkinCheckCard()
    qtbot.addWidget(widget)
    widget.resize(1232, 752)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _answer(
    qtbot: QtBot,
    card: SkinCheckCard,
    look: SkinLook,
    sensation: Sensation,
    pain: PainChange,
) -> None:
    _click(qtbot, card.look.button(look))
    _click(qtbot, card.sensation.button(sensation))
    _click(qtbot, card.pain.button(pain))


def test_done_is_enabled_only_when_questions_1_to_3_are_answered(
    card: SkinCheckCard, qtbot: QtBot
) -> None:
    assert not card.done_button.isEnabled()
    _click(qtbot, card.look.button(SkinLook.NORMAL))
    _click(qtbot, card.sensation.button(Sensation.COLD))
    assert not card.done_button.isEnabled()
    assert card.answer() is None
    _click(qtbot, card.pain.button(PainChange.BETTER))
    assert card.done_button.isEnabled()


def test_done_emits_the_answer_as_chosen(card: SkinCheckCard, qtbot: QtBot) -> None:
    _answer(qtbot, card, SkinLook.NORMAL, Sensation.ACHING, PainChange.SAME)
    _click(qtbot, card.symptoms.button(Symptom.TINGLING))
    _click(qtbot, card.symptoms.button(Symptom.WEAKNESS))
    with qtbot.waitSignal(card.answered) as signal:
        _click(qtbot, card.done_button)
    assert signal.args == [
        SkinCheckAnswer(
            SkinLook.NORMAL,
            Sensation.ACHING,
            PainChange.SAME,
            frozenset({Symptom.TINGLING, Symptom.WEAKNESS}),
        )
    ]


def test_a_stop_sign_answer_is_emitted_as_is(card: SkinCheckCard, qtbot: QtBot) -> None:
    _answer(qtbot, card, SkinLook.WHITE, Sensation.NUMB, PainChange.WORSE)
    _click(qtbot, card.symptoms.button(Symptom.DIZZINESS))
    with qtbot.waitSignal(card.answered) as signal:
        _click(qtbot, card.done_button)
    answer = signal.args[0]
    assert answer == SkinCheckAnswer(
        SkinLook.WHITE, Sensation.NUMB, PainChange.WORSE, frozenset({Symptom.DIZZINESS})
    )
    assert stop_signs(answer) == {
        StopSign.WHITE_SKIN,
        StopSign.NUMBNESS,
        StopSign.PAIN_WORSE,
        StopSign.DIZZINESS,
    }


def test_none_of_these_is_the_default_and_excludes_symptoms(
    card: SkinCheckCard, qtbot: QtBot
) -> None:
    assert card.symptoms.values() == [NO_SYMPTOMS]
    _click(qtbot, card.symptoms.button(Symptom.WHEEZING))
    assert card.symptoms.values() == [Symptom.WHEEZING]
    _click(qtbot, card.symptoms.button(Symptom.WHEEZING))  # nothing left: none of these
    assert card.symptoms.values() == [NO_SYMPTOMS]
    _click(qtbot, card.symptoms.button(Symptom.TINGLING))
    _click(qtbot, card.symptoms.button(NO_SYMPTOMS))
    assert card.symptoms.values() == [NO_SYMPTOMS]
    _answer(qtbot, card, SkinLook.NORMAL, Sensation.COLD, PainChange.BETTER)
    answer = card.answer()
    assert answer is not None
    assert answer.symptoms == frozenset()


def test_stop_works_at_any_time(card: SkinCheckCard, qtbot: QtBot) -> None:
    assert card.stop_button.isEnabled()
    with qtbot.waitSignal(card.stop_requested):
        _click(qtbot, card.stop_button)


def test_reset_empties_the_answers_for_the_next_check(card: SkinCheckCard, qtbot: QtBot) -> None:
    _answer(qtbot, card, SkinLook.HIVES, Sensation.BURNING, PainChange.SAME)
    _click(qtbot, card.symptoms.button(Symptom.WEAKNESS))
    card.reset()
    assert card.answer() is None
    assert card.symptoms.values() == [NO_SYMPTOMS]
    assert not card.done_button.isEnabled()


def test_the_title_speaks_to_the_helper_when_supervised(qtbot: QtBot) -> None:
    card = SkinCheckCard(supervised=True)
    qtbot.addWidget(card)
    assert card.title() == "Please check the skin under the pack"
    assert card.accessibleName() == card.title()
    card.set_supervised(False)
    assert card.title() == "Check your skin now"


def _interactive(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, QAbstractButton) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def test_every_interactive_widget_has_a_name(card: SkinCheckCard) -> None:
    widgets = _interactive(card)
    assert len(widgets) >= 6 + 5 + 3 + 6 + 2
    assert [w for w in widgets if not w.accessibleName().strip()] == []
    grids = [card.look, card.sensation, card.pain, card.symptoms]
    assert all(grid.accessibleName() for grid in grids)
    assert card.accessibleName() == "Check your skin now"


def test_every_look_answer_has_words_and_a_swatch(card: SkinCheckCard) -> None:
    for look in SkinLook:
        tile = card.look.button(look)
        assert tile.accessibleName()
        assert tile.accessibleDescription()


def test_at_200_percent_text_the_card_scrolls_instead_of_clipping(
    qapp: QApplication, qtbot: QtBot
) -> None:
    theme.apply(qapp, Appearance(ThemeName.DARK, 200))
    card = SkinCheckCard()
    qtbot.addWidget(card)
    card.resize(1232, 752)
    card.show()
    qtbot.waitExposed(card)
    scroll = card.findChild(QScrollArea)
    assert scroll is not None
    assert scroll.verticalScrollBar().maximum() > 0
    viewport_width = scroll.viewport().width()
    tiles = [tile for grid in (card.look, card.symptoms) for tile in grid.buttons()]
    for tile in tiles:
        assert tile.mapTo(scroll.viewport(), tile.rect().topRight()).x() < viewport_width
    assert card.done_button.isVisible()
    assert card.stop_button.isVisible()


def test_answering_brings_the_next_open_question_into_view(
    qapp: QApplication, qtbot: QtBot
) -> None:
    theme.apply(qapp, Appearance(ThemeName.LIGHT, 200))
    card = SkinCheckCard()
    qtbot.addWidget(card)
    card.resize(1232, 752)
    card.show()
    qtbot.waitExposed(card)
    scroll = card.findChild(QScrollArea)
    assert scroll is not None
    _answer(qtbot, card, SkinLook.NORMAL, Sensation.COLD, PainChange.BETTER)
    first = card.symptoms.buttons()[0]  # question 4 is taller than the view: its start shows
    top = first.mapTo(scroll.viewport(), first.rect().topLeft()).y()
    assert top >= 0
    assert top + first.height() <= scroll.viewport().height()


def test_answers_set_by_the_caller_count_too(card: SkinCheckCard) -> None:
    card.look.set_value(SkinLook.NORMAL)
    card.sensation.set_value(Sensation.COLD)
    card.pain.set_value(PainChange.SAME)
    assert card.done_button.isEnabled()
    card.pain.clear()
    assert not card.done_button.isEnabled()


def _icon_colours(button: QAbstractButton) -> set[str]:
    image = button.icon().pixmap(32).toImage()
    pixels = (image.pixelColor(x, y) for x in range(32) for y in range(32))
    return {pixel.name() for pixel in pixels if pixel.alpha() == 255}


def test_the_stop_icon_follows_the_palette(qapp: QApplication, card: SkinCheckCard) -> None:
    assert _icon_colours(card.stop_button) == {TOKENS[ThemeName.LIGHT].stop.lower()}
    theme.apply(qapp, Appearance(ThemeName.DARK, 100))
    assert _icon_colours(card.stop_button) == {TOKENS[ThemeName.DARK].stop.lower()}
