"""The screening questionnaire behind the condition codes, in plain words, with why each is asked.

A "yes" records the condition on the profile; the safety engine does the rest. Questions are
phrased to the person ("you"); a caregiver filling them in answers for the person. Every "why"
cites the same sources as the rule it feeds, so the app can show them on "Why?".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.reasons import CATALOGUE, ReasonCode
from coldcare.domain.references import COLDCARE_DEFAULT
from coldcare.domain.vocabulary import Condition

# The questionnaire asks to be looked at again after this long (ColdCare default).
REVIEW_AFTER = timedelta(days=182)


@dataclass(frozen=True)
class ScreeningQuestion:
    """One yes/no question (context ``Screening``) and why it matters."""

    condition: Condition
    question: str
    why: str
    sources: tuple[str, ...]


def _sources(code: ReasonCode) -> tuple[str, ...]:
    return CATALOGUE[code].sources


QUESTIONS: tuple[ScreeningQuestion, ...] = (
    ScreeningQuestion(
        Condition.COLD_URTICARIA,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Have you ever had hives, itchy welts or swelling after touching something cold "
            "or being in cold water?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening",
            "This can be cold urticaria, an allergy to cold. Cold packs could then cause a "
            "dangerous reaction.",
        ),
        _sources(ReasonCode.COLD_URTICARIA),
    ),
    ScreeningQuestion(
        Condition.CRYOGLOBULINAEMIA,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Has a doctor told you that you have cryoglobulinaemia (proteins in the blood "
            "that clump together in the cold)?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening", "Cold can then block small blood vessels and harm the skin."
        ),
        _sources(ReasonCode.CRYOGLOBULINAEMIA),
    ),
    ScreeningQuestion(
        Condition.COLD_HAEMOGLOBINURIA,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Has a doctor told you that you have cold haemoglobinuria (dark urine or anaemia "
            "after getting cold)?",
        ),
        QT_TRANSLATE_NOOP("Screening", "Cold can then break down red blood cells."),
        _sources(ReasonCode.COLD_HAEMOGLOBINURIA),
    ),
    ScreeningQuestion(
        Condition.CRPS,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Has a doctor told you that you have complex regional pain syndrome (CRPS)?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening", "Cold is not advised with CRPS: it can make the pain worse."
        ),
        _sources(ReasonCode.CRPS),
    ),
    ScreeningQuestion(
        Condition.RAYNAUDS,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Do your fingers or toes turn white or blue in the cold (Raynaud's)?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening",
            "With Raynaud's, cold can shut off the blood flow. Hands and feet are never "
            "cooled, and other places only with your doctor's OK.",
        ),
        _sources(ReasonCode.CIRCULATION),
    ),
    ScreeningQuestion(
        Condition.PERIPHERAL_VASCULAR_DISEASE,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Do you have poor circulation in your legs or arms, for example leg pain when "
            "walking that eases when you rest?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Cold narrows the blood vessels further. Hands and feet are never cooled, and "
            "other places only with your doctor's OK.",
        ),
        _sources(ReasonCode.CIRCULATION),
    ),
    ScreeningQuestion(
        Condition.DIABETES,
        QT_TRANSLATE_NOOP("Screening", "Do you have diabetes?"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Diabetes can reduce feeling and circulation in the skin. Sessions are shorter, "
            "the pack needs two layers of cloth, and the skin is checked more often.",
        ),
        _sources(ReasonCode.REDUCED_SENSATION),
    ),
    ScreeningQuestion(
        Condition.REDUCED_SENSATION,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Is the feeling in your skin weaker anywhere, for example numb feet or hands?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening",
            "If you cannot feel the cold well, it can injure the skin without warning. "
            "Sessions are shorter and the skin is checked more often.",
        ),
        _sources(ReasonCode.REDUCED_SENSATION),
    ),
    ScreeningQuestion(
        Condition.HYPERTENSION,
        QT_TRANSLATE_NOOP("Screening", "Do you have high blood pressure?"),
        QT_TRANSLATE_NOOP(
            "Screening", "Cold can raise blood pressure for a short time. ColdCare reminds you."
        ),
        _sources(ReasonCode.HYPERTENSION),
    ),
    ScreeningQuestion(
        Condition.HEART_DISEASE,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Do you have heart disease, such as angina, a past heart attack or an irregular "
            "heartbeat?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Cold puts a small strain on the heart. ColdCare asks you to check with your "
            "doctor, and takes extra care with the left shoulder.",
        ),
        _sources(ReasonCode.HEART_DISEASE),
    ),
    ScreeningQuestion(
        Condition.COLD_SENSITIVE_ARTHRITIS,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Do you have arthritis (for example rheumatoid arthritis) that gets worse in the cold?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening", "Cold may then increase pain or stiffness. ColdCare reminds you to stop."
        ),
        _sources(ReasonCode.COLD_SENSITIVE_ARTHRITIS),
    ),
    ScreeningQuestion(
        Condition.COGNITIVE_IMPAIRMENT,
        QT_TRANSLATE_NOOP(
            "Screening",
            "Is it hard for the person using the cold to notice or say when something hurts "
            "or feels wrong, for example because of dementia?",
        ),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Then a caregiver must stay for the whole session and answer the skin checks.",
        ),
        _sources(ReasonCode.CANNOT_REPORT),
    ),
    ScreeningQuestion(
        Condition.FAINTING_HISTORY,
        QT_TRANSLATE_NOOP("Screening", "Have you ever fainted?"),
        QT_TRANSLATE_NOOP(
            "Screening",
            "Cold on the front of the neck can make some people feel faint. ColdCare warns "
            "you there.",
        ),
        (COLDCARE_DEFAULT,),
    ),
)

INTRODUCTION = QT_TRANSLATE_NOOP(
    "Screening",
    "A few yes-or-no questions keep cold therapy safe for you. If you are filling this in "
    "for someone else, answer for them. Nothing leaves this computer.",
)


def review_due(answered_at: datetime | None, now: datetime) -> bool:
    """Whether the questionnaire should be looked at again (never answered, or 6 months on)."""
    return answered_at is None or now - answered_at >= REVIEW_AFTER
