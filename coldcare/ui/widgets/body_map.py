"""The body map (ui-style.md, "Body map"): where on the body the cold goes.

``resources/bodymap/front.svg`` and ``back.svg`` share one viewBox. Each holds the figure as
one path with id ``silhouette`` and one simple shape per body site whose id is the site code
(``knee-left``). Left and right are the PERSON's own: in the front view their left is on the
viewer's right; in the back view it is on the viewer's left. The files are read here with
the standard library into QPainterPaths, used both to draw and to hit-test, so what is drawn
is exactly what answers a click.

:class:`BodyMapView` draws one view; :class:`SitePicker` shows the front and back views side
by side with a plain list of every site (for the keyboard and screen readers) kept in step.

Colours: every colour comes from ``theme.TOKENS`` through ``common.theme_tokens(widget)``,
which matches the widget's QPalette (set by ``theme.apply``) back to its token set, as the
other painted widgets do. A palette, style or font change repaints with the new tokens.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from html import escape

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from coldcare.domain.vocabulary import BadInputError, BodySite, all_body_sites
from coldcare.resource_locator import resource_path
from coldcare.ui import icons
from coldcare.ui.i18n import translate
from coldcare.ui.theme import Tokens
from coldcare.ui.widgets.common import scaled, theme_tokens


class View(StrEnum):
    """Which side of the figure a map shows (also the SVG file's name)."""

    FRONT = "front"
    BACK = "back"


def site_name(site: BodySite) -> str:
    """The site's name in the person's language, in their own left/right."""
    return translate("BodySite", site.display_name)


def caption_text(site: BodySite) -> str:
    """The words that say which site is chosen."""
    return translate("BodyMap", "Chosen: {site}").format(site=site_name(site))


# ---------------------------------------------------------------------- reading the SVG files

_SVG = "{http://www.w3.org/2000/svg}"
_SHAPES = {"ellipse", "circle", "rect", "polygon", "path"}
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_TOKEN = re.compile(rf"{_NUMBER}|[^\s,]")
_ARITY = {"M": 2, "L": 2, "Q": 4, "C": 6}


@dataclass(frozen=True)
class Figure:
    """One view as drawn: its viewBox, the silhouette and the regions head to foot."""

    box: QRectF
    silhouette: QPainterPath
    regions: tuple[tuple[BodySite, QPainterPath], ...]

    @property
    def sites(self) -> tuple[BodySite, ...]:
        """The sites shown, head to foot."""
        return tuple(site for site, _ in self.regions)


def path_from_d(data: str) -> QPainterPath:
    """A QPainterPath from SVG path data using only absolute M, L, C, Q and Z."""
    tokens = _TOKEN.findall(data)
    path = QPainterPath()
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            index += 1
            if token == "Z":
                path.closeSubpath()
                continue
            if token not in _ARITY:
                raise ValueError(f"unsupported path command {token!r} (only M, L, C, Q, Z)")
            command = token
        if command != "M" and path.elementCount() == 0:
            raise ValueError("path data must start with M")
        raw = tokens[index : index + _ARITY[command]]
        if len(raw) != _ARITY[command] or not all(re.fullmatch(_NUMBER, v) for v in raw):
            raise ValueError(f"path command {command} needs {_ARITY[command]} numbers")
        index += len(raw)
        _add_segment(path, command, [float(v) for v in raw])
        command = "L" if command == "M" else command
    return path


def _add_segment(path: QPainterPath, command: str, values: list[float]) -> None:
    points = [QPointF(values[i], values[i + 1]) for i in range(0, len(values), 2)]
    if command == "M":
        path.moveTo(points[0])
    elif command == "L":
        path.lineTo(points[0])
    elif command == "Q":
        path.quadTo(points[0], points[1])
    else:
        path.cubicTo(points[0], points[1], points[2])


def _number(element: ET.Element, name: str, default: float | None = None) -> float:
    value = element.get(name)
    if value is None:
        if default is None:
            raise ValueError(f"<{element.tag}> without {name}")
        return default
    return float(value)


def shape_path(element: ET.Element) -> QPainterPath:
    """The outline of one simple SVG shape (no transforms: hit areas stay honest)."""
    if element.get("transform"):
        raise ValueError(f"shape {element.get('id')!r} has a transform; write plain coordinates")
    kind = element.tag.removeprefix(_SVG)
    path = QPainterPath()
    if kind in ("ellipse", "circle"):
        rx = _number(element, "r" if kind == "circle" else "rx")
        ry = rx if kind == "circle" else _number(element, "ry")
        path.addEllipse(QPointF(_number(element, "cx"), _number(element, "cy")), rx, ry)
    elif kind == "rect":
        rx = _number(element, "rx", 0.0)
        box = QRectF(*(_number(element, key) for key in ("x", "y", "width", "height")))
        path.addRoundedRect(box, rx, _number(element, "ry", rx))
    elif kind == "polygon":
        values = [float(v) for v in re.findall(_NUMBER, element.get("points", ""))]
        path.moveTo(values[0], values[1])
        for i in range(2, len(values) - 1, 2):
            path.lineTo(values[i], values[i + 1])
        path.closeSubpath()
    else:
        path = path_from_d(element.get("d", ""))
    return path


def parse_figure(text: str) -> Figure:
    """Read a body-map SVG: the viewBox, the silhouette and one region per site id."""
    root = ET.fromstring(text)
    x, y, width, height = (float(v) for v in root.get("viewBox", "").split())
    silhouette: QPainterPath | None = None
    found: dict[BodySite, QPainterPath] = {}
    for element in root.iter():
        ident = element.get("id")
        if ident is None or element.tag.removeprefix(_SVG) not in _SHAPES:
            continue
        if ident == "silhouette":
            silhouette = shape_path(element)
            continue
        try:
            site = BodySite.parse(ident)
        except BadInputError:
            raise ValueError(f"body-map region {ident!r} is not a site code") from None
        found[site] = shape_path(element)
    if silhouette is None:
        raise ValueError("body-map SVG without a 'silhouette' element")
    ordered = tuple((site, found[site]) for site in all_body_sites() if site in found)
    return Figure(QRectF(x, y, width, height), silhouette, ordered)


@cache
def load_figure(view: View) -> Figure:
    """The shipped figure for ``view`` (read once)."""
    return parse_figure(resource_path("bodymap", f"{view}.svg").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------- colours and geometry


def _mix(first: str, second: str, share: float) -> QColor:
    """``share`` of ``second`` blended into ``first``."""
    a, b = QColor(first), QColor(second)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * share,
        a.greenF() + (b.greenF() - a.greenF()) * share,
        a.blueF() + (b.blueF() - a.blueF()) * share,
    )


@dataclass(frozen=True)
class _Colours:
    """What the map paints with, from one token set."""

    figure: QColor
    figure_edge: QColor
    region_edge: QColor
    hover: QColor
    chosen: QColor
    focus: QColor
    hatch: QColor
    text: QColor
    muted: QColor

    @classmethod
    def of(cls, tokens: Tokens) -> _Colours:
        """The soft neutral figure and the accents of ``tokens``."""
        hover = QColor(tokens.primary)
        hover.setAlphaF(0.22)
        return cls(
            figure=_mix(tokens.surface, tokens.border, 0.55),
            figure_edge=_mix(tokens.border, tokens.muted, 0.35),
            region_edge=_mix(tokens.border, tokens.muted, 0.45),
            hover=hover,
            chosen=QColor(tokens.primary),
            focus=QColor(tokens.focus),
            hatch=QColor(tokens.muted),
            text=QColor(tokens.text),
            muted=QColor(tokens.muted),
        )


@dataclass(frozen=True)
class _Layout:
    """Where things go at the widget's current size (widget coordinates)."""

    sides: QRectF
    side_font: QFont
    caption: QRectF
    silhouette: QPainterPath
    regions: dict[BodySite, QPainterPath]


# Arrow keys as unit steps in figure coordinates (y grows downwards).
_STEPS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}
_CHOOSE_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Select}
_SIDE_SHRINK = 0.8  # "Your left" may shrink this far to stay on one line, then it wraps
_ACROSS_WEIGHT = 1.5  # how much sideways distance counts against a region in an arrow's way
_REDRAW_EVENTS = {QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.FontChange}


