"""``coldcare limits`` (product.md, "Command line"): every table of safety-rules.md from the
command line, the JSON contract, and the exit codes 0 (allowed), 1 (blocked), 2 (bad input).

The command runs in-process through ``coldcare.__main__.main`` with string buffers.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from coldcare.__main__ import main

JSON_KEYS = {
    "allowed",
    "blocks",
    "warnings",
    "limit_reasons",
    "recommended_minutes",
    "max_minutes",
    "skin_check_every_minutes",
    "rest_minutes",
    "barrier_required",
}
REASON_KEYS = {"code", "message", "sources"}


def run(*args: str) -> tuple[int, str, str]:
    """Run ``coldcare limits ARGS``; return the exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(["limits", *args], out, err)
    return code, out.getvalue(), err.getvalue()


def verdict(*args: str, site: str = "shoulder-left", age: str = "45") -> tuple[int, dict[str, Any]]:
    """Run ``limits --json`` (site, age and a damp cloth unless given); return code and object."""
    given = set(args)
    base = [] if "--site" in given else ["--site", site]
    base += [] if "--age" in given else ["--age", age]
    base += [] if "--barrier" in given else ["--barrier", "damp-cloth"]
    code, out, err = run(*base, *args, "--json")
    assert err == ""
    assert out.count("\n") == 1, "one JSON object on one line"
    return code, json.loads(out)


def codes(reasons: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in reasons]


def assert_contract(obj: dict[str, Any]) -> None:
    """The object has exactly product.md's keys with the types it promises."""
    assert set(obj) == JSON_KEYS
    assert isinstance(obj["allowed"], bool)
    assert isinstance(obj["barrier_required"], bool)
    for key in ("blocks", "warnings", "limit_reasons"):
        for reason in obj[key]:
            assert set(reason) == REASON_KEYS
            assert isinstance(reason["code"], str)
            assert reason["code"]
            assert isinstance(reason["message"], str)
            assert reason["message"].strip()
            assert isinstance(reason["sources"], list)
            assert reason["sources"]
            assert all(isinstance(s, str) and s.strip() for s in reason["sources"])
    for key in ("recommended_minutes", "max_minutes", "skin_check_every_minutes", "rest_minutes"):
        assert obj[key] is None or (isinstance(obj[key], int) and not isinstance(obj[key], bool))


def numbers(obj: dict[str, Any]) -> tuple[int, int, int, int]:
    return (
        obj["recommended_minutes"],
        obj["max_minutes"],
        obj["skin_check_every_minutes"],
        obj["rest_minutes"],
    )


# ----------------------------------------------------------------------------- acceptance


def test_acceptance_gel_pack_left_knee_damp_cloth_age_45() -> None:
    code, out, err = run(
        "--site",
        "knee-left",
        "--modality",
        "gel-pack",
        "--barrier",
        "damp-cloth",
        "--age",
        "45",
        "--json",
    )
    assert code == 0
    assert err == ""
    obj = json.loads(out)
    assert_contract(obj)
    assert obj["allowed"] is True
    assert obj["max_minutes"] == 20
    assert obj["recommended_minutes"] == 15
    assert obj["skin_check_every_minutes"] == 5
    assert obj["rest_minutes"] == 60
    assert obj["barrier_required"] is True
    assert obj["blocks"] == []
    assert obj["limit_reasons"] == []
    assert codes(obj["warnings"]) == ["knee-outer-side"]


def test_json_has_exactly_the_keys_of_product_md() -> None:
    _, obj = verdict("--modality", "gel-pack", "--condition", "cold-urticaria", site="elbow-left")
    assert set(obj) == JSON_KEYS
    assert_contract(obj)
    assert obj["blocks"]
    assert obj["limit_reasons"]


def test_text_output_without_json() -> None:
    code, out, err = run("--site", "knee-left", "--modality", "gel-pack", "--age", "45")
    assert code == 1  # no barrier given: "none" blocks a pack
    assert err == ""
    assert out.strip()
    code, out, _ = run(
        "--site", "knee-left", "--modality", "gel-pack", "--age", "45", "--barrier", "damp-cloth"
    )
    assert code == 0
    assert "20 min" in out
    code, out, err = run(
        "--site", "knee-left", "--modality", "whole-body-cryotherapy", "--age", "45"
    )
    assert (code, err) == (1, "")
    assert "wbc-log-only" in out


