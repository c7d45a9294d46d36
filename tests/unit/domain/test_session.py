"""The session machine with a fake "now": checks, alarms, stops, intermittent phases, sleep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.session import (
    MAX_ALARM_LEVEL,
    MAX_PAUSE,
    AfterAnswer,
    AlarmKind,
    ColdSession,
    Outcome,
    Phase,
    PutPackBackOn,
    RemovePackNow,
    SessionEnded,
    SessionPlan,
    SkinCheckDue,
    StoppedForSigns,
)
from coldcare.domain.signs import (
    EMERGENCY_SIGNS,
    REVIEW_SIGNS,
    SKIN_SIGNS,
    PainChange,
    Sensation,
    SkinCheckAnswer,
    SkinLook,
    StopSign,
    Symptom,
)
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Modality

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KNEE = BodySite.parse("knee-left")
FINE = SkinCheckAnswer(SkinLook.NORMAL, Sensation.ACHING, PainChange.SAME)


def plan(
    planned: int = 15, protocol: IntermittentProtocol | None = None, check_every: int = 5
) -> SessionPlan:
    return SessionPlan(
        site=KNEE,
        modality=Modality.GEL_PACK,
        barrier=Barrier.DAMP_CLOTH,
        recommended_minutes=15,
        max_minutes=20,
        skin_check_every_minutes=check_every,
        rest_minutes=60,
        planned_minutes=planned,
        protocol=protocol,
    )


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def started(**kwargs: object) -> ColdSession:
    session = ColdSession(plan(**kwargs), pain_before=6)  # type: ignore[arg-type]
    session.start(T0)
    return session


def run_until(session: ColdSession, minutes: float, since: float = 0) -> list[object]:
    """Tick once a second (as the session clock does) from ``since`` to ``minutes`` after T0."""
    effects: list[object] = []
    now = at(since)
    end = at(minutes)
    while now < end:
        now = min(now + timedelta(seconds=1), end)
        effects.extend(session.tick(now))
    return effects


def test_a_whole_session_with_skin_checks_and_the_alarm_acknowledged() -> None:
    session = started()
    assert session.phase is Phase.COLD_ON
    assert session.remaining(at(0)) == timedelta(minutes=15)

    assert run_until(session, 5) == [SkinCheckDue(1)]
    assert session.alarm(at(5)) is not None
    session.answer_skin_check(FINE, at(5.2))
    assert session.alarm(at(5.2)) is None

    effects = run_until(session, 15, since=5.2)
    assert effects == [SkinCheckDue(2), RemovePackNow(last_phase=True)]
    assert session.phase is Phase.REMOVE_NOW
    alarm = session.alarm(at(15))
    assert alarm is not None
    assert alarm.kind is AlarmKind.REMOVE_PACK

    assert session.take_pack_off(at(15.5)) == [SessionEnded(Outcome.COMPLETED, at(15.5), False)]
    assert session.phase is Phase.AFTERCARE
    assert session.cold_on_time(at(16)) == timedelta(minutes=15.5)
    assert session.follow_up_at == at(45.5)
    session.finish_aftercare(AfterAnswer(SkinLook.NORMAL, pain_after=3), at(16))
    assert session.phase is Phase.FINISHED
    assert session.outcome is Outcome.COMPLETED
    assert [c.number for c in session.skin_checks] == [1]


def test_the_end_alarm_grows_louder_until_acknowledged() -> None:
    session = started()
    run_until(session, 15)
    levels = [session.alarm(at(15) + timedelta(seconds=s)).level for s in (0, 25, 45, 300)]  # type: ignore[union-attr]
    assert levels == sorted(levels)
    assert levels[0] == 1
    assert levels[-1] == MAX_ALARM_LEVEL


def test_an_unanswered_skin_check_escalates_like_the_end_alarm() -> None:
    session = started()
    run_until(session, 5)
    quiet = session.alarm(at(5.5))
    loud = session.alarm(at(10))
    assert quiet is not None
    assert loud is not None
    assert quiet.kind is loud.kind is AlarmKind.SKIN_CHECK
    assert quiet.level == 1
    assert loud.level == MAX_ALARM_LEVEL
    # A second check time passing does not stack another prompt on the unanswered one.
    assert run_until(session, 10.5, since=5) == []


@pytest.mark.parametrize(
    ("answer", "sign"),
    [
        (SkinCheckAnswer(SkinLook.WHITE, Sensation.COLD, PainChange.SAME), StopSign.WHITE_SKIN),
        (
            SkinCheckAnswer(SkinLook.GREY_BLUE_WAXY, Sensation.COLD, PainChange.SAME),
            StopSign.GREY_BLUE_WAXY_SKIN,
        ),
        (
            SkinCheckAnswer(SkinLook.BRIGHT_RED, Sensation.COLD, PainChange.SAME),
            StopSign.BRIGHT_RED_SKIN,
        ),
        (SkinCheckAnswer(SkinLook.HIVES, Sensation.COLD, PainChange.SAME), StopSign.HIVES),
        (SkinCheckAnswer(SkinLook.BLISTERS, Sensation.COLD, PainChange.SAME), StopSign.BLISTERS),
        (SkinCheckAnswer(SkinLook.NORMAL, Sensation.NUMB, PainChange.SAME), StopSign.NUMBNESS),
        (
            SkinCheckAnswer(SkinLook.NORMAL, Sensation.INTENSE_BURNING, PainChange.SAME),
            StopSign.INTENSE_BURNING,
        ),
        (SkinCheckAnswer(SkinLook.NORMAL, Sensation.COLD, PainChange.WORSE), StopSign.PAIN_WORSE),
        (
            SkinCheckAnswer(
                SkinLook.NORMAL, Sensation.COLD, PainChange.SAME, frozenset({Symptom.DIZZINESS})
            ),
            StopSign.DIZZINESS,
        ),
        (
            SkinCheckAnswer(
                SkinLook.NORMAL,
                Sensation.COLD,
                PainChange.SAME,
                frozenset({Symptom.LIP_THROAT_SWELLING}),
            ),
            StopSign.LIP_THROAT_SWELLING,
        ),
        (
            SkinCheckAnswer(
                SkinLook.NORMAL, Sensation.COLD, PainChange.SAME, frozenset({Symptom.WHEEZING})
            ),
            StopSign.WHEEZING,
        ),
    ],
)
def test_every_stop_sign_ends_the_session_at_once(answer: SkinCheckAnswer, sign: StopSign) -> None:
    session = started()
    run_until(session, 5)
    effects = session.answer_skin_check(answer, at(5.5))
    stop = effects[0]
    assert isinstance(stop, StoppedForSigns)
    assert stop.consequences.signs == {sign}
    assert effects[1] == SessionEnded(Outcome.STOPPED_FOR_SIGN, at(5.5), True)
    assert session.phase is Phase.FINISHED
    assert session.outcome is Outcome.STOPPED_FOR_SIGN
    assert session.alarm(at(6)) is None
    # §6: skin signs lock the site for 24 h; hives, dizziness and swelling need a review.
    assert (stop.consequences.lock_until == at(5.5) + timedelta(hours=24)) == (sign in SKIN_SIGNS)
    assert stop.consequences.review_needed == (sign in REVIEW_SIGNS)
    assert stop.consequences.call_emergency == (sign in EMERGENCY_SIGNS)
    assert stop.consequences.sources


def test_tingling_or_weakness_alone_do_not_stop_but_are_recorded() -> None:
    session = started()
    run_until(session, 5)
    answer = SkinCheckAnswer(
        SkinLook.NORMAL, Sensation.ACHING, PainChange.BETTER, frozenset({Symptom.TINGLING})
    )
    assert session.answer_skin_check(answer, at(5.1)) == []
    assert session.phase is Phase.COLD_ON
    assert session.skin_checks[0].answer.symptoms == {Symptom.TINGLING}


def test_a_suspend_across_the_deadline_alarms_at_the_first_tick_after_resume() -> None:
    session = started()
    run_until(session, 3)
    # The computer sleeps from minute 3 to minute 40: no tick in between.
    effects = session.tick(at(40))
    assert effects == [RemovePackNow(last_phase=True)]
    alarm = session.alarm(at(40))
    assert alarm is not None
    assert alarm.kind is AlarmKind.REMOVE_PACK
    session.take_pack_off(at(41))
    # What really happened is recorded: 41 minutes of cold.
    assert session.cold_on_time(at(41)) == timedelta(minutes=41)
    assert session.removed_at == at(41)


def test_checks_missed_in_sleep_are_asked_once_not_in_a_burst() -> None:
    session = started(planned=20)
    run_until(session, 1)
    assert session.tick(at(12)) == [SkinCheckDue(1)]
    session.answer_skin_check(FINE, at(12.2))
    assert session.tick(at(12.3)) == []
    assert session.next_skin_check_at(at(12.3)) == at(15)


def test_intermittent_10_off_10_on_10() -> None:
    session = started(planned=20, protocol=IntermittentProtocol(10, 10, 10))
    effects = run_until(session, 10)
    assert effects[-1] == RemovePackNow(last_phase=False)
    assert session.take_pack_off(at(10)) == []
    assert session.phase is Phase.COLD_OFF
    assert session.alarm(at(12)) is None
    assert run_until(session, 20, since=10) == [PutPackBackOn()]
    put_back = session.alarm(at(20))
    assert put_back is not None
    assert put_back.kind is AlarmKind.PUT_BACK
    session.put_pack_back_on(at(20.5))
    assert session.remaining(at(20.5)) == timedelta(minutes=10)
    session.tick(at(30.5))
    assert session.phase is Phase.REMOVE_NOW
    session.take_pack_off(at(30.5))
    assert session.outcome is Outcome.COMPLETED
    assert session.cold_on_time(at(31)) == timedelta(minutes=20)
    kinds = [p.kind for p in session.phases]
    assert kinds == [Phase.COLD_ON, Phase.COLD_OFF, Phase.COLD_ON]


def test_a_first_phase_left_on_too_long_lengthens_the_break_and_shortens_the_second() -> None:
    # 10 on, 10 off, 10 on planned (20-minute maximum); the pack stays on until minute 15.
    session = started(planned=20, protocol=IntermittentProtocol(10, 10, 10))
    run_until(session, 15)
    session.take_pack_off(at(15))
    # The break lasts as long as the cold before it (15 minutes), not the planned 10.
    assert run_until(session, 29.9, since=15) == []
    assert run_until(session, 30, since=29.9) == [PutPackBackOn()]
    session.put_pack_back_on(at(30))
    # Only 5 minutes of cold are left of the 20, and none can be added.
    assert session.remaining(at(30)) == timedelta(minutes=5)
    assert session.can_extend_by() == 0
    assert run_until(session, 35, since=30)[-1] == RemovePackNow(last_phase=True)
    session.take_pack_off(at(35))
    assert session.cold_on_time(at(35)) == timedelta(minutes=20)


def test_a_first_phase_left_on_to_the_maximum_ends_the_session() -> None:
    session = started(planned=20, protocol=IntermittentProtocol(10, 10, 10))
    run_until(session, 19.5)
    session.take_pack_off(at(19.5))
    assert session.phase is Phase.AFTERCARE
    assert session.outcome is Outcome.COMPLETED
    assert session.removed_at == at(19.5)


def test_extend_only_up_to_the_maximum() -> None:
    session = started()
    assert session.can_extend_by() == 5
    run_until(session, 15)
    assert session.phase is Phase.REMOVE_NOW
    session.extend(5, at(15.2))
    assert session.phase is Phase.COLD_ON
    assert session.alarm(at(15.2)) is None
    assert session.can_extend_by() == 0
    with pytest.raises(BadInputError, match="maximum"):
        session.extend(1, at(16))
    session.tick(at(20))
    assert session.phase is Phase.REMOVE_NOW
    session.take_pack_off(at(20))
    assert session.cold_on_time(at(20)) == timedelta(minutes=20)


def test_pause_stops_the_countdown_and_a_forgotten_pause_ends_the_session() -> None:
    session = started()
    session.tick(at(4))
    session.pause(at(4))
    assert session.remaining(at(9)) == timedelta(minutes=11)
    session.resume(at(9))
    assert session.remaining(at(10)) == timedelta(minutes=10)
    session.pause(at(10))
    effects = session.tick(at(10) + MAX_PAUSE)
    assert effects == [SessionEnded(Outcome.STOPPED_EARLY, at(10), False)]
    assert session.cold_on_time(at(50)) == timedelta(minutes=5)


def test_taking_the_pack_off_early_is_stopped_early() -> None:
    session = started()
    run_until(session, 7)
    assert session.take_pack_off(at(7)) == [SessionEnded(Outcome.STOPPED_EARLY, at(7), False)]


def test_a_skin_sign_at_aftercare_still_locks_the_site() -> None:
    session = started()
    run_until(session, 15)
    session.take_pack_off(at(15))
    effects = session.finish_aftercare(AfterAnswer(SkinLook.WHITE, 2), at(16))
    assert isinstance(effects[0], StoppedForSigns)
    assert effects[0].consequences.lock_until == at(16) + timedelta(hours=24)


def test_a_plan_over_the_maximum_is_refused() -> None:
    with pytest.raises(BadInputError, match="1 to 20"):
        plan(planned=25)
    with pytest.raises(BadInputError, match="break"):
        plan(protocol=IntermittentProtocol(10, 5, 10))


def test_actions_out_of_order_are_refused() -> None:
    session = ColdSession(plan())
    with pytest.raises(BadInputError):
        session.pause(T0)
    session.start(T0)
    with pytest.raises(BadInputError):
        session.put_pack_back_on(at(1))
