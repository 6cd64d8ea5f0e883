"""Regenerate the docs' example outputs from the real commands, and the facts quoted in their prose from the code.

    .venv/bin/python scripts/docs_examples.py            # rewrite every block and fact that differs
    .venv/bin/python scripts/docs_examples.py --check    # change nothing; print a diff and exit 1 if a doc differs

This is the one way to refresh the examples in README.md, CONTRIBUTING.md and docs/ (`tests/core/test_docs_examples.py`
fails when a doc differs from what this script would write). It reads three kinds of markers:

An example block: the command on the marker line (the real CLI, `llm-advisor ...`, optionally piped through
`head -n N`, `tail -n N`, `sed -n 'A,Bp'` or `grep [-v] [-i] PATTERN`, applied here in Python), the fenced block
below it rewritten with `$ command` and what the command printed (stdout and stderr, in order; `# exit N` when not
0):

    <!-- example: llm-advisor recommend --hardware tests/data/machines/laptop-16gb-whatif-minimal.json -->
    ```
    $ llm-advisor recommend --hardware tests/data/machines/laptop-16gb-whatif-minimal.json
    Recommended  7B class ...
    ```
    <!-- /example -->

A fact: a value in the prose recomputed from the code or `resources/` (`FACTS` below; `const:` names a constant of
a module of advisor.core; `accepts:SUBCOMMAND:--option` the range a number option accepts, as its parser says),
e.g. `the snapshot's <!-- fact: snapshot_repos -->28<!-- /fact --> repos`. A fact written on lines of its own is a
block (a generated table).

A JSON description: prose between `<!-- json-keys: llm-advisor ... --json -->` and `<!-- /json-keys -->` must name
every key the command's JSON has (as "key" or `key`), also the keys of the objects in its lists (`json-keys top:`
checks the top level only). The script cannot write prose: a missing key is reported, to be described by hand.

It also reports what it cannot fix: an option the docs give a subcommand that its parser does not have, a file of
the repository the docs name that does not exist, and a fact written inside code (Markdown would show the marker).

The commands run as a newcomer would see them, reproducibly: English (LANGUAGE=en LC_ALL=C.UTF-8 LANG=C.UTF-8),
an empty home and cache folder (no LM Studio folder, no saved Hub answers), Hugging Face pointed at a closed local
port (never the network), each distinct command once. Examples that check a local server (`server`,
`--server-url`) need nothing listening on its port: when something does, the block is left as it is (and the test
skips it). `download` and `gui` are never run.
"""

from __future__ import annotations

import argparse
import atexit
import difflib
import functools
import importlib
import importlib.util
import inspect
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DOC_GLOBS = ("README.md", "CONTRIBUTING.md", "docs/**/*.md")
REGENERATE = ".venv/bin/python scripts/docs_examples.py"
COMMAND_TIMEOUT_S = 120.0
NOT_RUN = {"download": "needs the network", "gui": "opens the desktop app"}

EXAMPLE = re.compile(
    r"^(?P<indent>[ \t]*)<!-- example: (?P<cmd>[^\n]+?) -->\n(?P<body>.*?)^(?P=indent)<!-- /example -->[ \t]*$",
    re.M | re.S,
)
FACT = re.compile(
    r"<!-- fact: (?P<name>const:[\w.]+|accepts:[a-z]+:--[a-z-]+|[a-z0-9_]+) -->(?P<body>.*?)<!-- /fact -->", re.S
)
JSON_KEYS = re.compile(
    r"^[ \t]*<!-- json-keys(?P<top> top)?: (?P<cmd>[^\n]+?) -->\n(?P<body>.*?)<!-- /json-keys -->", re.M | re.S
)


class DocsError(Exception):
    """A marker this script cannot honour (an unknown fact, a filter it does not know, a command it will not run)."""


# ----------------------------------------------------------------------------------------------- running commands
@dataclass(frozen=True)
class Command:
    """`llm-advisor ARGS | filter | filter` as written on a marker."""

    text: str  # as written, whitespace normalised: what the block shows after `$ `
    args: tuple[str, ...]  # after `llm-advisor`
    filters: tuple[tuple[str, ...], ...]

    @property
    def subcommand(self) -> str:
        from advisor.cli.main import COMMANDS

        return next((a for a in self.args if a in COMMANDS), "")


