"""CPU while idle and during a session: the app on ten heavy years left alone on Today, then
with a session running (started as the set-up page's Start button starts it), each over a
window; a bare main window idles over the same minute beside it, as the reference."""

from __future__ import annotations

from pathlib import Path

from bench.processes import start
from bench.report import Row

WINDOW_S = 60.0
IDLE_TARGET_PERCENT = 1.0
SESSION_TARGET_PERCENT = 3.0


def cpu(data: Path, env: dict[str, str], window_s: float = WINDOW_S) -> list[Row]:
    """Per cent of one core over ``window_s`` idle, and in a session."""
    app = start(["idle", str(data), str(window_s)], env)
    bare = start(["bare", "--idle", str(window_s)], env)
    app_figures, bare_figures = app.result(), bare.result()
    percent = 100 / window_s
    return [
        Row(
            "idle CPU",
            app_figures.number("idle_cpu_s") * percent,
            "%",
            f"of one core, idle on Today over {window_s:g} s (10 heavy years)",
            IDLE_TARGET_PERCENT,
            bare_figures.number("idle_cpu_s") * percent,
            "a bare main window idle over the same minute",
        ),
        Row(
            "session CPU",
            app_figures.number("session_cpu_s") * percent,
            "%",
            f"of one core over {window_s:g} s of a running session (its page shown)",
            SESSION_TARGET_PERCENT,
        ),
    ]
