"""The first start and the profile form: answers become the profile, nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coldcare.domain.records import Clearance, ClinicianReview, EnteredBy, Profile
from coldcare.domain.screening import QUESTIONS
from coldcare.domain.vocabulary import BadInputError, BodySite, Condition, Finding, Side, Site
from coldcare.ui.pages.profile_form import ProfileForm, Section
from coldcare.ui.pages.profile_setup import STEPS, ProfileSetupPage
from coldcare.ui.state import AppState, Repositories
from coldcare.ui.widgets.choice_grid import ChoiceGrid
from coldcare.ui.widgets.common import Notice
from coldcare.ui.widgets.sources import SourcesDialog, sources_html
from tests.fakes import FakeClock
from tests.ui.helpers import (
    MemoryProfiles,
    MemorySettings,
    ancestors,
    dispose,
    interactive,
    tab_start,
)

T = TypeVar("T")
LEFT_KNEE = BodySite(Site.KNEE, Side.LEFT)


@pytest.fixture
def profiles() -> MemoryProfiles:
    return MemoryProfiles()


@pytest.fixture
def state(qapp: QApplication, profiles: MemoryProfiles, clock: FakeClock) -> AppState:
    unused = cast(Any, None)
    repositories = Repositories(profiles, *[unused] * 4, MemorySettings(), *[unused] * 4)
    return AppState(qapp, repositories, clock, ZoneInfo("UTC"))


@pytest.fixture
def page(state: AppState) -> Iterator[ProfileSetupPage]:
    made = ProfileSetupPage(state)
    made.resize(1000, 700)
    yield made
    dispose(made)


@pytest.fixture
def form(state: AppState) -> Iterator[ProfileForm]:
    made = ProfileForm(state)
    yield made
    dispose(made)


# ------------------------------------------------------------------ helpers


def fill_about(form: ProfileForm, name: str = "Anna", year: int = 1954) -> None:
    form.name_edit.setText(name)
    form.birth_year.set_year(year)


def answer_all(form: ProfileForm, yes: Iterable[Condition] = ()) -> None:
    chosen = set(yes)
    for question in QUESTIONS:
        form.question(question.condition).answer.button(question.condition in chosen).click()


def next_step(page: ProfileSetupPage) -> None:
    page.next_button.click()


def tab_stops(qtbot: QtBot, window: QWidget, start: QWidget) -> set[QWidget]:
    """Every widget that Tab reaches from ``start``, pressing Tab until focus comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = [start]
    for _ in range(500):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        reached = QApplication.focusWidget()
        assert reached is not None
        if reached is start:
            break
        seen.append(reached)
    return set(seen)


def shown(window: QWidget, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)


# ------------------------------------------------------------------ the first start


def test_the_set_up_saves_a_profile_with_the_answers_given(
    page: ProfileSetupPage,
    state: AppState,
    profiles: MemoryProfiles,
    clock: FakeClock,
    qtbot: QtBot,
) -> None:
    form = page.form
    fill_about(form, "Anna", 1954)
    form.entered_by.button(EnteredBy.CAREGIVER).click()
    form.helper_name.setText("Tom")
    next_step(page)
    assert page.step == 1
    answer_all(form, yes={Condition.DIABETES, Condition.HYPERTENSION})
    next_step(page)
    assert page.step == 2
    with qtbot.waitSignal(page.finished) as finished:
        next_step(page)
    saved = finished.args[0]
    assert isinstance(saved, Profile)
    assert saved.id is not None
    assert saved.name == "Anna"
    assert saved.birth_year == 1954
    assert saved.conditions == {Condition.DIABETES, Condition.HYPERTENSION}
    assert saved.entered_by is EnteredBy.CAREGIVER
    assert saved.entered_by_name == "Tom"
    assert saved.screening_answered_at == clock.now()
    assert profiles.rows[saved.id] == saved
    assert state.profile == saved


def test_an_empty_name_is_refused_naming_the_field_and_the_rest_is_kept(
    page: ProfileSetupPage, qtbot: QtBot
) -> None:
    form = page.form
    form.birth_year.set_year(1950)
    form.entered_by.button(EnteredBy.CAREGIVER).click()
    form.helper_name.setText("Tom")
    with qtbot.assertNotEmitted(page.finished):
        next_step(page)
    assert page.step == 0
    assert "name" in page.problem.text().lower()
    assert not page.problem.isHidden()
    assert form.birth_year.year() == 1950
    assert form.entered_by.value() is EnteredBy.CAREGIVER
    assert form.helper_name.text() == "Tom"
    form.name_edit.setText("Anna")
    next_step(page)
    assert page.step == 1


def test_the_form_raises_a_message_naming_the_name_and_keeps_every_answer(
    form: ProfileForm,
) -> None:
    fill_about(form, "   ", 1940)
    answer_all(form, yes={Condition.RAYNAUDS})
    with pytest.raises(BadInputError, match="name"):
        form.profile()
    assert form.birth_year.year() == 1940
    assert form.question(Condition.RAYNAUDS).value() is True
    assert form.question(Condition.DIABETES).value() is False


