"""safety-rules.md §2, §3, §4 and §6's locks, rule by rule, and every reason code of §8.

Each test names the rule or the reason code it checks. "now" is always a fixed aware instant;
time zones are ZoneInfo zones, so local days, local years and DST changes are real ones.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest

from coldcare.domain.reasons import Reason, ReasonCode, ReasonKind
from coldcare.domain.references import COLDCARE_DEFAULT
from coldcare.domain.safety import (
    ColdRequest,
    IntermittentProtocol,
    PastSession,
    SafetyProfile,
    SiteHistory,
    SiteLock,
    Verdict,
    base_dose,
    evaluate,
    findings_from,
    rest_minutes_after,
    suggested_protocol,
    validate_request,
)
from coldcare.domain.vocabulary import (
    BadInputError,
    Barrier,
    BodySite,
    ChecklistItem,
    Condition,
    Finding,
    Modality,
    Site,
    all_body_sites,
)

# ----------------------------------------------------------------------------- helpers

NOW = datetime(2025, 6, 11, 10, 0, tzinfo=UTC)  # a Wednesday, 12:00 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
SITES = all_body_sites()
PACKS = (
    Modality.GEL_PACK,
    Modality.ICE_BAG,
    Modality.FROZEN_VEGETABLES,
    Modality.INSTANT_COLD_PACK,
    Modality.COLD_COMPRESSION_DEVICE,
)
NON_PACKS = (Modality.COOL_COMPRESS, Modality.ICE_MASSAGE, Modality.COLD_WATER_IMMERSION)
BARRIERS_EXCEPT_NONE = tuple(b for b in Barrier if b is not Barrier.NONE)


def site(code: str) -> BodySite:
    return BodySite.parse(code)


def profile(
    age: int | None = 45,
    *,
    birth_year: int | None = None,
    conditions: Iterable[Condition] = (),
    cleared: Iterable[Condition] = (),
    findings: Mapping[str, Iterable[Finding]] | None = None,
    personal_max: int | None = None,
    personal_rest: int | None = None,
    supervised: bool = False,
    review_needed: bool = False,
) -> SafetyProfile:
    """A profile; an adult of 45 with nothing declared unless told otherwise."""
    return SafetyProfile(
        birth_year=birth_year,
        age=None if birth_year is not None else age,
        conditions=frozenset(conditions),
        clearances=frozenset(cleared),
        site_findings={site(code): frozenset(f) for code, f in (findings or {}).items()},
        personal_max_minutes=personal_max,
        personal_rest_minutes=personal_rest,
        supervised=supervised,
        review_needed=review_needed,
    )


def request(
    site_code: str = "knee-left",
    modality: Modality = Modality.GEL_PACK,
    barrier: Barrier = Barrier.DAMP_CLOTH,
    *,
    water: float | None = None,
    protocol: IntermittentProtocol | None = None,
    checklist: Mapping[ChecklistItem, bool] | None = None,
) -> ColdRequest:
    """A request; a gel pack on the left knee over a damp cloth unless told otherwise."""
    if modality is Modality.COLD_WATER_IMMERSION and water is None:
        water = 15.0
    return ColdRequest(site(site_code), modality, barrier, water, protocol, checklist)


def judge(
    who: SafetyProfile | None = None,
    what: ColdRequest | None = None,
    history: SiteHistory | None = None,
    now: datetime = NOW,
    tz: tzinfo = UTC,
) -> Verdict:
    return evaluate(who or profile(), what or request(), history or SiteHistory(), now, tz)


def session(
    site_code: str,
    start: datetime,
    minutes: int = 15,
    modality: Modality = Modality.GEL_PACK,
) -> PastSession:
    return PastSession(site(site_code), modality, start, start + timedelta(minutes=minutes))


def codes(reasons: Iterable[Reason]) -> list[str]:
    return [str(r.code) for r in reasons]


def assert_well_formed(reasons: Iterable[Reason]) -> None:
    """Every reason has a plain-language message and a non-empty list of sources."""
    for item in reasons:
        assert item.text.strip(), item.code
        assert item.sources, item.code
        assert all(s.strip() for s in item.sources), item.code


def assert_verdict_well_formed(verdict: Verdict) -> None:
    assert_well_formed((*verdict.blocks, *verdict.warnings, *verdict.limit_reasons))


# ----------------------------------------------------------------------------- §8 codes

SECTION_8_BLOCKS = (
    "cold-urticaria",
    "cryoglobulinaemia",
    "cold-haemoglobinuria",
    "crps",
    "wbc-log-only",
    "circulation",
    "no-feeling",
    "poor-circulation",
    "regenerating-nerve",
    "previous-frostbite",
    "broken-skin",
    "cannot-report",
    "child-under-2",
    "child-device",
    "device-diabetes",
    "nerve-compression",
    "barrier-missing",
    "barrier-double",
    "rest-interval",
    "daily-limit",
    "site-locked",
    "review-needed",
    "checklist-skin-intact",
    "checklist-feeling-normal",
    "checklist-skin-recovered",
    "checklist-awake",
    "checklist-barrier-in-place",
)
SECTION_8_LIMITS = (
    "nerve-site",
    "extremity",
    "head",
    "child",
    "older-adult",
    "reduced-sensation",
    "personal-limit",
)
SECTION_3_WARNINGS = (
    "hypertension",
    "heart-disease",
    "heart-left-shoulder",
    "cold-sensitive-arthritis",
    "diabetes-ask-clinician",
    "neck-front-pressure",
    "fainting",
    "lower-back-kidney",
    "hip-nerve",
    "thigh-nerve",
    "knee-outer-side",
    "ice-massage-bony",
    "dry-barrier",
    "circulation-cleared",
)


def test_reason_codes_are_exactly_those_of_section_8() -> None:
    assert {str(c) for c in ReasonCode} == {
        *SECTION_8_BLOCKS,
        *SECTION_8_LIMITS,
        *SECTION_3_WARNINGS,
    }


@pytest.mark.parametrize(
    ("codes_of_kind", "kind"),
    [
        (SECTION_8_BLOCKS, ReasonKind.BLOCK),
        (SECTION_8_LIMITS, ReasonKind.LIMIT),
        (SECTION_3_WARNINGS, ReasonKind.WARNING),
    ],
    ids=["blocks", "limit-reasons", "warnings"],
)
def test_reason_codes_of_section_8_have_their_kind(
    codes_of_kind: tuple[str, ...], kind: ReasonKind
) -> None:
    assert all(ReasonCode(code).kind is kind for code in codes_of_kind)


# ----------------------------------------------------------------------------- §1 age


@pytest.mark.parametrize(
    ("birth_year", "child"),
    [(2013, True), (2012, True), (2011, False)],
    ids=["younger-possible-11", "younger-possible-12", "younger-possible-13"],
)
def test_age_child_rule_uses_younger_possible_age(birth_year: int, child: bool) -> None:
    # In 2025 someone born in 2012 is 12 or 13: the child rule takes 12.
    verdict = judge(profile(birth_year=birth_year))
    assert (ReasonCode.CHILD in codes(verdict.limit_reasons)) is child
    assert verdict.max_minutes == (10 if child else 20)
    assert verdict.skin_check_every_minutes == (3 if child else 5)


@pytest.mark.parametrize(
    ("birth_year", "older"),
    [(1960, True), (1961, False)],
    ids=["older-possible-65", "older-possible-64"],
)
def test_age_older_adult_rule_uses_older_possible_age(birth_year: int, older: bool) -> None:
    # In 2025 someone born in 1960 is 64 or 65: the older-adult rule takes 65.
    verdict = judge(profile(birth_year=birth_year))
    assert (ReasonCode.OLDER_ADULT in codes(verdict.limit_reasons)) is older
    assert verdict.max_minutes == (15 if older else 20)
    assert verdict.rest_minutes == (120 if older else 60)
    assert verdict.skin_check_every_minutes == (3 if older else 5)


@pytest.mark.parametrize(
    ("birth_year", "blocked"),
    [(2025, True), (2024, True), (2023, True), (2022, False)],
)
def test_age_child_under_2_uses_younger_possible_age(birth_year: int, blocked: bool) -> None:
    verdict = judge(profile(birth_year=birth_year))
    assert (ReasonCode.CHILD_UNDER_2 in codes(verdict.blocks)) is blocked


@pytest.mark.parametrize(
    ("now", "tz", "child"),
    [
        # 2025-12-31 23:30 UTC is already 2026 in Berlin: born 2012, the person is 13 or 14.
        (datetime(2025, 12, 31, 23, 30, tzinfo=UTC), BERLIN, False),
        (datetime(2025, 12, 31, 23, 30, tzinfo=UTC), UTC, True),
        # 2026-01-01 02:00 UTC is still 2025 in New York.
        (datetime(2026, 1, 1, 2, 0, tzinfo=UTC), NEW_YORK, True),
        (datetime(2026, 1, 1, 2, 0, tzinfo=UTC), UTC, False),
    ],
    ids=["berlin-new-year", "utc-old-year", "new-york-old-year", "utc-new-year"],
)
def test_age_year_of_now_is_the_local_year(now: datetime, tz: tzinfo, child: bool) -> None:
    verdict = judge(profile(birth_year=2012), now=now, tz=tz)
    assert (ReasonCode.CHILD in codes(verdict.limit_reasons)) is child


@pytest.mark.parametrize("birth_year", [2026, 1903], ids=["future", "older-than-121"])
def test_age_impossible_birth_year_is_bad_input(birth_year: int) -> None:
    with pytest.raises(BadInputError, match=str(birth_year)):
        judge(profile(birth_year=birth_year))


def test_age_given_as_age_is_used_as_is() -> None:
    assert judge(profile(age=12)).max_minutes == 10
    assert judge(profile(age=13)).max_minutes == 20
    assert judge(profile(age=64)).max_minutes == 20
    assert judge(profile(age=65)).max_minutes == 15


@pytest.mark.parametrize(
    "fields",
    [{}, {"age": 40, "birth_year": 1985}],
    ids=["neither", "both"],
)
def test_profile_needs_exactly_one_of_birth_year_or_age(fields: dict[str, int]) -> None:
    with pytest.raises(BadInputError, match="birth year or an age"):
        SafetyProfile(**fields)


@pytest.mark.parametrize("age", [-1, 121])
def test_profile_age_outside_0_to_120_is_bad_input(age: int) -> None:
    with pytest.raises(BadInputError, match="age"):
        SafetyProfile(age=age)


@pytest.mark.parametrize(
    ("field", "words"),
    [("personal_max_minutes", "personal maximum"), ("personal_rest_minutes", "personal rest")],
)
@pytest.mark.parametrize("value", [0, -5])
def test_personal_limit_below_1_is_bad_input(field: str, words: str, value: int) -> None:
    with pytest.raises(BadInputError, match=words):
        SafetyProfile(age=45, **{field: value})


@pytest.mark.parametrize("code", ["knee", "knee-outer", "neck-back-left", "upper-back-right"])
def test_site_side_missing_or_not_allowed_is_bad_input(code: str) -> None:
    with pytest.raises(BadInputError, match="side"):
        BodySite.parse(code)


def test_now_must_be_aware() -> None:
    naive = NOW.replace(tzinfo=None)
    with pytest.raises(BadInputError, match="aware"):
        judge(now=naive)
    with pytest.raises(BadInputError, match="aware"):
        rest_minutes_after(profile(), site("knee-left"), Modality.GEL_PACK, naive, UTC)


# ----------------------------------------------------------------------------- §2 base table


@pytest.mark.parametrize(
    ("modality", "recommended", "maximum", "barrier_required"),
    [
        (Modality.GEL_PACK, 15, 20, True),
        (Modality.ICE_BAG, 15, 20, True),
        (Modality.FROZEN_VEGETABLES, 15, 20, True),
        (Modality.INSTANT_COLD_PACK, 15, 20, True),
        (Modality.COLD_COMPRESSION_DEVICE, 20, 30, True),
        (Modality.COOL_COMPRESS, 15, 20, False),
        (Modality.ICE_MASSAGE, 7, 10, False),
    ],
    ids=lambda v: str(v) if isinstance(v, Modality) else None,
)
def test_duration_base_table_by_modality(
    modality: Modality, recommended: int, maximum: int, barrier_required: bool
) -> None:
    verdict = judge(what=request("shoulder-left", modality))
    assert verdict.allowed
    assert (verdict.recommended_minutes, verdict.max_minutes) == (recommended, maximum)
    assert verdict.barrier_required is barrier_required
    assert verdict.limit_reasons == ()
    assert verdict.skin_check_every_minutes == 5
    assert verdict.rest_minutes == 60


@pytest.mark.parametrize(
    ("modality", "water", "sources"),
    [
        (Modality.GEL_PACK, None, tuple(f"R{n}" for n in range(16, 25))),
        (Modality.ICE_BAG, None, ("R26", "R27", "R28", "R29")),
        (Modality.FROZEN_VEGETABLES, None, ("R29", "R34")),
        (Modality.INSTANT_COLD_PACK, None, ("R49", "R50")),
        (Modality.COLD_COMPRESSION_DEVICE, None, ("R45", "R47", "ColdCare default")),
        (Modality.COOL_COMPRESS, None, ("ColdCare default",)),
        (Modality.ICE_MASSAGE, None, ("R35", "R36")),
        (Modality.COLD_WATER_IMMERSION, 15.0, ("R39",)),
        (Modality.COLD_WATER_IMMERSION, 5.0, ("R30", "R38")),
    ],
)
def test_duration_base_table_sources(
    modality: Modality, water: float | None, sources: tuple[str, ...]
) -> None:
    assert set(base_dose(modality, water).sources) == set(sources)


def test_duration_base_dose_of_whole_body_cryotherapy_is_bad_input() -> None:
    with pytest.raises(BadInputError, match="never timed"):
        base_dose(Modality.WHOLE_BODY_CRYOTHERAPY)


@pytest.mark.parametrize(
    ("water", "recommended", "maximum"),
    [
        (0.0, 8, 10),
        (5.0, 8, 10),
        (9.9, 8, 10),
        (10.0, 12, 15),
        (15.0, 12, 15),
        (20.0, 12, 15),
    ],
)
def test_immersion_water_temperature_rows(water: float, recommended: int, maximum: int) -> None:
    verdict = judge(what=request("calf-shin-left", Modality.COLD_WATER_IMMERSION, water=water))
    assert verdict.allowed
    assert (verdict.recommended_minutes, verdict.max_minutes) == (recommended, maximum)
    assert verdict.barrier_required is False
    assert verdict.rest_minutes == 120


@pytest.mark.parametrize("where", SITES, ids=str)
def test_immersion_only_at_wrist_hand_ankle_foot_calf_shin_elbow(where: BodySite) -> None:
    what = request(where.code, Modality.COLD_WATER_IMMERSION, water=12.0)
    if where.site in (Site.WRIST_HAND, Site.ANKLE_FOOT, Site.CALF_SHIN, Site.ELBOW):
        assert judge(what=what).max_minutes is not None
    else:
        with pytest.raises(BadInputError, match=where.code):
            judge(what=what)


def test_immersion_water_temperature_required() -> None:
    what = ColdRequest(site("ankle-foot-left"), Modality.COLD_WATER_IMMERSION)
    with pytest.raises(BadInputError, match="water temperature"):
        judge(what=what)


@pytest.mark.parametrize("water", [-0.1, -5.0, 20.1, 37.0, math.nan, math.inf])
def test_immersion_water_temperature_outside_0_to_20_is_bad_input(water: float) -> None:
    what = request("ankle-foot-left", Modality.COLD_WATER_IMMERSION, water=water)
    with pytest.raises(BadInputError, match="0 to 20"):
        validate_request(what)
    with pytest.raises(BadInputError, match="0 to 20"):
        judge(what=what)


@pytest.mark.parametrize("water", [None, -40.0, 99.0])
def test_immersion_water_temperature_ignored_for_other_modalities(water: float | None) -> None:
    verdict = judge(what=request("knee-left", Modality.GEL_PACK, water=water))
    assert verdict.allowed
    assert verdict.max_minutes == 20


# ----------------------------------------------------------------------------- §2 caps


@pytest.mark.parametrize("where", ["elbow-left", "elbow-right", "knee-outer-left"])
def test_limit_reason_nerve_site_elbow_and_knee_outer_cap_10(where: str) -> None:
    verdict = judge(what=request(where))
    assert verdict.max_minutes == 10
    assert verdict.recommended_minutes == 10
    assert codes(verdict.limit_reasons) == ["nerve-site"]
    assert_verdict_well_formed(verdict)
    assert "10" in verdict.limit_reasons[0].text


@pytest.mark.parametrize("where", ["wrist-hand-left", "ankle-foot-right"])
def test_limit_reason_extremity_wrist_hand_and_ankle_foot_cap_10(where: str) -> None:
    verdict = judge(what=request(where))
    assert verdict.max_minutes == 10
    assert codes(verdict.limit_reasons) == ["extremity"]
    assert verdict.limit_reasons[0].sources == ("R71",)


def test_limit_reason_head_forehead_temples_cap_15() -> None:
    verdict = judge(what=request("forehead-temples"))
    assert (verdict.recommended_minutes, verdict.max_minutes) == (15, 15)
    assert codes(verdict.limit_reasons) == ["head"]
    assert verdict.limit_reasons[0].sources == ("R77",)


@pytest.mark.parametrize("age", [2, 5, 12])
def test_limit_reason_child_12_or_under_cap_10(age: int) -> None:
    verdict = judge(profile(age=age))
    assert verdict.max_minutes == 10
    assert codes(verdict.limit_reasons) == ["child"]
    assert verdict.limit_reasons[0].sources == ("R93",)


@pytest.mark.parametrize("age", [65, 80, 120])
def test_limit_reason_older_adult_65_or_over_cap_15(age: int) -> None:
    verdict = judge(profile(age=age))
    assert verdict.max_minutes == 15
    assert codes(verdict.limit_reasons) == ["older-adult"]
    assert verdict.limit_reasons[0].sources == ("ColdCare default",)


@pytest.mark.parametrize("condition", [Condition.DIABETES, Condition.REDUCED_SENSATION])
def test_limit_reason_reduced_sensation_for_diabetes_or_reduced_sensation_cap_10(
    condition: Condition,
) -> None:
    verdict = judge(profile(conditions=[condition]), request(barrier=Barrier.DOUBLE_LAYER))
    assert verdict.allowed
    assert verdict.max_minutes == 10
    assert codes(verdict.limit_reasons) == ["reduced-sensation"]
    assert verdict.limit_reasons[0].sources == ("R124",)


def test_limit_reason_personal_limit_lowers_the_maximum() -> None:
    verdict = judge(profile(personal_max=7))
    assert (verdict.recommended_minutes, verdict.max_minutes) == (7, 7)
    assert codes(verdict.limit_reasons) == ["personal-limit"]
    assert verdict.limit_reasons[0].sources == ("Personal limit",)
    assert "7" in verdict.limit_reasons[0].text


@pytest.mark.parametrize("personal_max", [21, 25, 400])
def test_limit_reason_personal_limit_higher_than_max_changes_nothing(personal_max: int) -> None:
    verdict = judge(profile(personal_max=personal_max))
    assert (verdict.recommended_minutes, verdict.max_minutes) == (15, 20)
    assert verdict.limit_reasons == ()


def test_limit_reason_personal_limit_equal_to_hard_max_is_a_tie() -> None:
    verdict = judge(profile(personal_max=20))
    assert verdict.max_minutes == 20
    assert codes(verdict.limit_reasons) == ["personal-limit"]


def test_limit_reason_personal_limit_of_1_minute() -> None:
    verdict = judge(profile(personal_max=1))
    assert (verdict.recommended_minutes, verdict.max_minutes) == (1, 1)


def test_effective_max_is_the_minimum_of_hard_max_and_every_cap() -> None:
    # device (30) at the forehead (15) for an older adult (15) with a personal 12: 12.
    verdict = judge(
        profile(age=70, personal_max=12),
        request("forehead-temples", Modality.COLD_COMPRESSION_DEVICE),
    )
    assert verdict.max_minutes == 12
    assert codes(verdict.limit_reasons) == ["personal-limit"]


def test_limit_reason_ties_are_all_reported() -> None:
    # elbow (10), child (10), diabetes (10), personal 10: all four tie.
    verdict = judge(
        profile(age=10, conditions=[Condition.DIABETES], personal_max=10),
        request("elbow-left", barrier=Barrier.DOUBLE_LAYER),
    )
    assert verdict.max_minutes == 10
    assert set(codes(verdict.limit_reasons)) == {
        "nerve-site",
        "child",
        "reduced-sensation",
        "personal-limit",
    }
    assert_verdict_well_formed(verdict)


def test_limit_reason_older_adult_ties_with_modality_max() -> None:
    # Immersion at 10-20 °C has a hard max of 15: the older-adult cap (15) ties with it.
    verdict = judge(
        profile(age=70), request("calf-shin-left", Modality.COLD_WATER_IMMERSION, water=14.0)
    )
    assert (verdict.recommended_minutes, verdict.max_minutes) == (12, 15)
    assert codes(verdict.limit_reasons) == ["older-adult"]


def test_limit_reason_head_and_older_adult_tie() -> None:
    verdict = judge(profile(age=66), request("forehead-temples"))
    assert verdict.max_minutes == 15
    assert set(codes(verdict.limit_reasons)) == {"head", "older-adult"}


@pytest.mark.parametrize("where", ["elbow-left", "knee-outer-right"])
def test_limit_reason_nerve_site_ties_with_ice_massage_max(where: str) -> None:
    verdict = judge(what=request(where, Modality.ICE_MASSAGE))
    assert (verdict.recommended_minutes, verdict.max_minutes) == (7, 10)
    assert codes(verdict.limit_reasons) == ["nerve-site"]


def test_limit_reason_extremity_ties_with_cold_immersion_max() -> None:
    verdict = judge(what=request("wrist-hand-left", Modality.COLD_WATER_IMMERSION, water=4.0))
    assert (verdict.recommended_minutes, verdict.max_minutes) == (8, 10)
    assert codes(verdict.limit_reasons) == ["extremity"]


def test_limit_reasons_for_caps_above_the_effective_max_are_not_reported() -> None:
    # Older adult (15) at the elbow (10): only the nerve site is reported.
    at_elbow = judge(profile(age=70), request("elbow-left"))
    assert at_elbow.max_minutes == 10
    assert codes(at_elbow.limit_reasons) == ["nerve-site"]
    # Ice massage (hard max 10) for an older adult (15): no cap is binding.
    massage = judge(profile(age=70), request("calf-shin-left", Modality.ICE_MASSAGE))
    assert massage.max_minutes == 10
    assert massage.limit_reasons == ()


def test_recommended_is_min_of_base_recommended_and_effective_max() -> None:
    device = judge(what=request("wrist-hand-left", Modality.COLD_COMPRESSION_DEVICE))
    assert (device.recommended_minutes, device.max_minutes) == (10, 10)
    bath = judge(what=request("ankle-foot-left", Modality.COLD_WATER_IMMERSION, water=15.0))
    assert (bath.recommended_minutes, bath.max_minutes) == (10, 10)
    older_device = judge(profile(age=70), request("knee-left", Modality.COLD_COMPRESSION_DEVICE))
    assert (older_device.recommended_minutes, older_device.max_minutes) == (15, 15)


# ----------------------------------------------------------------------------- §2 barrier


@pytest.mark.parametrize("modality", PACKS, ids=str)
def test_block_barrier_missing_for_every_pack(modality: Modality) -> None:
    verdict = judge(what=request("shoulder-left", modality, Barrier.NONE))
    assert not verdict.allowed
    assert codes(verdict.blocks) == ["barrier-missing"]
    assert verdict.barrier_required is True
    assert set(verdict.blocks[0].sources) >= {"R18", "R22", "R23", "R26"}
    assert_verdict_well_formed(verdict)


def test_block_barrier_missing_when_the_barrier_is_omitted() -> None:
    verdict = judge(what=ColdRequest(site("knee-left"), Modality.ICE_BAG))
    assert codes(verdict.blocks) == ["barrier-missing"]


@pytest.mark.parametrize("barrier", BARRIERS_EXCEPT_NONE, ids=str)
@pytest.mark.parametrize("modality", PACKS, ids=str)
def test_barrier_any_barrier_except_none_satisfies_a_pack(
    modality: Modality, barrier: Barrier
) -> None:
    assert judge(what=request("shoulder-left", modality, barrier)).allowed


@pytest.mark.parametrize("modality", PACKS, ids=str)
def test_warning_dry_barrier_for_a_dry_cloth_on_a_pack(modality: Modality) -> None:
    verdict = judge(what=request("shoulder-left", modality, Barrier.DRY_CLOTH))
    assert verdict.allowed
    assert codes(verdict.warnings) == ["dry-barrier"]
    assert verdict.warnings[0].sources == ("R58",)


@pytest.mark.parametrize("barrier", [b for b in BARRIERS_EXCEPT_NONE if b is not Barrier.DRY_CLOTH])
def test_warning_dry_barrier_not_for_other_barriers(barrier: Barrier) -> None:
    assert judge(what=request("shoulder-left", barrier=barrier)).warnings == ()


@pytest.mark.parametrize("barrier", list(Barrier), ids=str)
@pytest.mark.parametrize("modality", NON_PACKS, ids=str)
def test_barrier_ignored_for_non_pack_modalities(modality: Modality, barrier: Barrier) -> None:
    verdict = judge(
        profile(conditions=[Condition.REDUCED_SENSATION]),
        request("calf-shin-left", modality, barrier, water=15.0),
    )
    assert verdict.allowed
    assert verdict.barrier_required is False
    assert verdict.warnings == ()


@pytest.mark.parametrize("barrier", [b for b in Barrier if b is not Barrier.DOUBLE_LAYER], ids=str)
@pytest.mark.parametrize("modality", PACKS, ids=str)
@pytest.mark.parametrize("condition", [Condition.DIABETES, Condition.REDUCED_SENSATION], ids=str)
def test_block_barrier_double_for_diabetes_and_reduced_sensation_on_every_pack(
    condition: Condition, modality: Modality, barrier: Barrier
) -> None:
    verdict = judge(profile(conditions=[condition]), request("shoulder-left", modality, barrier))
    assert ReasonCode.BARRIER_DOUBLE in codes(verdict.blocks)
    assert verdict.blocks[codes(verdict.blocks).index("barrier-double")].sources == ("R124",)
    # With no barrier at all, both barrier blocks are reported.
    assert (ReasonCode.BARRIER_MISSING in codes(verdict.blocks)) is (barrier is Barrier.NONE)


@pytest.mark.parametrize(
    "modality", [m for m in PACKS if m is not Modality.COLD_COMPRESSION_DEVICE], ids=str
)
@pytest.mark.parametrize("condition", [Condition.DIABETES, Condition.REDUCED_SENSATION], ids=str)
def test_barrier_double_layer_satisfies_diabetes_and_reduced_sensation(
    condition: Condition, modality: Modality
) -> None:
    verdict = judge(
        profile(conditions=[condition]), request("shoulder-left", modality, Barrier.DOUBLE_LAYER)
    )
    assert verdict.allowed


# ----------------------------------------------------------------------------- §3 blocks

ABSOLUTE = [
    Condition.COLD_URTICARIA,
    Condition.CRYOGLOBULINAEMIA,
    Condition.COLD_HAEMOGLOBINURIA,
    Condition.CRPS,
]


@pytest.mark.parametrize("where", SITES, ids=str)
@pytest.mark.parametrize("condition", ABSOLUTE, ids=str)
def test_block_cold_urticaria_cryoglobulinaemia_cold_haemoglobinuria_crps_at_every_site(
    condition: Condition, where: BodySite
) -> None:
    verdict = judge(profile(conditions=[condition], cleared=[condition]), request(where.code))
    assert codes(verdict.blocks) == [str(condition)]
    assert_verdict_well_formed(verdict)


def test_block_cold_urticaria_cites_r109_r110_r112_and_crps_r118() -> None:
    urticaria = judge(profile(conditions=[Condition.COLD_URTICARIA]))
    assert set(urticaria.blocks[0].sources) == {"R109", "R110", "R112"}
    crps = judge(profile(conditions=[Condition.CRPS]))
    assert crps.blocks[0].sources == ("R118",)


@pytest.mark.parametrize("where", ["knee-left", "lower-back", "forehead-temples"])
def test_block_wbc_log_only_for_whole_body_cryotherapy(where: str) -> None:
    verdict = judge(what=request(where, Modality.WHOLE_BODY_CRYOTHERAPY, Barrier.NONE))
    assert not verdict.allowed
    assert verdict.block_codes() == (ReasonCode.WBC_LOG_ONLY,)
    assert verdict.blocks[0].sources == ("ColdCare default",)


def test_whole_body_cryotherapy_has_no_numbers_no_limit_reasons_and_no_barrier() -> None:
    verdict = judge(
        profile(age=8, personal_max=5, personal_rest=300),
        request("elbow-left", Modality.WHOLE_BODY_CRYOTHERAPY, Barrier.NONE),
    )
    assert verdict.recommended_minutes is None
    assert verdict.max_minutes is None
    assert verdict.skin_check_every_minutes is None
    assert verdict.rest_minutes is None
    assert verdict.limit_reasons == ()
    assert verdict.barrier_required is False
    assert codes(verdict.blocks) == ["wbc-log-only"]


def test_whole_body_cryotherapy_still_reports_other_blocks_and_warnings() -> None:
    verdict = judge(
        profile(
            conditions=[Condition.COLD_URTICARIA, Condition.HYPERTENSION, Condition.HEART_DISEASE],
            review_needed=True,
        ),
        request("shoulder-left", Modality.WHOLE_BODY_CRYOTHERAPY),
    )
    assert set(codes(verdict.blocks)) == {"cold-urticaria", "wbc-log-only", "review-needed"}
    assert set(codes(verdict.warnings)) == {"hypertension", "heart-disease", "heart-left-shoulder"}
    assert verdict.max_minutes is None


CIRCULATION = [Condition.RAYNAUDS, Condition.PERIPHERAL_VASCULAR_DISEASE]


@pytest.mark.parametrize("where", SITES, ids=str)
@pytest.mark.parametrize("condition", CIRCULATION, ids=str)
def test_block_circulation_raynauds_pvd_not_cleared_at_every_site(
    condition: Condition, where: BodySite
) -> None:
    verdict = judge(profile(conditions=[condition]), request(where.code))
    assert codes(verdict.blocks) == ["circulation"]
    assert set(verdict.blocks[0].sources) == {"R17", "R76", "R110"}
    assert "circulation-cleared" not in codes(verdict.warnings)


@pytest.mark.parametrize(
    "where", ["wrist-hand-left", "wrist-hand-right", "ankle-foot-left", "ankle-foot-right"]
)
@pytest.mark.parametrize("condition", CIRCULATION, ids=str)
def test_block_circulation_at_wrist_hand_and_ankle_foot_even_when_cleared(
    condition: Condition, where: str
) -> None:
    verdict = judge(profile(conditions=[condition], cleared=[condition]), request(where))
    assert codes(verdict.blocks) == ["circulation"]
    assert verdict.blocks[0].text.strip()
    assert "circulation-cleared" not in codes(verdict.warnings)


@pytest.mark.parametrize(
    "where", [s for s in SITES if s.site not in (Site.WRIST_HAND, Site.ANKLE_FOOT)], ids=str
)
@pytest.mark.parametrize("condition", CIRCULATION, ids=str)
def test_warning_circulation_cleared_when_a_clinician_cleared_it(
    condition: Condition, where: BodySite
) -> None:
    verdict = judge(profile(conditions=[condition], cleared=[condition]), request(where.code))
    assert verdict.allowed
    assert "circulation-cleared" in codes(verdict.warnings)
    assert_verdict_well_formed(verdict)


def test_clearance_needs_every_declared_circulation_condition_cleared() -> None:
    both = [Condition.RAYNAUDS, Condition.PERIPHERAL_VASCULAR_DISEASE]
    one_cleared = judge(profile(conditions=both, cleared=[Condition.RAYNAUDS]))
    assert codes(one_cleared.blocks) == ["circulation"]
    both_cleared = judge(profile(conditions=both, cleared=both))
    assert both_cleared.allowed
    assert "circulation-cleared" in codes(both_cleared.warnings)


def test_clearance_only_with_the_matching_condition() -> None:
    wrong = judge(
        profile(conditions=[Condition.RAYNAUDS], cleared=[Condition.PERIPHERAL_VASCULAR_DISEASE])
    )
    assert codes(wrong.blocks) == ["circulation"]
    # A clearance without any condition declared changes nothing at all.
    assert judge(profile(cleared=CIRCULATION)) == judge(profile())


@pytest.mark.parametrize(
    "condition",
    [c for c in Condition if c not in CIRCULATION],
    ids=str,
)
def test_clearance_for_a_non_clearable_condition_has_no_effect(condition: Condition) -> None:
    for where in ("knee-left", "wrist-hand-right", "neck-front"):
        what = request(where, barrier=Barrier.DOUBLE_LAYER)
        with_clearance = judge(profile(conditions=[condition], cleared=[condition]), what)
        assert with_clearance == judge(profile(conditions=[condition]), what)


FINDINGS = list(Finding)


@pytest.mark.parametrize("finding", FINDINGS, ids=str)
def test_block_no_feeling_poor_circulation_regenerating_nerve_previous_frostbite_broken_skin(
    finding: Finding,
) -> None:
    who = profile(findings={"knee-left": [finding]})
    verdict = judge(who, request("knee-left"))
    assert codes(verdict.blocks) == [str(finding)]
    assert set(verdict.blocks[0].sources) == {"R17", "R26", "R32", "R110", "R111"}
    # Only at that site: the right knee and the left elbow are not affected.
    assert judge(who, request("knee-right")).allowed
    assert judge(who, request("elbow-left")).allowed


def test_block_site_findings_given_as_codes_for_one_site() -> None:
    knee = site("knee-right")
    findings = findings_from(["broken-skin", "no-feeling", "broken-skin"], knee)
    verdict = judge(SafetyProfile(age=45, site_findings=findings), request("knee-right"))
    assert set(codes(verdict.blocks)) == {"broken-skin", "no-feeling"}
    with pytest.raises(BadInputError, match="bruise"):
        findings_from(["bruise"], knee)


def test_block_site_findings_all_reported() -> None:
    verdict = judge(profile(findings={"shoulder-right": FINDINGS}), request("shoulder-right"))
    assert set(codes(verdict.blocks)) == {str(f) for f in FINDINGS}


def test_block_cannot_report_cognitive_impairment_without_supervised_mode() -> None:
    alone = judge(profile(conditions=[Condition.COGNITIVE_IMPAIRMENT]))
    assert codes(alone.blocks) == ["cannot-report"]
    assert set(alone.blocks[0].sources) == {"R111", "R116"}
    supervised = judge(profile(conditions=[Condition.COGNITIVE_IMPAIRMENT], supervised=True))
    assert supervised.allowed


def test_supervised_mode_alone_changes_nothing() -> None:
    assert judge(profile(supervised=True)) == judge(profile())


@pytest.mark.parametrize(("age", "blocked"), [(0, True), (1, True), (2, False), (3, False)])
@pytest.mark.parametrize("modality", [Modality.GEL_PACK, Modality.COOL_COMPRESS], ids=str)
def test_block_child_under_2(age: int, blocked: bool, modality: Modality) -> None:
    verdict = judge(profile(age=age), request("shoulder-left", modality))
    assert (codes(verdict.blocks) == ["child-under-2"]) is blocked
    assert verdict.allowed is not blocked


@pytest.mark.parametrize(("age", "blocked"), [(2, True), (12, True), (13, False), (45, False)])
def test_block_child_device_cold_compression_device_for_12_or_under(
    age: int, blocked: bool
) -> None:
    verdict = judge(profile(age=age), request("knee-left", Modality.COLD_COMPRESSION_DEVICE))
    assert (ReasonCode.CHILD_DEVICE in codes(verdict.blocks)) is blocked
    assert verdict.allowed is not blocked


def test_block_child_device_only_for_the_device() -> None:
    assert judge(profile(age=8), request("knee-left", Modality.GEL_PACK)).allowed


def test_block_device_diabetes_cold_compression_device_with_diabetes() -> None:
    device = request("knee-left", Modality.COLD_COMPRESSION_DEVICE, Barrier.DOUBLE_LAYER)
    verdict = judge(profile(conditions=[Condition.DIABETES]), device)
    assert codes(verdict.blocks) == ["device-diabetes"]
    assert verdict.blocks[0].sources == ("R111",)
    # Reduced sensation alone does not block the device (it needs a double layer).
    assert judge(profile(conditions=[Condition.REDUCED_SENSATION]), device).allowed
    # Diabetes with a gel pack is not blocked.
    assert judge(
        profile(conditions=[Condition.DIABETES]), request(barrier=Barrier.DOUBLE_LAYER)
    ).allowed


@pytest.mark.parametrize(
    ("where", "blocked"),
    [
        ("elbow-left", True),
        ("elbow-right", True),
        ("knee-outer-left", True),
        ("knee-outer-right", True),
        ("knee-left", False),
        ("wrist-hand-left", False),
    ],
)
def test_block_nerve_compression_device_at_elbow_or_knee_outer(where: str, blocked: bool) -> None:
    verdict = judge(what=request(where, Modality.COLD_COMPRESSION_DEVICE))
    assert (codes(verdict.blocks) == ["nerve-compression"]) is blocked
    assert verdict.allowed is not blocked


def test_block_nerve_compression_only_for_the_device() -> None:
    assert judge(what=request("elbow-left", Modality.GEL_PACK)).allowed


@pytest.mark.parametrize("where", SITES, ids=str)
def test_block_review_needed_stops_cold_at_every_site(where: BodySite) -> None:
    verdict = judge(profile(review_needed=True), request(where.code))
    assert codes(verdict.blocks) == ["review-needed"]
    assert set(verdict.blocks[0].sources) == {"ColdCare default", "R112"}


def test_every_block_that_applies_is_reported_not_only_the_first() -> None:
    when = NOW - timedelta(minutes=20)
    verdict = judge(
        profile(
            age=1,
            conditions=[
                Condition.COLD_URTICARIA,
                Condition.CRPS,
                Condition.RAYNAUDS,
                Condition.DIABETES,
                Condition.COGNITIVE_IMPAIRMENT,
            ],
            findings={"elbow-left": [Finding.BROKEN_SKIN]},
            review_needed=True,
        ),
        request(
            "elbow-left",
            Modality.COLD_COMPRESSION_DEVICE,
            Barrier.NONE,
            checklist=dict.fromkeys(ChecklistItem, False),
        ),
        SiteHistory(
            sessions=[session("elbow-left", when - timedelta(minutes=i)) for i in range(8)],
            locks=[SiteLock(site("elbow-left"), NOW + timedelta(hours=3))],
        ),
    )
    assert set(codes(verdict.blocks)) == {
        "cold-urticaria",
        "crps",
        "circulation",
        "broken-skin",
        "cannot-report",
        "child-under-2",
        "child-device",
        "device-diabetes",
        "nerve-compression",
        "barrier-missing",
        "barrier-double",
        "rest-interval",
        "daily-limit",
        "site-locked",
        "review-needed",
        *(str(item) for item in ChecklistItem),
    }
    assert_verdict_well_formed(verdict)


def test_a_blocked_verdict_still_reports_its_numbers() -> None:
    verdict = judge(profile(age=70, conditions=[Condition.COLD_URTICARIA]), request("elbow-left"))
    assert not verdict.allowed
    assert verdict.recommended_minutes == 10
    assert verdict.max_minutes == 10
    assert verdict.skin_check_every_minutes == 3
    assert verdict.rest_minutes == 120
    assert verdict.barrier_required is True
    assert codes(verdict.limit_reasons) == ["nerve-site"]


# ----------------------------------------------------------------------------- checklist


def answers(*no: ChecklistItem) -> dict[ChecklistItem, bool]:
    """A full checklist answered "yes" except for ``no``."""
    return {item: item not in no for item in ChecklistItem}


def assert_checklist_no_blocks_with_its_own_code(item: ChecklistItem) -> None:
    verdict = judge(what=request(checklist=answers(item)))
    assert codes(verdict.blocks) == [str(item)]
    assert_verdict_well_formed(verdict)
    # Its numbers are still given.
    assert verdict.max_minutes == 20


def test_block_checklist_skin_intact() -> None:
    assert_checklist_no_blocks_with_its_own_code(ChecklistItem.SKIN_INTACT)


def test_block_checklist_feeling_normal() -> None:
    assert_checklist_no_blocks_with_its_own_code(ChecklistItem.FEELING_NORMAL)


def test_block_checklist_skin_recovered() -> None:
    assert_checklist_no_blocks_with_its_own_code(ChecklistItem.SKIN_RECOVERED)


def test_block_checklist_awake() -> None:
    assert_checklist_no_blocks_with_its_own_code(ChecklistItem.AWAKE)


def test_block_checklist_barrier_in_place() -> None:
    assert_checklist_no_blocks_with_its_own_code(ChecklistItem.BARRIER_IN_PLACE)


def test_checklist_none_means_every_answer_yes() -> None:
    assert judge(what=request(checklist=None)).allowed
    assert judge(what=request(checklist=dict.fromkeys(ChecklistItem, True))).allowed


def test_checklist_an_unanswered_question_counts_as_not_confirmed() -> None:
    partial = judge(what=request(checklist={ChecklistItem.AWAKE: True}))
    assert codes(partial.blocks) == [
        str(item) for item in ChecklistItem if item is not ChecklistItem.AWAKE
    ]


def test_checklist_every_no_is_reported() -> None:
    verdict = judge(what=request(checklist=dict.fromkeys(ChecklistItem, False)))
    assert codes(verdict.blocks) == [str(item) for item in ChecklistItem]


@pytest.mark.parametrize("modality", NON_PACKS, ids=str)
def test_checklist_barrier_in_place_question_only_applies_to_packs(modality: Modality) -> None:
    no_barrier = answers(ChecklistItem.BARRIER_IN_PLACE)
    verdict = judge(what=request("calf-shin-left", modality, Barrier.NONE, checklist=no_barrier))
    assert verdict.allowed
    without_barrier_question = {
        item: True for item in ChecklistItem if item is not ChecklistItem.BARRIER_IN_PLACE
    }
    assert judge(
        what=request("calf-shin-left", modality, checklist=without_barrier_question)
    ).allowed
    other_no = answers(ChecklistItem.BARRIER_IN_PLACE, ChecklistItem.AWAKE)
    verdict = judge(what=request("calf-shin-left", modality, checklist=other_no))
    assert codes(verdict.blocks) == ["checklist-awake"]


@pytest.mark.parametrize("modality", PACKS, ids=str)
def test_block_checklist_barrier_in_place_for_every_pack(modality: Modality) -> None:
    no_barrier = answers(ChecklistItem.BARRIER_IN_PLACE)
    verdict = judge(what=request("shoulder-left", modality, checklist=no_barrier))
    assert codes(verdict.blocks) == ["checklist-barrier-in-place"]


# ----------------------------------------------------------------------------- warnings

SITE_WARNINGS = {
    Site.NECK_FRONT: {"neck-front-pressure"},
    Site.LOWER_BACK: {"lower-back-kidney"},
    Site.HIP: {"hip-nerve"},
    Site.THIGH: {"thigh-nerve"},
    Site.KNEE: {"knee-outer-side"},
    Site.KNEE_OUTER: {"knee-outer-side"},
}


@pytest.mark.parametrize("where", SITES, ids=str)
def test_warning_site_warnings_neck_front_lower_back_hip_thigh_knee_only_there(
    where: BodySite,
) -> None:
    verdict = judge(what=request(where.code))
    assert verdict.allowed
    assert set(codes(verdict.warnings)) == SITE_WARNINGS.get(where.site, set())
    assert_verdict_well_formed(verdict)


def test_warning_neck_front_pressure_always_on_neck_front() -> None:
    for modality in (Modality.GEL_PACK, Modality.COOL_COMPRESS, Modality.ICE_MASSAGE):
        verdict = judge(profile(age=8), request("neck-front", modality))
        assert "neck-front-pressure" in codes(verdict.warnings)


def test_warning_lower_back_kidney_cites_r68() -> None:
    verdict = judge(what=request("lower-back"))
    assert codes(verdict.warnings) == ["lower-back-kidney"]
    assert verdict.warnings[0].sources == ("R68",)


@pytest.mark.parametrize("where", ["hip-left", "hip-right"])
def test_warning_hip_nerve_on_hip(where: str) -> None:
    assert codes(judge(what=request(where)).warnings) == ["hip-nerve"]


@pytest.mark.parametrize("where", ["thigh-left", "thigh-right"])
def test_warning_thigh_nerve_on_thigh(where: str) -> None:
    verdict = judge(what=request(where))
    assert codes(verdict.warnings) == ["thigh-nerve"]
    assert verdict.warnings[0].sources == ("R66",)


@pytest.mark.parametrize(
    "where", ["knee-left", "knee-right", "knee-outer-left", "knee-outer-right"]
)
def test_warning_knee_outer_side_on_knee_and_knee_outer(where: str) -> None:
    verdict = judge(what=request(where))
    assert codes(verdict.warnings) == ["knee-outer-side"]
    assert set(verdict.warnings[0].sources) == {"R65", "R66"}


@pytest.mark.parametrize("where", SITES, ids=str)
def test_warning_fainting_on_neck_front_with_fainting_history_only(where: BodySite) -> None:
    fainter = judge(profile(conditions=[Condition.FAINTING_HISTORY]), request(where.code))
    assert fainter.allowed
    assert ("fainting" in codes(fainter.warnings)) is (where.site is Site.NECK_FRONT)
    assert "fainting" not in codes(judge(what=request(where.code)).warnings)


@pytest.mark.parametrize("where", SITES, ids=str)
def test_warning_heart_left_shoulder_only_on_left_shoulder(where: BodySite) -> None:
    verdict = judge(profile(conditions=[Condition.HEART_DISEASE]), request(where.code))
    assert verdict.allowed
    assert "heart-disease" in codes(verdict.warnings)
    assert ("heart-left-shoulder" in codes(verdict.warnings)) is (where.code == "shoulder-left")


def test_warning_heart_left_shoulder_needs_heart_disease() -> None:
    verdict = judge(profile(conditions=[Condition.HYPERTENSION]), request("shoulder-left"))
    assert codes(verdict.warnings) == ["hypertension"]


@pytest.mark.parametrize(
    ("condition", "code", "sources"),
    [
        (Condition.HYPERTENSION, "hypertension", {"R17", "R96", "R120", "R121"}),
        (Condition.HEART_DISEASE, "heart-disease", {"R26", "R87", "R120"}),
        (Condition.COLD_SENSITIVE_ARTHRITIS, "cold-sensitive-arthritis", {"R33", "R126"}),
        (Condition.DIABETES, "diabetes-ask-clinician", {"R28", "R98"}),
    ],
    ids=["hypertension", "heart-disease", "cold-sensitive-arthritis", "diabetes-ask-clinician"],
)
def test_warning_hypertension_heart_disease_cold_sensitive_arthritis_diabetes_ask_clinician(
    condition: Condition, code: str, sources: set[str]
) -> None:
    verdict = judge(
        profile(conditions=[condition]), request("shoulder-right", barrier=Barrier.DOUBLE_LAYER)
    )
    assert verdict.allowed
    assert codes(verdict.warnings) == [code]
    assert set(verdict.warnings[0].sources) == sources


def test_warning_diabetes_ask_clinician_not_for_reduced_sensation_alone() -> None:
    verdict = judge(
        profile(conditions=[Condition.REDUCED_SENSATION]), request(barrier=Barrier.DOUBLE_LAYER)
    )
    assert "diabetes-ask-clinician" not in codes(verdict.warnings)


ICE_MASSAGE_BONY = {
    Site.ELBOW,
    Site.KNEE,
    Site.KNEE_OUTER,
    Site.NECK_BACK,
    Site.UPPER_BACK,
    Site.LOWER_BACK,
}


@pytest.mark.parametrize("where", SITES, ids=str)
def test_warning_ice_massage_bony_at_elbow_knee_knee_outer_and_the_back(where: BodySite) -> None:
    massage = judge(what=request(where.code, Modality.ICE_MASSAGE))
    assert ("ice-massage-bony" in codes(massage.warnings)) is (where.site in ICE_MASSAGE_BONY)
    pack = judge(what=request(where.code, Modality.GEL_PACK))
    assert "ice-massage-bony" not in codes(pack.warnings)


def test_warnings_do_not_block() -> None:
    verdict = judge(
        profile(
            conditions=[
                Condition.HYPERTENSION,
                Condition.HEART_DISEASE,
                Condition.COLD_SENSITIVE_ARTHRITIS,
                Condition.FAINTING_HISTORY,
            ]
        ),
        request("neck-front", barrier=Barrier.DRY_CLOTH),
    )
    assert verdict.allowed
    assert set(codes(verdict.warnings)) == {
        "hypertension",
        "heart-disease",
        "cold-sensitive-arthritis",
        "neck-front-pressure",
        "fainting",
        "dry-barrier",
    }
    assert_verdict_well_formed(verdict)


# ----------------------------------------------------------------------------- §5 skin checks


@pytest.mark.parametrize(
    ("who", "every"),
    [
        (profile(), 5),
        (profile(age=13), 5),
        (profile(age=64), 5),
        (profile(conditions=[Condition.HYPERTENSION]), 5),
        (profile(conditions=[Condition.DIABETES]), 3),
        (profile(conditions=[Condition.REDUCED_SENSATION]), 3),
        (profile(age=12), 3),
        (profile(age=2), 3),
        (profile(age=65), 3),
    ],
    ids=[
        "adult",
        "13",
        "64",
        "hypertension",
        "diabetes",
        "reduced-sensation",
        "child-12",
        "child-2",
        "older-adult-65",
    ],
)
def test_skin_checks_every_5_or_3_for_diabetes_reduced_sensation_children_older(
    who: SafetyProfile, every: int
) -> None:
    assert judge(who, request(barrier=Barrier.DOUBLE_LAYER)).skin_check_every_minutes == every


@pytest.mark.parametrize(
    ("who", "what"),
    [
        (profile(personal_max=4), request()),
        (profile(), request("elbow-left")),
        (profile(), request("calf-shin-left", Modality.ICE_MASSAGE)),
        (profile(), request("ankle-foot-left", Modality.COLD_WATER_IMMERSION, water=2.0)),
    ],
    ids=["personal-4", "nerve-site", "ice-massage", "cold-immersion"],
)
def test_skin_checks_not_shortened_by_a_lower_maximum(
    who: SafetyProfile, what: ColdRequest
) -> None:
    verdict = judge(who, what)
    assert verdict.max_minutes is not None
    assert verdict.max_minutes < 20
    assert verdict.skin_check_every_minutes == 5


# ----------------------------------------------------------------------------- §4 rest


def test_rest_60_by_default() -> None:
    assert judge().rest_minutes == 60


@pytest.mark.parametrize(
    ("who", "what"),
    [
        (profile(age=65), request()),
        (profile(birth_year=1960), request()),
        (profile(conditions=[Condition.DIABETES]), request(barrier=Barrier.DOUBLE_LAYER)),
        (profile(conditions=[Condition.REDUCED_SENSATION]), request(barrier=Barrier.DOUBLE_LAYER)),
        (profile(), request("elbow-left")),
        (profile(), request("knee-outer-right")),
        (profile(), request("calf-shin-left", Modality.COLD_WATER_IMMERSION, water=15.0)),
        (profile(), request("wrist-hand-left", Modality.COLD_WATER_IMMERSION, water=3.0)),
    ],
    ids=[
        "older-adult",
        "older-adult-by-birth-year",
        "diabetes",
        "reduced-sensation",
        "superficial-nerve-elbow",
        "superficial-nerve-knee-outer",
        "immersion-cool",
        "immersion-cold",
    ],
)
def test_rest_120_for_older_adult_diabetes_reduced_sensation_nerve_site_immersion(
    who: SafetyProfile, what: ColdRequest
) -> None:
    assert judge(who, what).rest_minutes == 120


@pytest.mark.parametrize("age", [2, 8, 12])
def test_rest_children_keep_60_minutes(age: int) -> None:
    verdict = judge(profile(age=age))
    assert verdict.max_minutes == 10
    assert verdict.rest_minutes == 60


@pytest.mark.parametrize(
    ("personal_rest", "where", "expected"),
    [
        (90, "knee-left", 90),
        (61, "knee-left", 61),
        (30, "knee-left", 60),
        (60, "knee-left", 60),
        (1, "elbow-left", 120),
        (90, "elbow-left", 120),
        (240, "elbow-left", 240),
    ],
)
def test_rest_personal_rest_only_lengthens(personal_rest: int, where: str, expected: int) -> None:
    assert judge(profile(personal_rest=personal_rest), request(where)).rest_minutes == expected


def test_rest_minutes_after_a_session() -> None:
    knee = site("knee-left")
    assert rest_minutes_after(profile(), knee, Modality.GEL_PACK, NOW, UTC) == 60
    assert rest_minutes_after(profile(age=70), knee, Modality.GEL_PACK, NOW, UTC) == 120
    assert rest_minutes_after(profile(), site("knee-outer-left"), Modality.ICE_BAG, NOW, UTC) == 120
    calf = site("calf-shin-left")
    assert rest_minutes_after(profile(), calf, Modality.COLD_WATER_IMMERSION, NOW, UTC) == 120
    assert rest_minutes_after(profile(personal_rest=75), knee, Modality.GEL_PACK, NOW, UTC) == 75
    # Born in 1960: 65 in Berlin's 2025, so the older-adult rest applies.
    assert rest_minutes_after(profile(birth_year=1960), knee, Modality.GEL_PACK, NOW, BERLIN) == 120


def test_block_rest_interval_until_removal_plus_rest() -> None:
    removed = datetime(2025, 6, 11, 9, 0, tzinfo=UTC)
    history = SiteHistory([session("knee-left", removed - timedelta(minutes=15))])
    early = judge(history=history, now=removed + timedelta(minutes=59))
    assert codes(early.blocks) == ["rest-interval"]
    assert early.next_allowed_at == removed + timedelta(minutes=60)
    assert "60" in early.blocks[0].text
    assert_verdict_well_formed(early)
    on_time = judge(history=history, now=removed + timedelta(minutes=60))
    assert on_time.allowed
    assert on_time.next_allowed_at == removed + timedelta(minutes=60)


def test_rest_counts_from_removal_including_an_early_stop() -> None:
    started = datetime(2025, 6, 11, 8, 0, tzinfo=UTC)
    stopped_early = SiteHistory([session("knee-left", started, minutes=3)])
    verdict = judge(history=stopped_early, now=started + timedelta(minutes=63))
    assert verdict.allowed
    assert verdict.next_allowed_at == started + timedelta(minutes=63)
    still_resting = judge(history=stopped_early, now=started + timedelta(minutes=62))
    assert codes(still_resting.blocks) == ["rest-interval"]


def test_rest_counts_from_the_latest_removal() -> None:
    first = session("knee-left", datetime(2025, 6, 11, 7, 0, tzinfo=UTC))
    latest = session("knee-left", datetime(2025, 6, 11, 9, 0, tzinfo=UTC), minutes=20)
    verdict = judge(history=SiteHistory([latest, first]), now=NOW)
    assert codes(verdict.blocks) == ["rest-interval"]
    assert verdict.next_allowed_at == datetime(2025, 6, 11, 10, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last_site", "last_modality", "rest"),
    [
        ("calf-shin-left", Modality.COLD_WATER_IMMERSION, 120),
        ("calf-shin-left", Modality.GEL_PACK, 60),
    ],
)
def test_rest_next_allowed_at_applies_the_rest_after_the_last_session(
    last_site: str, last_modality: Modality, rest: int
) -> None:
    removed = NOW - timedelta(minutes=90)
    last = session(last_site, removed - timedelta(minutes=10), minutes=10, modality=last_modality)
    verdict = judge(what=request("calf-shin-left"), history=SiteHistory([last]))
    # The gel pack asked for now would be followed by 60 minutes of rest...
    assert verdict.rest_minutes == 60
    # ...but the wait now depends on the session that was done last.
    assert verdict.next_allowed_at == removed + timedelta(minutes=rest)
    assert verdict.allowed is (rest == 60)


@pytest.mark.parametrize(
    ("earlier", "asked", "rest"),
    [("knee-outer-left", "knee-left", 120), ("knee-left", "knee-outer-left", 60)],
)
def test_rest_knee_and_knee_outer_of_the_same_side_are_one_site(
    earlier: str, asked: str, rest: int
) -> None:
    removed = NOW - timedelta(minutes=50)
    history = SiteHistory([session(earlier, removed - timedelta(minutes=10), minutes=10)])
    verdict = judge(what=request(asked), history=history)
    assert codes(verdict.blocks) == ["rest-interval"]
    assert verdict.next_allowed_at == removed + timedelta(minutes=rest)


@pytest.mark.parametrize(
    ("earlier", "asked"),
    [
        ("knee-left", "knee-right"),
        ("knee-outer-left", "knee-right"),
        ("knee-left", "knee-outer-right"),
        ("knee-left", "thigh-left"),
        ("shoulder-right", "shoulder-left"),
    ],
)
def test_rest_left_knee_does_not_affect_the_right_or_another_site(earlier: str, asked: str) -> None:
    history = SiteHistory([session(earlier, NOW - timedelta(minutes=20))])
    verdict = judge(what=request(asked), history=history)
    assert verdict.allowed
    assert verdict.next_allowed_at is None
    assert verdict.sessions_today == 0


def test_rest_personal_rest_lengthens_the_wait() -> None:
    removed = NOW - timedelta(minutes=100)
    history = SiteHistory([session("knee-left", removed - timedelta(minutes=15))])
    verdict = judge(profile(personal_rest=150), history=history)
    assert codes(verdict.blocks) == ["rest-interval"]
    assert verdict.next_allowed_at == removed + timedelta(minutes=150)
    assert "150" in verdict.blocks[0].text
    assert "Personal limit" in verdict.blocks[0].sources


def test_rest_older_adult_wait_is_120() -> None:
    removed = NOW - timedelta(minutes=100)
    history = SiteHistory([session("knee-left", removed - timedelta(minutes=15))])
    verdict = judge(profile(age=70), history=history)
    assert codes(verdict.blocks) == ["rest-interval"]
    assert verdict.next_allowed_at == removed + timedelta(minutes=120)


def test_rest_next_allowed_at_counts_from_the_last_removal_not_the_last_start() -> None:
    # An intermittent session 08:00-08:30 and a short session logged inside it, 08:05-08:10.
    long_one = session("knee-left", datetime(2025, 6, 11, 8, 0, tzinfo=UTC), minutes=30)
    short_one = session("knee-left", datetime(2025, 6, 11, 8, 5, tzinfo=UTC), minutes=5)
    verdict = judge(
        history=SiteHistory([long_one, short_one]), now=datetime(2025, 6, 11, 9, 20, tzinfo=UTC)
    )
    assert codes(verdict.blocks) == ["rest-interval"]
    assert verdict.next_allowed_at == datetime(2025, 6, 11, 9, 30, tzinfo=UTC)


def test_no_history_no_next_allowed_at() -> None:
    verdict = judge()
    assert verdict.next_allowed_at is None
    assert verdict.sessions_today == 0


# ----------------------------------------------------------------------------- §4 daily limit


def eight_sessions(local_day_start: datetime, site_code: str = "knee-left") -> list[PastSession]:
    """Eight 15-minute sessions 90 minutes apart from 00:30 local (well rested after)."""
    return [session(site_code, local_day_start + timedelta(minutes=30 + 90 * i)) for i in range(8)]


def test_block_daily_limit_the_9th_session_of_the_local_day() -> None:
    day = datetime(2025, 6, 11, 0, 0, tzinfo=UTC)
    sessions = eight_sessions(day)
    now = datetime(2025, 6, 11, 20, 0, tzinfo=UTC)
    seventh = judge(history=SiteHistory(sessions[:7]), now=now)
    assert seventh.allowed
    assert seventh.sessions_today == 7
    ninth = judge(history=SiteHistory(sessions), now=now)
    assert codes(ninth.blocks) == ["daily-limit"]
    assert ninth.sessions_today == 8
    assert ninth.next_allowed_at == datetime(2025, 6, 12, 0, 0, tzinfo=UTC)
    assert "8" in ninth.blocks[0].text
    assert_verdict_well_formed(ninth)


@pytest.mark.parametrize(
    ("tz", "day", "midnight_utc", "day_hours"),
    [
        # Spring forward in Berlin: a 23-hour day; midnight after it is 22:00 UTC.
        (BERLIN, (2025, 3, 30), datetime(2025, 3, 30, 22, 0, tzinfo=UTC), 23),
        # Fall back in Berlin: a 25-hour day; midnight after it is 23:00 UTC.
        (BERLIN, (2025, 10, 26), datetime(2025, 10, 26, 23, 0, tzinfo=UTC), 25),
        (BERLIN, (2025, 6, 11), datetime(2025, 6, 11, 22, 0, tzinfo=UTC), 24),
        (NEW_YORK, (2025, 3, 9), datetime(2025, 3, 10, 4, 0, tzinfo=UTC), 23),
        (KOLKATA, (2025, 6, 11), datetime(2025, 6, 11, 18, 30, tzinfo=UTC), 24),
    ],
    ids=["berlin-dst-spring", "berlin-dst-autumn", "berlin-summer", "new-york-dst", "kolkata"],
)
def test_block_daily_limit_until_local_midnight_across_dst(
    tz: ZoneInfo, day: tuple[int, int, int], midnight_utc: datetime, day_hours: int
) -> None:
    local_start = datetime(*day, 0, 0, tzinfo=tz)
    sessions = eight_sessions(local_start)
    # One more session late the evening before: another local day, not counted.
    sessions.append(session("knee-left", local_start - timedelta(minutes=20)))
    now = local_start + timedelta(hours=day_hours - 2)
    verdict = judge(history=SiteHistory(sessions), now=now, tz=tz)
    assert verdict.sessions_today == 8
    assert codes(verdict.blocks) == ["daily-limit"]
    assert verdict.next_allowed_at == midnight_utc
    assert midnight_utc - local_start.astimezone(UTC) == timedelta(hours=day_hours)
    # One minute before local midnight it is still blocked; at midnight a new day starts.
    before = judge(history=SiteHistory(sessions), now=midnight_utc - timedelta(minutes=1), tz=tz)
    assert codes(before.blocks) == ["daily-limit"]
    after = judge(history=SiteHistory(sessions), now=midnight_utc, tz=tz)
    assert after.allowed
    assert after.sessions_today == 0


@pytest.mark.parametrize(
    ("tz", "day", "midnight_utc"),
    [
        (BERLIN, (2025, 3, 30), datetime(2025, 3, 30, 22, 0, tzinfo=UTC)),
        (BERLIN, (2025, 10, 26), datetime(2025, 10, 26, 23, 0, tzinfo=UTC)),
        (NEW_YORK, (2025, 11, 2), datetime(2025, 11, 3, 5, 0, tzinfo=UTC)),
    ],
    ids=["berlin-dst-spring", "berlin-dst-autumn", "new-york-dst-autumn"],
)
def test_block_daily_limit_reached_before_the_dst_change_ends_at_local_midnight(
    tz: ZoneInfo, day: tuple[int, int, int], midnight_utc: datetime
) -> None:
    # Eight short sessions logged between 00:00 and 01:10, before the clocks change at 02:00.
    local_start = datetime(*day, 0, 0, tzinfo=tz)
    sessions = [session("knee-left", local_start + timedelta(minutes=10 * i), 1) for i in range(8)]
    now = local_start + timedelta(hours=1, minutes=30)
    verdict = judge(history=SiteHistory(sessions), now=now, tz=tz)
    assert "daily-limit" in codes(verdict.blocks)
    assert verdict.next_allowed_at == midnight_utc


def test_daily_limit_counts_sessions_by_their_first_cold_minute() -> None:
    # Started at 23:50 yesterday, removed after midnight: it belongs to yesterday.
    day = datetime(2025, 6, 11, 0, 0, tzinfo=UTC)
    sessions = eight_sessions(day)[:7]
    sessions.append(session("knee-left", day - timedelta(minutes=10), minutes=20))
    verdict = judge(history=SiteHistory(sessions), now=day + timedelta(hours=20))
    assert verdict.sessions_today == 7
    assert verdict.allowed


def test_daily_limit_depends_on_the_local_day_of_now() -> None:
    # 22:30 UTC on 10 June is already 11 June in Berlin (00:30 CEST).
    sessions = eight_sessions(datetime(2025, 6, 11, 0, 0, tzinfo=BERLIN))
    later_in_berlin = datetime(2025, 6, 11, 20, 0, tzinfo=UTC)
    assert judge(history=SiteHistory(sessions), now=later_in_berlin, tz=BERLIN).sessions_today == 8
    in_new_york = judge(history=SiteHistory(sessions), now=later_in_berlin, tz=NEW_YORK)
    # In New York the same sessions fall on 10 and 11 June.
    assert in_new_york.sessions_today < 8
    assert in_new_york.allowed


def test_daily_limit_knee_and_knee_outer_count_together() -> None:
    day = datetime(2025, 6, 11, 0, 0, tzinfo=UTC)
    sessions = [
        session("knee-left" if i % 2 else "knee-outer-left", day + timedelta(minutes=150 * i))
        for i in range(8)
    ]
    now = day + timedelta(hours=22)
    for asked in ("knee-left", "knee-outer-left"):
        verdict = judge(what=request(asked), history=SiteHistory(sessions), now=now)
        assert verdict.sessions_today == 8
        assert codes(verdict.blocks) == ["daily-limit"]
    right = judge(what=request("knee-right"), history=SiteHistory(sessions), now=now)
    assert right.allowed
    assert right.sessions_today == 0


def test_daily_limit_counts_sessions_stopped_early() -> None:
    day = datetime(2025, 6, 11, 0, 0, tzinfo=UTC)
    sessions = [session("knee-left", day + timedelta(minutes=90 * i), minutes=1) for i in range(8)]
    verdict = judge(history=SiteHistory(sessions), now=day + timedelta(hours=20))
    assert codes(verdict.blocks) == ["daily-limit"]


# ----------------------------------------------------------------------------- §6 locks


def test_block_site_locked_until_the_lock_ends() -> None:
    until = NOW + timedelta(hours=20)
    history = SiteHistory(locks=[SiteLock(site("knee-left"), until)])
    verdict = judge(history=history)
    assert codes(verdict.blocks) == ["site-locked"]
    assert verdict.next_allowed_at == until
    assert set(verdict.blocks[0].sources) == {"ColdCare default", "R10", "R12", "R131"}
    assert judge(history=history, now=until).allowed
    assert judge(history=history, now=until - timedelta(seconds=1)).block_codes() == (
        ReasonCode.SITE_LOCKED,
    )


@pytest.mark.parametrize(
    ("locked", "asked", "blocked"),
    [
        ("knee-outer-left", "knee-left", True),
        ("knee-left", "knee-outer-left", True),
        ("knee-left", "knee-right", False),
        ("knee-outer-right", "knee-left", False),
        ("elbow-left", "wrist-hand-left", False),
    ],
)
def test_block_site_locked_knee_and_knee_outer_share_a_lock_sides_do_not(
    locked: str, asked: str, blocked: bool
) -> None:
    history = SiteHistory(locks=[SiteLock(site(locked), NOW + timedelta(hours=5))])
    verdict = judge(what=request(asked), history=history)
    assert (codes(verdict.blocks) == ["site-locked"]) is blocked
    assert (verdict.next_allowed_at is not None) is blocked


def test_site_lock_that_has_ended_does_not_block() -> None:
    history = SiteHistory(locks=[SiteLock(site("knee-left"), NOW - timedelta(minutes=1))])
    verdict = judge(history=history)
    assert verdict.allowed
    assert verdict.next_allowed_at is None


def test_site_locked_next_allowed_at_is_the_latest_lock_end() -> None:
    ends = [NOW + timedelta(hours=3), NOW + timedelta(hours=9), NOW + timedelta(hours=1)]
    history = SiteHistory(locks=[SiteLock(site("knee-left"), end) for end in ends])
    assert judge(history=history).next_allowed_at == NOW + timedelta(hours=9)


# ----------------------------------------------------------------------------- next_allowed_at


def test_next_allowed_at_latest_of_rest_lock_and_midnight_rest_wins() -> None:
    removed = NOW - timedelta(minutes=10)
    history = SiteHistory(
        [session("knee-left", removed - timedelta(minutes=15))],
        [SiteLock(site("knee-left"), NOW + timedelta(minutes=20))],
    )
    verdict = judge(history=history)
    assert set(codes(verdict.blocks)) == {"rest-interval", "site-locked"}
    assert verdict.next_allowed_at == removed + timedelta(minutes=60)


def test_next_allowed_at_latest_of_rest_lock_and_midnight_lock_wins() -> None:
    day = datetime(2025, 6, 11, 0, 0, tzinfo=UTC)
    lock_end = datetime(2025, 6, 12, 6, 0, tzinfo=UTC)
    history = SiteHistory(eight_sessions(day), [SiteLock(site("knee-outer-left"), lock_end)])
    # The last of the eight was removed at 11:15: resting until 12:15, midnight after that.
    verdict = judge(history=history, now=day + timedelta(hours=11, minutes=30))
    assert set(codes(verdict.blocks)) == {"rest-interval", "daily-limit", "site-locked"}
    assert verdict.next_allowed_at == lock_end


def test_next_allowed_at_latest_of_rest_lock_and_midnight_midnight_wins() -> None:
    local_day = datetime(2025, 6, 11, 0, 0, tzinfo=BERLIN)
    lock_end = datetime(2025, 6, 11, 21, 0, tzinfo=BERLIN)
    history = SiteHistory(eight_sessions(local_day), [SiteLock(site("knee-left"), lock_end)])
    verdict = judge(history=history, now=datetime(2025, 6, 11, 20, 30, tzinfo=BERLIN), tz=BERLIN)
    assert set(codes(verdict.blocks)) == {"daily-limit", "site-locked"}
    assert verdict.next_allowed_at == datetime(2025, 6, 12, 0, 0, tzinfo=BERLIN)


def test_next_allowed_at_is_never_before_last_removal_plus_rest() -> None:
    removed = NOW - timedelta(hours=5)
    history = SiteHistory([session("elbow-left", removed - timedelta(minutes=10), minutes=10)])
    verdict = judge(what=request("elbow-left"), history=history)
    assert verdict.allowed
    assert verdict.next_allowed_at == removed + timedelta(minutes=120)


# ----------------------------------------------------------------------------- §4 intermittent


def test_intermittent_10_on_10_off_10_on_with_a_20_minute_max_is_fine() -> None:
    protocol = IntermittentProtocol(10, 10, 10)
    verdict = judge(what=request(protocol=protocol))
    assert verdict.allowed
    assert verdict.max_minutes == 20
    assert protocol.total_on_minutes == 20
    assert protocol.total_minutes == 30


@pytest.mark.parametrize(
    ("protocol", "words"),
    [
        (IntermittentProtocol(10, 9, 10), "break"),
        (IntermittentProtocol(5, 5, 5), "break"),
        (IntermittentProtocol(12, 11, 5), "first phase"),
        (IntermittentProtocol(10, 10, 11), "21 minutes"),
        (IntermittentProtocol(15, 15, 15), "30 minutes"),
        (IntermittentProtocol(0, 10, 10), "at least 1 minute"),
        (IntermittentProtocol(10, 10, 0), "at least 1 minute"),
    ],
    ids=[
        "off-under-10",
        "off-under-10-short-phases",
        "off-shorter-than-first-on",
        "total-on-over-max",
        "total-on-over-max-by-10",
        "empty-first-phase",
        "empty-second-phase",
    ],
)
def test_intermittent_protocol_breaking_section_4_is_bad_input_with_a_message(
    protocol: IntermittentProtocol, words: str
) -> None:
    with pytest.raises(BadInputError, match=words) as caught:
        judge(what=request(protocol=protocol))
    assert "for example 10 on, 10 off, 10 on" in str(caught.value)


def test_intermittent_total_on_checked_against_the_effective_maximum() -> None:
    protocol = IntermittentProtocol(10, 10, 10)
    with pytest.raises(BadInputError, match="10-minute maximum"):
        judge(what=request("knee-outer-left", protocol=protocol))
    assert judge(what=request("knee-outer-left", protocol=IntermittentProtocol(5, 10, 5))).allowed
    with pytest.raises(BadInputError, match="15-minute maximum"):
        judge(profile(age=70), request(protocol=protocol))


def test_intermittent_maximum_too_short_to_split_says_so() -> None:
    with pytest.raises(BadInputError, match="too short to split"):
        judge(profile(personal_max=1), request(protocol=IntermittentProtocol(1, 10, 1)))


@pytest.mark.parametrize(
    ("maximum", "expected"),
    [
        (20, IntermittentProtocol(10, 10, 10)),
        (10, IntermittentProtocol(5, 10, 5)),
        (30, IntermittentProtocol(15, 15, 15)),
        (15, IntermittentProtocol(7, 10, 7)),
        (2, IntermittentProtocol(1, 10, 1)),
        (1, None),
    ],
)
def test_intermittent_suggested_protocol(
    maximum: int, expected: IntermittentProtocol | None
) -> None:
    assert suggested_protocol(maximum) == expected


@pytest.mark.parametrize("maximum", range(2, 31))
def test_intermittent_suggested_protocol_keeps_the_rules(maximum: int) -> None:
    suggestion = suggested_protocol(maximum)
    assert suggestion is not None
    assert suggestion.problem(maximum) is None
    assert suggestion.total_on_minutes <= maximum


# ----------------------------------------------------------------------------- message variants


def test_barrier_missing_tells_people_with_reduced_feeling_to_use_two_layers() -> None:
    diabetic = profile(conditions=[Condition.DIABETES])
    verdict = judge(who=diabetic, what=request(barrier=Barrier.NONE))
    missing = next(r for r in verdict.blocks if r.code is ReasonCode.BARRIER_MISSING)
    assert "two layers" in missing.text
    plain = next(r for r in judge(what=request(barrier=Barrier.NONE)).blocks)
    assert "damp cloth" in plain.text


def test_dry_barrier_advice_agrees_with_the_double_layer_rule() -> None:
    diabetic = profile(conditions=[Condition.REDUCED_SENSATION])
    verdict = judge(who=diabetic, what=request(barrier=Barrier.DRY_CLOTH))
    dry = next(r for r in verdict.warnings if r.code is ReasonCode.DRY_BARRIER)
    assert "Two layers" in dry.text


def test_warning_knee_outer_side_at_the_outer_knee_does_not_say_keep_off_it() -> None:
    outer = judge(what=request("knee-outer-left", Modality.GEL_PACK))
    warning = next(r for r in outer.warnings if r.code is ReasonCode.KNEE_OUTER_SIDE)
    assert "front and inner side" not in warning.text
    inner = judge(what=request("knee-left", Modality.GEL_PACK))
    assert "front and inner side" in inner.warnings[0].text


def test_rest_two_sessions_removed_at_the_same_moment_use_the_longer_rest() -> None:
    removed = NOW - timedelta(minutes=61)
    started = removed - timedelta(minutes=10)
    knee = PastSession(site("knee-left"), Modality.GEL_PACK, started, removed)
    outer = PastSession(site("knee-outer-left"), Modality.GEL_PACK, started, removed)
    for order in ([knee, outer], [outer, knee]):
        verdict = judge(history=SiteHistory(sessions=order))
        assert codes(verdict.blocks) == ["rest-interval"]
        assert verdict.next_allowed_at == removed + timedelta(minutes=120)


# --------------------------------------------------------------------- sources of the numbers


@pytest.mark.parametrize(
    ("who", "what", "expected"),
    [
        # A gel pack's minutes [R16-R24], checks every 5 minutes, the default rest.
        (
            profile(),
            request(),
            (
                "R16",
                "R17",
                "R18",
                "R19",
                "R20",
                "R21",
                "R22",
                "R23",
                "R24",
                "R92",
                "R94",
                "R98",
                COLDCARE_DEFAULT,
            ),
        ),
        # Diabetes: checks every 3 minutes [R124].
        (profile(conditions=[Condition.DIABETES]), request(), ("R124",)),
        # An older adult: checks every 3 minutes and a 2-hour rest, both ColdCare defaults.
        (profile(70), request(), (COLDCARE_DEFAULT,)),
    ],
)
def test_a_verdict_cites_the_evidence_for_its_minutes_checks_and_rest(
    who: SafetyProfile, what: ColdRequest, expected: tuple[str, ...]
) -> None:
    sources = judge(who, what).basis_sources
    assert set(expected) <= set(sources)
    assert len(sources) == len(set(sources))