class BodyMapView(QWidget):
    """One view of the figure; hover, click or keys choose a body site.

    The chosen region is filled in the primary colour AND named in words under the figure
    (``named=False`` leaves the words to a caption the caller shows); the keyboard-focused
    region has a 3 px ring in the focus colour; unavailable regions are hatched with a clock
    mark, their reason in the tooltip and the accessible text. Choosing an unavailable region
    is allowed: the safety verdict then says why it cannot start.
    """

    site_chosen = Signal(object)  # BodySite, chosen by the person (not by set_site)

    def __init__(self, view: View, parent: QWidget | None = None, *, named: bool = True) -> None:
        super().__init__(parent)
        self._view = view
        self._named = named
        self._figure = load_figure(view)
        self._paths = dict(self._figure.regions)
        self._chosen: BodySite | None = None
        self._hovered: BodySite | None = None
        self._focused: BodySite | None = None
        self._pressed: BodySite | None = None
        self._reasons: dict[BodySite, str] = {}
        self._layout_cache: _Layout | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        names = {
            View.FRONT: translate("BodyMap", "Body map, front view"),
            View.BACK: translate("BodyMap", "Body map, back view"),
        }
        self.setAccessibleName(names[view])
        self._describe()

    # ------------------------------------------------------------------ public API

    @property
    def view(self) -> View:
        """Front or back."""
        return self._view

    def sites(self) -> tuple[BodySite, ...]:
        """The sites this view shows, head to foot."""
        return self._figure.sites

    def site(self) -> BodySite | None:
        """The chosen site (it may belong to the other view), or ``None``."""
        return self._chosen

    def set_site(self, site: BodySite | None) -> None:
        """Show ``site`` as chosen (without emitting :attr:`site_chosen`)."""
        self._chosen = site
        if site in self._paths:
            self._focused = site
        self._describe()
        self.update()

    def set_unavailable(self, sites: Mapping[BodySite, str] | AbstractSet[BodySite]) -> None:
        """Hatch ``sites``: a set, or a mapping to a short reason ("resting until 15:10")."""
        self._reasons = dict(sites) if isinstance(sites, Mapping) else dict.fromkeys(sites, "")
        self._describe()
        self.update()

    def focused_site(self) -> BodySite | None:
        """The region the keyboard is on."""
        return self._focused

    def site_rect(self, site: BodySite) -> QRectF:
        """Where ``site``'s region is drawn, in widget coordinates."""
        return self._layout().regions[site].boundingRect()

    def site_at(self, point: QPointF | QPoint) -> BodySite | None:
        """The site under ``point`` (widget coordinates), if any."""
        where = QPointF(point)
        for site, path in self._layout().regions.items():
            if path.contains(where):
                return site
        return None

    # ------------------------------------------------------------------ words

    def _choose(self, site: BodySite) -> None:
        self.set_site(site)
        self.site_chosen.emit(site)

    def _reason(self, site: BodySite) -> str | None:
        """Why ``site`` is unavailable ("" when no reason was given), else ``None``."""
        return _reason_in(self._reasons, site)

    def _words(self, site: BodySite) -> str:
        """The site's name, with why it is unavailable when it is."""
        reason = self._reason(site)
        if reason is None:
            return site_name(site)
        return translate("BodyMap", "{site} ({reason})").format(
            site=site_name(site), reason=reason or _not_now()
        )

    def _describe(self) -> None:
        """Say in words which region the keyboard is on (screen readers read it)."""
        site = self._focused
        if site is None:
            text = translate(
                "BodyMap", "Use the arrow keys to move between body parts. Press Enter to choose."
            )
        elif site == self._chosen:
            text = translate("BodyMap", "{site}. Chosen.").format(site=self._words(site))
        else:
            text = translate("BodyMap", "{site}. Press Enter to choose.").format(
                site=self._words(site)
            )
        if self._chosen is not None and site != self._chosen:
            chosen = translate("BodyMap", "Chosen now: {site}.").format(
                site=site_name(self._chosen)
            )
            text = f"{text} {chosen}"
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)

    # ------------------------------------------------------------------ keyboard

    def _move_focus(self, site: BodySite | None) -> None:
        if site is None or site == self._focused:
            return
        self._focused = site
        self._describe()
        self.update()

    def _neighbour(self, step: tuple[float, float]) -> BodySite | None:
        """The nearest region within 45° of the arrow's direction from the focused one."""
        if self._focused not in self._paths:
            return self.sites()[0]
        origin = self._paths[self._focused].boundingRect().center()
        best: tuple[float, BodySite] | None = None
        for site, path in self._figure.regions:
            offset = path.boundingRect().center() - origin
            along = offset.x() * step[0] + offset.y() * step[1]
            if along <= 1:
                continue
            across = abs(offset.x() * step[1] - offset.y() * step[0])
            if across > along:  # outside the arrow's 90° cone
                continue
            score = math.hypot(along, across) + across * _ACROSS_WEIGHT
            if best is None or score < best[0]:
                best = (score, site)
        return best[1] if best else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move between regions, Home/End jump, Enter or Space chooses."""
        key = Qt.Key(event.key())
        if key in _STEPS:
            self._move_focus(self._neighbour(_STEPS[key]))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            sites = self.sites()
            self._move_focus(sites[0] if key == Qt.Key.Key_Home else sites[-1])
        elif key in _CHOOSE_KEYS and self._focused is not None:
            self._choose(self._focused)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Start on the chosen region, or the first one."""
        if self._focused is None:
            self._focused = self._chosen if self._chosen in self._paths else self.sites()[0]
            self._describe()
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the focus ring."""
        super().focusOutEvent(event)
        self.update()

    # ------------------------------------------------------------------ mouse

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Highlight the region under the pointer."""
        site = self.site_at(event.position())
        if site != self._hovered:
            self._hovered = site
            if site is None:
                self.unsetCursor()
            else:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """No hover once the pointer has left."""
        self._hovered = None
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember the region pressed; a release on the same region chooses it."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.site_at(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Choose the region pressed and released on."""
        site = self.site_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and site and site == self._pressed:
            self._choose(site)
        self._pressed = None
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tooltips name the region under the pointer."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            site = self.site_at(event.pos())
            if site is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._words(site), self)
            return True
        return super().event(event)

    # ------------------------------------------------------------------ size and layout

    def sizeHint(self) -> QSize:
        """Room for the figure at about its natural size, and the words under it."""
        return QSize(scaled(self, 280), scaled(self, 560))

    def minimumSizeHint(self) -> QSize:
        """The figure may shrink a lot: the list beside it stays usable."""
        return QSize(scaled(self, 120), scaled(self, 240))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay out again at the new size."""
        self._layout_cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Repaint with the new palette, style or text size."""
        super().changeEvent(event)
        if event.type() in _REDRAW_EVENTS:
            self._layout_cache = None
            self.update()

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    @staticmethod
    def _text_height(font: QFont, width: float, texts: list[str]) -> float:
        """The tallest of ``texts`` wrapped to ``width``."""
        metrics = QFontMetricsF(font)
        box = QRectF(0, 0, max(width, 1.0), 10_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        return max(metrics.boundingRect(box, flags, text).height() for text in texts)

    def _side_words(self) -> tuple[str, str]:
        """The words under the figure's left and right halves, in the person's own sides."""
        yours_left = translate("BodyMap", "Your left")
        yours_right = translate("BodyMap", "Your right")
        if self._view is View.FRONT:
            return yours_right, yours_left
        return yours_left, yours_right

    def _side_font(self, room: float) -> QFont:
        """The widget's font, a little smaller if that keeps each side's words on one line."""
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        widest = max(metrics.horizontalAdvance(text) for text in self._side_words())
        if widest > room:
            font.setPointSizeF(font.pointSizeF() * max(room / widest, _SIDE_SHRINK))
        return font

    def _layout(self) -> _Layout:
        if self._layout_cache is None:
            self._layout_cache = self._make_layout()
        return self._layout_cache

    def _make_layout(self) -> _Layout:
        """The figure as large as fits, centred across, then the side words and the caption."""
        gap = scaled(self, 8)
        width, height = float(self.width()), float(self.height())
        side_font = self._side_font(width / 2 - gap / 2)
        sides_h = self._text_height(side_font, width / 2 - gap / 2, list(self._side_words()))
        caption_h = 0.0
        if self._named:  # room for the longest name of either view: both figures match
            names = [caption_text(site) for site in all_body_sites()]
            caption_h = self._text_height(self._caption_font(), width - 2 * gap, names)
        words_h = sides_h + gap + (caption_h + gap if self._named else 0.0)
        box = self._figure.box
        room_h = height - words_h - gap  # half a gap above and below for the focus ring
        scale = max(min((width - 2 * gap) / box.width(), room_h / box.height()), 0.01)
        figure_h = box.height() * scale
        top = gap / 2  # right under the view's heading; spare room goes below
        to_widget = (
            QTransform()
            .translate((width - box.width() * scale) / 2, top)
            .scale(scale, scale)
            .translate(-box.left(), -box.top())
        )
        sides = QRectF(0, top + figure_h + gap, width, sides_h)
        caption = QRectF(gap, sides.bottom() + gap, width - 2 * gap, caption_h)
        regions = {site: to_widget.map(path) for site, path in self._figure.regions}
        silhouette = to_widget.map(self._figure.silhouette)
        return _Layout(sides, side_font, caption, silhouette, regions)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        """The figure, its regions, the focus ring, the side words and the chosen name."""
        del event
        layout = self._layout()
        colours = _Colours.of(theme_tokens(self))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(layout.silhouette, colours.figure)
        painter.strokePath(layout.silhouette, QPen(colours.figure_edge, 1.5))
        for site, path in layout.regions.items():
            self._paint_region(painter, site, path, colours)
        if self.hasFocus() and self._focused in layout.regions:
            ring = QPen(colours.focus, 3)
            ring.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(layout.regions[self._focused], ring)
        self._paint_words(painter, layout, colours)
        painter.end()

    def _paint_region(
        self, painter: QPainter, site: BodySite, path: QPainterPath, colours: _Colours
    ) -> None:
        chosen = site == self._chosen
        hovered = site == self._hovered
        unavailable = self._reason(site) is not None
        if chosen:
            painter.fillPath(path, colours.chosen)
        elif hovered:
            painter.fillPath(path, colours.hover)
        elif unavailable:
            painter.fillPath(path, QBrush(colours.hatch, Qt.BrushStyle.BDiagPattern))
        edge = colours.chosen if chosen or hovered else colours.region_edge
        painter.strokePath(path, QPen(edge, 2.0 if chosen or hovered else 1.25))
        if unavailable:
            self._paint_clock(painter, path.boundingRect(), colours)

    def _paint_clock(self, painter: QPainter, area: QRectF, colours: _Colours) -> None:
        """A small clock on a disc of the figure's colour: "not now", not by colour alone."""
        side = max(min(min(area.width(), area.height()) * 0.6, scaled(self, 24)), 10.0)
        disc = QRectF(0, 0, side + 4, side + 4)
        disc.moveCenter(area.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.figure)
        painter.drawEllipse(disc)
        mark = QRectF(0, 0, side, side)
        mark.moveCenter(area.center())
        icons.icon("clock", colours.muted.name()).paint(painter, mark.toAlignedRect())

    def _paint_words(self, painter: QPainter, layout: _Layout, colours: _Colours) -> None:
        """ "Your right | Your left" under the figure's halves, then the chosen site's name."""
        gap = scaled(self, 8)
        left, right = self._side_words()
        half = layout.sides.width() / 2
        wrap = Qt.TextFlag.TextWordWrap
        painter.setFont(layout.side_font)
        painter.setPen(colours.muted)
        left_box = QRectF(layout.sides)
        left_box.setWidth(half - gap / 2)
        right_box = left_box.translated(half + gap / 2, 0)
        painter.drawText(left_box, int(Qt.AlignmentFlag.AlignRight | wrap), left)
        painter.drawText(right_box, int(Qt.AlignmentFlag.AlignLeft | wrap), right)
        if self._named and self._chosen in layout.regions:
            painter.setFont(self._caption_font())
            painter.setPen(colours.text)
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | wrap)
            painter.drawText(layout.caption, flags, caption_text(self._chosen))


