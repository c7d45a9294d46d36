"""The "Language" card of the settings page: follow the computer, or always English or German.

The choice is stored in the LANGUAGE setting and read once when ColdCare starts (widgets take
their words when they are made), so the card says the change takes effect at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QLabel

from coldcare.domain.ports import SettingsStore
from coldcare.domain.settings import LANGUAGE, Setting
from coldcare.ui.i18n import translate
from coldcare.ui.widgets.choice_grid import Choice, ChoiceGrid
from coldcare.ui.widgets.common import IconPainter, Notice, card, muted

# Stores a setting and says "Saved" (or why not) in the notice; True when it was stored.
SaveSetting = Callable[[Setting[str], str, Notice], bool]


def language_choices() -> list[Choice]:
    """System, English and Deutsch. Each language is named in its own words (never
    translated), so a person finds theirs whatever language ColdCare speaks now."""
    return [
        Choice(
            "system",
            translate("Settings", "Follow the computer"),
            translate("Settings", "German on a computer set to German, English on any other"),
        ),
        Choice("en", "English", translate("Settings", "Always English")),
        Choice("de", "Deutsch", translate("Settings", "Always German")),
    ]


def language_card(settings: SettingsStore, painter: IconPainter, save: SaveSetting) -> QFrame:
    """The card: the three choices, what they do, and a note once one is saved."""
    frame, layout = card(translate("Settings", LANGUAGE.title))
    note = Notice(painter)
    chooser = ChoiceGrid(language_choices(), columns=3)
    chooser.setObjectName("language-chooser")
    chooser.set_value(settings.get(LANGUAGE))
    chooser.chosen.connect(lambda choice: save(LANGUAGE, str(choice), note))
    label = QLabel(translate("Settings", "ColdCare speaks"))
    label.setBuddy(chooser.buttons()[0])
    layout.addWidget(label)
    layout.addWidget(chooser)
    layout.addWidget(muted(translate("Settings", "Takes effect the next time ColdCare starts.")))
    layout.addWidget(note)
    return frame
