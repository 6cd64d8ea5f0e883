"""`detect --json` documents, hand-written `--hardware` files, and what-if profiles."""

from __future__ import annotations

import json

import pytest

from advisor.core.hardware import detect
from advisor.core.hardware.gpu_table import lookup_gpu
from advisor.core.hardware.profile_io import (
    HardwareFileError,
    assumed_available_bytes,
    load_profile,
    profile_to_dict,
    what_if,
)
from advisor.core.names import UnknownNameError
from advisor.core.types import GpuVendor
from tests.support.special_files import fifo, needs_fifo

from .conftest import GIB, RTX3060_NVML, RTX4090_NVML, fake_nvml, quick

ISSUE_SHAPE = {
    "ram": {"total_bytes", "available_bytes", "bandwidth_gbps"},
    "cpu": {"brand", "arch", "physical_cores", "logical_cores", "flags"},
    "gpu": {
        "name",
        "vendor",
        "vram_total_bytes",
        "vram_free_bytes",
        "unified_memory",
        "bandwidth_gbps",
        "power_limit_watts",
        "driver",
        "source",
    },
    "os": {"system", "release"},
    "lmstudio": {"home", "models_dir", "models", "disk_free_bytes"},
    "probe": {"name", "ok", "seconds", "detail"},
}


@pytest.fixture
def two_gpu_profile(tmp_path):
    return detect(**quick(tmp_path, nvml=fake_nvml([RTX4090_NVML, RTX3060_NVML]), system="Linux"))


def test_detect_json_has_the_shape_later_issues_rely_on(two_gpu_profile):
    data = json.loads(json.dumps(profile_to_dict(two_gpu_profile)))
    assert list(data)[:1] == ["schema_version"] and data["schema_version"] == 1
    assert ISSUE_SHAPE["ram"] <= data["ram"].keys() and ISSUE_SHAPE["cpu"] <= data["cpu"].keys()
    assert all(ISSUE_SHAPE["gpu"] <= g.keys() for g in data["gpus"]) and len(data["gpus"]) == 2
    assert ISSUE_SHAPE["os"] <= data["os"].keys() and ISSUE_SHAPE["lmstudio"] <= data["lmstudio"].keys()
    assert all(ISSUE_SHAPE["probe"] <= p.keys() for p in data["probes"])
    assert data["gpus"][0]["vendor"] == "nvidia" and data["gpus"][0]["vram_free_bytes"] == RTX4090_NVML["free"]


def test_what_detect_writes_reads_back_unchanged(two_gpu_profile, tmp_path):
    path = tmp_path / "machine.json"
    path.write_text(json.dumps(profile_to_dict(two_gpu_profile)), encoding="utf-8")
    assert load_profile(path) == two_gpu_profile