def _reason_in(reasons: Mapping[BodySite, str], site: BodySite) -> str | None:
    """The reason for ``site``, or for the site it shares rest with (knee-outer → knee)."""
    if site in reasons:
        return reasons[site]
    return reasons.get(site.rest_group)


def _not_now() -> str:
    return translate("BodyMap", "not available now")


class SitePicker(QWidget):
    """Front and back maps side by side and a plain list of every site, kept in step.

    Choosing on a map or in the list emits :attr:`site_chosen` once and shows the choice on
    both, with its name in words beside the figures (above the list). :meth:`set_site` shows
    a choice without emitting. Unavailable sites (e.g. still resting) keep their place: the
    list writes the reason after the name and the maps hatch the region. A reason given for
    ``knee-X`` also covers ``knee-outer-X`` (one site for rest, safety-rules.md §1).
    """

    site_chosen = Signal(object)  # BodySite

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._site: BodySite | None = None
        self._reasons: dict[BodySite, str] = {}
        self._syncing = False
        self.front = BodyMapView(View.FRONT, named=False)
        self.back = BodyMapView(View.BACK, named=False)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.site_list = self._make_list()
        self.setAccessibleName(translate("BodyMap", "Where the cold goes"))
        self._build_layout()
        self._show_caption()
        self._fill_list()
        for view in (self.front, self.back):
            view.site_chosen.connect(self._choose)
        self.site_list.itemSelectionChanged.connect(self._chosen_in_list)

    @staticmethod
    def _make_list() -> QListWidget:
        sites = QListWidget()
        sites.setAccessibleName(translate("BodyMap", "Body sites, head to foot"))
        sites.setWordWrap(True)
        sites.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sites.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        for site in all_body_sites():
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, site.code)
            sites.addItem(item)
        return sites

    def _build_layout(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(scaled(self, 24))
        figures = QHBoxLayout()
        figures.setSpacing(scaled(self, 16))
        titles = {
            View.FRONT: translate("BodyMap", "Front"),
            View.BACK: translate("BodyMap", "Back"),
        }
        for view in (self.front, self.back):
            column = QVBoxLayout()
            column.setSpacing(scaled(self, 4))
            heading = QLabel(titles[view.view])
            heading.setProperty("role", "heading")
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            column.addWidget(heading)  # both columns equally wide, so both figures match
            column.addWidget(view, 1)
            figures.addLayout(column, 1)
        root.addLayout(figures, 3)
        column = QVBoxLayout()
        column.setSpacing(scaled(self, 8))
        label = QLabel(translate("BodyMap", "Or choose from this list:"))
        label.setWordWrap(True)
        label.setBuddy(self.site_list)
        column.addWidget(self.caption)
        column.addSpacing(scaled(self, 8))
        column.addWidget(label)
        column.addWidget(self.site_list, 1)
        root.addLayout(column, 2)

    # ------------------------------------------------------------------ public API

    def site(self) -> BodySite | None:
        """The chosen site, or ``None``."""
        return self._site

    def set_site(self, site: BodySite | None) -> None:
        """Show ``site`` as chosen on the maps and in the list (no signal)."""
        self._site = site
        for view in (self.front, self.back):
            view.set_site(site)
        self._show_caption()
        self._syncing = True
        try:
            self.site_list.clearSelection()
            if site is not None:
                row = all_body_sites().index(site)
                self.site_list.setCurrentRow(row)
                self.site_list.scrollToItem(self.site_list.item(row))
        finally:
            self._syncing = False

    def set_unavailable(self, reasons: Mapping[BodySite, str]) -> None:
        """Mark sites that cannot be used now, each with a short reason ("resting until 15:10")."""
        self._reasons = dict(reasons)
        for view in (self.front, self.back):
            view.set_unavailable(self._reasons)
        self._fill_list()

    # ------------------------------------------------------------------ behaviour

    def _choose(self, site: BodySite) -> None:
        self.set_site(site)
        self.site_chosen.emit(site)

    def _chosen_in_list(self) -> None:
        items = self.site_list.selectedItems()
        if items and not self._syncing:
            self._choose(BodySite.parse(items[0].data(Qt.ItemDataRole.UserRole)))

    def _show_caption(self) -> None:
        """The choice in words (bold), or what to do when there is none yet."""
        if self._site is None:
            text = translate("BodyMap", "Nothing chosen yet: choose on the body or in the list.")
            self.caption.setText(escape(text))
        else:
            text = caption_text(self._site)
            self.caption.setText(f"<b>{escape(text)}</b>")
        self.caption.setAccessibleName(text)
        self.setAccessibleDescription(text)
        self._fill_list()

    def _fill_list(self) -> None:
        """Names head to foot; an unavailable site gets its reason and a clock. Screen
        readers also hear whether each site is chosen."""
        clock = icons.icon("clock", theme_tokens(self).muted)
        for row, site in enumerate(all_body_sites()):
            item = self.site_list.item(row)
            reason = _reason_in(self._reasons, site)
            if reason is None:
                item.setText(site_name(site))
                item.setIcon(QIcon())
            else:
                text = translate("BodyMap", "{site} — {reason}")
                item.setText(text.format(site=site_name(site), reason=reason or _not_now()))
                item.setIcon(clock)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self._state_words(site))

    def _state_words(self, site: BodySite) -> str:
        """Whether ``site`` is chosen, and whether it can be used now, in words."""
        reason = _reason_in(self._reasons, site)
        chosen = site == self._site
        if reason is None:
            return translate("BodyMap", "Chosen.") if chosen else translate("BodyMap", "Free.")
        template = (
            translate("BodyMap", "Chosen, but {reason}.")
            if chosen
            else translate("BodyMap", "Not now: {reason}.")
        )
        return template.format(reason=reason or _not_now())

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the list's clock marks in the new palette."""
        super().changeEvent(event)
        if event.type() in _REDRAW_EVENTS:
            self._fill_list()
