"""What the sizing verdict says about a tight fit and a processor's cores, checked the way a reader checks it.

* "Tight" shows its subtraction: total − what the model takes = what is left, under what the system and the open
  programs need (on an 8 GiB laptop the memory line says 1.2 GiB for the system, and the tight reason must not read
  as contradicting it with a figure it does not show).
* A core count written in the processor's name ("AMD Ryzen 9 5900X 12-Core Processor") is used when the hardware
  file gives none: the CPU-only prompt speed of a 5900X halved when it was taken for a 6-core part of its family.
"""

from __future__ import annotations

import re

import pytest

from advisor.core.hardware import ram_spec
from advisor.core.hardware.profile_io import load_profile, what_if
from advisor.core.messages import Speaker, sizing
from advisor.core.sizing import recommend
from advisor.core.sizing.machine import comfortable_reserve_bytes, machine_from_profile

GIB = 1024**3
LAPTOP_8 = {"ram": {"total_bytes": 8 * GIB}, "cpu": {"brand": "Intel(R) Core(TM) i5-1135G7 @ 2.40GHz"}, "gpus": []}


def _gib(text: str) -> list[float]:
    return [float(x) for x in re.findall(r"(\d+\.\d) GiB", text)]


def test_the_tight_reason_on_an_8_gib_laptop_shows_a_subtraction_that_adds_up():
    rec = recommend(load_profile(LAPTOP_8))
    assert rec.tight and rec.budget is not None
    tight = next(r for r in rec.reasons if r.code == "tight")
    total, needs = tight.values["total_bytes"], tight.values["needs_bytes"]
    assert tight.values["left_bytes"] == total - needs
    assert tight.values["reserve_bytes"] == comfortable_reserve_bytes(total) == 4 * GIB  # 25 %, at least 4 GiB
    assert tight.values["left_bytes"] < tight.values["reserve_bytes"]  # why it is tight, in the values shown
    say = Speaker("en")
    text = sizing.reason(say, tight.code, tight.values)
    shown_needs, shown_total, shown_left, shown_reserve = _gib(text)
    assert (shown_needs, shown_total, shown_left, shown_reserve) == (5.2, 8.0, 2.8, 4.0)
    assert round(shown_total - shown_needs, 1) == shown_left < shown_reserve
    # the memory line's reserve is the system's own; the tight one names what else it covers, and is larger
    (line,) = sizing.budget_lines(say, rec.budget)
    assert "1.2 GiB for the system" in line and "6.8 GiB for the model" in line
    assert "enough for the system alone, but with your open programs" in text and shown_needs <= _gib(line)[-1]


def test_a_report_saved_before_the_figures_were_given_still_says_them():
    rec = recommend(load_profile(LAPTOP_8))
    tight = next(r for r in rec.reasons if r.code == "tight")
    old = {k: tight.values[k] for k in ("needs_bytes", "comfortable_bytes", "total_bytes")}
    say = Speaker("en")
    assert sizing.reason(say, "tight", old) == sizing.reason(say, "tight", tight.values)
    assert "?" not in sizing.reason(say, "tight", old)


def test_a_fit_inside_a_sentence_is_its_own_message_so_it_is_never_the_capitalised_label():
    """ "aquí (Solo CPU)": the in-sentence "CPU only" was the label's own source, so it took the label's capital."""
    for level, label in sizing.FIT.items():
        assert str(sizing.FIT_IN_SENTENCE[level]) != str(label), level
    rec = recommend(load_profile(LAPTOP_8))
    chosen = next(r for r in rec.reasons if r.code == "tier_chosen")
    assert sizing.reason(Speaker("en"), chosen.code, chosen.values).endswith("here (on the CPU only).")


