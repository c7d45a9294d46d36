"""Translation for the UI: ``translate(context, text)`` with a literal context, found by lupdate.

Domain messages are marked with ``QT_TRANSLATE_NOOP`` and translated here with the context
they were marked with; their ``{placeholders}`` are filled after translating.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language (lupdate reads calls to this name)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translate_filled(context: str, template: str, params: Mapping[str, object]) -> str:
    """A marked template translated first, then filled with ``params``."""
    return QCoreApplication.translate(context, template).format(**params)