# ----------------------------------------------------------------------------- §2 base table


@pytest.mark.parametrize(
    ("modality", "recommended", "maximum", "barrier_required"),
    [
        ("gel-pack", 15, 20, True),
        ("ice-bag", 15, 20, True),
        ("frozen-vegetables", 15, 20, True),
        ("instant-cold-pack", 15, 20, True),
        ("cold-compression-device", 20, 30, True),
        ("cool-compress", 15, 20, False),
        ("ice-massage", 7, 10, False),
    ],
)
def test_section_2_base_table(
    modality: str, recommended: int, maximum: int, barrier_required: bool
) -> None:
    code, obj = verdict("--modality", modality)
    assert code == 0
    assert_contract(obj)
    assert numbers(obj) == (recommended, maximum, 5, 60)
    assert obj["barrier_required"] is barrier_required
    assert obj["limit_reasons"] == []


@pytest.mark.parametrize(
    ("water", "recommended", "maximum"),
    [
        ("0", 8, 10),
        ("4.5", 8, 10),
        ("9.9", 8, 10),
        ("10", 12, 15),
        ("12.5", 12, 15),
        ("20", 12, 15),
    ],
)
def test_section_2_immersion_temperature_rows(water: str, recommended: int, maximum: int) -> None:
    code, obj = verdict(
        "--modality", "cold-water-immersion", "--water-temp", water, site="calf-shin-right"
    )
    assert code == 0
    assert numbers(obj) == (recommended, maximum, 5, 120)
    assert obj["barrier_required"] is False
    assert obj["limit_reasons"] == []


@pytest.mark.parametrize("barrier", ["none", "damp-cloth", "dry-cloth", "double-layer"])
@pytest.mark.parametrize("modality", ["cool-compress", "ice-massage", "cold-water-immersion"])
def test_section_2_barrier_ignored_where_not_required(barrier: str, modality: str) -> None:
    code, obj = verdict(
        "--modality", modality, "--barrier", barrier, "--water-temp", "15", site="calf-shin-left"
    )
    assert code == 0
    assert obj["barrier_required"] is False
    assert obj["warnings"] == []


def test_section_2_barrier_rules_for_packs() -> None:
    code, obj = verdict("--modality", "ice-bag", "--barrier", "none")
    assert (code, codes(obj["blocks"])) == (1, ["barrier-missing"])
    assert {"R18", "R22", "R23", "R26"} <= set(obj["blocks"][0]["sources"])
    code, obj = verdict("--modality", "ice-bag", "--barrier", "dry-cloth")
    assert (code, codes(obj["warnings"])) == (0, ["dry-barrier"])
    code, obj = verdict("--modality", "ice-bag", "--condition", "diabetes")
    assert (code, codes(obj["blocks"])) == (1, ["barrier-double"])
    code, obj = verdict(
        "--modality", "ice-bag", "--condition", "reduced-sensation", "--barrier", "double-layer"
    )
    assert code == 0


# ----------------------------------------------------------------------------- §2 caps table


@pytest.mark.parametrize(
    ("site", "age", "extra", "maximum", "recommended", "reason"),
    [
        ("elbow-left", "45", [], 10, 10, "nerve-site"),
        ("knee-outer-right", "45", [], 10, 10, "nerve-site"),
        ("wrist-hand-right", "45", [], 10, 10, "extremity"),
        ("ankle-foot-left", "45", [], 10, 10, "extremity"),
        ("forehead-temples", "45", [], 15, 15, "head"),
        ("shoulder-left", "12", [], 10, 10, "child"),
        ("shoulder-left", "65", [], 15, 15, "older-adult"),
        (
            "shoulder-left",
            "45",
            ["--condition", "diabetes", "--barrier", "double-layer"],
            10,
            10,
            "reduced-sensation",
        ),
        (
            "shoulder-left",
            "45",
            ["--condition", "reduced-sensation", "--barrier", "double-layer"],
            10,
            10,
            "reduced-sensation",
        ),
        ("shoulder-left", "45", ["--personal-max", "7"], 7, 7, "personal-limit"),
    ],
    ids=[
        "nerve-site-elbow",
        "nerve-site-knee-outer",
        "extremity-wrist-hand",
        "extremity-ankle-foot",
        "head",
        "child",
        "older-adult",
        "reduced-sensation-diabetes",
        "reduced-sensation",
        "personal-limit",
    ],
)
def test_section_2_caps_table(
    site: str, age: str, extra: list[str], maximum: int, recommended: int, reason: str
) -> None:
    code, obj = verdict("--modality", "gel-pack", *extra, site=site, age=age)
    assert code == 0
    assert_contract(obj)
    assert obj["max_minutes"] == maximum
    assert obj["recommended_minutes"] == recommended
    assert codes(obj["limit_reasons"]) == [reason]
    assert str(maximum) in obj["limit_reasons"][0]["message"]


