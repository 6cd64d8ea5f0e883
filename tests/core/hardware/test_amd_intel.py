"""AMD and Intel on Linux: fixture trees that copy the real /sys layout, rocm-smi and amd-smi JSON."""

from __future__ import annotations

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.gpu.amd import parse_amd_smi, probe_amd_smi, probe_amd_sysfs, probe_rocm_smi
from advisor.core.hardware.gpu.intel import probe_intel_sysfs
from advisor.core.hardware.runner import ProbeError
from advisor.core.types import GpuVendor

from .conftest import DATA, GIB, quick, replay

AMD_SYS = DATA / "linux-amd" / "sys"
INTEL_SYS = DATA / "linux-intel" / "sys"
PCI_IDS = [DATA / "pci.ids"]
ROCM_ARGS = "rocm-smi --showproductname --showmeminfo vram --showbus --json"
AMD_SMI_ARGS = "amd-smi static --asic --vram --bus --json"


def test_amdgpu_sysfs_lists_each_card_with_total_and_free_vram():
    cards = probe_amd_sysfs(sysfs_root=AMD_SYS, pci_ids=PCI_IDS)
    assert [(c.gpu.name, c.gpu.vram_total_bytes, c.gpu.vram_free_bytes) for c in cards] == [
        ("AMD Radeon RX 7900 XTX", 25753026560, 25753026560 - 1408360448),
        ("AMD Radeon RX 6800/6800 XT / 6900 XT", 17163091968, 17163091968),
    ]
    assert [c.bus_id for c in cards] == ["0000:03:00.0", "0000:0d:00.0"]
    assert cards[0].gpu.power_limit_watts == 327.0 and cards[0].gpu.driver == "amdgpu"
    # three boards share that chip and 16 GB: no guess at the name, but their common bandwidth is known
    assert cards[1].gpu.bandwidth_gbps == 512.0


def test_amd_probe_ignores_nvidia_and_intel_cards_connectors_and_render_nodes():
    cards = probe_amd_sysfs(sysfs_root=AMD_SYS, pci_ids=PCI_IDS)
    assert all(c.gpu.vendor is GpuVendor.AMD for c in cards) and len(cards) == 2


def test_without_pci_ids_the_card_is_named_by_its_device_id():
    cards = probe_amd_sysfs(sysfs_root=AMD_SYS, pci_ids=[])
    assert cards[0].gpu.name == "AMD GPU 0x744c" and cards[0].gpu.vram_total_bytes == 25753026560


def test_a_machine_without_drm_cards_gives_a_reason(tmp_path):
    with pytest.raises(ProbeError, match="not-found"):
        probe_amd_sysfs(sysfs_root=tmp_path)


def test_rocm_smi_json_names_the_board_by_vram_and_reads_memory():
    (card,) = probe_rocm_smi(runner=replay({ROCM_ARGS: DATA / "rocm-smi.json"}))
    assert (card.gpu.name, card.gpu.vram_total_bytes, card.gpu.vram_free_bytes) == (
        "AMD Radeon RX 7900 XTX",
        25753026560,
        25753026560 - 1408360448,
    )
    assert card.bus_id == "0000:03:00.0" and card.gpu.bandwidth_gbps == 960.0


def test_amd_smi_json_reads_market_name_and_vram_size():
    (card,) = probe_amd_smi(runner=replay({AMD_SMI_ARGS: DATA / "amd-smi.json"}))
    assert (card.gpu.name, card.gpu.vram_total_bytes, card.bus_id) == (
        "AMD Radeon RX 7900 XTX",
        24560 * 2**20,
        "0000:03:00.0",
    )


def test_amd_smi_garbage_is_a_reason():
    with pytest.raises(ProbeError, match="bad-output"):
        parse_amd_smi("amd-smi: command failed")


def test_sysfs_and_rocm_smi_seeing_the_same_card_list_it_once(tmp_path):
    runner = replay({ROCM_ARGS: DATA / "rocm-smi.json", AMD_SMI_ARGS: DATA / "amd-smi.json"})
    profile = detect(**quick(tmp_path, runner=runner, sysfs_root=AMD_SYS, system="Linux"))
    assert [(g.name, g.source) for g in profile.gpus] == [
        ("AMD Radeon RX 7900 XTX", "sysfs"),
        ("AMD Radeon RX 6800/6800 XT / 6900 XT", "sysfs"),
    ]
    assert profile.gpus[0].bandwidth_gbps == 960.0 and profile.gpus[0].board_power_watts == 355


def test_intel_arc_on_xe_reads_vram_from_the_tile_and_on_i915_from_the_table():
    cards = probe_intel_sysfs(sysfs_root=INTEL_SYS, pci_ids=PCI_IDS)
    assert [(c.gpu.name, c.gpu.vram_total_bytes, c.gpu.driver) for c in cards] == [
        ("Intel Arc A770", 17163091968, "xe"),
        ("Intel Arc B580", 12 * GIB, "i915"),
    ]


def test_intel_arc_is_known_without_pci_ids_and_integrated_graphics_are_skipped():
    assert [c.gpu.name for c in probe_intel_sysfs(sysfs_root=INTEL_SYS, pci_ids=[])] == [
        "Intel Arc A770",
        "Intel Arc B580",
    ]
    with pytest.raises(ProbeError, match="not-found"):  # the AMD machine's only Intel device is an iGPU
        probe_intel_sysfs(sysfs_root=AMD_SYS, pci_ids=PCI_IDS)
