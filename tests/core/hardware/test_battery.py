"""A battery tells a laptop from a desktop (the cost estimate draws a laptop's power): Linux reads the machine's own
battery in /sys/class/power_supply (a wireless mouse's battery does not count), macOS and Windows ask psutil, and
the probe runs under detect()'s deadline like every other."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.battery import probe_battery
from advisor.core.hardware.runner import ProbeError

from .conftest import quick


def _supply(root: Path, name: str, **files: str) -> None:
    """One entry of /sys/class/power_supply as the kernel lays it out: a folder of one-line files."""
    folder = root / name
    folder.mkdir(parents=True)
    for key, value in files.items():
        (folder / key).write_text(value + "\n")


@pytest.fixture
def laptop_sys(tmp_path: Path) -> Path:
    """A laptop's /sys: its battery (BAT0), its charger (AC) and a wireless mouse's battery."""
    supplies = tmp_path / "sys" / "class" / "power_supply"
    _supply(supplies, "AC", type="Mains", online="1")
    _supply(supplies, "BAT0", type="Battery", status="Discharging", capacity="87", technology="Li-ion")
    _supply(supplies, "hidpp_battery_0", type="Battery", scope="Device", status="Discharging")
    return tmp_path / "sys"


def test_a_laptops_own_battery_is_seen(laptop_sys):
    assert probe_battery(system="Linux", power_supply_root=laptop_sys / "class" / "power_supply") is True


def test_a_desktop_with_a_wireless_mouse_has_no_battery(tmp_path):
    supplies = tmp_path / "power_supply"
    _supply(supplies, "hidpp_battery_0", type="Battery", scope="Device", status="Discharging")
    _supply(supplies, "ucsi-source-psy-USBC000:001", type="USB", online="0")
    assert probe_battery(system="Linux", power_supply_root=supplies) is False


def test_linux_without_the_power_supply_class_cannot_tell(tmp_path):
    with pytest.raises(ProbeError, match="not-found"):
        probe_battery(system="Linux", power_supply_root=tmp_path / "missing")


@pytest.mark.parametrize("system", ["Windows", "Darwin"])
def test_macos_and_windows_ask_psutil(system):
    reading = SimpleNamespace(percent=80.0, secsleft=3600, power_plugged=False)  # psutil's sbattery
    assert probe_battery(system=system, sensors_battery=lambda: reading) is True
    assert probe_battery(system=system, sensors_battery=lambda: None) is False  # psutil: no battery


def test_a_failing_power_api_is_a_reason_not_a_crash():
    def broken():
        raise OSError(5, "Access is denied")

    with pytest.raises(ProbeError, match="failed: OSError"):
        probe_battery(system="Windows", sensors_battery=broken)


def test_detect_puts_the_battery_in_the_profile(tmp_path, laptop_sys):
    profile = detect(**quick(tmp_path, system="Linux", sysfs_root=laptop_sys))
    assert profile.battery is True
    assert {p.name: p.detail for p in profile.probes}["battery"] == "battery"


def test_a_power_api_that_hangs_is_abandoned_at_the_deadline(tmp_path):
    release = threading.Event()

    def hanging():  # a wedged system call: it ignores any timeout of its own
        release.wait(30)

    try:
        start = time.perf_counter()
        profile = detect(**quick(tmp_path, system="Windows", timeout_s=0.5, sensors_battery=hanging))
        elapsed = time.perf_counter() - start
    finally:
        release.set()
    assert elapsed < 3
    assert profile.battery is None  # not known: the names decide
    assert {p.name: p.detail for p in profile.probes}["battery"].startswith("timeout")