def test_section_2_caps_personal_limit_source() -> None:
    _, obj = verdict("--modality", "gel-pack", "--personal-max", "9")
    assert obj["limit_reasons"][0]["sources"] == ["Personal limit"]


@pytest.mark.parametrize(("age", "maximum"), [("13", 20), ("64", 20), ("2", 10), ("120", 15)])
def test_section_2_caps_age_edges(age: str, maximum: int) -> None:
    assert verdict("--modality", "gel-pack", age=age)[1]["max_minutes"] == maximum


def test_section_2_personal_max_above_the_maximum_changes_nothing() -> None:
    _, plain = verdict("--modality", "gel-pack")
    _, higher = verdict("--modality", "gel-pack", "--personal-max", "25")
    assert higher == plain


def test_section_2_ties_are_all_reported() -> None:
    code, obj = verdict(
        "--modality",
        "gel-pack",
        "--condition",
        "diabetes",
        "--barrier",
        "double-layer",
        "--personal-max",
        "10",
        site="elbow-right",
        age="12",
    )
    assert code == 0
    assert obj["max_minutes"] == 10
    assert set(codes(obj["limit_reasons"])) == {
        "nerve-site",
        "child",
        "reduced-sensation",
        "personal-limit",
    }


def test_section_2_older_adult_ties_with_the_immersion_maximum() -> None:
    _, obj = verdict(
        "--modality", "cold-water-immersion", "--water-temp", "15", site="calf-shin-left", age="70"
    )
    assert obj["max_minutes"] == 15
    assert codes(obj["limit_reasons"]) == ["older-adult"]


def test_section_2_caps_above_the_maximum_are_not_reported() -> None:
    _, obj = verdict("--modality", "ice-massage", site="calf-shin-left", age="70")
    assert obj["max_minutes"] == 10
    assert obj["limit_reasons"] == []


# ----------------------------------------------------------------------------- §4 rest


@pytest.mark.parametrize(
    ("site", "age", "extra", "rest"),
    [
        ("shoulder-left", "45", [], 60),
        ("shoulder-left", "65", [], 120),
        ("shoulder-left", "45", ["--condition", "diabetes", "--barrier", "double-layer"], 120),
        (
            "shoulder-left",
            "45",
            ["--condition", "reduced-sensation", "--barrier", "double-layer"],
            120,
        ),
        ("elbow-left", "45", [], 120),
        ("knee-outer-left", "45", [], 120),
        ("calf-shin-left", "45", ["--modality", "cold-water-immersion", "--water-temp", "15"], 120),
        ("elbow-left", "45", ["--modality", "cold-water-immersion", "--water-temp", "5"], 120),
        ("shoulder-left", "8", [], 60),
        ("shoulder-left", "45", ["--personal-rest", "90"], 90),
        ("shoulder-left", "45", ["--personal-rest", "30"], 60),
        ("elbow-left", "45", ["--personal-rest", "90"], 120),
        ("elbow-left", "45", ["--personal-rest", "180"], 180),
    ],
    ids=[
        "default-60",
        "older-adult-120",
        "diabetes-120",
        "reduced-sensation-120",
        "nerve-site-elbow-120",
        "nerve-site-knee-outer-120",
        "immersion-120",
        "immersion-cold-at-elbow-120",
        "child-keeps-60",
        "personal-rest-lengthens",
        "personal-rest-never-shortens",
        "personal-rest-never-shortens-120",
        "personal-rest-lengthens-120",
    ],
)
def test_section_4_rest_rules(site: str, age: str, extra: list[str], rest: int) -> None:
    args = extra if "--modality" in extra else ["--modality", "gel-pack", *extra]
    code, obj = verdict(*args, site=site, age=age)
    assert code == 0
    assert obj["rest_minutes"] == rest


