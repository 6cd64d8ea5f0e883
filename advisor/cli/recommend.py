"""`llm-advisor recommend`: which size class (3B / 7B / 13B / 40B / 70B) and quant to download, and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from advisor.cli import speech
from advisor.cli.calibration import calibrated_line
from advisor.cli.common import add_json_option, add_min_tps_option, emit
from advisor.cli.estimate import FIT_WORDS, context_tokens, fit_text, prompt_line
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.cli.speech import QT_TRANSLATE_NOOP
from advisor.core.messages import ranges
from advisor.core.types import FitLevel, Reason, Recommendation

HELP = QT_TRANSLATE_NOOP("Cli", "recommend the largest model size class that runs usably here, its quant, and why")
MAX_LOCAL_SHOWN = 20
SHORT_FIT = {  # for the table column
    FitLevel.FULL_GPU: QT_TRANSLATE_NOOP("Cli", "full GPU"),
    FitLevel.PARTIAL_OFFLOAD: QT_TRANSLATE_NOOP("Cli", "partial"),
    FitLevel.CPU_ONLY: QT_TRANSLATE_NOOP("Cli", "CPU"),
    FitLevel.TOO_LARGE: QT_TRANSLATE_NOOP("Cli", "too large"),
}
RUNS = {
    "yes": QT_TRANSLATE_NOOP("Cli", "yes"),
    "low_quant": QT_TRANSLATE_NOOP("Cli", "low q"),
    "no": QT_TRANSLATE_NOOP("Cli", "no"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("Cli", "Class"),
    QT_TRANSLATE_NOOP("Cli", "Runs"),
    QT_TRANSLATE_NOOP("Cli", "Quant"),
    QT_TRANSLATE_NOOP("Cli", "Fit"),
    QT_TRANSLATE_NOOP("Cli", "tokens/s"),
    QT_TRANSLATE_NOOP("Cli", "Model"),
    QT_TRANSLATE_NOOP("Cli", "needs / has"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--context",
        "-c",  # llama-server's own, as `estimate` takes it
        metavar="N",
        type=context_tokens,
        default=4096,
        help=QT_TRANSLATE_NOOP("Cli", "context length you need (default 4096)"),
    )
    add_min_tps_option(parser)
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


def reason_text(r: Reason) -> str:
    """A sizing reason in the run's language (the core catalogue: the app says the same)."""
    from advisor.core.messages import sizing

    return sizing.reason(speech.say(), r.code, r.values)


def render_text(rec: Recommendation, local: list) -> str:
    from advisor.core.messages import sizing
    from advisor.core.types import nothing_fits

    say = speech.say()
    threshold = say.t(
        QT_TRANSLATE_NOOP("Cli", "context {context}, usable from {min_tokens_per_second} tokens/s"),
        context=rec.context,
        min_tokens_per_second=say.plain(rec.min_tokens_per_second),
    )
    if rec.tier is None and nothing_fits(t.fit for t in rec.tiers):
        verdict = say.t(
            QT_TRANSLATE_NOOP("Cli", "no model fits this machine's memory ({threshold})"), threshold=threshold
        )
    elif rec.tier is None:
        verdict = say.t(
            QT_TRANSLATE_NOOP("Cli", "nothing runs usably on this machine ({threshold})"), threshold=threshold
        )
    else:
        fit = sizing.with_tight(say, say.t(FIT_WORDS[rec.fit]), rec.tight)
        speed = ranges.speed(say, rec.tokens_per_second, rec.tokens_per_second_range) if rec.tokens_per_second else ""
        verdict = say.t(
            QT_TRANSLATE_NOOP("Cli", "{tier} class{model} at {quant} — {fit}, {speed} ({threshold})"),
            tier=rec.tier,
            model=f" ({rec.model})" if rec.model else "",
            quant=rec.quant,
            fit=fit,
            speed=speed,
            threshold=threshold,
        )
    lines = speech.labelled(
        [
            (say.t(QT_TRANSLATE_NOOP("Cli", "Recommended")), verdict),
            # where LM Studio's and llama.cpp's defaults would place it otherwise than its speed assumes: how to
            # load it in that placement (LM Studio's settings, then llama.cpp's flags on a line of their own)
            (
                say.t(QT_TRANSLATE_NOOP("Cli", "How to load it")),
                sizing.how_to_load(say, rec.load, rec.context, runs=rec.tier is not None) or "",
            ),
            (
                say.t(QT_TRANSLATE_NOOP("Cli", "Prompt processing")),
                prompt_line(
                    rec.prompt_tokens_per_second,
                    rec.prompt_tokens_per_second_range,
                    rec.context,
                    rec.context_fill_seconds_range,
                    full=rec.full_context_tokens_per_second,
                    point=rec.tokens_per_second,
                ),
            ),
            (say.t(QT_TRANSLATE_NOOP("Cli", "Calibration")), calibrated_line(rec.calibration)),
            (say.t(QT_TRANSLATE_NOOP("Cli", "Memory")), tuple(sizing.budget_lines(say, rec.budget))),
            (say.t(QT_TRANSLATE_NOOP("Cli", "Why")), [reason_text(r) for r in rec.reasons]),
            (
                say.t(QT_TRANSLATE_NOOP("Cli", "Assumed")),
                [sizing.assumption(say, a.code, a.values, fields=True) for a in rec.assumptions],
            ),
        ]
    )
    lines.append("")
    table = [[say.t(c) for c in COLUMNS]]
    for t in rec.tiers:
        tps = say.number(t.tokens_per_second, 1) if t.tokens_per_second is not None else "—"
        runs = say.t(RUNS.get(t.runs, RUNS["no"]))
        fit = sizing.with_tight(say, say.t(SHORT_FIT[t.fit]), t.tight)
        model = (t.model or "") + (" (MoE)" if t.active_parameters else "")
        has = f"{say.gib(t.needs_bytes)} / {say.gib(t.available_bytes)} {sizing.memory_short(t.memory)}"
        table.append([t.tier, runs, t.best_quant or "—", fit, tps, model, has])
    w = speech.widths(table, (6, 6, 7, 16, 9, 20))  # as wide as the words in this language
    for c in table:
        lines.append(
            f"{c[0]:<{w[0]}} {c[1]:<{w[1]}} {c[2]:<{w[2]}} {c[3]:<{w[3]}} {c[4]:>{w[4]}}  {c[5]:<{w[5]}} {c[6]}"
        )
    if local:
        lines.append("")
        lines.append(
            say.t(
                QT_TRANSLATE_NOOP("Cli", "In LM Studio ({count} models, at context {context}):"),
                count=len(local),
                context=rec.context,
            )
        )
        for item in local[:MAX_LOCAL_SHOWN]:
            name = Path(item.model.path).name
            if item.estimate is None:
                lines.append(f"  {name}: {sizing.local_model_error(say, item.error or '')}")
                continue
            est = item.estimate
            tps = f", ~{say.speed(est.tokens_per_second)}" if est.tokens_per_second is not None else ""
            lines.append(f"  {name} ({say.gib(item.model.size_bytes)}, {est.quant or '?'}): {fit_text(est)}{tps}")
        if len(local) > MAX_LOCAL_SHOWN:
            lines.append(
                "  "
                + say.t(
                    QT_TRANSLATE_NOOP("Cli", "… and {count} more (--json lists all)"),
                    count=len(local) - MAX_LOCAL_SHOWN,
                )
            )
    return "\n".join(lines)
