"""The "Why?" window: a reason in plain words, then the evidence it rests on.

Every safety message cites its sources: reference ids from the clinical evidence (shown with
their citation and web address as text — ColdCare never opens the network), or "ColdCare
default" / "Personal limit" explained in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.references import REFERENCES, SOURCE_EXPLANATIONS
from coldcare.ui.i18n import translate

# The review behind "limits are conventions, not proof" (safety-rules.md, preamble).
CONSENSUS_SOURCE = "R1"


def sources_html(sources: Sequence[str]) -> str:
    """The sources as an HTML list: citation and address, or the explanation of a default."""
    items = []
    for source in sources:
        if source in SOURCE_EXPLANATIONS:
            items.append(f"<li>{escape(translate('Sources', SOURCE_EXPLANATIONS[source]))}</li>")
            continue
        reference = REFERENCES.get(source)
        if reference is None:
            items.append(f"<li>{escape(source)}</li>")
            continue
        address = f"<br><span>{escape(reference.address)}</span>" if reference.address else ""
        items.append(f"<li><b>[{escape(source)}]</b> {escape(reference.citation)}{address}</li>")
    return "<ul>" + "".join(items) + "</ul>"


class SourcesDialog(QDialog):
    """Shows why: the message, a note that limits are safety conventions, and the sources."""

    def __init__(self, message: str, sources: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sources", "Why?"))
        layout = QVBoxLayout(self)
        said = QLabel(message)
        said.setWordWrap(True)
        said.setProperty("role", "heading")
        layout.addWidget(said)
        convention = QLabel(
            translate(
                "Sources",
                "ColdCare's limits are safety conventions drawn from the sources below. The "
                "evidence on how long to use cold is mostly expert advice, not proof [R1].",
            )
        )
        convention.setWordWrap(True)
        convention.setProperty("role", "muted")
        layout.addWidget(convention)
        heading = QLabel(translate("Sources", "Sources"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        listing = QLabel(sources_html(tuple(dict.fromkeys((*sources, CONSENSUS_SOURCE)))))
        listing.setWordWrap(True)
        listing.setTextFormat(Qt.TextFormat.RichText)
        listing.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        listing.setAccessibleName(translate("Sources", "List of sources"))
        scroll = QScrollArea()
        scroll.setProperty("role", "plain")
        scroll.setWidgetResizable(True)
        scroll.setWidget(listing)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(translate("Sources", "Close"))
        layout.addWidget(buttons)
        self.resize(720, 520)