@pytest.mark.parametrize(
    ("age", "extra", "every"),
    [
        ("45", [], 5),
        ("12", [], 3),
        ("65", [], 3),
        ("45", ["--condition", "diabetes", "--barrier", "double-layer"], 3),
        ("45", ["--personal-max", "4"], 5),
    ],
    ids=["adult", "child", "older-adult", "diabetes", "personal-max-does-not-shorten"],
)
def test_section_5_skin_check_interval(age: str, extra: list[str], every: int) -> None:
    _, obj = verdict("--modality", "gel-pack", *extra, age=age)
    assert obj["skin_check_every_minutes"] == every


# ----------------------------------------------------------------------------- blocked: exit 1


@pytest.mark.parametrize(
    ("args", "site", "age", "block"),
    [
        (["--condition", "cold-urticaria"], "shoulder-left", "45", "cold-urticaria"),
        (["--condition", "cryoglobulinaemia"], "shoulder-left", "45", "cryoglobulinaemia"),
        (["--condition", "cold-haemoglobinuria"], "shoulder-left", "45", "cold-haemoglobinuria"),
        (["--condition", "crps"], "shoulder-left", "45", "crps"),
        (["--condition", "raynauds"], "shoulder-left", "45", "circulation"),
        (["--finding", "broken-skin"], "shoulder-left", "45", "broken-skin"),
        (["--condition", "cognitive-impairment"], "shoulder-left", "45", "cannot-report"),
        ([], "shoulder-left", "1", "child-under-2"),
        (["--barrier", "none"], "shoulder-left", "45", "barrier-missing"),
    ],
)
def test_blocked_exits_1(args: list[str], site: str, age: str, block: str) -> None:
    code, obj = verdict("--modality", "gel-pack", *args, site=site, age=age)
    assert code == 1
    assert obj["allowed"] is False
    assert codes(obj["blocks"]) == [block]
    assert_contract(obj)
    # A blocked verdict still gives its numbers.
    assert obj["max_minutes"] is not None
    assert obj["rest_minutes"] is not None


def test_blocked_device_rules_exit_1() -> None:
    code, obj = verdict("--modality", "cold-compression-device", age="10")
    assert (code, codes(obj["blocks"])) == (1, ["child-device"])
    code, obj = verdict(
        "--modality",
        "cold-compression-device",
        "--condition",
        "diabetes",
        "--barrier",
        "double-layer",
    )
    assert (code, codes(obj["blocks"])) == (1, ["device-diabetes"])
    code, obj = verdict("--modality", "cold-compression-device", site="knee-outer-left")
    assert (code, codes(obj["blocks"])) == (1, ["nerve-compression"])


def test_whole_body_cryotherapy_is_blocked_with_null_numbers() -> None:
    code, obj = verdict("--modality", "whole-body-cryotherapy", "--condition", "hypertension")
    assert code == 1
    assert_contract(obj)
    assert codes(obj["blocks"]) == ["wbc-log-only"]
    assert codes(obj["warnings"]) == ["hypertension"]
    assert obj["limit_reasons"] == []
    assert obj["recommended_minutes"] is None
    assert obj["max_minutes"] is None
    assert obj["skin_check_every_minutes"] is None
    assert obj["rest_minutes"] is None
    assert obj["barrier_required"] is False


def test_supervised_mode_allows_cognitive_impairment() -> None:
    code, obj = verdict(
        "--modality", "gel-pack", "--condition", "cognitive-impairment", "--supervised"
    )
    assert code == 0
    assert obj["blocks"] == []


# ----------------------------------------------------------------------------- options


@pytest.mark.parametrize("water", ["abc", "99", "-5", ""])
@pytest.mark.parametrize("modality", ["gel-pack", "cool-compress", "ice-massage"])
def test_water_temp_ignored_for_other_modalities(modality: str, water: str) -> None:
    _, without = verdict("--modality", modality)
    code, with_water = verdict("--modality", modality, "--water-temp", water)
    assert code == 0
    assert with_water == without


