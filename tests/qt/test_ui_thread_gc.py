"""Garbage in reference cycles (widgets among it) is freed on the UI thread, never by a worker's allocation."""

from __future__ import annotations

import gc
import threading

from advisor.qt import ui_thread_gc


def test_cycles_made_on_a_worker_are_freed_on_the_ui_thread(qtbot, qapp):
    ui_thread_gc.install(qapp)
    assert not gc.isenabled()  # no collection may start on whichever thread allocates
    freed_on: list[bool] = []

    class Node:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread() is threading.main_thread())

    def make_garbage() -> None:  # far past the youngest generation's threshold
        for _ in range(5000):
            node = Node()
            node.me = node

    worker = threading.Thread(target=make_garbage)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    qtbot.waitUntil(lambda: len(freed_on) >= 5000, timeout=5000)  # the UI thread's timer collected them
    assert all(freed_on)
