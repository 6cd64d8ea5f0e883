"""`llm-advisor report`: everything the app knows about this machine (or a --hardware file) in one file.

JSON (schema-versioned), Markdown, HTML (one self-contained page) or PDF (through Qt, imported only for PDF).
Files are written atomically and an existing one is replaced only with --force.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from advisor.cli import speech
from advisor.cli.common import EXIT_PROBLEM, CliError, add_min_tps_option, check_output_file, path_text, url_text
from advisor.cli.cost import (
    add_context_option,
    add_input_options,
    add_place_options,
    check_place,
    report_cost_values,
)
from advisor.cli.hardware_option import add_hardware_option
from advisor.cli.server import api_key
from advisor.cli.speech import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "Cli",
    "export a report (hardware, recommendation, models, server, costs, data dates) as JSON, Markdown, HTML or PDF",
)
FORMATS = ("json", "md", "html", "pdf")
# extensions of documents of another kind, where Markdown would be written under a name no program reads as it ("-o
# informe.docx"); a name with another dot ("qwen2.5-report", "informe-v1.0") is Markdown, as one without a dot is
_OTHER_DOCUMENTS = frozenset(
    {".docx", ".doc", ".odt", ".rtf", ".txt", ".pages", ".xlsx", ".xls", ".ods", ".csv", ".pptx", ".epub", ".xml"}
    | {".yaml", ".yml", ".png", ".jpg", ".jpeg", ".svg", ".tex", ".mhtml"}
)
_SUFFIX_FORMAT = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
_PART_WORDS = {
    "hardware": QT_TRANSLATE_NOOP("Cli", "hardware"),
    "recommendation": QT_TRANSLATE_NOOP("Cli", "the recommendation"),
    "local_models": QT_TRANSLATE_NOOP("Cli", "the models already in LM Studio"),
    "models": QT_TRANSLATE_NOOP("Cli", "the model search"),
    "server": QT_TRANSLATE_NOOP("Cli", "the server check"),
    "benchmark": QT_TRANSLATE_NOOP("Cli", "the benchmark"),
    "after_load": QT_TRANSLATE_NOOP("Cli", "the check after load"),
    "costs": QT_TRANSLATE_NOOP("Cli", "the cost comparison"),
    "data_sources": QT_TRANSLATE_NOOP("Cli", "the data dates"),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_hardware_option(parser)
    parser.add_argument(
        "--server-url",
        metavar="URL",
        type=url_text,
        help=QT_TRANSLATE_NOOP("Cli", "check (and benchmark) the local server at URL, e.g. http://localhost:1234/v1"),
    )
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        type=api_key,
        help=QT_TRANSLATE_NOOP(
            "Cli", "with --server-url: the API token, when the server requires one (never written to the report)"
        ),
    )
    parser.add_argument(
        "--no-bench", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "check the server but do not benchmark it")
    )
    parser.add_argument(
        "--after-load",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "with --server-url on this machine: the memory and speed of the model it loaded, against the estimate",
        ),
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "use the bundled model catalogue snapshot instead of asking Hugging Face"),
    )
    parser.add_argument(
        "--no-models",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "leave out the search for models that run here"),
    )
    add_place_options(parser)  # the cost comparison's country and currency, as in `cost`
    add_input_options(parser)  # and its other inputs: the report's comparison is the one `cost` prints with them
    add_context_option(parser)
    add_min_tps_option(parser)
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help=QT_TRANSLATE_NOOP("Cli", "output format (default: from the -o file's extension, else md)"),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=path_text,
        help=QT_TRANSLATE_NOOP("Cli", "write to FILE (needed for pdf); default: stdout"),
    )
    parser.add_argument("--force", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "replace FILE if it exists"))
    parser.add_argument(
        "--include-identifiers",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "keep the host name and user folders in the report (left out by default)"),
    )


def _format(args: argparse.Namespace) -> str:
    """--format, else the output file's extension, else Markdown. An extension of another kind of file ("-o
    informe.docx") is refused: Markdown written under it was reported saved, and Word could not open it."""
    if args.format:
        return args.format
    if args.output:
        suffix = Path(args.output).suffix.lower()
        if suffix in _OTHER_DOCUMENTS:
            raise CliError(
                f"-o {args.output}: "
                + speech.say().t(
                    QT_TRANSLATE_NOOP(
                        "Cli", "a report is written as .md, .html, .pdf or .json; name the file so, or give --format"
                    )
                )
            )
        return _SUFFIX_FORMAT.get(suffix, "md")
    return "md"


