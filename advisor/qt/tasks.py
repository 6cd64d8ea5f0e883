"""The one way to run slow work off the UI thread (detection, search, downloads, benchmarks, chat).

Why one helper: a frozen window is the worst thing a desktop tool can do, and threads started ad hoc by pages
leak, race with closed windows and swallow errors. Every page calls `start()`; the helper

- runs a plain function on a thread pool and passes it a `TaskContext` (cancel token + progress reporter);
- always ends with exactly one of `finished(result)` or `failed(exception)` on the UI thread — the outcome is sent
  from a `finally`, so an exception (or a cancellation, reported as `Cancelled`) can never leave a page waiting;
- skips the callbacks when the widget that owns the task is gone (`shiboken6.isValid`) and cancels the task when
  that widget is destroyed;
- keeps a registry of running tasks, so the app can cancel them on exit and tests can fail when one is left behind.

Never touch widgets inside the function: it runs on a worker thread. Report through `ctx.progress(value)` instead;
progress values arrive, in order, on the UI thread before the outcome.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_POOL_THREADS = 6  # I/O-bound work (downloads, HTTP) overlaps: more than the 2 cores on purpose


class Cancelled(Exception):
    """The outcome of a task that was cancelled before it finished."""


class CancelToken(threading.Event):
    """A cancel flag the core functions accept as their `cancel=` threading.Event (Orange3's interruption pattern)."""

    def cancel(self) -> None:
        self.set()

    def is_cancelled(self) -> bool:
        return self.is_set()

    def raise_if_cancelled(self) -> None:
        if self.is_set():
            raise Cancelled()


class TaskContext:
    """What the background function receives: the cancel token and a thread-safe progress reporter."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self.token: CancelToken = task.token

    def progress(self, value: Any) -> None:
        """Send `value` to the UI thread (queued; delivered in order, before the outcome)."""
        if not self.token.is_set():
            self._task._progress_from_worker.emit(value)

    def cancelled(self) -> bool:
        return self.token.is_set()


class Task(QObject):
    """One unit of background work. Signals are delivered on the UI thread."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    # emitted from the worker thread, received on the UI thread (queued)
    _progress_from_worker = Signal(object)
    _outcome_from_worker = Signal(bool, object)

    def __init__(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        name: str,
        owner: QObject | None,
        on_done: Callable[[Any], None] | None,
        on_failed: Callable[[BaseException], None] | None,
        on_progress: Callable[[Any], None] | None,
    ) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self.done = False
        self._fn = fn
        self._owner = owner
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_progress = on_progress
        self._progress_from_worker.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self._outcome_from_worker.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)
        self._owner_connection = owner.destroyed.connect(self.token.cancel) if owner is not None else None

    def cancel(self) -> None:
        """Ask the function to stop; it still ends with `failed(Cancelled())` (or its result if it ignored us)."""
        self.token.cancel()

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    # ------------------------------------------------------------------ worker thread
    def _run(self) -> None:
        ok, payload = False, RuntimeError(f"task {self.name} ended without an outcome")
        try:
            result = self._fn(TaskContext(self))
            if self.token.is_set():
                payload = Cancelled()
            else:
                ok, payload = True, result
        except BaseException as exc:
            payload = Cancelled() if self.token.is_set() else exc
            if not isinstance(payload, Cancelled):
                log.debug("task %s failed", self.name, exc_info=exc)
        finally:
            self._outcome_from_worker.emit(ok, payload)

    # ------------------------------------------------------------------ UI thread
    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self.done or self.token.is_set():
            return
        self.progress.emit(value)
        if self._on_progress is not None and self._owner_alive():
            self._on_progress(value)

    @Slot(bool, object)
    def _deliver_outcome(self, ok: bool, payload: Any) -> None:
        self.done = True
        _ACTIVE.discard(self)
        try:
            callback = self._on_done if ok else self._on_failed
            if callback is not None and self._owner_alive():
                callback(payload)
        finally:
            (self.finished if ok else self.failed).emit(payload)
            if self._owner_connection is not None and self._owner_alive():
                QObject.disconnect(self._owner_connection)
            self._on_done = self._on_failed = self._on_progress = None
            self._owner = self._owner_connection = None


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task._run()


_ACTIVE: set[Task] = set()
_POOL: QThreadPool | None = None


def pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(_POOL_THREADS)
    return _POOL


def start(
    fn: Callable[[TaskContext], Any],
    *,
    owner: QObject | None,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    name: str | None = None,
) -> Task:
    """Run `fn(ctx)` on the pool; call back on the UI thread unless `owner` has been deleted by then."""
    task = Task(
        fn,
        name=name or getattr(fn, "__name__", "task"),
        owner=owner,
        on_done=on_done,
        on_failed=on_failed,
        on_progress=on_progress,
    )
    _ACTIVE.add(task)
    pool().start(_Runnable(task))
    return task


def active() -> list[Task]:
    """Tasks whose outcome has not been delivered yet (running, queued, or waiting for the event loop)."""
    return list(_ACTIVE)


def shutdown(timeout_ms: int = 3000, *, release: bool = False) -> bool:
    """Cancel everything and wait for the workers. True when every task ended within the timeout.

    `release` also ends the pool's idle threads (on quit), so none outlives the QApplication; a later `start()`
    makes a new pool."""
    global _POOL
    for task in active():
        task.cancel()
    finished = _POOL.waitForDone(timeout_ms) if _POOL is not None else True
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()
    if release and finished and _POOL is not None:
        _POOL.setExpiryTimeout(0)
        _POOL.waitForDone(timeout_ms)
        _POOL = None
    return finished
