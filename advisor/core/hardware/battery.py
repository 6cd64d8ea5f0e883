"""Whether this computer has a battery (a laptop): the cost estimate draws a laptop's power, not a desktop's.

Linux: `/sys/class/power_supply/*/type` is "Battery" for the machine's own battery; a wireless mouse's or
keyboard's battery is there too, with `scope` "Device", and does not count. macOS and Windows: psutil's
`sensors_battery()` (IOKit, GetSystemPowerStatus), None when there is none. Windows reports a UPS on USB as a
battery too: the cost page shows the laptop assumption it leads to, and the user can correct the power.
The probe runs beside the others under `detect()`'s deadline; it reads a few small files or one system call.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from advisor.core.hardware.runner import ProbeError

POWER_SUPPLY_ROOT = Path("/sys/class/power_supply")


def _sensors_battery() -> Any:
    import psutil

    reader = getattr(psutil, "sensors_battery", None)  # absent on some platforms
    if reader is None:
        raise ProbeError("unavailable: psutil has no sensors_battery here")
    return reader()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def probe_battery(
    *,
    system: str,
    power_supply_root: Path = POWER_SUPPLY_ROOT,
    sensors_battery: Callable[[], Any] = _sensors_battery,
) -> bool:
    """True when the machine has its own battery, False when it has none; ProbeError when it cannot be told."""
    if system == "Linux":
        if not power_supply_root.is_dir():
            raise ProbeError(f"not-found: {power_supply_root}")
        for supply in sorted(power_supply_root.iterdir())[:64]:  # a few entries; never a long walk
            if _read(supply / "type") == "Battery" and _read(supply / "scope") != "Device":
                return True
        return False
    try:
        return sensors_battery() is not None
    except ProbeError:
        raise
    except Exception as exc:  # psutil raises on platforms it cannot read
        raise ProbeError(f"failed: {type(exc).__name__}: {exc}") from None
