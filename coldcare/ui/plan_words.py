"""Plan items, body sites and exercises in the person's words: one line per item on Today and
the Plan page, names in sentences. Light on purpose: Today imports it before the first paint."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import time

from PySide6.QtCore import QLocale, QTime

from coldcare.domain.exercises import Exercise
from coldcare.domain.plan import ItemKind, PlanItem
from coldcare.domain.safety import IntermittentProtocol
from coldcare.domain.safety_plan import DAYS_PER_WEEK
from coldcare.domain.vocabulary import BodySite
from coldcare.ui.i18n import translate
from coldcare.ui.words import in_sentence


def site_words(site: BodySite) -> str:
    """The body site in the person's language."""
    return translate("BodySite", site.display_name)


def exercise_name(exercise: Exercise) -> str:
    """An exercise's name in the person's language (starter set) or as typed (custom)."""
    return translate("Exercise", exercise.name) if exercise.builtin_key else exercise.name


def default_cold_label(site: BodySite) -> str:
    """The name offered for a cold item: "Cold on the left knee (front and inner side)"."""
    return translate("PlanItem", "Cold on the {site}").format(site=in_sentence(site_words(site)))


def time_text(at: time, locale: QLocale) -> str:
    """A wall time as the person reads it ("08:00")."""
    return locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def weekdays_text(days: Collection[int], locale: QLocale) -> str:
    """The days in words: "Every day", or "Mon, Wed, Fri"."""
    if len(set(days)) == DAYS_PER_WEEK:
        return translate("PlanItem", "Every day")
    names = [locale.dayName(day + 1, QLocale.FormatType.ShortFormat) for day in sorted(days)]
    return ", ".join(names)


def protocol_text(protocol: IntermittentProtocol) -> str:
    """Two rounds in words: "10 min cold, 10 min break, 10 min cold"."""
    return translate("PlanItem", "{on} min cold, {off} min break, {second} min cold").format(
        on=protocol.first_on_minutes,
        off=protocol.off_minutes,
        second=protocol.second_on_minutes,
    )


def amount_text(item: PlanItem, exercises: Mapping[int, Exercise]) -> str:
    """How much: "15 min", the two rounds, or an exercise's "2 × 10" ("" if unknown)."""
    if item.kind is ItemKind.COLD:
        if item.protocol is not None:
            return protocol_text(item.protocol)
        return translate("PlanItem", "{minutes} min").format(minutes=item.minutes)
    exercise = exercises.get(item.exercise_id or 0)
    if exercise is None:
        return ""
    return translate("PlanItem", "{sets} × {reps}").format(sets=exercise.sets, reps=exercise.reps)


def what_text(item: PlanItem, exercises: Mapping[int, Exercise]) -> str:
    """The item in one line: "Ice the left knee, gel pack, 15 min", "Bridge, 2 × 8", or
    "Knee exercises, heel slide, 2 × 10" when the name in the plan is not the exercise's."""
    parts = [item.label]
    if item.kind is ItemKind.COLD and item.modality is not None:
        parts.append(in_sentence(translate("Modality", item.modality.display_name)))
    exercise = exercises.get(item.exercise_id or 0)
    if exercise is not None and exercise_name(exercise).casefold() != item.label.casefold():
        parts.append(in_sentence(exercise_name(exercise)))
    amount = amount_text(item, exercises)
    if amount:
        parts.append(amount)
    return ", ".join(parts)
