"""A named pipe (FIFO) for tests of "only a regular file is read", that cannot hang the test run.

Opening a FIFO for reading blocks until a writer comes. Code that (wrongly) opens it is released after
`release_after_s`: the helper then opens the write end and closes it, so the reader sees an empty file and the test
fails on its assertion instead of hanging.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")


@contextlib.contextmanager
def fifo(path: Path, release_after_s: float = 5.0) -> Iterator[Path]:
    with watched_fifo(path, release_after_s) as watch:
        yield watch.path


class FifoWatch:
    """A FIFO that tells whether some code opened it and waited for a writer (`reader_blocked`): the release found a
    reader there. Code that opens it without waiting (O_NONBLOCK, then a check of the file's kind) leaves it False."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader_blocked = False


@contextlib.contextmanager
def watched_fifo(path: Path, release_after_s: float = 3.0) -> Iterator[FifoWatch]:
    os.mkfifo(path)
    watch = FifoWatch(path)

    def release() -> None:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:  # ENXIO: nobody has it open for reading
            return
        watch.reader_blocked = True

    timer = threading.Timer(release_after_s, release)
    timer.start()
    try:
        yield watch
    finally:
        timer.cancel()
        timer.join()