def test_every_health_question_needs_an_answer(page: ProfileSetupPage) -> None:
    fill_about(page.form)
    next_step(page)
    answer_all(page.form)
    page.form.question(Condition.CRPS).set_value(None)
    next_step(page)
    assert page.step == 1
    number = page.form.question(Condition.CRPS).number
    assert f"question {number}" in page.problem.text()
    assert page.form.question(Condition.CRPS).problem.text()


def test_a_caregiver_must_give_their_name(form: ProfileForm) -> None:
    fill_about(form)
    answer_all(form)
    form.entered_by.button(EnteredBy.CLINICIAN).click()
    with pytest.raises(BadInputError, match="clinician's name"):
        form.profile()


def test_back_keeps_every_answer(page: ProfileSetupPage) -> None:
    fill_about(page.form, "Anna", 1954)
    next_step(page)
    answer_all(page.form, yes={Condition.DIABETES})
    page.back_button.click()
    assert page.step == 0
    assert page.form.name_edit.text() == "Anna"
    next_step(page)
    assert page.form.question(Condition.DIABETES).value() is True


def test_the_year_of_birth_starts_unchosen_and_the_age_is_said_in_words(
    form: ProfileForm,
) -> None:
    assert form.birth_year.year() is None
    form.birth_year.stepBy(1)
    assert form.birth_year.year() == 2026 - 70
    form.birth_year.set_year(1954)
    texts = [label.text() for label in form.findChildren(QLabel)]
    assert "Age this year: 72" in texts


# ------------------------------------------------------------------ the doctor's OK


@pytest.mark.parametrize("condition", [Condition.RAYNAUDS, Condition.PERIPHERAL_VASCULAR_DISEASE])
def test_the_doctors_ok_is_offered_only_when_the_answer_is_yes(
    form: ProfileForm, condition: Condition
) -> None:
    editor = form.clearance_editor(condition)
    assert not editor.isVisibleTo(form)
    form.question(condition).answer.button(True).click()
    assert editor.isVisibleTo(form)
    form.question(condition).answer.button(False).click()
    assert not editor.isVisibleTo(form)


def test_no_doctors_ok_is_offered_for_other_conditions(form: ProfileForm) -> None:
    answer_all(form, yes=[c for c in Condition if not c.clearable])
    for condition in Condition:
        if not condition.clearable:
            with pytest.raises(KeyError):
                form.clearance_editor(condition)
    for condition in (Condition.RAYNAUDS, Condition.PERIPHERAL_VASCULAR_DISEASE):
        assert not form.clearance_editor(condition).isVisibleTo(form)


def test_a_doctors_ok_is_stored_with_its_date_and_who_gave_it(form: ProfileForm) -> None:
    fill_about(form)
    answer_all(form, yes={Condition.RAYNAUDS})
    editor = form.clearance_editor(Condition.RAYNAUDS)
    editor.given.setChecked(True)
    with pytest.raises(BadInputError, match="who gave the OK"):
        form.profile()
    editor.when.setDate(QDate(2026, 1, 15))
    editor.by_whom.setText("Dr Weber")
    made = form.profile()
    assert made.clearances == (Clearance(Condition.RAYNAUDS, date(2026, 1, 15), "Dr Weber"),)


def test_a_doctors_ok_is_dropped_when_the_answer_becomes_no(form: ProfileForm) -> None:
    fill_about(form)
    answer_all(form, yes={Condition.RAYNAUDS})
    editor = form.clearance_editor(Condition.RAYNAUDS)
    editor.given.setChecked(True)
    editor.by_whom.setText("Dr Weber")
    form.question(Condition.RAYNAUDS).answer.button(False).click()
    assert form.profile().clearances == ()


# ------------------------------------------------------------------ limits, supervision, places


def test_personal_limits_and_supervision_are_stored(page: ProfileSetupPage, qtbot: QtBot) -> None:
    form = page.form
    fill_about(form)
    next_step(page)
    answer_all(form, yes={Condition.COGNITIVE_IMPAIRMENT})
    next_step(page)
    form.max_minutes.setValue(12)
    form.rest_minutes.setValue(90)
    form.supervised.setChecked(True)
    with qtbot.waitSignal(page.finished) as finished:
        next_step(page)
    saved = finished.args[0]
    assert saved.personal_max_minutes == 12
    assert saved.personal_rest_minutes == 90
    assert saved.supervised is True


def test_supervision_is_asked_for_when_the_person_cannot_report_pain(form: ProfileForm) -> None:
    answer_all(form, yes={Condition.COGNITIVE_IMPAIRMENT})
    needed = [n for n in form.findChildren(Notice) if "Needed" in n.text()]
    assert len(needed) == 1
    assert needed[0].isVisibleTo(form)
    form.supervised.setChecked(True)
    assert not needed[0].isVisibleTo(form)


def test_no_personal_limit_is_stored_as_none(form: ProfileForm) -> None:
    fill_about(form)
    answer_all(form)
    made = form.profile()
    assert made.personal_max_minutes is None
    assert made.personal_rest_minutes is None
    assert made.supervised is False


