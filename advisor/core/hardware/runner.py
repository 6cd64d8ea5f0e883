"""Running an outside command for a probe: always with a timeout, failures as a `ProbeError` with a reason code.

Probes take a `Runner` (`runner(argv, timeout) -> stdout`) so tests pass fakes that return captured output.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Sequence

Runner = Callable[[Sequence[str], float], str]

DEFAULT_TIMEOUT_S = 5.0


class ProbeError(Exception):
    """A probe found nothing usable; `str(exc)` is the short reason shown in `probes[].detail`.

    Reasons start with a code: `not-found`, `timeout`, `failed`, `unavailable`, `bad-output`, `skipped`.
    """


def run_command(argv: Sequence[str], timeout: float = DEFAULT_TIMEOUT_S) -> str:
    """stdout of `argv` (text); ProbeError when it is missing, times out (the child is killed) or fails."""
    try:
        result = subprocess.run(
            list(argv),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise ProbeError(f"not-found: {argv[0]}") from None
    except subprocess.TimeoutExpired:
        raise ProbeError(f"timeout: {argv[0]} gave no answer in {timeout:g} s") from None
    except OSError as exc:
        raise ProbeError(f"failed: {argv[0]}: {exc.strerror or exc}") from None
    if result.returncode != 0:
        first = (result.stderr or result.stdout).strip().splitlines()
        why = f": {first[0][:160]}" if first else ""
        raise ProbeError(f"failed: {argv[0]} exited with {result.returncode}{why}")
    return result.stdout
