"""The one way to run slow work off the UI thread (detection, search, downloads, benchmarks, chat).

Why one helper: a frozen window is the worst thing a desktop tool can do, and threads started ad hoc by pages
leak, race with closed windows and swallow errors. Every page runs its work through a `TaskRunner` (one slot per
kind of work: starting it again replaces the previous run, or keeps it; progress throttled for the UI), which is
built on `start()`; the helper

- runs a plain function on a thread pool and passes it a `TaskContext` (cancel token + progress reporter);
- always ends with exactly one of `finished(result)` or `failed(exception)` on the UI thread — the outcome is sent
  from a `finally`, so an exception (or a cancellation, reported as `Cancelled`) can never leave a page waiting;
- skips the callbacks when the widget that owns the task is gone (`shiboken6.isValid`) and cancels the task when
  that widget is destroyed;
- keeps a registry of running tasks, so the app can cancel them on exit and tests can fail when one is left behind.

Never touch widgets inside the function: it runs on a worker thread. Report through `ctx.progress(value)` instead;
progress values arrive, in order, on the UI thread before the outcome. A `Throttle` keeps a fast producer (streamed
text, a benchmark's live speed, a download's byte count) from flooding the UI: at most one value per interval, the
value held back never lost.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

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


@dataclass(frozen=True)
class Throttle:
    """How a task's progress reaches the UI: at most one value every `interval_s`.

    By default the newest value wins (a speed, a byte count). `merge(held, new)` combines them instead (streamed text
    pieces are joined). `boundary(held, new)` true means the held value goes out before `new` is taken (a
    benchmark's run ended: its last figure is shown, however quickly the run went). A value held back is never lost:
    it goes out with the next one due, or just before the outcome.
    """

    interval_s: float = 0.05
    merge: Callable[[Any, Any], Any] | None = None
    boundary: Callable[[Any, Any], bool] | None = None


_NOTHING = object()


class TaskContext:
    """What the background function receives: the cancel token and a thread-safe progress reporter."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self.token: CancelToken = task.token
        self._throttle = task.throttle
        self._lock = threading.Lock()
        self._held: Any = _NOTHING
        self._sent_at = 0.0

    def progress(self, value: Any) -> None:
        """Send `value` to the UI thread (queued; delivered in order, before the outcome), throttled if the task
        was started with a `Throttle`. Safe to call from any thread."""
        if self.token.is_set():
            return
        throttle = self._throttle
        if throttle is None:
            self._task._progress_from_worker.emit(value)
            return
        with self._lock:  # emitting under the lock keeps the order when several threads report
            if self._held is not _NOTHING:
                if throttle.boundary is not None and throttle.boundary(self._held, value):
                    self._send_held(time.monotonic())
                elif throttle.merge is not None:
                    value = throttle.merge(self._held, value)
            self._held = value
            now = time.monotonic()
            if now - self._sent_at >= throttle.interval_s:
                self._send_held(now)

    def flush(self) -> None:
        """Send the value a throttle holds back (the task does this before its outcome)."""
        with self._lock:
            if self._held is not _NOTHING and not self.token.is_set():
                self._send_held(time.monotonic())
            self._held = _NOTHING

    def _send_held(self, now: float) -> None:
        held, self._held, self._sent_at = self._held, _NOTHING, now
        if held is not _NOTHING:
            self._task._progress_from_worker.emit(held)

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
        throttle: Throttle | None = None,
    ) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self.done = False
        self.throttle = throttle
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

    def abandon(self) -> None:
        """Cancel, and call none of the callbacks any more: a newer run of the same work has replaced this one.
        The `finished`/`failed` signals still come (the registry and `shutdown()` rely on them)."""
        self.token.cancel()
        self._on_done = self._on_failed = self._on_progress = None

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    # ------------------------------------------------------------------ worker thread
    def _run(self) -> None:
        ok = False
        payload: Any = RuntimeError(f"task {self.name} ended without an outcome")
        ctx = TaskContext(self)
        try:
            result = self._fn(ctx)
            if self.token.is_set():
                payload = Cancelled()
            else:
                ok, payload = True, result
        except BaseException as exc:
            payload = Cancelled() if self.token.is_set() else exc
            if not isinstance(payload, Cancelled):
                log.debug("task %s failed", self.name, exc_info=exc)
        finally:
            try:
                ctx.flush()  # what a throttle held back arrives before the outcome
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
    throttle: Throttle | None = None,
) -> Task:
    """Run `fn(ctx)` on the pool; call back on the UI thread unless `owner` has been deleted by then.

    Pages use a `TaskRunner` instead, which adds "one run per kind of work"."""
    task = Task(
        fn,
        name=name or str(getattr(fn, "__name__", "task")),
        owner=owner,
        on_done=on_done,
        on_failed=on_failed,
        on_progress=on_progress,
        throttle=throttle,
    )
    _ACTIVE.add(task)
    pool().start(_Runnable(task))
    return task


