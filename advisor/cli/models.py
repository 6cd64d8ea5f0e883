"""`llm-advisor models`: GGUF repos on Hugging Face of the right size, with every quant's size and fit here."""

from __future__ import annotations

import argparse
import math
import re
import sys
from typing import Any

from advisor.cli import speech
from advisor.cli.calibration import calibrated_line
from advisor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    add_json_option,
    add_min_tps_option,
    bounded_text,
    emit,
    int_in_range,
)
from advisor.cli.estimate import context_tokens
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.cli.speech import QT_TRANSLATE_NOOP, help_text
from advisor.core.messages.catalog import SHORT_CONTEXT_CODE as SHORT_CONTEXT
from advisor.core.messages.dates import long_date
from advisor.core.sizing.tiers import TIER_NAMES
from advisor.core.types import SCHEMA_VERSION

HELP = QT_TRANSLATE_NOOP(
    "Cli",
    "list GGUF models on Hugging Face of the recommended size that run on this machine, then the nearest that "
    "do not (or --all, with their fit)",
)
MAX_LIMIT = 100  # repos per search: each costs Hub requests, and the Hub allows 500 per 5 minutes


def _tier(text: str) -> str:
    for name in TIER_NAMES:
        if text.strip().lower() == name.lower():
            return name
    size = re.fullmatch(r"\s*(\d{1,4}(?:[.,]\d)?)\s*[bB]?\s*", text)
    if size is not None and float(size.group(1).replace(",", ".")) > 0:
        # a model's size, not a class ("30B", as Qwen3-30B-A3B is named): the class that holds it (newcomer round:
        # `--tier 30B` was refused with no word of which class a 30B model is in)
        from advisor.core.sizing.tiers import tier_for_parameters

        tier = tier_for_parameters(float(size.group(1).replace(",", ".")) * 1e9)
        if tier.max_billions is None:
            msg = QT_TRANSLATE_NOOP(
                "Cli",
                "{value} is not a size class: a model of that size is in the {tier} class, models of {low}B and more "
                "(--tier {tier}); the classes are {choices}",
            )
        elif tier.min_billions is None:
            msg = QT_TRANSLATE_NOOP(
                "Cli",
                "{value} is not a size class: a model of that size is in the {tier} class, models up to {high}B "
                "(--tier {tier}); the classes are {choices}",
            )
        else:
            msg = QT_TRANSLATE_NOOP(
                "Cli",
                "{value} is not a size class: a model of that size is in the {tier} class, models from {low}B to "
                "{high}B (--tier {tier}); the classes are {choices}",
            )
        raise argparse.ArgumentTypeError(
            speech.say().t(
                msg,
                value=repr(text),
                tier=tier.name,
                low=tier.min_billions,
                high=tier.max_billions,
                choices=", ".join(TIER_NAMES),
            )
        )
    raise argparse.ArgumentTypeError(
        speech.say().t(
            QT_TRANSLATE_NOOP("Cli", "{value} is not a size class; choose one of {choices}"),
            value=repr(text),
            choices=", ".join(TIER_NAMES),
        )
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_hardware_option(parser)
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--tier",
        type=_tier,
        metavar="CLASS",
        help=help_text(
            QT_TRANSLATE_NOOP("Cli", "size class ({classes}); default: the one recommended for this machine"),
            classes=", ".join(TIER_NAMES),
        ),
    )
    what.add_argument(
        "--search",
        metavar="TEXT",
        type=bounded_text(200, "search words"),
        help=QT_TRANSLATE_NOOP("Cli", "search repo names instead (e.g. 'qwen3 8b')"),
    )
    parser.add_argument(
        "--context",
        "-c",  # llama-server's own, as `estimate` takes it
        type=context_tokens,
        default=4096,
        metavar="N",
        help=QT_TRANSLATE_NOOP("Cli", "context length to size for (tokens; default 4096)"),
    )
    parser.add_argument(
        "--limit",
        type=int_in_range(1, MAX_LIMIT),
        default=20,
        metavar="N",
        help=help_text(QT_TRANSLATE_NOOP("Cli", "repos to look at (1 to {most}; default 20)"), most=MAX_LIMIT),
    )
    parser.add_argument(
        "--all",
        action="store_true",
        dest="include_all",
        help=QT_TRANSLATE_NOOP("Cli", "show every repo and quant with its fit, not only what runs here"),
    )
    parser.add_argument(
        "--offline", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "use the bundled snapshot, not the network")
    )
    parser.add_argument(
        "--vision",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "for image input: count each repo's vision projector (mmproj) in the memory"),
    )
    add_min_tps_option(parser)
    add_json_option(parser)


