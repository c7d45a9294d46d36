"""Laying the PDF report out on pages: text, tables and drawings top to bottom, then painted.

Everything is measured in the device's own units (a QPdfWriter at 1200 dpi, or a printer);
:class:`Units` turns millimetres and points into them. Layout and painting are apart:
:class:`Flow` first places every block on a page (so "Page 1 of N" knows N), then
:meth:`Flow.paint` paints the pages in order, each with the same header and footer. A table
that does not fit goes on over the next page under its caption and column titles again.
Headings, captions and column titles never stay at the foot of a page without what follows
them: they go over to the next page with it, and a table starts only where its first rows fit.
A column title with a word wider than its column is set smaller, down to three quarters of
its size, rather than cut.

Tables stay linear in their rows: only the cells of columns that wrap are measured, a text
that fits on one line is measured once by its width, and each wrapped text's height is
remembered (site and modality names repeat on every row).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

# Greys that print as greys: text is black, everything else is lighter but never colour alone.
INK = QColor(0, 0, 0)
MUTED = QColor(0x3C, 0x3C, 0x3C)
RULE = QColor(0x70, 0x70, 0x70)
STRIPE = QColor(0xF0, 0xF0, 0xF0)
FONT_FAMILY = "DejaVu Sans"

BODY_PT = 10.0
SMALL_PT = 8.5
HEADING_PT = 12.5
TITLE_PT = 17.0
FIGURE_PT = 18.0

# A table starts on a page only where its column titles and this many rows fit.
KEEP_ROWS = 2
# A column title (or the footer) may shrink to this share of its size to fit.
SMALLEST_TITLE = 0.75
TITLE_STEP_PT = 0.25

Painting = Callable[[QPainter], None]
Placing = Callable[[QPainter, QRectF], None]
Decoration = Callable[[QPainter, int, int], None]
WRAP = Qt.TextFlag.TextWordWrap
WRAP_ANYWHERE = Qt.TextFlag.TextWrapAnywhere
BREAKS = re.compile(r"\s+|(?<=-)")
TOP = Qt.AlignmentFlag.AlignTop


class Units:
    """Millimetres and points in the units of one paint device."""

    def __init__(self, dpi: float) -> None:
        self.dpi = dpi

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72


def font(size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """The report's sans-serif at ``size`` points (DejaVu Sans, or the system's sans),
    without ligatures."""
    made = QFont(FONT_FAMILY)
    made.setStyleHint(QFont.StyleHint.SansSerif)
    made.setPointSizeF(size)
    made.setBold(bold)
    made.setItalic(italic)
    # No "ﬁ" ligatures: text copied out of the PDF (or searched) reads as typed.
    made.setFeature(QFont.Tag("liga"), 0)
    return made


@dataclass(frozen=True)
class Style:
    """The report's fonts."""

    body: QFont
    bold: QFont
    italic: QFont
    small: QFont
    small_bold: QFont
    heading: QFont
    title: QFont
    figure: QFont


def report_style() -> Style:
    """Body text at 10 pt; headers, footers, sources and chart labels at 8.5 pt."""
    return Style(
        body=font(BODY_PT),
        bold=font(BODY_PT, bold=True),
        italic=font(BODY_PT, italic=True),
        small=font(SMALL_PT),
        small_bold=font(SMALL_PT, bold=True),
        heading=font(HEADING_PT, bold=True),
        title=font(TITLE_PT, bold=True),
        figure=font(FIGURE_PT, bold=True),
    )


@dataclass(frozen=True)
class Column:
    """One table column: its title, its share of the width, and how its cells sit."""

    title: str
    share: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    wraps: bool = False


@dataclass(frozen=True)
class Row:
    """One table row. Under its cells, over the whole width: ``detail`` (more about the
    record) and ``note`` (the person's own words, in italics)."""

    cells: Sequence[str]
    detail: str = ""
    note: str = ""
    bold: bool = False

    def under(self, style: Style) -> list[tuple[str, QFont]]:
        """The lines under the cells, with their fonts."""
        found = []
        if self.detail:
            found.append((self.detail, style.body))
        if self.note:
            found.append((self.note, style.italic))
        return found


@dataclass(frozen=True)
class Table:
    """A table with a caption; ``continued`` is the caption on the pages it goes on over."""

    caption: str
    continued: str
    columns: Sequence[Column]
    rows: Sequence[Row]