class TaskRunner(QObject):
    """The background work of one page, one slot per name: "start this, and forget the previous one" for every page.

        runner.start("search", work, on_done=..., on_failed=..., on_progress=..., throttle=Throttle(0.1))

    - Starting a name whose previous run is still going **replaces** it: the old run is cancelled and silenced
      (`Task.abandon`), so a late result can never overwrite a newer one and pages keep no generation counters.
      `if_running="keep"` leaves the running one alone and returns it (a detection or a download that a second
      click must not restart).
    - `cancel(name)` stops a run the page still listens to: it ends with `on_failed(Cancelled())` (a Stop button).
    - `later(name, callback, delay_ms)` calls `callback` once the requests stop coming for `delay_ms` (dragging a
      slider computes once, at the end); `start(name)` drops a pending `later` of that name.
    - `running(name)`, `running()` for buttons and for the wizard; `changed` is emitted when a run starts and after
      a run's outcome was delivered, so a page can keep its buttons right in one place.

    The runner's owner (the page) owns every task: callbacks are skipped, and tasks cancelled, once it is gone.
    """

    changed = Signal()

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._owner = owner
        self._tasks: dict[str, Task] = {}
        self._timers: dict[str, QTimer] = {}
        self._pending: dict[str, Callable[[], None]] = {}

    def start(
        self,
        name: str,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        throttle: Throttle | None = None,
        if_running: Literal["replace", "keep"] = "replace",
    ) -> Task:
        """Run `fn(ctx)` in the background as this page's `name` work (see the class docstring)."""
        self._drop_later(name)
        previous = self._tasks.get(name)
        if previous is not None and not previous.done:
            if if_running == "keep":
                return previous
            previous.abandon()
        task = start(
            fn,
            owner=self._owner,
            on_done=on_done,
            on_failed=on_failed,
            on_progress=on_progress,
            name=name,
            throttle=throttle,
        )
        self._tasks[name] = task
        task.finished.connect(self._ended)
        task.failed.connect(self._ended)
        self.changed.emit()
        return task

    def later(self, name: str, callback: Callable[[], None], delay_ms: int) -> None:
        """Call `callback` `delay_ms` after the last `later(name, ...)` (each call restarts the wait)."""
        timer = self._timers.get(name)
        if timer is None:
            timer = self._timers[name] = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._fire(name))
        self._pending[name] = callback
        timer.start(delay_ms)

    def cancel(self, name: str) -> None:
        """Stop the run of `name` (its `on_failed` receives `Cancelled`) and any `later` waiting for it."""
        self._drop_later(name)
        task = self._tasks.get(name)
        if task is not None and not task.done:
            task.cancel()

    def running(self, name: str | None = None) -> bool:
        """Whether the run of `name` (or, without a name, any run of this page) has not delivered its outcome."""
        if name is None:
            return any(not t.done for t in self._tasks.values())
        task = self._tasks.get(name)
        return task is not None and not task.done

    def _fire(self, name: str) -> None:
        callback = self._pending.pop(name, None)
        if callback is not None:
            callback()

    def _drop_later(self, name: str) -> None:
        timer = self._timers.get(name)
        if timer is not None:
            timer.stop()
        self._pending.pop(name, None)

    @Slot(object)
    def _ended(self, _payload: Any) -> None:
        self.changed.emit()


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
