"""Translation for the UI: ``translate(context, text)`` with a literal context, found by lupdate.

Domain messages are marked with ``QT_TRANSLATE_NOOP`` and translated here with the context
they were marked with; their ``{placeholders}`` are filled after translating.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coldcare.resource_locator import ResourceMissingError, resource_path


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the person's language (lupdate reads calls to this name)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translate_filled(context: str, template: str, params: Mapping[str, object]) -> str:
    """A marked template translated first, then filled with ``params``."""
    return QCoreApplication.translate(context, template).format(**params)


# ---------------------------------------------------------------- choosing the language

GERMAN = QLocale.Language.German
ENGLISH = QLocale.Language.English
# The LANGUAGE choices that name a language; "system" follows the computer.
CHOSEN_LANGUAGES = {"en": ENGLISH, "de": GERMAN}
_TRANSLATOR_NAME = "coldcare-translator"


def interface_locale(choice: str, system: QLocale) -> QLocale:
    """The locale ColdCare speaks and formats in for a LANGUAGE ``choice`` on ``system``.

    "system" speaks German on a German computer and English elsewhere; "en" and "de" override
    it. The computer's locale is kept when it speaks that language (de_AT, en_GB), so dates keep
    their regional order; otherwise the language is paired with the computer's region.
    """
    language = CHOSEN_LANGUAGES.get(choice)
    if language is None:
        language = GERMAN if system.language() == GERMAN else ENGLISH
    if system.language() == language:
        return QLocale(system)
    return QLocale(language, system.territory())


def install_translations(
    app: QCoreApplication, choice: str, system: QLocale | None = None
) -> QLocale:
    """Speak the chosen language from now on: ColdCare's and Qt's own texts, and the formats.

    Call before any window is built (widgets read their texts when made); replaces what an
    earlier call installed. Returns the locale now used for dates, times and numbers.
    """
    locale = interface_locale(choice, system or QLocale.system())
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    if locale.language() == ENGLISH:
        return locale
    ours = _translator(app, locale, "coldcare", resource_path("translations"))
    if ours is None:
        raise ResourceMissingError(
            f"ColdCare's translation for {locale.name()} is missing; reinstall ColdCare"
        )
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    _translator(app, locale, "qtbase", qt_folder)  # without it Qt's own buttons stay English
    return locale


def _translator(
    app: QCoreApplication, locale: QLocale, name: str, folder: Path
) -> QTranslator | None:
    """Install ``folder/name_<lang>.qm`` for ``locale``; ``None`` when there is no such file."""
    translator = QTranslator(app)
    translator.setObjectName(_TRANSLATOR_NAME)
    if not translator.load(locale, name, "_", str(folder)):
        translator.setParent(None)
        return None
    app.installTranslator(translator)
    return translator
