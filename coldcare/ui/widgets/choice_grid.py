"""A grid of big answer tiles: a mark, an optional swatch or icon, and always a word.

Used by the skin check and by later screens. Each tile is a checkable push button, so it gets
the theme's target size, checked colours and focus ring; the mark (a ring or a box, filled
when chosen) says "chosen" by shape as well as by colour. The grid puts as many columns side
by side as fit at the person's text size, up to the number asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coldcare.ui.widgets.common import optional_pixmap, reveal, scaled

# ------------------------------------------------------------------ the grid


@dataclass(frozen=True)
class Choice:
    """One answer: its value, its word, and optionally a line more, a colour or an icon.

    ``swatch`` is a ``#RRGGBB`` colour drawn as a small square (illustrative, never alone);
    ``icon`` is a name from ``resources/icons/ui``.
    """

    value: object
    label: str
    description: str = ""
    swatch: str | None = None
    icon: str | None = None


class _Mark(QWidget):
    """The chosen mark: a ring (one answer) or a box (several), filled when chosen."""

    def __init__(self, tile: QAbstractButton, multi: bool) -> None:
        super().__init__(tile)
        self._tile = tile
        self._multi = multi
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        """A square about the height of a line of heading text."""
        side = scaled(self, 24)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the ring or box in the tile's text colour; fill it when chosen."""
        del event
        colour = _tile_text_colour(self._tile)
        side = min(self.width(), self.height())
        pen_width = max(2.0, side / 12)
        box = QRectF(0, 0, side, side).adjusted(pen_width, pen_width, -pen_width, -pen_width)
        box.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, pen_width))
        if self._multi:
            painter.drawRoundedRect(box, side / 8, side / 8)
        else:
            painter.drawEllipse(box)
        if self._tile.isChecked():
            self._paint_fill(painter, box, colour, pen_width)
        painter.end()

    def _paint_fill(self, painter: QPainter, box: QRectF, colour: QColor, pen_width: float) -> None:
        if self._multi:
            pen = QPen(colour, pen_width * 1.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            w, h, x, y = box.width(), box.height(), box.x(), box.y()
            painter.drawPolyline(
                [QPointF(x + w * 0.22, y + h * 0.52), QPointF(x + w * 0.42, y + h * 0.72),
                 QPointF(x + w * 0.78, y + h * 0.3)]
            )  # fmt: skip
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        inset = box.width() * 0.25
        painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))


class _Picture(QWidget):
    """A tile's colour swatch (illustrative, with a border) or its icon."""

    def __init__(self, tile: QAbstractButton, choice: Choice) -> None:
        super().__init__(tile)
        self._tile = tile
        self._choice = choice
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    @staticmethod
    def has_picture(choice: Choice) -> bool:
        """Whether ``choice`` has a swatch, or an icon whose file is there."""
        if choice.swatch:
            return True
        if not choice.icon:
            return False
        return optional_pixmap(choice.icon, QColor(), 16) is not None

    def sizeHint(self) -> QSize:
        """Swatches are larger than icons: the colour is the point."""
        side = scaled(self, 44 if self._choice.swatch else 32)
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the swatch with a text-coloured border, or the icon in the tile's text colour."""
        del event
        side = min(self.width(), self.height())
        square = QRect(0, 0, side, side)
        square.moveCenter(self.rect().center())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = _tile_text_colour(self._tile)
        if self._choice.swatch:
            border = max(2.0, side / 20)
            painter.setPen(QPen(colour, border))
            painter.setBrush(QColor(self._choice.swatch))
            inner = QRectF(square).adjusted(border / 2, border / 2, -border / 2, -border / 2)
            painter.drawRoundedRect(inner, side / 6, side / 6)
        elif self._choice.icon:
            pixmap = optional_pixmap(self._choice.icon, colour, side)
            if pixmap is not None:
                painter.drawPixmap(square, pixmap)
        painter.end()


def _tile_text_colour(tile: QAbstractButton) -> QColor:
    """The tile's text colour: highlighted text when chosen, button text otherwise."""
    role = QPalette.ColorRole.HighlightedText if tile.isChecked() else QPalette.ColorRole.ButtonText
    return tile.palette().color(role)


