"""Warning signs during and after a session (safety-rules.md §5 and §6), and what each does.

A skin check asks the skin's look, the sensation stage (cold → burning → aching → numb), pain
compared with the start, and other symptoms. :func:`stop_signs` turns an answer into the signs
that stop the session at once; :func:`consequences` says what follows: a 24-hour lock of the
site, no cold anywhere until a clinician review, a call to emergency services.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.references import COLDCARE_DEFAULT
from coldcare.domain.safety import SITE_LOCK
from coldcare.domain.vocabulary import BodySite, Site


class SkinLook(StrEnum):
    """How the skin under the cold looks."""

    NORMAL = "normal"
    BRIGHT_RED = "bright-red"
    WHITE = "white"
    GREY_BLUE_WAXY = "grey-blue-waxy"
    HIVES = "hives"
    BLISTERS = "blisters"


class Sensation(StrEnum):
    """The expected stages, cold → burning → aching → numb, and the one that is not expected."""

    COLD = "cold"
    BURNING = "burning"
    ACHING = "aching"
    NUMB = "numb"
    INTENSE_BURNING = "intense-burning"


class PainChange(StrEnum):
    """Pain now compared with the start of the session."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


class Symptom(StrEnum):
    """Other symptoms the skin check asks about."""

    TINGLING = "tingling"
    WEAKNESS = "weakness"
    DIZZINESS = "dizziness"
    LIP_THROAT_SWELLING = "lip-throat-swelling"
    WHEEZING = "wheezing"


class StopSign(StrEnum):
    """A sign that ends the session at once (§5)."""

    WHITE_SKIN = "white-skin"
    GREY_BLUE_WAXY_SKIN = "grey-blue-waxy-skin"
    BRIGHT_RED_SKIN = "bright-red-skin"
    HIVES = "hives"
    BLISTERS = "blisters"
    NUMBNESS = "numbness"
    INTENSE_BURNING = "intense-burning"
    PAIN_WORSE = "pain-worse"
    DIZZINESS = "dizziness"
    LIP_THROAT_SWELLING = "lip-throat-swelling"
    WHEEZING = "wheezing"

    @property
    def display_name(self) -> str:
        """An untranslated name (context ``StopSign``)."""
        return STOP_SIGN_NAMES[self]


STOP_SIGN_NAMES: dict[StopSign, str] = {
    StopSign.WHITE_SKIN: QT_TRANSLATE_NOOP("StopSign", "White skin"),
    StopSign.GREY_BLUE_WAXY_SKIN: QT_TRANSLATE_NOOP("StopSign", "Grey, blue or waxy skin"),
    StopSign.BRIGHT_RED_SKIN: QT_TRANSLATE_NOOP("StopSign", "Bright red skin"),
    StopSign.HIVES: QT_TRANSLATE_NOOP("StopSign", "Hives or raised, itchy welts"),
    StopSign.BLISTERS: QT_TRANSLATE_NOOP("StopSign", "Blisters"),
    StopSign.NUMBNESS: QT_TRANSLATE_NOOP("StopSign", "Numbness"),
    StopSign.INTENSE_BURNING: QT_TRANSLATE_NOOP("StopSign", "Intense burning or stinging"),
    StopSign.PAIN_WORSE: QT_TRANSLATE_NOOP("StopSign", "Pain worse than at the start"),
    StopSign.DIZZINESS: QT_TRANSLATE_NOOP("StopSign", "Dizziness or feeling faint"),
    StopSign.LIP_THROAT_SWELLING: QT_TRANSLATE_NOOP("StopSign", "Swelling of the lips or throat"),
    StopSign.WHEEZING: QT_TRANSLATE_NOOP("StopSign", "Wheezing or trouble breathing"),
}

# §6: a stop for one of these locks the site for 24 hours.
SKIN_SIGNS = frozenset(
    {
        StopSign.WHITE_SKIN,
        StopSign.GREY_BLUE_WAXY_SKIN,
        StopSign.BRIGHT_RED_SKIN,
        StopSign.BLISTERS,
        StopSign.NUMBNESS,
        StopSign.INTENSE_BURNING,
    }
)
# §6: no cold at any site until a clinician review is recorded.
REVIEW_SIGNS = frozenset(
    {StopSign.HIVES, StopSign.DIZZINESS, StopSign.LIP_THROAT_SWELLING, StopSign.WHEEZING}
)
# §5: possible cold-urticaria reaction: call emergency services now.
EMERGENCY_SIGNS = frozenset({StopSign.LIP_THROAT_SWELLING, StopSign.WHEEZING})

STOP_SIGN_SOURCES: dict[StopSign, tuple[str, ...]] = {
    StopSign.WHITE_SKIN: ("R28", "R130", "R131"),
    StopSign.GREY_BLUE_WAXY_SKIN: ("R28", "R130", "R131"),
    StopSign.BRIGHT_RED_SKIN: ("R98",),
    StopSign.HIVES: ("R89", "R112"),
    StopSign.BLISTERS: ("R131",),
    StopSign.NUMBNESS: ("R134",),
    StopSign.INTENSE_BURNING: ("R135",),
    StopSign.PAIN_WORSE: ("R23", "R92"),
    StopSign.DIZZINESS: ("R41", "R78"),
    StopSign.LIP_THROAT_SWELLING: ("R112",),
    StopSign.WHEEZING: ("R112",),
}

