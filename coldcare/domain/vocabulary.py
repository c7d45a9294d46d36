"""The stable codes of safety-rules.md §1: body sites, modalities, barriers, conditions, findings.

The codes are part of ColdCare's contract (command line, exports, database); never rename one.
Display names are marked for translation; the UI translates them with the context shown.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum

from coldcare.domain.i18n import QT_TRANSLATE_NOOP


class BadInputError(ValueError):
    """A code, number or combination the rules do not accept; the message names the problem."""


class Side(StrEnum):
    """The person's own left or right."""

    LEFT = "left"
    RIGHT = "right"


class Site(StrEnum):
    """A body site without its side (safety-rules.md §1)."""

    FOREHEAD_TEMPLES = "forehead-temples"
    JAW = "jaw"
    NECK_BACK = "neck-back"
    NECK_FRONT = "neck-front"
    SHOULDER = "shoulder"
    UPPER_BACK = "upper-back"
    LOWER_BACK = "lower-back"
    ELBOW = "elbow"
    WRIST_HAND = "wrist-hand"
    HIP = "hip"
    THIGH = "thigh"
    KNEE = "knee"
    KNEE_OUTER = "knee-outer"
    CALF_SHIN = "calf-shin"
    ANKLE_FOOT = "ankle-foot"

    @property
    def sided(self) -> bool:
        """Whether the site needs ``-left`` or ``-right``."""
        return self not in _UNSIDED

    @property
    def superficial_nerve(self) -> bool:
        """A nerve runs just under the skin here (ulnar, common peroneal)."""
        return self in (Site.ELBOW, Site.KNEE_OUTER)

    @property
    def extremity(self) -> bool:
        """Hands and feet: bony, strong hunting reaction, Raynaud's territory."""
        return self in (Site.WRIST_HAND, Site.ANKLE_FOOT)

    @property
    def immersible(self) -> bool:
        """Whether cold-water immersion is offered here (ColdCare default)."""
        return self in _IMMERSIBLE


_UNSIDED = frozenset(
    {Site.FOREHEAD_TEMPLES, Site.NECK_BACK, Site.NECK_FRONT, Site.UPPER_BACK, Site.LOWER_BACK}
)
_IMMERSIBLE = frozenset({Site.WRIST_HAND, Site.ANKLE_FOOT, Site.CALF_SHIN, Site.ELBOW})


@dataclass(frozen=True, order=True)
class BodySite:
    """A site with its side where it has one, e.g. ``knee-left`` or ``lower-back``."""

    site: Site
    side: Side | None = None

    def __post_init__(self) -> None:
        if self.site.sided and self.side is None:
            raise BadInputError(
                f"the site '{self.site}' needs a side: '{self.site}-left' or '{self.site}-right'"
            )
        if not self.site.sided and self.side is not None:
            raise BadInputError(f"the site '{self.site}' has no side: use '{self.site}'")

    @property
    def code(self) -> str:
        """The stable code, e.g. ``knee-outer-left``."""
        return f"{self.site}-{self.side}" if self.side else str(self.site)

    @property
    def rest_group(self) -> BodySite:
        """The site that rest intervals, daily counts and locks are kept for.

        ``knee-X`` and ``knee-outer-X`` are one site for rest and daily counts (§1).
        """
        if self.site is Site.KNEE_OUTER:
            return BodySite(Site.KNEE, self.side)
        return self

    @property
    def display_name(self) -> str:
        """An untranslated name in the person's own left/right (context ``BodySite``)."""
        return BODY_SITE_NAMES[self.code]

    @classmethod
    def parse(cls, code: str) -> BodySite:
        """Read a site code; raise :class:`BadInputError` naming the problem."""
        return _parse_site(code)

    def __str__(self) -> str:
        return self.code


@functools.lru_cache(maxsize=256)
def _parse_site(code: str) -> BodySite:
    """:meth:`BodySite.parse`, remembered: storage reads the same few codes for every row."""
    base, side = code, None
    for candidate in Side:
        suffix = f"-{candidate}"
        if code.endswith(suffix):
            base, side = code.removesuffix(suffix), candidate
            break
    try:
        site = Site(base)
    except ValueError:
        raise BadInputError(f"unknown site '{code}'") from None
    return BodySite(site, side)


