"""The pain scale: a numeric rating from 0 ("no pain") to 10 ("worst pain you can imagine").

Eleven big toggle buttons in a row, the two anchors under 0 and 10, and the chosen number said
again in words with its band ("6 — moderate"; measures.md §1: 0 none, 1–3 mild, 4–6 moderate,
7–10 severe). No faces: the common faces scales are licensed. When the row does not fit (a
narrow window at 200 % text) it wraps into two rows, 0–5 and 6–10, each with its anchor.

Keyboard (any button of the scale has focus):

- Left / Down choose one less, Right / Up one more; Home chooses 0, End chooses 10.
- A digit chooses that number. To reach 10, type "1" then "0" within a second (as one types
  "10"), or press End. After that second, or after any other key, a "0" means 0 again.
  The chosen number is always said in words under the scale, so a slip shows at once.
- Tab enters the scale once and leaves it (one exclusive group, like radio buttons); Space
  on a focused button chooses it, as a click does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.pain_stats import PainBand, pain_band
from coldcare.ui.i18n import translate
from coldcare.ui.widgets.common import reveal, scaled, set_role

HIGHEST = 10
_TWO_ROW_SPLIT = 6  # the second row starts at 6 (0–5, 6–10)
_DIGITS = "0123456789"


def band_words(band: PainBand) -> str:
    """The band in the person's language ("no pain", "mild", "moderate", "severe")."""
    words = {
        PainBand.NONE: translate("PainScale", "no pain"),
        PainBand.MILD: translate("PainScale", "mild"),
        PainBand.MODERATE: translate("PainScale", "moderate"),
        PainBand.SEVERE: translate("PainScale", "severe"),
    }
    return words[band]


def value_words(value: int) -> str:
    """The rating said in words, e.g. "6 — moderate"."""
    template = translate("PainScale", "{value} — {band}")
    return template.format(value=value, band=band_words(pain_band(value)))


def button_name(value: int) -> str:
    """A button's accessible name, e.g. "6 out of 10, moderate"."""
    template = translate("PainScale", "{value} out of 10, {band}")
    return template.format(value=value, band=band_words(pain_band(value)))