class Flow:
    """Places blocks top to bottom in ``frame`` on as many pages as they need."""

    def __init__(self, device: QPagedPaintDevice, frame: QRectF, style: Style) -> None:
        self.device = device
        self.frame = frame
        self.style = style
        self.units = Units(device.logicalDpiY())
        self.pages: list[list[Painting]] = [[]]
        self.y = frame.top()
        # Keyed by id(): the fonts are the style's own, alive as long as the flow.
        self._metrics: dict[int, QFontMetricsF] = {}
        self._heights: dict[tuple[str, int, float, int], float] = {}
        self._smaller: dict[tuple[int, float], QFont] = {}
        # What ends the current page and must go over with the next block if that block
        # goes on a new page (a heading, a caption): each with its height and painting.
        self._sticky: list[tuple[float, Placing]] = []

    # ----------------------------------------------------------------- measuring

    def metrics(self, of: QFont) -> QFontMetricsF:
        """The metrics of ``of`` (one of the style's fonts) on this device, made once."""
        key = id(of)
        if key not in self._metrics:
            self._metrics[key] = QFontMetricsF(of, self.device)
        return self._metrics[key]

    def line(self, of: QFont) -> float:
        """The height of one line of ``of``."""
        return self.metrics(of).lineSpacing()

    def text_height(self, text: str, of: QFont, width: float, flags: Qt.TextFlag = WRAP) -> float:
        """The height of ``text`` in ``of`` (one of the style's fonts) wrapped to ``width``,
        remembered per text, font, width and ``flags``."""
        key = (text, id(of), width, flags.value)
        found = self._heights.get(key)
        if found is None:
            metrics = self.metrics(of)
            if "\n" not in text and metrics.horizontalAdvance(text) <= width:
                found = metrics.lineSpacing()
            else:
                box = metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text)
                found = max(box.height(), metrics.lineSpacing())
            self._heights[key] = found
        return found

    def widest_word(self, text: str, of: QFont) -> float:
        """The width of the widest piece of ``text`` that wrapping cannot break (lines break
        at spaces and after hyphens: "7-Tage-|Durchschnitt")."""
        metrics = self.metrics(of)
        pieces = BREAKS.split(text)
        return max((metrics.horizontalAdvance(piece) for piece in pieces), default=0)

    def fitting(self, text: str, of: QFont, width: float) -> tuple[str, QFont, Qt.TextFlag]:
        """``text`` in ``of`` or a smaller size of it (not below :data:`SMALLEST_TITLE`) in
        which every word fits in ``width``, with the flags to wrap it. As a last resort, when a
        word does not fit even then, one word a line, broken inside the word."""
        chosen = self.shrunk(of, lambda font: self.widest_word(text, font) <= width)
        if chosen is None:
            return "\n".join(text.split()), self.smallest(of), WRAP | WRAP_ANYWHERE
        return text, chosen, WRAP

    def one_line(self, text: str, of: QFont, width: float) -> QFont:
        """``of`` or a smaller size of it (not below :data:`SMALLEST_TITLE`) in which ``text``
        fits on one line of ``width``."""
        fitting = self.shrunk(of, lambda font: self.metrics(font).horizontalAdvance(text) <= width)
        return fitting or self.smallest(of)

    def shrunk(self, of: QFont, fits: Callable[[QFont], bool]) -> QFont | None:
        """``of``, or its largest smaller size (in steps, not below :data:`SMALLEST_TITLE`)
        that ``fits``; ``None`` if none does."""
        chosen, size = of, of.pointSizeF()
        while not fits(chosen):
            size -= TITLE_STEP_PT
            if size < of.pointSizeF() * SMALLEST_TITLE:
                return None
            chosen = self.smaller(of, size)
        return chosen

    def smallest(self, of: QFont) -> QFont:
        steps = of.pointSizeF() * SMALLEST_TITLE // TITLE_STEP_PT
        return self.smaller(of, steps * TITLE_STEP_PT)

    def smaller(self, of: QFont, size: float) -> QFont:
        """``of`` (one of the style's fonts) at ``size`` points, made once and kept (the
        measuring is keyed by the font's id)."""
        key = (id(of), size)
        if key not in self._smaller:
            made = QFont(of)
            made.setPointSizeF(size)
            self._smaller[key] = made
        return self._smaller[key]

    # ----------------------------------------------------------------- placing

    @property
    def at_top(self) -> bool:
        """Whether nothing is placed on the current page yet."""
        return self.y <= self.frame.top()

    def fits(self, height: float) -> bool:
        """Whether ``height`` more fits on the current page."""
        return self.y + height <= self.frame.bottom()

    def new_page(self) -> None:
        """Go on at the top of a new page (a no-op on an empty page), taking along what
        ended the page and must stay with what follows (unless it is all the page holds)."""
        if self.at_top:
            return
        sticky, self._sticky = self._sticky, []
        page = self.pages[-1]
        if sticky and len(sticky) < len(page):
            del page[-len(sticky) :]
        else:
            sticky = []
        self.pages.append([])
        self.y = self.frame.top()
        for height, paint in sticky:
            self.place(height, paint, sticky=True)

    def gap(self, height: float) -> None:
        """Leave ``height`` of space (none at the top of a page)."""
        if not self.at_top:
            self.y = min(self.y + height, self.frame.bottom())

    def place(
        self, height: float, paint: Placing, *, keep: float = 0, sticky: bool = False
    ) -> QRectF:
        """Give ``paint`` a full-width rectangle of ``height``; a new page unless it and
        ``keep`` more (what must stay with it) fit on this one. A ``sticky`` block (a heading)
        goes over to the next page with the block after it, if that one does."""
        if not self.fits(height + keep):
            self.new_page()
        rect = QRectF(self.frame.left(), self.y, self.frame.width(), height)
        self.pages[-1].append(lambda painter: paint(painter, rect))
        self.y += height
        self._sticky = [*self._sticky, (height, paint)] if sticky else []
        return rect

    def paragraph(
        self,
        text: str,
        of: QFont | None = None,
        *,
        indent: float = 0,
        keep: float = 0,
        colour: QColor = INK,
        sticky: bool = False,
        after: float = 0,
    ) -> None:
        """Wrapped text over the frame's width (less ``indent``), with ``after`` of space
        under it; ``sticky`` as in :meth:`place`."""
        chosen = of or self.style.body
        width = self.frame.width() - indent
        height = self.text_height(text, chosen, width)

        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setFont(chosen)
            painter.setPen(colour)
            painter.drawText(rect.adjusted(indent, 0, 0, -after), WRAP, text)

        self.place(height + after, paint, keep=keep, sticky=sticky)

    def heading(self, text: str, *, of: QFont | None = None) -> None:
        """A heading kept with at least three lines of what follows it, and going over to
        the next page with what follows if that does."""
        chosen = of or self.style.heading
        self.gap(self.units.mm(4))
        self.paragraph(
            text,
            chosen,
            keep=3 * self.line(self.style.body),
            sticky=True,
            after=self.units.mm(1.5),
        )

    def bullets(self, items: Sequence[str], of: QFont | None = None) -> None:
        """A list with a dash before each item (wrapped under its own start)."""
        chosen = of or self.style.body
        indent = self.units.mm(5)
        for item in items:
            height = self.text_height(item, chosen, self.frame.width() - indent)

            def paint(painter: QPainter, rect: QRectF, item: str = item) -> None:
                painter.setFont(chosen)
                painter.setPen(INK)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, "–")
                painter.drawText(rect.adjusted(indent, 0, 0, 0), WRAP, item)

            self.place(height, paint)

    def table(self, table: Table) -> None:
        """The table, going on over pages with its caption and column titles repeated."""
        _TableLayout(self, table).place()

    # ----------------------------------------------------------------- painting

    def paint(self, painter: QPainter, decorate: Decoration) -> None:
        """Paint every page in order; ``decorate(painter, number, total)`` adds the header
        and footer."""
        total = len(self.pages)
        for number, items in enumerate(self.pages, start=1):
            if number > 1:
                self.device.newPage()
            decorate(painter, number, total)
            for item in items:
                item(painter)