def all_body_sites() -> tuple[BodySite, ...]:
    """Every site with every side it has, head to foot."""
    sites: list[BodySite] = []
    for site in Site:
        if site.sided:
            sites.extend(BodySite(site, side) for side in Side)
        else:
            sites.append(BodySite(site))
    return tuple(sites)


BODY_SITE_NAMES: dict[str, str] = {
    "forehead-temples": QT_TRANSLATE_NOOP("BodySite", "Forehead and temples"),
    "jaw-left": QT_TRANSLATE_NOOP("BodySite", "Left jaw"),
    "jaw-right": QT_TRANSLATE_NOOP("BodySite", "Right jaw"),
    "neck-back": QT_TRANSLATE_NOOP("BodySite", "Back of the neck"),
    "neck-front": QT_TRANSLATE_NOOP("BodySite", "Front of the neck"),
    "shoulder-left": QT_TRANSLATE_NOOP("BodySite", "Left shoulder"),
    "shoulder-right": QT_TRANSLATE_NOOP("BodySite", "Right shoulder"),
    "upper-back": QT_TRANSLATE_NOOP("BodySite", "Upper back"),
    "lower-back": QT_TRANSLATE_NOOP("BodySite", "Lower back"),
    "elbow-left": QT_TRANSLATE_NOOP("BodySite", "Left elbow"),
    "elbow-right": QT_TRANSLATE_NOOP("BodySite", "Right elbow"),
    "wrist-hand-left": QT_TRANSLATE_NOOP("BodySite", "Left wrist and hand"),
    "wrist-hand-right": QT_TRANSLATE_NOOP("BodySite", "Right wrist and hand"),
    "hip-left": QT_TRANSLATE_NOOP("BodySite", "Left hip"),
    "hip-right": QT_TRANSLATE_NOOP("BodySite", "Right hip"),
    "thigh-left": QT_TRANSLATE_NOOP("BodySite", "Left thigh"),
    "thigh-right": QT_TRANSLATE_NOOP("BodySite", "Right thigh"),
    "knee-left": QT_TRANSLATE_NOOP("BodySite", "Left knee (front and inner side)"),
    "knee-right": QT_TRANSLATE_NOOP("BodySite", "Right knee (front and inner side)"),
    "knee-outer-left": QT_TRANSLATE_NOOP("BodySite", "Outer side of the left knee"),
    "knee-outer-right": QT_TRANSLATE_NOOP("BodySite", "Outer side of the right knee"),
    "calf-shin-left": QT_TRANSLATE_NOOP("BodySite", "Left calf and shin"),
    "calf-shin-right": QT_TRANSLATE_NOOP("BodySite", "Right calf and shin"),
    "ankle-foot-left": QT_TRANSLATE_NOOP("BodySite", "Left ankle and foot"),
    "ankle-foot-right": QT_TRANSLATE_NOOP("BodySite", "Right ankle and foot"),
}


class Modality(StrEnum):
    """How the cold is applied (safety-rules.md §1)."""

    GEL_PACK = "gel-pack"
    ICE_BAG = "ice-bag"
    FROZEN_VEGETABLES = "frozen-vegetables"
    INSTANT_COLD_PACK = "instant-cold-pack"
    ICE_MASSAGE = "ice-massage"
    COLD_WATER_IMMERSION = "cold-water-immersion"
    COLD_COMPRESSION_DEVICE = "cold-compression-device"
    COOL_COMPRESS = "cool-compress"
    WHOLE_BODY_CRYOTHERAPY = "whole-body-cryotherapy"

    @property
    def is_pack(self) -> bool:
        """The "packs" of §2: they need a barrier between them and the skin."""
        return self in _PACKS

    @property
    def display_name(self) -> str:
        """An untranslated name (context ``Modality``)."""
        return MODALITY_NAMES[self]

    @classmethod
    def parse(cls, code: str) -> Modality:
        """Read a modality code; raise :class:`BadInputError` naming the problem."""
        try:
            return cls(code)
        except ValueError:
            raise BadInputError(f"unknown modality '{code}'") from None


_PACKS = frozenset(
    {
        Modality.GEL_PACK,
        Modality.ICE_BAG,
        Modality.FROZEN_VEGETABLES,
        Modality.INSTANT_COLD_PACK,
        Modality.COLD_COMPRESSION_DEVICE,
    }
)

