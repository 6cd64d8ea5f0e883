"""Energy meters read counters from fixture trees with the real /sys/class/powercap layout and a fake NVML."""

from __future__ import annotations

from pathlib import Path

from advisor.core.hardware.power import open_energy_meter, open_nvml_meter, open_rapl_meter


def _zone(root: Path, name: str, label: str, energy_uj: int, max_uj: int = 262_143_328_850) -> Path:
    zone = root / name
    zone.mkdir(parents=True)
    (zone / "name").write_text(label + "\n")
    (zone / "energy_uj").write_text(f"{energy_uj}\n")
    (zone / "max_energy_range_uj").write_text(f"{max_uj}\n")
    (zone / "enabled").write_text("1\n")
    return zone


def _powercap(tmp_path: Path) -> Path:
    """intel-rapl:0 (package-0) with its core sub-zone inside, intel-rapl:1 (package-1), and the mmio twin."""
    root = tmp_path / "sys/class/powercap"
    _zone(root, "intel-rapl:0", "package-0", 1_000_000)
    _zone(root, "intel-rapl:0:0", "core", 400_000)
    _zone(root, "intel-rapl:1", "package-1", 5_000_000)
    _zone(root, "intel-rapl-mmio:0", "package-0", 1_000_000)
    (root / "intel-rapl").mkdir()  # the control type directory itself
    return root


def _set(root: Path, zone: str, energy_uj: int) -> None:
    (root / zone / "energy_uj").write_text(f"{energy_uj}\n")


def test_rapl_sums_package_zones_only(tmp_path):
    root = _powercap(tmp_path)
    meter = open_rapl_meter(root)
    assert meter is not None and meter.read_joules() == 0.0
    _set(root, "intel-rapl:0", 3_500_000)  # +2.5 J
    _set(root, "intel-rapl:0:0", 900_000)  # sub-zone: already inside the package, not added again
    _set(root, "intel-rapl:1", 6_000_000)  # +1 J
    assert meter.read_joules() == 3.5


def test_rapl_counter_wrapping_at_its_max_range_is_not_a_negative_energy(tmp_path):
    root = tmp_path / "powercap"
    _zone(root, "intel-rapl:0", "package-0", 999_000_000, max_uj=1_000_000_000)
    meter = open_rapl_meter(root)
    assert meter is not None
    _set(root, "intel-rapl:0", 2_000_000)  # wrapped: 1 J to the top, then 2 J
    assert meter.read_joules() == 3.0
    _set(root, "intel-rapl:0", 4_000_000)
    assert meter.read_joules() == 5.0


def test_rapl_is_absent_without_readable_zones(tmp_path):
    assert open_rapl_meter(tmp_path / "missing") is None
    root = tmp_path / "powercap"
    zone = _zone(root, "intel-rapl:0", "package-0", 1)
    (zone / "energy_uj").unlink()  # what a non-root user effectively sees: the counter cannot be read
    assert open_rapl_meter(root) is None


class _NvmlError(Exception):
    pass


class _FakeNvml:
    """pynvml's calls as used: counters in millijoules; a pre-Volta GPU raises NotSupported."""

    def __init__(self, counters_mj: dict[str, int | None]) -> None:
        self.counters_mj = counters_mj

    def nvmlDeviceGetTotalEnergyConsumption(self, handle: str) -> int:
        value = self.counters_mj[handle]
        if value is None:
            raise _NvmlError("Not Supported")
        return value


def test_nvml_reads_millijoule_counters_of_gpus_that_have_them():
    nvml = _FakeNvml({"gpu0": 10_000, "gpu1": None})
    meter = open_nvml_meter(nvml, ["gpu0", "gpu1"])
    assert meter is not None
    nvml.counters_mj["gpu0"] = 260_000
    assert meter.read_joules() == 250.0


def test_no_meter_when_nothing_can_be_read(tmp_path):
    assert open_nvml_meter(_FakeNvml({"gpu0": None}), ["gpu0"]) is None
    assert open_energy_meter(nvml=_FakeNvml({}), nvml_handles=[], powercap_root=tmp_path) is None


def test_gpu_and_cpu_meters_add_up(tmp_path):
    root = _powercap(tmp_path)
    nvml = _FakeNvml({"gpu0": 0})
    meter = open_energy_meter(nvml=nvml, nvml_handles=["gpu0"], powercap_root=root)
    assert meter is not None and meter.name == "nvml+rapl"
    nvml.counters_mj["gpu0"] = 5_000
    _set(root, "intel-rapl:0", 2_000_000)
    assert meter.read_joules() == 6.0
