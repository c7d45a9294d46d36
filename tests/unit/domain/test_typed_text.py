"""Every field a person types into refuses text that no file or database can hold, naming the
field, before anything is saved (a lone surrogate used to get as far as the database write and
fail there with an encoding error)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, time

import pytest

from coldcare.domain.exercises import BodyRegion, Effort, Exercise, ExerciseCompletion
from coldcare.domain.pain_stats import PegResponse
from coldcare.domain.plan import ItemKind, OccurrenceLog, PlanItem
from coldcare.domain.records import AdverseEvent, EventSource
from coldcare.domain.vocabulary import BadInputError, BodySite
from tests.unit.storage.samples import simple_session

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _session(note: str) -> object:
    return dataclasses.replace(simple_session(1, BodySite.parse("knee-left"), NOW), note=note)


def _plan_item(label: str) -> object:
    return PlanItem(
        profile_id=1,
        kind=ItemKind.EXERCISE,
        label=label,
        weekdays=frozenset({0}),
        at=time(9),
        start_date=date(2026, 1, 1),
        exercise_id=1,
    )


def _exercise(name: str = "Squeeze", instructions: str = "Squeeze and hold.") -> object:
    return Exercise(name, instructions, BodyRegion.SHOULDER, 2, 3, 5, 30)


# (what the field is, how a record with that text in it is made, the field's name in the message)
FIELDS: list[tuple[str, Callable[[str], object], str]] = [
    ("session note", _session, "note"),
    ("adverse event note", lambda t: AdverseEvent(1, NOW, EventSource.SKIN_CHECK, note=t), "note"),
    ("PEG note", lambda t: PegResponse(1, NOW, 6, 5, 7, note=t), "note"),
    ("skip note", lambda t: OccurrenceLog(1, 1, NOW.date(), skip_note=t), "note"),
    (
        "exercise note",
        lambda t: ExerciseCompletion(1, 1, NOW, 2, 3, Effort.JUST_RIGHT, note=t),
        "note",
    ),
    ("plan item name", _plan_item, "plan item's name"),
    ("exercise name", _exercise, "exercise's name"),
    ("exercise instructions", lambda t: _exercise(instructions=t), "instructions"),
]
IDS = [what for what, _, _ in FIELDS]


@pytest.mark.parametrize(("what", "make", "field"), FIELDS, ids=IDS)
@pytest.mark.parametrize(
    ("text", "problem"),
    [("Ice\ud800", "not valid text"), ("Ice\x07", "control characters")],
    ids=["lone surrogate", "bell"],
)
def test_broken_text_is_refused_naming_the_field(
    what: str, make: Callable[[str], object], field: str, text: str, problem: str
) -> None:
    with pytest.raises(BadInputError, match=f"the {field} .*{problem}"):
        make(text)


@pytest.mark.parametrize(("what", "make", "field"), FIELDS, ids=IDS)
def test_awkward_but_real_text_is_kept(
    what: str, make: Callable[[str], object], field: str
) -> None:
    text = "Knie links\n\t👩🏽‍⚕️ שלום =1+1"
    assert text in dataclasses.astuple(make(text))  # type: ignore[call-overload]
