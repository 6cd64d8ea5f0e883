"""`llm-advisor detect [--json]`: what this machine has (RAM, CPU, GPUs, LM Studio folder and models)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from advisor.cli.common import add_json_option, emit, gib
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.core.types import HardwareProfile

HELP = "detect RAM, CPU, GPUs (VRAM total and free) and LM Studio's models folder"
MAX_MODELS_SHOWN = 15
_OS_NAMES = {"Darwin": "macOS"}
_BANDWIDTH_HOW = {"measured": "measured copy", "estimated": "estimate", "table": "chip spec", "file": "from file",
                  "ram_spec": "from the memory's type and speed", "cpu_family": "from the CPU's family"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_option(parser)
    add_hardware_option(parser)
    parser.add_argument("--refresh", action="store_true",
                        help="measure the CPU again instead of using the cached answer (kept 30 days)")


def run(args: argparse.Namespace) -> int:
    from advisor.core.hardware.profile_io import profile_to_dict

    if getattr(args, "refresh", False) and getattr(args, "hardware", None) is None:
        from advisor.core.hardware import detect
        from advisor.core.hardware.cache import DiskCache
        from advisor.core.hardware.cpu import forget_memo

        forget_memo()
        DiskCache().clear()
        profile = detect()
    else:
        profile = profile_from_args(args)
    described_by = getattr(args, "hardware", None)
    emit(args, profile_to_dict(profile),
         lambda: render_text(profile, debug=bool(getattr(args, "debug", False)), described_by=described_by))
    return 0


def _short(path: str | None) -> str:
    if not path:
        return "—"
    home = str(Path.home())
    return "~" + path[len(home):] if path == home or path.startswith(home + os.sep) else path


def render_text(profile: HardwareProfile, *, debug: bool = False, described_by: str | None = None) -> str:
    """The human summary; `described_by` is the --hardware file when the profile was not detected here."""
    ram, cpu = profile.ram, profile.cpu
    lines = [f"Machine described in {described_by}"] if described_by else []
    bw = ""
    if ram.bandwidth_gbps:
        bw = f" · {ram.bandwidth_gbps:g} GB/s ({_BANDWIDTH_HOW.get(ram.bandwidth_source or '', ram.bandwidth_source)})"
    lines.append(f"RAM        {gib(ram.total_bytes)} total, {gib(ram.available_bytes)} available{bw}")
    cores = f"{cpu.physical_cores or '?'} cores / {cpu.logical_cores or '?'} threads"
    flags = f" · {' '.join(cpu.flags)}" if cpu.flags else ""
    if cpu.brand == "unknown" and not cpu.physical_cores and not cpu.logical_cores:
        lines.append("CPU        not described")
    else:
        lines.append(f"CPU        {cpu.brand} · {cpu.arch} · {cores}{flags}")
    if not profile.gpus:
        lines.append("GPU        none found — models run on the CPU from system RAM")
    for i, g in enumerate(profile.gpus):
        memory = f"{gib(g.vram_total_bytes)} {'usable of unified memory' if g.unified_memory else 'VRAM'}"
        if g.vram_free_bytes is not None:
            memory += f", {gib(g.vram_free_bytes)} free"
        extras = [f"{g.bandwidth_gbps:g} GB/s" if g.bandwidth_gbps else None,
                  f"power limit {g.power_limit_watts:g} W" if g.power_limit_watts else None,
                  f"driver {g.driver}" if g.driver else None, f"via {g.source}"]
        label = f"GPU {i}" if len(profile.gpus) > 1 else "GPU"
        lines.append(f"{label:<10} {g.name} · {memory} · " + " · ".join(e for e in extras if e))
    release = f" {profile.os.release}" if profile.os.release else ""
    lines.append(f"OS         {_OS_NAMES.get(profile.os.system, profile.os.system)}{release}")
    lm = profile.lmstudio
    free = f"{gib(lm.disk_free_bytes)} free on disk" if lm.disk_free_bytes is not None else "free disk unknown"
    if lm.home is None and described_by:
        lines.append("LM Studio  not described")
    elif lm.home is None:
        lines.append(f"LM Studio  not found (no ~/.lmstudio or ~/.cache/lm-studio) · {free}")
    else:
        total = sum(m.size_bytes for m in lm.models)
        count = f"{len(lm.models)} GGUF file{'s' if len(lm.models) != 1 else ''}"
        count += f" ({gib(total)})" if lm.models else ""
        lines.append(f"LM Studio  {_short(lm.home)} · models in {_short(lm.models_dir)} · {count} · {free}")
        for m in lm.models[:MAX_MODELS_SHOWN]:
            shown = os.path.relpath(m.path, lm.models_dir) if lm.models_dir else m.path
            lines.append(f"             {gib(m.size_bytes):>9}  {shown}")
        if len(lm.models) > MAX_MODELS_SHOWN:
            lines.append(f"             … and {len(lm.models) - MAX_MODELS_SHOWN} more (--json lists all)")
    if debug and profile.probes:
        lines.append("Probes")
        for p in profile.probes:
            lines.append(f"  {'ok ' if p.ok else '-- '} {p.name:<17} {p.seconds:6.3f} s  {p.detail}")
    return "\n".join(lines)