def test_a_minimal_hand_written_file_is_filled_in():
    profile = load_profile(
        {"ram": {"total_bytes": 32 * GIB}, "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GIB}]}
    )
    (gpu,) = profile.gpus
    assert gpu.vendor is GpuVendor.NVIDIA and gpu.bandwidth_gbps == lookup_gpu("RTX 4070").bandwidth_gbps == 504.2
    assert gpu.board_power_watts == 200 and gpu.vram_free_bytes is None and gpu.source == "file"
    assert profile.ram.available_bytes == assumed_available_bytes(32 * GIB) == 32 * GIB - int(32 * GIB * 0.15)
    assert profile.ram.bandwidth_source == "estimated" and profile.ram.bandwidth_gbps > 0
    assert profile.schema_version == 1


def test_a_what_if_takes_off_the_one_system_reserve_15_percent_at_least_1_gib():
    assert assumed_available_bytes(8 * GIB) == 8 * GIB - int(0.15 * 8 * GIB)  # 6.8 GiB: 7B Q4_K_M fits
    assert assumed_available_bytes(4 * GIB) == 3 * GIB
    assert assumed_available_bytes(128 * GIB) == 120 * GIB  # at most 8 GiB
    assert load_profile({"ram": {"total_bytes": 8 * GIB}, "gpus": []}).ram.available_source == "assumed"


def test_an_apple_chip_needs_no_vram_it_gets_its_share_of_ram():
    profile = load_profile({"ram": {"total_bytes": 64 * GIB}, "gpus": [{"name": "Apple M2 Max"}]})
    (gpu,) = profile.gpus
    assert gpu.unified_memory and gpu.vendor is GpuVendor.APPLE and gpu.vram_total_bytes == 48 * GIB
    assert profile.ram.bandwidth_gbps == 400.0 and profile.ram.bandwidth_source == "table"


def test_a_cpu_only_machine_is_an_empty_gpu_list():
    assert load_profile({"ram": {"total_bytes": 16 * GIB}, "gpus": []}).gpus == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"gpus": []}, "ram: missing"),
        ({"ram": {}, "gpus": []}, "ram.total_bytes: missing"),
        ({"ram": {"total_bytes": 16 * GIB}}, "gpus: missing"),
        ({"ram": {"total_bytes": "16GB"}, "gpus": []}, "ram.total_bytes: must be a positive integer"),
        ({"ram": {"total_bytes": -5}, "gpus": []}, "ram.total_bytes: must be a positive integer"),
        ({"ram": {"total_bytes": True}, "gpus": []}, "ram.total_bytes: must be a positive integer"),
        ({"ram": {"total_bytes": 16 * GIB, "available_bytes": 17 * GIB}, "gpus": []}, "ram.available_bytes"),
        ({"ram": {"total_bytes": 16 * GIB}, "gpus": {"name": "x"}}, "gpus: must be a list"),
        ({"ram": {"total_bytes": 16 * GIB}, "gpus": [{"vram_total_bytes": GIB}]}, "gpus[0].name: missing"),
        # a card the table knows may leave its memory out ("RTX 4090" is 24 GiB); an unknown one may not
        ({"ram": {"total_bytes": 16 * GIB}, "gpus": [{"name": "Acme GPU 9"}]}, "gpus[0].vram_total_bytes: missing"),
        (
            {"ram": {"total_bytes": 16 * GIB}, "gpus": [{"name": "RTX 4090", "vram_total_bytes": -1}]},
            "gpus[0].vram_total_bytes: must be a positive integer",
        ),
        (
            {
                "ram": {"total_bytes": 16 * GIB},
                "gpus": [{"name": "a", "vram_total_bytes": GIB}, {"name": "b", "vram_total_bytes": 0}],
            },
            "gpus[1].vram_total_bytes: must be a positive integer",
        ),
        (
            {"ram": {"total_bytes": 16 * GIB}, "gpus": [{"name": "a", "vram_total_bytes": GIB, "vendor": "3dfx"}]},
            "gpus[0].vendor: must be one of",
        ),
        ({"ram": {"total_bytes": 16 * GIB}, "gpus": [], "schema_version": 7}, "schema_version: 7 is newer"),
        ([1, 2], "the file: must be an object"),
        ({"ram": {"total_bytes": 1e300}, "gpus": []}, "ram.total_bytes: far more than any computer has"),
        (
            {"ram": {"total_bytes": 16 * GIB}, "gpus": [{"name": "RTX 4090", "vram_total_bytes": 2**70}]},
            "gpus[0].vram_total_bytes: far more than any computer has",
        ),
    ],
)
def test_malformed_profiles_name_the_field(data, message):
    with pytest.raises(HardwareFileError) as exc:
        load_profile(data)
    assert str(exc.value).startswith(message) and "\n" not in str(exc.value)
    assert isinstance(exc.value, ValueError)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # a size typed in gigabytes: read as 16 bytes, it advised "nothing runs" without a word
        (
            {"ram": {"total_bytes": 16}, "gpus": []},
            "ram.total_bytes: 16 bytes is too little memory; sizes are in bytes",
        ),
        (
            {"ram": {"total_bytes": 16 * GIB}, "gpus": [{"name": "Acme GPU 9", "vram_total_bytes": 12288}]},
            "gpus[0].vram_total_bytes: 12288 bytes is too little memory",
        ),
        # an integer too large for a float: "unexpected error: OverflowError", exit 1
        ({"ram": {"total_bytes": 16 * GIB, "bandwidth_gbps": 10**400}, "gpus": []}, "ram.bandwidth_gbps: must be"),
        # more digits than Python prints: "... use sys.set_int_max_str_digits()"
        ({"ram": {"total_bytes": 10**5000}, "gpus": []}, "ram.total_bytes: far more than any computer has"),
        # the file's own words: true and null, not Python's True and None
        ({"ram": {"total_bytes": True}, "gpus": []}, "ram.total_bytes: must be a positive integer (got true)"),
    ],
)
def test_sizes_in_other_units_and_numbers_beyond_a_float_are_refused_in_the_files_words(data, message):
    with pytest.raises(HardwareFileError) as exc:
        load_profile(data)
    said = str(exc.value)
    assert said.startswith(message) and "\n" not in said and len(said) < 300, said
    assert "True" not in said and "sys." not in said


