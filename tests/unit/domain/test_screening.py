"""The screening questionnaire covers every condition, each with a reason and sources."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coldcare.domain.screening import INTRODUCTION, QUESTIONS, REVIEW_AFTER, review_due
from coldcare.domain.vocabulary import Condition

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_every_condition_has_exactly_one_question_with_why_and_sources() -> None:
    assert [q.condition for q in QUESTIONS] == list(Condition)
    for question in QUESTIONS:
        assert question.question.endswith("?")
        assert question.why.strip()
        assert question.sources
    assert INTRODUCTION.strip()


def test_the_questionnaire_asks_for_review_every_six_months() -> None:
    assert review_due(None, NOW)
    assert not review_due(NOW - timedelta(days=30), NOW)
    assert review_due(NOW - REVIEW_AFTER, NOW)
    assert timedelta(days=180) <= REVIEW_AFTER
