"""Which cores llama.cpp's threads run on: big.LITTLE Arm boards, Intel P-/E-cores and multi-socket servers, read
from fixture trees in the layout of a real /proc/cpuinfo and /sys (tests/data/hardware/{rk3588,alder-lake,dual-xeon})
and from hand-written hardware files, and what that does to the speed the advisor promises."""

from __future__ import annotations

import json

import pytest

from advisor.core.hardware.cache import DiskCache
from advisor.core.hardware.cpu import cpu_info, read_cpu_identity
from advisor.core.hardware.profile_io import HardwareFileError, load_profile
from advisor.core.jsonio import to_jsonable
from advisor.core.sizing import estimate, reasons
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.types import HardwareProfile, ModelSpec, OsInfo

from .conftest import DATA

GIB = 2**30
NO_PY_CPUINFO = {"get_info": lambda: pytest.fail("py-cpuinfo must not be asked"), "use_cache": False}
PHI3 = ModelSpec(parameters=3.82e9, quant="IQ4_XS", file_size_bytes=2_060_000_000)


def _profile(cpu: dict, system: str | None = None, **ram) -> HardwareProfile:
    doc = {"ram": {"total_bytes": 16 * GIB, **ram}, "gpus": [], "cpu": cpu}
    if system:
        doc["os"] = {"system": system, "release": ""}
    return load_profile(doc)


def _detected(board: str, cores: tuple[int, int]) -> dict:
    identity = read_cpu_identity(proc_cpuinfo=DATA / board / "proc" / "cpuinfo", **NO_PY_CPUINFO)
    return json.loads(json.dumps(to_jsonable(cpu_info(identity, cores))))


def _assumed(machine, code):
    return [r for r in machine.assumptions if r.code == code]


def test_an_rk3588_is_classed_by_its_a76_cores_not_the_a55_that_comes_first():
    identity = read_cpu_identity(proc_cpuinfo=DATA / "rk3588" / "proc" / "cpuinfo", **NO_PY_CPUINFO)
    assert identity["brand"] == "Radxa ROCK 5B (4× Cortex-A76 + 4× Cortex-A55)"
    assert (identity["efficiency_cores"], identity["max_mhz"], identity["source"]) == (4, 2400, "proc")
    machine = machine_from_profile(_profile(_detected("rk3588", (8, 8)), "Linux"), calibrated=False)
    assert machine.cpu_class == "neon_dotprod" and machine.cpu_mhz == 2400
    # llama.cpp runs a thread on all 8 cores: 4 at the A76s' rate, 4 slow A55s holding them back
    assert (machine.cpu_cores, machine.cpu_efficiency_cores, machine.cpu_efficiency_class) == (4, 4, "arm_little")
    (said,) = _assumed(machine, reasons.ASSUME_CPU_THREADS)
    assert said.values == {"threads": 8, "performance": 4, "efficiency": 4, "basis": "arm_all_cores"}


def test_an_rk3588_decodes_at_the_measured_share_of_its_big_cores_and_faster_than_little_cores():
    """llama.cpp issue #7176 (Orange Pi 5): 3.84 tokens/s with the default 8 threads, 6.92 on the 4 A76s alone."""
    ram = {"type": "LPDDR4X", "channels": 1}
    board = estimate(PHI3, _profile(_detected("rk3588", (8, 8)), "Linux", **ram), context=512)
    big = _profile({**_detected("rk3588", (8, 8)), "physical_cores": 4, "efficiency_cores": 0}, "Linux", **ram)
    alone = estimate(PHI3, big, context=512)
    little = _profile({**_detected("rk3588", (8, 8)), "brand": "Cortex-A55", "efficiency_cores": 0}, "Linux", **ram)
    assert board.tokens_per_second / alone.tokens_per_second == pytest.approx(0.55, rel=0.05)
    assert board.tokens_per_second == pytest.approx(3.84, rel=0.25)
    assert board.tokens_per_second > estimate(PHI3, little, context=512).tokens_per_second


def test_intel_e_cores_are_read_from_sysfs_and_left_idle_by_llama_cpp_on_linux():
    identity = read_cpu_identity(proc_cpuinfo=DATA / "alder-lake" / "proc" / "cpuinfo", **NO_PY_CPUINFO)
    assert (identity["efficiency_cores"], identity["sockets"], identity["max_mhz"]) == (8, 1, 4700)
    linux = machine_from_profile(_profile(_detected("alder-lake", (14, 20)), "Linux"), calibrated=False)
    assert (linux.cpu_cores, linux.cpu_efficiency_cores) == (6, 0)
    (said,) = _assumed(linux, reasons.ASSUME_CPU_THREADS)
    assert said.values == {"threads": 6, "performance": 6, "efficiency": 8, "basis": "performance_cores"}


