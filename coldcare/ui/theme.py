"""Colours, type and spacing of ui-style.md, applied to the whole application at once.

Light, dark and high-contrast palettes are explicit token sets (dark mode cannot be switched
through the style hints offscreen, and the person's choice must win anyway). The text-size
setting scales every font from the 13 pt base. Widgets never hard-code a colour or a size:
they set a ``role`` property and the stylesheet built here styles it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from coldcare.ui.icons import icon_file

BASE_POINT_SIZE = 13.0
# The rail's words, under their icons when it is folded, at this share of the base size.
FOLDED_NAV_TEXT = 0.8


class ThemeName(StrEnum):
    """The palettes ColdCare has (the setting's "system" picks light or dark)."""

    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True)
class Tokens:
    """One palette of ui-style.md's visual tokens."""

    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    safe: str
    caution: str
    caution_bg: str
    stop: str
    stop_bg: str
    focus: str
    border: str
    border_width: int


TOKENS: dict[ThemeName, Tokens] = {
    ThemeName.LIGHT: Tokens(
        background="#F7F9FB",
        surface="#FFFFFF",
        text="#1B2430",
        muted="#4A5868",
        primary="#1565C0",
        on_primary="#FFFFFF",
        safe="#2E7D32",
        caution="#8A5A00",
        caution_bg="#FFF4E0",
        stop="#B71C1C",
        stop_bg="#FDECEA",
        focus="#FF8F00",
        border="#C5CED8",
        border_width=1,
    ),
    ThemeName.DARK: Tokens(
        background="#12161B",
        surface="#1B2129",
        text="#E8EDF2",
        muted="#AAB6C3",
        primary="#64B5F6",
        on_primary="#0B1622",
        safe="#81C784",
        caution="#FFCC80",
        caution_bg="#2B2210",
        stop="#EF9A9A",
        stop_bg="#2C1515",
        focus="#FFB74D",
        border="#3A4552",
        border_width=1,
    ),
    ThemeName.HIGH_CONTRAST: Tokens(
        background="#000000",
        surface="#000000",
        text="#FFFFFF",
        muted="#FFFFFF",
        primary="#4FC3F7",
        on_primary="#000000",
        safe="#69F0AE",
        caution="#FFEA00",
        caution_bg="#000000",
        stop="#FF8A80",
        stop_bg="#000000",
        focus="#FFFF00",
        border="#FFFFFF",
        border_width=2,
    ),
}


@dataclass(frozen=True)
class Appearance:
    """What the person chose: a palette and a text size in per cent (100 to 200)."""

    theme: ThemeName
    text_scale: int = 100

    @property
    def tokens(self) -> Tokens:
        """The colours of the chosen palette."""
        return TOKENS[self.theme]

    def points(self, factor: float = 1.0) -> float:
        """A font size in points: the 13 pt base × the text size × ``factor``."""
        return BASE_POINT_SIZE * self.text_scale / 100 * factor

    def pixels(self, base: int) -> int:
        """A spacing or target size that grows with the text (8 px grid at 100 %)."""
        return round(base * self.text_scale / 100)


def resolve_theme(choice: str) -> ThemeName:
    """The palette for the setting's value; "system" follows the desktop's light or dark."""
    if choice != "system":
        return ThemeName(choice)
    scheme = QGuiApplication.styleHints().colorScheme()
    return ThemeName.DARK if scheme is Qt.ColorScheme.Dark else ThemeName.LIGHT


def palette(tokens: Tokens) -> QPalette:
    """A QPalette from the tokens, so native parts (menus, scroll bars) match."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: tokens.background,
        QPalette.ColorRole.WindowText: tokens.text,
        QPalette.ColorRole.Base: tokens.surface,
        QPalette.ColorRole.AlternateBase: tokens.background,
        QPalette.ColorRole.Text: tokens.text,
        QPalette.ColorRole.Button: tokens.surface,
        QPalette.ColorRole.ButtonText: tokens.text,
        QPalette.ColorRole.Highlight: tokens.primary,
        QPalette.ColorRole.HighlightedText: tokens.on_primary,
        QPalette.ColorRole.ToolTipBase: tokens.surface,
        QPalette.ColorRole.ToolTipText: tokens.text,
        QPalette.ColorRole.PlaceholderText: tokens.muted,
        QPalette.ColorRole.Link: tokens.primary,
        QPalette.ColorRole.Mid: tokens.border,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(tokens.muted))
    return pal


def stylesheet(look: Appearance) -> str:
    """The application stylesheet: roles, target sizes, the focus ring on every control."""
    t = look.tokens
    b = t.border_width
    target = look.pixels(44)
    primary_height = look.pixels(56)
    radius = look.pixels(8)
    pad = look.pixels(8)
    bar = look.pixels(16)  # the skin check's wide scroll bar
    rules = f"""
