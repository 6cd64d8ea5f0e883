"""`llm-advisor detect [--json]`: what this machine has (RAM, CPU, GPUs, LM Studio folder and models)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from advisor.cli import speech
from advisor.cli.common import add_json_option, emit
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.types import HardwareProfile

HELP = QT_TRANSLATE_NOOP("Cli", "detect RAM, CPU, GPUs (VRAM total and free) and LM Studio's models folder")
MAX_MODELS_SHOWN = 15
_BANDWIDTH_HOW = {
    "measured": QT_TRANSLATE_NOOP("Cli", "measured copy"),
    "estimated": QT_TRANSLATE_NOOP("Cli", "estimate"),
    "table": QT_TRANSLATE_NOOP("Cli", "chip spec"),
    "file": QT_TRANSLATE_NOOP("Cli", "from file"),
    "ram_spec": QT_TRANSLATE_NOOP("Cli", "from the memory's type and speed"),
    "cpu_family": QT_TRANSLATE_NOOP("Cli", "from the CPU's family"),
}
LABELS = {  # the row labels, in order
    "ram": QT_TRANSLATE_NOOP("Cli", "RAM"),
    "cpu": QT_TRANSLATE_NOOP("Cli", "CPU"),
    "gpu": QT_TRANSLATE_NOOP("Cli", "GPU"),
    "os": QT_TRANSLATE_NOOP("Cli", "OS"),
    "lmstudio": QT_TRANSLATE_NOOP("Cli", "LM Studio"),
}
NOT_DESCRIBED = QT_TRANSLATE_NOOP("Cli", "not described")
# values a profile holds as words rather than names (a tool's name, nvml or sysfs, stays as it is)
_VALUE_WORDS = {
    "unknown": QT_TRANSLATE_NOOP("Cli", "unknown"),
    "file": QT_TRANSLATE_NOOP("Cli", "file"),
    "what-if": QT_TRANSLATE_NOOP("Cli", "what-if"),
}


def _value(text: str) -> str:
    return speech.say().t(_VALUE_WORDS[text]) if text in _VALUE_WORDS else text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_option(parser)
    add_hardware_option(parser)
    parser.add_argument(
        "--refresh",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "measure the CPU again instead of using the cached answer (kept 30 days)"),
    )


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
    emit(
        args,
        profile_to_dict(profile),
        lambda: render_text(profile, debug=bool(getattr(args, "debug", False)), described_by=described_by),
    )
    return 0


def _short(path: str | None) -> str:
    if not path:
        return "—"
    home = str(Path.home())
    return "~" + path[len(home) :] if path == home or path.startswith(home + os.sep) else path


def render_text(profile: HardwareProfile, *, debug: bool = False, described_by: str | None = None) -> str:
    """The human summary; `described_by` is the --hardware file when the profile was not detected here."""
    say = speech.say()
    label = {key: say.t(msg) for key, msg in LABELS.items()}
    ram, cpu = profile.ram, profile.cpu
    rows: list[tuple[str, str | tuple[str, ...] | list[str]]] = []
    memory = say.t(
        QT_TRANSLATE_NOOP("Cli", "{total} total, {available} available (assumed: the total less the system's share)")
        if ram.available_source == "assumed"  # a described machine: nobody measured what is free
        else QT_TRANSLATE_NOOP("Cli", "{total} total, {available} available"),
        total=say.gib(ram.total_bytes),
        available=say.gib(ram.available_bytes),
    )
    if ram.bandwidth_gbps:
        source = ram.bandwidth_source or ""
        how = say.t(_BANDWIDTH_HOW[source]) if source in _BANDWIDTH_HOW else source
        memory += f" · {say.plain(ram.bandwidth_gbps)} GB/s" + (f" ({how})" if how else "")
    rows.append((label["ram"], memory))
    if cpu.brand == "unknown" and not cpu.physical_cores and not cpu.logical_cores:
        rows.append((label["cpu"], say.t(NOT_DESCRIBED)))
    else:
        # the processor as the recommendation reads it: cores its name states, instructions its family has
        from advisor.core.messages import sizing
        from advisor.core.sizing.machine import cpu_assumptions

        assumed = cpu_assumptions(profile)
        # the cores its name states or its family usually has, where the file gives none (said below): never "?"
        said = next((a for a in assumed if a.code == "assume_cpu_cores"), None)
        taken = said.values.get("cores") if said is not None else None
        named = said is not None and said.values.get("basis") == "name"  # "… 6-Core Processor": its name says
        if cpu.physical_cores:
            cores = say.t(QT_TRANSLATE_NOOP("Cli", "{cores} cores"), cores=cpu.physical_cores)
        elif isinstance(taken, int):  # from its name, its family, or half the threads given: said below
            assumed_cores = QT_TRANSLATE_NOOP("Cli", "{cores} cores (assumed)")
            cores = say.t(QT_TRANSLATE_NOOP("Cli", "{cores} cores") if named else assumed_cores, cores=taken)
        else:
            cores = ""
        if cpu.logical_cores:  # threads are never shown as cores (a file giving only logical_cores: 20 threads)
            threads = say.t(QT_TRANSLATE_NOOP("Cli", "{threads} threads"), threads=cpu.logical_cores)
            cores = f"{cores} / {threads}" if cores else threads
        flags = f" · {' '.join(cpu.flags)}" if cpu.flags else ""
        parts = [_value(cpu.brand)] + [_value(cpu.arch)] * (cpu.arch != "unknown") + [cores] * bool(cores)
        rows.append((label["cpu"], " · ".join(parts) + flags))
        if assumed:  # the words `recommend` says them in
            rows.append(
                (
                    say.t(QT_TRANSLATE_NOOP("Cli", "Assumed")),
                    [sizing.assumption(say, a.code, a.values, fields=True) for a in assumed],
                )
            )
    if not profile.gpus:
        rows.append(
            (label["gpu"], say.t(QT_TRANSLATE_NOOP("Cli", "none found — models run on the CPU from system RAM")))
        )
    from advisor.core.messages import sizing as sizing_words
    from advisor.core.sizing.machine import integrated_gpu_memory, integrated_gpus_unused

    # an integrated GPU: what `recommend` says a model may use on it, not the BIOS's carve-out
    shared, unused = integrated_gpu_memory(profile), integrated_gpus_unused(profile)
    for i, g in enumerate(profile.gpus):
        vram = say.gib(g.vram_total_bytes)
        memory = (
            sizing_words.integrated_gpu_memory(say, usable, unused=unused)
            if (usable := shared[i]) is not None
            else say.t(QT_TRANSLATE_NOOP("Cli", "{vram} usable of unified memory"), vram=vram)
            if g.unified_memory
            else say.t(QT_TRANSLATE_NOOP("Cli", "{vram} VRAM"), vram=vram)
        )
        if g.vram_free_bytes is not None and shared[i] is None:
            memory = say.t(
                QT_TRANSLATE_NOOP("Cli", "{memory}, {free} free"), memory=memory, free=say.gib(g.vram_free_bytes)
            )
        extras = [
            f"{say.plain(g.bandwidth_gbps)} GB/s" if g.bandwidth_gbps else None,
            say.t(QT_TRANSLATE_NOOP("Cli", "power limit {watts} W"), watts=say.plain(g.power_limit_watts))
            if g.power_limit_watts
            else None,
            say.t(QT_TRANSLATE_NOOP("Cli", "driver {version}"), version=g.driver) if g.driver else None,
            say.t(QT_TRANSLATE_NOOP("Cli", "via {source}"), source=_value(g.source)),
        ]
        name = say.t(QT_TRANSLATE_NOOP("Cli", "GPU {index}"), index=str(i)) if len(profile.gpus) > 1 else label["gpu"]
        rows.append((name, f"{say.hardware_name(g.name)} · {memory} · " + " · ".join(e for e in extras if e)))
    release = f" {profile.os.release}" if profile.os.release else ""
    from advisor.core.report.document import OS_NAMES

    rows.append((label["os"], f"{_value(OS_NAMES.get(profile.os.system, profile.os.system))}{release}"))
    rows.append((label["lmstudio"], _lmstudio_lines(profile, described_by)))
    lines = [say.t(QT_TRANSLATE_NOOP("Cli", "Machine described in {file}"), file=described_by)] if described_by else []
    lines += speech.labelled(rows)
    if debug and profile.probes:
        lines.append(say.t(QT_TRANSLATE_NOOP("Cli", "Probes")))
        for p in profile.probes:
            lines.append(f"  {'ok ' if p.ok else '-- '} {p.name:<17} {say.number(p.seconds, 3):>6} s  {p.detail}")
    return "\n".join(lines)


def _lmstudio_lines(profile: HardwareProfile, described_by: str | None) -> tuple[str, ...]:
    """LM Studio's row: where it is and its models (the first MAX_MODELS_SHOWN of them), or why there is none."""
    say = speech.say()
    lm = profile.lmstudio
    free = (
        say.t(QT_TRANSLATE_NOOP("Cli", "{free} free on disk"), free=say.gib(lm.disk_free_bytes))
        if lm.disk_free_bytes is not None
        else say.t(QT_TRANSLATE_NOOP("Cli", "free disk unknown"))
    )
    if lm.home is None and described_by:
        return (say.t(NOT_DESCRIBED),)
    if lm.home is None:
        return (say.t(QT_TRANSLATE_NOOP("Cli", "not found (no ~/.lmstudio or ~/.cache/lm-studio)")) + f" · {free}",)
    total = sum(m.size_bytes for m in lm.models)
    count = (
        say.t(QT_TRANSLATE_NOOP("Cli", "1 GGUF file"))
        if len(lm.models) == 1
        else say.t(QT_TRANSLATE_NOOP("Cli", "{count} GGUF files"), count=len(lm.models))
    )
    count += f" ({say.gib(total)})" if lm.models else ""
    where = say.t(
        QT_TRANSLATE_NOOP("Cli", "{home} · models in {folder}"), home=_short(lm.home), folder=_short(lm.models_dir)
    )
    lines = [f"{where} · {count} · {free}"]
    for m in lm.models[:MAX_MODELS_SHOWN]:
        shown = os.path.relpath(m.path, lm.models_dir) if lm.models_dir else m.path
        lines.append(f"  {say.gib(m.size_bytes):>9}  {shown}")
    if len(lm.models) > MAX_MODELS_SHOWN:
        lines.append(
            "  "
            + say.t(
                QT_TRANSLATE_NOOP("Cli", "… and {count} more (--json lists all)"),
                count=len(lm.models) - MAX_MODELS_SHOWN,
            )
        )
    return tuple(lines)