@pytest.mark.parametrize(
    ("brand", "cores"),
    [
        ("AMD Ryzen 9 5900X 12-Core Processor", 12),
        ("AMD Ryzen 5 7600 6-Core Processor", 6),
        ("AMD Ryzen 7 1700 Eight-Core Processor", 8),
        ("AMD Ryzen Threadripper PRO 5995WX 64-Cores", 64),
        ("AMD EPYC 9334 32-Core Processor", 32),
        ("Snapdragon(R) X 12-core X1E80100 @ 3.40 GHz", 12),
        ("Pentium(R) Dual-Core  CPU      E5200  @ 2.50GHz", 2),
        ("Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz", None),  # Intel's names carry no count
        ("Intel(R) Core(TM) Ultra 7 155H", None),
        ("AMD Ryzen 7 7840HS w/ Radeon 780M Graphics", None),
        ("AMD A10-7850K Radeon R7, 12 Compute Cores 4C+8G", None),  # 12 "compute cores" are CPU + GPU
        ("Apple M2 Pro", None),
    ],
)
def test_the_core_count_a_real_cpu_name_carries(brand, cores):
    assert ram_spec.cores_from_brand(brand) == cores


def _cpu_only(brand: str, **cpu: int) -> dict:
    return {"ram": {"total_bytes": 64 * GIB}, "cpu": {"brand": brand, "arch": "x86_64", **cpu}, "gpus": []}


@pytest.mark.parametrize(
    ("brand", "cores"), [("AMD Ryzen 9 5900X 12-Core Processor", 12), ("AMD Ryzen 5 7600 6-Core Processor", 6)]
)
def test_a_what_if_cpu_runs_with_the_cores_its_name_says_and_says_so(brand, cores):
    named = load_profile(_cpu_only(brand))
    machine = machine_from_profile(named, calibrated=False)
    assert machine.cpu_cores == cores
    said = [a for a in machine.assumptions if a.code == "assume_cpu_cores"]
    assert [a.values for a in said] == [{"cores": cores, "basis": "name"}]
    assert sizing.assumption(Speaker("en"), said[0].code, said[0].values) == (
        f"{cores} processor cores, as the processor's name says."
    )
    given = recommend(load_profile(_cpu_only(brand, physical_cores=cores)))  # the same machine with its cores given
    rec = recommend(named)
    assert rec.prompt_tokens_per_second == given.prompt_tokens_per_second
    assert rec.tokens_per_second == given.tokens_per_second


def test_the_files_own_cores_win_over_the_name_and_a_vm_with_fewer_cpus_is_not_given_the_hosts():
    file_says = machine_from_profile(load_profile(_cpu_only("AMD Ryzen 9 5900X 12-Core Processor", physical_cores=4)))
    assert file_says.cpu_cores == 4 and not [a for a in file_says.assumptions if a.code == "assume_cpu_cores"]
    vm = machine_from_profile(load_profile(_cpu_only("AMD EPYC 7763 64-Core Processor", logical_cores=8)))
    assert vm.cpu_cores == 4
    assert [a.values["basis"] for a in vm.assumptions if a.code == "assume_cpu_cores"] == ["logical"]


def test_the_what_if_vram_note_gives_the_budget_the_engine_gives_a_table_card():
    """An RTX 3090 picked in a what-if: free memory unknown, so 24 GiB − 5 % (desktop) − 512 MiB = 22.3 GiB."""
    profile = what_if(load_profile(_cpu_only("AMD Ryzen 9 5900X 12-Core Processor")), gpus=["GeForce RTX 3090"])
    (gpu,) = profile.gpus
    assert gpu.vram_free_bytes is None
    budget = machine_from_profile(profile, calibrated=False).gpus[0].budget_bytes
    note = sizing.what_if_vram(Speaker("en"), gpu.name, gpu.vram_total_bytes)
    assert f"so a model may use {budget / GIB:.1f} GiB." in note
    assert budget / GIB == pytest.approx(22.3, abs=0.05)
    assert "of its 24.0 GiB" in note and "1.2 GiB" in note and "512 MiB" in note