def test_the_stepper_buttons_change_the_minutes(form: ProfileForm) -> None:
    more = next(
        button
        for button in form.findChildren(QAbstractButton)
        if button.accessibleName().startswith("More: Longest time with cold")
    )
    more.click()
    more.click()
    assert form.max_minutes.value() == 2


def test_places_to_keep_cold_away_from_are_added_and_removed(form: ProfileForm) -> None:
    fill_about(form)
    answer_all(form)
    places = form.places
    places.add_button.click()
    assert places.problem.text()
    places.site.setCurrentIndex(places.site.findData(LEFT_KNEE.code))
    places.checks[Finding.NO_FEELING].setChecked(True)
    places.checks[Finding.BROKEN_SKIN].setChecked(True)
    places.add_button.click()
    assert form.profile().site_findings == {
        LEFT_KNEE: frozenset({Finding.NO_FEELING, Finding.BROKEN_SKIN})
    }
    remove = next(
        b for b in places.findChildren(QAbstractButton) if b.accessibleName().startswith("Remove")
    )
    remove.click()
    assert form.profile().site_findings == {}


def test_an_existing_profile_comes_back_unchanged(form: ProfileForm) -> None:
    stored = Profile(
        name="Anna",
        birth_year=1954,
        id=7,
        conditions=frozenset({Condition.PERIPHERAL_VASCULAR_DISEASE, Condition.DIABETES}),
        clearances=(
            Clearance(Condition.PERIPHERAL_VASCULAR_DISEASE, date(2025, 10, 1), "Dr Weber"),
        ),
        site_findings=MappingProxyType({LEFT_KNEE: frozenset({Finding.PREVIOUS_FROSTBITE})}),
        personal_max_minutes=10,
        personal_rest_minutes=120,
        supervised=True,
        review_required_since=datetime(2026, 2, 1, tzinfo=UTC),
        reviews=(ClinicianReview(date(2025, 1, 1), "Dr Lee"),),
        entered_by=EnteredBy.CLINICIAN,
        entered_by_name="Dr Weber",
        screening_answered_at=datetime(2025, 12, 1, tzinfo=UTC),
    )
    form.set_profile(stored)
    assert form.profile() == stored


def test_filling_the_form_from_a_profile_is_not_a_change(form: ProfileForm, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(form.changed):
        form.set_profile(Profile(name="Anna", birth_year=1954))
    with qtbot.waitSignal(form.changed):
        form.name_edit.textEdited.emit("Ann")


# ------------------------------------------------------------------ why, names, keys


def test_why_opens_the_sources_of_its_question(
    form: ProfileForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SourcesDialog] = []
    monkeypatch.setattr(SourcesDialog, "exec", lambda self: opened.append(self) or 0)
    question = QUESTIONS[0]
    form.question(question.condition).why_button.click()
    assert len(opened) == 1
    texts = [label.text() for label in opened[0].findChildren(QLabel)]
    listing = " ".join(texts)
    assert all(
        sources_html((source,))[len("<ul>") : -len("</ul>")] in listing
        for source in question.sources
    )
    assert "[R1]" in listing  # limits are conventions, not proof
    assert any(question.why in text for text in texts)


def test_every_control_of_every_step_has_an_accessible_name(page: ProfileSetupPage) -> None:
    answer_all(page.form, yes=[Condition.RAYNAUDS, Condition.PERIPHERAL_VASCULAR_DISEASE])
    page.form.entered_by.button(EnteredBy.CAREGIVER).click()
    controls = interactive(page)
    assert len(controls) > 50
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName().strip()]
    assert unnamed == []


@pytest.mark.parametrize("step", range(len(STEPS)))
def test_tab_reaches_every_control_of_each_step(
    page: ProfileSetupPage, qtbot: QtBot, step: int
) -> None:
    answer_all(page.form, yes=[Condition.RAYNAUDS])
    page.form.clearance_editor(Condition.RAYNAUDS).given.setChecked(True)
    page.form.entered_by.button(EnteredBy.CAREGIVER).click()
    shown(page, qtbot)
    page.show_step(step)
    visible = [w for w in interactive(page) if w.isVisibleTo(page)]
    reached = tab_stops(qtbot, page, tab_start(visible))
    assert [w.accessibleName() for w in visible if not tab_reaches(w, reached)] == []


def tab_reaches(widget: QWidget, reached: set[QWidget]) -> bool:
    """Tab enters a group of answer tiles once (arrows move inside it, as with radio buttons)."""
    grid = next((a for a in ancestors(widget) if isinstance(a, ChoiceGrid)), None)
    if grid is None:
        return widget in reached
    return any(tile in reached for tile in grid.buttons())


def test_each_step_shows_only_its_sections(page: ProfileSetupPage) -> None:
    form = page.form
    parts = {
        Section.ABOUT: form.name_edit,
        Section.HEALTH: form.question(Condition.DIABETES),
        Section.PLACES: form.places,
        Section.CARE: form.supervised,
    }
    for index, sections in enumerate(STEPS):
        page.show_step(index)
        assert {s for s, part in parts.items() if part.isVisibleTo(form)} == set(sections)