@pytest.mark.parametrize("condition", ["crps", "diabetes", "hypertension", "cold-urticaria"])
def test_cleared_with_a_non_clearable_condition_changes_nothing(condition: str) -> None:
    for site in ("shoulder-left", "wrist-hand-left"):
        args = ["--modality", "gel-pack", "--condition", condition]
        plain = verdict(*args, site=site)
        assert verdict(*args, "--cleared", condition, site=site) == plain


def test_cleared_without_the_condition_changes_nothing() -> None:
    plain = verdict("--modality", "gel-pack")
    assert verdict("--modality", "gel-pack", "--cleared", "raynauds") == plain


def test_cleared_raynauds_allowed_with_a_warning_but_never_at_hand_or_foot() -> None:
    args = ["--modality", "gel-pack", "--condition", "raynauds", "--cleared", "raynauds"]
    code, obj = verdict(*args)
    assert (code, codes(obj["warnings"])) == (0, ["circulation-cleared"])
    code, obj = verdict(*args, site="ankle-foot-right")
    assert (code, codes(obj["blocks"])) == (1, ["circulation"])


def test_repeated_condition_and_cleared() -> None:
    args = ["--modality", "gel-pack", "--condition", "raynauds"]
    args += ["--condition", "peripheral-vascular-disease", "--cleared", "raynauds"]
    code, obj = verdict(*args)
    assert (code, codes(obj["blocks"])) == (1, ["circulation"])
    code, obj = verdict(*args, "--cleared", "peripheral-vascular-disease")
    assert code == 0
    assert codes(obj["warnings"]) == ["circulation-cleared"]


def test_repeated_condition_gives_every_warning() -> None:
    code, obj = verdict(
        "--modality",
        "gel-pack",
        "--condition",
        "hypertension",
        "--condition",
        "heart-disease",
        "--condition",
        "cold-sensitive-arthritis",
    )
    assert code == 0
    assert codes(obj["warnings"]) == [
        "hypertension",
        "heart-disease",
        "heart-left-shoulder",
        "cold-sensitive-arthritis",
    ]


def test_repeated_finding_gives_every_block() -> None:
    code, obj = verdict(
        "--modality",
        "gel-pack",
        "--finding",
        "no-feeling",
        "--finding",
        "previous-frostbite",
        "--finding",
        "regenerating-nerve",
    )
    assert code == 1
    assert set(codes(obj["blocks"])) == {"no-feeling", "previous-frostbite", "regenerating-nerve"}


@pytest.mark.parametrize(
    ("site", "warnings"),
    [
        ("neck-front", ["neck-front-pressure"]),
        ("lower-back", ["lower-back-kidney"]),
        ("hip-left", ["hip-nerve"]),
        ("thigh-right", ["thigh-nerve"]),
        ("knee-outer-left", ["knee-outer-side"]),
        ("upper-back", []),
    ],
)
def test_site_warnings(site: str, warnings: list[str]) -> None:
    code, obj = verdict("--modality", "gel-pack", site=site)
    assert code == 0
    assert codes(obj["warnings"]) == warnings


# ----------------------------------------------------------------------------- bad input: exit 2

GOOD = {"--site": "shoulder-left", "--modality": "gel-pack", "--age": "45"}


def bad(changes: dict[str, str | None], *extra: str) -> tuple[int, str, str]:
    """Run with the good arguments changed (None leaves one out)."""
    options = {**GOOD, **changes}
    args = [part for key, value in options.items() if value is not None for part in (key, value)]
    return run(*args, *extra, "--json")


