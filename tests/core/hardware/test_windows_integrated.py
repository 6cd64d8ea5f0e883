"""Integrated graphics on Windows, as the registry lists them: told by what they are, not by the BIOS's carve-out.

A Ryzen 5 5500U laptop's "AMD Radeon(TM) Graphics" has 512 MiB set aside by the BIOS; llama.cpp's Vulkan backend
(LM Studio's runtime there) gives an integrated GPU every memory heap, Windows' shared GPU memory included, so the
verdict must not change with that BIOS setting, and `detect`, `recommend` and the app must say one usable figure.
The registry values are what `read_display_adapters()` returns on such machines (names, PCI ids, memory sizes)."""

from __future__ import annotations

import dataclasses
import json
import re
from types import SimpleNamespace

import pytest

from advisor.cli.main import main
from advisor.core.hardware import detect
from advisor.core.hardware.gpu import is_integrated_gpu_name
from advisor.core.hardware.gpu.windows import probe_windows_registry
from advisor.core.hardware.profile_io import load_profile, profile_to_dict
from advisor.core.hardware.runner import ProbeError
from advisor.core.sizing import recommend
from advisor.core.sizing.machine import integrated_gpu_memory, machine_from_profile
from advisor.core.sizing.speed import gpu_tflops
from advisor.core.types import FitLevel, GpuVendor

from .conftest import GIB, MIB, quick

RAM_TOTAL = 16475176960  # what Windows reports for 16 GB with the 512 MiB carve-out taken
RAM_FREE = 8804682752
RYZEN_5500U = {"brand_raw": "AMD Ryzen 5 5500U with Radeon Graphics", "arch": "X86_64", "flags": ["avx", "avx2", "fma"]}
I5_10210U = {
    "brand_raw": "Intel(R) Core(TM) i5-10210U CPU @ 1.60GHz",
    "arch": "X86_64",
    "flags": ["avx", "avx2", "fma"],
}


def radeon(carve_out: int) -> dict:
    """The 5500U's Vega 7 (Lucienne, PCI 1002:164C) as the AMD driver writes it."""
    return {
        "DriverDesc": "AMD Radeon(TM) Graphics",
        "DriverVersion": "31.0.21921.1000",
        "MatchingDeviceId": "PCI\\VEN_1002&DEV_164C&REV_C1",
        "HardwareInformation.qwMemorySize": carve_out,
        "HardwareInformation.AdapterString": "AMD Radeon(TM) Graphics",
    }


INTEL_UHD = {
    "DriverDesc": "Intel(R) UHD Graphics",
    "DriverVersion": "31.0.101.2125",
    "MatchingDeviceId": "pci\\ven_8086&dev_9b41",
    "HardwareInformation.qwMemorySize": 128 * MIB,
}
BASIC_DISPLAY = {  # Windows' own driver on a GPU whose driver is missing: matched by the display class alone
    "DriverDesc": "Microsoft Basic Display Adapter",
    "DriverVersion": "10.0.22621.1",
    "MatchingDeviceId": "PCI\\CC_0300",
    "HardwareInformation.qwMemorySize": 2 * GIB,
}
REMOTE_DISPLAY = {
    "DriverDesc": "Microsoft Remote Display Adapter",
    "MatchingDeviceId": "SWD\\RemoteDisplayEnum\\RdpIdd_IndirectDisplay",
    "HardwareInformation.MemorySize": (1 * GIB).to_bytes(4, "little"),
}
RTX_4060_LAPTOP = {
    "DriverDesc": "NVIDIA GeForce RTX 4060 Laptop GPU",
    "DriverVersion": "32.0.15.6094",
    "MatchingDeviceId": "pci\\ven_10de&dev_28a0",
    "HardwareInformation.qwMemorySize": 8 * GIB,
}


def _windows(tmp_path, adapters: list[dict], cpu: dict = RYZEN_5500U, cores: tuple[int, int] = (6, 12)):
    memory = SimpleNamespace(total=RAM_TOTAL, available=RAM_FREE)
    return detect(
        **quick(
            tmp_path,
            system="Windows",
            read_registry=lambda: adapters,
            cpuinfo=lambda: cpu,
            cpu_cores=lambda: cores,
            virtual_memory=lambda: memory,
        )
    )


def test_the_5500us_radeon_with_512_mib_set_aside_is_found_as_integrated_graphics(tmp_path):
    profile = _windows(tmp_path, [radeon(512 * MIB), BASIC_DISPLAY])
    (gpu,) = profile.gpus
    assert (gpu.name, gpu.vendor, gpu.unified_memory) == ("AMD Radeon(TM) Graphics", GpuVendor.AMD, True)
    (device,) = machine_from_profile(profile, calibrated=False).gpus
    # it may use Windows' shared GPU memory, many times its carve-out
    assert device.shared and device.budget_bytes > 8 * gpu.vram_total_bytes