def test_on_windows_llama_cpp_runs_on_the_e_cores_too_and_the_prompt_goes_faster():
    cpu = _detected("alder-lake", (14, 20))
    windows = machine_from_profile(_profile(cpu, "Windows"), calibrated=False)
    assert (windows.cpu_cores, windows.cpu_efficiency_cores, windows.cpu_efficiency_class) == (6, 8, "x86_little")
    on = {system: estimate(PHI3, _profile(cpu, system), context=4096) for system in ("Linux", "Windows")}
    assert on["Windows"].prompt_tokens_per_second > on["Linux"].prompt_tokens_per_second
    # and never as fast as fourteen P-cores would be
    uniform = estimate(PHI3, _profile({**cpu, "efficiency_cores": 0}, "Windows"), context=4096)
    assert on["Windows"].prompt_tokens_per_second < uniform.prompt_tokens_per_second


def test_a_hand_written_hybrid_intel_gets_its_split_from_its_name_and_thread_counts():
    """Core Ultra 7 155H: 6 P-cores (2 threads each) + 10 E-cores = 16 cores, 22 threads; no E-core field given."""
    cpu = {"brand": "Intel(R) Core(TM) Ultra 7 155H", "arch": "x86_64", "physical_cores": 16, "logical_cores": 22}
    machine = machine_from_profile(_profile(cpu), calibrated=False)
    assert (machine.cpu_cores, machine.cpu_efficiency_cores) == (6, 0)
    assert _assumed(machine, reasons.ASSUME_CPU_THREADS)[0].values["efficiency"] == 10
    # a hybrid family's chip without E-cores (i5-12400F: 6 cores, 12 threads) runs on all its cores, nothing said
    plain = {"brand": "Intel(R) Core(TM) i5-12400F", "arch": "x86_64", "physical_cores": 6, "logical_cores": 12}
    machine = machine_from_profile(_profile(plain), calibrated=False)
    assert machine.cpu_cores == 6 and not _assumed(machine, reasons.ASSUME_CPU_THREADS)
    # Lunar Lake has no second thread on its P-cores: the family table's 4 E-cores say it, and llama.cpp's Linux
    # count, which skips the CPU after each P-core as its second thread, gives two of the four a thread
    lunar = {"brand": "Intel(R) Core(TM) Ultra 7 258V", "arch": "x86_64", "physical_cores": 8, "logical_cores": 8}
    assert machine_from_profile(_profile(lunar, "Linux"), calibrated=False).cpu_cores == 2


@pytest.mark.parametrize(("system", "threads", "cores", "efficiency"), [("Linux", 4, 4, 0), ("Windows", 8, 4, 4)])
def test_a_processor_named_alone_gets_its_models_split_of_p_and_e_cores(system, threads, cores, efficiency):
    """A what-if or a hardware file that names an i5-13420H (4 P + 4 E, Intel ark) and no counts: llama.cpp's
    threads are placed as on the real chip — the P-cores on Linux, all eight on Windows — not on 8 cores alike."""
    machine = machine_from_profile(
        _profile({"brand": "13th Gen Intel(R) Core(TM) i5-13420H"}, system), calibrated=False
    )
    assert (machine.cpu_cores, machine.cpu_efficiency_cores) == (cores, efficiency)
    (said,) = _assumed(machine, reasons.ASSUME_CPU_THREADS)
    assert (said.values["threads"], said.values["performance"], said.values["efficiency"]) == (threads, 4, 4)


@pytest.mark.parametrize(
    ("brand", "performance", "efficiency"),
    [
        ("Intel(R) Core(TM) i7-14650HX", 8, 8),  # a gaming laptop's 14th gen HX: was 12 cores alike
        ("Intel(R) Core(TM) Ultra 7 155H", 6, 10),  # Meteor Lake: 8 E-cores and 2 low-power ones
        ("Intel(R) Core(TM) Ultra 9 285K", 8, 16),  # Arrow Lake: no second thread, so only the name can tell
    ],
)
def test_newer_intel_processors_named_alone_get_their_split(brand, performance, efficiency):
    """Chips launched after the ark scrape the family table was checked on (Intel's launch specifications): on
    Linux llama.cpp's threads run on the P-cores alone, as on the real chip."""
    machine = machine_from_profile(_profile({"brand": brand}, "Linux"), calibrated=False)
    assert (machine.cpu_cores, machine.cpu_efficiency_cores) == (performance, 0)
    (said,) = _assumed(machine, reasons.ASSUME_CPU_THREADS)
    assert (said.values["threads"], said.values["performance"], said.values["efficiency"]) == (
        performance,
        performance,
        efficiency,
    )


