"""The exercise library: the starter set, the person's own exercises, pictures, archiving."""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from coldcare.domain.exercises import (
    MAX_PICTURE_BYTES,
    STARTER_SET,
    BodyRegion,
    Effort,
    Exercise,
    ExerciseCompletion,
)
from coldcare.domain.ports import ExerciseRepository
from coldcare.ui.dialogs_exercise import (
    PICTURE_SIDE,
    CompletionDialog,
    ExerciseEditor,
    picture_png,
)
from coldcare.ui.pages.exercises_page import ExercisesPage
from coldcare.ui.state import AppState
from tests.fakes import FakeClock
from tests.ui.exercise_fakes import BoxAnswer
from tests.ui.helpers import dispose, interactive, tab_reaches_all

WALL_PUSH = Exercise(
    "Wall push", "Stand at arm's length from a wall.", BodyRegion.SHOULDER, 2, 8, 0, 30
)


@pytest.fixture
def library(exercise_state: AppState) -> ExerciseRepository:
    return exercise_state.repositories.exercises


@pytest.fixture
def page(exercise_state: AppState) -> Iterator[ExercisesPage]:
    made = ExercisesPage(exercise_state)
    made.resize(1100, 800)
    made.show()
    yield made
    dispose(made)


def listed(page: ExercisesPage) -> list[str]:
    """The names in the list, top to bottom."""
    assert page.list is not None
    return [tile.accessibleName() for tile in page.list.buttons()]


def click_exercise(page: ExercisesPage, name: str) -> None:
    assert page.list is not None
    tile = next(t for t in page.list.buttons() if t.accessibleName() == name)
    tile.click()


def own_exercise(page: ExercisesPage, library: ExerciseRepository) -> Exercise:
    """Wall push stored and chosen on the page."""
    stored = library.save_exercise(WALL_PUSH)
    page.refresh(stored.id)
    return stored


def open_editor(page: ExercisesPage, qtbot: QtBot, opener: str) -> ExerciseEditor:
    getattr(page, opener).click()
    editor = page.findChild(ExerciseEditor)
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


# ------------------------------------------------------------------ the library


def test_the_starter_set_is_listed_with_the_physiotherapist_note(page: ExercisesPage) -> None:
    assert sorted(listed(page)) == sorted(e.name for e in STARTER_SET)
    click_exercise(page, "Chin tuck")
    assert page.detail_name.text() == "Chin tuck"
    assert "Check with your physiotherapist" in page.physio.text()
    assert page.numbers.text().startswith("Do 2 sets of 10 repetitions.")
    assert "starter set" in page.detail_facts.text()
    assert page.edit_button.isHidden()  # the starter set is archived, never edited


def test_an_own_exercise_has_no_physiotherapist_note_and_can_be_edited(
    page: ExercisesPage, library: ExerciseRepository
) -> None:
    own_exercise(page, library)
    assert page.detail_name.text() == "Wall push"
    assert page.physio.isHidden()
    assert not page.edit_button.isHidden()
    assert "Each repetition is one slow movement" in page.numbers.text()


def test_the_list_can_be_filtered_by_body_region(page: ExercisesPage) -> None:
    page.region.setCurrentIndex(page.region.findData(BodyRegion.NECK.value))
    assert listed(page) == ["Chin tuck", "Neck side stretch"]
    chosen = page.selected()
    assert chosen is not None
    assert chosen.region is BodyRegion.NECK


def test_a_region_without_exercises_says_so(page: ExercisesPage) -> None:
    page.region.setCurrentIndex(page.region.findData(BodyRegion.WRIST_HAND.value))
    assert page.list is not None
    assert page.list.isHidden()
    assert "No exercises for “Wrist and hand”" in page.empty.text()
    assert page.detail.isHidden()


# ------------------------------------------------------------------ adding and editing


