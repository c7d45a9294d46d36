"""The safety panel (ui-style.md): the verdict in words, blocks first, then warnings, then limits.

Blocks sit in the stop colour with the hand icon, warnings in the caution colour with the
triangle, limit reasons with the info mark; every row says its message in plain words and has
a "Why?" button that shows the sources. Colour is never the only sign: each row has an icon
and a heading word ("Not now", "Take care", "Limit").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.reasons import Reason
from coldcare.domain.safety import Verdict
from coldcare.ui import icons
from coldcare.ui.i18n import translate
from coldcare.ui.theme import Appearance
from coldcare.ui.widgets.common import discard
from coldcare.ui.widgets.sources import SourcesDialog


def reason_text(reason: Reason) -> str:
    """A reason's message in the person's language, placeholders filled."""
    return translate("Safety", reason.message).format(**reason.params)


def local_time_text(moment: datetime, now: datetime, tz: tzinfo, locale: QLocale) -> str:
    """``moment`` as the person reads it: "15:10", "tomorrow 09:12" or "Fri 09:12"."""
    local, today = moment.astimezone(tz), now.astimezone(tz).date()
    clock = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    days = (local.date() - today).days
    if days <= 0:
        return clock
    if days == 1:
        return translate("Safety", "tomorrow {time}").format(time=clock)
    day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


# Kind of reason -> (frame role, icon).
_ROW_STYLES = {
    "block": ("stop", "stop"),
    "warning": ("caution", "caution"),
    "limit": ("card", "info"),
}


class ReasonRow(QFrame):
    """One reason: icon, heading word, message, and a "Why?" button."""

    def __init__(self, kind: str, reason: Reason, look: Appearance) -> None:
        super().__init__()
        role, icon_name = _ROW_STYLES[kind]
        self.setProperty("role", role)
        self.reason = reason
        headings = {
            "block": translate("Safety", "Not now"),
            "warning": translate("Safety", "Take care"),
            "limit": translate("Safety", "Limit"),
        }
        colours = {
            "block": look.tokens.stop,
            "warning": look.tokens.caution,
            "limit": look.tokens.primary,
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        mark = QLabel()
        mark.setPixmap(icons.pixmap(icon_name, colours[kind], look.pixels(28)))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(mark)
        text = QLabel(f"<b>{headings[kind]}:</b> {reason_text(reason)}")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text, 1)
        why = QPushButton(translate("Safety", "Why?"))
        why.setAccessibleName(translate("Safety", "Why? Show the sources"))
        why.setAccessibleDescription(reason_text(reason))
        why.clicked.connect(self.show_sources)
        layout.addWidget(why, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(f"{headings[kind]}: {reason_text(reason)}")

    def show_sources(self) -> None:
        """Open the sources of this reason."""
        SourcesDialog(reason_text(self.reason), self.reason.sources, self).exec()


class SafetyPanel(QWidget):
    """Shows a verdict: a summary line, then every block, warning and limit reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "what-now")
        self.why = QPushButton(translate("Safety", "Why?"))
        self.why.setAccessibleName(translate("Safety", "Why these numbers? Show the sources"))
        self.why.clicked.connect(self.show_sources)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.why, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(top)
        self._rows: list[ReasonRow] = []
        self._sources: tuple[str, ...] = ()
        self._why_text = ""

    def rows(self) -> Sequence[ReasonRow]:
        """The reason rows on show, in order."""
        return tuple(self._rows)

    def show_verdict(self, verdict: Verdict, look: Appearance, now: datetime, tz: tzinfo) -> None:
        """Replace what is shown with ``verdict``."""
        for row in self._rows:
            discard(row)
        self._rows = []
        self.summary.setText(self._summary(verdict, now, tz))
        self._sources = verdict.basis_sources if verdict.allowed else ()
        self._why_text = self.summary.text()
        if verdict.rest_minutes is not None:
            rest = translate("Safety", "Then this spot rests for {rest} minutes.")
            self._why_text += " " + rest.format(rest=verdict.rest_minutes)
        self.why.setVisible(bool(self._sources))
        self.why.setAccessibleDescription(self._why_text)
        for kind, reasons in (
            ("block", verdict.blocks),
            ("warning", verdict.warnings),
            ("limit", verdict.limit_reasons),
        ):
            for reason in reasons:
                row = ReasonRow(kind, reason, look)
                self._rows.append(row)
                self._layout.addWidget(row)

    def show_sources(self) -> None:
        """Open the evidence for the minutes, the skin-check interval and the rest."""
        SourcesDialog(self._why_text, self._sources, self).exec()

    def _summary(self, verdict: Verdict, now: datetime, tz: tzinfo) -> str:
        if not verdict.allowed:
            if verdict.next_allowed_at is not None and verdict.next_allowed_at > now:
                when = local_time_text(verdict.next_allowed_at, now, tz, self.locale())
                return translate(
                    "Safety", "Not now. This spot can be cooled again at {when}."
                ).format(when=when)
            return translate("Safety", "This session cannot start. The reasons are below.")
        if verdict.recommended_minutes == verdict.max_minutes:
            return translate(
                "Safety",
                "Safe to start: {maximum} minutes at most. Skin check every {check} minutes.",
            ).format(maximum=verdict.max_minutes, check=verdict.skin_check_every_minutes)
        return translate(
            "Safety",
            "Safe to start: {recommended} minutes is usual, never more than {maximum} minutes. "
            "Skin check every {check} minutes.",
        ).format(
            recommended=verdict.recommended_minutes,
            maximum=verdict.max_minutes,
            check=verdict.skin_check_every_minutes,
        )