@pytest.mark.parametrize(
    ("changes", "extra", "named"),
    [
        ({"--site": "knee-middle"}, [], "knee-middle"),
        ({"--site": "Knee-Left"}, [], "Knee-Left"),
        ({"--modality": "heat-pack"}, [], "heat-pack"),
        ({}, ["--barrier", "towel"], "towel"),
        ({}, ["--condition", "gout"], "gout"),
        ({}, ["--cleared", "gout"], "gout"),
        ({}, ["--finding", "bruise"], "bruise"),
        ({"--age": "4.5"}, [], "4.5"),
        ({"--age": "-1"}, [], "-1"),
        ({"--age": "121"}, [], "121"),
        ({"--age": "abc"}, [], "abc"),
        ({"--age": ""}, [], "age"),
        ({"--age": None}, [], "age"),
        ({"--site": "knee"}, [], "side"),
        ({"--site": "ankle-foot"}, [], "side"),
        ({"--site": "neck-back-left"}, [], "side"),
        ({"--site": "forehead-temples-right"}, [], "side"),
        (
            {"--site": "knee-left", "--modality": "cold-water-immersion"},
            ["--water-temp", "12"],
            "knee-left",
        ),
        (
            {"--site": "lower-back", "--modality": "cold-water-immersion"},
            ["--water-temp", "12"],
            "lower-back",
        ),
        ({"--site": "ankle-foot-left", "--modality": "cold-water-immersion"}, [], "temperature"),
        (
            {"--site": "ankle-foot-left", "--modality": "cold-water-immersion"},
            ["--water-temp", "-1"],
            "-1",
        ),
        (
            {"--site": "ankle-foot-left", "--modality": "cold-water-immersion"},
            ["--water-temp", "20.5"],
            "20.5",
        ),
        (
            {"--site": "ankle-foot-left", "--modality": "cold-water-immersion"},
            ["--water-temp", "cold"],
            "cold",
        ),
        (
            {"--site": "ankle-foot-left", "--modality": "cold-water-immersion"},
            ["--water-temp", "nan"],
            "temperature",
        ),
        ({}, ["--personal-max", "0"], "--personal-max"),
        ({}, ["--personal-max", "-5"], "--personal-max"),
        ({}, ["--personal-max", "7.5"], "--personal-max"),
        ({}, ["--personal-rest", "0"], "--personal-rest"),
        ({}, ["--personal-rest", "x"], "--personal-rest"),
        ({"--site": None}, [], "--site"),
        ({"--modality": None}, [], "--modality"),
    ],
    ids=[
        "unknown-site",
        "site-wrong-case",
        "unknown-modality",
        "unknown-barrier",
        "unknown-condition",
        "unknown-cleared-condition",
        "unknown-finding",
        "age-4.5",
        "age--1",
        "age-121",
        "age-abc",
        "age-empty",
        "age-missing",
        "side-missing-knee",
        "side-missing-ankle-foot",
        "side-not-allowed-neck-back",
        "side-not-allowed-forehead",
        "immersion-at-knee",
        "immersion-at-lower-back",
        "water-temp-missing",
        "water-temp-below-0",
        "water-temp-above-20",
        "water-temp-not-a-number",
        "water-temp-nan",
        "personal-max-0",
        "personal-max-negative",
        "personal-max-not-whole",
        "personal-rest-0",
        "personal-rest-not-a-number",
        "site-missing",
        "modality-missing",
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_problem(
    changes: dict[str, str | None], extra: list[str], named: str
) -> None:
    code, out, err = bad(changes, *extra)
    assert code == 2
    assert out == ""
    assert err.endswith("\n")
    assert err.count("\n") == 1
    assert named in err


@pytest.mark.parametrize("age", ["0", "120", "007"])
def test_age_edges_are_accepted(age: str) -> None:
    code, _, err = bad({"--age": age})
    assert code in (0, 1)
    assert err == ""


@pytest.mark.parametrize("water", ["0", "20", "9.99", "10"])
def test_water_temperature_edges_are_accepted(water: str) -> None:
    code, _, err = bad(
        {"--site": "wrist-hand-left", "--modality": "cold-water-immersion"}, "--water-temp", water
    )
    assert (code, err) == (0, "")


def test_option_without_its_value_exits_2_with_one_line() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["limits", "--site", "knee-left", "--modality", "gel-pack", "--age"], out, err)
    assert code == 2
    assert err.getvalue().count("\n") == 1
    assert "--age" in err.getvalue()


def test_bad_input_message_stays_one_line_for_a_code_with_a_line_break() -> None:
    code, _, err = bad({"--site": "knee\nleft"})
    assert code == 2
    assert err.count("\n") == 1
