"""The background-work helper keeps its promises: one outcome always, cancellation, progress, no dead callbacks."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from advisor.qt import tasks


def test_result_arrives_on_the_ui_thread_through_finished(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    seen = {}

    def work(ctx):
        seen["worker"] = threading.get_ident()
        return 42

    got = []
    with qtbot.waitSignal(tasks.start(work, owner=owner, on_done=got.append).finished, timeout=3000) as blocker:
        pass
    assert blocker.args == [42]
    assert got == [42]
    assert seen["worker"] != threading.get_ident()


def test_an_exception_becomes_failed_and_never_finished(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)

    def work(ctx):
        raise OSError("disk on fire")

    errors, results = [], []
    task = tasks.start(work, owner=owner, on_done=results.append, on_failed=errors.append)
    with qtbot.waitSignal(task.failed, timeout=3000) as blocker:
        blocker.connect(task.finished)
    assert isinstance(blocker.args[0], OSError)
    assert [str(e) for e in errors] == ["disk on fire"]
    assert results == []


def test_even_base_exceptions_end_with_failed(qtbot):
    def work(ctx):
        raise KeyboardInterrupt

    task = tasks.start(work, owner=None)
    with qtbot.waitSignal(task.failed, timeout=3000) as blocker:
        pass
    assert isinstance(blocker.args[0], KeyboardInterrupt)


def test_cancel_reaches_the_function_and_ends_as_cancelled(qtbot):
    started = threading.Event()

    def work(ctx):
        started.set()
        while not ctx.token.wait(0.01):  # the token is a threading.Event the core functions accept as cancel=
            pass
        return "ignored"

    failures = []
    task = tasks.start(work, owner=None, on_failed=failures.append)
    assert started.wait(3)
    with qtbot.waitSignal(task.failed, timeout=3000):
        task.cancel()
    assert len(failures) == 1 and isinstance(failures[0], tasks.Cancelled)


def test_progress_arrives_in_order_before_the_outcome(qtbot):
    events = []

    def work(ctx):
        for i in range(5):
            ctx.progress(i)
        return "done"

    task = tasks.start(
        work, owner=None, on_progress=lambda v: events.append(("p", v)), on_done=lambda v: events.append(("done", v))
    )
    with qtbot.waitSignal(task.finished, timeout=3000):
        pass
    assert events == [("p", 0), ("p", 1), ("p", 2), ("p", 3), ("p", 4), ("done", "done")]


def test_no_callback_reaches_a_widget_that_is_gone_and_its_task_is_cancelled(qtbot):
    owner = QWidget()
    release = threading.Event()
    saw_cancel = threading.Event()

    def work(ctx):
        release.wait(3)
        if ctx.cancelled():
            saw_cancel.set()
        return "late"

    calls = []
    task = tasks.start(work, owner=owner, on_done=calls.append, on_failed=calls.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: task.token.is_cancelled(), timeout=3000)
    release.set()
    with qtbot.waitSignal(task.failed, timeout=3000):
        pass
    assert saw_cancel.is_set()
    assert calls == []


def test_shutdown_cancels_and_waits_for_every_task(qtbot):
    def work(ctx):
        deadline = time.monotonic() + 5
        while not ctx.cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)

    for _ in range(3):
        tasks.start(work, owner=None)
    t0 = time.monotonic()
    assert tasks.shutdown(3000)
    assert time.monotonic() - t0 < 2
    assert tasks.active() == []


def test_a_test_that_leaves_a_task_running_fails(tmp_path):
    """The autouse guard in tests/qt/conftest.py turns a forgotten task into a failure."""
    (tmp_path / "conftest.py").write_text((Path(__file__).parent / "conftest.py").read_text())
    (tmp_path / "test_forgets.py").write_text(
        "from advisor.qt import tasks\n\n"
        "def test_forgets_its_task(qtbot):\n"
        "    tasks.start(lambda ctx: ctx.token.wait(5), owner=None, name='forgotten')\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "1 passed, 1 error" in result.stdout, result.stdout + result.stderr
    assert "left background tasks running: ['forgotten']" in result.stdout


pytestmark = pytest.mark.gui


def test_only_the_task_helper_starts_threads():
    """Pages and widgets go through advisor.qt.tasks; a thread started anywhere else escapes its guarantees."""
    import ast

    import advisor

    qt_dir = Path(advisor.__file__).parent / "qt"
    offenders = []
    for path in sorted(qt_dir.rglob("*.py")):
        if path.name in ("tasks.py", "pdf.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import | ast.ImportFrom) else []
            module = node.module if isinstance(node, ast.ImportFrom) else ""
            if {"threading", "concurrent.futures", "QThread", "QThreadPool", "QRunnable"} & {module, *names}:
                offenders.append(f"{path.relative_to(qt_dir)}: {module or ''} {names}")
    assert offenders == []


# ---------------------------------------------------------------- TaskRunner: one run per kind of work
def _waiter(release: threading.Event, value):
    def work(ctx):
        release.wait(3)
        return value

    return work


def test_starting_a_name_again_replaces_the_previous_run_and_silences_it(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = tasks.TaskRunner(owner)
    release = threading.Event()
    got, failures = [], []
    first = runner.start("search", _waiter(release, "old"), on_done=got.append, on_failed=failures.append)
    second = runner.start("search", _waiter(release, "new"), on_done=got.append, on_failed=failures.append)
    assert first.token.is_cancelled() and runner.running("search")
    release.set()
    qtbot.waitUntil(lambda: first.done and second.done, timeout=3000)
    assert got == ["new"] and failures == []  # the old run's late outcome never reached the page
    assert not runner.running("search") and not runner.running()


def test_keep_leaves_the_running_one_alone(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = tasks.TaskRunner(owner)
    release = threading.Event()
    got = []
    first = runner.start("download", _waiter(release, 1), on_done=got.append, if_running="keep")
    assert runner.start("download", _waiter(release, 2), on_done=got.append, if_running="keep") is first
    release.set()
    qtbot.waitUntil(lambda: first.done, timeout=3000)
    assert got == [1]


def test_cancel_by_name_reaches_on_failed_and_changed_follows_every_run(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = tasks.TaskRunner(owner)
    changes = []
    runner.changed.connect(lambda: changes.append(runner.running("benchmark")))

    def work(ctx):
        ctx.token.wait(3)

    failures = []
    runner.start("benchmark", work, on_failed=failures.append)
    runner.cancel("benchmark")
    qtbot.waitUntil(lambda: not runner.running(), timeout=3000)
    assert len(failures) == 1 and isinstance(failures[0], tasks.Cancelled)
    assert changes == [True, False]  # started, then ended (after on_failed)


def test_later_calls_once_after_the_requests_stop_and_start_drops_it(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = tasks.TaskRunner(owner)
    calls = []
    for _ in range(5):
        runner.later("recommend", lambda: calls.append("late"), 30)
    qtbot.wait(120)
    assert calls == ["late"]
    runner.later("recommend", lambda: calls.append("dropped"), 30)
    runner.start("recommend", lambda ctx: None)  # asked for now: the pending later one is not needed
    qtbot.waitUntil(lambda: not runner.running(), timeout=3000)
    qtbot.wait(80)
    assert calls == ["late"]


def test_a_throttle_merges_text_and_never_loses_the_last_piece(qtbot):
    pieces = []

    def work(ctx):
        for word in ("a ", "local ", "model ", "answers"):
            ctx.progress(word)
        return "done"

    task = tasks.start(
        work,
        owner=None,
        on_progress=pieces.append,
        throttle=tasks.Throttle(interval_s=60, merge=lambda held, new: held + new),
    )
    with qtbot.waitSignal(task.finished, timeout=3000):
        pass
    assert pieces == ["a ", "local model answers"]  # the first at once, the rest held and sent before the outcome


def test_a_throttle_keeps_the_newest_value_and_sends_a_held_one_at_a_boundary(qtbot):
    seen = []

    def work(ctx):
        for run, step in ((1, 1), (1, 2), (1, 3), (2, 1), (2, 2)):
            ctx.progress((run, step))
        return None

    task = tasks.start(
        work,
        owner=None,
        on_progress=seen.append,
        throttle=tasks.Throttle(interval_s=60, boundary=lambda held, new: held[0] != new[0]),
    )
    with qtbot.waitSignal(task.finished, timeout=3000):
        pass
    assert seen == [(1, 1), (1, 3), (2, 2)]  # run 1's last figure came out when run 2 began; run 2's at the end