def _recommendation(profile: Any, context: int, min_tokens_per_second: float) -> Any | None:
    from advisor.core.sizing import recommend

    try:
        return recommend(profile, context=context, min_tokens_per_second=min_tokens_per_second)
    except Exception:  # no recommendation is not fatal: list every size
        return None


def run(args: argparse.Namespace) -> int:
    from advisor.core.catalog import search

    profile = profile_from_args(args)
    tier = args.tier
    rec = None
    if args.search is None:
        rec = _recommendation(profile, args.context, args.min_tps)
        tier = tier or (rec.tier if rec is not None else None)
        if rec is not None and rec.tier != tier:  # another class asked for: the recommendation is not in its list
            rec = None
    result = search(
        profile=profile,
        tier=tier,
        text=args.search,
        context=args.context,
        limit=args.limit,
        include_all=args.include_all,
        offline=args.offline,
        vision=args.vision,
        min_tokens_per_second=args.min_tps,
    )
    recommended = (rec.model, rec.quant) if rec is not None and rec.model and rec.quant else None
    marked = recommended_file(result, recommended)
    data = {
        "schema_version": SCHEMA_VERSION,
        "tier": tier,
        "text": args.search,
        "context": args.context,
        "include_all": args.include_all,
        **_result_dict(result),
        # the listed repo and file holding this machine's recommendation (the app selects it); null when none is
        "recommended": {"repo_id": marked[0], "path": marked[1]} if marked else None,
    }
    from advisor.core.sizing.calibration import active_for

    cal = active_for(profile)  # the speeds below went through it (machine_from_profile): say so, as estimate does
    if cal is not None:
        data["calibration"] = to_jsonable_calibration(cal)
    emit(
        args,
        data,
        lambda: (
            render_text(
                result,
                tier=tier,
                text=args.search,
                context=args.context,
                include_all=args.include_all,
                min_tokens_per_second=args.min_tps,
                recommended=recommended,
            )
            + ("\n" + calibrated_line(cal.used()) if cal is not None else "")
        ),
    )
    for problem in result.errors:
        print(f"llm-advisor models: {problem_text(problem, speech.say())}", file=sys.stderr)
    return EXIT_PROBLEM if result.errors else EXIT_OK


def to_jsonable_calibration(cal: Any) -> Any:
    from advisor.core.jsonio import to_jsonable

    return to_jsonable(cal.used())


def _result_dict(result: Any) -> dict[str, Any]:
    from advisor.core.jsonio import to_jsonable

    data = to_jsonable(result)
    data["errors"] = [{**to_jsonable(p), "message": problem_text(p)} for p in result.errors]
    return data


BORROWED_MARK = "~"


def _repo_line(c: Any, offline: bool = False) -> str:
    """A repo's line: its size, architecture, licence and (from the Hub, not the bundled list, whose counts are
    rough figures kept only to order it) its downloads and likes."""
    say = speech.say()
    t = say.t
    facts = [
        f"{say.number(c.parameters / 1e9, 1)}B" if c.parameters else None,
        c.architecture,
        t(
            QT_TRANSLATE_NOOP("Cli", "mixture of experts, {active} of {experts} active"),
            active=c.active_experts,
            experts=c.experts,
        )
        if c.experts
        else None,
        c.license,
        None if offline else t(QT_TRANSLATE_NOOP("Cli", "{count} downloads"), count=c.downloads),
        None if offline else t(QT_TRANSLATE_NOOP("Cli", "{count} likes"), count=c.likes),
        t(QT_TRANSLATE_NOOP("Cli", "gated: accept the licence on its page")) if c.gated else None,
    ]
    return f"{c.repo_id}  ({' · '.join(f for f in facts if f)})"


