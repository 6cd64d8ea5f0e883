"""Calls that end within their time whatever the far side does: for libraries whose timeouts count per socket read
(urllib, httpx), which a server answering a byte at a time keeps alive for ever."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

GRACE_S = 1.0  # past the call's own time, before it is called stuck


class CallTimeoutError(TimeoutError):
    """The call did not end within its time; its thread is left to die with the process."""


def call_within(
    fn: Callable[[], T], seconds: float, *, name: str = "within", on_timeout: Callable[[], None] | None = None
) -> T:
    """`fn()` in a daemon thread, its result or its exception; CallTimeoutError past `seconds` + GRACE_S, after
    `on_timeout` (which should end what the thread waits on: shut its socket, so the thread ends too; one it cannot
    reach is given up, and being a daemon it never keeps the program from exiting)."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed to the caller's thread as it is
            outcome["error"] = exc

    worker = threading.Thread(target=work, name=name, daemon=True)
    worker.start()
    worker.join(max(seconds, 0.0) + GRACE_S)
    if worker.is_alive():
        if on_timeout is not None:
            on_timeout()
        raise CallTimeoutError(f"no answer within {seconds:g} s")
    if "error" in outcome:
        raise outcome["error"]
    value: T = outcome["value"]
    return value
