"""The History page's records table: rows for every kind, filters, edit, delete and undo."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coldcare.app import sqlite_repositories
from coldcare.domain.audit import AuditAction, AuditEntry, RecordKind
from coldcare.domain.exercises import BodyRegion, Effort, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.records import (
    AdverseEvent,
    ClinicVisit,
    EventSource,
    PainContext,
    PainRating,
    Profile,
    SessionRecord,
    SessionState,
    SkinCheck,
    VisitFeeling,
)
from coldcare.domain.signs import PainChange, Sensation, SkinLook, StopSign, Symptom
from coldcare.domain.vocabulary import Barrier, BodySite, Modality
from coldcare.reports.dataset import ReportData, gather
from coldcare.storage.database import Storage, open_storage
from coldcare.ui.pages.record_dialogs import (
    PainRatingDialog,
    RecordDialog,
    SessionDialog,
    SkinCheckDialog,
    changes,
    safety_note,
    site_name,
)
from coldcare.ui.pages.records_view import Column, RecordRow, RecordsView
from coldcare.ui.state import AppState
from tests.fakes import FakeClock
from tests.ui.app_rig import BERLIN, LEFT_KNEE
from tests.ui.helpers import dispose, interactive, tab_reaches_all

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
FIRST, LAST = date(2026, 2, 23), date(2026, 3, 2)
LAST_INSTANT = datetime(2026, 3, 3, tzinfo=UTC)


@dataclass
class Rig:
    storage: Storage
    state: AppState
    view: RecordsView
    profile_id: int
    session_id: int
    first: date = FIRST

    def data(self) -> ReportData:
        sources = self.state.repositories.report_sources()
        return gather(sources, self.profile_id, self.first, LAST, BERLIN)

    def reread(self) -> None:
        """What the History page does after ``changed``."""
        self.view.show_data(self.data())

    def rows(self, kind: RecordKind | None = None) -> list[RecordRow]:
        return [r for r in self.view.shown_rows() if kind is None or r.kind is kind]

    def row(self, kind: RecordKind, index: int = 0) -> RecordRow:
        return self.rows(kind)[index]


def _seed(state: AppState, profile_id: int) -> int:
    """One record of every kind on 1 March 2026; returns the session's id."""
    repos = state.repositories
    minute = timedelta(minutes=1)
    session = repos.sessions.save_session(
        SessionRecord(
            profile_id, LEFT_KNEE, Modality.GEL_PACK, Barrier.DAMP_CLOTH, 15, 20, 15, 5, 60,
            T0, T0 + 15 * minute, state=SessionState.FINISHED, removed_at=T0 + 15 * minute,
            skin_after=SkinLook.NORMAL,
        )
    )  # fmt: skip
    assert session.id is not None
    repos.sessions.add_skin_check(
        SkinCheck(session.id, 1, T0 + 5 * minute, T0 + 5 * minute, SkinLook.NORMAL,
                  Sensation.COLD, PainChange.SAME)
    )  # fmt: skip
    for value, context, at in (
        (6, PainContext.BEFORE, T0),
        (3, PainContext.AFTER, T0 + 16 * minute),
    ):
        repos.pain.add_rating(
            PainRating(profile_id, at, value, context, site=LEFT_KNEE, session_id=session.id)
        )
    repos.pain.add_rating(
        PainRating(profile_id, T0 + 180 * minute, 5, PainContext.DAILY, note="after the walk")
    )
    repos.pegs.add_peg(PegResponse(profile_id, T0 + 240 * minute, 5, 4, 3))
    repos.events.add_event(
        AdverseEvent(profile_id, T0 + 14 * minute, EventSource.AFTERCARE, session_id=session.id,
                     site=LEFT_KNEE, signs=frozenset({StopSign.BRIGHT_RED_SKIN}))
    )  # fmt: skip
    exercise = repos.exercises.exercises()[0]
    assert exercise.id is not None
    repos.exercises.add_completion(
        ExerciseCompletion(profile_id, exercise.id, T0 + 300 * minute, 2, 20, Effort.JUST_RIGHT,
                           pain=4)
    )  # fmt: skip
    repos.visits.add_visit(ClinicVisit(profile_id, T0 + 360 * minute, 3.0, VisitFeeling.FINE))
    return session.id