def _file_line(f: Any) -> str:
    from advisor.core.messages import sizing

    say = speech.say()
    parts = " " + say.t(QT_TRANSLATE_NOOP("Cli", "({count} parts)"), count=len(f.parts)) if len(f.parts) > 1 else ""
    fit = sizing.fit_tight(say, f.fit, getattr(f, "tight", False)) if f.fit else say.t(_FIT_UNKNOWN)
    # a decimal below 10: "5 tok/s" beside "too slow: under 5 tok/s" was 4.8 rounded up (newcomer round)
    # rounded down there: 4.96 shown "5.0" stood beside "under 5 tok/s" too
    tps = f.tokens_per_second
    shown = math.floor(tps * 10) / 10 if tps and tps < 10 else tps
    # one decimal above 10 too, as `recommend` and the app print it (newcomer round: "11 tok/s" here, 10.8 there)
    speed = f"{say.number(shown, 1)} tok/s" if tps else ""
    mark = BORROWED_MARK if f.shape_borrowed else " "
    return f" {mark}{f.quant or '?':<11} {say.gib(f.size_bytes):>9}  {fit:<{_fit_width()}} {speed:>11}  {f.path}{parts}"


_FIT_UNKNOWN = QT_TRANSLATE_NOOP("Cli", "fit unknown")


def _placed_line(f: Any, context: int | None = None) -> str | None:
    """Under a file whose fit and speed assume a placement the defaults would not give it (`QuantFile.load`, what
    `recommend` says how to load): "↳ experts of 35 layers in RAM (-ngl 99 --n-cpu-moe 35)", "↳ 31 of 40 layers on
    the GPU (-ngl 31)", with -c N where the list's `context` is not LM Studio's default (└ is why one does not
    run); None otherwise."""
    from advisor.core.messages import sizing

    load = getattr(f, "load", None)
    placed = sizing.load_short(speech.say(), load)
    if not placed:
        return None
    return f"{'':14}↳ {placed} ({sizing.load_flags(load, context)})"


def _fit_width() -> int:
    """The fit column as wide as its longest possible text in the run's language (every file's line lines up)."""
    from advisor.core.messages import sizing
    from advisor.core.types import FitLevel

    say = speech.say()
    texts = [say.t(_FIT_UNKNOWN), *(sizing.fit_tight(say, f, f is not FitLevel.TOO_LARGE) for f in FitLevel)]
    return max(19, *(len(text) for text in texts))


def _why_line(f: Any, min_tps: float) -> str:
    from advisor.core.messages import catalog

    return f"{'':14}└ {catalog.why_not(speech.say(), f, min_tps)}"


def recommended_file(result: Any, recommended: tuple[str, str] | None) -> tuple[str, str] | None:
    """The listed repo and file that hold the recommendation (model, quant), the one the app's Models page selects
    (`ranking.offered_first`); None when no listed file is the recommended model at the recommended quant (a repo of
    the model without that quant says why under it, `lacks_recommended_quant`: its other file is not the
    recommendation)."""
    from advisor.core.catalog.ranking import recommended_index, same_quant, suggested_file

    if not recommended:
        return None
    index = recommended_index(result.candidates, *recommended)
    if index is None:
        return None
    chosen = suggested_file(result.candidates[index], recommended[1], recommended[0])
    if chosen is None or not same_quant(chosen.quant, recommended[1]):
        return None
    return result.candidates[index].repo_id, chosen.path