QWidget {{ color: {t.text}; }}
QMainWindow, QDialog, QWidget#page {{ background: {t.background}; }}
QLabel[role="title"] {{ font-size: {look.points(1.6):.1f}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {look.points(1.2):.1f}pt; font-weight: 600; }}
QLabel[role="what-now"] {{ font-size: {look.points(1.3):.1f}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="big-number"] {{ font-size: {look.points(2.2):.1f}pt; font-weight: 600; }}
QLabel[role="shout"] {{ font-size: {look.points(2.2):.1f}pt; font-weight: 700; }}
QFrame[role="card"] {{
    background: {t.surface}; border: {b}px solid {t.border}; border-radius: {radius}px;
}}
QFrame[role="caution"] {{
    background: {t.caution_bg}; border: {max(b, 2)}px solid {t.caution}; border-radius: {radius}px;
}}
QFrame[role="stop"] {{
    background: {t.stop_bg}; border: {max(b, 2)}px solid {t.stop}; border-radius: {radius}px;
}}
QFrame[role="safe"] {{
    background: {t.surface}; border: {max(b, 2)}px solid {t.safe}; border-radius: {radius}px;
}}
QLabel[tone="caution"] {{ color: {t.caution}; }}
QLabel[tone="stop"] {{ color: {t.stop}; }}
QLabel[tone="safe"] {{ color: {t.safe}; }}
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDoubleSpinBox, QDateEdit,
QTimeEdit, QDateTimeEdit, QTextEdit, QPlainTextEdit {{
    min-height: {target}px; border: {max(b, 1)}px solid {t.border}; border-radius: {radius}px;
    background: {t.surface}; padding: 0 {pad}px;
}}
QPushButton, QToolButton {{ min-width: {target}px; padding: 0 {look.pixels(16)}px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {t.primary}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {t.muted}; border-style: dashed; }}
QPushButton[role="primary"] {{
    background: {t.primary}; color: {t.on_primary}; border: {b}px solid {t.primary};
    min-height: {primary_height}px; font-size: {look.points(1.2):.1f}pt; font-weight: 600;
}}
QPushButton[role="primary"]:disabled {{
    background: {t.surface}; color: {t.muted}; border: 2px dashed {t.muted};
}}
QPushButton[role="huge"] {{
    background: {t.primary}; color: {t.on_primary}; border: {b}px solid {t.primary};
    min-height: {look.pixels(96)}px; font-size: {look.points(1.8):.1f}pt; font-weight: 700;
}}
QPushButton[role="danger"] {{
    background: {t.stop_bg}; color: {t.stop}; border: 2px solid {t.stop}; font-weight: 600;
}}
QPushButton:checked, QToolButton:checked {{
    background: {t.primary}; color: {t.on_primary}; border-color: {t.primary};
}}
QToolButton[role="nav"] {{
    border: none; border-radius: {radius}px; text-align: left; background: transparent;
    padding: {pad}px {look.pixels(12)}px; min-height: {target}px;
}}
QToolButton[role="nav"]:checked {{ background: {t.primary}; color: {t.on_primary}; }}
QToolButton[role="nav"][compact="true"] {{
    font-size: {look.points(FOLDED_NAV_TEXT):.1f}pt; padding: {pad}px {look.pixels(4)}px;
}}
QWidget#rail {{ background: {t.surface}; border-right: {b}px solid {t.border}; }}
QWidget#header {{ background: {t.background}; }}
QCheckBox, QRadioButton {{ min-height: {target}px; spacing: {pad}px; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {look.pixels(24)}px; height: {look.pixels(24)}px;
}}
QListWidget, QListView, QTreeView, QTableView, QScrollArea {{
    background: {t.surface}; border: {b}px solid {t.border}; border-radius: {radius}px;
}}
QScrollArea[role="plain"] {{ background: transparent; border: none; }}
QListWidget::item, QListView::item {{ min-height: {target}px; padding: 0 {pad}px; }}
QListWidget::item:selected, QListView::item:selected {{
    background: {t.primary}; color: {t.on_primary};
}}
*:focus {{ outline: none; }}
QPushButton[role="huge"]:focus {{ border: 4px solid {t.focus}; }}
QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QTimeEdit:focus, QDateTimeEdit:focus,
QTextEdit:focus, QPlainTextEdit:focus, QListWidget:focus, QListView:focus,
QTableView:focus, QTreeView:focus, QAbstractScrollArea:focus {{
    border: 3px solid {t.focus};
}}
QCheckBox:focus, QRadioButton:focus {{ border: 3px solid {t.focus}; border-radius: {radius}px; }}
QSlider:focus, QGroupBox:focus {{ border: 3px solid {t.focus}; border-radius: {radius}px; }}
QTabBar::tab {{ border: 3px solid transparent; padding: {pad}px {look.pixels(16)}px; }}
QTabBar::tab:selected {{ border-bottom: 3px solid {t.primary}; font-weight: 600; }}
QTabBar::tab:focus {{ border: 3px solid {t.focus}; }}
QMenu::item:selected {{ background: {t.primary}; color: {t.on_primary}; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
QFrame[role="separator"] {{ background: palette(mid); border: none; }}
QPushButton[role="stepper"], QWidget[role="pain-scale"] QPushButton {{ padding: 0px; }}
QLabel[selected="true"] {{ color: palette(highlighted-text); }}
QScrollArea[bar="wide"] QScrollBar:vertical {{
    width: {bar}px; background: transparent; border: 1px solid palette(mid);
    border-radius: {bar // 2}px;
}}
QScrollArea[bar="wide"] QScrollBar::handle:vertical {{
    background: palette(placeholder-text); border-radius: {bar // 2}px; min-height: {bar * 3}px;
}}
QScrollArea[bar="wide"] QScrollBar::add-line:vertical,
QScrollArea[bar="wide"] QScrollBar::sub-line:vertical {{ height: 0px; }}
QScrollArea[bar="wide"] QScrollBar::add-page:vertical,
QScrollArea[bar="wide"] QScrollBar::sub-page:vertical {{ background: transparent; }}
"""
    return rules + _arrows(look)


def _arrows(look: Appearance) -> str:
    """Drop-down and step arrows drawn as ColdCare's own chevrons: once a stylesheet sizes these
    buttons, Qt no longer draws its own (left to Qt, they showed a stray frame corner)."""
    t = look.tokens
    button = look.pixels(32)
    arrow = look.pixels(14)
    down, up = (icon_file(f"chevron-{way}", t.text).as_posix() for way in ("down", "up"))
    muted = icon_file("chevron-down", t.muted).as_posix()
    muted_up = icon_file("chevron-up", t.muted).as_posix()
    return f"""
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: {button}px;
    border: none;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: {button}px; border: none;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {{
    image: url({down}); width: {arrow}px; height: {arrow}px;
}}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: {arrow}px; height: {arrow}px; }}
QComboBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:disabled,
QAbstractSpinBox::down-arrow:off {{ image: url({muted}); }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{ image: url({muted_up}); }}
QAbstractSpinBox[arrows="hidden"]::up-button, QAbstractSpinBox[arrows="hidden"]::down-button {{
    width: 0px; border: none;
}}
"""


def apply(app: QApplication, look: Appearance) -> None:
    """Give the whole application the palette, the font size and the stylesheet."""
    app.setStyle("Fusion")
    app.setPalette(palette(look.tokens))
    font = QFont(app.font())
    font.setPointSizeF(look.points())
    app.setFont(font)
    app.setStyleSheet(stylesheet(look))


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2.2 contrast ratio of two colours (1 to 21)."""

    def luminance(colour: str) -> float:
        rgb = QColor(colour)
        channels = []
        for value in (rgb.redF(), rgb.greenF(), rgb.blueF()):
            linear = value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
            channels.append(linear)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