MODALITY_NAMES: dict[Modality, str] = {
    Modality.GEL_PACK: QT_TRANSLATE_NOOP("Modality", "Gel pack"),
    Modality.ICE_BAG: QT_TRANSLATE_NOOP("Modality", "Bag of ice"),
    Modality.FROZEN_VEGETABLES: QT_TRANSLATE_NOOP("Modality", "Bag of frozen vegetables"),
    Modality.INSTANT_COLD_PACK: QT_TRANSLATE_NOOP("Modality", "Instant cold pack"),
    Modality.ICE_MASSAGE: QT_TRANSLATE_NOOP("Modality", "Ice massage"),
    Modality.COLD_WATER_IMMERSION: QT_TRANSLATE_NOOP("Modality", "Cold water bath"),
    Modality.COLD_COMPRESSION_DEVICE: QT_TRANSLATE_NOOP("Modality", "Cold compression device"),
    Modality.COOL_COMPRESS: QT_TRANSLATE_NOOP("Modality", "Cool wet cloth"),
    Modality.WHOLE_BODY_CRYOTHERAPY: QT_TRANSLATE_NOOP("Modality", "Whole-body cryotherapy"),
}


class Barrier(StrEnum):
    """What lies between the cold and the skin."""

    NONE = "none"
    DAMP_CLOTH = "damp-cloth"
    DRY_CLOTH = "dry-cloth"
    PACK_SLEEVE = "pack-sleeve"
    DOUBLE_LAYER = "double-layer"

    @property
    def display_name(self) -> str:
        """An untranslated name (context ``Barrier``)."""
        return BARRIER_NAMES[self]

    @classmethod
    def parse(cls, code: str) -> Barrier:
        """Read a barrier code; raise :class:`BadInputError` naming the problem."""
        try:
            return cls(code)
        except ValueError:
            raise BadInputError(f"unknown barrier '{code}'") from None


BARRIER_NAMES: dict[Barrier, str] = {
    Barrier.NONE: QT_TRANSLATE_NOOP("Barrier", "Nothing between pack and skin"),
    Barrier.DAMP_CLOTH: QT_TRANSLATE_NOOP("Barrier", "A thin damp cloth"),
    Barrier.DRY_CLOTH: QT_TRANSLATE_NOOP("Barrier", "A dry cloth"),
    Barrier.PACK_SLEEVE: QT_TRANSLATE_NOOP("Barrier", "The pack's own cover"),
    Barrier.DOUBLE_LAYER: QT_TRANSLATE_NOOP("Barrier", "Two layers of cloth"),
}


class Condition(StrEnum):
    """Screening-questionnaire condition codes kept on a profile."""

    COLD_URTICARIA = "cold-urticaria"
    CRYOGLOBULINAEMIA = "cryoglobulinaemia"
    COLD_HAEMOGLOBINURIA = "cold-haemoglobinuria"
    CRPS = "crps"
    RAYNAUDS = "raynauds"
    PERIPHERAL_VASCULAR_DISEASE = "peripheral-vascular-disease"
    DIABETES = "diabetes"
    REDUCED_SENSATION = "reduced-sensation"
    HYPERTENSION = "hypertension"
    HEART_DISEASE = "heart-disease"
    COLD_SENSITIVE_ARTHRITIS = "cold-sensitive-arthritis"
    COGNITIVE_IMPAIRMENT = "cognitive-impairment"
    FAINTING_HISTORY = "fainting-history"

    @property
    def clearable(self) -> bool:
        """Only Raynaud's and peripheral vascular disease can be cleared by a clinician."""
        return self in (Condition.RAYNAUDS, Condition.PERIPHERAL_VASCULAR_DISEASE)

    @property
    def display_name(self) -> str:
        """An untranslated name (context ``Condition``)."""
        return CONDITION_NAMES[self]

    @classmethod
    def parse(cls, code: str) -> Condition:
        """Read a condition code; raise :class:`BadInputError` naming the problem."""
        try:
            return cls(code)
        except ValueError:
            raise BadInputError(f"unknown condition '{code}'") from None