def _check_output(path: str | None, fmt: str, force: bool) -> None:
    """Refuse before any slow work: PDF to a terminal, a missing folder, a file that would be replaced."""
    if path is None:
        if fmt == "pdf":
            raise CliError(speech.say().t(QT_TRANSLATE_NOOP("Cli", "PDF is a binary file: give -o FILE.pdf")))
        return
    check_output_file("-o", path, force)


def report_words() -> Any:
    """The report's sentences in the run's language: the core catalogue, as the app and the other commands."""
    from advisor.core.messages.report import report_wording

    return report_wording(speech.say(), "cli")


def _notes(assessment: Any) -> None:
    for problem in assessment.problems:
        say = speech.say()
        what = say.t(_PART_WORDS[problem.part]) if problem.part in _PART_WORDS else problem.part
        if problem.code == "unavailable":
            note = say.t(
                QT_TRANSLATE_NOOP(
                    "Cli", "{part} is not available in this installation ({detail}); the report has the rest"
                ),
                part=what,
                detail=problem.detail,
            )
        else:
            note = say.t(
                QT_TRANSLATE_NOOP("Cli", "{part} could not be made ({detail}); the report has the rest"),
                part=what,
                detail=problem.detail,
            )
        print(f"llm-advisor report: {note}", file=sys.stderr)


def _announced_benchmark(url: str, **settings: Any) -> Any:
    """The server's benchmark, said on stderr first as `server --bench` and `cost` say it (newcomer round: a report
    of a server at 1 token/s sat five minutes without a word)."""
    from advisor.cli.server import shown_url
    from advisor.core import servers
    from advisor.core.messages.servers import benchmarking
    from advisor.core.servers.benchmark import DEFAULT_MAX_TOKENS, DEFAULT_RUNS
    from advisor.core.servers.limits import stream_timeout_s

    print(
        benchmarking(speech.say(), shown_url(url), DEFAULT_RUNS, DEFAULT_MAX_TOKENS, stream_timeout_s()),
        file=sys.stderr,
    )
    return servers.benchmark(url, **settings)


def run(args: argparse.Namespace) -> int:
    from advisor.cli.hardware_option import profile_from_args
    from advisor.core.costs.ownership import hardware_origin
    from advisor.core.report import build_assessment, render, write_atomic

    if args.after_load and not args.server_url:
        raise CliError(speech.say().t(QT_TRANSLATE_NOOP("Cli", "--after-load needs --server-url")))
    if args.api_key is not None and not args.server_url:
        raise CliError(speech.say().t(QT_TRANSLATE_NOOP("Cli", "--api-key needs --server-url")))
    fmt = _format(args)
    _check_output(args.output, fmt, args.force)
    check_place(args)
    cost_values = report_cost_values(args)
    profile = profile_from_args(args)
    assessment = build_assessment(
        profile,
        server_url=args.server_url,
        api_key=args.api_key,
        include_models=not args.no_models,
        offline=args.offline,
        context=args.context,
        min_tokens_per_second=args.min_tps,
        bench=not args.no_bench,
        after_load=args.after_load,
        hardware_origin=hardware_origin(profile, from_file=bool(args.hardware)),
        include_identifiers=args.include_identifiers,
        country=args.country,
        currency=args.currency,
        cost_values=cost_values,
        usd_rate=args.usd_rate,
        run_benchmark=_announced_benchmark,
    )
    wording = report_words()
    if fmt == "pdf":
        try:
            from advisor.qt.pdf import pdf_bytes
        except ImportError as exc:
            raise CliError(
                speech.say().t(
                    QT_TRANSLATE_NOOP("Cli", "PDF export needs PySide6, which cannot be loaded here: {reason}"),
                    reason=str(exc),
                ),
                EXIT_PROBLEM,
            ) from None
        payload: str | bytes = pdf_bytes(assessment, wording=wording)
    else:
        payload = render(assessment, fmt, wording=wording, lang=speech.say().language)
    _notes(assessment)
    if args.output is None:
        assert isinstance(payload, str)  # _check_output refused PDF (bytes) to a terminal
        sys.stdout.write(payload)
        return 0
    try:
        written = write_atomic(args.output, payload, overwrite=args.force)
    except FileExistsError:
        raise CliError(
            f"-o {args.output}: " + speech.say().t(QT_TRANSLATE_NOOP("Cli", "file exists; use --force to replace it"))
        ) from None
    except OSError as exc:
        raise CliError(
            f"-o {args.output}: "
            + speech.say().t(QT_TRANSLATE_NOOP("Cli", "cannot write: {reason}"), reason=str(exc.strerror or exc))
        ) from None
    print(speech.say().t(QT_TRANSLATE_NOOP("Cli", "Report written to {path}"), path=str(written)), file=sys.stderr)
    return 0