def test_the_verdict_does_not_depend_on_the_bios_carve_out(tmp_path):
    """512 MiB or 2 GiB set aside in the BIOS: the same GPU, the same shared memory, the same advice."""
    small = recommend(_windows(tmp_path, [radeon(512 * MIB)]))
    large = recommend(_windows(tmp_path, [radeon(2 * GIB)]))
    assert (small.tier, small.model, small.quant, small.fit, small.tokens_per_second) == (
        large.tier,
        large.model,
        large.quant,
        large.fit,
        large.tokens_per_second,
    )
    assert small.budget is not None and large.budget is not None
    assert small.budget.gpu_bytes == large.budget.gpu_bytes > 2 * GIB


def test_the_engine_runs_the_5500u_on_whichever_of_its_radeon_and_its_processor_is_faster(tmp_path):
    """The processor-beside-a-slower-integrated-GPU rule, on this laptop: the advice is never slower than running on
    the processor alone, and the Radeon's compute is what speeds up reading a document."""
    with_gpu = _windows(tmp_path, [radeon(512 * MIB)])
    cpu_only = dataclasses.replace(with_gpu, gpus=())
    rec, alone = recommend(with_gpu), recommend(cpu_only)
    assert rec.tokens_per_second is not None and alone.tokens_per_second is not None
    assert (rec.tier, rec.model) == (alone.tier, alone.model)
    assert rec.tokens_per_second >= alone.tokens_per_second
    if rec.fit == FitLevel.CPU_ONLY:  # told why, and how to load it
        assert "shared_gpu_slower" in [r.code for r in rec.reasons]
    else:
        assert rec.tokens_per_second > alone.tokens_per_second
    assert rec.prompt_tokens_per_second and alone.prompt_tokens_per_second
    assert rec.prompt_tokens_per_second > alone.prompt_tokens_per_second


def test_its_assumed_compute_is_listed_with_the_field_that_corrects_it(tmp_path, capsys):
    profile = _windows(tmp_path, [radeon(512 * MIB)])
    (device,) = machine_from_profile(profile, calibrated=False).gpus
    rec = recommend(profile)
    assumed = [a for a in rec.assumptions if a.code == "assume_gpu_tflops"]
    assert [(a.values["gpu"], a.values["tflops"], a.values["basis"]) for a in assumed] == [
        ("AMD Radeon(TM) Graphics", gpu_tflops(device), "integrated")
    ]
    path = tmp_path / "laptop.json"
    data = profile_to_dict(profile)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["recommend", "--hardware", str(path), "--lang", "en"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "TFLOPS" in x)
    assert "AMD Radeon(TM) Graphics is not in our table" in line and "gpus[].fp32_tflops" in line
    # giving the Vega 7's real rate replaces the assumption, and the prompt speed follows it
    data["gpus"][0]["fp32_tflops"] = 1.6
    corrected = recommend(load_profile(data))
    assert "assume_gpu_tflops" not in [a.code for a in corrected.assumptions]
    assert corrected.prompt_tokens_per_second != rec.prompt_tokens_per_second


@pytest.mark.parametrize("carve_out", [512 * MIB, 2 * GIB])
def test_detect_recommend_and_the_file_say_one_usable_figure(tmp_path, capsys, carve_out):
    profile = _windows(tmp_path, [radeon(carve_out)])
    path = tmp_path / "laptop.json"
    path.write_text(json.dumps(profile_to_dict(profile)), encoding="utf-8")
    assert main(["detect", "--hardware", str(path), "--lang", "en"]) == 0
    gpu_row = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("GPU"))
    assert main(["recommend", "--hardware", str(path), "--lang", "en"]) == 0
    budget = re.search(r"Integrated graphics: shares the system RAM, up to ([\d.]+ GiB)", capsys.readouterr().out)
    assert budget is not None
    assert f"sharing the system RAM, up to {budget[1]} for a model" in gpu_row
    assert "512 MiB" not in gpu_row and "usable of unified memory" not in gpu_row
    (usable,) = integrated_gpu_memory(load_profile(path))
    assert usable == recommend(load_profile(path)).budget.gpu_bytes  # type: ignore[union-attr]


def test_an_intel_uhd_is_integrated_graphics_whatever_its_small_carve_out(tmp_path):
    profile = _windows(tmp_path, [INTEL_UHD], cpu=I5_10210U, cores=(4, 8))
    (gpu,) = profile.gpus
    assert (gpu.name, gpu.vendor, gpu.unified_memory) == ("Intel(R) UHD Graphics", GpuVendor.INTEL, True)
    (device,) = machine_from_profile(profile, calibrated=False).gpus
    assert device.shared and device.budget_bytes > 8 * gpu.vram_total_bytes
    # an Intel adapter under 1 GiB is integrated even where its name is one the list does not know
    (odd,) = probe_windows_registry(read_adapters=lambda: [{**INTEL_UHD, "DriverDesc": "Intel(R) Graphics Family"}])
    assert odd.gpu.unified_memory


