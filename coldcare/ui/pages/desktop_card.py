"""The "On this computer" card of the settings page: start ColdCare when the person logs in.

The truth is the login entry the computer reads (``coldcare.services.autostart``); the
START_AT_LOGIN setting mirrors it. The switch shows the entry as it is when the card is made,
writes or removes it when switched, and says "Saved" or why not (then the switch goes back).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QFrame

from coldcare.domain.ports import SettingsStore, StorageUnavailableError
from coldcare.domain.settings import START_AT_LOGIN, Setting
from coldcare.domain.vocabulary import BadInputError
from coldcare.services.autostart import Autostart, AutostartError, for_platform
from coldcare.ui.i18n import translate
from coldcare.ui.widgets.choice_grid import tick_tile
from coldcare.ui.widgets.common import IconPainter, Notice, card

logger = logging.getLogger(__name__)

# Stores a setting and says "Saved" (or why not) in the notice; True when it was stored.
SaveSetting = Callable[[Setting[bool], bool, Notice], bool]
SWITCH_NAME = "start-at-login"


class LoginSwitch(QObject):
    """Keeps the switch, the login entry and the setting in step."""

    def __init__(
        self,
        tile: QAbstractButton,
        entry: Autostart,
        settings: SettingsStore,
        note: Notice,
        save: SaveSetting,
    ) -> None:
        super().__init__(tile)
        self._tile = tile
        self._entry = entry
        self._note = note
        self._save = save
        self._undoing = False
        tile.setChecked(self._read(settings))
        tile.toggled.connect(self._switched)

    def _read(self, settings: SettingsStore) -> bool:
        """Whether the entry is there now (the setting follows it quietly)."""
        try:
            enabled = self._entry.is_enabled()
        except AutostartError as problem:
            self._note.show_message(str(problem), "caution")
            return settings.get(START_AT_LOGIN)
        if settings.get(START_AT_LOGIN) != enabled:
            try:
                settings.set(START_AT_LOGIN, enabled)
            except (BadInputError, StorageUnavailableError) as problem:
                logger.warning("could not store the start-at-login mirror: %s", problem)
        return enabled

    def _switched(self, on: bool) -> None:
        if self._undoing:
            return
        try:
            if on:
                self._entry.enable()
            else:
                self._entry.disable()
        except AutostartError as problem:
            self._note.show_message(
                translate("Settings", "Not saved: {reason}").format(reason=problem)
            )
            self._undo(on)
            return
        self._save(START_AT_LOGIN, on, self._note)

    def _undo(self, on: bool) -> None:
        self._undoing = True
        try:
            self._tile.setChecked(not on)
        finally:
            self._undoing = False


def desktop_card(
    settings: SettingsStore,
    painter: IconPainter,
    save: SaveSetting,
    autostart: Autostart | None = None,
) -> QFrame:
    """The card with the start-at-login switch (``autostart``: this computer's by default)."""
    frame, layout = card(translate("Settings", "On this computer"))
    note = Notice(painter)
    tile, grid = tick_tile(
        translate("Settings", START_AT_LOGIN.title), translate("Settings", START_AT_LOGIN.doc)
    )
    tile.setObjectName(SWITCH_NAME)
    LoginSwitch(tile, autostart or for_platform(), settings, note, save)
    layout.addWidget(grid)
    layout.addWidget(note)
    return frame
