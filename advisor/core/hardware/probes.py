"""Run probes concurrently, each with its own deadline, and record a `ProbeResult` for every one.

Why daemon threads and not a ThreadPoolExecutor: a probe stuck in a C library or in a library that spawns a
child without a timeout (GPUtil) would otherwise keep the process from exiting. A late probe's result is dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from advisor.core.hardware.runner import ProbeError
from advisor.core.types import ProbeResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Probe:
    name: str
    func: Callable[[], Any]
    timeout: float
    # short summary of a successful value for `probes[].detail` ("2 GPUs", "31.1 GB/s")
    describe: Callable[[Any], str] = lambda value: ""


@dataclass
class _Slot:
    started: float
    done: threading.Event
    value: Any = None
    error: str | None = None
    seconds: float = 0.0


def run_probes(probes: list[Probe]) -> tuple[dict[str, Any], dict[str, ProbeResult]]:
    """Start every probe at once; return (values of the probes that worked, a ProbeResult for each probe)."""
    slots: dict[str, _Slot] = {}
    for probe in probes:
        slot = slots[probe.name] = _Slot(started=time.perf_counter(), done=threading.Event())
        threading.Thread(target=_work, args=(probe, slot), name=f"probe-{probe.name}", daemon=True).start()
    values: dict[str, Any] = {}
    results: dict[str, ProbeResult] = {}
    for probe in probes:
        slot = slots[probe.name]
        remaining = slot.started + probe.timeout - time.perf_counter()
        if not slot.done.wait(max(0.0, remaining)):
            results[probe.name] = ProbeResult(
                probe.name, False, round(probe.timeout, 3), f"timeout: no answer in {probe.timeout:g} s"
            )
            log.debug("probe %s timed out after %.1f s", probe.name, probe.timeout)
            continue
        if slot.error is not None:
            results[probe.name] = ProbeResult(probe.name, False, round(slot.seconds, 3), slot.error)
        else:
            values[probe.name] = slot.value
            try:
                detail = probe.describe(slot.value)
            except Exception:  # a summary must never cost the result
                detail = ""
            results[probe.name] = ProbeResult(probe.name, True, round(slot.seconds, 3), detail)
        log.debug("probe %s: %s", probe.name, results[probe.name])
    return values, results


def _work(probe: Probe, slot: _Slot) -> None:
    try:
        slot.value = probe.func()
    except ProbeError as exc:
        slot.error = str(exc)
    except Exception as exc:  # rule 3: a probe that fails never crashes detection
        log.debug("probe %s raised", probe.name, exc_info=True)
        slot.error = f"failed: {type(exc).__name__}: {exc}"[:240]
    finally:
        slot.seconds = time.perf_counter() - slot.started
        slot.done.set()
