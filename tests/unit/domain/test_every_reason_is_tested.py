"""Every reason code of safety-rules.md §8 keeps a test that names it."""

from __future__ import annotations

import re
from pathlib import Path

from coldcare.domain.reasons import CATALOGUE, ReasonCode

TESTS = Path(__file__).resolve().parents[1]


def _test_names() -> set[str]:
    names: set[str] = set()
    for path in TESTS.rglob("test_*.py"):
        names.update(re.findall(r"def (test_\w+)", path.read_text(encoding="utf-8")))
    return names


def test_every_reason_code_has_a_test_naming_it() -> None:
    names = _test_names()
    untested = [
        code for code in ReasonCode if not any(code.replace("-", "_") in name for name in names)
    ]
    assert untested == []


def test_every_reason_code_has_a_catalogue_entry_with_message_and_sources() -> None:
    assert set(CATALOGUE) == set(ReasonCode)
    for entry in CATALOGUE.values():
        assert entry.message.strip()
        assert entry.sources
