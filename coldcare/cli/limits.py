"""``coldcare limits``: the safety verdict the app would apply, from the command line.

No Qt and no database: the request is judged as if the site had never been cooled and every
checklist answer were "yes". Exit codes: 0 allowed, 1 blocked, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from coldcare.domain.reasons import Reason
from coldcare.domain.safety import (
    ColdRequest,
    SafetyProfile,
    SiteHistory,
    Verdict,
    evaluate,
    findings_from,
)
from coldcare.domain.vocabulary import BadInputError, Barrier, BodySite, Condition, Modality

EXIT_ALLOWED, EXIT_BLOCKED, EXIT_BAD_INPUT = 0, 1, 2
# The verdict does not depend on the date without history or a birth year; a fixed instant
# keeps the command free of the clock.
_REFERENCE_NOW = datetime(2000, 1, 1, 12, tzinfo=UTC)
_WHOLE_NUMBER = re.compile(r"[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def add_parser(subparsers: Any) -> None:
    """Declare ``limits`` and its flags on the main parser."""
    parser = subparsers.add_parser(
        "limits",
        allow_abbrev=False,
        help="print the safety verdict the app would apply",
        description=(
            "Print the safety verdict the app would apply, as if the site had never been "
            "cooled. Exit 0 when allowed, 1 when blocked, 2 on bad input."
        ),
    )
    parser.add_argument("--site", metavar="SITE", help="body site code, e.g. knee-left")
    parser.add_argument("--modality", metavar="MOD", help="modality code, e.g. gel-pack")
    parser.add_argument("--age", metavar="N", help="age in whole years (0 to 120)")
    parser.add_argument("--barrier", metavar="B", default="none", help="barrier code")
    parser.add_argument(
        "--water-temp", metavar="C", help="water temperature in °C (cold-water immersion)"
    )
    parser.add_argument("--condition", metavar="CODE", action="append", default=[])
    parser.add_argument("--cleared", metavar="CODE", action="append", default=[])
    parser.add_argument("--finding", metavar="CODE", action="append", default=[])
    parser.add_argument("--supervised", action="store_true")
    parser.add_argument("--personal-max", metavar="MIN")
    parser.add_argument("--personal-rest", metavar="MIN")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(command=run)


def _whole_number(text: str | None, what: str, low: int, high: int | None = None) -> int | None:
    if text is None:
        return None
    value = int(text) if _WHOLE_NUMBER.fullmatch(text) else None
    if value is None or value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise BadInputError(f"{what} must be a whole number {bounds}, not '{text}'")
    return value


def _water_temperature(text: str | None, modality: Modality) -> float | None:
    if modality is not Modality.COLD_WATER_IMMERSION or text is None:
        return None
    if not _DECIMAL.fullmatch(text):
        raise BadInputError(f"the water temperature must be a number of °C, not '{text}'")
    return float(text)


def _request_and_profile(args: argparse.Namespace) -> tuple[ColdRequest, SafetyProfile]:
    if args.site is None:
        raise BadInputError("--site is required (e.g. --site knee-left)")
    if args.modality is None:
        raise BadInputError("--modality is required (e.g. --modality gel-pack)")
    site = BodySite.parse(args.site)
    modality = Modality.parse(args.modality)
    barrier = Barrier.parse(args.barrier)
    if args.age is None:
        raise BadInputError("--age is required (a whole number from 0 to 120)")
    age = _whole_number(args.age, "--age", 0, 120)
    conditions = frozenset(Condition.parse(code) for code in args.condition)
    clearances = frozenset(Condition.parse(code) for code in args.cleared)
    profile = SafetyProfile(
        age=age,
        conditions=conditions,
        clearances=clearances,
        site_findings=findings_from(args.finding, site),
        personal_max_minutes=_whole_number(args.personal_max, "--personal-max", 1),
        personal_rest_minutes=_whole_number(args.personal_rest, "--personal-rest", 1),
        supervised=args.supervised,
    )
    request = ColdRequest(site, modality, barrier, _water_temperature(args.water_temp, modality))
    return request, profile


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters shown escaped, on one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _reason_json(item: Reason) -> dict[str, Any]:
    return {"code": str(item.code), "message": item.text, "sources": list(item.sources)}


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """The JSON object of product.md's ``limits`` contract."""
    return {
        "allowed": verdict.allowed,
        "blocks": [_reason_json(r) for r in verdict.blocks],
        "warnings": [_reason_json(r) for r in verdict.warnings],
        "limit_reasons": [_reason_json(r) for r in verdict.limit_reasons],
        "recommended_minutes": verdict.recommended_minutes,
        "max_minutes": verdict.max_minutes,
        "skin_check_every_minutes": verdict.skin_check_every_minutes,
        "rest_minutes": verdict.rest_minutes,
        "barrier_required": verdict.barrier_required,
    }


def _print_reasons(title: str, reasons: Sequence[Reason], out: TextIO) -> None:
    if not reasons:
        return
    print(f"{title}:", file=out)
    for item in reasons:
        print(f"  - {item.code}: {item.text} [{', '.join(item.sources)}]", file=out)


def _print_text(request: ColdRequest, verdict: Verdict, out: TextIO) -> None:
    print(f"{request.site.display_name}: {request.modality.display_name}", file=out)
    print("ALLOWED" if verdict.allowed else "BLOCKED", file=out)
    if verdict.max_minutes is not None:
        print(
            f"Recommended {verdict.recommended_minutes} min, never more than "
            f"{verdict.max_minutes} min. Skin check every {verdict.skin_check_every_minutes} "
            f"min. Rest {verdict.rest_minutes} min afterwards. Barrier "
            f"{'required' if verdict.barrier_required else 'not required'}.",
            file=out,
        )
    _print_reasons("Blocks", verdict.blocks, out)
    _print_reasons("Warnings", verdict.warnings, out)
    _print_reasons("Limits", verdict.limit_reasons, out)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Judge the request; print the verdict; return the exit code."""
    try:
        request, profile = _request_and_profile(args)
        verdict = evaluate(profile, request, SiteHistory(), _REFERENCE_NOW, UTC)
    except BadInputError as problem:
        print(f"coldcare limits: {one_line(str(problem))}", file=err)
        return EXIT_BAD_INPUT
    if args.json:
        print(json.dumps(verdict_json(verdict), ensure_ascii=False), file=out)
    else:
        _print_text(request, verdict, out)
    return EXIT_ALLOWED if verdict.allowed else EXIT_BLOCKED
