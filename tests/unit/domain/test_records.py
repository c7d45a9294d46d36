"""Records check their own values and give the safety engine what it needs."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from coldcare.domain import ports
from coldcare.domain.records import (
    PAIN_CONTEXT_NAMES,
    Clearance,
    ClinicianReview,
    ClinicVisit,
    PainContext,
    PainRating,
    Profile,
    SessionRecord,
    VisitFeeling,
)
from coldcare.domain.session import Phase, PhaseRecord
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Condition, Modality

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def anna(**changes: object) -> Profile:
    return Profile(name="Anna", birth_year=1950, id=1, **changes)  # type: ignore[arg-type]


def test_a_profile_gives_the_engine_its_conditions_and_clearances() -> None:
    cleared = Clearance(Condition.RAYNAUDS, date(2026, 1, 5), "Dr Weber")
    profile = anna(
        conditions=frozenset({Condition.RAYNAUDS}),
        clearances=(cleared,),
        personal_max_minutes=12,
        supervised=True,
    )
    safety = profile.safety_profile()
    assert safety.birth_year == 1950
    assert safety.clearances == {Condition.RAYNAUDS}
    assert safety.personal_max_minutes == 12
    assert safety.supervised
    assert not safety.review_needed


def test_a_clinician_review_lifts_the_stop_on_cold() -> None:
    waiting = anna(review_required_since=NOW)
    assert waiting.review_needed
    assert waiting.safety_profile().review_needed
    reviewed = waiting.with_review(ClinicianReview(date(2026, 3, 5), "Dr Weber", "No urticaria"))
    assert not reviewed.review_needed
    assert reviewed.reviews[-1].by_whom == "Dr Weber"


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"name": "  "}, "name must not be empty"),
        ({"name": "A" * 81}, "longer than 80"),
        ({"name": "Anna\x00"}, "control characters"),
        ({"name": "Anna\ud800"}, "not valid text"),
        ({"birth_year": 1800}, "birth year"),
        ({"personal_max_minutes": 0}, "personal maximum"),
        ({"personal_rest_minutes": -1}, "personal rest"),
    ],
)
def test_a_profile_refuses_bad_values_with_a_clear_message(
    changes: dict[str, object], problem: str
) -> None:
    values: dict[str, object] = {"name": "Anna", "birth_year": 1950, **changes}
    with pytest.raises(BadInputError, match=problem):
        Profile(**values)  # type: ignore[arg-type]


def test_clearances_and_reviews_need_a_name() -> None:
    with pytest.raises(BadInputError, match="clearance"):
        Clearance(Condition.RAYNAUDS, date(2026, 1, 5), "")
    with pytest.raises(BadInputError, match="reviewing clinician"):
        ClinicianReview(date(2026, 1, 5), " ")


@pytest.mark.parametrize("value", [-1, 11])
def test_pain_is_0_to_10(value: int) -> None:
    with pytest.raises(BadInputError, match="0 to 10"):
        PainRating(1, NOW, value, PainContext.DAILY)


def test_every_pain_context_has_a_name() -> None:
    assert set(PAIN_CONTEXT_NAMES) == set(PainContext)


@pytest.mark.parametrize("minutes", [0, 10.5])
def test_a_clinic_visit_lasts_minutes_not_hours(minutes: float) -> None:
    with pytest.raises(BadInputError, match="clinic visit"):
        ClinicVisit(1, NOW, minutes, VisitFeeling.FINE)


def _session(**changes: object) -> SessionRecord:
    values: dict[str, object] = {
        "profile_id": 1,
        "site": BodySite.parse("knee-left"),
        "modality": Modality.GEL_PACK,
        "barrier": Barrier.DAMP_CLOTH,
        "recommended_minutes": 15,
        "max_minutes": 20,
        "planned_minutes": 15,
        "skin_check_every_minutes": 5,
        "rest_minutes": 60,
        "started_at": NOW,
        "planned_end_at": NOW,
        **changes,
    }
    return SessionRecord(**values)  # type: ignore[arg-type]


def _phase(kind: Phase, start: float, end: float) -> PhaseRecord:
    return PhaseRecord(kind, NOW + timedelta(minutes=start), NOW + timedelta(minutes=end))


def test_cold_minutes_count_only_the_time_the_pack_was_on() -> None:
    # 7 on, 10 off, 2 on, 1.5 paused, 5.5 on (the last minute after the end alarm).
    phases = (
        _phase(Phase.COLD_ON, 0, 7),
        _phase(Phase.COLD_OFF, 7, 17),
        _phase(Phase.COLD_ON, 17.5, 19.5),
        _phase(Phase.PAUSED, 19.5, 21),
        _phase(Phase.COLD_ON, 21, 26.5),
    )
    removed = NOW + timedelta(minutes=26.5)
    assert _session(phases=phases, removed_at=removed).cold_minutes == pytest.approx(14.5)
    assert _session(phases=phases).cold_minutes is None  # still running


def test_a_recovered_session_without_phases_counts_from_start_to_removal() -> None:
    removed = NOW + timedelta(minutes=12)
    assert _session(removed_at=removed).cold_minutes == pytest.approx(12)


def test_a_running_session_is_not_yet_history() -> None:
    record = _session()
    assert record.as_past_session() is None
    finished = dataclasses.replace(record, removed_at=NOW)
    past = finished.as_past_session()
    assert past is not None
    assert past.removed_at == NOW


def test_storage_errors_are_a_runtime_error_the_ui_can_show() -> None:
    assert issubclass(ports.StorageUnavailableError, RuntimeError)
