"""What runs inside a measured process (each benchmark process is separate, so its imports and
memory are its own). Every mode prints one line ``BENCH {json}`` and quits:

    python -m bench.probe bare [--idle S]          a bare QMainWindow (the reference)
    python -m bench.probe app DIR                  ``coldcare --data-dir DIR`` itself
    python -m bench.probe stack DIR                the required libraries alone, no ColdCare
    python -m bench.probe idle DIR S               the app idle S seconds, then in a session S
    python -m bench.probe alarm DIR RUNS BUSY_MS   end alarms with the GUI thread busy
    python -m bench.probe suspend DIR RUNS         end alarms after the wall clock jumps
    python -m bench.probe pages DIR                each page's first opening, once started

"Usable" (architecture.md "Start-up": painted and answering input) is the first turn of the
event loop after the main window's first paint: whatever runs after the paint without letting
the loop turn (deferred start-up work included) counts, as the person would feel it. Instants
are ``time.monotonic()``, which the parent shares, so start-up includes the interpreter's.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

MARK = "BENCH "
# After start-up, before a CPU window: the app's deferred work and first refreshes are over.
SETTLE_S = 3.0
# The session of the alarm benchmarks is one minute; the clock is moved to this many seconds
# (plus a varying fraction, so deadlines fall at every phase of the 1 Hz tick) before its end.
ALARM_LEAD_S = 2.5
# A jump "past the deadline": the suspend lasted this much longer than the session had left.
SUSPEND_PAST_S = 5.0
# Between sessions: the rest the safety rules ask before the same site is cooled again.
REST_SHIFT = timedelta(hours=2)
BUSY_EVERY_MS = 250


def rss_kb() -> int:
    """This process's resident memory (VmRSS), in KiB."""
    for text in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if text.startswith("VmRSS:"):
            return int(text.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def cpu_s() -> float:
    """CPU time this process used so far (user + system, every thread)."""
    times = os.times()
    return times.user + times.system


def report(**figures: object) -> None:
    """Hand the figures to the parent, and end the process at once: quitting the app asks
    first (a session, reminders ahead), and nothing after this is measured."""
    print(MARK + json.dumps(figures), flush=True)
    sys.stderr.flush()
    os._exit(0)


def after(seconds: float, then: Callable[[], None]) -> None:
    """Run ``then`` on the event loop ``seconds`` from now."""
    QTimer.singleShot(round(seconds * 1000), then)


class FirstPaint(QObject):
    """Calls ``on_usable`` on the event loop's first turn after ``window``'s first paint.

    It watches the window alone: a filter on the whole application would be called for each
    of the tens of thousands of events the app's widgets get while built, and slow it."""

    def __init__(self, window: QWidget, on_usable: Callable[[], None]) -> None:
        super().__init__(window)
        self._on_usable = on_usable
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._on_usable)
        return False