def test_an_exercise_typed_into_the_editor_is_saved_and_shown(
    page: ExercisesPage, library: ExerciseRepository, qtbot: QtBot
) -> None:
    editor = open_editor(page, qtbot, "add_button")
    qtbot.keyClicks(editor.name, "Wall push")
    qtbot.keyClicks(editor.instructions, "Stand at arm's length from a wall.")
    editor.region.setCurrentIndex(editor.region.findData(BodyRegion.SHOULDER.value))
    editor.reps.selectAll()
    qtbot.keyClicks(editor.reps, "12")
    assert "Do 2 sets of 12 repetitions." in editor.summary.text()
    editor.save_button.click()
    assert not editor.isVisible()
    stored = next(e for e in library.exercises() if e.name == "Wall push")
    assert (stored.region, stored.sets, stored.reps, stored.hold_seconds) == (
        BodyRegion.SHOULDER,
        2,
        12,
        5,
    )
    assert "Wall push" in listed(page)
    assert page.selected() == stored
    assert "“Wall push” is saved." in page.notice.text()


def test_an_exercise_without_a_name_is_not_saved_and_the_field_says_why(
    page: ExercisesPage, library: ExerciseRepository, qtbot: QtBot
) -> None:
    before = library.exercises()
    editor = open_editor(page, qtbot, "add_button")
    qtbot.keyClicks(editor.name, "   ")
    qtbot.keyClicks(editor.instructions, "Lift the arm.")
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.name_field.problem.text() == "Please give the exercise a name."
    assert "Not saved" in editor.problem.text()
    assert editor.instructions.toPlainText() == "Lift the arm."  # nothing typed is lost
    assert editor.focusWidget() is editor.name
    assert library.exercises() == before
    editor.done(0)


def test_closing_the_editor_after_changes_asks_first(
    page: ExercisesPage, library: ExerciseRepository, qtbot: QtBot
) -> None:
    editor = open_editor(page, qtbot, "add_button")
    qtbot.keyClicks(editor.name, "Wall push")
    answer = BoxAnswer("Keep editing")
    editor.cancel_button.click()
    assert "Close without saving" in answer.question
    assert editor.isVisible()
    BoxAnswer("Close without saving")
    editor.cancel_button.click()
    assert not editor.isVisible()
    assert "Wall push" not in [e.name for e in library.exercises()]


def test_an_own_exercise_is_edited_in_place(
    page: ExercisesPage, library: ExerciseRepository, qtbot: QtBot
) -> None:
    stored = own_exercise(page, library)
    editor = open_editor(page, qtbot, "edit_button")
    assert editor.name.text() == "Wall push"
    assert editor.reps.value() == 8
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Wall press")
    editor.hold.setValue(3)
    editor.save_button.click()
    edited = library.get_exercise(stored.id or 0)
    assert edited is not None
    assert (edited.name, edited.hold_seconds) == ("Wall press", 3)
    assert listed(page).count("Wall press") == 1
    assert "Wall push" not in listed(page)
    assert "Hold each repetition for 3 seconds." in page.numbers.text()


# ------------------------------------------------------------------ archiving


def test_an_exercise_with_history_is_archived_not_deleted_and_can_be_restored(
    page: ExercisesPage, library: ExerciseRepository, exercise_state: AppState, clock: FakeClock
) -> None:
    stored = own_exercise(page, library)
    assert exercise_state.profile is not None
    assert exercise_state.profile.id is not None
    assert stored.id is not None
    library.add_completion(
        ExerciseCompletion(exercise_state.profile.id, stored.id, clock.now(), 2, 16, Effort.EASY)
    )
    answer = BoxAnswer("Archive")
    page.archive_button.click()
    assert "kept" in answer.question
    assert "Wall push" not in listed(page)
    kept = library.get_exercise(stored.id)
    assert kept is not None
    assert kept.archived
    assert library.has_history(stored.id)
    assert "is archived" in page.notice.text()

    page.show_archived.click()
    click_exercise(page, "Wall push")
    assert "archived" in page.archived_note.text()
    assert page.start_button.isHidden()
    assert page.archive_button.text() == "Restore"
    page.archive_button.click()
    restored = library.get_exercise(stored.id)
    assert restored is not None
    assert not restored.archived
    assert page.archive_button.text() == "Archive"


