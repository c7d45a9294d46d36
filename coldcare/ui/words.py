"""Small helpers that fit translated words into sentences, in the person's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale

# Languages whose nouns keep their capital inside a sentence ("Ihr linkes Knie").
_NOUNS_CAPITALISED = frozenset({QLocale.Language.German, QLocale.Language.Luxembourgish})


def in_sentence(words: str) -> str:
    """``words`` (a name shown on its own, such as "Left knee") to go inside a sentence:
    "left knee" in English; unchanged in German, where nouns keep their capital."""
    if QLocale().language() in _NOUNS_CAPITALISED:
        return words
    return words[:1].lower() + words[1:]


def score_text(score: float, locale: QLocale) -> str:
    """A PEG score with one decimal in the person's notation ("4.3")."""
    return locale.toString(score, "f", 1)
