"""Answers as they read inside a sentence ("Check 1: skin pink or normal, numb").

A choice shown on its own starts with a capital ("Pink or normal"). Inside a sentence English
lower-cases it, but other languages decide word by word: German keeps a noun's capital
("Blasen") and drops an adjective's ("rosa oder normal"), which no rule on the letters can
tell apart. So each answer has its in-sentence words as a string of its own, for the
translator to write as the language needs.
"""

from __future__ import annotations

from coldcare.domain.exercises import Effort
from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.records import PainContext, VisitFeeling
from coldcare.domain.signs import Sensation, SkinLook
from coldcare.domain.vocabulary import Barrier
from coldcare.ui.i18n import translate

_LOOKS: dict[SkinLook, str] = {
    SkinLook.NORMAL: QT_TRANSLATE_NOOP("InSentence", "pink or normal"),
    SkinLook.BRIGHT_RED: QT_TRANSLATE_NOOP("InSentence", "bright red"),
    SkinLook.WHITE: QT_TRANSLATE_NOOP("InSentence", "white"),
    SkinLook.GREY_BLUE_WAXY: QT_TRANSLATE_NOOP("InSentence", "grey, blue or waxy"),
    SkinLook.HIVES: QT_TRANSLATE_NOOP("InSentence", "hives or welts"),
    SkinLook.BLISTERS: QT_TRANSLATE_NOOP("InSentence", "blisters"),
}
_SENSATIONS: dict[Sensation, str] = {
    Sensation.COLD: QT_TRANSLATE_NOOP("InSentence", "cold"),
    Sensation.BURNING: QT_TRANSLATE_NOOP("InSentence", "burning"),
    Sensation.ACHING: QT_TRANSLATE_NOOP("InSentence", "aching"),
    Sensation.NUMB: QT_TRANSLATE_NOOP("InSentence", "numb"),
    Sensation.INTENSE_BURNING: QT_TRANSLATE_NOOP("InSentence", "intense burning or stinging"),
}
_EFFORTS: dict[Effort, str] = {
    Effort.EASY: QT_TRANSLATE_NOOP("InSentence", "easy"),
    Effort.JUST_RIGHT: QT_TRANSLATE_NOOP("InSentence", "just right"),
    Effort.HARD: QT_TRANSLATE_NOOP("InSentence", "hard"),
    Effort.TOO_HARD: QT_TRANSLATE_NOOP("InSentence", "too hard"),
}
_FEELINGS: dict[VisitFeeling, str] = {
    VisitFeeling.FINE: QT_TRANSLATE_NOOP("InSentence", "fine"),
    VisitFeeling.UNCOMFORTABLE: QT_TRANSLATE_NOOP("InSentence", "uncomfortable"),
    VisitFeeling.UNWELL: QT_TRANSLATE_NOOP("InSentence", "unwell afterwards"),
}
_PAIN_CONTEXTS: dict[PainContext, str] = {
    PainContext.BEFORE: QT_TRANSLATE_NOOP("InSentence", "before a session"),
    PainContext.AFTER: QT_TRANSLATE_NOOP("InSentence", "after a session"),
    PainContext.FOLLOW_UP: QT_TRANSLATE_NOOP("InSentence", "30 minutes after"),
    PainContext.DAILY: QT_TRANSLATE_NOOP("InSentence", "daily check-in"),
    PainContext.EXERCISE: QT_TRANSLATE_NOOP("InSentence", "after exercise"),
}
_BARRIERS: dict[Barrier, str] = {
    Barrier.NONE: QT_TRANSLATE_NOOP("InSentence", "nothing between pack and skin"),
    Barrier.DAMP_CLOTH: QT_TRANSLATE_NOOP("InSentence", "a thin damp cloth"),
    Barrier.DRY_CLOTH: QT_TRANSLATE_NOOP("InSentence", "a dry cloth"),
    Barrier.PACK_SLEEVE: QT_TRANSLATE_NOOP("InSentence", "the pack's own cover"),
    Barrier.DOUBLE_LAYER: QT_TRANSLATE_NOOP("InSentence", "two layers of cloth"),
}


def look_in_sentence(look: SkinLook) -> str:
    """How the skin looked, inside a sentence."""
    return translate("InSentence", _LOOKS[look])


def sensation_in_sentence(sensation: Sensation) -> str:
    """What the skin felt like, inside a sentence."""
    return translate("InSentence", _SENSATIONS[sensation])


def effort_in_sentence(effort: Effort) -> str:
    """How hard an exercise felt, inside a sentence."""
    return translate("InSentence", _EFFORTS[effort])


def feeling_in_sentence(feeling: VisitFeeling) -> str:
    """How a clinic visit felt, inside a sentence."""
    return translate("InSentence", _FEELINGS[feeling])


def pain_context_in_sentence(context: PainContext) -> str:
    """When a pain rating was given, inside a sentence."""
    return translate("InSentence", _PAIN_CONTEXTS[context])


def barrier_in_sentence(barrier: Barrier) -> str:
    """What was between the pack and the skin, inside a sentence."""
    return translate("InSentence", _BARRIERS[barrier])