def render_text(
    result: Any,
    *,
    tier: str | None,
    text: str | None,
    context: int,
    include_all: bool,
    min_tokens_per_second: float = 5.0,
    recommended: tuple[str, str] | None = None,
) -> str:
    """The list as text; `recommended` (model, quant): a repo of that model without that quant says so."""
    from advisor.core.catalog.ranking import lacks_recommended_quant
    from advisor.core.messages import catalog

    say = speech.say()
    t = say.t
    if text:
        what = t(QT_TRANSLATE_NOOP("Cli", "GGUF models matching {text}"), text=repr(text))
    elif tier:
        what = t(QT_TRANSLATE_NOOP("Cli", "GGUF models of the {tier} class"), tier=tier)
    else:
        what = t(QT_TRANSLATE_NOOP("Cli", "GGUF models of any size"))
    scope = (
        t(QT_TRANSLATE_NOOP("Cli", "with their fit on this machine"))
        if include_all
        else t(QT_TRANSLATE_NOOP("Cli", "that run on this machine"))
    )
    if result.source == "offline":
        origin = t(
            QT_TRANSLATE_NOOP("Cli", "offline snapshot of {date} ({source})"),
            date=long_date(say, result.retrieved_at),
            source=catalog.snapshot_source(say, result.snapshot_source or ""),
        )
    else:
        origin = t(
            QT_TRANSLATE_NOOP("Cli", "Hugging Face, retrieved {date}"),
            date=long_date(say, result.retrieved_at),
        )
    lines = [
        t(
            QT_TRANSLATE_NOOP("Cli", "{what} {scope} (context {context} tokens) — {origin}"),
            what=what,
            scope=scope,
            context=context,
            origin=origin,
        )
    ]
    near = getattr(result, "near", ())
    if not result.candidates:
        lines.append("")
        if near:
            lines.append(t(QT_TRANSLATE_NOOP("Cli", "Nothing here runs on this machine at a usable speed.")))
        elif text:  # nothing matched at all: --all would show nothing more (it was suggested, and showed nothing)
            offline = result.source == "offline"
            lines.append(
                t(
                    QT_TRANSLATE_NOOP(
                        "Cli", "No model in the bundled list matches {text}; online, the search covers Hugging Face."
                    )
                    if offline
                    else QT_TRANSLATE_NOOP("Cli", "No chat model matches {text}.")
                    if any(p.code == "not_chat_model" for p in getattr(result, "errors", ()))
                    else QT_TRANSLATE_NOOP("Cli", "No model matches {text}."),
                    text=repr(text),
                )
            )
        else:
            lines.append(t(QT_TRANSLATE_NOOP("Cli", "Nothing to show.")))
    marked = recommended_file(result, recommended)
    for c in result.candidates:
        lines.append("")
        lines.append(_repo_line(c, result.source == "offline"))
        if marked and marked[0] == c.repo_id:
            lines.append(
                "  → " + t(QT_TRANSLATE_NOOP("Cli", "the recommendation for this machine: {file}"), file=marked[1])
            )
        for f in c.files:
            lines.append(_file_line(f))
            lines.extend(line for line in (_placed_line(f, context),) if line)
            if f.why_not == SHORT_CONTEXT:  # --all: its fit and speed alone would read as running (newcomer round)
                lines.append(_why_line(f, min_tokens_per_second))
        if recommended and lacks_recommended_quant(c, *recommended):
            model, quant = recommended
            offline = result.source == "offline"
            shown = c.files[0].quant or "?"
            lines.append("  " + catalog.lacks_recommended_quant(say, quant, model, shown, offline=offline))
    if near:  # listed below, so not "N models hidden" (the app's line, whose link shows them) above them
        lines.append("")
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Nearest that do not run here (too large, under {speed} tok/s, or trained for a shorter "
                    "context) — a lower quant, a shorter context or more memory would:",
                )
                if any(f.why_not == SHORT_CONTEXT for c in near for f in c.files)
                else QT_TRANSLATE_NOOP(
                    "Cli",
                    "Nearest that do not run here (too large or under {speed} tok/s) — "
                    "a lower quant, a shorter context or more memory would:",
                ),
                speed=say.plain(min_tokens_per_second),
            )
        )
        for c in near:
            lines.append("")
            lines.append(_repo_line(c, result.source == "offline"))
            for f in c.files:
                lines.append(_file_line(f))
                lines.extend(line for line in (_placed_line(f, context),) if line)
                lines.append(_why_line(f, min_tokens_per_second))
    shown = [f for c in (*result.candidates, *near) for f in c.files]
    if any(f.shape_borrowed for f in shown):
        lines.append("")
        lines.append(
            BORROWED_MARK
            + " "
            + t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "sized with a borrowed architecture (its GGUF header could not be read): fit and speed are rougher",
                )
            )
        )
    if result.candidates or near:
        lines.append("")
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Cli", "Get one: llm-advisor download OWNER/REPO FILE  (into LM Studio's models folder)"
                )
            )
        )
    return "\n".join(lines)


def problem_text(problem: Any, say: Any = None) -> str:
    """A CatalogProblem in one line (English unless a Speaker is given: JSON messages stay English)."""
    from advisor.core.messages import catalog

    return catalog.problem(say or speech.ENGLISH, problem.code, problem.repo_id, problem.values)