def test_an_integrated_gpus_small_carve_out_is_read_back_as_detect_wrote_it():
    """Windows detection keeps an APU's BIOS carve-out (32 MiB) as its memory; the 64 MiB floor for sizes typed in
    GB refused `detect --json`'s own file. It holds for a card with memory of its own only."""
    data = {
        "ram": {"total_bytes": 16 * GIB},
        "gpus": [{"name": "AMD Radeon(TM) Graphics", "vram_total_bytes": 32 * 2**20, "unified_memory": True}],
    }
    assert load_profile(data).gpus[0].vram_total_bytes == 32 * 2**20


def test_a_file_saved_by_windows_powershell_in_utf16_is_read(two_gpu_profile, tmp_path):
    # `llm-advisor detect --json > pc.json` in Windows PowerShell 5 writes UTF-16 LE with a BOM
    path = tmp_path / "pc.json"
    path.write_text(json.dumps(profile_to_dict(two_gpu_profile)), encoding="utf-16")
    assert load_profile(path) == two_gpu_profile
    path.write_bytes(b"\xff\xfe\x00garbage")  # a BOM but broken text: still one clear error
    with pytest.raises(HardwareFileError):
        load_profile(path)


def test_a_file_that_is_not_json_says_where(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"ram": {"total_bytes": 1}\n', encoding="utf-8")
    with pytest.raises(HardwareFileError, match=r"not valid JSON at line 2"):
        load_profile(path)
    with pytest.raises(HardwareFileError, match="file not found"):
        load_profile(tmp_path / "missing.json")


@pytest.mark.parametrize("size", ["32GB", "32 GiB", "16gb"])
def test_a_size_written_with_its_unit_says_sizes_are_bytes(tmp_path, size):
    """Newcomer round: `"total_bytes": 32GB` was "a comma is missing there", and the person looked for a comma."""
    path = tmp_path / "pc.json"
    path.write_text('{"ram": {"total_bytes": ' + size + "}}", encoding="utf-8")
    with pytest.raises(HardwareFileError) as raised:
        load_profile(path)
    said = str(raised.value)  # the English sentence
    assert "followed by a unit" in said and "17179869184" in said and "comma" not in said
    path.write_text('{"ram": {"bandwidth_gbps": 120GB/s}}', encoding="utf-8")  # not a size: no bytes to give
    with pytest.raises(HardwareFileError, match="bandwidth_gbps takes the number alone") as raised:
        load_profile(path)
    assert "bytes" not in str(raised.value)
    path.write_text('{"ram": {"total_bytes": 3 "gpus": []}}', encoding="utf-8")  # a real missing comma still is one
    with pytest.raises(HardwareFileError, match="a comma is missing there"):
        load_profile(path)


@needs_fifo
def test_a_named_pipe_or_a_device_is_not_read(tmp_path):
    named_pipe = r"^cannot read the file: it is a named pipe, not a file$"
    with fifo(tmp_path / "pc.json") as pipe, pytest.raises(HardwareFileError, match=named_pipe):
        load_profile(pipe)  # reading it blocked until someone wrote to it
    with pytest.raises(HardwareFileError, match=r"it is a device, not a file"):
        load_profile("/dev/null")  # /dev/zero, the same kind of file, was read until memory ran out
    with pytest.raises(HardwareFileError, match=r"it is a folder"):
        load_profile(tmp_path)


def test_what_if_swaps_ram_and_gpus_for_the_gui(two_gpu_profile):
    changed = what_if(two_gpu_profile, ram_total_bytes=64 * GIB, gpus=[lookup_gpu("RTX 3090"), "RTX 4060 Ti"])
    assert changed.ram.total_bytes == 64 * GIB and changed.ram.available_bytes == assumed_available_bytes(64 * GIB)
    assert [(g.name, g.vram_total_bytes, g.source) for g in changed.gpus] == [
        ("GeForce RTX 3090", 24 * GIB, "what-if"),
        ("GeForce RTX 4060 Ti 8 GB", 8 * GIB, "what-if"),
    ]
    assert changed.cpu == two_gpu_profile.cpu and changed.probes == ()
    assert what_if(two_gpu_profile, gpus=[]).gpus == ()
    with pytest.raises(UnknownNameError) as exc:  # a ValueError too
        what_if(two_gpu_profile, gpus=["Voodoo 5"])
    assert exc.value.kind == "gpu" and exc.value.name == "Voodoo 5"
    with pytest.raises(UnknownNameError) as exc:
        what_if(two_gpu_profile, gpus=["RTX 4099"])
    assert exc.value.suggestions[0] == "GeForce RTX 4090"


def test_what_if_an_apple_machine_with_more_memory_grows_the_gpu_share():
    mac = load_profile({"ram": {"total_bytes": 32 * GIB}, "gpus": [{"name": "Apple M2 Max"}]})
    bigger = what_if(mac, ram_total_bytes=96 * GIB)
    assert bigger.gpus[0].vram_total_bytes == 72 * GIB and bigger.ram.bandwidth_gbps == 400.0


def test_a_card_the_table_knows_may_leave_its_memory_out():
    profile = load_profile({"ram": {"total_bytes": 64 * GIB}, "gpus": [{"name": "3090"}]})
    assert profile.gpus[0].vram_total_bytes == 24 * GIB and profile.gpus[0].bandwidth_gbps == 936.2


def test_an_edited_bandwidth_in_a_detect_file_is_taken_as_stated():
    edited = load_profile(
        {"ram": {"total_bytes": 16 * GIB, "bandwidth_gbps": 100, "bandwidth_source": "estimated"}, "gpus": []}
    )
    assert edited.ram.bandwidth_gbps == 100 and edited.ram.bandwidth_source == "file"


def test_a_mac_described_by_its_gpu_alone_runs_on_its_chip_not_a_pc_processor():
    """{"gpus": [{"name": "Apple M2"}]} with no cpu block (the short form a newcomer writes for a MacBook Air): the
    processor is the M2 itself (arm64, NEON), as with "cpu": {"brand": "Apple M2"} — a typical x86 PC's processor
    made the engine run Llama 3.1 8B on the CPU and recommend 7B where the same Mac described fully gets 13B."""
    from advisor.core.sizing import recommend

    short = load_profile({"ram": {"total_bytes": 16 * 2**30}, "gpus": [{"name": "Apple M2"}]})
    full = load_profile(
        {"ram": {"total_bytes": 16 * 2**30}, "cpu": {"brand": "Apple M2"}, "gpus": [{"name": "Apple M2"}]}
    )
    assert (short.cpu.brand, short.cpu.arch) == ("Apple M2", "arm64")
    advice = [(r.tier, r.model, r.quant, r.fit, r.tokens_per_second) for r in map(recommend, (short, full))]
    assert advice[0] == advice[1] and advice[0][0] == "13B"
    # a PC's file with a stated processor keeps it
    pc = load_profile({"ram": {"total_bytes": 16 * 2**30}, "cpu": {"brand": "Intel Core i5-1135G7"}, "gpus": []})
    assert pc.cpu.brand == "Intel Core i5-1135G7"


@pytest.mark.parametrize(
    ("written", "system", "release"),
    [
        ("Windows 11", "Windows", "11"),
        ({"system": "windows"}, "Windows", ""),
        ({"system": "Win10"}, "Windows", "10"),
        ({"system": "macOS", "release": "14.5"}, "Darwin", "14.5"),
        ("Mac OS X 10.15", "Darwin", "10.15"),
        ({"system": "Ubuntu 22.04"}, "Linux", "Ubuntu 22.04"),
        ("Linux", "Linux", ""),
        ("FreeBSD", "FreeBSD", ""),
        # code review: Windows' own %OS% and platform tags; a word that only starts like a system is none
        ("Windows_NT", "Windows", ""),
        ("win32", "Windows", ""),
        ("darwinian", "darwinian", ""),
        ("Winter", "Winter", ""),
    ],
)
def test_a_system_is_read_as_people_write_it(written, system, release):
    # newcomer round: "Windows 11" was shown as Windows by `detect` and sized with Linux's thread rule
    profile = load_profile({"ram": {"total_bytes": 8 * GIB}, "gpus": [], "os": written})
    assert (profile.os.system, profile.os.release) == (system, release)


def test_windows_written_any_way_gets_windows_threads_and_a_cpu_may_be_given_by_name():
    from advisor.core.sizing import recommend

    laptop = {"ram": {"total_bytes": 8 * GIB}, "cpu": {"name": "Intel Core i5-1235U"}, "gpus": []}
    speeds = {
        str(written): recommend(load_profile({**laptop, "os": written})).tokens_per_second
        for written in ("Windows", "Windows 11", {"system": "windows 11"}, None)
    }
    # llama.cpp's default threads on Windows are every core; elsewhere the performance cores: a 2+8 hybrid decodes
    # faster with all ten
    assert speeds["Windows"] == speeds["Windows 11"] == speeds[str({"system": "windows 11"})] > speeds["None"]
    # the processor named under "name", as GPUs are, is the one the estimate uses (its family's memory)
    said = recommend(load_profile({**laptop, "os": "Windows"}))
    assert any(a.code == "assume_ram_bandwidth" and a.values.get("basis") == "cpu_family" for a in said.assumptions)


def test_an_os_that_is_neither_text_nor_an_object_is_refused():
    with pytest.raises(HardwareFileError) as caught:
        load_profile({"ram": {"total_bytes": 8 * GIB}, "gpus": [], "os": 11})
    assert caught.value.values["field"] == "os"
