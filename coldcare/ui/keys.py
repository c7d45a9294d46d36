"""Every keyboard shortcut in one table, the tooltips that name them, and the F1 list.

Each constant is the key of one command; the pages bind them and :func:`shortcut_rows` lists
them for the help, so the list and the bindings cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coldcare.ui.i18n import translate
from coldcare.ui.widgets.common import fit_to_screen

START_KEY = "Ctrl+N"  # open the cold-session set-up, from anywhere
NEXT_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # set-up: next step / start the timer
PAUSE_KEY = "Ctrl+P"  # pause or resume the countdown
END_KEY = "Ctrl+E"  # "I took the pack off" (asks first)
STOP_KEY = "Ctrl+Shift+S"  # "Stop: something is wrong"
DONE_KEY = "Ctrl+D"  # acknowledge: the alarm's "Done, it's off", the skin check's "Done"
SNOOZE_KEY = "Ctrl+L"  # "later": snooze the reminder on show by the shortest choice
QUIT_KEY = "Ctrl+Q"  # quit ColdCare (asks first during a session)
HELP_KEY = "F1"  # this list


def key_text(key: str) -> str:
    """``key`` as the platform writes it ("Ctrl+N"; "⌘N" on macOS)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def with_key(words: str, key: str) -> str:
    """A tooltip that names its shortcut: "Pause (Ctrl+P)"."""
    return translate("Keys", "{words} ({key})").format(words=words, key=key_text(key))


def shortcut_rows() -> list[tuple[str, str]]:
    """Every shortcut and what it does, in the order the help lists them."""
    return [
        (START_KEY, translate("Keys", "Start a cold session (open the set-up)")),
        (NEXT_KEYS[0], translate("Keys", "Set-up: next step, then start the timer")),
        (PAUSE_KEY, translate("Keys", "Pause or resume the countdown")),
        (DONE_KEY, translate("Keys", "Done: answer the alarm or the finished skin check")),
        (END_KEY, translate("Keys", "I took the pack off: end the session now")),
        (STOP_KEY, translate("Keys", "Stop: something is wrong")),
        (SNOOZE_KEY, translate("Keys", "Remind me later (snooze the reminder)")),
        ("Alt+1", translate("Keys", "Go to a page: Alt+1 to Alt+6")),
        (QUIT_KEY, translate("Keys", "Quit ColdCare")),
        (HELP_KEY, translate("Keys", "Show this list")),
    ]


class KeyboardHelp(QDialog):
    """The list of keyboard shortcuts (F1), as a table a screen reader can walk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Keys", "Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(translate("Keys", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("Keys", "Keys"), translate("Keys", "What they do")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # What a key does wraps onto more lines instead of ending in "…" at large text.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, (key, words) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(key_text(key)))
            self.table.setItem(row, 1, QTableWidgetItem(words))
        intro = QLabel(
            translate(
                "Keys",
                "Tab moves between controls, arrow keys between answers, Enter or Space chooses.",
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("Keys", "Close the list"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 520)