class LongestWait(QObject):
    """The longest the event loop went without a turn while watched: how long a click or a key
    press could have waited between usable and ready (the start-up's second half runs a step a
    turn). A timer with no interval fires on every turn; the gaps between firings are the turns."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turned)
        self._last = 0.0
        self._longest = 0.0

    def start(self) -> None:
        """Watch from now on."""
        self._last = time.monotonic()
        self._timer.start()

    def stop(self) -> float:
        """Stop watching; the longest gap between two turns, in seconds."""
        self._timer.stop()
        self._turned()
        return self._longest

    def _turned(self) -> None:
        now = time.monotonic()
        self._longest = max(self._longest, now - self._last)
        self._last = now


def _watch_shown_windows(on_usable: Callable[[], None]) -> None:
    """Watch the first main window shown (the app's, built inside ``coldcare``): its
    ``show`` is wrapped so the watch begins as it is shown, and costs nothing before."""
    show = QMainWindow.show

    def shown(window: QMainWindow) -> None:
        QMainWindow.show = show  # type: ignore[method-assign]
        FirstPaint(window, on_usable)
        show(window)

    QMainWindow.show = shown  # type: ignore[method-assign, assignment]


class ShiftedClock:
    """The system clock, shifted: :meth:`shift` moves the wall and the monotonic readings
    apart (a suspend: the wall clock jumps, the monotonic one does not) or together (time
    passes faster, with nothing for the suspend detector to notice)."""

    def __init__(self, start: datetime) -> None:
        self._wall = start - datetime.now(UTC)
        self._mono = 0.0

    def now(self) -> datetime:
        """The shifted wall clock (aware, UTC)."""
        return datetime.now(UTC) + self._wall

    def monotonic(self) -> float:
        """The shifted monotonic clock."""
        return time.monotonic() + self._mono

    def shift(self, wall: timedelta, monotonic: timedelta) -> None:
        """Move the wall clock by ``wall`` and the monotonic clock by ``monotonic``."""
        self._wall += wall
        self._mono += monotonic.total_seconds()


def bare(idle_s: float | None) -> int:
    """The reference: a bare main window, the size the app opens at, shown and painted."""
    qapp = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)

    def usable() -> None:
        now, memory = time.monotonic(), rss_kb()
        if idle_s is None:
            report(usable=now, ready=now, rss_kb=memory, ready_rss_kb=memory)
        else:
            after(SETTLE_S, lambda: _measure_cpu(idle_s, lambda idle: report(idle_cpu_s=idle)))

    FirstPaint(window, usable)
    window.show()
    return qapp.exec()


def stack(folder: Path) -> int:
    """The floor under any app on ColdCare's required libraries: the bare window, plus before
    its first paint what any first screen of this app needs (Qt's ``Qt`` namespace, whose
    hundred-odd enums PySide6 builds on first use, and peewee with the data file open and
    read), and after it what the app must hold once started (APScheduler's ``QtScheduler``
    running for reminders, QtMultimedia with the alarm sounds loaded, the chart library).
    No ColdCare code runs."""
    qapp = QApplication(sys.argv)
    import peewee  # noqa: PLC0415 - timed
    from PySide6.QtCore import Qt  # noqa: PLC0415 - timed: the first use builds the namespace

    database = peewee.SqliteDatabase(str(folder / "coldcare.sqlite"))
    database.execute_sql("SELECT count(*) FROM session").fetchall()
    window = QMainWindow()
    window.resize(1280, 800)
    window.setCentralWidget(QLabel("ColdCare", alignment=Qt.AlignmentFlag.AlignCenter))
    held: list[object] = [database]
    figures: dict[str, float] = {}

    def usable() -> None:
        figures.update(usable=time.monotonic(), rss_kb=rss_kb())
        after(0, hold_what_the_app_holds)

    def hold_what_the_app_holds() -> None:
        from apscheduler.schedulers.qt import QtScheduler  # noqa: PLC0415
        from PySide6.QtCore import QUrl  # noqa: PLC0415
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415

        scheduler = QtScheduler()
        scheduler.start()
        QMediaDevices.audioOutputs()
        for sound in sorted((Path(__file__).parents[1] / "resources" / "sounds").glob("*.wav")):
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(sound)))
            held.append(effect)
        held.append(scheduler)
        after(SETTLE_S, hold_the_chart_library)

    def hold_the_chart_library() -> None:
        figures.update(ready_rss_kb=rss_kb())
        import pyqtgraph  # noqa: PLC0415

        held.append(pyqtgraph)
        after(SETTLE_S, lambda: report(**figures, settled_rss_kb=rss_kb()))

    FirstPaint(window, usable)
    window.show()
    return qapp.exec()


class _ReadyLog(logging.Handler):
    """Hears the app's "running on the data in …" note, which it logs on ``ready``."""

    def __init__(self, on_ready: Callable[[], None]) -> None:
        super().__init__()
        self._on_ready = on_ready

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("running on the data"):
            QTimer.singleShot(0, self._on_ready)


def app(folder: Path) -> int:
    """``coldcare --data-dir folder`` as a person starts it, until usable and ready (the
    app's deferred start-up work done), whichever comes last; then its memory once settled."""
    from coldcare.__main__ import main  # noqa: PLC0415 - timed from here on

    _qapp = QApplication(sys.argv)  # the one the app uses (kept alive here), watched from its start
    figures: dict[str, float] = {}
    waits = LongestWait()

    def both_seen() -> None:
        if {"usable", "ready"} <= figures.keys():
            figures["longest_wait_s"] = waits.stop()
            after(SETTLE_S, settled)

    def settled() -> None:
        """Memory once what the app loads after ``ready`` (the chart library) is in."""
        report(**figures, settled_rss_kb=rss_kb())

    def usable() -> None:
        figures.update(usable=time.monotonic(), rss_kb=rss_kb())
        waits.start()
        both_seen()

    def ready() -> None:
        figures.update(ready=time.monotonic(), ready_rss_kb=rss_kb())
        both_seen()

    _watch_shown_windows(usable)
    logging.getLogger("coldcare.app").addHandler(_ReadyLog(ready))
    return main(["--data-dir", str(folder)])


def _measure_cpu(seconds: float, then: Callable[[float], None]) -> None:
    """Call ``then`` with the CPU seconds used over the next ``seconds``."""
    start = cpu_s()
    after(seconds, lambda: then(cpu_s() - start))


def _running_app(folder: Path, clock: ShiftedClock, on_ready: Callable[[object], None]) -> int:
    """The app as ``run_gui`` builds it (real devices), on ``clock``; ``on_ready(app)``."""
    from bench.heavy import TZ  # noqa: PLC0415
    from coldcare import APP_NAME  # noqa: PLC0415
    from coldcare.app import ColdCareApp  # noqa: PLC0415

    qapp = QApplication(sys.argv)
    qapp.setApplicationName(APP_NAME)
    built = ColdCareApp(qapp, folder, clock, TZ, translated=True)
    built.ready.connect(lambda: after(SETTLE_S, lambda: on_ready(built)))
    built.start()
    code = qapp.exec()
    built.shutdown()
    return code


def _start_session(built: object, minutes: int | None) -> None:
    """Start a session as the set-up page's Start button does, on the first site allowed."""
    from coldcare.app import ColdCareApp  # noqa: PLC0415
    from coldcare.domain.safety import ColdRequest  # noqa: PLC0415
    from coldcare.domain.vocabulary import Barrier, Modality, all_body_sites  # noqa: PLC0415
    from coldcare.ui.pages.session_setup import StartRequest  # noqa: PLC0415

    assert isinstance(built, ColdCareApp)
    profile = built.state.profile
    assert profile is not None
    built.open_session()
    for site in all_body_sites():
        request = ColdRequest(site, Modality.GEL_PACK, Barrier.DAMP_CLOTH)
        if built.controller.verdict(profile, request).allowed:
            chosen = StartRequest(request, minutes, None, caregiver_present=profile.supervised)
            built.session_page.setup.start_requested.emit(chosen)
            break
    if not built.controller.cold_running:
        raise RuntimeError("no session could start")


def idle(folder: Path, seconds: float, clock: ShiftedClock) -> int:
    """CPU over ``seconds`` idle on Today, then over ``seconds`` in a running session."""
    figures: dict[str, float] = {}

    def idle_then_session(built: object) -> None:
        def session_measured(used: float) -> None:
            report(**figures, session_cpu_s=used)

        def idle_measured(used: float) -> None:
            figures["idle_cpu_s"] = used
            _start_session(built, None)
            after(SETTLE_S, lambda: _measure_cpu(seconds, session_measured))

        _measure_cpu(seconds, idle_measured)

    return _running_app(folder, clock, idle_then_session)


class _Alarms:
    """Runs one-minute sessions back to back and times each end alarm against its deadline."""

    def __init__(self, built: object, clock: ShiftedClock, runs: int, suspend: bool) -> None:
        from coldcare.app import ColdCareApp  # noqa: PLC0415

        assert isinstance(built, ColdCareApp)
        self._app = built
        self._clock = clock
        self._runs = runs
        self._suspend = suspend
        self._deadline = clock.now()
        self._jumped_at = 0.0
        self.late_s: list[float] = []
        built.controller.remove_pack_now.connect(self._alarmed)

    def next_session(self) -> None:
        if len(self.late_s) == self._runs:
            report(late_s=self.late_s)
            return
        _start_session(self._app, 1)
        session = self._app.controller.session
        assert session is not None
        deadline = session.phase_deadline(self._clock.now())
        assert deadline is not None
        self._deadline = deadline
        fraction = (len(self.late_s) * 0.37) % 1
        if self._suspend:
            after(1 + fraction, self._jump)
        else:
            ahead = deadline - self._clock.now() - timedelta(seconds=ALARM_LEAD_S + fraction)
            self._clock.shift(ahead, ahead)

    def _jump(self) -> None:
        past = self._deadline + timedelta(seconds=SUSPEND_PAST_S) - self._clock.now()
        self._jumped_at = time.monotonic()
        self._clock.shift(past, timedelta(0))

    def _alarmed(self, _last_phase: bool) -> None:
        if self._suspend:
            self.late_s.append(time.monotonic() - self._jumped_at)
        else:
            self.late_s.append((self._clock.now() - self._deadline).total_seconds())
        QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        from coldcare.domain.session import AfterAnswer  # noqa: PLC0415
        from coldcare.domain.signs import SkinLook  # noqa: PLC0415

        controller = self._app.controller
        controller.take_pack_off()
        controller.finish_aftercare(AfterAnswer(SkinLook.NORMAL, None))
        self._app.back_to_today()
        self._clock.shift(REST_SHIFT, REST_SHIFT)
        after(0.5, self.next_session)


def _keep_busy(block_ms: int) -> None:
    """Block the GUI thread for ``block_ms`` every ``BUSY_EVERY_MS`` (a slow page, say)."""

    def block() -> None:
        until = time.perf_counter() + block_ms / 1000
        while time.perf_counter() < until:
            pass

    timer = QTimer(QCoreApplication.instance())
    timer.timeout.connect(block)
    timer.start(BUSY_EVERY_MS)


# The pages in the order of the rail, then the session (opened as "Start a cold session" does).
FIRST_OPENED = ("plan", "exercises", "history", "reports", "settings", "session")


def pages(folder: Path, clock: ShiftedClock) -> int:
    """Each page's first opening in a started app (pages are built when first shown): from the
    request until the page is painted; the session is left again before the next."""

    def open_each(built: object) -> None:
        from coldcare.app import ColdCareApp  # noqa: PLC0415

        assert isinstance(built, ColdCareApp)
        figures: dict[str, float] = {}
        for key in FIRST_OPENED:
            start = time.monotonic()
            if key == "session":
                built.open_session()
            else:
                built.window.show_page(key)
            built.window.repaint()
            figures[key] = time.monotonic() - start
            if key == "session":
                built.back_to_today()
        report(**figures)

    return _running_app(folder, clock, open_each)


def alarms(folder: Path, runs: int, busy_ms: int, suspend: bool, clock: ShiftedClock) -> int:
    """Time ``runs`` end alarms (after a jump of the wall clock when ``suspend``)."""
    keep: list[_Alarms] = []

    def begin(built: object) -> None:
        if busy_ms:
            _keep_busy(busy_ms)
        keep.append(_Alarms(built, clock, runs, suspend))
        keep[0].next_session()

    return _running_app(folder, clock, begin)


def main(argv: list[str]) -> int:
    """Dispatch on the mode (see the module's doc)."""
    mode, *args = argv
    if mode == "bare":
        return bare(float(args[1]) if args[:1] == ["--idle"] else None)
    if mode in ("app", "stack"):
        return (app if mode == "app" else stack)(Path(args[0]))
    from bench.heavy import NOW  # noqa: PLC0415 - not in the timed start-ups

    # The data's "now" was 18:00 UTC on its last day; start three hours later, rested.
    clock = ShiftedClock(NOW + timedelta(hours=3))
    if mode == "idle":
        return idle(Path(args[0]), float(args[1]), clock)
    if mode == "alarm":
        return alarms(Path(args[0]), int(args[1]), int(args[2]), False, clock)
    if mode == "suspend":
        return alarms(Path(args[0]), int(args[1]), 0, True, clock)
    if mode == "pages":
        return pages(Path(args[0]), clock)
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
