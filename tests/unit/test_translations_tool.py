"""tools/translations.py: extracting every form of translated string, keeping translations
across updates, filling from JSON and counting what is left (issue: translations)."""

from __future__ import annotations

import json
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translations
from tools.translations import fill, load, messages, progress, update

CODE = """
from coldcare.ui.i18n import translate
from coldcare.domain.i18n import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Safety", "Take care")


def words(count, tr):
    one = translate("Today", "Start")
    two = translate(
        "Today",
        "Nothing planned "
        "for today.",
    )
    three = tr("PdfReport", "Warning signs")
    if count == 1:
        return translate("Records", "%n record", n=count)
    return translate("Records", "%n records", n=count)
"""


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "code"
    folder.mkdir()
    (folder / "words.py").write_text(textwrap.dedent(CODE), "utf-8")
    return folder


@pytest.fixture
def ts(tmp_path: Path, sources: Path) -> Path:
    path = tmp_path / "translations" / "coldcare_de.ts"
    update(path, sources, "de")
    return path


def _translations(path: Path) -> dict[tuple[str, str], str | list[str]]:
    return {key: translations.read_translation(m) for key, m in messages(load(path)).items()}


def test_update_finds_every_form_the_code_uses(ts: Path) -> None:
    found = messages(load(ts))
    assert set(found) == {
        ("Safety", "Take care"),
        ("Today", "Start"),
        ("Today", "Nothing planned for today."),
        ("PdfReport", "Warning signs"),
        ("Records", "%n record"),
        ("Records", "%n records"),
    }
    assert found[("Records", "%n records")].get("numerus") == "yes"
    assert found[("Today", "Start")].get("numerus") is None
    assert all(translations.is_unfinished(message) for message in found.values())
    assert ET.parse(ts).getroot().get("language") == "de"


def test_fill_sets_texts_and_plural_forms_and_reports_what_does_not_fit(ts: Path) -> None:
    problems = fill(
        ts,
        {
            "Today": {"Start": "Starten", "Nothing planned for today.": "Heute nichts."},
            "Records": {"%n records": ["%n Eintrag", "%n Einträge"]},
            "Safety": {"Take care": "Vorsicht {name}"},
            "Plan": {"Gone": "Weg"},
        },
    )
    assert len(problems) == 2
    assert any("placeholders differ" in problem for problem in problems)
    assert any("not in coldcare_de.ts" in problem for problem in problems)
    filled = _translations(ts)
    assert filled[("Today", "Start")] == "Starten"
    assert filled[("Records", "%n records")] == ["%n Eintrag", "%n Einträge"]
    assert filled[("Safety", "Take care")] == ""


def test_update_keeps_translations_and_drops_strings_the_code_lost(ts: Path, sources: Path) -> None:
    fill(ts, {"Today": {"Start": "Starten"}, "Safety": {"Take care": "Vorsicht"}})
    code = (sources / "words.py").read_text("utf-8").replace('"Take care"', '"Be careful"')
    (sources / "words.py").write_text(code, "utf-8")
    assert update(ts, sources, "de") == 5
    kept = _translations(ts)
    assert kept[("Today", "Start")] == "Starten"
    assert ("Safety", "Take care") not in kept
    assert kept[("Safety", "Be careful")] == ""


def test_check_counts_unfinished_and_missing_per_context_and_fails_until_done(
    ts: Path, sources: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (sources / "more.py").write_text('translate("Today", "Later")\n', "utf-8")
    counts = progress(ts, sources, "de")
    assert counts.unfinished == {"Today": 2, "Safety": 1, "PdfReport": 1, "Records": 2}
    assert counts.missing == {"Today": 1}
    monkeypatch.setattr(translations, "SOURCES", sources)
    monkeypatch.setattr(translations, "TS_DIR", ts.parent)
    assert translations.main(["check"]) == 1
    assert "de Today: 2 unfinished, 1 missing" in capsys.readouterr().out

    assert translations.main(["update"]) == 0
    done = {
        "Today": {
            "Start": "Starten",
            "Nothing planned for today.": "Heute nichts.",
            "Later": "Später",
        },
        "Safety": {"Take care": "Vorsicht"},
        "PdfReport": {"Warning signs": "Warnzeichen"},
        "Records": {
            "%n record": ["%n Eintrag", "%n Einträge"],
            "%n records": ["%n Eintrag", "%n Einträge"],
        },
    }
    answers = ts.parent / "de.json"
    answers.write_text(json.dumps(done), "utf-8")
    assert translations.main(["fill", str(answers)]) == 0
    assert translations.main(["check"]) == 0


def test_the_german_translation_covers_every_string_of_the_code() -> None:
    counts = progress(translations.ts_path("de"), translations.SOURCES, "de")
    assert counts.done, (
        f"unfinished {dict(counts.unfinished)}, missing {dict(counts.missing)}: run "
        "`python -m tools.translations update`, then fill the new strings"
    )