class _TableLayout:
    """Places one table's rows, repeating the caption and header after each page break."""

    def __init__(self, flow: Flow, table: Table) -> None:
        self.flow = flow
        self.table = table
        units = flow.units
        self.pad_x = units.mm(1.2)
        self.pad_y = units.pt(2.2)
        total = sum(column.share for column in table.columns)
        width = flow.frame.width()
        self.widths = [column.share / total * width for column in table.columns]
        lefts = [sum(self.widths[:n]) for n in range(len(self.widths))]
        # Where each column's text goes, and how: worked out once, not per cell.
        self.slots = [
            (left + self.pad_x, width - 2 * self.pad_x, column.align | TOP | WRAP)
            for left, width, column in zip(lefts, self.widths, table.columns, strict=True)
        ]
        style = flow.style
        # Each column title in the font (and with the wrapping) that fits its column.
        self.titles = [
            flow.fitting(column.title, style.bold, width - 2 * self.pad_x)
            for column, width in zip(table.columns, self.widths, strict=True)
        ]
        self.header_height = (
            max(
                flow.text_height(title, of, width - 2 * self.pad_x, flags)
                for (title, of, flags), width in zip(self.titles, self.widths, strict=True)
            )
            + 2 * self.pad_y
        )
        self.caption_height = flow.line(style.bold) + units.mm(1) if table.caption else 0

    def place(self) -> None:
        flow, rows = self.flow, self.table.rows
        first = sum(sum(self._row_height(row)) for row in rows[:KEEP_ROWS])
        self._top(self.table.caption, keep=first)
        for index, row in enumerate(rows):
            cells, note = self._row_height(row)
            if not flow.fits(cells + note):
                flow.new_page()
                if index:
                    self._top(self.table.continued, keep=cells + note)
            paint = partial(self._paint_row, row=row, cells_height=cells, striped=index % 2 == 1)
            flow.place(cells + note, paint)
        flow.place(self.flow.units.pt(0.8), self._paint_rule)

    # ----------------------------------------------------------------- measuring

    def _height(self, cells: Sequence[str], of: QFont) -> float:
        flow, line = self.flow, self.flow.line(of)
        tallest = line
        for cell, column, width in zip(cells, self.table.columns, self.widths, strict=True):
            if cell and column.wraps:
                tallest = max(tallest, flow.text_height(cell, of, width - 2 * self.pad_x))
        return tallest + 2 * self.pad_y

    def _row_height(self, row: Row) -> tuple[float, float]:
        """The height of the row's cells and of what goes under them."""
        style = self.flow.style
        cells = self._height(row.cells, style.bold if row.bold else style.body)
        under = row.under(style)
        if not under:
            return cells, 0
        width = self._under_width
        return cells, sum(self.flow.text_height(t, f, width) for t, f in under) + self.pad_y

    @property
    def _under_width(self) -> float:
        return self.flow.frame.width() - 5 * self.pad_x

    # ----------------------------------------------------------------- placing and painting

    def _top(self, caption: str, *, keep: float) -> None:
        flow = self.flow
        if not caption:
            flow.place(self.header_height, self._paint_header, keep=keep, sticky=True)
            return
        flow.place(
            self.caption_height,
            partial(self._paint_caption, caption=caption),
            keep=self.header_height + keep,
            sticky=True,
        )
        flow.place(self.header_height, self._paint_header, sticky=True)

    def _paint_caption(self, painter: QPainter, rect: QRectF, caption: str) -> None:
        painter.setFont(self.flow.style.bold)
        painter.setPen(INK)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, caption)

    def _paint_header(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(INK)
        top, height = rect.top() + self.pad_y, rect.height() - 2 * self.pad_y
        for (title, of, flags), (left, width, slot_flags) in zip(
            self.titles, self.slots, strict=True
        ):
            painter.setFont(of)
            box = QRectF(rect.left() + left, top, width, height)
            painter.drawText(box, slot_flags | flags, title)
        painter.setPen(QPen(INK, self.flow.units.pt(0.9)))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_row(
        self, painter: QPainter, rect: QRectF, row: Row, cells_height: float, *, striped: bool
    ) -> None:
        style = self.flow.style
        if striped:
            painter.fillRect(rect, STRIPE)
        cells = QRectF(rect.left(), rect.top(), rect.width(), cells_height)
        self._paint_cells(painter, cells, row.cells, style.bold if row.bold else style.body)
        top = cells.bottom() - self.pad_y
        left = rect.right() - self.pad_x - self._under_width
        for text, of in row.under(style):
            height = self.flow.text_height(text, of, self._under_width)
            painter.setFont(of)
            painter.drawText(QRectF(left, top, self._under_width, height), WRAP, text)
            top += height

    def _paint_cells(
        self, painter: QPainter, rect: QRectF, cells: Sequence[str], of: QFont
    ) -> None:
        painter.setFont(of)
        painter.setPen(INK)
        top, height = rect.top() + self.pad_y, rect.height() - 2 * self.pad_y
        for cell, (left, width, flags) in zip(cells, self.slots, strict=True):
            if cell:
                painter.drawText(QRectF(rect.left() + left, top, width, height), flags, cell)

    def _paint_rule(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(RULE, self.flow.units.pt(0.6)))
        painter.drawLine(rect.topLeft(), rect.topRight())