def parse_command(text: str) -> Command:
    lexer = shlex.shlex(text, posix=True, punctuation_chars="|")
    lexer.whitespace_split = True
    segments: list[list[str]] = [[]]
    for token in lexer:
        if token == "|":
            segments.append([])
        else:
            segments[-1].append(token)
    program, *args = segments[0] or [""]
    if program != "llm-advisor":
        raise DocsError(f"{text!r}: an example runs `llm-advisor ...`, not {program!r}")
    command = Command(" ".join(text.split()), tuple(args), tuple(tuple(s) for s in segments[1:]))
    if command.subcommand in NOT_RUN:
        raise DocsError(f"{text!r}: `{command.subcommand}` {NOT_RUN[command.subcommand]}; write it as prose instead")
    for f in command.filters:
        apply_filter(["x"], f)  # refuse an unknown filter before anything runs
    return command


@functools.cache
def _sandbox() -> Path:
    path = Path(tempfile.mkdtemp(prefix="llm-advisor-docs-"))
    atexit.register(shutil.rmtree, path, True)
    for sub in ("home", "cache", "advisor-cache", "hf", "config"):
        (path / sub).mkdir()
    return path


DOCS_DAY = "2026-12-07"


def environment() -> dict[str, str]:
    """The environment every example runs in: English, an empty home, no Hub."""
    box = _sandbox()
    drop = ("LC_", "HF_", "LLM_ADVISOR_", "XDG_", "HUGGING")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop) and k not in ("LANG", "LANGUAGE", "HOME")}
    env.update(
        {
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
            "HOME": str(box / "home"),
            "XDG_CACHE_HOME": str(box / "cache"),
            "XDG_CONFIG_HOME": str(box / "config"),
            "LLM_ADVISOR_CACHE_DIR": str(box / "advisor-cache"),
            "HF_HOME": str(box / "hf"),
            "HF_HUB_OFFLINE": "1",
            "HF_ENDPOINT": "http://127.0.0.1:9",  # never the network
            "PYTHONUNBUFFERED": "1",
            "PYTHONIOENCODING": "utf-8",
            "NO_COLOR": "1",
            # the day the examples are for: a bundled rate's age ("6 months old") and the API prices in force are
            # counted from it, not from the clock
            "LLM_ADVISOR_TODAY": DOCS_DAY,
        }
    )
    return env


