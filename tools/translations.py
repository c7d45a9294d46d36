"""Keep the translations (``resources/translations/coldcare_<lang>.ts``) in step with the code.

    python -m tools.translations update            extract every string, keep the translations
                                                   already made, drop the ones the code lost
    python -m tools.translations fill FILE.json    fill unfinished entries from
                                                   {"Context": {"source": "text" or ["forms"]}}
    python -m tools.translations check             unfinished and missing strings per context;
                                                   exit 1 if there are any

pyside6-lupdate does the extraction, with two helps: the report writers call their translate
function ``tr(context, text)`` (an alias tells lupdate so), and lupdate skips every call that
passes ``n=`` by keyword, so those calls are found here in the syntax tree and added as plural
(numerus) entries. ``make`` and the wheel build turn the .ts files into .qm files with lrelease.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "coldcare"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de",)
# The names code uses to translate a literal: translate(context, text, ..., n=...).
TRANSLATE_CALLS = frozenset({"translate", "tr", "QT_TRANSLATE_NOOP"})
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
UNFINISHED = "unfinished"

Key = tuple[str, str]
Translation = str | list[str]


@dataclass(frozen=True)
class Found:
    """A string the code translates: its context, its source text and whether it has ``n``."""

    context: str
    source: str
    numerus: bool


def ts_path(language: str) -> Path:
    return TS_DIR / f"coldcare_{language}.ts"


def lupdate_program() -> str:
    """pyside6-lupdate beside the running Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else "pyside6-lupdate"


# ---------------------------------------------------------------- extraction


def run_lupdate(sources: Path, target: Path, language: str) -> None:
    """Extract ``sources`` into a fresh ``target`` .ts file (no merging, no locations)."""
    command = [
        lupdate_program(),
        "-silent",
        "-extensions",
        "py",
        "-tr-function-alias",
        "translate+=tr",
        "-locations",
        "none",
        str(sources),
        "-ts",
        str(target),
        "-target-language",
        language,
    ]
    subprocess.run(command, check=True)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def found_in_code(sources: Path) -> Iterator[Found]:
    """Every translate call with a literal context and text, as the syntax tree sees it."""
    for path in sorted(sources.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call) or _call_name(node) not in TRANSLATE_CALLS:
                continue
            if len(node.args) < 2:
                continue
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and source is not None:
                numerus = len(node.args) >= 4 or any(kw.arg == "n" for kw in node.keywords)
                yield Found(context, source, numerus)


def extract(sources: Path, language: str) -> ET.Element:
    """A fresh, untranslated .ts tree of every string in ``sources``."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"coldcare_{language}.ts"
        run_lupdate(sources, target, language)
        root = load(target)
    add_missed(root, found_in_code(sources))
    return root


def add_missed(root: ET.Element, found: Iterator[Found]) -> None:
    """Add the strings lupdate did not see (calls with ``n=``) to ``root``."""
    have = messages(root)
    for item in found:
        key = (item.context, item.source)
        if key in have:
            continue
        have[key] = _new_message(_context_element(root, item.context), item)


def _context_element(root: ET.Element, name: str) -> ET.Element:
    for context in root.iter("context"):
        if context.findtext("name") == name:
            return context
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = name
    return context


def _new_message(context: ET.Element, item: Found) -> ET.Element:
    message = ET.SubElement(context, "message")
    if item.numerus:
        message.set("numerus", "yes")
    ET.SubElement(message, "source").text = item.source
    translation = ET.SubElement(message, "translation", type=UNFINISHED)
    if item.numerus:
        ET.SubElement(translation, "numerusform")
    return message


# ---------------------------------------------------------------- reading and writing .ts


def messages(root: ET.Element) -> dict[Key, ET.Element]:
    """Each message of a .ts tree by (context, source)."""
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in (UNFINISHED, "vanished", "obsolete")


def read_translation(message: ET.Element) -> Translation:
    translation = message.find("translation")
    if translation is None:
        return ""
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return translation.text or ""


def write_translation(message: ET.Element, text: Translation) -> None:
    """Set a finished translation (a list of plural forms for a numerus message)."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for form in list(translation):
        translation.remove(form)
    if isinstance(text, list):
        translation.text = None
        for form_text in text:
            ET.SubElement(translation, "numerusform").text = form_text
    else:
        translation.text = text