def test_archiving_can_be_called_off(page: ExercisesPage, library: ExerciseRepository) -> None:
    BoxAnswer("Keep it")
    page.archive_button.click()
    assert not any(e.archived for e in library.exercises(include_archived=True))


def test_a_starter_exercise_can_be_archived_and_restored(
    page: ExercisesPage, library: ExerciseRepository
) -> None:
    click_exercise(page, "Bridge")
    BoxAnswer("Archive")
    page.archive_button.click()
    assert "Bridge" not in listed(page)
    page.show_archived.click()
    click_exercise(page, "Bridge")
    page.archive_button.click()
    bridge = next(e for e in library.exercises() if e.builtin_key == "hip-bridge")
    assert not bridge.archived


# ------------------------------------------------------------------ pictures


@pytest.fixture
def editor(exercise_state: AppState) -> Iterator[ExerciseEditor]:
    made = ExerciseEditor(exercise_state)
    yield made
    dispose(made)


def noise(width: int, height: int) -> QImage:
    """A picture that does not compress: random colours and transparency."""
    pixels = random.Random(7).randbytes(width * height * 4)
    return QImage(pixels, width, height, width * 4, QImage.Format.Format_ARGB32).copy()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_start(width: int, height: int) -> bytes:
    """A PNG file that says it is ``width`` × ``height`` pixels, then holds no pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", b"\x00" * 16)


def test_a_large_photo_is_made_smaller_and_stored_as_png(
    editor: ExerciseEditor, tmp_path: Path
) -> None:
    photo = tmp_path / "knee.jpg"
    image = QImage(2400, 1600, QImage.Format.Format_RGB32)
    image.fill(QColor("#8899AA"))
    assert image.save(str(photo))
    assert editor.load_picture(str(photo))
    data = editor.picture()
    assert data is not None
    assert data.startswith(b"\x89PNG")
    assert len(data) <= MAX_PICTURE_BYTES
    stored = QImage.fromData(data)
    assert (stored.width(), stored.height()) == (PICTURE_SIDE, 533)
    assert editor.preview.isVisibleTo(editor)
    assert editor.picture_problem.isHidden()


def test_a_picture_that_would_not_fit_in_2_mb_is_made_smaller_still() -> None:
    data = picture_png(noise(800, 800))
    assert len(data) <= MAX_PICTURE_BYTES
    assert QImage.fromData(data).width() < 800


def test_a_file_that_is_not_a_picture_is_refused_with_its_name(
    editor: ExerciseEditor, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Lie on your back.")
    assert not editor.load_picture(str(notes))
    assert editor.picture_problem.text() == (
        "“notes.txt” is not a picture. Choose a PNG or JPEG file."
    )
    assert editor.picture() is None


def test_a_picture_file_too_large_to_read_is_refused_with_its_size(
    editor: ExerciseEditor, tmp_path: Path
) -> None:
    huge = tmp_path / "scan.png"
    with huge.open("wb") as file:
        file.write(png_start(4000, 3000))
        file.truncate(51 * 1024 * 1024)
    assert not editor.load_picture(str(huge))
    assert "“scan.png” is too large (51 MB)" in editor.picture_problem.text()
    assert "at most 50 MB" in editor.picture_problem.text()


def test_a_picture_with_too_many_pixels_is_refused_before_it_is_opened(
    editor: ExerciseEditor, tmp_path: Path
) -> None:
    poster = tmp_path / "poster.png"
    poster.write_bytes(png_start(20000, 20000))
    assert not editor.load_picture(str(poster))
    assert "“poster.png” is 20000 × 20000 pixels, too large" in editor.picture_problem.text()


def test_a_damaged_picture_says_so(editor: ExerciseEditor, tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(png_start(400, 300))
    assert not editor.load_picture(str(broken))
    assert "“broken.png” could not be read; it may be damaged" in editor.picture_problem.text()


def test_a_saved_picture_is_shown_with_the_exercise(
    page: ExercisesPage, library: ExerciseRepository, qtbot: QtBot, tmp_path: Path
) -> None:
    own_exercise(page, library)
    assert page.picture.isHidden()
    photo = tmp_path / "wall.png"
    assert noise(40, 30).save(str(photo))
    editor = open_editor(page, qtbot, "edit_button")
    assert editor.load_picture(str(photo))
    editor.save_button.click()
    assert page.picture.isVisibleTo(page)
    pixmap = page.picture.pixmap()
    assert (pixmap.width(), pixmap.height()) == (40, 30)


# ------------------------------------------------------------------ logging without the player


def test_an_exercise_done_without_the_player_is_logged(
    page: ExercisesPage, library: ExerciseRepository, exercise_state: AppState, qtbot: QtBot
) -> None:
    stored = own_exercise(page, library)
    page.log_button.click()
    dialog = page.findChild(CompletionDialog)
    assert dialog is not None
    assert dialog.form.reps.value() == 16
    dialog.form.effort.button(Effort.HARD).click()
    with qtbot.waitSignal(page.completion_logged) as logged:
        dialog.save_button.click()
    completion = logged.args[0]
    assert isinstance(completion, ExerciseCompletion)
    assert (completion.exercise_id, completion.reps_done, completion.sets_done) == (
        stored.id,
        16,
        2,
    )
    assert completion.effort is Effort.HARD
    assert "Saved as done" in page.notice.text()


# ------------------------------------------------------------------ large text


def test_at_large_text_the_list_and_the_exercise_take_turns(
    page: ExercisesPage, exercise_state: AppState
) -> None:
    exercise_state.set_text_scale(200)
    page.resize(900, 800)
    assert page.is_narrow()
    assert page.list_area.isVisible()
    assert not page.detail_area.isVisible()
    click_exercise(page, "Bridge")
    assert page.detail_area.isVisible()
    assert not page.list_area.isVisible()
    assert page.detail_name.text() == "Bridge"
    assert page.focusWidget() is page.back_button
    page.back_button.click()
    assert page.list_area.isVisible()
    assert not page.detail_area.isVisible()


def test_at_normal_text_the_list_and_the_exercise_are_side_by_side(page: ExercisesPage) -> None:
    click_exercise(page, "Bridge")
    assert not page.is_narrow()
    assert page.list_area.isVisible()
    assert page.detail_area.isVisible()
    assert page.back_button.isHidden()


# ------------------------------------------------------------------ keyboard and names


def test_every_control_has_a_name(
    page: ExercisesPage, library: ExerciseRepository, qtbot: QtBot, exercise_state: AppState
) -> None:
    own_exercise(page, library)
    editor = open_editor(page, qtbot, "edit_button")
    dialog = CompletionDialog(exercise_state, WALL_PUSH, page)
    for root in (page, editor, dialog):
        assert [type(w).__name__ for w in interactive(root) if not w.accessibleName()] == []
    editor.done(0)
    dispose(dialog)


def test_tab_reaches_every_control_of_the_library(
    page: ExercisesPage, library: ExerciseRepository, qtbot: QtBot
) -> None:
    own_exercise(page, library)
    assert tab_reaches_all(qtbot, page) == []


def test_tab_reaches_every_control_of_the_editor(editor: ExerciseEditor, qtbot: QtBot) -> None:
    assert tab_reaches_all(qtbot, editor) == []


def test_arrows_and_enter_choose_an_exercise_in_the_list(page: ExercisesPage, qtbot: QtBot) -> None:
    assert page.list is not None
    first, second = page.list.buttons()[:2]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert page.detail_name.text() == second.accessibleName()