class _ScaleLayout(QLayout):
    """Eleven square buttons in one row, or in two (0–5, 6–10), with the anchors under them.

    The items are the eleven buttons, then the "no pain" anchor, then the "worst pain" one.
    """

    def __init__(self) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self.side = 56
        self.gap = 16
        self.anchor_gap = 4
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Add a button or an anchor (Qt calls this from ``addWidget``)."""
        self._items.append(item)

    def count(self) -> int:
        """Eleven buttons and two anchors once filled."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or ``None``."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def row_width(self, columns: int) -> int:
        """The width of ``columns`` buttons at their usual size."""
        return columns * self.side + (columns - 1) * self.gap

    def is_one_row(self, width: int) -> bool:
        """Whether all eleven buttons fit side by side in ``width``."""
        return width >= self.row_width(HIGHEST + 1)

    def _place(self, width: int) -> tuple[list[QRect], int]:
        """Every item's rectangle (from 0, 0) at ``width``, and the total height."""
        rows = [range(HIGHEST + 1)]
        if not self.is_one_row(width):
            rows = [range(_TWO_ROW_SPLIT), range(_TWO_ROW_SPLIT, HIGHEST + 1)]
        columns = len(rows[0])
        cell = (width - self.gap * (columns - 1)) // columns
        cell = max(self.side, min(cell, round(self.side * 1.2)))
        rects = [QRect() for _ in self._items]
        y = 0
        for row in rows:
            for column, number in enumerate(row):
                rects[number] = QRect(column * (cell + self.gap), y, cell, cell)
            y += cell + self.anchor_gap
            y = self._place_anchors(rects, row, y) + self.gap
        return rects, y - self.gap

    def _place_anchors(self, rects: list[QRect], row: range, top: int) -> int:
        """Put the anchor(s) of ``row`` under it from ``top``; return the bottom."""
        low, high = HIGHEST + 1, HIGHEST + 2
        left = rects[row[0]].left()
        right = rects[row[-1]].right()
        if 0 in row and HIGHEST in row:
            half = (right - left + 1 - self.gap) // 2
            height = max(self._height(low, half), self._height(high, half))
            rects[low] = QRect(left, top, half, height)
            rects[high] = QRect(right + 1 - half, top, half, height)
        else:
            anchor = low if 0 in row else high
            height = self._height(anchor, right - left + 1)
            rects[anchor] = QRect(left, top, right - left + 1, height)
        return top + height

    def _height(self, index: int, width: int) -> int:
        item = self._items[index]
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()

    def hasHeightForWidth(self) -> bool:
        """Two rows are taller than one."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height at ``width``: one row or two, with the anchors."""
        return self._place(width)[1]

    def setGeometry(self, rect: QRect) -> None:
        """Lay the buttons and anchors out in ``rect``."""
        super().setGeometry(rect)
        rects, _height = self._place(rect.width())
        for item, place in zip(self._items, rects, strict=True):
            item.setGeometry(place.translated(rect.topLeft()))

    def sizeHint(self) -> QSize:
        """One row of usual-sized buttons."""
        width = self.row_width(HIGHEST + 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """Six buttons wide (two rows); as low as one row (the height follows the width)."""
        return QSize(self.row_width(_TWO_ROW_SPLIT), self.sizeHint().height())


class NrsScale(QWidget):
    """The 0–10 pain scale with its question, anchors and the chosen value in words.

    Signals:
        value_changed(int): the person chose a number (by click or key). ``set_value`` and
            ``clear`` do not emit it.
    """

    value_changed = Signal(int)

    TEN_WINDOW_MS = 1000  # how soon after "1" a "0" makes 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "pain-scale")  # unpadded number buttons: the app stylesheet
        self._question = QLabel(self)
        self._question.setProperty("role", "heading")
        self._question.setWordWrap(True)
        self._question.hide()
        self._buttons = [self._make_button(number) for number in range(HIGHEST + 1)]
        self._group = QButtonGroup(self)
        for number, button in enumerate(self._buttons):
            self._group.addButton(button, number)
        self._group.idClicked.connect(self._clicked)
        self._scale = self._make_scale()
        self._words = QLabel(self)
        self._words.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._column = layout
        layout.addWidget(self._question)
        layout.addWidget(self._scale)
        layout.addWidget(self._words)
        self._ten_timer = QTimer(self)
        self._ten_timer.setObjectName("tenWindow")
        self._ten_timer.setSingleShot(True)
        self._after_one = False
        self._ten_timer.timeout.connect(self._close_ten_window)
        self.setAccessibleName(translate("PainScale", "Pain from 0 to 10"))
        self.setAccessibleDescription(
            translate("PainScale", "0 means no pain. 10 means the worst pain you can imagine.")
        )
        self._fit_to_text()
        self._show_value()

    def _make_button(self, number: int) -> QPushButton:
        button = QPushButton(str(number), self)
        button.setCheckable(True)
        button.setAutoDefault(False)  # Enter in a dialog's field must not choose a number
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        button.setAccessibleName(button_name(number))
        button.installEventFilter(self)
        return button

    def _make_scale(self) -> QWidget:
        scale = QWidget(self)
        self._scale_layout = _ScaleLayout()
        scale.setLayout(self._scale_layout)
        for button in self._buttons:
            self._scale_layout.addWidget(button)
        for text, align in (
            (translate("PainScale", "no pain"), Qt.AlignmentFlag.AlignLeft),
            (translate("PainScale", "worst pain you can imagine"), Qt.AlignmentFlag.AlignRight),
        ):
            anchor = QLabel(text, scale)
            anchor.setProperty("role", "muted")
            anchor.setWordWrap(True)
            anchor.setAlignment(align | Qt.AlignmentFlag.AlignTop)
            self._scale_layout.addWidget(anchor)
        return scale

    # ------------------------------------------------------------------ public API

    def set_question(self, text: str) -> None:
        """Show ``text`` above the scale and use it as the scale's accessible name."""
        self._question.setText(text)
        self._question.setVisible(bool(text))
        self.setAccessibleName(text or translate("PainScale", "Pain from 0 to 10"))

    def value(self) -> int | None:
        """The chosen number, or ``None`` before one is chosen."""
        chosen = self._group.checkedId()
        return None if chosen < 0 else chosen

    def set_value(self, value: int | None) -> None:
        """Show ``value`` as chosen (``None`` clears); does not emit ``value_changed``."""
        if value is None:
            self.clear()
            return
        pain_band(value)  # refuses a number outside 0–10
        self._buttons[value].setChecked(True)
        self._show_value()

    def clear(self) -> None:
        """Choose nothing."""
        self._group.setExclusive(False)
        for button in self._buttons:
            button.setChecked(False)
        self._group.setExclusive(True)
        self._show_value()

    def words(self) -> str:
        """The line under the scale: the chosen value in words, or what to do."""
        return self._words.text()

    def buttons(self) -> list[QAbstractButton]:
        """The eleven buttons, 0 to 10 (for a caller's focus, and for tests)."""
        return list(self._buttons)

    def is_one_row(self) -> bool:
        """Whether the buttons currently sit in one row (else two: 0–5 and 6–10)."""
        return self._scale_layout.is_one_row(self._scale.width())

    # ------------------------------------------------------------------ choosing

    def _choose(self, number: int) -> None:
        """The person chose ``number``: check it, focus it, say it, tell the caller."""
        self._buttons[number].setChecked(True)
        self._buttons[number].setFocus(Qt.FocusReason.OtherFocusReason)
        reveal(self._buttons[number])
        self._show_value()
        self.value_changed.emit(number)

    def _clicked(self, number: int) -> None:
        self._after_one = False
        self._choose(number)

    def _show_value(self) -> None:
        value = self.value()
        if value is None:
            self._words.setText(translate("PainScale", "Choose a number from 0 to 10"))
            set_role(self._words, "muted")
        else:
            self._words.setText(value_words(value))
            set_role(self._words, "what-now")

    def _close_ten_window(self) -> None:
        self._after_one = False

    # ------------------------------------------------------------------ keys and size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows, Home, End and digits choose (see the module docstring)."""
        if event.type() == QEvent.Type.KeyPress and watched in self._buttons:
            assert isinstance(event, QKeyEvent)
            number = self._number_for_key(self._buttons.index(watched), event)
            if number is not None:
                self._choose(number)
                return True
        return super().eventFilter(watched, event)

    def _number_for_key(self, focused: int, event: QKeyEvent) -> int | None:
        """The number a key press chooses, or ``None`` when the key is not the scale's."""
        text = event.text()
        if len(text) == 1 and text in _DIGITS:
            number = HIGHEST if (text == "0" and self._after_one) else int(text)
            self._after_one = number == 1
            if self._after_one:
                self._ten_timer.start(self.TEN_WINDOW_MS)
            return number
        current = self.value()
        base = focused if current is None else current
        steps = {
            Qt.Key.Key_Left: base - 1,
            Qt.Key.Key_Down: base - 1,
            Qt.Key.Key_Right: base + 1,
            Qt.Key.Key_Up: base + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: HIGHEST,
        }
        key = Qt.Key(event.key())
        if key not in steps:
            return None
        self._after_one = False
        return max(0, min(HIGHEST, steps[key]))

    def _fit_to_text(self) -> None:
        """Button size, gaps and the numbers' font grow with the text size."""
        self._scale_layout.side = scaled(self, 56)
        self._scale_layout.gap = scaled(self, 16)
        self._scale_layout.anchor_gap = scaled(self, 4)
        self._column.setSpacing(scaled(self, 12))
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        for button in self._buttons:
            button.setFont(font)
        self._scale_layout.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_text()
