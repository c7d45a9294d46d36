"""``tr(context, text)``: the services' words in the person's language (lupdate reads calls to
this name as it reads ``translate``; the UI has its own in :mod:`coldcare.ui.i18n`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str) -> str:
    """``text`` (a literal, so lupdate finds it) translated in ``context``."""
    return QCoreApplication.translate(context, text)
