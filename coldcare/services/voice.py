"""Spoken prompts ("Time to check your skin."), where the computer can speak.

QtTextToSpeech is imported lazily, on first use. Its engines differ by platform: on Linux
``speechd`` talks to speech-dispatcher and is in the Error state when that service is missing;
``mock`` is Qt's test engine, which says nothing aloud, so it is never chosen unless asked for
by name (tests do). When no engine works, or the person turned spoken guidance off,
:meth:`Voice.say` does nothing: the prompts are always shown and sounded as well.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

_log = logging.getLogger(__name__)

MOCK_ENGINE = "mock"


def choose_engine(available: Sequence[str], requested: str | None) -> str | None:
    """The engine to use: ``requested`` if it is available, else the first real one.

    Without a request the ``mock`` engine is never chosen.
    """
    if requested is not None:
        return requested if requested in available else None
    return next((name for name in available if name != MOCK_ENGINE), None)


class Voice(QObject):
    """Says short prompts aloud through QtTextToSpeech, when it can.

    Create, call and connect on the GUI thread. Nothing here blocks: speech is queued by the
    engine and :meth:`say` returns at once.

    Args:
        engine: a QtTextToSpeech engine name; ``None`` picks the platform's real engine.
        engine_params: engine-specific parameters, passed to QTextToSpeech as they are.
        enabled: the person's "Spoken guidance" setting.

    Signals:
        said(str): a prompt was handed to the engine.
        availability_changed(bool): :meth:`available` would now answer differently from its
            last answer (after :meth:`set_enabled`, or when the engine's state changed).
    """

    said = Signal(str)
    availability_changed = Signal(bool)

    def __init__(
        self,
        *,
        engine: str | None = None,
        engine_params: Mapping[str, Any] | None = None,
        enabled: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._requested = engine
        self._params = dict(engine_params or {})
        self._enabled = enabled
        self._speech: QTextToSpeech | None = None
        self._loaded = False
        self._load_problem = ""
        self._reported = False
        self._last_answer: bool | None = None

    @property
    def enabled(self) -> bool:
        """Whether the person wants spoken prompts."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Turn spoken prompts on or off; turning them off stops any prompt being said."""
        self._enabled = enabled
        if not enabled:
            self.stop()
        self._note_availability()

    @property
    def engine_name(self) -> str | None:
        """The engine in use (loading it if needed), or ``None`` if there is none."""
        speech = self._load()
        return speech.engine() if speech is not None else None

    def available(self) -> bool:
        """Whether :meth:`say` would speak now: enabled, and an engine not in its Error state."""
        self._last_answer = self._enabled and self._working() is not None
        return self._last_answer

    def unavailable_reason(self) -> str:
        """Why prompts are not spoken, in plain words (translated); empty when they are."""
        if not self._enabled:
            return QCoreApplication.translate("Voice", "spoken guidance is turned off")
        speech = self._load()
        if speech is None:
            return self._load_problem
        if self._working() is None:
            detail = speech.errorString()
            message = QCoreApplication.translate("Voice", "the speech engine does not work")
            return f"{message}: {detail}" if detail else message
        return ""

    def say(self, text: str) -> None:
        """Say ``text`` aloud, interrupting any earlier prompt; does nothing if unavailable."""
        speech = self._working() if self._enabled else None
        if speech is None:
            if not self._reported:
                self._reported = True
                _log.info("Spoken prompts are not available: %s", self.unavailable_reason())
            return
        speech.say(text)
        self.said.emit(text)

    def stop(self) -> None:
        """Stop speaking now (if an engine was ever loaded)."""
        if self._speech is not None:
            self._speech.stop()

    def _working(self) -> QTextToSpeech | None:
        speech = self._load()
        if speech is None or speech.state() == speech.State.Error:
            return None
        return speech

    def _load(self) -> QTextToSpeech | None:
        if self._loaded:
            return self._speech
        self._loaded = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415  (lazy)
        except ImportError as error:
            _log.warning("Text to speech could not be loaded: %s", error)
            self._load_problem = QCoreApplication.translate(
                "Voice", "text to speech could not be loaded"
            )
            return None
        name = choose_engine(QTextToSpeech.availableEngines(), self._requested)
        if name is None:
            self._load_problem = QCoreApplication.translate(
                "Voice", "no speech engine on this computer"
            )
            return None
        self._speech = QTextToSpeech(name, self._params, self)
        self._speech.stateChanged.connect(self._note_availability)
        return self._speech

    def _note_availability(self) -> None:
        before = self._last_answer
        now = self.available()
        if before is not None and now != before:
            self.availability_changed.emit(now)
