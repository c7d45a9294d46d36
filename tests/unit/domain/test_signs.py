"""The 30-minute follow-up (safety-rules.md §6) and stop-sign bookkeeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coldcare.domain.signs import (
    STOP_SIGN_NAMES,
    STOP_SIGN_SOURCES,
    FollowUpAdvice,
    FollowUpAnswer,
    StopSign,
    asks_about_foot_drop,
    consequences,
    follow_up_outcome,
)
from coldcare.domain.vocabulary import BodySite, all_body_sites

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_numbness_or_tingling_after_30_minutes_advises_medical_advice_and_locks() -> None:
    outcome = follow_up_outcome(FollowUpAnswer(numb_or_tingling=True), NOW)
    assert outcome.advice is FollowUpAdvice.SEEK_MEDICAL_ADVICE
    assert outcome.lock_until == NOW + timedelta(hours=24)
    assert "R10" in outcome.sources


def test_new_weakness_after_knee_or_thigh_cooling_advises_urgent_advice() -> None:
    outcome = follow_up_outcome(FollowUpAnswer(numb_or_tingling=False, new_weakness=True), NOW)
    assert outcome.advice is FollowUpAdvice.SEEK_URGENT_ADVICE
    assert "R66" in outcome.sources
    assert outcome.lock_until is not None


def test_hard_or_blistered_skin_at_the_follow_up_locks_the_site() -> None:
    answer = FollowUpAnswer(numb_or_tingling=False, skin_hard_or_blistered=True)
    outcome = follow_up_outcome(answer, NOW)
    assert outcome.advice is FollowUpAdvice.SEEK_MEDICAL_ADVICE
    assert outcome.lock_until == NOW + timedelta(hours=24)


def test_all_well_at_the_follow_up() -> None:
    outcome = follow_up_outcome(FollowUpAnswer(numb_or_tingling=False), NOW)
    assert outcome.advice is FollowUpAdvice.ALL_WELL
    assert outcome.lock_until is None


@pytest.mark.parametrize("site", all_body_sites(), ids=str)
def test_the_foot_drop_question_only_after_knee_or_thigh(site: BodySite) -> None:
    expected = site.site.value in ("knee", "knee-outer", "thigh")
    assert asks_about_foot_drop(site) is expected


def test_every_stop_sign_has_a_name_and_sources() -> None:
    assert set(STOP_SIGN_NAMES) == set(StopSign) == set(STOP_SIGN_SOURCES)
    assert all(StopSign(s).display_name for s in StopSign)
    assert all(STOP_SIGN_SOURCES[s] for s in StopSign)


def test_consequence_sources_name_the_evidence_and_the_default_for_locks() -> None:
    result = consequences({StopSign.PAIN_WORSE}, NOW)
    assert result.sources == ("R23", "R92")
    locked = consequences({StopSign.NUMBNESS, StopSign.HIVES}, NOW)
    assert locked.sources == ("R89", "R112", "R134", "ColdCare default")


# safety-rules.md, written out here rather than read from signs.py, so that a sign dropped
# from one of the code's lists is caught. Per sign: (locks the site 24 h [§6], needs a
# clinician review [§6], call emergency services [§5]). Wheezing also asks for a review:
# ColdCare is stricter than §6 there (the same possible cold-urticaria reaction as swelling
# of the lips or throat, which §6 lists).
DOCUMENTED_CONSEQUENCES = {
    StopSign.WHITE_SKIN: (True, False, False),
    StopSign.GREY_BLUE_WAXY_SKIN: (True, False, False),
    StopSign.BRIGHT_RED_SKIN: (True, False, False),
    StopSign.BLISTERS: (True, False, False),
    StopSign.NUMBNESS: (True, False, False),
    StopSign.INTENSE_BURNING: (True, False, False),
    StopSign.HIVES: (False, True, False),
    StopSign.DIZZINESS: (False, True, False),
    StopSign.LIP_THROAT_SWELLING: (False, True, True),
    StopSign.WHEEZING: (False, True, True),
    StopSign.PAIN_WORSE: (False, False, False),
}


@pytest.mark.parametrize(("sign", "expected"), DOCUMENTED_CONSEQUENCES.items())
def test_each_sign_alone_brings_what_the_safety_rules_say(
    sign: StopSign, expected: tuple[bool, bool, bool]
) -> None:
    locks, review, emergency = expected
    found = consequences({sign}, NOW)
    assert (found.lock_until == NOW + timedelta(hours=24)) is locks
    assert (found.lock_until is None) is not locks
    assert found.review_needed is review
    assert found.call_emergency is emergency


def test_every_sign_is_written_out_above() -> None:
    assert set(DOCUMENTED_CONSEQUENCES) == set(StopSign)
