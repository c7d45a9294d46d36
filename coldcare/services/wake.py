"""Wake-ups at absolute instants: a small protocol, and its APScheduler ``QtScheduler`` adapter.

The reminder service asks "call me back at 09:00 UTC" through :class:`WakeScheduler`, so its
tests run on a fake clock with a hand-driven stand-in, and the app on :class:`ApschedulerWake`.

APScheduler 3.x's ``QtScheduler`` has three traps (research/aesthetics.md §5.2), each handled in
:class:`ApschedulerWake`:

- jobs run on a thread pool: a job only emits a queued Qt signal, and the callback runs in the
  slot, on the GUI thread;
- the default misfire grace of 1 s silently drops a job that runs late (a blocked event loop, a
  suspend): ``misfire_grace_time=None`` runs it however late, ``coalesce=True`` runs it once;
- ``shutdown()`` cannot cancel the ``QTimer.singleShot`` already pending (PySide6 returns no
  handle for it): the jobs are removed before the scheduler stops, and a flag makes the slot
  ignore any wake-up that still arrives.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal

logger = logging.getLogger(__name__)


class WakeScheduler(Protocol):
    """Calls a callback on the GUI thread at (or, after a suspend, soon after) an instant.

    Create and call on the GUI thread. Arming an id that is armed already replaces it.
    """

    def arm(self, job_id: str, when: datetime, callback: Callable[[], object]) -> None:
        """Call ``callback`` once at ``when`` (aware; a past instant: as soon as possible)."""
        ...

    def cancel(self, job_id: str) -> None:
        """Forget ``job_id`` if armed; its callback will not run."""
        ...

    def cancel_all(self) -> None:
        """Forget every armed job."""
        ...

    def shutdown(self) -> None:
        """Stop for good: no callback runs after this returns, and later arms are ignored."""
        ...


class ApschedulerWake(QObject):
    """:class:`WakeScheduler` on APScheduler 3.x's ``QtScheduler``, with ``DateTrigger`` jobs.

    Threading contract: create it and call every method on the GUI thread. APScheduler runs
    a job on its worker thread, where the job only emits :attr:`_woke` (a queued signal); the
    slot then runs the callback on the GUI thread. A callback runs at most once per arm, never
    after :meth:`cancel`, :meth:`cancel_all` or :meth:`shutdown`, and never for an older arm of
    the same id (each arm has its own token).

    APScheduler is imported at the first :meth:`arm` (it is not needed for the first paint).
    """

    _woke = Signal(str, int)
    """A job ran (job id, arm token). Emitted on APScheduler's worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scheduler: Any = None
        self._armed: dict[str, tuple[int, Callable[[], object]]] = {}
        self._tokens = itertools.count(1)
        self._shut_down = False
        self._woke.connect(self._on_woke, Qt.ConnectionType.QueuedConnection)

    def arm(self, job_id: str, when: datetime, callback: Callable[[], object]) -> None:
        """Add (or replace) a ``DateTrigger`` job for ``when``. GUI thread; ignored after
        :meth:`shutdown`. The first call imports and starts APScheduler (tens of ms)."""
        if self._shut_down:
            return
        # Imported here: APScheduler costs start-up time (architecture.md, "Start-up").
        from apscheduler.triggers.date import DateTrigger  # noqa: PLC0415

        token = next(self._tokens)
        self._armed[job_id] = (token, callback)
        self._started().add_job(
            self._woke.emit,
            DateTrigger(run_date=when.astimezone(UTC), timezone=UTC),
            args=(job_id, token),
            id=job_id,
            name=job_id,
            replace_existing=True,
        )

    def cancel(self, job_id: str) -> None:
        """Remove the job; its callback will not run. GUI thread."""
        if self._armed.pop(job_id, None) is None or self._scheduler is None:
            return
        from apscheduler.jobstores.base import JobLookupError  # noqa: PLC0415

        # A job that has run is gone already; the token check drops its queued wake-up.
        with contextlib.suppress(JobLookupError):
            self._scheduler.remove_job(job_id)

    def cancel_all(self) -> None:
        """Remove every job. GUI thread."""
        self._armed.clear()
        if self._scheduler is not None:
            self._scheduler.remove_all_jobs()

    def shutdown(self) -> None:
        """Remove every job and stop the scheduler; its worker thread has ended on return (a
        job only emits a signal, so this is quick). GUI thread; idempotent. A wake-up already
        on its way is ignored when it arrives."""
        self._shut_down = True
        self.cancel_all()
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=True)

    def _started(self) -> Any:
        if self._scheduler is None:
            from apscheduler.executors.pool import ThreadPoolExecutor  # noqa: PLC0415
            from apscheduler.schedulers.qt import QtScheduler  # noqa: PLC0415

            self._scheduler = QtScheduler(
                # One worker: a job only emits a signal.
                executors={"default": ThreadPoolExecutor(max_workers=1)},
                job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
                timezone=UTC,
            )
            self._scheduler.start()
        return self._scheduler

    def _on_woke(self, job_id: str, token: int) -> None:
        # GUI thread (queued). Anything but the current arm of a live scheduler is stale.
        armed = self._armed.get(job_id)
        if self._shut_down or armed is None or armed[0] != token:
            logger.debug("Ignoring a stale wake-up of %s", job_id)
            return
        del self._armed[job_id]
        armed[1]()
