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

    task = tasks.start(work, owner=None, on_progress=lambda v: events.append(("p", v)),
                       on_done=lambda v: events.append(("done", v)))
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
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
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
