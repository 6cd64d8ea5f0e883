"""`llm-advisor recommend`: which size class (3B / 7B / 13B / 40B / 70B) and quant to download, and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from advisor.cli.common import add_json_option, emit, float_in_range, gib
from advisor.cli.estimate import FIT_WORDS, context_tokens, fit_text
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.cli.sizing_words import assumption_text, budget_lines, prompt_text, tight_text
from advisor.core.types import FitLevel, Reason, Recommendation

HELP = "recommend the largest model size class that runs usably here, its quant, and why"
MAX_LOCAL_SHOWN = 20
MAX_MIN_TPS = 10_000.0
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
    parser.add_argument("--min-tps", metavar="X", type=float_in_range(0, MAX_MIN_TPS, low_open=True, unit=" tokens/s"),
                        default=5.0, help="slowest speed you accept, in tokens/s (default 5)")
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
    return {"vram": "VRAM", "vram_ram": "GPU memory and RAM together"}.get(str(values.get("memory")), "RAM")


def _free(values: dict[str, Any]) -> str:
    return "is free" if values.get("memory") == "vram" else "is available"


_SHORT_MEM = {"vram": "VRAM", "vram_ram": "VRAM+RAM", "ram": "RAM"}


def _example(tier: str) -> str:
    from advisor.core.sizing.tiers import tier_by_name

    try:
        return f"e.g. {tier_by_name(tier).reference.name}"
    except KeyError:
        return "its reference model"


def _model(name: str | None, tier: str) -> str:
    return name if name else _example(tier)


def reason_text(r: Reason) -> str:
    """English wording of a sizing reason (the Qt layer has its own, translated)."""
    v = r.values
    c = r.code
    if c.startswith("assume_"):
        return assumption_text(r)
    if c == "tier_chosen":
        fit = FIT_WORDS[FitLevel(v["fit"])]
        return (f"{v['tier']} ({_model(v.get('model'), v['tier'])}) at {v['quant']} needs {gib(v['needs_bytes'])}: "
                f"{fit}, ~{v['tokens_per_second']:g} tokens/s")
    if c == "next_tier_needs_memory":
        return (f"{v['tier']} needs {gib(v['needs_bytes'])} of {_mem(v)} at {v['quant']}; "
                f"{gib(v['available_bytes'])} {_free(v)}")
    if c == "next_tier_too_slow":
        return (f"{v['tier']} at {v['quant']} would run at ~{v['tokens_per_second']:g} tokens/s, "
                f"below the usable minimum of {v['min_tokens_per_second']:g} tokens/s")
    if c == "next_tier_low_quant_only":
        return (f"{v['tier']} would run usably only at {v['quant']}, below {v['min_good_quant']}: "
                "not worth the quality loss")
    if c == "tight":
        return tight_text(v)
    if c == "next_tier_context":
        return (f"{v['tier']}: no model of that class is trained for {v['context']:,} tokens of context "
                f"(the longest: {v['context_train']:,})")
    if c == "shared_gpu_slower":
        return "the integrated GPU would decode slower than the CPU beside it: the model runs on the CPU"
    if c == "moe_chosen":
        dense = (f"~{v['dense_tokens_per_second']:g} tokens/s" if v.get("dense_tokens_per_second") is not None
                 else "not fit")
        return (f"{v['model']} is a mixture of experts: {v['parameters'] / 1e9:.1f} B weights in memory, "
                f"{v['active_parameters'] / 1e9:.1f} B read per token, so it runs like a small model; a dense "
                f"{v['tier']} model such as {v['dense_model']} would {'run at ' if dense != 'not fit' else ''}{dense}")
    if c == "bigger_tight_split":
        return (f"{v['tier']} ({v['model']}) at {v['quant']} would also run, but only with {v['gpu_layers']} of "
                f"{v['total_layers']} layers on the GPU and too little memory left for the system "
                f"(~{v['tokens_per_second']:g} tokens/s): possible, not advised")
    if c == "faster_choice":
        return (f"faster choice: {v['tier']} ({v['model']}) at {v['quant']} runs fully on the GPU at "
                f"~{v['tokens_per_second']:g} tokens/s")
    if c == "largest_tier":
        return f"{v['tier']} is the largest class"
    if c == "low_quant":
        return (f"only a low quant runs usably here: {v['quant']} is below {v['min_good_quant']}, "
                "expect lower quality")
    if c == "nothing_runs":
        if v.get("tokens_per_second") is not None and v["needs_bytes"] <= v["available_bytes"]:
            return (f"not even {v['tier']} runs usably: ~{v['tokens_per_second']:g} tokens/s at {v['quant']}, "
                    f"below the usable minimum of {v['min_tokens_per_second']:g} tokens/s")
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
        model = f" ({rec.model})" if rec.model else ""
        tight = ", tight" if rec.tight else ""
        lines.append(f"Recommended  {rec.tier} class{model} at {rec.quant} — {FIT_WORDS[rec.fit]}{tight}, {speed} "
                     f"({threshold})")
    prompt = prompt_text(rec.prompt_tokens_per_second)
    if prompt:
        lines.append(f"Prompt       {prompt}")
    for i, text in enumerate(budget_lines(rec.budget)):
        lines.append(("Memory       " if i == 0 else "             ") + text)
    for i, r in enumerate(rec.reasons):
        lines.append(("Why          " if i == 0 else "             ") + "- " + reason_text(r))
    for i, a in enumerate(rec.assumptions):
        lines.append(("Assumed      " if i == 0 else "             ") + "- " + assumption_text(a))
    lines.append("")
    lines.append(f"{'Class':<6} {'Runs':<6} {'Quant':<7} {'Fit':<16} {'tokens/s':>9}  {'Model':<20} needs / has")
    for t in rec.tiers:
        tps = f"{t.tokens_per_second:g}" if t.tokens_per_second is not None else "—"
        runs = {"yes": "yes", "low_quant": "low q"}.get(t.runs, "no")
        fit = SHORT_FIT[t.fit] + (" tight" if t.tight else "")
        model = (t.model or "") + (" (MoE)" if t.active_parameters else "")
        lines.append(f"{t.tier:<6} {runs:<6} {t.best_quant or '—':<7} {fit:<16} "
                     f"{tps:>9}  {model:<20} {gib(t.needs_bytes)} / {gib(t.available_bytes)} "
                     f"{_SHORT_MEM.get(t.memory, 'RAM')}")
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
