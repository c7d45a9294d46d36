"""Reason codes of safety-rules.md §8 with their plain-language messages and sources.

Every reason the engine gives carries a stable code, a message marked for translation (context
``Safety``; ``{name}`` placeholders are filled from ``params`` after translating) and a
non-empty list of sources: reference ids, ``ColdCare default`` or ``Personal limit``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.references import COLDCARE_DEFAULT, PERSONAL_LIMIT, expand_sources
from coldcare.domain.vocabulary import ChecklistItem


class ReasonKind(StrEnum):
    """Where a reason appears in a verdict."""

    BLOCK = "block"
    WARNING = "warning"
    LIMIT = "limit"


class ReasonCode(StrEnum):
    """Every code a verdict can carry (§8)."""

    # Blocks
    COLD_URTICARIA = "cold-urticaria"
    CRYOGLOBULINAEMIA = "cryoglobulinaemia"
    COLD_HAEMOGLOBINURIA = "cold-haemoglobinuria"
    CRPS = "crps"
    WBC_LOG_ONLY = "wbc-log-only"
    CIRCULATION = "circulation"
    NO_FEELING = "no-feeling"
    POOR_CIRCULATION = "poor-circulation"
    REGENERATING_NERVE = "regenerating-nerve"
    PREVIOUS_FROSTBITE = "previous-frostbite"
    BROKEN_SKIN = "broken-skin"
    CANNOT_REPORT = "cannot-report"
    CHILD_UNDER_2 = "child-under-2"
    CHILD_DEVICE = "child-device"
    DEVICE_DIABETES = "device-diabetes"
    NERVE_COMPRESSION = "nerve-compression"
    BARRIER_MISSING = "barrier-missing"
    BARRIER_DOUBLE = "barrier-double"
    REST_INTERVAL = "rest-interval"
    DAILY_LIMIT = "daily-limit"
    SITE_LOCKED = "site-locked"
    REVIEW_NEEDED = "review-needed"
    CHECKLIST_SKIN_INTACT = ChecklistItem.SKIN_INTACT.value
    CHECKLIST_FEELING_NORMAL = ChecklistItem.FEELING_NORMAL.value
    CHECKLIST_SKIN_RECOVERED = ChecklistItem.SKIN_RECOVERED.value
    CHECKLIST_AWAKE = ChecklistItem.AWAKE.value
    CHECKLIST_BARRIER_IN_PLACE = ChecklistItem.BARRIER_IN_PLACE.value
    # Limit reasons
    NERVE_SITE = "nerve-site"
    EXTREMITY = "extremity"
    HEAD = "head"
    CHILD = "child"
    OLDER_ADULT = "older-adult"
    REDUCED_SENSATION = "reduced-sensation"
    PERSONAL_LIMIT = "personal-limit"
    # Warnings
    HYPERTENSION = "hypertension"
    HEART_DISEASE = "heart-disease"
    HEART_LEFT_SHOULDER = "heart-left-shoulder"
    COLD_SENSITIVE_ARTHRITIS = "cold-sensitive-arthritis"
    DIABETES_ASK_CLINICIAN = "diabetes-ask-clinician"
    NECK_FRONT_PRESSURE = "neck-front-pressure"
    FAINTING = "fainting"
    LOWER_BACK_KIDNEY = "lower-back-kidney"
    HIP_NERVE = "hip-nerve"
    THIGH_NERVE = "thigh-nerve"
    KNEE_OUTER_SIDE = "knee-outer-side"
    ICE_MASSAGE_BONY = "ice-massage-bony"
    DRY_BARRIER = "dry-barrier"
    CIRCULATION_CLEARED = "circulation-cleared"

    @property
    def kind(self) -> ReasonKind:
        """Whether the code blocks, warns or explains a limit."""
        return CATALOGUE[self].kind


@dataclass(frozen=True)
class Reason:
    """One reason in a verdict: ``{code, message, sources}`` (plus values for placeholders)."""

    code: ReasonCode
    message: str
    sources: tuple[str, ...]
    params: Mapping[str, int | str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def text(self) -> str:
        """The untranslated message with its placeholders filled in."""
        return self.message.format(**self.params)


@dataclass(frozen=True)
class _Entry:
    kind: ReasonKind
    message: str
    sources: tuple[str, ...]


def reason(
    code: ReasonCode,
    *,
    message: str | None = None,
    extra_sources: tuple[str, ...] = (),
    **params: int | str,
) -> Reason:
    """Build the reason for ``code`` from the catalogue, optionally with a variant message."""
    entry = CATALOGUE[code]
    sources = entry.sources + tuple(s for s in extra_sources if s not in entry.sources)
    return Reason(code, message or entry.message, sources, MappingProxyType(dict(params)))


_FINDING_SOURCES = expand_sources("R17", "R26", "R32", "R110", "R111")
_ABSOLUTE_SOURCES = expand_sources("R109", "R110", "R112")
_CIRCULATION_SOURCES = expand_sources("R17", "R76", "R110")
_BLOCK, _WARN, _LIMIT = ReasonKind.BLOCK, ReasonKind.WARNING, ReasonKind.LIMIT

CIRCULATION_AT_EXTREMITY = QT_TRANSLATE_NOOP(
    "Safety",
    "With Raynaud's or poor circulation, hands and feet must never be cooled, even with a "
    "doctor's OK. Choose another spot or another kind of pain relief.",
)
BARRIER_MISSING_DOUBLE = QT_TRANSLATE_NOOP(
    "Safety",
    "A pack must never touch bare skin. With diabetes or reduced feeling, wrap it in two "
    "layers of cloth.",
)
DRY_BARRIER_DOUBLE = QT_TRANSLATE_NOOP(
    "Safety",
    "A dry cloth lets much less cold through. Two layers of damp cloth work better and still "
    "protect the skin.",
)
KNEE_OUTER_SIDE_AT_OUTER = QT_TRANSLATE_NOOP(
    "Safety",
    "A nerve runs just under the skin on the outer side of the knee. Keep to the time shown, "
    "do not press or strap the pack on, and never wrap it all the way round. Stop if the foot "
    "or lower leg tingles.",
)

CATALOGUE: dict[ReasonCode, _Entry] = {
    ReasonCode.COLD_URTICARIA: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Cold can cause a dangerous allergic reaction in people with cold urticaria. "
            "Do not use cold; ask your doctor about other pain relief.",
        ),
        _ABSOLUTE_SOURCES,
    ),
    ReasonCode.CRYOGLOBULINAEMIA: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "With cryoglobulinaemia, cold can block small blood vessels. "
            "Do not use cold; ask your doctor about other pain relief.",
        ),
        _ABSOLUTE_SOURCES,
    ),
    ReasonCode.COLD_HAEMOGLOBINURIA: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "With cold haemoglobinuria, cold can break down red blood cells. "
            "Do not use cold; ask your doctor about other pain relief.",
        ),
        _ABSOLUTE_SOURCES,
    ),
    ReasonCode.CRPS: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Cold is not advised with complex regional pain syndrome (CRPS). "
            "Ask your physiotherapist or doctor about other pain relief.",
        ),
        ("R118",),
    ),
    ReasonCode.WBC_LOG_ONLY: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Whole-body cryotherapy is done at a clinic, with their staff watching. "
            "ColdCare never times it: use “Log a clinic visit” on the Today page instead.",
        ),
        (COLDCARE_DEFAULT,),
    ),
    ReasonCode.CIRCULATION: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "With Raynaud's or poor circulation, cold needs your doctor's or physiotherapist's "
            "OK first. Once they agree, record it on the profile.",
        ),
        _CIRCULATION_SOURCES,
    ),
    ReasonCode.NO_FEELING: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "There is no feeling in the skin here, so cold could injure it without any warning. "
            "Choose another spot.",
        ),
        _FINDING_SOURCES,
    ),
    ReasonCode.POOR_CIRCULATION: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "The circulation here is poor, so cold could harm the skin. Choose another spot.",
        ),
        _FINDING_SOURCES,
    ),
    ReasonCode.REGENERATING_NERVE: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A nerve here is still healing, and cold can slow or harm it. Choose another spot.",
        ),
        _FINDING_SOURCES,
    ),
    ReasonCode.PREVIOUS_FROSTBITE: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "This spot had frostbite or a cold injury before, which makes it easier to injure "
            "again. Choose another spot.",
        ),
        _FINDING_SOURCES,
    ),
    ReasonCode.BROKEN_SKIN: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "The skin here has an open wound, a rash or an infection. "
            "Let it heal before using cold here.",
        ),
        _FINDING_SOURCES,
    ),
    ReasonCode.CANNOT_REPORT: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A caregiver must stay for the whole session, because the person may not be able to "
            "say when the cold starts to hurt. Turn on “A caregiver stays for every session” "
            "on the profile, then start with the caregiver there.",
        ),
        expand_sources("R111", "R116"),
    ),
    ReasonCode.CHILD_UNDER_2: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "ColdCare does not time cold for children under 2 years old. Ask a doctor.",
        ),
        (COLDCARE_DEFAULT,),
    ),
    ReasonCode.CHILD_DEVICE: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Cold compression devices are not for children aged 12 or under. "
            "Use a wrapped gel pack instead.",
        ),
        ("R111",),
    ),
    ReasonCode.DEVICE_DIABETES: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Cold compression devices are not advised with diabetes. "
            "Use a pack wrapped in two layers of cloth instead, after asking your doctor.",
        ),
        ("R111",),
    ),
    ReasonCode.NERVE_COMPRESSION: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A nerve runs just under the skin here, and a compression device could press on it. "
            "Use a plain pack with no pressure instead.",
        ),
        expand_sources("R67", "R70"),
    ),
    ReasonCode.BARRIER_MISSING: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A pack must never touch bare skin. Put a thin damp cloth between the pack and "
            "the skin.",
        ),
        expand_sources("R18", "R22", "R23", "R26"),
    ),
    ReasonCode.BARRIER_DOUBLE: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "With diabetes or reduced feeling, wrap the pack in two layers of cloth.",
        ),
        ("R124",),
    ),
    ReasonCode.REST_INTERVAL: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "This spot needs {minutes} minutes of rest after each session, so the skin and the "
            "tissue under it can warm up again. Wait until the time shown.",
        ),
        (COLDCARE_DEFAULT,),
    ),
    ReasonCode.DAILY_LIMIT: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "This spot has had {count} cold sessions today, the most ColdCare allows in one day. "
            "It can be cooled again after midnight.",
        ),
        expand_sources(COLDCARE_DEFAULT, "R105", "R106"),
    ),
    ReasonCode.SITE_LOCKED: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "This spot showed a warning sign recently. It needs 24 hours to recover: wait until "
            "the time shown before using cold here again.",
        ),
        (COLDCARE_DEFAULT, "R10", "R12", "R131"),
    ),
    ReasonCode.REVIEW_NEEDED: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A session stopped for hives, dizziness or swelling. No cold anywhere until a doctor "
            "has checked you and this is recorded on the profile.",
        ),
        (COLDCARE_DEFAULT, "R112"),
    ),
    ReasonCode.CHECKLIST_SKIN_INTACT: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "The skin there is not whole. Let it heal before using cold on it.",
        ),
        expand_sources("R32", "R92", "R111", "R116"),
    ),
    ReasonCode.CHECKLIST_FEELING_NORMAL: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Feeling there is not as usual, so you might not notice the cold hurting the skin. "
            "Choose another spot, or ask your doctor.",
        ),
        expand_sources("R110", "R111", "R125"),
    ),
    ReasonCode.CHECKLIST_SKIN_RECOVERED: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "The skin has not yet gone back to its normal colour and warmth. "
            "Wait until it has before cooling it again.",
        ),
        expand_sources("R26", "R89"),
    ),
    ReasonCode.CHECKLIST_AWAKE: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Never use cold while you might fall asleep or after medicine that makes you drowsy. "
            "Try again when you are fully awake.",
        ),
        expand_sources("R29", "R45"),
    ),
    ReasonCode.CHECKLIST_BARRIER_IN_PLACE: _Entry(
        _BLOCK,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Put the cloth or cover between the pack and the skin first.",
        ),
        expand_sources("R18", "R22", "R23", "R26"),
    ),
    ReasonCode.NERVE_SITE: _Entry(
        _LIMIT,
        QT_TRANSLATE_NOOP(
            "Safety", "{minutes} minutes at most, because a nerve runs just under the skin here."
        ),
        expand_sources("R65", "R66", "R67", COLDCARE_DEFAULT),
    ),
    ReasonCode.EXTREMITY: _Entry(
        _LIMIT,
        QT_TRANSLATE_NOOP(
            "Safety", "{minutes} minutes at most, because hands and feet are bony and cool fast."
        ),
        ("R71",),
    ),
    ReasonCode.HEAD: _Entry(
        _LIMIT,
        QT_TRANSLATE_NOOP("Safety", "{minutes} minutes at most on the forehead and temples."),
        ("R77",),
    ),
    ReasonCode.CHILD: _Entry(
        _LIMIT,
        QT_TRANSLATE_NOOP("Safety", "{minutes} minutes at most for children aged 12 and under."),
        ("R93",),
    ),
    ReasonCode.OLDER_ADULT: _Entry(
        _LIMIT,
        QT_TRANSLATE_NOOP(
            "Safety",
            "{minutes} minutes at most from age 65, because the skin gets thinner and feels "
            "cold less.",
        ),
        (COLDCARE_DEFAULT,),
    ),
    ReasonCode.REDUCED_SENSATION: _Entry(
        _LIMIT,
        QT_TRANSLATE_NOOP(
            "Safety", "{minutes} minutes at most with diabetes or reduced feeling in the skin."
        ),
        ("R124",),
    ),
    ReasonCode.PERSONAL_LIMIT: _Entry(
        _LIMIT,
        QT_TRANSLATE_NOOP(
            "Safety", "{minutes} minutes at most: the personal limit set on this profile."
        ),
        (PERSONAL_LIMIT,),
    ),
    ReasonCode.HYPERTENSION: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Cold can raise blood pressure for a short time. If yours is hard to keep under "
            "control, ask your doctor before using cold.",
        ),
        expand_sources("R17", "R96", "R120", "R121"),
    ),
    ReasonCode.HEART_DISEASE: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "With heart disease, check with your doctor that cold therapy is right for you.",
        ),
        expand_sources("R26", "R87", "R120"),
    ),
    ReasonCode.HEART_LEFT_SHOULDER: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "With heart disease, cold on the left shoulder is an old caution in physiotherapy. "
            "Ask your doctor before cooling here.",
        ),
        ("R87",),
    ),
    ReasonCode.COLD_SENSITIVE_ARTHRITIS: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Your arthritis can get worse with cold. Stop if pain or stiffness increases.",
        ),
        expand_sources("R33", "R126"),
    ),
    ReasonCode.DIABETES_ASK_CLINICIAN: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "With diabetes, ask your doctor or nurse before using cold, and check your skin often.",
        ),
        expand_sources("R28", "R98"),
    ),
    ReasonCode.NECK_FRONT_PRESSURE: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Do not press on the front of the neck. Lay the pack there gently, with no weight "
            "or strap on it.",
        ),
        (COLDCARE_DEFAULT,),
    ),
    ReasonCode.FAINTING: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "You have fainted before. Cold on the front of the neck may make you feel faint. "
            "Lie down, and stop at once if you feel dizzy.",
        ),
        (COLDCARE_DEFAULT,),
    ),
    ReasonCode.LOWER_BACK_KIDNEY: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP("Safety", "Keep the pack below the ribs, away from the kidney area."),
        ("R68",),
    ),
    ReasonCode.HIP_NERVE: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A nerve runs near the skin at the front of the hip. Keep the pack to the side of "
            "the hip, and stop if the thigh tingles or goes numb.",
        ),
        ("R68",),
    ),
    ReasonCode.THIGH_NERVE: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A nerve runs near the skin at the back of the thigh, just above the knee. Keep the "
            "pack away from there, and stop if the leg or foot tingles.",
        ),
        ("R66",),
    ),
    ReasonCode.KNEE_OUTER_SIDE: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A nerve runs just under the skin on the outer side of the knee. Keep the cold on "
            "the front and inner side, and never wrap it all the way round.",
        ),
        expand_sources("R65", "R66"),
    ),
    ReasonCode.ICE_MASSAGE_BONY: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Keep the ice moving, and away from bone close to the skin such as the kneecap, the "
            "point of the elbow or the spine.",
        ),
        ("R35",),
    ),
    ReasonCode.DRY_BARRIER: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "A dry cloth lets much less cold through. A thin damp cloth works better.",
        ),
        ("R58",),
    ),
    ReasonCode.CIRCULATION_CLEARED: _Entry(
        _WARN,
        QT_TRANSLATE_NOOP(
            "Safety",
            "Your doctor has said cold is OK despite Raynaud's or poor circulation. "
            "Check your skin carefully and stop if it turns white or blue.",
        ),
        _CIRCULATION_SOURCES,
    ),
}