CONDITION_NAMES: dict[Condition, str] = {
    Condition.COLD_URTICARIA: QT_TRANSLATE_NOOP("Condition", "Cold urticaria (hives from cold)"),
    Condition.CRYOGLOBULINAEMIA: QT_TRANSLATE_NOOP("Condition", "Cryoglobulinaemia"),
    Condition.COLD_HAEMOGLOBINURIA: QT_TRANSLATE_NOOP(
        "Condition", "Paroxysmal cold haemoglobinuria"
    ),
    Condition.CRPS: QT_TRANSLATE_NOOP("Condition", "Complex regional pain syndrome (CRPS)"),
    Condition.RAYNAUDS: QT_TRANSLATE_NOOP("Condition", "Raynaud's"),
    Condition.PERIPHERAL_VASCULAR_DISEASE: QT_TRANSLATE_NOOP(
        "Condition", "Poor circulation in the legs or arms (peripheral vascular disease)"
    ),
    Condition.DIABETES: QT_TRANSLATE_NOOP("Condition", "Diabetes"),
    Condition.REDUCED_SENSATION: QT_TRANSLATE_NOOP("Condition", "Reduced feeling in the skin"),
    Condition.HYPERTENSION: QT_TRANSLATE_NOOP("Condition", "High blood pressure"),
    Condition.HEART_DISEASE: QT_TRANSLATE_NOOP("Condition", "Heart disease"),
    Condition.COLD_SENSITIVE_ARTHRITIS: QT_TRANSLATE_NOOP(
        "Condition", "Arthritis that gets worse with cold"
    ),
    Condition.COGNITIVE_IMPAIRMENT: QT_TRANSLATE_NOOP(
        "Condition", "Memory or thinking problems (cannot reliably report pain or skin)"
    ),
    Condition.FAINTING_HISTORY: QT_TRANSLATE_NOOP("Condition", "Has fainted before"),
}


class Finding(StrEnum):
    """Something true of the skin at one site (profile, or the per-session checklist)."""

    NO_FEELING = "no-feeling"
    POOR_CIRCULATION = "poor-circulation"
    REGENERATING_NERVE = "regenerating-nerve"
    PREVIOUS_FROSTBITE = "previous-frostbite"
    BROKEN_SKIN = "broken-skin"

    @property
    def display_name(self) -> str:
        """An untranslated name (context ``Finding``)."""
        return FINDING_NAMES[self]

    @classmethod
    def parse(cls, code: str) -> Finding:
        """Read a finding code; raise :class:`BadInputError` naming the problem."""
        try:
            return cls(code)
        except ValueError:
            raise BadInputError(f"unknown finding '{code}'") from None


FINDING_NAMES: dict[Finding, str] = {
    Finding.NO_FEELING: QT_TRANSLATE_NOOP("Finding", "No feeling in the skin here"),
    Finding.POOR_CIRCULATION: QT_TRANSLATE_NOOP("Finding", "Poor circulation here"),
    Finding.REGENERATING_NERVE: QT_TRANSLATE_NOOP("Finding", "A nerve here is healing"),
    Finding.PREVIOUS_FROSTBITE: QT_TRANSLATE_NOOP(
        "Finding", "Frostbite or cold injury here before"
    ),
    Finding.BROKEN_SKIN: QT_TRANSLATE_NOOP("Finding", "Open wound, rash or infection here"),
}


class ChecklistItem(StrEnum):
    """The per-session checklist (§3); a "no" blocks with the item's own code."""

    SKIN_INTACT = "checklist-skin-intact"
    FEELING_NORMAL = "checklist-feeling-normal"
    SKIN_RECOVERED = "checklist-skin-recovered"
    AWAKE = "checklist-awake"
    BARRIER_IN_PLACE = "checklist-barrier-in-place"

    @property
    def question(self) -> str:
        """The yes/no question in plain words (context ``Checklist``)."""
        return CHECKLIST_QUESTIONS[self]


CHECKLIST_QUESTIONS: dict[ChecklistItem, str] = {
    ChecklistItem.SKIN_INTACT: QT_TRANSLATE_NOOP(
        "Checklist", "Is the skin where the cold goes whole, with no cut, rash or sore?"
    ),
    ChecklistItem.FEELING_NORMAL: QT_TRANSLATE_NOOP(
        "Checklist", "Can you feel touch there as usual?"
    ),
    ChecklistItem.SKIN_RECOVERED: QT_TRANSLATE_NOOP(
        "Checklist", "Has the skin there gone back to its normal colour and warmth since last time?"
    ),
    ChecklistItem.AWAKE: QT_TRANSLATE_NOOP(
        "Checklist",
        "Are you awake and able to stay awake, with no sleeping pills or other medicine "
        "that makes you drowsy?",
    ),
    ChecklistItem.BARRIER_IN_PLACE: QT_TRANSLATE_NOOP(
        "Checklist", "Is the cloth or cover in place between the pack and the skin?"
    ),
}