@pytest.fixture
def rig(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[Rig]:
    storage = open_storage(tmp_path / "data", clock)
    state = AppState(qapp, sqlite_repositories(storage), clock, BERLIN)
    profile = state.save_profile(Profile("Anna", 1954))
    assert profile.id is not None
    session_id = _seed(state, profile.id)
    view = RecordsView(state)
    made = Rig(storage, state, view, profile.id, session_id)
    view.changed.connect(made.reread)
    made.reread()
    view.resize(1040, 680)
    yield made
    dispose(view)
    storage.close()


def _saved(qtbot: QtBot, rig: Rig, dialog: RecordDialog) -> None:
    with qtbot.waitSignal(rig.view.changed):
        dialog.save_button.click()
    assert not dialog.isVisible()


# ------------------------------------------------------------------ rows and filters


def test_every_kind_has_a_row_newest_first_with_plain_words(rig: Rig) -> None:
    rows = rig.rows()
    assert {row.kind for row in rows} == set(RecordKind)
    assert [row.when for row in rows] == sorted((row.when for row in rows), reverse=True)
    session = rig.row(RecordKind.SESSION)
    assert session.what == "Gel pack, 15 min, pain 6 → 3"
    assert session.when_label == "1 Mar 2026, 10:00"  # Berlin time
    assert session.place == "Left knee (front and inner side)"
    assert rig.view.count.text() == "Showing all 9 records"
    assert rig.row(RecordKind.PAIN_RATING, 0).note == "after the walk"


def test_tab_into_the_table_chooses_the_newest_record(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    assert view.chosen() is None
    view.table.setFocus(Qt.FocusReason.TabFocusReason)
    chosen = view.chosen()
    assert chosen is not None
    assert chosen == rig.rows()[0]
    assert view.edit_button.isEnabled()


def test_the_filters_narrow_the_rows_and_the_count_follows(rig: Rig) -> None:
    view = rig.view
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(RecordKind.PAIN_RATING.value))
    assert {row.kind for row in rig.rows()} == {RecordKind.PAIN_RATING}
    assert view.count.text() == "Showing 3 of 9 records"
    view.kind_filter.setCurrentIndex(0)
    view.place_filter.setCurrentIndex(view.place_filter.findText(site_name(LEFT_KNEE)))
    assert len(rig.rows()) == 5  # the session, its check, two ratings, the warning sign
    view.search.setText("WALK")  # the walk was noted on a rating without a place
    assert rig.rows() == []
    assert view.pages.currentIndex() == 1
    assert view.empty.text() == "No records match the filters."
    view.show_all.click()
    assert view.count.text() == "Showing all 9 records"
    assert view.pages.currentIndex() == 0


def test_a_place_named_alike_for_cold_and_exercises_is_one_choice(rig: Rig) -> None:
    repos = rig.state.repositories
    back = BodySite.parse("lower-back")
    repos.pain.add_rating(PainRating(rig.profile_id, T0, 4, PainContext.DAILY, site=back))
    exercise = next(e for e in repos.exercises.exercises() if e.region is BodyRegion.LOWER_BACK)
    assert exercise.id is not None
    repos.exercises.add_completion(
        ExerciseCompletion(rig.profile_id, exercise.id, T0, 1, 10, Effort.JUST_RIGHT)
    )
    rig.reread()
    view = rig.view

    places = [view.place_filter.itemText(i) for i in range(view.place_filter.count())]
    view.place_filter.setCurrentIndex(view.place_filter.findText("Lower back"))

    assert places.count("Lower back") == 1
    assert {row.kind for row in rig.rows()} == {
        RecordKind.PAIN_RATING,
        RecordKind.EXERCISE_COMPLETION,
    }


def test_an_empty_period_says_what_will_appear(rig: Rig) -> None:
    rig.first = LAST
    rig.reread()
    assert rig.view.pages.currentIndex() == 1
    assert rig.view.empty.text().startswith("Nothing recorded in this period.")
    assert not rig.view.show_all.isVisibleTo(rig.view)
    assert not rig.view.edit_button.isEnabled()


def test_the_filters_and_the_chosen_record_stay_when_the_data_is_read_again(rig: Rig) -> None:
    view = rig.view
    view.search.setText("knee")
    view.choose(rig.row(RecordKind.SKIN_CHECK).key)
    rig.reread()
    assert view.search.text() == "knee"
    chosen = view.chosen()
    assert chosen is not None
    assert chosen.kind is RecordKind.SKIN_CHECK


# ------------------------------------------------------------------ editing


def test_changing_a_pain_rating_stores_the_new_number(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    daily = rig.row(RecordKind.PAIN_RATING, 0)
    view.choose(daily.key)
    dialog = view.edit()
    assert isinstance(dialog, PainRatingDialog)
    assert dialog.safety is None  # not a safety record: no note about the change history
    dialog.scale.buttons()[2].click()
    _saved(qtbot, rig, dialog)
    ratings = rig.state.repositories.pain.ratings_between(rig.profile_id, T0, LAST_INSTANT)
    assert [r.value for r in ratings if r.id == daily.key[1]] == [2]
    chosen = view.chosen()
    assert chosen is not None
    assert chosen.key == daily.key
    assert chosen.what.startswith("2 — mild")
    assert not chosen.edited  # only safety records are marked


def test_changing_a_session_is_audited_and_the_row_is_marked(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    view.choose(rig.row(RecordKind.SESSION).key)
    dialog = view.edit()
    assert isinstance(dialog, SessionDialog)
    assert dialog.safety.text() == safety_note()
    dialog.note.setPlainText("The pack was too cold")
    _saved(qtbot, rig, dialog)
    trail = rig.state.repositories.editor.audit_trail(rig.profile_id, T0, LAST_INSTANT)
    assert [(e.kind, e.record_id, e.action) for e in trail] == [
        (RecordKind.SESSION, rig.session_id, AuditAction.EDITED)
    ]
    session = rig.row(RecordKind.SESSION)
    assert session.edited
    assert session.note == "The pack was too cold"
    source = view.model.find(session.key)
    assert source is not None
    assert view.model.index(source, Column.EDITED).data() == "Edited"
    assert view.model.index(source, Column.EDITED).data(Qt.ItemDataRole.DecorationRole)
    history = view.change_history()
    assert history is not None
    assert history.entries == [
        ["Edited on 2 Mar 2026, 10:00", "The note: No note → “The pack was too cold”"]
    ]
    history.accept()


def test_the_change_history_says_what_a_skin_check_said_before_and_after(
    qtbot: QtBot, rig: Rig
) -> None:
    view = rig.view
    view.choose(rig.row(RecordKind.SKIN_CHECK).key)
    dialog = view.edit()
    assert isinstance(dialog, SkinCheckDialog)
    dialog.look.button(SkinLook.BRIGHT_RED).click()
    dialog.symptoms.button(Symptom.TINGLING).click()
    _saved(qtbot, rig, dialog)

    history = view.change_history()

    assert history is not None
    assert history.entries == [
        [
            "Edited on 2 Mar 2026, 10:00",
            "How the skin looked: Pink or normal → Bright red",
            "Other symptoms: None → Tingling",
        ]
    ]
    history.accept()


def _edit(before: dict[str, object], after: dict[str, object]) -> AuditEntry:
    return AuditEntry(
        1,
        RecordKind.ADVERSE_EVENT,
        1,
        AuditAction.EDITED,
        T0,
        json.dumps(before),
        json.dumps(after),
    )


def test_the_change_history_reads_what_another_version_stored() -> None:
    newer = _edit(
        {"signs": ["numbness", "frostnip"], "note": "first line\nsecond line"},
        {"signs": ["numbness"], "note": "", "added_later": []},
    )
    older = _edit({"look": None, "symptoms": []}, {"look": "white"})

    assert changes(newer) == [
        "The note: “first line second line” → No note",
        "The warning signs: Numbness, frostnip → Numbness",
    ]
    assert changes(older) == ["How the skin looked: Not recorded → White"]


def test_a_wrong_field_is_said_under_it_and_nothing_is_saved(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    rating = rig.row(RecordKind.PAIN_RATING, 0)
    view.choose(rating.key)
    dialog = view.edit()
    assert isinstance(dialog, PainRatingDialog)
    dialog.note.setPlainText("x" * 2001)
    with qtbot.assertNotEmitted(view.changed):
        dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.note_field.problem.text() == (
        "The note is too long: 2001 characters, at most 2000."
    )
    dialog.note.setPlainText("fine")
    dialog.when.setDateTime(dialog.when.dateTime().addDays(3))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.note_field.problem.text() == ""
    assert dialog.when_field.problem.text() == "The time cannot be later than now."
    assert rig.row(RecordKind.PAIN_RATING, 0).note == "after the walk"
    dialog.reject()


# ------------------------------------------------------------------ deleting and undo


def test_deleting_and_undoing_brings_the_record_back_with_its_id(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    peg = rig.row(RecordKind.PEG)
    view.choose(peg.key)
    with qtbot.waitSignal(view.changed):
        assert view.delete() is None  # not a safety record: no question, undo instead
    assert rig.rows(RecordKind.PEG) == []
    assert view.undo_bar.isVisibleTo(view)
    assert view.undo_text.text() == f"Deleted: {peg.summary}."
    rig.reread()  # the same period again: the undo stays
    assert view.undo_bar.isVisibleTo(view)
    with qtbot.waitSignal(view.changed):
        view.undo_button.click()
    assert [row.key for row in rig.rows(RecordKind.PEG)] == [peg.key]
    assert not view.undo_bar.isVisibleTo(view)
    chosen = view.chosen()
    assert chosen is not None
    assert chosen.key == peg.key


def test_deleting_a_session_asks_and_takes_its_checks_until_undone(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    view.choose(rig.row(RecordKind.SESSION).key)
    box = view.delete()
    assert isinstance(box, QMessageBox)
    assert "skin checks" in box.text()
    assert rig.rows(RecordKind.SESSION)  # nothing deleted before the answer
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    with qtbot.waitSignal(view.changed):
        delete.click()
    assert rig.rows(RecordKind.SESSION) == []
    assert rig.rows(RecordKind.SKIN_CHECK) == []
    assert len(rig.rows(RecordKind.PAIN_RATING)) == 1  # before and after went with it
    assert rig.state.repositories.sessions.skin_checks(rig.session_id) == []
    with qtbot.waitSignal(view.changed):
        view.undo()
    assert [row.key for row in rig.rows(RecordKind.SESSION)] == [
        (RecordKind.SESSION, rig.session_id)
    ]
    assert len(rig.rows(RecordKind.SKIN_CHECK)) == 1
    assert len(rig.rows(RecordKind.PAIN_RATING)) == 3


def test_the_undo_bar_goes_when_another_period_is_shown(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    view.choose(rig.row(RecordKind.CLINIC_VISIT).key)
    view.delete()
    assert view.can_undo()
    rig.first = FIRST - timedelta(days=7)
    rig.reread()
    assert not view.can_undo()
    assert not view.undo_bar.isVisibleTo(view)


def test_an_undo_that_cannot_be_done_says_why(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    before = next(r for r in rig.rows(RecordKind.PAIN_RATING) if "before" in r.what)
    view.choose(before.key)
    view.delete()
    rig.state.repositories.editor.delete(RecordKind.SESSION, rig.session_id)
    with qtbot.assertNotEmitted(view.changed):
        view.undo()
    assert "cannot be put back" in view.notice.text()
    assert not view.can_undo()


# ------------------------------------------------------------------ keyboard and names


def _shown(qtbot: QtBot, rig: Rig) -> RecordsView:
    view = rig.view
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def test_delete_ctrl_z_and_enter_from_the_keyboard(qtbot: QtBot, rig: Rig) -> None:
    view = _shown(qtbot, rig)
    visit = rig.row(RecordKind.CLINIC_VISIT)
    view.choose(visit.key)
    view.table.setFocus()
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert rig.rows(RecordKind.CLINIC_VISIT) == []
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row.key for row in rig.rows(RecordKind.CLINIC_VISIT)] == [visit.key]
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialogs = [d for d in view.findChildren(RecordDialog) if d.isVisible()]
    assert [d.kind for d in dialogs] == [RecordKind.CLINIC_VISIT]
    dialogs[0].reject()


def test_delete_key_on_a_safety_record_asks_first(qtbot: QtBot, rig: Rig) -> None:
    view = _shown(qtbot, rig)
    view.choose(rig.row(RecordKind.ADVERSE_EVENT).key)
    view.table.setFocus()
    with qtbot.assertNotEmitted(view.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    boxes = [b for b in view.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert rig.rows(RecordKind.ADVERSE_EVENT)
    boxes[0].reject()


def test_every_control_is_named_and_tab_reaches_it(qtbot: QtBot, rig: Rig) -> None:
    view = rig.view
    view.choose(rig.row(RecordKind.PEG).key)
    view.delete_button.click()  # the undo bar shows
    view.choose(rig.row(RecordKind.SESSION).key)
    assert tab_reaches_all(qtbot, view) == []
    shown = [w for w in interactive(view) if w.isVisibleTo(view)]
    assert [type(w).__name__ for w in shown if not w.accessibleName()] == []
    assert view.table.accessibleName() == "Records of the period, newest first"
    menu = view.context_menu()
    assert [a.text() for a in menu.actions()] == ["Change…", "Delete…", "Change history…"]
    assert all(a.isEnabled() for a in menu.actions())