def test_a_stated_core_count_unlike_the_models_is_not_split_by_its_family():
    """Six cores said of an i5-13400F (a bench row counting its P-cores; a VM) are six cores alike, not the family's
    4 E-cores taken from them (2 P + 4 E would promise half the speed)."""
    cpu = {"brand": "13th Gen Intel(R) Core(TM) i5-13400F", "arch": "x86_64", "physical_cores": 6}
    machine = machine_from_profile(_profile(cpu, "Linux"), calibrated=False)
    assert (machine.cpu_cores, machine.cpu_efficiency_cores) == (6, 0)
    assert not _assumed(machine, reasons.ASSUME_CPU_THREADS)


def test_two_sockets_are_counted_from_proc_cpuinfo_where_the_name_cannot_tell():
    identity = read_cpu_identity(proc_cpuinfo=DATA / "dual-xeon" / "proc" / "cpuinfo", **NO_PY_CPUINFO)
    assert identity["sockets"] == 2
    machine = machine_from_profile(_profile(_detected("dual-xeon", (36, 72)), "Linux"), calibrated=False)
    assert machine.cpu_sockets == 2 and reasons.NOTE_MULTI_SOCKET in machine.notes
    by_name = {**_detected("dual-xeon", (36, 72)), "sockets": None}
    assert machine_from_profile(_profile(by_name, "Linux"), calibrated=False).cpu_sockets == 1


def test_hardware_files_from_before_still_load_and_the_new_fields_round_trip(tmp_path):
    old = {"brand": "Intel(R) Core(TM) i7-12700H", "arch": "x86_64", "physical_cores": 14, "logical_cores": 20}
    profile = _profile(old, "Linux")
    assert (profile.cpu.sockets, profile.cpu.efficiency_cores) == (None, None)
    detected = _profile(_detected("alder-lake", (14, 20)), "Linux")
    again = load_profile(json.loads(json.dumps(to_jsonable(detected))))
    assert (again.cpu.sockets, again.cpu.efficiency_cores) == (1, 8)
    assert again.cpu == detected.cpu and again.os == OsInfo("Linux", "")
    with pytest.raises(HardwareFileError, match=r"cpu\.efficiency_cores"):
        _profile({**old, "efficiency_cores": -1})
    with pytest.raises(HardwareFileError, match=r"cpu\.sockets"):
        _profile({**old, "sockets": 0})


def test_a_cached_detection_and_a_second_read_agree(tmp_path):
    first = read_cpu_identity(proc_cpuinfo=DATA / "rk3588" / "proc" / "cpuinfo", cache=DiskCache(tmp_path))
    second = read_cpu_identity(proc_cpuinfo=DATA / "rk3588" / "proc" / "cpuinfo", cache=DiskCache(tmp_path))
    assert first == second


def _write_cpuinfo(tmp_path, brand: str, flags: str, packages: list[int], max_khz: list[int] | None = None):
    """A /proc/cpuinfo (and cpufreq) tree in the kernel's layout: one block per logical CPU."""
    proc = tmp_path / "proc"
    proc.mkdir(parents=True)
    blocks = [
        f"processor\t: {n}\nvendor_id\t: AuthenticAMD\nmodel name\t: {brand}\nphysical id\t: {pkg}\n"
        f"core id\t\t: {n}\ncpu MHz\t\t: 3000.000\nflags\t\t: {flags}\n"
        for n, pkg in enumerate(packages)
    ]
    (proc / "cpuinfo").write_text("\n".join(blocks) + "\n")
    for n, khz in enumerate(max_khz or []):
        freq = tmp_path / "sys/devices/system/cpu" / f"cpu{n}" / "cpufreq"
        freq.mkdir(parents=True)
        (freq / "cpuinfo_max_freq").write_text(f"{khz}\n")
    return proc / "cpuinfo"


