"""`llm-advisor models`: GGUF repos on Hugging Face of the right size, with every quant's size and fit here."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from advisor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    add_json_option,
    bounded_text,
    emit,
    gib,
    int_in_range,
)
from advisor.cli.estimate import context_tokens
from advisor.cli.hardware_option import add_hardware_option, profile_from_args
from advisor.core.sizing.tiers import TIER_NAMES
from advisor.core.types import SCHEMA_VERSION, FitLevel

HELP = ("list GGUF models on Hugging Face of the recommended size that run on this machine, then the nearest that "
        "do not (or --all, with their fit)")
MAX_LIMIT = 1000
FIT_BADGES = {  # short, for a table column (estimate's FIT_WORDS are sentences)
    FitLevel.FULL_GPU: "full GPU",
    FitLevel.PARTIAL_OFFLOAD: "partial GPU offload",
    FitLevel.CPU_ONLY: "CPU only",
    FitLevel.TOO_LARGE: "too large",
}


def _tier(text: str) -> str:
    for name in TIER_NAMES:
        if text.strip().lower() == name.lower():
            return name
    raise argparse.ArgumentTypeError(f"{text!r} is not a size class; choose one of {', '.join(TIER_NAMES)}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_hardware_option(parser)
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--tier", type=_tier, metavar="CLASS",
                      help=f"size class ({', '.join(TIER_NAMES)}); default: the one recommended for this machine")
    what.add_argument("--search", metavar="TEXT", type=bounded_text(200, "search words"),
                      help="search repo names instead (e.g. 'qwen3 8b')")
    parser.add_argument("--context", type=context_tokens, default=4096, metavar="N",
                        help="context length to size for (tokens; default 4096)")
    parser.add_argument("--limit", type=int_in_range(1, MAX_LIMIT), default=20, metavar="N",
                        help=f"repos to look at (1 to {MAX_LIMIT:,}; default 20)")
    parser.add_argument("--all", action="store_true", dest="include_all",
                        help="show every repo and quant with its fit, not only what runs here")
    parser.add_argument("--offline", action="store_true", help="use the bundled snapshot, not the network")
    parser.add_argument("--vision", action="store_true",
                        help="for image input: count each repo's vision projector (mmproj) in the memory")
    add_json_option(parser)


def _recommended_tier(profile: Any, context: int) -> str | None:
    from advisor.core.sizing import recommend

    try:
        return recommend(profile, context=context).tier
    except Exception:  # no recommendation is not fatal: list every size
        return None


def run(args: argparse.Namespace) -> int:
    from advisor.core.catalog import search

    if args.limit > 100:
        raise CliError("--limit: at most 100 repos per search (the Hub's rate limit is 500 requests per 5 minutes)")
    profile = profile_from_args(args)
    tier = args.tier
    if tier is None and args.search is None:
        tier = _recommended_tier(profile, args.context)
    result = search(
        profile=profile, tier=tier, text=args.search, context=args.context, limit=args.limit,
        include_all=args.include_all, offline=args.offline, vision=args.vision,
    )
    data = {"schema_version": SCHEMA_VERSION, "tier": tier, "text": args.search, "context": args.context,
            "include_all": args.include_all, **_result_dict(result)}
    emit(args, data, lambda: render_text(result, tier=tier, text=args.search, context=args.context,
                                         include_all=args.include_all))
    for problem in result.errors:
        print(f"llm-advisor models: {problem_text(problem)}", file=sys.stderr)
    return EXIT_PROBLEM if result.errors else EXIT_OK


def _result_dict(result: Any) -> dict[str, Any]:
    from advisor.core.jsonio import to_jsonable

    data = to_jsonable(result)
    data["errors"] = [{**to_jsonable(p), "message": problem_text(p)} for p in result.errors]
    return data


BORROWED_MARK = "~"
WHY_NOT_WORDS = {"too_large": "too large", "too_slow": "too slow"}


def _repo_line(c: Any) -> str:
    facts = [f"{c.parameters / 1e9:.1f}B" if c.parameters else None, c.architecture,
             f"mixture of experts, {c.active_experts} of {c.experts} active" if c.experts else None, c.license,
             f"{c.downloads:,} downloads", f"{c.likes:,} likes", "gated: accept the licence on its page"
             if c.gated else None]
    return f"{c.repo_id}  ({' · '.join(f for f in facts if f)})"


def _file_line(f: Any) -> str:
    parts = f" ({len(f.parts)} parts)" if len(f.parts) > 1 else ""
    fit = FIT_BADGES.get(f.fit, "fit unknown") + (", tight" if getattr(f, "tight", False) else "")
    speed = f"{f.tokens_per_second:.0f} tok/s" if f.tokens_per_second else ""
    mark = BORROWED_MARK if f.shape_borrowed else " "
    return f" {mark}{f.quant or '?':<11} {gib(f.size_bytes):>9}  {fit:<19} {speed:>9}  {f.path}{parts}"


def _why_line(f: Any, min_tps: float) -> str:
    if f.why_not == "too_large":
        why = f"too large: needs {gib(f.needs_bytes)}" if f.needs_bytes else "too large"
    elif f.why_not == "too_slow":
        why = f"too slow: under {min_tps:g} tok/s"
    else:
        why = WHY_NOT_WORDS.get(f.why_not, "does not run here")
    if f.runs_at_context:
        why += f"; runs with a context of {f.runs_at_context:,} tokens"
    return f"{'':14}└ {why}"


def render_text(result: Any, *, tier: str | None, text: str | None, context: int, include_all: bool,
                min_tokens_per_second: float = 5.0) -> str:
    what = f"matching {text!r}" if text else (f"of the {tier} class" if tier else "of any size")
    scope = "with their fit on this machine" if include_all else "that run on this machine"
    if result.source == "offline":
        origin = f"offline snapshot of {result.retrieved_at} ({result.snapshot_source})"
    else:
        origin = f"Hugging Face, retrieved {result.retrieved_at.replace('T', ' ').replace('+00:00', ' UTC')}"
    lines = [f"GGUF models {what} {scope} (context {context:,} tokens) — {origin}"]
    near = getattr(result, "near", ())
    if not result.candidates:
        lines.append("")
        if near:
            lines.append("Nothing here runs on this machine at a usable speed.")
        else:
            hint = "" if include_all else " Try --all to see what is too large or too slow."
            lines.append("Nothing to show." + hint)
    for c in result.candidates:
        lines.append("")
        lines.append(_repo_line(c))
        lines.extend(_file_line(f) for f in c.files)
    if near:
        lines.append("")
        lines.append(f"Nearest that do not run here (too large or under {min_tokens_per_second:g} tok/s) — a lower "
                     "quant, a shorter context or more memory would:")
        for c in near:
            lines.append("")
            lines.append(_repo_line(c))
            for f in c.files:
                lines.append(_file_line(f))
                lines.append(_why_line(f, min_tokens_per_second))
    shown = [f for c in (*result.candidates, *near) for f in c.files]
    if any(f.shape_borrowed for f in shown):
        lines.append("")
        lines.append(f"{BORROWED_MARK} sized with a borrowed architecture (its GGUF header could not be read): "
                     "fit and speed are rougher")
    if result.candidates or near:
        lines.append("")
        lines.append("Get one: llm-advisor download OWNER/REPO FILE  (into LM Studio's models folder)")
    return "\n".join(lines)


_PROBLEM_WORDS = {
    "offline": "cannot reach Hugging Face (offline?){where}",
    "timeout": "Hugging Face did not answer in time{where}; try again later",
    "server_error": "Hugging Face had a server error ({status}){where}; try again later",
    "unauthorized": "{repo}: access refused ({status}); check your Hugging Face token (HF_TOKEN)",
    "repo_not_found": "{repo}: repository not found (gone, renamed or private)",
    "file_not_found": "{repo}:{file} not found in the repository (renamed or removed?)",
    "no_gguf": "{repo}: no GGUF model files in this repository",
    "odd_file_names": "{repo}: file names that name no quant: {files}",
    "incomplete_split": "{repo}: split model with a missing part, left out: {files}",
    "disk_full": "not enough free disk space for{file}: needs {needed}, {free} free in {dest}",
    "checksum_mismatch": "{repo}:{file} arrived damaged (its SHA-256 is not the Hub's); nothing was kept, try again",
    "cancelled": "download of{file} cancelled; nothing was kept",
    "write_failed": "could not write{file}: {detail}",
}


def problem_text(problem: Any) -> str:
    """A CatalogProblem in one plain English line."""
    v = problem.values
    repos = v.get("repos") or []
    words = {
        "repo": problem.repo_id or "the Hub",
        "file": f" {v['file']}" if v.get("file") else "",
        "where": f" ({len(repos)} repos skipped)" if repos else "",
        "status": v.get("status"),
        "files": ", ".join(v.get("files") or []),
        "needed": gib(v.get("needed_bytes")),
        "free": gib(v.get("free_bytes")),
        "dest": v.get("dest"),
        "detail": v.get("detail"),
    }
    if problem.code == "rate_limited":
        wait = f"in {v['retry_after_s']} s" if v.get("retry_after_s") else "in a few minutes"
        return f"Hugging Face rate limit reached{words['where']}; try again {wait}"
    if problem.code == "gated":
        token = ("your token has no access yet" if v.get("has_token")
                 else "no token found (set HF_TOKEN or run `hf auth login`)")
        return f"{words['repo']} is gated: accept its licence at {v.get('url')} — {token}"
    if problem.code in _PROBLEM_WORDS:
        return _PROBLEM_WORDS[problem.code].format(**words)
    detail = f" ({words['status']})" if words["status"] else f" ({v.get('detail', problem.code)})"
    return f"{words['repo']}: Hugging Face request failed{detail}"