class ChoiceTile(QPushButton):
    """One answer tile: mark, swatch or icon, word and an optional line more."""

    def __init__(self, choice: Choice, multi: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setCheckable(True)
        self.setAutoDefault(False)  # Enter in a dialog's field must not choose this answer
        self.setAccessibleName(choice.label)
        self.setAccessibleDescription(choice.description)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._labels = [self._label(choice.label, "heading")]
        if choice.description:
            self._labels.append(self._label(choice.description, "muted"))
        words = QVBoxLayout()
        words.setSpacing(0)
        for label in self._labels:
            words.addWidget(label)
        self._row = QHBoxLayout(self)
        self._row.addWidget(_Mark(self, multi), 0, Qt.AlignmentFlag.AlignVCenter)
        if _Picture.has_picture(choice):
            self._row.addWidget(_Picture(self, choice), 0, Qt.AlignmentFlag.AlignVCenter)
        self._row.addLayout(words, 1)
        self._fit_to_text()
        self.toggled.connect(self._show_checked)

    def _label(self, text: str, role: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setProperty("role", role)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def set_words(self, label: str, description: str = "") -> None:
        """Change the tile's words (and its accessible name) after it was made."""
        self._labels[0].setText(label)
        self.setAccessibleName(label)
        if len(self._labels) > 1:
            self._labels[1].setText(description)
            self._labels[1].setVisible(bool(description))
        self.setAccessibleDescription(description)

    def _fit_to_text(self) -> None:
        """Margins and spacing on the 8 px grid, grown with the text size."""
        pad = scaled(self, 12)
        self._row.setContentsMargins(pad, scaled(self, 8), pad, scaled(self, 8))
        self._row.setSpacing(scaled(self, 12))

    def _show_checked(self, checked: bool) -> None:
        """Chosen tiles are filled: their words switch to the highlighted-text colour."""
        for label in self._labels:
            label.setProperty("selected", checked)
            label.style().unpolish(label)
            label.style().polish(label)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_text()

    def sizeHint(self) -> QSize:
        """The size the layout of mark, picture and words asks for."""
        return self._row.totalSizeHint().expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        """Never smaller than the theme's target size."""
        return self._row.totalMinimumSize().expandedTo(self.minimumSize())


class _TileLayout(QLayout):
    """Tiles in rows of equal columns: as many columns as fit, up to ``columns``."""

    def __init__(self, columns: int, min_width: int = 240, gap: int = 16) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # heightForWidth, until the next invalidate()
        self.max_columns = max(1, columns)
        self.min_width = min_width
        self.gap = gap
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        """Add a tile (Qt calls this from ``addWidget``)."""
        self._items.append(item)

    def count(self) -> int:
        """How many tiles."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The tile at ``index``, or ``None``."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the tile at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def columns_for(self, width: int) -> int:
        """How many columns fit in ``width`` (at least one)."""
        fit = (width + self.gap) // (self.min_width + self.gap)
        return max(1, min(self.max_columns, fit, max(1, len(self._items))))

    def _place(self, width: int) -> tuple[list[QRect], int]:
        """Each tile's rectangle (from 0, 0) for ``width``, and the total height."""
        columns = self.columns_for(width)
        cell = max(1, (width - self.gap * (columns - 1)) // columns)
        rects: list[QRect] = []
        y = 0
        for start in range(0, len(self._items), columns):
            row = self._items[start : start + columns]
            height = max(_item_height(item, cell) for item in row)
            for column in range(len(row)):
                rects.append(QRect(column * (cell + self.gap), y, cell, height))
            y += height + self.gap
        return rects, max(0, y - self.gap)

    def hasHeightForWidth(self) -> bool:
        """The height depends on how many columns fit."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of all rows at ``width``."""
        if width not in self._heights:
            self._heights[width] = self._place(width)[1]
        return self._heights[width]

    def invalidate(self) -> None:
        """Forget cached heights (a tile, the text size or the gaps changed)."""
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        """Lay the tiles out in ``rect``."""
        super().setGeometry(rect)
        rects, _height = self._place(rect.width())
        for item, place in zip(self._items, rects, strict=True):
            item.setGeometry(place.translated(rect.topLeft()))

    def sizeHint(self) -> QSize:
        """All columns side by side at their preferred width."""
        widest = max((item.sizeHint().width() for item in self._items), default=0)
        columns = self.columns_for(10**6)
        width = max(widest, self.min_width) * columns + self.gap * (columns - 1)
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """One column of the narrowest tiles; the height follows the width (heightForWidth)."""
        width = max((item.minimumSize().width() for item in self._items), default=0)
        height = max((item.minimumSize().height() for item in self._items), default=0)
        return QSize(width, height)


def _item_height(item: QLayoutItem, width: int) -> int:
    """A tile's height at ``width``: its words may wrap; never below its minimum."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()


class ChoiceGrid(QWidget):
    """Big answer tiles in a grid; one answer (default) or several (``multi``).

    Keyboard: Tab enters a one-answer grid once (Qt's rule for an exclusive group; every
    tile of a several-answers grid is a Tab stop); arrows move between tiles (Home and End
    to the first and last) and Space or Enter chooses. Moving does not choose: a skin-check
    answer is picked on purpose, not passed through on the way to another.

    Signals:
        chosen(object): the person picked (or, with ``multi``, unpicked) the option with this
            value. Not emitted by ``set_value``, ``set_values`` or ``clear``.
    """

    chosen = Signal(object)

    def __init__(
        self,
        options: Sequence[Choice],
        columns: int,
        multi: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._multi = multi
        self._moving = False
        self._group = QButtonGroup(self)
        self._group.setExclusive(not multi)
        self._tiles = [ChoiceTile(option, multi, self) for option in options]
        self._layout = _TileLayout(columns)
        self.setLayout(self._layout)
        for index, tile in enumerate(self._tiles):
            self._group.addButton(tile, index)
            self._layout.addWidget(tile)
            tile.installEventFilter(self)
        self._group.idClicked.connect(self._clicked)
        self._fit_to_text()

    def _clicked(self, index: int) -> None:
        self.chosen.emit(self._tiles[index].choice.value)

    # ------------------------------------------------------------------ reading and setting

    def value(self) -> object | None:
        """The chosen option's value (with ``multi``, the first chosen), or ``None``."""
        chosen = self.values()
        return chosen[0] if chosen else None

    def values(self) -> list[object]:
        """Every chosen option's value, in the options' order."""
        return [tile.choice.value for tile in self._tiles if tile.isChecked()]

    def set_value(self, value: object | None) -> None:
        """Choose the option with ``value`` alone (``None`` chooses nothing)."""
        self.set_values([] if value is None else [value])

    def set_values(self, values: Iterable[object]) -> None:
        """Choose exactly the options whose values are in ``values``."""
        wanted = list(values)
        self._group.setExclusive(False)
        for tile in self._tiles:
            tile.setChecked(tile.choice.value in wanted)
        self._group.setExclusive(not self._multi)

    def clear(self) -> None:
        """Choose nothing."""
        self.set_values([])

    def button(self, value: object) -> QAbstractButton:
        """The tile for ``value`` (for a caller's focus, and for tests)."""
        for tile in self._tiles:
            if tile.choice.value == value:
                return tile
        raise KeyError(value)

    def buttons(self) -> list[QAbstractButton]:
        """Every tile, in the options' order."""
        return list(self._tiles)

    # ------------------------------------------------------------------ size and keys

    def _fit_to_text(self) -> None:
        """Gaps and the narrowest tile grow with the text size."""
        self._layout.gap = scaled(self, 16)
        self._layout.min_width = scaled(self, 240)
        self._layout.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys, Home and End move between tiles; Enter chooses; Tab into a one-answer
        grid lands on the answer chosen, where Space cannot overwrite it by mistake."""
        if watched not in self._tiles:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(self._tiles.index(watched), event)
        if event.type() == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            self._to_chosen(watched, event.reason())
        return super().eventFilter(watched, event)

    def _to_chosen(self, entered: QObject, reason: Qt.FocusReason) -> None:
        chosen = self._group.checkedButton()
        tabbed = reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if tabbed and not self._multi and not self._moving and chosen not in (None, entered):
            assert chosen is not None
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def _key(self, index: int, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._tiles[index].click()
            return True
        target = self._target(index, key)
        if target is None:
            return False
        self._moving = True  # an arrow moves on from the chosen answer: let it
        self._tiles[target].setFocus(Qt.FocusReason.TabFocusReason)
        self._moving = False
        reveal(self._tiles[target])
        return True

    def _target(self, index: int, key: Qt.Key) -> int | None:
        """Where ``key`` moves focus from tile ``index`` (``None``: not a moving key)."""
        columns = self._layout.columns_for(self._layout.geometry().width())
        last = len(self._tiles) - 1
        moves = {
            Qt.Key.Key_Left: index - 1,
            Qt.Key.Key_Right: index + 1,
            Qt.Key.Key_Up: index - columns,
            Qt.Key.Key_Down: index + columns,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: last,
        }
        if key not in moves:
            return None
        return max(0, min(last, moves[key]))


def tick_tile(text: str, description: str = "") -> tuple[ChoiceTile, ChoiceGrid]:
    """One on/off answer as a big tile: a box that shows a tick, its words, a line more.

    Returns the tile (read, set and connect it like a check box) and the grid that holds it
    (add that to a layout). Unlike a QCheckBox, the words wrap and the box is drawn in the
    text colour, so it shows in every palette.
    """
    grid = ChoiceGrid([Choice(True, text, description)], columns=1, multi=True)
    tile = grid.buttons()[0]
    assert isinstance(tile, ChoiceTile)
    return tile, grid
