"""`llm-advisor recommend`: which size class (3B / 7B / 13B / 40B / 70B) and quant to download, and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from advisor.cli.common import add_json_option, emit, gib, positive_float
from advisor.cli.estimate import FIT_WORDS, context_tokens, fit_text
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.core.types import FitLevel, Reason, Recommendation

HELP = "recommend the largest model size class that runs usably here, its quant, and why"
MAX_LOCAL_SHOWN = 20
SHORT_FIT = {
    FitLevel.FULL_GPU: "full GPU",
    FitLevel.PARTIAL_OFFLOAD: "partial offload",
    FitLevel.CPU_ONLY: "CPU",
    FitLevel.TOO_LARGE: "too large",
}
LOCAL_ERROR_WORDS = {
    "not_found": "file is gone",
    "unreadable": "cannot be read",
    "not_gguf": "not a readable GGUF file (truncated or corrupt)",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--context", metavar="N", type=context_tokens, default=4096,
                        help="context length you need (default 4096)")
    parser.add_argument("--min-tps", metavar="X", type=positive_float, default=5.0,
                        help="slowest speed you accept, in tokens/s (default 5)")
    add_json_option(parser)
    add_hardware_option(parser)


def run(args: argparse.Namespace) -> int:
    from advisor.core.jsonio import to_jsonable
    from advisor.core.sizing import estimate_local_models, recommend

    profile = profile_from_args(args)
    rec = recommend(profile, context=args.context, min_tokens_per_second=args.min_tps)
    local = estimate_local_models(profile, context=args.context)
    data: dict[str, Any] = {**to_jsonable(rec), "local_models": to_jsonable(local)}
    emit(args, data, lambda: render_text(rec, local))
    return 0


def _mem(values: dict[str, Any]) -> str:
    return "VRAM" if values.get("memory") == "vram" else "RAM"


def _free(values: dict[str, Any]) -> str:
    return "is free" if values.get("memory") == "vram" else "is available"


def _example(tier: str) -> str:
    from advisor.core.sizing.tiers import tier_by_name

    try:
        return f"e.g. {tier_by_name(tier).reference.name}"
    except KeyError:
        return "its reference model"


def reason_text(r: Reason) -> str:
    """English wording of a sizing reason (the Qt layer has its own, translated)."""
    v = r.values
    c = r.code
    if c == "tier_chosen":
        fit = FIT_WORDS[FitLevel(v["fit"])]
        return (f"{v['tier']} ({_example(v['tier'])}) at {v['quant']} needs {gib(v['needs_bytes'])}: {fit}, "
                f"~{v['tokens_per_second']:g} tokens/s")
    if c == "next_tier_needs_memory":
        return (f"{v['tier']} needs {gib(v['needs_bytes'])} of {_mem(v)} at {v['quant']}; "
                f"{gib(v['available_bytes'])} {_free(v)}")
    if c == "next_tier_too_slow":
        return (f"{v['tier']} at {v['quant']} would run at ~{v['tokens_per_second']:g} tokens/s, "
                f"below the {v['min_tokens_per_second']:g} tokens/s you asked for")
    if c == "next_tier_low_quant_only":
        return f"{v['tier']} would fit only at {v['quant']}, below {v['min_good_quant']}: not worth the quality loss"
    if c == "largest_tier":
        return f"{v['tier']} is the largest class"
    if c == "low_quant":
        return (f"only a low quant runs usably here: {v['quant']} is below {v['min_good_quant']}, "
                "expect lower quality")
    if c == "nothing_runs":
        if v.get("tokens_per_second") is not None and v["needs_bytes"] <= v["available_bytes"]:
            return (f"not even {v['tier']} runs usably: ~{v['tokens_per_second']:g} tokens/s at {v['quant']}, "
                    f"below the {v['min_tokens_per_second']:g} tokens/s you asked for")
        return (f"not even {v['tier']} fits: it needs {gib(v['needs_bytes'])} of {_mem(v)} at {v['quant']}; "
                f"{gib(v['available_bytes'])} {_free(v)}")
    if c == "partial_offload":
        return f"{v['gpu_layers']} of {v['total_layers']} layers fit on the GPU; the rest run on the CPU"
    if c == "cpu_only":
        return "no usable GPU: the model runs on the CPU from system RAM"
    if c == "gpu_memory_in_use":
        return (f"the GPU's memory is taken: {gib(v['vram_free_bytes'])} of {gib(v['vram_total_bytes'])} is free, "
                "not enough for one layer, so sizes are compared with system RAM "
                "(close programs that hold GPU memory to use the GPU)")
    if c == "bandwidth_assumed":
        return f"{v['device'].upper()} bandwidth unknown: speeds assume {v['bandwidth_gbps']:g} GB/s"
    return c


def render_text(rec: Recommendation, local: list) -> str:
    lines = []
    threshold = f"context {rec.context}, usable from {rec.min_tokens_per_second:g} tokens/s"
    if rec.tier is None:
        lines.append(f"Recommended  nothing runs usably on this machine ({threshold})")
    else:
        speed = f"~{rec.tokens_per_second:g} tokens/s" if rec.tokens_per_second is not None else ""
        lines.append(f"Recommended  {rec.tier} class at {rec.quant} — {FIT_WORDS[rec.fit]}, {speed} ({threshold})")
    for i, r in enumerate(rec.reasons):
        lines.append(("Why          " if i == 0 else "             ") + "- " + reason_text(r))
    lines.append("")
    lines.append(f"{'Class':<6} {'Runs':<5} {'Quant':<7} {'Fit':<16} {'tokens/s':>9}  needs / has")
    for t in rec.tiers:
        tps = f"{t.tokens_per_second:g}" if t.tokens_per_second is not None else "—"
        # the recommended class may run only at a quant below Q4_K_M: say so instead of a bare "no"
        runs = "yes" if t.fits else ("low q" if t.tier == rec.tier else "no")
        lines.append(f"{t.tier:<6} {runs:<5} {t.best_quant or '—':<7} {SHORT_FIT[t.fit]:<16} "
                     f"{tps:>9}  {gib(t.needs_bytes)} / {gib(t.available_bytes)} {_mem({'memory': t.memory})}")
    if local:
        lines.append("")
        lines.append(f"In LM Studio ({len(local)} model{'s' if len(local) != 1 else ''}, at context {rec.context}):")
        for item in local[:MAX_LOCAL_SHOWN]:
            name = Path(item.model.path).name
            if item.estimate is None:
                lines.append(f"  {name}: {LOCAL_ERROR_WORDS.get(item.error, item.error)}")
                continue
            est = item.estimate
            tps = f", ~{est.tokens_per_second:g} tokens/s" if est.tokens_per_second is not None else ""
            lines.append(f"  {name} ({gib(item.model.size_bytes)}, {est.quant or '?'}): {fit_text(est)}{tps}")
        if len(local) > MAX_LOCAL_SHOWN:
            lines.append(f"  … and {len(local) - MAX_LOCAL_SHOWN} more (--json lists all)")
    return "\n".join(lines)
