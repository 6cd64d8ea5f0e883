"""`llm-advisor report`: everything the app knows about this machine (or a --hardware file) in one file.

JSON (schema-versioned), Markdown, HTML (one self-contained page) or PDF (through Qt, imported only for PDF).
Files are written atomically and an existing one is replaced only with --force.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from advisor.cli.common import EXIT_PROBLEM, CliError, path_text, url_text
from advisor.cli.estimate import context_tokens
from advisor.cli.hardware_option import add_hardware_option

HELP = "export a report (hardware, recommendation, models, server, costs, data dates) as JSON, Markdown, HTML or PDF"
FORMATS = ("json", "md", "html", "pdf")
_SUFFIX_FORMAT = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
_PART_WORDS = {
    "hardware": "hardware",
    "recommendation": "the recommendation",
    "local_models": "the models already in LM Studio",
    "models": "the model search",
    "server": "the server check",
    "benchmark": "the benchmark",
    "costs": "the cost comparison",
    "data_sources": "the data dates",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_hardware_option(parser)
    parser.add_argument("--server-url", metavar="URL", type=url_text,
                        help="check (and benchmark) the local server at URL, e.g. http://localhost:1234/v1")
    parser.add_argument("--no-bench", action="store_true", help="check the server but do not benchmark it")
    parser.add_argument("--offline", action="store_true",
                        help="use the bundled model catalogue snapshot instead of asking Hugging Face")
    parser.add_argument("--no-models", action="store_true", help="leave out the search for models that run here")
    parser.add_argument("--context", type=context_tokens, default=4096, metavar="N",
                        help="context length the sizing assumes (default 4096)")
    parser.add_argument("--format", choices=FORMATS,
                        help="output format (default: from the -o file's extension, else md)")
    parser.add_argument("-o", "--output", metavar="FILE", type=path_text,
                        help="write to FILE (needed for pdf); default: stdout")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument("--include-identifiers", action="store_true",
                        help="keep the host name and user folders in the report (left out by default)")


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output:
        return _SUFFIX_FORMAT.get(Path(args.output).suffix.lower(), "md")
    return "md"


def _check_output(path: str | None, fmt: str, force: bool) -> None:
    """Refuse before any slow work: PDF to a terminal, a missing folder, a file that would be replaced."""
    if path is None:
        if fmt == "pdf":
            raise CliError("PDF is a binary file: give -o FILE.pdf")
        return
    target = Path(path)
    if target.is_dir():
        raise CliError(f"-o {path}: is a folder; give a file name")
    if not target.parent.exists():
        raise CliError(f"-o {path}: folder {target.parent} does not exist")
    if not target.parent.is_dir():
        raise CliError(f"-o {path}: {target.parent} is a file, not a folder")
    if target.exists() and not force:
        raise CliError(f"-o {path}: file exists; use --force to replace it")


def english_wording(assessment: Any) -> Any:
    """The CLI's own English sentences for sizing reasons, server problems and cost assumptions."""
    from advisor.core.report import Wording

    currency = getattr(getattr(assessment, "costs", None), "currency", None) or ""

    def assumption(code: str, values: Mapping[str, object]) -> str:
        from advisor.cli.cost import origin_text
        from advisor.core.report.figures import COST_INPUT_KINDS, figure

        name = str(values.get("input", "")).replace("_", " ")
        text = origin_text(code, dict(values), currency)
        if "value" in values:
            value = values["value"]
            kind = COST_INPUT_KINDS.get(str(values.get("input", "")))
            if kind and isinstance(value, int | float) and not isinstance(value, bool):
                shown = figure(value, kind)  # the same precision as `llm-advisor cost` and the app
            else:
                shown = f"{value:,}" if isinstance(value, int) else value
            return f"{name}: {shown} — {text}"
        return f"{name}: {text}" if name else text

    def reason(code: str, values: Mapping[str, object]) -> str:
        from advisor.cli.recommend import LOCAL_ERROR_WORDS, reason_text
        from advisor.core.types import Reason

        if code in LOCAL_ERROR_WORDS:
            return LOCAL_ERROR_WORDS[code]
        try:
            return reason_text(Reason(code, dict(values)))
        except (KeyError, TypeError, ValueError):  # a saved report from another version: show the code
            return code.replace("_", " ")

    from advisor.cli.server import describe_problem, kind_name

    def problem(code: str, values: Mapping[str, object]) -> tuple[str, str]:
        try:
            return describe_problem(code, dict(values))
        except (KeyError, TypeError, ValueError):
            return code.replace("_", " "), ""

    def catalog_problem(code: str, values: Mapping[str, object]) -> str:
        from advisor.cli.models import problem_text
        from advisor.core.catalog.types import CatalogProblem

        rest = {k: v for k, v in values.items() if k != "repo_id"}
        repo = values.get("repo_id")
        try:
            return problem_text(CatalogProblem(code, repo if isinstance(repo, str) else None, rest))
        except (KeyError, TypeError, ValueError):
            return code.replace("_", " ")

    return Wording(reason=reason, problem=problem, assumption=assumption, server_kind=kind_name,
                   catalog_problem=catalog_problem)


def _notes(assessment: Any) -> None:
    for problem in assessment.problems:
        what = _PART_WORDS.get(problem.part, problem.part)
        state = "is not available in this installation" if problem.code == "unavailable" else "could not be made"
        print(f"llm-advisor report: note: {what} {state} ({problem.detail}); the report has the rest",
              file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from advisor.cli.hardware_option import profile_from_args
    from advisor.core.report import build_assessment, render, write_atomic

    fmt = _format(args)
    _check_output(args.output, fmt, args.force)
    profile = profile_from_args(args)
    assessment = build_assessment(
        profile,
        server_url=args.server_url,
        include_models=not args.no_models,
        offline=args.offline,
        context=args.context,
        bench=not args.no_bench,
        hardware_origin="file" if args.hardware else "detected",
        include_identifiers=args.include_identifiers,
    )
    wording = english_wording(assessment)
    if fmt == "pdf":
        try:
            from advisor.qt.pdf import pdf_bytes
        except ImportError as exc:
            raise CliError(f"PDF export needs PySide6, which cannot be loaded here: {exc}", EXIT_PROBLEM) from None
        payload: str | bytes = pdf_bytes(assessment, wording=wording)
    else:
        payload = render(assessment, fmt, wording=wording)
    _notes(assessment)
    if args.output is None:
        sys.stdout.write(payload)
        return 0
    try:
        written = write_atomic(args.output, payload, overwrite=args.force)
    except FileExistsError:
        raise CliError(f"-o {args.output}: file exists; use --force to replace it") from None
    except OSError as exc:
        raise CliError(f"-o {args.output}: cannot write: {exc.strerror or exc}") from None
    print(f"Report written to {written}", file=sys.stderr)
    return 0
