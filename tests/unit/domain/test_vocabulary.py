"""The stable codes of safety-rules.md §1 all have names a person can read."""

from __future__ import annotations

import pytest

from coldcare.domain.vocabulary import (
    BODY_SITE_NAMES,
    BadInputError,
    Barrier,
    BodySite,
    ChecklistItem,
    Condition,
    Finding,
    Modality,
    Site,
    all_body_sites,
)


def test_every_site_code_round_trips_and_has_a_name() -> None:
    codes = [s.code for s in all_body_sites()]
    assert codes == list(BODY_SITE_NAMES)
    for code in codes:
        site = BodySite.parse(code)
        assert str(site) == code
        assert site.display_name


@pytest.mark.parametrize(
    "enum",
    [Modality, Barrier, Condition, Finding],
    ids=lambda e: e.__name__,
)
def test_every_code_has_a_display_name(enum: type[Modality]) -> None:
    assert all(member.display_name.strip() for member in enum)


def test_every_checklist_item_asks_a_question() -> None:
    assert all(item.question.endswith("?") for item in ChecklistItem)


def test_knee_outer_rests_with_the_knee_of_the_same_side() -> None:
    assert BodySite.parse("knee-outer-left").rest_group == BodySite.parse("knee-left")
    assert BodySite.parse("knee-outer-right").rest_group != BodySite.parse("knee-left")
    assert BodySite(Site.LOWER_BACK).rest_group == BodySite(Site.LOWER_BACK)


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("knee", "needs a side"),
        ("lower-back-left", "has no side"),
        ("kneecap-left", "unknown site"),
        ("", "unknown site"),
    ],
)
def test_bad_site_codes_name_the_problem(code: str, problem: str) -> None:
    with pytest.raises(BadInputError, match=problem):
        BodySite.parse(code)


@pytest.mark.parametrize(
    ("parse", "what"),
    [
        (Modality.parse, "modality"),
        (Barrier.parse, "barrier"),
        (Condition.parse, "condition"),
        (Finding.parse, "finding"),
    ],
)
def test_unknown_codes_name_what_was_unknown(parse: object, what: str) -> None:
    with pytest.raises(BadInputError, match=f"unknown {what} 'x'"):
        parse("x")  # type: ignore[operator]
