"""Home exercises: the library, a gentle starter set written by us, and logged completions.

The starter set holds common, gentle home exercises for the knee, hip, lower back, neck and
shoulder, in plain words. They are examples to discuss with a physiotherapist, not a
prescription; the app says so wherever they are shown. Built-in exercises are translated by
their stable key; custom exercises are stored as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coldcare.domain.i18n import QT_TRANSLATE_NOOP
from coldcare.domain.records import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, check_text
from coldcare.domain.vocabulary import BadInputError

MAX_INSTRUCTIONS_LENGTH = 4000
MAX_PICTURE_BYTES = 2 * 1024 * 1024

CHECK_WITH_PHYSIOTHERAPIST = QT_TRANSLATE_NOOP(
    "Exercise",
    "Check with your physiotherapist before you start. Move gently and stop if the pain gets "
    "sharply worse.",
)


class BodyRegion(StrEnum):
    """Where an exercise works."""

    KNEE = "knee"
    HIP = "hip"
    LOWER_BACK = "lower-back"
    NECK = "neck"
    SHOULDER = "shoulder"
    ANKLE_FOOT = "ankle-foot"
    WRIST_HAND = "wrist-hand"
    OTHER = "other"


REGION_NAMES: dict[BodyRegion, str] = {
    BodyRegion.KNEE: QT_TRANSLATE_NOOP("BodyRegion", "Knee"),
    BodyRegion.HIP: QT_TRANSLATE_NOOP("BodyRegion", "Hip"),
    BodyRegion.LOWER_BACK: QT_TRANSLATE_NOOP("BodyRegion", "Lower back"),
    BodyRegion.NECK: QT_TRANSLATE_NOOP("BodyRegion", "Neck"),
    BodyRegion.SHOULDER: QT_TRANSLATE_NOOP("BodyRegion", "Shoulder"),
    BodyRegion.ANKLE_FOOT: QT_TRANSLATE_NOOP("BodyRegion", "Ankle and foot"),
    BodyRegion.WRIST_HAND: QT_TRANSLATE_NOOP("BodyRegion", "Wrist and hand"),
    BodyRegion.OTHER: QT_TRANSLATE_NOOP("BodyRegion", "Other"),
}


@dataclass(frozen=True)
class Exercise:
    """One exercise of the library.

    ``hold_seconds`` is how long each repetition is held (0: a slow movement, no hold);
    ``rest_seconds`` the rest between sets. ``builtin_key`` marks the starter set.
    """

    name: str
    instructions: str
    region: BodyRegion
    sets: int
    reps: int
    hold_seconds: int
    rest_seconds: int
    id: int | None = None
    picture: bytes | None = None
    builtin_key: str | None = None
    archived: bool = False

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise BadInputError("an exercise needs a name")
        check_text(self.name, "exercise's name", MAX_NAME_LENGTH)
        check_text(self.instructions, "instructions", MAX_INSTRUCTIONS_LENGTH)
        for what, value, low, high in (
            ("sets", self.sets, 1, 10),
            ("repetitions", self.reps, 1, 50),
            ("hold", self.hold_seconds, 0, 120),
            ("rest", self.rest_seconds, 0, 600),
        ):
            if not low <= value <= high:
                raise BadInputError(f"the {what} must be from {low} to {high}")
        if self.picture is not None and len(self.picture) > MAX_PICTURE_BYTES:
            raise BadInputError("the picture is larger than 2 MB")


class Effort(StrEnum):
    """How hard an exercise felt."""

    EASY = "easy"
    JUST_RIGHT = "just-right"
    HARD = "hard"
    TOO_HARD = "too-hard"


EFFORT_NAMES: dict[Effort, str] = {
    Effort.EASY: QT_TRANSLATE_NOOP("Effort", "Easy"),
    Effort.JUST_RIGHT: QT_TRANSLATE_NOOP("Effort", "Just right"),
    Effort.HARD: QT_TRANSLATE_NOOP("Effort", "Hard"),
    Effort.TOO_HARD: QT_TRANSLATE_NOOP("Effort", "Too hard"),
}


@dataclass(frozen=True, slots=True)
class ExerciseCompletion:
    """One time an exercise was done: how much, how hard, and the pain afterwards."""

    profile_id: int
    exercise_id: int
    completed_at: datetime
    sets_done: int
    reps_done: int
    effort: Effort
    id: int | None = None
    pain: int | None = None
    plan_item_id: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if self.sets_done < 0 or self.reps_done < 0:
            raise BadInputError("sets and repetitions done cannot be negative")
        if self.pain is not None and not 0 <= self.pain <= 10:
            raise BadInputError("a pain rating must be a whole number from 0 to 10")
        check_text(self.note, "note", MAX_NOTE_LENGTH)


def _starter(
    key: str, name: str, instructions: str, region: BodyRegion, numbers: tuple[int, int, int, int]
) -> Exercise:
    sets, reps, hold, rest = numbers
    return Exercise(name, instructions, region, sets, reps, hold, rest, builtin_key=key)


STARTER_SET: tuple[Exercise, ...] = (
    _starter(
        "knee-thigh-press",
        QT_TRANSLATE_NOOP("Exercise", "Thigh press"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Sit or lie with your leg straight out. Tighten the muscle on the front of your "
            "thigh so the back of your knee presses down. Hold, then relax.",
        ),
        BodyRegion.KNEE,
        (2, 10, 5, 30),
    ),
    _starter(
        "knee-straight-leg-raise",
        QT_TRANSLATE_NOOP("Exercise", "Straight leg raise"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Lie on your back with one knee bent and that foot flat. Keep the other leg "
            "straight, tighten the thigh and lift the leg to the height of the bent knee. "
            "Hold, then lower it slowly.",
        ),
        BodyRegion.KNEE,
        (2, 10, 3, 45),
    ),
    _starter(
        "knee-heel-slide",
        QT_TRANSLATE_NOOP("Exercise", "Heel slide"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Lie on your back. Slowly slide one heel towards you, bending the knee as far as is "
            "comfortable, then slide it back.",
        ),
        BodyRegion.KNEE,
        (2, 10, 0, 30),
    ),
    _starter(
        "hip-bridge",
        QT_TRANSLATE_NOOP("Exercise", "Bridge"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Lie on your back with your knees bent and feet flat. Tighten your buttocks and lift "
            "your hips until you are straight from shoulders to knees. Hold, then lower slowly.",
        ),
        BodyRegion.HIP,
        (2, 8, 3, 45),
    ),
    _starter(
        "hip-clamshell",
        QT_TRANSLATE_NOOP("Exercise", "Clamshell"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Lie on your side with your knees bent. Keep your feet together and lift the top "
            "knee, like a shell opening. Lower it slowly.",
        ),
        BodyRegion.HIP,
        (2, 10, 2, 30),
    ),
    _starter(
        "back-pelvic-tilt",
        QT_TRANSLATE_NOOP("Exercise", "Pelvic tilt"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Lie on your back with your knees bent. Tighten your tummy and gently press the small "
            "of your back into the floor. Hold, then relax.",
        ),
        BodyRegion.LOWER_BACK,
        (2, 10, 5, 30),
    ),
    _starter(
        "back-knee-to-chest",
        QT_TRANSLATE_NOOP("Exercise", "Knee to chest"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Lie on your back. Hug one knee gently towards your chest until you feel a stretch in "
            "your lower back. Hold, then change legs.",
        ),
        BodyRegion.LOWER_BACK,
        (1, 6, 20, 30),
    ),
    _starter(
        "neck-chin-tuck",
        QT_TRANSLATE_NOOP("Exercise", "Chin tuck"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Sit tall. Gently draw your chin straight back, as if making a double chin, without "
            "tipping your head. Hold, then relax.",
        ),
        BodyRegion.NECK,
        (2, 10, 5, 30),
    ),
    _starter(
        "neck-side-stretch",
        QT_TRANSLATE_NOOP("Exercise", "Neck side stretch"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Sit tall. Slowly tilt your ear towards your shoulder until you feel a gentle stretch. "
            "Hold, then change sides.",
        ),
        BodyRegion.NECK,
        (1, 4, 20, 15),
    ),
    _starter(
        "shoulder-pendulum",
        QT_TRANSLATE_NOOP("Exercise", "Pendulum swing"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Lean forward with your good hand on a table. Let the other arm hang down loosely and "
            "swing it gently in small circles.",
        ),
        BodyRegion.SHOULDER,
        (2, 10, 0, 30),
    ),
    _starter(
        "shoulder-blade-squeeze",
        QT_TRANSLATE_NOOP("Exercise", "Shoulder blade squeeze"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Sit or stand tall. Squeeze your shoulder blades together and down. Hold, then relax.",
        ),
        BodyRegion.SHOULDER,
        (2, 10, 5, 30),
    ),
)
STARTER_BY_KEY: dict[str, Exercise] = {e.builtin_key or "": e for e in STARTER_SET}
