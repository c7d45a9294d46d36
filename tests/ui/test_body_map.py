"""The body map: the SVG regions, the person's own left/right, clicks, keys, names, the list."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from coldcare.domain.vocabulary import BodySite, Site, all_body_sites
from coldcare.resource_locator import resource_path
from coldcare.ui import theme
from coldcare.ui.theme import TOKENS, Appearance, ThemeName
from coldcare.ui.widgets.body_map import (
    BodyMapView,
    SitePicker,
    View,
    load_figure,
    parse_figure,
    path_from_d,
)
from tests.ui.helpers import dispose, interactive

SVG = "{http://www.w3.org/2000/svg}"
FRONT_ONLY = {"forehead-temples", "jaw", "neck-front", "hip", "knee"}
BACK_ONLY = {"neck-back", "upper-back", "lower-back"}
BOTH = {"shoulder", "elbow", "wrist-hand", "thigh", "knee-outer", "calf-shin", "ankle-foot"}


def site(code: str) -> BodySite:
    return BodySite.parse(code)


def region_ids(view: View) -> list[str]:
    """The ids of the shapes in the SVG file itself (not through the parser)."""
    root = ET.parse(resource_path("bodymap", f"{view}.svg")).getroot()
    return [
        element.get("id", "")
        for element in root.iter()
        if element.get("id") not in (None, "silhouette") and element.tag != f"{SVG}g"
    ]


def centre(view: View, code: str) -> QPointF:
    regions = dict(load_figure(view).regions)
    return regions[site(code)].boundingRect().center()


@pytest.fixture
def picker(qtbot: QtBot) -> Iterator[SitePicker]:
    widget = SitePicker()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    dispose(widget)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


# ---------------------------------------------------------------------- the drawings


def test_every_site_is_on_a_view_and_every_region_id_is_a_site_code() -> None:
    codes = {s.code for s in all_body_sites()}
    seen: set[str] = set()
    for view in View:
        ids = region_ids(view)
        assert len(ids) == len(set(ids)), f"a region id repeats in {view}.svg"
        assert set(ids) <= codes, set(ids) - codes
        seen |= set(ids)
    assert seen == codes


@pytest.mark.parametrize("view", list(View))
def test_each_view_shows_the_sites_seen_from_that_side(view: View) -> None:
    expected = BOTH | (FRONT_ONLY if view is View.FRONT else BACK_ONLY)
    assert {str(s.site) for s in load_figure(view).sites} == expected


@pytest.mark.parametrize("view", list(View))
def test_no_two_regions_overlap(view: View) -> None:
    regions = load_figure(view).regions
    for index, (first, a) in enumerate(regions):
        for second, b in regions[index + 1 :]:
            shared = a.boundingRect().intersected(b.boundingRect())
            points = [
                QPointF(shared.left() + x * 0.5, shared.top() + y * 0.5)
                for x in range(int(shared.width() * 2) + 1)
                for y in range(int(shared.height() * 2) + 1)
            ]
            assert not any(a.contains(p) and b.contains(p) for p in points), (first, second)


@pytest.mark.parametrize("view", list(View))
def test_regions_are_big_enough_to_click_and_lie_on_the_figure(view: View) -> None:
    figure = load_figure(view)
    for body_site, path in figure.regions:
        box = path.boundingRect()
        assert box.width() >= 27.5, body_site
        assert box.height() >= 27.5, body_site
        assert figure.box.contains(box), body_site
        assert figure.silhouette.contains(box.center()) or body_site.site is Site.KNEE_OUTER
        assert figure.silhouette.intersects(path), body_site


def test_left_and_right_are_the_persons_own() -> None:
    for view in View:
        for body_site in load_figure(view).sites:
            if body_site.side is None or body_site.side.value == "right":
                continue
            left = centre(view, body_site.code).x()
            right = centre(view, body_site.code.replace("-left", "-right")).x()
            if view is View.FRONT:
                assert left > right, f"front view: {body_site} must be on the viewer's right"
            else:
                assert left < right, f"back view: {body_site} must be on the viewer's left"


def test_regions_sit_where_the_anatomy_is() -> None:
    def y(view: View, code: str) -> float:
        return centre(view, code).y()

    front = [
        "forehead-temples",
        "jaw-left",
        "neck-front",
        "shoulder-left",
        "elbow-left",
        "wrist-hand-left",
    ]
    assert [y(View.FRONT, c) for c in front] == sorted(y(View.FRONT, c) for c in front)
    legs = ["hip-left", "thigh-left", "knee-left", "calf-shin-left", "ankle-foot-left"]
    assert [y(View.FRONT, c) for c in legs] == sorted(y(View.FRONT, c) for c in legs)
    # The outer knee is level with the knee and on its outer side (the viewer's right, front).
    assert abs(y(View.FRONT, "knee-outer-left") - y(View.FRONT, "knee-left")) < 5
    assert centre(View.FRONT, "knee-outer-left").x() > centre(View.FRONT, "knee-left").x()
    assert centre(View.BACK, "knee-outer-left").x() < centre(View.BACK, "thigh-left").x()
    # The lower back is below the upper back (below the ribs), above the hips' level of thighs.
    back = dict(load_figure(View.BACK).regions)
    assert back[site("lower-back")].boundingRect().top() > (
        back[site("upper-back")].boundingRect().bottom()
    )
    assert back[site("lower-back")].boundingRect().bottom() < (
        back[site("thigh-left")].boundingRect().top()
    )


def test_the_parser_accepts_only_the_simple_shapes_it_can_hit_test() -> None:
    path = path_from_d("M0 0 L10 0 Q10 10 5 10 C2 10 0 8 0 5 Z")
    assert path.contains(QPointF(4, 4))
    for bad in ("M0 0 A5 5 0 0 1 10 10", "m0 0 l10 10", "L1 1", "M0 0 C1 1 2 2"):
        with pytest.raises(ValueError, match="path"):
            path_from_d(bad)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>'
    shape = '<rect id="silhouette" x="0" y="0" width="9" height="9"/>'
    turned = '<circle id="knee-left" r="2" cx="1" cy="1" transform="scale(2)"/>'
    with pytest.raises(ValueError, match="transform"):
        parse_figure(svg.format(shape + turned))
    with pytest.raises(ValueError, match="not a site code"):
        parse_figure(svg.format(shape + '<circle id="nose" r="2" cx="1" cy="1"/>'))
    with pytest.raises(ValueError, match="silhouette"):
        parse_figure(svg.format('<circle id="knee-left" r="2" cx="1" cy="1"/>'))


# ---------------------------------------------------------------------- the widgets


@pytest.mark.parametrize("view", list(View))
def test_clicking_each_region_chooses_its_site(qtbot: QtBot, view: View) -> None:
    widget = BodyMapView(view)
    qtbot.addWidget(widget)
    widget.resize(400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    for body_site in widget.sites():
        where = widget.site_rect(body_site).center().toPoint()
        assert widget.site_at(where) == body_site
        with qtbot.waitSignal(widget.site_chosen) as chosen:
            qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
        assert chosen.args == [body_site]
        assert widget.site() == body_site
    dispose(widget)


def test_a_click_on_the_map_shows_in_the_list_and_in_words(
    picker: SitePicker, qtbot: QtBot
) -> None:
    knee = site("knee-left")
    where = picker.front.site_rect(knee).center().toPoint()
    with qtbot.waitSignal(picker.site_chosen) as chosen:
        qtbot.mouseClick(picker.front, Qt.MouseButton.LeftButton, pos=where)
    assert chosen.args == [knee]
    assert picker.site() == knee
    selected = picker.site_list.selectedItems()
    assert [item.text() for item in selected] == ["Left knee (front and inner side)"]
    assert picker.caption.accessibleName() == "Chosen: Left knee (front and inner side)"
    assert picker.back.site() == knee


def test_choosing_in_the_list_shows_on_both_maps(picker: SitePicker, qtbot: QtBot) -> None:
    shoulder = site("shoulder-right")
    row = all_body_sites().index(shoulder)
    emitted: list[object] = []
    picker.site_chosen.connect(emitted.append)
    item = picker.site_list.item(row)
    picker.site_list.scrollToItem(item)
    rect = picker.site_list.visualItemRect(item)
    qtbot.mouseClick(picker.site_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted == [shoulder]
    assert picker.front.site() == shoulder
    assert picker.back.site() == shoulder
    assert "Right shoulder" in picker.caption.accessibleName()


def test_set_site_shows_without_emitting(picker: SitePicker) -> None:
    emitted: list[object] = []
    picker.site_chosen.connect(emitted.append)
    picker.set_site(site("lower-back"))
    assert picker.site() == site("lower-back")
    assert picker.back.site() == site("lower-back")
    assert picker.site_list.selectedItems()[0].text() == "Lower back"
    picker.set_site(None)
    assert picker.site() is None
    assert picker.site_list.selectedItems() == []
    assert emitted == []


def test_keys_move_between_regions_and_enter_chooses(picker: SitePicker, qtbot: QtBot) -> None:
    view = picker.front
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.focused_site() == site("forehead-temples")
    assert view.accessibleDescription() == "Forehead and temples. Press Enter to choose."
    qtbot.keyClick(view, Qt.Key.Key_Down)
    below = view.focused_site()
    assert below is not None
    assert view.site_rect(below).top() > view.site_rect(site("forehead-temples")).bottom()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.focused_site() == site("ankle-foot-right")
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the person's left foot is on the viewer's right
    assert view.focused_site() == site("ankle-foot-left")
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.focused_site() == site("calf-shin-left")
    with qtbot.waitSignal(picker.site_chosen) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == [site("calf-shin-left")]
    assert view.accessibleDescription() == "Left calf and shin. Chosen."
    assert picker.site_list.selectedItems()[0].text() == "Left calf and shin"


@pytest.mark.parametrize("view", list(View))
def test_the_arrow_keys_reach_every_region(qtbot: QtBot, view: View) -> None:
    widget = BodyMapView(view)
    qtbot.addWidget(widget)
    widget.resize(300, 640)
    widget.show()
    focus(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    start = widget.focused_site()
    reached, queue = {start}, [start]
    arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
    while queue:
        origin = queue.pop()
        for key in arrows:
            widget.set_site(origin)  # puts the keyboard on ``origin``
            qtbot.keyClick(widget, key)
            if widget.focused_site() not in reached:
                reached.add(widget.focused_site())
                queue.append(widget.focused_site())
    assert reached == set(widget.sites())
    dispose(widget)


def test_every_control_has_a_name(picker: SitePicker) -> None:
    controls = [*interactive(picker), picker.front, picker.back]
    assert picker.site_list in controls
    for control in controls:
        assert control.accessibleName(), type(control).__name__
    assert picker.front.accessibleName() == "Body map, front view"
    assert picker.back.accessibleName() == "Body map, back view"


def test_unavailable_sites_show_their_reason(picker: SitePicker, qtbot: QtBot) -> None:
    picker.set_unavailable({site("lower-back"): "resting until 15:10", site("knee-left"): ""})
    texts = [picker.site_list.item(row).text() for row in range(picker.site_list.count())]
    assert "Lower back — resting until 15:10" in texts
    assert "Left knee (front and inner side) — not available now" in texts
    # The outer side of the knee rests with the knee (one site for rest intervals).
    assert "Outer side of the left knee — not available now" in texts
    assert "Right knee (front and inner side)" in texts
    focus(qtbot, picker.back)
    picker.back.set_site(site("lower-back"))
    picker.back.set_site(None)
    assert picker.back.accessibleDescription() == (
        "Lower back (resting until 15:10). Press Enter to choose."
    )


# Showing a tooltip raises its window; the offscreen platform says it cannot.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltips_name_the_region_and_its_reason(picker: SitePicker, qtbot: QtBot) -> None:
    view = picker.back
    view.set_unavailable({site("lower-back"): "resting until 15:10"})
    where = view.site_rect(site("lower-back")).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.mapToGlobal(where))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(lambda: QToolTip.text() == "Lower back (resting until 15:10)")
    QToolTip.hideText()


def test_the_map_repaints_in_a_new_palette(qtbot: QtBot, qapp: QApplication) -> None:
    widget = BodyMapView(View.FRONT)
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    # A point on the figure between the regions: the middle of the chest.
    chest = widget.site_rect(site("neck-front")).center()
    chest.setY(chest.y() + widget.site_rect(site("neck-front")).height() * 2)
    before = widget.grab().toImage().pixelColor(chest.toPoint())
    theme.apply(qapp, Appearance(ThemeName.DARK, 100))
    qtbot.waitUntil(lambda: widget.grab().toImage().pixelColor(chest.toPoint()) != before)
    after = widget.grab().toImage().pixelColor(chest.toPoint())
    assert after.lightness() < before.lightness()
    assert after.lightness() > QColor(TOKENS[ThemeName.DARK].background).lightness()
    dispose(widget)


@pytest.mark.parametrize("width", [1280, 900])
def test_at_200_percent_text_the_maps_and_the_list_fit(
    qtbot: QtBot, qapp: QApplication, width: int
) -> None:
    theme.apply(qapp, Appearance(ThemeName.LIGHT, 200))
    picker = SitePicker()
    qtbot.addWidget(picker)
    picker.set_site(site("knee-outer-right"))
    picker.resize(width - 48, 600)
    picker.show()
    qtbot.waitExposed(picker)
    for view in (picker.front, picker.back):
        assert view.height() >= view.minimumSizeHint().height()
        assert view.width() >= view.minimumSizeHint().width()
        knee = view.site_rect(site("knee-outer-right"))
        assert view.rect().toRectF().contains(knee)
    assert picker.site_list.width() >= picker.site_list.fontMetrics().horizontalAdvance("Left hip")
    assert picker.site_list.height() >= 2 * picker.site_list.sizeHintForRow(0)
    for label in picker.findChildren(QLabel):
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()
    dispose(picker)