def test_a_virtual_machine_showing_each_vcpu_as_a_socket_is_not_a_multi_socket_server(tmp_path):
    """VMware's one core per socket, QEMU's -smp: four "physical id"s on a Ryzen guest are not four sockets (the
    estimate would take llama.cpp's cross-socket slowdown: 8× too slow)."""
    path = _write_cpuinfo(tmp_path, "AMD Ryzen 7 5800X 8-Core Processor", "fpu sse2 avx2 fma hypervisor", [0, 1, 2, 3])
    identity = read_cpu_identity(proc_cpuinfo=path, **NO_PY_CPUINFO)
    assert "sockets" not in identity
    machine = machine_from_profile(_profile(to_jsonable(cpu_info(identity, (4, 4))), "Linux"), calibrated=False)
    assert machine.cpu_sockets == 1 and reasons.NOTE_MULTI_SOCKET not in machine.notes
    bare = _write_cpuinfo(tmp_path / "metal", "AMD EPYC 9334 32-Core Processor", "fpu sse2 avx2 fma", [0, 1])
    assert read_cpu_identity(proc_cpuinfo=bare, **NO_PY_CPUINFO)["sockets"] == 2  # a real two-socket board


def test_x86_cores_of_two_clocks_are_not_taken_for_intel_e_cores(tmp_path):
    """A Ryzen 5 7545U (2 Zen 4 at 4.9 GHz + 4 Zen 4c at 3.7 GHz): llama.cpp's hybrid rule follows Intel's CPUID
    hybrid bit, so all 6 cores get a thread; no "every other P-core" advice."""
    khz = [4_900_000] * 2 + [3_700_000] * 4
    path = _write_cpuinfo(tmp_path, "AMD Ryzen 5 7545U with Radeon Graphics", "fpu avx2 fma avx512f", [0] * 6, khz)
    identity = read_cpu_identity(proc_cpuinfo=path, **NO_PY_CPUINFO)
    assert "efficiency_cores" not in identity and identity["max_mhz"] == 4900
    machine = machine_from_profile(_profile(to_jsonable(cpu_info(identity, (6, 6))), "Linux"), calibrated=False)
    assert machine.cpu_cores == 6 and not _assumed(machine, reasons.ASSUME_CPU_THREADS)


def test_a_slower_core_count_not_below_the_physical_cores_is_not_believed():
    identity = {"brand": "Some CPU", "arch": "x86_64", "flags": [], "source": "proc", "efficiency_cores": 8}
    assert cpu_info(identity, (6, 12)).efficiency_cores is None  # 8 "slower" of 6 physical: logical CPUs counted


@pytest.mark.parametrize(
    ("brand", "cores", "performance"),
    [("12th Gen Intel(R) Core(TM) i7-1255U", 10, 2), ("13th Gen Intel(R) Core(TM) i3-1315U", 6, 2)],
)
def test_a_thin_laptops_u_chip_named_alone_runs_on_its_two_p_cores_on_linux(brand, cores, performance):
    """Review round 6: the commonest 8-16 GB laptops' U chips (2 P-cores beside 8 or 4 E-cores) were taken for 10 or
    6 cores alike, promising a 15 W chip a faster prompt than a 45 W i5-12450H's."""
    machine = machine_from_profile(_profile({"brand": brand}, "Linux"), calibrated=False)
    (said,) = _assumed(machine, reasons.ASSUME_CPU_THREADS)
    assert (said.values["threads"], said.values["performance"], said.values["efficiency"]) == (
        performance,
        performance,
        cores - performance,
    )


def test_a_file_that_names_no_system_says_linux_is_assumed_for_the_threads():
    """Review round 6: a hardware file without "os" was told "llama.cpp runs 4 threads … the E-cores are left idle",
    Linux's rule, as a fact; on Windows llama.cpp runs on every core. The assumption now says which system it took
    and names os.system among the fields that decide it."""
    from advisor.core.messages import Speaker, sizing

    machine = machine_from_profile(_profile({"brand": "13th Gen Intel(R) Core(TM) i5-13420H"}), calibrated=False)
    (said,) = _assumed(machine, reasons.ASSUME_CPU_THREADS)
    assert said.values["basis"] == "performance_cores_linux_assumed" and machine.cpu_cores == 4
    text = sizing.assumption(Speaker("en"), said.code, said.values, fields=True)
    assert "Linux is assumed" in text and "on Windows it runs one on every core" in text and "os.system" in text
    spanish = sizing.assumption(Speaker("es"), said.code, said.values)
    assert "se supone Linux" in spanish and "en Windows" in spanish
