"""Small pieces the ColdCare screens share: sizes that grow with the text, theme tokens,
icons that follow the palette, cards, notices, number boxes with big buttons."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from html import escape
from typing import Literal

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coldcare.resource_locator import ResourceMissingError
from coldcare.services.qt_lifetime import delete_later
from coldcare.ui import icons
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.theme import BASE_POINT_SIZE, TOKENS, Appearance, ThemeName, Tokens

Tone = Literal["text", "muted", "primary", "on_primary", "safe", "caution", "stop"]
NoticeKind = Literal["stop", "caution", "safe", "info"]


def text_scale(widget: QWidget) -> float:
    """How much the person's text size enlarges ``widget`` (1.0 at 100 %, 2.0 at 200 %)."""
    return widget.font().pointSizeF() / BASE_POINT_SIZE


def scaled(widget: QWidget, base: float) -> int:
    """A size in pixels on the 8 px grid at 100 %, grown with the text like ``pixels()``."""
    return max(1, round(base * text_scale(widget)))


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Size ``dialog`` to ``width`` × ``height`` at 100 % text, grown with the text, never
    larger than the screen (its content scrolls or wraps inside)."""
    size = QSize(scaled(dialog, width), scaled(dialog, height))
    screen = dialog.screen()
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size())
    dialog.resize(size)


def theme_tokens(widget: QWidget) -> Tokens:
    """The theme tokens whose palette ``widget`` shows (``theme.apply`` set it).

    Caution and stop colours have no QPalette role, so the palette is matched back to its
    token set by its highlight colours (stylesheets change backgrounds, not those); anything
    else counts as light.
    """
    pal = widget.palette()
    highlight = pal.color(QPalette.ColorRole.Highlight)
    on_highlight = pal.color(QPalette.ColorRole.HighlightedText)
    for tokens in TOKENS.values():
        if QColor(tokens.primary) == highlight and QColor(tokens.on_primary) == on_highlight:
            return tokens
    return TOKENS[ThemeName.LIGHT]


def optional_pixmap(name: str, colour: QColor, size: int) -> QPixmap | None:
    """The icon ``name`` in ``colour``, or ``None`` when its file is missing (words remain)."""
    try:
        return icons.pixmap(name, colour.name(), size)
    except ResourceMissingError:
        return None


def reveal(widget: QWidget) -> None:
    """Scroll ``widget`` into view in the scroll area around it, if any (keyboard moves)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            margin = scaled(widget, 16)
            parent.ensureWidgetVisible(widget, margin, margin)
            return
        parent = parent.parentWidget()


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a stylesheet role and re-polish it so the new style shows at once."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a ``role`` or ``tone`` property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def muted(text: str) -> QLabel:
    """Secondary words in the muted colour, wrapping."""
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A label for ``buddy``; its accessible name is the same words."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    buddy.setAccessibleName(text.rstrip(":"))
    return label


def heading(text: str, role: str = "heading") -> QLabel:
    """A wrapping label in a stylesheet role (a question, a title)."""
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a typed name is never read as markup
    return label


def button(text: str, accessible: str = "", role: str = "") -> QPushButton:
    """A push button with its accessible name (the words, unless said otherwise)."""
    made = QPushButton(text)
    made.setAccessibleName(accessible or text)
    if role:
        made.setProperty("role", role)
    return pressed_by_enter_itself(made)


def pressed_by_enter_itself(made: QPushButton) -> QPushButton:
    """``made`` pressed by Return or Enter only while it has the focus, as by Space.

    Qt presses a dialog's "auto-default" buttons on Enter typed in any of its fields (that
    changed numbers and answers nobody chose), and presses a focused button on Enter only if
    it is auto-default: so ``made`` is not, and a small filter gives Enter back to it.
    """
    made.setAutoDefault(False)
    made.installEventFilter(_enter_presses())
    return made


class _EnterPresses(QObject):
    """Clicks the button it watches on a plain Return or Enter (not Ctrl+Return: a shortcut)."""

    _ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    _PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Click ``watched`` on Return or Enter."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QAbstractButton)
            and event.key() in self._ENTER
            and event.modifiers() in self._PLAIN
            and watched.isEnabled()
        ):
            if not event.isAutoRepeat():
                watched.click()
            return True
        return super().eventFilter(watched, event)


@cache
def _enter_presses() -> _EnterPresses:
    return _EnterPresses()