_LOOK_SIGNS: dict[SkinLook, StopSign] = {
    SkinLook.WHITE: StopSign.WHITE_SKIN,
    SkinLook.GREY_BLUE_WAXY: StopSign.GREY_BLUE_WAXY_SKIN,
    SkinLook.BRIGHT_RED: StopSign.BRIGHT_RED_SKIN,
    SkinLook.HIVES: StopSign.HIVES,
    SkinLook.BLISTERS: StopSign.BLISTERS,
}
_SENSATION_SIGNS: dict[Sensation, StopSign] = {
    Sensation.NUMB: StopSign.NUMBNESS,
    Sensation.INTENSE_BURNING: StopSign.INTENSE_BURNING,
}
_SYMPTOM_SIGNS: dict[Symptom, StopSign] = {
    Symptom.DIZZINESS: StopSign.DIZZINESS,
    Symptom.LIP_THROAT_SWELLING: StopSign.LIP_THROAT_SWELLING,
    Symptom.WHEEZING: StopSign.WHEEZING,
}


@dataclass(frozen=True)
class SkinCheckAnswer:
    """One answered skin check."""

    look: SkinLook
    sensation: Sensation
    pain: PainChange
    symptoms: frozenset[Symptom] = frozenset()


def sign_for_look(look: SkinLook) -> StopSign | None:
    """The stop sign a skin look shows on its own, if any."""
    return _LOOK_SIGNS.get(look)


def stop_signs(answer: SkinCheckAnswer) -> frozenset[StopSign]:
    """Every §5 stop sign in the answer; empty when the session may go on."""
    signs: set[StopSign] = set()
    look_sign = sign_for_look(answer.look)
    if look_sign is not None:
        signs.add(look_sign)
    if answer.sensation in _SENSATION_SIGNS:
        signs.add(_SENSATION_SIGNS[answer.sensation])
    if answer.pain is PainChange.WORSE:
        signs.add(StopSign.PAIN_WORSE)
    signs.update(_SYMPTOM_SIGNS[s] for s in answer.symptoms if s in _SYMPTOM_SIGNS)
    return frozenset(signs)


@dataclass(frozen=True)
class Consequences:
    """What a stop for ``signs`` at ``site`` brings (§5, §6)."""

    signs: frozenset[StopSign]
    lock_until: datetime | None
    review_needed: bool
    call_emergency: bool

    @property
    def sources(self) -> tuple[str, ...]:
        """The evidence for every sign, in a stable order, plus the ColdCare defaults used."""
        ordered = [
            source for sign in StopSign if sign in self.signs for source in STOP_SIGN_SOURCES[sign]
        ]
        if self.lock_until is not None or self.review_needed:
            ordered.append(COLDCARE_DEFAULT)
        return tuple(dict.fromkeys(ordered))


def consequences(signs: Iterable[StopSign], stopped_at: datetime) -> Consequences:
    """The lock, review and emergency advice that follow a stop for ``signs``."""
    found = frozenset(signs)
    return Consequences(
        signs=found,
        lock_until=stopped_at + SITE_LOCK if found & SKIN_SIGNS else None,
        review_needed=bool(found & REVIEW_SIGNS),
        call_emergency=bool(found & EMERGENCY_SIGNS),
    )


# ----------------------------------------------------------------------------- the follow-up

FOLLOW_UP_DELAY = timedelta(minutes=30)
_FOOT_DROP_SITES = frozenset({Site.KNEE, Site.KNEE_OUTER, Site.THIGH})


def asks_about_foot_drop(site: BodySite) -> bool:
    """After knee or thigh cooling the follow-up asks about new weakness (foot drop) [R66]."""
    return site.site in _FOOT_DROP_SITES


class FollowUpAdvice(StrEnum):
    """What the 30-minute follow-up tells the person."""

    ALL_WELL = "all-well"
    SEEK_MEDICAL_ADVICE = "seek-medical-advice"
    SEEK_URGENT_ADVICE = "seek-urgent-advice"


@dataclass(frozen=True)
class FollowUpAnswer:
    """The answers 30 minutes after the pack came off."""

    numb_or_tingling: bool
    new_weakness: bool = False
    skin_hard_or_blistered: bool = False


@dataclass(frozen=True)
class FollowUpOutcome:
    """Advice and lock that follow a follow-up answer (§6)."""

    advice: FollowUpAdvice
    lock_until: datetime | None
    sources: tuple[str, ...]


def follow_up_outcome(answer: FollowUpAnswer, answered_at: datetime) -> FollowUpOutcome:
    """Numbness or tingling still there: medical advice and a 24-hour lock [R10].

    New weakness after knee or thigh cooling (foot drop): urgent medical advice [R66]. Hard or
    blistered skin: medical advice and a lock, as for a skin sign during the session [R131].
    """
    if answer.new_weakness:
        lock = answered_at + SITE_LOCK
        return FollowUpOutcome(FollowUpAdvice.SEEK_URGENT_ADVICE, lock, ("R66", COLDCARE_DEFAULT))
    if answer.numb_or_tingling or answer.skin_hard_or_blistered:
        lock = answered_at + SITE_LOCK
        return FollowUpOutcome(
            FollowUpAdvice.SEEK_MEDICAL_ADVICE, lock, ("R10", "R131", COLDCARE_DEFAULT)
        )
    return FollowUpOutcome(FollowUpAdvice.ALL_WELL, None, ())
