"""The main window: a navigation rail, a header that always says whose data is shown, the pages.

During a cold session the session page takes the whole window (the rail hides) until the
session ends. Closing the window never silently ends a session: the close guard asks first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTime, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coldcare import APP_NAME
from coldcare.domain.ports import StorageUnavailableError
from coldcare.domain.records import Profile
from coldcare.resource_locator import resource_path
from coldcare.services.notify import Notification, NotificationKind, Urgency
from coldcare.ui import icons
from coldcare.ui.i18n import translate
from coldcare.ui.state import AppState
from coldcare.ui.theme import FOLDED_NAV_TEXT, Appearance
from coldcare.ui.widgets.common import borderless_scroll_area
from coldcare.ui.widgets.profile_switcher import ProfileSwitcher

CloseGuard = Callable[[], bool]
# Builds a page the first time it is shown: a start builds only the page it opens on.
PageFactory = Callable[[], QWidget]


class AlertBanner(QFrame):
    """A dismissible line under the header for in-app notifications (icon + words)."""

    def clear_kinds(self, *kinds: NotificationKind) -> None:
        """Hide the banner if it shows one of ``kinds`` (its moment has passed)."""
        if self.kind in kinds:
            self.hide()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "caution")
        layout = QHBoxLayout(self)
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton(translate("MainWindow", "Dismiss"))
        close.setAccessibleName(translate("MainWindow", "Dismiss the message"))
        close.clicked.connect(self.hide)
        self.kind: NotificationKind | None = None
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(close)
        self.hide()

    def show_notification(self, notification: Notification, appearance: Appearance) -> None:
        """Show ``notification`` until dismissed (or replaced by the next one)."""
        self.kind = notification.kind
        urgent = notification.urgency is Urgency.CRITICAL
        self.setProperty("role", "stop" if urgent else "caution")
        colour = appearance.tokens.stop if urgent else appearance.tokens.caution
        size = appearance.pixels(28)
        self._icon.setPixmap(icons.pixmap("alarm" if urgent else "bell", colour, size))
        self._text.setText(f"<b>{notification.title}</b> — {notification.body}")
        self.setAccessibleName(f"{notification.title}. {notification.body}")
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


class _PageStack(QStackedWidget):
    """A page stack as small as the page on screen, which shares the window's height with
    the bars above it (the reminder) on fixed terms: the page never gets less than its
    minimum, a bar gets the rest up to all it would show, and what is left goes to the page.

    QStackedWidget asks for the room of its largest page, so at 200 % a long hidden page (the
    session) squeezed the bars above. And a box layout short of room takes it evenly from
    everything that can shrink: asking for no more than its minimum keeps the page out of
    that (its stretch still gives it every spare pixel), so a tall reminder scrolls inside
    its bar instead of cutting off the page's heading and its choices.
    """

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        """The current page's minimum size (see the class)."""
        return self.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        """No: a box layout takes a height-for-width as the least the page can have, and a
        page's is all of its words at full height, scrolled parts and all."""
        return False

    def minimumSizeHint(self) -> QSize:
        """The current page's minimum size."""
        current = self.currentWidget()
        if current is None:
            return super().minimumSizeHint()
        return current.minimumSizeHint().expandedTo(current.minimumSize())


def _fold(button: QToolButton, compact: bool) -> None:
    """A page button's word beside its icon, or smaller under it (the folded rail)."""
    button.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        if compact
        else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    )
    button.setProperty("compact", compact)
    button.style().unpolish(button)
    button.style().polish(button)


# The window's smallest size at 100 % text, and at 200 %: large text needs room, and the
# pages are laid out for 1280×800 at 200 % (a session's countdown and its buttons, the
# exercise player, do not scroll). In between, in proportion.
SMALLEST_WINDOW = QSize(900, 600)
SMALLEST_WINDOW_AT_LARGEST_TEXT = QSize(1280, 800)


def smallest_window(text_scale: int, screen: QSize) -> QSize:
    """The window's smallest size at ``text_scale`` percent, never larger than ``screen``
    (the room the desktop leaves for windows)."""
    share = (min(max(text_scale, 100), 200) - 100) / 100
    grown = SMALLEST_WINDOW + (SMALLEST_WINDOW_AT_LARGEST_TEXT - SMALLEST_WINDOW) * share
    return grown.boundedTo(screen)


# The page's width (at 100 % text) below which the rail folds: its words go under the icons,
# smaller (theme.FOLDED_NAV_TEXT).
PAGE_WIDTH_FOR_WORDS = 640