def load(path: Path) -> ET.Element:
    return ET.fromstring(path.read_bytes())


def save(root: ET.Element, path: Path) -> None:
    """Write a .ts file laid out as lupdate writes it (so diffs stay small)."""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


# ---------------------------------------------------------------- the three commands


def update(ts: Path, sources: Path, language: str) -> int:
    """Rewrite ``ts`` from the code, keeping finished translations; return how many are new."""
    fresh = extract(sources, language)
    kept: dict[Key, Translation] = {}
    if ts.exists():
        old = messages(load(ts))
        kept = {key: read_translation(m) for key, m in old.items() if not is_unfinished(m)}
    new = 0
    for key, message in messages(fresh).items():
        if key in kept:
            write_translation(message, kept[key])
        else:
            new += 1
    save(fresh, ts)
    return new


def placeholders(text: Translation) -> Counter[str]:
    forms = text if isinstance(text, list) else [text]
    return Counter(mark for form in forms[:1] for mark in PLACEHOLDER.findall(form))


def fill(ts: Path, given: Mapping[str, Mapping[str, Translation]]) -> list[str]:
    """Fill unfinished messages of ``ts`` from ``given``; return the problems found."""
    root = load(ts)
    known = messages(root)
    problems: list[str] = []
    for context, texts in given.items():
        for source, text in texts.items():
            message = known.get((context, source))
            if message is None:
                problems.append(f"{context}: not in {ts.name}: {source!r}")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
            elif isinstance(text, list) != (message.get("numerus") == "yes"):
                problems.append(f"{context}: plural forms wanted for numerus only: {source!r}")
            elif is_unfinished(message):
                write_translation(message, text)
    save(root, ts)
    return problems


@dataclass(frozen=True)
class Progress:
    unfinished: Counter[str]
    missing: Counter[str]

    @property
    def done(self) -> bool:
        return not self.unfinished and not self.missing


def progress(ts: Path, sources: Path, language: str) -> Progress:
    """Unfinished messages of ``ts`` and strings of the code it lacks, per context."""
    have = messages(load(ts)) if ts.exists() else {}
    wanted = messages(extract(sources, language))
    unfinished = Counter(key[0] for key, message in have.items() if is_unfinished(message))
    missing = Counter(key[0] for key in wanted if key not in have)
    return Progress(unfinished, missing)


def report(language: str, counts: Progress) -> None:
    contexts = sorted(set(counts.unfinished) | set(counts.missing))
    for context in contexts:
        print(
            f"{language} {context}: {counts.unfinished[context]} unfinished, "
            f"{counts.missing[context]} missing"
        )
    total = (counts.unfinished.total(), counts.missing.total())
    print(f"{language}: {total[0]} unfinished, {total[1]} missing (run update for missing)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract strings, keep translations, drop obsolete")
    filling = commands.add_parser("fill", help="fill unfinished entries from a JSON file")
    filling.add_argument("json", type=Path)
    filling.add_argument("--language", default=LANGUAGES[0], choices=LANGUAGES)
    commands.add_parser("check", help="count unfinished and missing strings; exit 1 if any")
    args = parser.parse_args(argv)
    if shutil.which(lupdate_program()) is None:
        parser.error("pyside6-lupdate not found: run it from the venv (.venv/bin/python)")
    if args.command == "fill":
        problems = fill(ts_path(args.language), json.loads(args.json.read_text("utf-8")))
        print("\n".join(problems) or "filled")
        return 1 if problems else 0
    status = 0
    for language in LANGUAGES:
        if args.command == "update":
            new = update(ts_path(language), SOURCES, language)
            print(f"{ts_path(language).name}: {new} new or changed strings")
        else:
            counts = progress(ts_path(language), SOURCES, language)
            report(language, counts)
            status = max(status, 0 if counts.done else 1)
    return status


if __name__ == "__main__":
    sys.exit(main())