@functools.cache
def run(args: tuple[str, ...]) -> tuple[int, str]:
    """(exit code, stdout and stderr as printed) of `llm-advisor ARGS`; each distinct command runs once."""
    proc = subprocess.run(
        [sys.executable, "-m", "advisor", *args],
        cwd=ROOT,
        env=environment(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=COMMAND_TIMEOUT_S,
        check=False,
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


def busy_port(command: Command) -> str | None:
    """For an example that checks a local server (`server`, `--server-url`): the address something already listens
    on (its output would not be reproducible), else None."""
    args = list(command.args)
    if "--server-url" in args[:-1]:
        url = args[args.index("--server-url") + 1]
    elif command.subcommand == "server":
        url = args[args.index("--url") + 1] if "--url" in args[:-1] else "http://localhost:1234/v1"
    else:
        return None
    parts = urlsplit(url if "://" in url else f"http://{url}")
    host, port = parts.hostname or "localhost", parts.port or 80
    try:
        with socket.create_connection((host, port), timeout=0.3):
            return f"{host}:{port}"
    except OSError:
        return None


# ------------------------------------------------------------------------------------------------------- filters
def _count(args: list[str], name: str) -> int:
    if len(args) == 2 and args[0] == "-n" and args[1].isdigit():
        return int(args[1])
    if len(args) == 1 and re.fullmatch(r"-\d+", args[0]):
        return int(args[0][1:])
    raise DocsError(f"`{name} {' '.join(args)}`: write `{name} -n N`")


def _sed_address(text: str, *, end: bool = False) -> Callable[[int, str, int], bool]:
    """A sed address as a test of (line index, line, line count); a line-number end address also ends a range
    that is already past it, as sed does."""
    if text == "$":
        return lambda i, line, n: i == n - 1
    if text.isdigit():
        number = int(text) - 1
        return (lambda i, line, n: i >= number) if end else (lambda i, line, n: i == number)
    if len(text) >= 2 and text[0] == text[-1] == "/":
        pattern = re.compile(text[1:-1])
        return lambda i, line, n: bool(pattern.search(line))
    raise DocsError(f"sed address {text!r}: use a line number, $ or /regex/")


def _sed(lines: list[str], args: list[str]) -> list[str]:
    """`sed -n 'A,Bp'` / `sed -n 'Ap'` (addresses: N, $, /regex/) as sed prints them."""
    if len(args) != 2 or args[0] != "-n" or not args[1].endswith("p"):
        raise DocsError(f"`sed {' '.join(args)}`: write `sed -n 'A,Bp'`")
    start_text, _, end_text = args[1][:-1].partition(",")
    start = _sed_address(start_text)
    end = _sed_address(end_text, end=True) if end_text else None
    out: list[str] = []
    inside = False
    for i, line in enumerate(lines):
        if inside:
            out.append(line)
            inside = not end(i, line, len(lines))  # type: ignore[misc]
        elif start(i, line, len(lines)):
            out.append(line)
            # a range ends at the next line matching its end (a line-number end already passed: this line only)
            inside = end is not None and not (end_text.isdigit() and end(i, line, len(lines)))
    return out


def apply_filter(lines: list[str], argv: tuple[str, ...] | list[str]) -> list[str]:
    """One `| filter` of an example, done here in Python so the result does not depend on the shell's tools."""
    name, *args = argv or ("",)
    if name == "head":
        return lines[: _count(args, name)]
    if name == "tail":
        n = _count(args, name)
        return lines[-n:] if n else []
    if name == "sed":
        return _sed(lines, args)
    if name == "grep":
        flags = [a for a in args if a.startswith("-")]
        words = [a for a in args if not a.startswith("-")]
        if len(words) != 1 or set(flags) - {"-v", "-E", "-i"}:
            raise DocsError(f"`grep {' '.join(args)}`: write `grep [-v] [-i] [-E] PATTERN`")
        pattern = re.compile(words[0], re.I if "-i" in flags else 0)
        keep = "-v" not in flags
        return [line for line in lines if bool(pattern.search(line)) == keep]
    raise DocsError(f"`{' '.join(argv)}`: an example may pipe only through head, tail, sed -n or grep")


def example_lines(command: Command) -> list[str]:
    """The lines of an example block, between its fences: `$ command` and the output."""
    code, output = run(command.args)
    lines = [line.rstrip() for line in output.splitlines()]
    for f in command.filters:
        lines = apply_filter(lines, f)
    if command.filters and not any(lines):
        raise DocsError(f"`{command.text}` printed nothing its filters keep: change the filter to today's output")
    head = f"$ {command.text}" + (f"  # exit {code}" if code else "")
    return [head, *lines]


def render_example(indent: str, command: Command) -> str:
    body = [f"{indent}```"] + [f"{indent}{line}" if line else "" for line in example_lines(command)] + [f"{indent}```"]
    return "\n".join(body) + "\n"


# --------------------------------------------------------------------------------------------------------- facts
def _resource(name: str) -> dict:
    return json.loads((ROOT / "resources" / name).read_text(encoding="utf-8"))


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def _binary(n_bytes: int) -> str:
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n_bytes >= size and n_bytes % size == 0:
            return f"{n_bytes // size:,} {unit}"
    return f"{n_bytes:,} bytes"


def constant(dotted: str) -> str:
    """`const:servers.limits.CHECK_TIMEOUT_S` (a module of advisor.core, or a full `advisor....` name) → "10"; a
    `*_BYTES` constant in binary units, a tuple as a list."""
    module_name, _, attr = dotted.rpartition(".")
    if not module_name.startswith("advisor"):
        module_name = f"advisor.core.{module_name}"
    try:
        value = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise DocsError(f"const:{dotted}: {exc}") from None
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if attr.endswith("_BYTES") and isinstance(value, int):
        return _binary(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number(value)
    return str(value)


def _snapshot_classes() -> dict[str, int]:
    from advisor.core.sizing.tiers import TIERS, tier_for_parameters

    counts = {t.name: 0 for t in TIERS}
    for repo in _resource("catalog_snapshot.json")["repos"]:
        counts[tier_for_parameters(repo["parameters"]).name] += 1
    return counts


def _range(values: list[int]) -> str:
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}–{high}"


# Programs that listen on each port `server --discover` probes, by default (their own documentation).
PORT_PROGRAMS = {
    1234: "LM Studio",
    11434: "Ollama",
    8080: "llama.cpp, LocalAI",
    8000: "vLLM, llama-cpp-python",
    1337: "Jan",
    5001: "KoboldCpp",
    5000: "text-generation-webui",
    4891: "GPT4All",
}


def _known_ports() -> tuple[int, ...]:
    from advisor.core.servers.check import KNOWN_PORTS

    return KNOWN_PORTS


def _ports_named() -> str:
    ports = _known_ports()
    unnamed = [p for p in ports if p not in PORT_PROGRAMS]
    if unnamed:
        raise DocsError(f"KNOWN_PORTS has {unnamed}: add the program to PORT_PROGRAMS in scripts/docs_examples.py")
    named = [f"{p} ({PORT_PROGRAMS[p]})" for p in ports]
    return ", ".join(named[:-1]) + f" and {named[-1]}"


def _prices() -> tuple[str, str, int]:
    from advisor.core.costs import prices

    data = prices.bundled_data()
    return data.package_version, data.as_of, len(data.providers)


def _gpu_corrections() -> dict:
    spec = importlib.util.spec_from_file_location("_build_gpu_table", ROOT / "scripts" / "build_gpu_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CORRECTIONS


def _report_models_limit() -> str:
    from advisor.core.report.build import build_assessment

    return str(inspect.signature(build_assessment).parameters["models_limit"].default)


def _machines() -> list[Path]:
    return sorted(p for p in (ROOT / "tests" / "data" / "machines").glob("*.json") if p.name != "expected.json")


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _electricity_table() -> str:
    table = _resource("electricity.json")
    rows = ["| country | price per kWh, all taxes | period | publisher | confidence |", "|---|---:|---|---|---|"]
    for r in table["countries"]:
        price = f"{r['price_per_kwh']:.3f} {r['currency']}"
        if r.get("price_range"):
            low, high = r["price_range"]
            price += f" ({low:.3f}–{high:.3f})"
        rows.append(
            f"| {_cell(r['name'])} (`{r['country']}`) | {price} | {_cell(r['period'])} | "
            f"{_cell(_electricity_source(r))} | {r['confidence']} |"
        )
    return "\n".join(rows)


def _electricity_source(row: dict) -> str:
    """The row's publisher title with how its figure was taken from it, as `llm-advisor cost` says it in English."""
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.costs import electricity_source

    return electricity_source(ENGLISH, row["source"], row.get("basis", ""), row.get("basis_values"))


def _exchange_table() -> str:
    table = _resource("exchange_rates.json")
    rows = ["| currency | units per USD | date | publisher | confidence |", "|---|---:|---|---|---|"]
    for code, rate in table["rates"].items():
        detail = table["details"].get(code, {})
        date, source = detail.get("date", table["as_of"]), _cell(detail.get("source", ""))
        rows.append(f"| {code} | {rate:,.4g} | {date} | {source} | {detail.get('confidence', '')} |")
    return "\n".join(rows)


# The data sets' names as a person reads them (DataSource.name → words); a new one must be added here.
DATA_NAMES = {
    "gpu_table": "GPU specifications",
    "cpu_families": "memory of each CPU family",
    "model_catalogue": "offline model catalogue",
    "electricity_prices": "household electricity prices",
    "exchange_rates": "exchange rates",
    "cost_presets": "cost presets (`--preset`)",
    "api_prices": "API prices",
}


def _data_tables() -> str:
    """Every bundled data set with its publisher, URL and date, as core's `data_sources()` states them; a file in
    resources/ that is not one of them, or a data set without a publisher or date, is an error (DESIGN rule 5)."""
    from advisor.core.datasources import TABLES, data_sources

    unlisted = sorted(p.name for p in (ROOT / "resources").glob("*.json") if p.name not in TABLES.values())
    if unlisted:
        raise DocsError(f"resources/{', '.join(unlisted)}: not in advisor.core.datasources.TABLES")
    files = {name: f"`resources/{file}`" for name, file in TABLES.items()}
    rows = ["| data | file | publisher | date |", "|---|---|---|---|"]
    for source in data_sources():
        if source.name not in DATA_NAMES:
            raise DocsError(f"data source {source.name!r}: add its name to DATA_NAMES in scripts/docs_examples.py")
        if not source.publisher or source.publisher == source.name or not source.date:
            raise DocsError(f"data source {source.name!r} names no publisher or date")
        publisher = f"[{_cell(source.publisher)}]({source.url})" if source.url else _cell(source.publisher)
        where = files.get(source.name, "the `genai-prices` package")
        rows.append(f"| {DATA_NAMES[source.name]} | {where} | {publisher} | {source.date} |")
    return "\n".join(rows)


FACTS: dict[str, Callable[[], str]] = {
    "snapshot_repos": lambda: str(len(_resource("catalog_snapshot.json")["repos"])),
    "snapshot_per_class": lambda: _range(list(_snapshot_classes().values())),
    "snapshot_date": lambda: _resource("catalog_snapshot.json")["retrieved_at"],
    "gpu_count": lambda: str(len(_resource("gpus.json")["gpus"])),
    "gpu_table_retrieved": lambda: _resource("gpus.json")["retrieved"],
    "gpu_corrected": lambda: str(sum(v is not None for v in _gpu_corrections().values())),
    "gpu_dropped": lambda: ", ".join(k for k, v in _gpu_corrections().items() if v is None),
    "known_ports": lambda: ", ".join(str(p) for p in _known_ports()),
    "known_ports_named": _ports_named,
    "known_ports_count": lambda: str(len(_known_ports())),
    "genai_prices_version": lambda: _prices()[0],
    "genai_prices_date": lambda: _prices()[1],
    "genai_prices_providers": lambda: str(_prices()[2]),
    "exchange_rates_date": lambda: _resource("exchange_rates.json")["as_of"],
    "exchange_rates_currencies": lambda: ", ".join(_resource("exchange_rates.json")["rates"]),
    "exchange_rates_table": _exchange_table,
    "electricity_date": lambda: _resource("electricity.json")["retrieved"],
    "electricity_countries": lambda: ", ".join(r["name"] for r in _resource("electricity.json")["countries"]),
    "electricity_table": _electricity_table,
    "report_models_limit": _report_models_limit,
    "machines_count": lambda: str(len(_machines())),
    "data_tables": _data_tables,
}


# Asks the real parser, in one process, what each option accepts: the text of its "out of range" error.
_ACCEPTS_PROBE = """
import contextlib, io, json, sys
from advisor.cli.main import main
out = {}
for sub, option in json.loads(sys.argv[1]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            main([sub, f"{option}=-1e12"])  # below every range; argparse stops at it before anything runs
        except SystemExit:
            pass
    out[f"{sub}:{option}"] = err.getvalue()
print(json.dumps(out))
"""


@functools.cache
def _accepted_ranges() -> dict[str, str]:
    """`accepts:SUB:--option` of every doc → what the parser says that option accepts."""
    names = {name for path in doc_paths() for _, name, _ in facts_in(path)}
    wanted = sorted(name.split(":", 1)[1] for name in names if name.startswith("accepts:"))
    if not wanted:
        return {}
    pairs = json.dumps([w.split(":", 1) for w in wanted])
    proc = subprocess.run(
        [sys.executable, "-c", _ACCEPTS_PROBE, pairs],
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        raise DocsError(f"asking the parser what options accept failed: {proc.stderr.strip()[-500:]}")
    found = {}
    for key, error in json.loads(proc.stdout).items():
        m = re.search(r"accepted: (.+)$", error.strip())
        found[key] = m.group(1) if m else ""
    return found


def accepts(name: str) -> str:
    text = _accepted_ranges().get(name.removeprefix("accepts:"), "")
    if not text:
        raise DocsError(f"{name}: the parser gives no range for that option (is it a number option of that command?)")
    return text


@functools.cache
def fact(name: str) -> str:
    if name.startswith("const:"):
        return constant(name.removeprefix("const:"))
    if name.startswith("accepts:"):
        return accepts(name)
    if name not in FACTS:
        known = ", ".join([*sorted(FACTS), "const:package.module.NAME", "accepts:SUBCOMMAND:--option"])
        raise DocsError(f"unknown fact {name!r} (known: {known})")
    return FACTS[name]()


# --------------------------------------------------------------------------------------------------------- JSON
def json_keys(data: object, *, deep: bool) -> set[str]:
    """The keys of a JSON object, and (deep) of the objects in its lists, at any depth."""
    keys: set[str] = set()

    def walk(obj: object) -> None:
        if isinstance(obj, dict):
            for key, value in obj.items():
                keys.add(key)
                if deep and isinstance(value, list):
                    for item in value:
                        walk(item)

    walk(data)
    return keys


def missing_json_keys(command: Command, prose: str, *, deep: bool) -> list[str]:
    """The keys of the command's JSON that `prose` does not name (none when a server example cannot run)."""
    if busy_port(command) is not None:
        return []
    code, output = run(command.args)
    try:
        data = json.loads(output)
    except ValueError:
        raise DocsError(f"{command.text}: printed no JSON (exit {code}): {output[:200]!r}") from None
    return sorted(k for k in json_keys(data, deep=deep) if f'"{k}"' not in prose and f"`{k}`" not in prose)


# ------------------------------------------------------------------------------------------------- flags, markup
@functools.cache
def cli_options() -> dict[str, frozenset[str]]:
    """Each subcommand's `--options` (with the global ones), read from the real parser."""
    import argparse as _argparse

    from advisor.cli.main import build_parser

    parser = build_parser()
    common = {o for o in parser._option_string_actions if o.startswith("--")}
    options = {"": frozenset(common)}
    for action in parser._actions:
        if isinstance(action, _argparse._SubParsersAction):
            for name, sub in action.choices.items():
                options[name] = frozenset(common | {o for o in sub._option_string_actions if o.startswith("--")})
    return options


CODE_FENCE = re.compile(r"^[ \t]*```")
INLINE_CODE = re.compile(r"`([^`\n]+)`")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def _commands_in(text: str) -> Iterator[tuple[int, str]]:
    """(line, command text) of every `llm-advisor ...` written in a code block (a synopsis's continuation lines
    joined to it) or an inline code span."""
    in_code = False
    current: tuple[int, str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if CODE_FENCE.match(line):
            in_code = not in_code
            continue
        stripped = line.strip().removeprefix("$ ")
        if in_code and current and line[:1].isspace() and stripped[:1] in "[(":
            current = (current[0], f"{current[1]} {stripped}")
            continue
        if current:
            yield current
            current = None
        # a command, not an error line (`llm-advisor cost: error: ...`)
        if in_code and re.match(r"llm-advisor(\s+[^\s:]+(\s|$)|$)", stripped):
            current = (number, stripped)
        elif not in_code:
            for span in INLINE_CODE.findall(line):
                if span.startswith("llm-advisor "):
                    yield number, span
    if current:
        yield current


def unknown_options(path: Path) -> list[str]:
    """`llm-advisor SUB --option` in a doc where SUB has no such option (a renamed or removed flag)."""
    options = cli_options()
    problems = []
    for number, command in _commands_in(path.read_text(encoding="utf-8")):
        words = command.split()
        sub = next((w for w in words[1:] if w in options), "")
        text = command.split("#", 1)[0]  # a comment after the command is prose
        for option in OPTION.findall(text):
            if option not in options[sub]:
                problems.append(f"{path.relative_to(ROOT)}:{number}: `llm-advisor {sub}` has no {option}")
    return problems


REPO_PATH = re.compile(
    r"(?<![\w/.~-])(?:advisor|tests|scripts|benchmarks|resources|docs)/[\w./-]+\.(?:py|json|md|sh|csv|ts|qm)"
)


def missing_paths(path: Path) -> list[str]:
    """Files of the repository a doc names (`advisor/core/...py`, `resources/...json`) that do not exist."""
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for name in REPO_PATH.findall(line):
            if not (ROOT / name).exists():
                problems.append(f"{path.relative_to(ROOT)}:{number}: {name} does not exist")
    return problems


def facts_in_code(path: Path) -> list[str]:
    """Facts written inside a code span or block, where Markdown would show the marker itself."""
    problems, in_code = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if CODE_FENCE.match(line):
            in_code = not in_code
        for m in FACT.finditer(line):
            if in_code or line[: m.start()].count("`") % 2:
                problems.append(f"{path.relative_to(ROOT)}:{number}: a fact inside code shows as its marker")
    return problems


# ----------------------------------------------------------------------------------------------------- the docs
def doc_paths() -> list[Path]:
    found: set[Path] = set()
    for pattern in DOC_GLOBS:
        found.update(p for p in ROOT.glob(pattern) if p.is_file())
    return sorted(found)


@dataclass(frozen=True)
class Block:
    path: Path
    line: int
    kind: str  # "example" | "json-keys"
    command: Command
    deep: bool = True
    prose: str = ""  # json-keys: the text that must describe the JSON
    written: str = ""  # example: the fenced block as the doc has it now
    indent: str = ""

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def blocks(path: Path) -> Iterator[Block]:
    text = path.read_text(encoding="utf-8")
    for m in EXAMPLE.finditer(text):
        yield Block(
            path, _line_of(text, m.start()), "example", parse_command(m["cmd"]), written=m["body"], indent=m["indent"]
        )
    for m in JSON_KEYS.finditer(text):
        yield Block(
            path, _line_of(text, m.start()), "json-keys", parse_command(m["cmd"]), deep=not m["top"], prose=m["body"]
        )


def facts_in(path: Path) -> list[tuple[int, str, str]]:
    """(line, name, text as written) of every fact in a doc."""
    text = path.read_text(encoding="utf-8")
    return [(_line_of(text, m.start()), m["name"], m["body"]) for m in FACT.finditer(text)]


def fact_text(name: str, written: str) -> str:
    """What a fact's marker should hold: a block fact (on lines of its own) keeps its surrounding newlines."""
    value = fact(name)
    return f"\n{value}\n" if written.startswith("\n") else value


def regenerate(text: str, skipped: list[str] | None = None, where: str = "", problems: list[str] | None = None) -> str:
    """`text` (a doc) with every example block and fact as the commands and the code give them today. With
    `problems`, a block or fact that cannot be made is left as it is and said there (else it raises DocsError)."""

    def kept(m: re.Match[str], exc: DocsError) -> str:
        if problems is None:
            raise exc
        problems.append(f"{where}:{_line_of(m.string, m.start())}: {exc} (left as it is)")
        return m.group(0)

    def example(m: re.Match[str]) -> str:
        try:
            command = parse_command(m["cmd"])
            busy = busy_port(command)
            if busy is not None:
                if skipped is not None:
                    skipped.append(
                        f"{where}:{_line_of(text, m.start())}: `{command.text}` left as it is "
                        f"(something listens on {busy})"
                    )
                return m.group(0)
            indent = m["indent"]
            return f"{indent}<!-- example: {m['cmd']} -->\n{render_example(indent, command)}{indent}<!-- /example -->"
        except DocsError as exc:
            return kept(m, exc)

    def one_fact(m: re.Match[str]) -> str:
        try:
            return f"<!-- fact: {m['name']} -->{fact_text(m['name'], m['body'])}<!-- /fact -->"
        except DocsError as exc:
            return kept(m, exc)

    return FACT.sub(one_fact, EXAMPLE.sub(example, text))


def diff(old: str, new: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(True), new.splitlines(True), f"{name} (in the repo)", f"{name} (what the commands print now)"
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; print the diff and exit 1 on drift")
    parser.add_argument("docs", nargs="*", type=Path, help="only these files (default: README, CONTRIBUTING, docs/)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.docs] or doc_paths()
    drifted, problems, skipped = [], [], []
    for path in paths:
        name = str(path.relative_to(ROOT))
        old = path.read_text(encoding="utf-8")
        try:
            new = regenerate(old, skipped, name, problems)
            for block in blocks(path):
                if block.kind == "json-keys":
                    missing = missing_json_keys(block.command, block.prose, deep=block.deep)
                    if missing:
                        problems.append(
                            f"{block.where}: the JSON of `{block.command.text}` has keys the prose does "
                            f"not describe: {', '.join(missing)}"
                        )
            problems += unknown_options(path) + facts_in_code(path) + missing_paths(path)
        except DocsError as exc:
            problems.append(f"{name}: {exc}")
            continue
        if new != old:
            drifted.append(name)
            if args.check:
                sys.stdout.write(diff(old, new, name))
            else:
                path.write_text(new, encoding="utf-8")
    for line in skipped:
        print(f"skipped: {line}", file=sys.stderr)
    for line in problems:
        print(f"error: {line}", file=sys.stderr)
    if drifted:
        verb = "differ from what the commands print; run " + REGENERATE if args.check else "rewritten"
        print(f"{', '.join(drifted)}: {verb}", file=sys.stderr)
    return 1 if problems or (args.check and drifted) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