class MainWindow(QMainWindow):
    """The application window. Create and use on the GUI thread."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._close_guard: CloseGuard = lambda: True
        self._nav: dict[str, QToolButton] = {}
        self._factories: dict[str, PageFactory] = {}
        self._pages: dict[str, QWidget] = {}
        self._keys: dict[QWidget, str] = {}
        self._icons: dict[str, str] = {}
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resource_path("icons", "coldcare.svg"))))
        central = QWidget()
        central.setObjectName("page")
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self._rail = self._build_rail()
        root.addWidget(self._rail)
        right = QVBoxLayout()
        right.setContentsMargins(24, 16, 24, 16)
        right.setSpacing(12)
        self._header = self._build_header()
        right.addWidget(self._header)
        self.banner = AlertBanner()
        right.addWidget(self.banner)
        self._bars = QVBoxLayout()
        self._bars.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self._bars)
        self._stack = _PageStack()
        right.addWidget(self._stack, 1)
        root.addLayout(right, 1)
        self.setCentralWidget(central)

        self._clock_timer = QTimer(self)
        self._clock_timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._clock_timer.timeout.connect(self._update_clock)
        self._clock_timer.start(20_000)
        state.profile_changed.connect(self._show_profile)
        state.appearance_changed.connect(self._restyle)
        self._fit_smallest_size(state.appearance)
        self._show_profile(state.profile)
        self._update_clock()

    # ------------------------------------------------------------------ building

    def _build_rail(self) -> QWidget:
        """The rail: the wordmark and the page buttons, scrolling when the window is too short
        for them all (large text in a small window)."""
        rail = QWidget()
        rail.setObjectName("rail")
        outer = QVBoxLayout(rail)
        outer.setContentsMargins(0, 0, 0, 0)
        self._rail_content = QWidget()
        self._rail_scroll = borderless_scroll_area(self._rail_content)
        self._rail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._rail_scroll)
        layout = self._rail_layout = QVBoxLayout(self._rail_content)
        layout.setContentsMargins(12, 16, 12, 16)
        layout.setSpacing(8)
        name = self._wordmark = QLabel(APP_NAME)
        name.setProperty("role", "heading")
        name.setAccessibleName(APP_NAME)
        layout.addWidget(name)
        layout.addSpacing(8)
        self._nav_layout = QVBoxLayout()
        self._nav_layout.setSpacing(4)
        layout.addLayout(self._nav_layout)
        layout.addStretch(1)
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        self._nav_group.buttonToggled.connect(
            lambda *_: self._paint_nav_icons(self._state.appearance)
        )
        return rail

    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(0, 0, 0, 0)
        # Switching is refused while a session or an exercise owns the window (rail hidden).
        self.switcher = ProfileSwitcher(
            self._state,
            may_switch=lambda: not self._rail.isHidden(),
            add_person=self._add_person,
        )
        self._shown_id: int | None = None
        self._time = QLabel()
        self._time.setProperty("role", "muted")
        self._time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.switcher)
        layout.addStretch(1)
        layout.addWidget(self._time)
        return header

    def _add_person(self) -> None:
        # The people card (and the set-up questions it opens) is imported on first use.
        from coldcare.ui.pages.profiles_card import add_person  # noqa: PLC0415

        add_person(self._state, self)

    # ------------------------------------------------------------------ pages

    def add_page(
        self, key: str, title: str, icon_name: str, build: PageFactory, shortcut: str = ""
    ) -> None:
        """A page reachable from the rail (``shortcut`` such as "Alt+1" jumps to it), built by
        ``build`` the first time it is shown."""
        button = QToolButton()
        button.setProperty("role", "nav")
        button.setText(title.replace("&", "&&"))  # "&" would mark a mnemonic
        button.setCheckable(True)
        _fold(button, self.rail_is_compact)
        button.setAccessibleName(title)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: self.show_page(key))
        button.setToolTip(f"{title} ({shortcut})" if shortcut else title)
        if shortcut:
            jump = QShortcut(QKeySequence(shortcut), self)
            jump.activated.connect(lambda: self.show_page(key))
        self._nav_group.addButton(button)
        self._nav_layout.addWidget(button)
        self._nav[key] = button
        self._icons[key] = icon_name
        self.add_hidden_page(key, build)
        self._paint_nav_icons(self._state.appearance)
        self._fit_rail(self._state.appearance)

    def add_bar(self, bar: QWidget) -> None:
        """Show ``bar`` (e.g. the reminder bar) between the banner and the page, on every
        page, full-window ones included; the bar hides itself when it has nothing to say."""
        self._bars.addWidget(bar)

    def add_hidden_page(self, key: str, build: PageFactory) -> None:
        """A page shown only by code (the session, the first-start set-up), built by ``build``
        the first time it is asked for."""
        self._factories[key] = build

    def page(self, key: str) -> QWidget:
        """The page registered under ``key``, built now if it was not yet."""
        page = self._pages.get(key)
        if page is None:
            page = self._factories[key]()
            page.setObjectName("page")
            self._stack.addWidget(page)
            self._pages[key] = page
            self._keys[page] = key
        return page

    def built_page(self, key: str) -> QWidget | None:
        """The page registered under ``key`` if it has been built (None if not yet)."""
        return self._pages.get(key)

    def current_key(self) -> str:
        """The key of the page on screen."""
        current = self._stack.currentWidget()
        assert current is not None
        return self._keys[current]

    def show_page(self, key: str) -> bool:
        """Bring a page to the front (the rail follows); False if it could not be shown."""
        if self._rail.isHidden() and key in self._nav:
            return False  # a session or the set-up owns the window until it ends
        try:
            page = self.page(key)
        except StorageUnavailableError as problem:
            QMessageBox.warning(self, APP_NAME, str(problem))  # the page stays as it was
            return False
        self._stack.setCurrentWidget(page)
        if key in self._nav:
            self._nav[key].setChecked(True)
            self._rail_scroll.ensureWidgetVisible(self._nav[key])
        return True

    def set_full_window(self, on: bool, *, header: bool = True) -> None:
        """Let the current page take the whole window (session, first start) or give it back.

        ``header=False`` also hides the name line (the first start has no profile to name yet).
        """
        self._rail.setHidden(on)
        self._header.setHidden(on and not header)

    # ------------------------------------------------------------------ closing

    def set_close_guard(self, guard: CloseGuard) -> None:
        """``guard()`` is asked before the window closes; False keeps it open."""
        self._close_guard = guard

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask the guard (a running session must not end by closing a window)."""
        if self._close_guard():
            event.accept()
        else:
            event.ignore()

    # ------------------------------------------------------------------ header and style

    def _show_profile(self, profile: Profile | None) -> None:
        """Name the person shown; a check-in message about someone else goes (Today asks
        the person shown for theirs)."""
        self.switcher.show_profile(profile)
        shown_id = profile.id if profile is not None else None
        if shown_id != self._shown_id:
            self.banner.clear_kinds(NotificationKind.CHECK_IN)
        self._shown_id = shown_id

    def _update_clock(self) -> None:
        now = self._state.clock.now().astimezone(self._state.tz)
        locale = self.locale()
        day = locale.dayName(now.isoweekday(), locale.FormatType.ShortFormat)
        time = locale.toString(QTime(now.hour, now.minute), locale.FormatType.ShortFormat)
        self._time.setText(f"{day} {time}")

    @property
    def rail_is_compact(self) -> bool:
        """Whether the rail is folded: smaller words under the icons, no wordmark."""
        return self._wordmark.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fold or unfold the rail to the new size."""
        super().resizeEvent(event)
        self._fit_rail(self._state.appearance)

    def _fit_rail(self, appearance: Appearance) -> None:
        """Wide enough for the longest label beside its icon (nothing cut off at 200 %); folded,
        smaller words under the icons, when that would leave the page too narrow (large text
        in a small window); wider by its scroll bar when it is too tall for the window."""
        if not self._nav:
            return
        around = appearance.pixels(2 * 12 + 2 * 12 + 8)
        beside = self._widest_word(appearance.points()) + appearance.pixels(24 + 8) + around
        compact = self.width() - beside < appearance.pixels(PAGE_WIDTH_FOR_WORDS)
        if compact != self.rail_is_compact:
            self._fold_rail(compact)
        under = self._widest_word(appearance.points(FOLDED_NAV_TEXT))
        width = under + appearance.pixels(2 * 12 + 2 * 4 + 8) if compact else beside
        if self.rail_scrolls:
            width += self._rail_scroll.verticalScrollBar().sizeHint().width()
        self._rail.setMinimumWidth(width)

    @property
    def rail_scrolls(self) -> bool:
        """Whether the page buttons are taller than the window, so that the rail scrolls."""
        self._rail_layout.activate()
        return self._rail_content.minimumSizeHint().height() > self.height()

    def _widest_word(self, points: float) -> int:
        """The widest page name on the rail in pixels, at ``points``."""
        font = QFont(self.font())
        font.setPointSizeF(points)
        metrics = QFontMetrics(font)
        return max(
            metrics.horizontalAdvance(b.text().replace("&&", "&")) for b in self._nav.values()
        )

    def _fold_rail(self, compact: bool) -> None:
        """Words beside the icons, or smaller words under them (a narrower rail)."""
        for button in self._nav.values():
            _fold(button, compact)
        self._wordmark.setHidden(compact)

    def _paint_nav_icons(self, appearance: Appearance) -> None:
        tokens = appearance.tokens
        for key, button in self._nav.items():
            colour = tokens.on_primary if button.isChecked() else tokens.text
            button.setIcon(icons.icon(self._icons[key], colour))
            size = appearance.pixels(24)
            button.setIconSize(QSize(size, size))

    def _restyle(self, appearance: Appearance) -> None:
        self._paint_nav_icons(appearance)
        self._fit_rail(appearance)
        self._fit_smallest_size(appearance)

    def _fit_smallest_size(self, appearance: Appearance) -> None:
        """The smallest the window may get, larger with larger text (a window that is still
        small enough grows to it)."""
        self.setMinimumSize(smallest_window(appearance.text_scale, self.screen().availableSize()))