def subheading(text: str) -> QLabel:
    """A bold line that names a group inside a card."""
    label = QLabel(f"<b>{escape(text)}</b>")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def card(title: str, intro: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A surface with a heading (and a muted line under it); returns it and its layout."""
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 20, 24, 24)
    layout.setSpacing(12)
    heading = QLabel(title)
    heading.setProperty("role", "heading")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    if intro:
        layout.addWidget(muted(intro))
    return frame, layout


def separator() -> QFrame:
    """A thin line in the border colour between items of a card."""
    line = QFrame()
    line.setFixedHeight(1)
    line.setProperty("role", "separator")  # the look is the app stylesheet's (ui/theme.py)
    return line


def hide_arrows(box: QAbstractSpinBox) -> None:
    """Hide a spin box's tiny arrow buttons (keys and typing still work).

    ``NoButtons`` cannot be used: under the app stylesheet it leaves the text field 1 px wide;
    the app stylesheet (ui/theme.py) gives boxes marked so arrows 0 px wide.
    """
    box.setProperty("arrows", "hidden")


def scrolling(content: QWidget) -> QScrollArea:
    """A borderless scroll area around ``content`` (long forms at 200 % text), which gets the
    page's background."""
    content.setObjectName("page")
    return borderless_scroll_area(content)


def borderless_scroll_area(content: QWidget) -> QScrollArea:
    """A scroll area around ``content`` with no frame and no background of its own."""
    scroll = QScrollArea()
    scroll.setProperty("role", "plain")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll


def scrolling_dialog(dialog: QDialog, heading: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
    """Lay ``dialog`` out as ``heading`` over a body that scrolls at large text.

    Returns ``(body, outer)``: the questions go into ``body``; the buttons (and anything that
    must stay in view, such as a problem line) into ``outer``, under the body."""
    content = QWidget()
    body = QVBoxLayout(content)
    body.setContentsMargins(0, 0, 12, 0)  # room for the scroll bar
    body.setSpacing(12)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(24, 24, 24, 24)
    outer.setSpacing(16)
    outer.addWidget(heading)
    outer.addWidget(scrolling(content), 1)
    return body, outer


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would reach."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (
            container.isAncestorOf(widget)
            and widget.isVisibleTo(container)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class IconPainter(QObject):
    """Draws icons on labels and buttons in the palette's colours, again when it changes."""

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._painted: dict[QWidget, tuple[str, Tone]] = {}
        state.appearance_changed.connect(self._repaint)

    def label(self, name: str, tone: Tone = "text") -> QLabel:
        """A label showing the icon ``name``."""
        mark = QLabel()
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.paint(mark, name, tone)
        return mark

    def paint(self, widget: QLabel | QAbstractButton, name: str, tone: Tone = "text") -> None:
        """Give ``widget`` the icon ``name`` in the colour of ``tone`` (kept up to date)."""
        self._painted[widget] = (name, tone)
        self._paint(widget, self._state.appearance)

    def _paint(self, widget: QWidget, look: Appearance) -> None:
        name, tone = self._painted[widget]
        colour = getattr(look.tokens, tone)
        size = look.pixels(24)
        if isinstance(widget, QLabel):
            widget.setPixmap(icons.pixmap(name, colour, size))
            widget.setMinimumWidth(size)
        elif isinstance(widget, QAbstractButton):
            widget.setIcon(icons.icon(name, colour))
            widget.setIconSize(QSize(size, size))

    def _repaint(self, look: Appearance) -> None:
        for widget in list(self._painted):
            if isValid(widget):
                self._paint(widget, look)
            else:
                del self._painted[widget]


class Stepper(QWidget):
    """A number box with big − and + buttons beside it (a spin box's own arrows are tiny).

    Give ``box`` its accessible name first (:func:`field_label` does): the buttons are named
    after it.
    """

    def __init__(self, box: QSpinBox, painter: IconPainter) -> None:
        super().__init__()
        self.box = box
        hide_arrows(box)
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, box.sizePolicy().verticalPolicy())
        name = box.accessibleName()
        self._less = self._button(painter, "minus", translate("Common", "Less: {what}"), name)
        self._more = self._button(painter, "plus", translate("Common", "More: {what}"), name)
        self._less.clicked.connect(box.stepDown)
        self._more.clicked.connect(box.stepUp)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._less)
        layout.addWidget(box)
        layout.addWidget(self._more)
        self._fit_to_text()

    @staticmethod
    def _button(painter: IconPainter, icon: str, template: str, name: str) -> QPushButton:
        button = QPushButton()
        button.setProperty("role", "stepper")  # no padding: see the app stylesheet
        button.setAutoRepeat(True)
        button.setAutoDefault(False)  # Enter in a dialog's field must not change the number
        button.setAccessibleName(template.format(what=name))
        button.setToolTip(button.accessibleName())
        painter.paint(button, icon)
        return button

    def _fit_to_text(self) -> None:
        """Square buttons, and a box that may shrink to five digits in a narrow window."""
        for button in (self._less, self._more):
            button.setFixedWidth(button.sizeHint().height())
        self.box.setMinimumWidth(self.box.fontMetrics().horizontalAdvance("000000"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new text size."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_text()


class Notice(QWidget):
    """A short message with an icon in front, so its meaning never rests on colour alone."""

    _ICONS: Mapping[NoticeKind, tuple[str, Tone]] = {
        "stop": ("stop", "stop"),
        "caution": ("caution", "caution"),
        "safe": ("safe", "safe"),
        "info": ("info", "primary"),
    }

    def __init__(self, painter: IconPainter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painter = painter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._mark = painter.label("info", "primary")
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._mark)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_message(self, text: str, kind: NoticeKind = "stop") -> None:
        """Show ``text`` with the icon (and colour) of ``kind``."""
        name, tone = self._ICONS[kind]
        self._painter.paint(self._mark, name, tone)
        self._text.setProperty("tone", kind if kind != "info" else "")
        repolish(self._text)
        self._text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear(self) -> None:
        """Hide the message."""
        self._text.clear()
        self.setAccessibleName("")
        self.hide()

    def text(self) -> str:
        """The message shown ("" when hidden)."""
        return self._text.text()


class AdaptiveRow(QWidget):
    """Widgets side by side when they fit, one under another when they do not.

    With ``min_chars`` each widget needs room for that many average characters of the
    current font; without it, each needs its own size hint. At 200 % text a row of three
    buttons becomes a column instead of cutting their words off.

    Signal ``stacked_changed(bool)`` says when the arrangement changes.
    """

    stacked_changed = Signal(bool)

    def __init__(self, min_chars: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_chars = min_chars
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(scaled(self, 16))
        self._items: list[QWidget] = []
        self._stretches: list[int] = []

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        """Append ``widget`` to the row."""
        self._items.append(widget)
        self._stretches.append(stretch)
        self._box.addWidget(widget, stretch)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A widget shown or hidden changes what has to fit."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._arrange(self.width())
        return super().eventFilter(watched, event)

    def needed_width(self) -> int:
        """The width the widgets need side by side. The row shares its width among the
        stretching widgets in proportion (Qt does not keep their size hints), so each must fit
        in its share; a widget added with stretch 0 takes its own size hint."""
        visible = [
            (w, s) for w, s in zip(self._items, self._stretches, strict=True) if not w.isHidden()
        ]
        spacing = self._box.spacing() * max(len(visible) - 1, 0)
        if self._min_chars is not None:
            each = self._min_chars * self.fontMetrics().averageCharWidth()
            return each * len(visible) + spacing
        fixed = sum(w.sizeHint().width() for w, s in visible if s == 0)
        shares = [(w.sizeHint().width(), s) for w, s in visible if s > 0]
        total = sum(s for _, s in shares)
        # The row's share width at which the tightest widget just fits its share.
        shared = max((hint * total / s for hint, s in shares), default=0.0)
        return fixed + round(shared) + spacing

    def is_stacked(self) -> bool:
        """Whether the widgets are one under another now."""
        return self._box.direction() is QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choose side by side or stacked for the new width."""
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.needed_width() <= width
            else QBoxLayout.Direction.TopToBottom
        )
        if self._box.direction() is not direction:
            self._box.setDirection(direction)
            self.stacked_changed.emit(direction is QBoxLayout.Direction.TopToBottom)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size may change what fits."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._box.setSpacing(scaled(self, 16))
            self._arrange(self.width())


def discard(widget: QWidget) -> None:
    """Take ``widget`` off the screen now and delete it later (a grab must not show it; see
    :func:`~coldcare.services.qt_lifetime.delete_later` for why it leaves its parent first)."""
    widget.hide()
    delete_later(widget)


def ask_before(
    parent: QWidget, title: str, question: str, words: tuple[str, str], then: Callable[[], None]
) -> QMessageBox:
    """Ask ``question`` before something that cannot simply be taken back; returns the box,
    open and window-modal. ``words`` are the two answers: do it, keep it. Keeping is the
    default (Enter and Escape keep); ``then()`` runs only when the person chose to do it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    do = box.addButton(words[0], QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(words[1], QMessageBox.ButtonRole.RejectRole)
    for answer in (do, keep):
        answer.setAccessibleName(answer.text())
    box.setDefaultButton(keep)
    delete_when_finished(box)
    box.buttonClicked.connect(lambda clicked: then() if clicked is do else None)
    box.open()
    return box


def delete_when_finished(dialog: QDialog) -> None:
    """Delete ``dialog`` once it is answered or closed. Used instead of ``WA_DeleteOnClose``,
    which deletes it while still a child of its parent (see
    :func:`~coldcare.services.qt_lifetime.delete_later`)."""
    dialog.finished.connect(lambda _result: delete_later(dialog))
