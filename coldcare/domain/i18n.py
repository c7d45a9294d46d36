"""Marking user-visible text for translation without importing Qt.

lupdate finds strings wrapped in a function named ``QT_TRANSLATE_NOOP`` by its name; the UI
later translates them with ``QCoreApplication.translate(context, text)``. Keeping the marker
here lets the domain stay standard-library only.
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # lupdate finds it by this name
    """Return ``source_text`` unchanged; lupdate records it under ``context``."""
    del context
    return source_text