def test_integrated_graphics_whose_driver_writes_no_memory_value_are_still_found(tmp_path):
    """Some drivers write no HardwareInformation.qwMemorySize / MemorySize for an APU's graphics: what it may use is
    the shared memory all the same, so the laptop gets the same advice as with a 512 MiB carve-out — never "no
    graphics"; a card without a memory value is still not listed (its own memory is what sizes it)."""
    bare = {k: v for k, v in radeon(512 * MIB).items() if k != "HardwareInformation.qwMemorySize"}
    without, with_carve_out = _windows(tmp_path, [bare]), _windows(tmp_path, [radeon(512 * MIB)])
    (gpu,) = without.gpus
    assert (gpu.name, gpu.unified_memory) == ("AMD Radeon(TM) Graphics", True)
    # the stand-in a hardware file without a carve-out gets: a saved `detect --json` reads back as the same machine
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(profile_to_dict(without)), encoding="utf-8")
    assert load_profile(path).gpus[0].vram_total_bytes == gpu.vram_total_bytes > 0
    assert integrated_gpu_memory(without) == integrated_gpu_memory(with_carve_out)
    a, b = recommend(without), recommend(with_carve_out)
    assert (a.tier, a.model, a.quant, a.fit, a.tokens_per_second) == (
        b.tier,
        b.model,
        b.quant,
        b.fit,
        b.tokens_per_second,
    )
    card = {k: v for k, v in RTX_4060_LAPTOP.items() if k != "HardwareInformation.qwMemorySize"}
    assert _windows(tmp_path, [card]).gpus == ()


def test_microsofts_basic_and_remote_display_adapters_are_never_gpus():
    with pytest.raises(ProbeError, match="not-found"):
        probe_windows_registry(read_adapters=lambda: [BASIC_DISPLAY, REMOTE_DISPLAY])
    hyper_v = {"DriverDesc": "Microsoft Hyper-V Video", "HardwareInformation.qwMemorySize": 2 * GIB}
    vmware = {
        "DriverDesc": "VMware SVGA 3D",
        "MatchingDeviceId": "PCI\\VEN_15AD&DEV_0405",
        "HardwareInformation.qwMemorySize": 4 * GIB,
    }
    with pytest.raises(ProbeError, match="not-found"):
        probe_windows_registry(read_adapters=lambda: [hyper_v, vmware])


def test_a_laptops_integrated_graphics_beside_its_card_are_left_to_the_card(tmp_path, capsys):
    """llama.cpp adds integrated GPUs only when it finds no discrete one: the RTX runs the models, alone."""
    profile = _windows(tmp_path, [RTX_4060_LAPTOP, INTEL_UHD, BASIC_DISPLAY], cpu=I5_10210U, cores=(4, 8))
    assert [(g.name, g.unified_memory) for g in profile.gpus] == [("NVIDIA GeForce RTX 4060 Laptop GPU", False)]
    # the same machine described with both (Linux lists an APU beside a card; a hand-written file may too)
    both = dataclasses.replace(
        profile, gpus=(*profile.gpus, *_windows(tmp_path, [INTEL_UHD], cpu=I5_10210U, cores=(4, 8)).gpus)
    )
    card, pooled = machine_from_profile(profile, calibrated=False), machine_from_profile(both, calibrated=False)
    assert [d.name for d in pooled.gpus] == ["NVIDIA GeForce RTX 4060 Laptop GPU"]
    assert pooled.gpu_budget_bytes == card.gpu_budget_bytes
    assert recommend(both).tokens_per_second == recommend(profile).tokens_per_second
    path = tmp_path / "both.json"
    path.write_text(json.dumps(profile_to_dict(both)), encoding="utf-8")
    assert main(["detect", "--hardware", str(path), "--lang", "en"]) == 0
    uhd_row = next(x for x in capsys.readouterr().out.splitlines() if "UHD" in x)
    assert "unused beside the graphics card" in uhd_row


def test_a_discrete_card_alone_keeps_its_own_memory(tmp_path):
    profile = _windows(tmp_path, [RTX_4060_LAPTOP], cpu=I5_10210U, cores=(4, 8))
    (gpu,) = profile.gpus
    assert not gpu.unified_memory and gpu.vram_total_bytes == 8 * GIB
    assert integrated_gpu_memory(profile) == (None,)
    (device,) = machine_from_profile(profile, calibrated=False).gpus
    assert not device.shared and device.budget_bytes < gpu.vram_total_bytes


@pytest.mark.parametrize(
    ("name", "integrated"),
    [
        ("AMD Radeon(TM) RX Vega 10 Graphics", True),  # Raven Ridge (Ryzen 5 2500U)
        ("AMD Radeon(TM) R7 Graphics", True),  # an A10's APU
        ("Intel(R) Iris(R) Plus Graphics", True),  # Ice Lake
        ("Intel(R) Iris(R) Pro Graphics 580", True),
        ("Radeon RX Vega 64", False),
        ("AMD Radeon R7 200 Series", False),
        ("Intel(R) Arc(TM) A770 Graphics", False),
    ],
)
def test_older_integrated_names_are_told_from_cards(name, integrated):
    assert is_integrated_gpu_name(name) is integrated
