"""English words for the sizing verdict's memory budget, assumptions and tight warning (the CLI's; the app words
the same codes in `advisor/qt/wording.py`, in Spanish and English)."""

from __future__ import annotations

from typing import Any

from advisor.cli.common import gib
from advisor.core.types import MemoryBudget, Reason

_BASIS = {
    "typical": "a typical dual-channel DDR4-3200 machine",
    "cpu_family": "what the CPU's family ships with",
    "ram_spec": "the memory's type, speed and channels",
}
_FIX = {
    "assume_system_reserve": "give ram.available_bytes to say what is really free",
    "assume_ram_bandwidth": "give ram.bandwidth_gbps, or ram.type + ram.speed_mts + ram.channels, or cpu.brand",
    "assume_cpu_cores": "give cpu.physical_cores",
    "assume_cpu_isa": "give cpu.brand or cpu.flags",
    "assume_gpu_bandwidth": "give gpus[].bandwidth_gbps",
    "assume_vram_free": "give gpus[].vram_free_bytes",
    "assume_gpu_nearest": "give gpus[].bandwidth_gbps if you know it",
}


def budget_lines(budget: MemoryBudget | None) -> list[str]:
    """'16.0 GiB total − 2.4 GiB for the system = 13.6 GiB for the model', and the GPU's share."""
    if budget is None:
        return []
    text = f"{gib(budget.total_bytes)} total − {gib(budget.system_reserve_bytes)} for the system"
    if budget.source == "detected" and budget.other_programs_bytes > 0:
        text += f" − {gib(budget.other_programs_bytes)} held by running programs"
    text += f" = {gib(budget.usable_bytes)} for the model"
    if budget.source == "detected" and budget.other_programs_bytes > 0:
        text += f" (closing programs frees up to {gib(budget.other_programs_bytes)} more)"
    lines = [text]
    if budget.gpu_kind == "dedicated":
        lines.append(f"{gib(budget.gpu_bytes)} of free VRAM for the model (512 MiB kept free on each GPU)")
    elif budget.gpu_kind == "unified":
        lines.append(f"unified memory: the GPU may use {gib(budget.gpu_bytes)} of it")
    elif budget.gpu_kind == "shared":
        lines.append(f"integrated GPU: shares system RAM, up to {gib(budget.gpu_bytes)}")
    return lines


def assumption_text(a: Reason) -> str:
    v: dict[str, Any] = a.values
    c = a.code
    if c == "assume_system_reserve":
        what = (f"RAM free for the model: the system's typical reserve ({gib(v['reserve_bytes'])} of "
                f"{gib(v['total_bytes'])}) taken off")
    elif c == "assume_ram_bandwidth":
        what = (f"RAM bandwidth {v['bandwidth_gbps']:g} GB/s, all cores together: {_BASIS.get(v['basis'], v['basis'])}"
                f" ({v['ram_type']}-{v['speed_mts']}, {v['channels']:g} channel{'' if v['channels'] == 1 else 's'},"
                " 75 % of the peak)")
    elif c == "assume_cpu_cores":
        basis = {"typical": "a typical laptop or desktop",
                 "logical": "half the logical cores given"}.get(str(v["basis"]), str(v["basis"]))
        what = f"{v['cores']} CPU cores ({basis})"
    elif c == "assume_cpu_isa":
        basis = "unknown CPU" if v["basis"] == "typical" else f"as usual for {v['basis']}"
        what = f"CPU instructions: {v['isa'].upper()} ({basis})"
    elif c == "assume_gpu_bandwidth":
        what = f"{v['gpu']}: not in the GPU table, bandwidth assumed {v['bandwidth_gbps']:g} GB/s"
    elif c == "assume_gpu_nearest":
        what = (f"{v['gpu']}: not in the GPU table; the figures of the nearest known card, {v['nearest']} "
                f"({v['bandwidth_gbps']:g} GB/s), are used")
    elif c == "assume_vram_free":
        what = f"free VRAM unknown: total VRAM less what a desktop holds (at least {gib(v['allowance_bytes'])})"
    else:
        return c.replace("_", " ")
    if c == "assume_ram_bandwidth" and v["basis"] == "ram_spec":
        return what + "; give ram.bandwidth_gbps if you know the measured figure"
    if c == "assume_cpu_isa" and v["basis"] != "typical":
        return what + "; give cpu.flags to be exact"
    return f"{what}; {_FIX[c]}" if c in _FIX else what


def tight_text(values: dict[str, Any]) -> str:
    keep = values["total_bytes"] - values["comfortable_bytes"]
    return (f"tight: it takes {gib(values['needs_bytes'])} of {gib(values['total_bytes'])}, leaving the system less "
            f"than the {gib(keep)} it needs for comfortable use: close other programs (browser, games) before "
            "loading it, or pick a lower quant")


def prompt_text(prompt_tokens_per_second: float | None) -> str | None:
    """'~1,234 tokens/s: a 2,000-word document (~2,700 tokens) waits ~2.2 s for the first word of the answer'."""
    from advisor.core.sizing.speed import DOCUMENT_WORDS, document_wait

    wait = document_wait(prompt_tokens_per_second)
    if wait is None or prompt_tokens_per_second is None:
        return None
    tokens, seconds = wait
    when = f"{seconds:.1f} s" if seconds < 60 else f"{seconds / 60:.1f} min"
    return (f"~{prompt_tokens_per_second:,.0f} tokens/s: a {DOCUMENT_WORDS:,}-word document (~{tokens:,} tokens) "
            f"waits ~{when} for the first word of the answer")
