"""Render the exercise library, the editor, the player and its log step offscreen.

    .venv/bin/python -m tools.preview_exercises [OUT_DIR]

Writes PNGs (default folder: /tmp/coldcare-preview-exercises) at 1280 × 800 in the light,
dark and high-contrast palettes at 100 % and 200 % text:

- ``library-*``: a starter-set exercise chosen (with the physiotherapist note), a custom one
  with a picture (clicked: at 200 % it is shown alone), an empty filter, and an archived
  exercise shown;
- ``editor-*``: the add/edit dialog with a picture and a problem under the name, and its whole
  scrolling content as one tall image;
- ``player-*``: get ready, a hold with its counters (set 2 of 3), a slow movement, a rest,
  paused, and the log step (also as one tall image).

Nothing is stored: the library lives in memory and the clock moves only when told.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from coldcare.domain.exercise_player import Cue
from coldcare.domain.exercises import STARTER_SET, BodyRegion, Exercise, ExerciseCompletion
from coldcare.domain.records import Profile
from coldcare.ui.dialogs_exercise import ExerciseEditor, picture_png
from coldcare.ui.main_window import MainWindow
from coldcare.ui.pages.exercise_player_page import ExercisePlayerPage
from coldcare.ui.pages.exercises_page import ExercisesPage
from coldcare.ui.state import AppState
from tests.fakes import FakeClock
from tools.preview_common import Look, memory_state, render_looks, save, save_content, styled_window

DEFAULT_OUT = Path("/tmp/coldcare-preview-exercises")


class MemoryExercises:
    """The exercise library in a dict."""

    def __init__(self, exercises: Sequence[Exercise]) -> None:
        self._rows: dict[int, Exercise] = {}
        for exercise in exercises:
            self.save_exercise(exercise)

    def exercises(self, *, include_archived: bool = False) -> list[Exercise]:
        shown = [e for e in self._rows.values() if include_archived or not e.archived]
        return sorted(shown, key=lambda e: (list(BodyRegion).index(e.region), e.name))

    def get_exercise(self, exercise_id: int) -> Exercise | None:
        return self._rows.get(exercise_id)

    def save_exercise(self, exercise: Exercise) -> Exercise:
        saved = dataclasses.replace(exercise, id=exercise.id or len(self._rows) + 1)
        assert saved.id is not None
        self._rows[saved.id] = saved
        return saved

    def add_completion(self, completion: ExerciseCompletion) -> ExerciseCompletion:
        return completion

    def completions_between(
        self, profile_id: int, start: datetime, end: datetime
    ) -> list[ExerciseCompletion]:
        return []

    def has_history(self, exercise_id: int) -> bool:
        return False


def sketch() -> bytes:
    """A plain line drawing of someone lying with one knee bent (no words in the picture)."""
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#F2F4F7"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor("#37474F"), 14)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(60, 480, 840, 480)  # the floor
    painter.drawEllipse(QPointF(150, 420), 40, 40)  # the head
    points = [(190, 430), (420, 440), (560, 330), (680, 460)]  # body, thigh, shin
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        painter.drawLine(x1, y1, x2, y2)
    painter.drawLine(420, 440, 780, 440)  # the straight leg
    painter.end()
    return picture_png(image)


def custom_exercises() -> list[Exercise]:
    """Two exercises of Anna's own: one with a picture, one archived."""
    return [
        Exercise(
            "Knee bend on the bed",
            "Lie on your back. Bend your left knee slowly, slide the heel towards you, and "
            "hold. Keep your back flat on the bed.\nStraighten the leg slowly.",
            BodyRegion.KNEE,
            3,
            10,
            5,
            45,
            picture=sketch(),
        ),
        Exercise("Ankle circles", "", BodyRegion.ANKLE_FOOT, 1, 10, 0, 0, archived=True),
    ]


def styled(app: QApplication, look: Look) -> tuple[AppState, FakeClock, MainWindow]:
    """Anna with the starter set and her own exercises, shown in ``look`` in a main window."""
    clock = FakeClock()
    exercises = MemoryExercises([*STARTER_SET, *custom_exercises()])
    state = memory_state(app, clock, [Profile(name="Anna", birth_year=1954)], exercises)
    return state, clock, styled_window(state, look)


def render_library(app: QApplication, out: Path, look: Look) -> None:
    """The library with a starter exercise, a custom one, an empty filter, archived shown."""
    state, _clock, window = styled(app, look)
    page = ExercisesPage(state)
    window.add_page("exercises", "Exercises", "exercises", lambda: page)
    window.show_page("exercises")
    window.show()
    save(window, out / f"library-starter-{look.tag}.png")
    custom = next(e for e in state.repositories.exercises.exercises() if e.picture)
    assert page.list is not None
    page.list.button(custom.id).click()  # at 200 % the exercise is then shown alone
    save(window, out / f"library-custom-{look.tag}.png")
    page.show_list()
    page.region.setCurrentIndex(page.region.findData(BodyRegion.WRIST_HAND.value))
    save(window, out / f"library-empty-{look.tag}.png")
    page.region.setCurrentIndex(page.region.findData(BodyRegion.ANKLE_FOOT.value))
    page.show_archived.click()
    save(window, out / f"library-archived-{look.tag}.png")
    editor = ExerciseEditor(state, custom, window)
    editor.show()
    editor.name.clear()
    editor.save()
    save(editor, out / f"editor-{look.tag}.png")
    save_content(editor, out / f"editor-content-{look.tag}.png")
    editor.done(0)
    window.close()


def render_player(app: QApplication, out: Path, look: Look) -> None:
    """The player at each step, and the log step."""
    state, clock, window = styled(app, look)
    heard: list[Cue] = []
    page = ExercisePlayerPage(state, lambda cue, _words: heard.append(cue))
    window.add_hidden_page("player", lambda: page)
    window.show_page("player")
    window.set_full_window(True)
    window.show()
    bridge = Exercise("Knee bend on the bed", "", BodyRegion.KNEE, 3, 10, 5, 45, id=99)
    page.play(bridge)
    clock.advance(2.4)
    page.timer.timeout.emit()
    save(window, out / f"player-get-ready-{look.tag}.png")
    page.skip()
    for _rep in range(10):  # the first set: ten holds and nine relaxes
        clock.advance(5)
        page.timer.timeout.emit()
        clock.advance(3)
        page.timer.timeout.emit()
    clock.advance(20)
    page.timer.timeout.emit()
    save(window, out / f"player-rest-{look.tag}.png")
    page.skip()
    for _step in range(6):  # into the fourth repetition of set 2
        clock.advance(3 if _step % 2 else 5)
        page.timer.timeout.emit()
    clock.advance(2)
    page.timer.timeout.emit()
    save(window, out / f"player-hold-{look.tag}.png")
    page.toggle_pause()
    save(window, out / f"player-paused-{look.tag}.png")
    slow = Exercise("Heel slide", "", BodyRegion.KNEE, 1, 8, 0, 30, id=98, builtin_key="x")
    page.play(slow)
    page.skip()
    save(window, out / f"player-move-{look.tag}.png")
    page.confirm_finish = lambda: True  # type: ignore[method-assign]
    page.finish()
    page.form.pain.set_value(3)
    save(window, out / f"player-log-{look.tag}.png")
    page.save()
    save(window, out / f"player-log-problem-{look.tag}.png")
    save_content(page.log_view, out / f"player-log-content-{look.tag}.png")
    window.close()


def main(argv: Sequence[str]) -> int:
    """Render every screen in every palette and text size."""
    return render_looks(argv, DEFAULT_OUT, render_library, render_player)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
