"""`llm-advisor server`: is my local server (LM Studio by default) working? What is wrong, and how fast is it?

    llm-advisor server [--url URL] [--api-key KEY] [--json]     check one server (exit 0 usable, 1 problem)
    llm-advisor server --discover [--ports 1234,8080]           every server on this machine's known ports
    llm-advisor server --bench [--runs N] [--max-tokens N]      streamed benchmark (+ joules/token if measurable)
    llm-advisor server --prompt TEXT [--system TEXT] [--temperature T]   try a prompt, reply streamed

Every network step has a total deadline (--timeout for the check or the discovery sweep, --stream-timeout for a
benchmark or a streamed reply) and every answer a size cap: docs/readme/limits.md.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from advisor.cli import speech
from advisor.cli.common import (
    CONTEXT_SUFFIX,
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    add_json_option,
    emit,
    float_in_range,
    int_in_range,
    url_text,
    worded,
)
from advisor.cli.hardware_option import add_hardware_option
from advisor.cli.speech import QT_TRANSLATE_NOOP, help_text
from advisor.core.jsonio import to_jsonable
from advisor.core.types import SCHEMA_VERSION
from advisor.core.urls import DEFAULT_SERVER_URL as DEFAULT_URL

HELP = QT_TRANSLATE_NOOP(
    "Cli", "check a local server (LM Studio, Ollama, llama.cpp, ...), find servers, benchmark, try a prompt"
)
BENCH_MAX_TOKENS = 128


def api_key(text: str) -> str:
    """--api-key: the token trimmed and checked by the core (a pasted 'ñ' or typographic dash crashed the request)."""
    from advisor.core.servers.http import API_KEY_EMPTY, ApiKeyError, clean_api_key

    try:
        return clean_api_key(text)
    except ApiKeyError as exc:
        say = speech.say()
        if exc.code == API_KEY_EMPTY:
            raise argparse.ArgumentTypeError(
                say.t(QT_TRANSLATE_NOOP("Cli", "the token is empty: copy it again"))
            ) from None
        raise argparse.ArgumentTypeError(
            say.t(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "the token has characters an HTTP header cannot carry (such as ñ, a typographic dash or a line "
                    "break): copy it again",
                )
            )
        ) from None


MAX_TIMEOUT_S = 3600.0
CHECK_TIMEOUT_S = 10.0  # advisor.core.servers.limits.CHECK_TIMEOUT_S (the help text; the core owns the value)
DISCOVER_TIMEOUT_S = 0.8  # limits.DISCOVER_TIMEOUT_S
STREAM_TIMEOUT_S = 300.0  # limits.STREAM_TIMEOUT_S


def timeout_seconds(text: str) -> float:
    """--timeout: from a tenth of a second to an hour (1e12 s overflowed the socket timer: a traceback; 1e-9 s ran
    out before a refused connection was told, and read as "accepted, no answer within 0.0 s")."""
    from advisor.core.servers.limits import MIN_SECONDS

    return float_in_range(MIN_SECONDS, MAX_TIMEOUT_S, unit=" seconds")(text)


def port_list(text: str) -> tuple[int, ...]:
    """--ports: '1234,8080' → (1234, 8080); each 1–65535, at most 64 of them."""
    ports: list[int] = []
    for piece in text.replace(" ", "").split(","):
        if not piece:
            continue
        if not piece.isdigit() or not 1 <= int(piece) <= 65535:
            raise argparse.ArgumentTypeError(
                speech.say().t(QT_TRANSLATE_NOOP("Cli", "{value} is not a port (1-65535)"), value=repr(piece))
            )
        if int(piece) not in ports:
            ports.append(int(piece))
    if not ports:
        raise argparse.ArgumentTypeError(
            speech.say().t(QT_TRANSLATE_NOOP("Cli", "no port given (e.g. --ports 1234,8080)"))
        )
    if len(ports) > 64:
        raise argparse.ArgumentTypeError(
            speech.say().t(QT_TRANSLATE_NOOP("Cli", "{count} ports: at most 64"), count=len(ports))
        )
    return tuple(ports)


def shown_url(url: str) -> str:
    """A URL as it may be printed: the password and query tokens replaced by ***."""
    from advisor.core.urls import redact_url

    return redact_url(url)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--url",
        default=DEFAULT_URL,
        type=url_text,
        help=help_text(QT_TRANSLATE_NOOP("Cli", "the server's OpenAI base URL (default {url})"), url=DEFAULT_URL),
    )
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        type=api_key,
        help=QT_TRANSLATE_NOOP("Cli", "API token, when the server requires one"),
    )
    parser.add_argument(
        "--timeout",
        type=timeout_seconds,
        default=None,
        metavar="SECONDS",
        help=help_text(
            QT_TRANSLATE_NOOP(
                "Cli",
                "total time for the check (default {check}) or for the --discover sweep (default {sweep}); "
                "at most {most}",
            ),
            check=f"{CHECK_TIMEOUT_S:g}",  # as typed: the option reads a decimal point in every language
            sweep=f"{DISCOVER_TIMEOUT_S:g}",
            most=f"{MAX_TIMEOUT_S:g}",
        ),
    )
    parser.add_argument(
        "--stream-timeout",
        type=timeout_seconds,
        default=None,
        metavar="SECONDS",
        help=help_text(
            QT_TRANSLATE_NOOP(
                "Cli", "total time for --bench (all runs) or a --prompt reply (default {stream}); at most {most}"
            ),
            stream=f"{STREAM_TIMEOUT_S:g}",
            most=f"{MAX_TIMEOUT_S:g}",
        ),
    )
    parser.add_argument(
        "--discover",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "look for servers on every known port of this machine"),
    )
    parser.add_argument(
        "--ports",
        type=port_list,
        metavar="LIST",
        help=QT_TRANSLATE_NOOP("Cli", "ports for --discover, comma-separated (default: the known servers' ports)"),
    )
    parser.add_argument(
        "--bench",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "measure time to first token and tokens per second"),
    )
    parser.add_argument(
        "--no-calibrate",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "with --bench on this machine: do not calibrate the speed estimates by the result "
            "(see `llm-advisor calibration`)",
        ),
    )
    add_hardware_option(parser)
    parser.add_argument(
        "--after-load",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "a server on this machine: the memory its process really uses, against the estimate for the model "
            "it loaded",
        ),
    )
    parser.add_argument(
        "--runs",
        type=int_in_range(1, 100),
        default=3,
        help=QT_TRANSLATE_NOOP("Cli", "benchmark runs; the median is shown (default 3)"),
    )
    parser.add_argument(
        "--max-tokens",
        type=int_in_range(1, 131_072, scale=CONTEXT_SUFFIX),  # 4K tokens: 4096, as llama.cpp counts them
        metavar="N",
        help=help_text(
            QT_TRANSLATE_NOOP(
                "Cli",
                "most tokens to generate: per benchmark run (default {bench}) or for --prompt (default: until the "
                "model stops)",
            ),
            bench=BENCH_MAX_TOKENS,
        ),
    )
    parser.add_argument(
        "--model", help=QT_TRANSLATE_NOOP("Cli", "model id to benchmark or prompt (default: a loaded one)")
    )
    parser.add_argument(
        "--prompt", metavar="TEXT", help=QT_TRANSLATE_NOOP("Cli", "send this prompt and stream the reply")
    )
    parser.add_argument("--system", metavar="TEXT", help=QT_TRANSLATE_NOOP("Cli", "system message for --prompt"))
    parser.add_argument(
        "--temperature",
        type=float_in_range(0, 2),
        default=0.7,
        metavar="T",
        help=QT_TRANSLATE_NOOP("Cli", "sampling temperature for --prompt (default 0.7)"),
    )
    add_json_option(parser)


def run(args: argparse.Namespace) -> int:
    from advisor.core import servers

    say = speech.say()
    if args.discover and (args.bench or args.prompt is not None):
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--discover cannot be combined with --bench or --prompt")))
    if args.bench and args.prompt is not None:
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--bench and --prompt: run them one at a time")))
    if args.system is not None and args.prompt is None:
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--system needs --prompt")))
    if args.prompt is not None and not args.prompt.strip():
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--prompt is empty")))
    if args.ports is not None and not args.discover:
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--ports needs --discover")))
    if args.stream_timeout is not None and not (args.bench or args.prompt is not None):
        raise CliError(say.t(QT_TRANSLATE_NOOP("Cli", "--stream-timeout needs --bench or --prompt")))
    try:
        url = servers.normalize_url(args.url)
    except ValueError as exc:
        raise CliError(f"--url {shown_url(args.url)!r}: {worded(exc)}") from None
    if args.discover:
        return _discover(args)

    status = servers.check(url, api_key=args.api_key, timeout_s=args.timeout)
    if status.problem is None and args.bench:
        status = _bench(args, status, url)
    if status.problem is not None or args.prompt is None:
        # this machine, detected once for the whole run: the after-load check and the calibration rest on the same
        profile = _profile_once(args) if status.problem is None and args.after_load else None
        loaded = _after_load(url, args, status, profile) if profile is not None else None
        data = status_json(status)
        if loaded is not None:
            from advisor.core.jsonio import to_jsonable

            data["after_load"] = to_jsonable(loaded)
        calibrated = None
        if status.benchmark is not None and status.problem is None and not args.no_calibrate:
            from advisor.cli.calibration import after_bench

            said = (loaded.predicted_tokens_per_second, loaded.measured_tokens_per_second) if loaded else None
            data["calibration"], calibrated = after_bench(args, status, url, profile=profile, figures_said=said)
        emit(
            args,
            data,
            lambda: (
                render_status(status)
                + (("\n" + after_load_text(loaded)) if loaded else "")
                + ("".join("\n" + line for line in calibrated) if calibrated else "")
            ),
        )
        return EXIT_OK if status.problem is None else EXIT_PROBLEM
    return _prompt(args, status, url)


# ---------------------------------------------------------------------------------------------- actions


def _profile_once(args: argparse.Namespace) -> Any:
    from advisor.cli.hardware_option import profile_from_args

    return profile_from_args(args)


def _after_load(url: str, args: argparse.Namespace, status: Any = None, profile: Any = None) -> Any:
    from advisor.core.servers.after_load import after_load

    bench = getattr(status, "benchmark", None)
    machine = profile if profile is not None else _profile_once(args)
    return after_load(
        url,
        machine,
        recommendation=_recommendation_for(machine),  # the quant advised for the file's size class, as the report
        kind=getattr(status, "kind", None),
        api_key=args.api_key,
        timeout_s=args.timeout or 5.0,
        measured_tokens_per_second=getattr(bench, "tokens_per_second", None),
        measured_model=getattr(bench, "model", None),
    )


def _recommendation_for(profile: Any) -> Any:
    """The recommendation the app and the report set a loaded file against (None when there is none)."""
    from advisor.core.sizing import recommend

    try:
        return recommend(profile)
    except Exception:  # no verdict: the after-load check still compares memory and speed
        return None


def after_load_text(a: Any) -> str:
    """'Memory        predicted 5.0 GiB · using 4.8 GiB (process 1234: 0.4 GiB of RAM + 4.4 GiB on the graphics
    card)', then the speed, the model file, why they differ and what could not be measured."""
    from advisor.core.messages import after_load as words

    say = speech.say()
    rows: list[Any] = words.labelled_rows(say, a)
    if not any(value for _label, value in rows):
        rows = [(say.t(words.LABELS["memory"]), say.t(QT_TRANSLATE_NOOP("Cli", "not measured")))]
    return "\n".join(speech.labelled(rows))


def _discover(args: argparse.Namespace) -> int:
    from advisor.core import servers

    ports = args.ports or servers.KNOWN_PORTS
    found = servers.discover(ports=ports, timeout_s=args.timeout)
    data = {"schema_version": SCHEMA_VERSION, "servers": [status_json(s, versioned=False) for s in found]}

    def text() -> str:
        if not found:
            from advisor.core.messages import servers as words

            say = speech.say()
            return (
                say.t(
                    QT_TRANSLATE_NOOP("Cli", "No local server found on ports {ports}."),
                    ports=", ".join(map(str, ports)),
                )
                + "\n"
                + say.t(words.START["lmstudio"])
            )
        return "\n\n".join(render_status(s) for s in found)

    emit(args, data, text)
    return EXIT_OK if found else EXIT_PROBLEM


def measure(
    url: str,
    *,
    api_key: str | None,
    model: str | None = None,
    runs: int = 3,
    max_tokens: int = BENCH_MAX_TOKENS,
    quiet: bool = False,
    timeout_s: float | None = None,
) -> Any:
    """The streamed benchmark with this machine's energy meter (joules/token where one can be read); the line on
    stderr says why the command takes a few seconds. Raises servers.ServerProblemError (see `problem_line`).
    `timeout_s` is the whole benchmark's time (default: LLM_ADVISOR_STREAM_TIMEOUT_S, else 300 s)."""
    from advisor.core import servers
    from advisor.core.hardware.power import open_energy_meter
    from advisor.core.servers.limits import stream_timeout_s

    timeout_s = timeout_s if timeout_s is not None else stream_timeout_s()
    if not quiet:
        from advisor.core.messages.servers import benchmarking

        print(benchmarking(speech.say(), shown_url(url), runs, max_tokens, timeout_s), file=sys.stderr)
    return servers.benchmark(
        url,
        model=model,
        api_key=api_key,
        runs=runs,
        max_tokens=max_tokens,
        energy_meter=open_energy_meter(),
        timeout_s=timeout_s,
    )


def _bench(args: argparse.Namespace, status: Any, url: str) -> Any:
    from dataclasses import replace

    from advisor.core import servers

    try:  # `url`, not `status.url`: the status carries the URL as shown, with any password redacted
        bench = measure(
            url,
            api_key=args.api_key,
            model=args.model,
            runs=args.runs,
            max_tokens=args.max_tokens or BENCH_MAX_TOKENS,
            quiet=args.json,
            timeout_s=args.stream_timeout,
        )
    except servers.ServerProblemError as exc:
        return replace(status, problem=exc.problem)
    return replace(status, benchmark=bench)


def _prompt(args: argparse.Namespace, status: Any, url: str) -> int:
    from advisor.core import servers

    def show(piece: str) -> None:
        sys.stdout.write(piece)
        sys.stdout.flush()

    result = servers.stream_chat(
        url,
        model=args.model,
        system=args.system,
        prompt=args.prompt,
        temperature=args.temperature,
        api_key=args.api_key,
        on_delta=None if args.json else show,
        max_tokens=args.max_tokens,
        timeout_s=args.stream_timeout,
    )
    if args.json:
        data = status_json(status)
        data["reply"] = to_jsonable(result)
        data["reply"]["problem"] = problem_json(result.problem)
        emit(args, data, lambda: "")
    else:
        if result.text:
            sys.stdout.write("\n")
        say = speech.say()
        if result.problem is not None:
            print("\n".join(_problem_rows(result.problem)), file=sys.stderr)
        else:
            from advisor.core.messages import servers as words

            speed = f", {say.speed(result.tokens_per_second)}" if result.tokens_per_second else ""
            ttft = (
                say.t(
                    QT_TRANSLATE_NOOP("Cli", "first token after {wait}"),
                    wait=words.first_token_time(say, result.ttft_ms),
                )
                if result.ttft_ms is not None
                else say.t(QT_TRANSLATE_NOOP("Cli", "no text"))
            )
            stop = words.stopped_by(say, result.stopped_by)
            tokens = say.t(QT_TRANSLATE_NOOP("Cli", "{count} tokens"), count=result.completion_tokens or 0)
            notes = "".join(
                "; " + note for note in (stop, words.implausible_note(say, getattr(result, "implausible", ()))) if note
            )
            print(f"[{result.model}: {ttft}{speed}, {tokens}{notes}]", file=sys.stderr)
    return EXIT_OK if result.problem is None else EXIT_PROBLEM


# ---------------------------------------------------------------------------------------------- words


def kind_name(kind: str | None) -> str:
    from advisor.core.messages import servers

    return servers.kind_name(speech.say(), kind) if kind else "?"


def describe_problem(code: str, values: dict[str, Any], say: Any = None) -> tuple[str, str]:
    """(what is wrong, what to do) for a problem code and its values, in the run's language (or `say`'s)."""
    from advisor.core.messages import servers

    return servers.problem(say or speech.say(), code, values, "cli")


def _problem_rows(problem: Any) -> list[str]:
    say = speech.say()
    message, advice = describe_problem(problem.code.value, problem.values)
    return speech.labelled(
        [(say.t(QT_TRANSLATE_NOOP("Cli", "Problem")), message), (say.t(QT_TRANSLATE_NOOP("Cli", "What to do")), advice)]
    )


def problem_line(problem: Any) -> str:
    """A server `Problem` as one line: what is wrong, then what to do."""
    message, advice = describe_problem(problem.code.value, problem.values)
    return f"{message} {advice}"


def problem_json(problem: Any) -> dict[str, Any] | None:
    if problem is None:
        return None
    code = problem.code.value
    message, advice = describe_problem(code, problem.values, speech.ENGLISH)  # JSON: one language for scripts
    return {"code": code, "message": message, "advice": advice, "values": to_jsonable(problem.values)}


def status_json(status: Any, *, versioned: bool = True) -> dict[str, Any]:
    data = to_jsonable(status)
    data["problem"] = problem_json(status.problem)
    data["usable"] = status.usable
    if versioned:
        data = {"schema_version": SCHEMA_VERSION, **data}
    return data


def _model_line(m: Any) -> str:
    say = speech.say()
    facts = []
    if m.loaded is not None:
        facts.append(
            say.t(QT_TRANSLATE_NOOP("Cli", "loaded")) if m.loaded else say.t(QT_TRANSLATE_NOOP("Cli", "not loaded"))
        )
    facts += [x for x in (m.quant, m.arch) if x]
    from advisor.core.messages.servers import model_context

    context = model_context(say, m)  # what it was loaded with; else the model's own limit, said as such
    facts += [context] if context else []
    return m.id + (f" ({', '.join(facts)})" if facts else "")


def render_status(status: Any) -> str:
    from advisor.core.messages import servers as words

    say = speech.say()
    t = say.t
    name = kind_name(status.kind.value if status.kind else None)
    version = f" {status.version}" if status.version else ""
    rows: list[tuple[str, str | tuple[str, ...] | list[str]]] = [
        (t(QT_TRANSLATE_NOOP("Cli", "Server")), shown_url(status.url)),
        (t(QT_TRANSLATE_NOOP("Cli", "Program")), f"{name}{version}" if status.kind is not None else ""),
    ]
    if status.problem is None:
        took = (
            " " + t(QT_TRANSLATE_NOOP("Cli", "({ms} ms)"), ms=say.count(round(status.elapsed_ms)))
            if status.elapsed_ms is not None
            else ""
        )
        rows.append(
            (
                t(QT_TRANSLATE_NOOP("Cli", "Status")),
                t(QT_TRANSLATE_NOOP("Cli", "OK — ready for the openai client")) + took,
            )
        )
    else:
        message, advice = describe_problem(status.problem.code.value, status.problem.values)
        rows += [(t(QT_TRANSLATE_NOOP("Cli", "Problem")), message), (t(QT_TRANSLATE_NOOP("Cli", "What to do")), advice)]
    rows.append((t(QT_TRANSLATE_NOOP("Cli", "Models")), tuple(_model_line(m) for m in status.models)))
    b = status.benchmark
    if b is not None:
        stop = words.stopped_by(say, getattr(b, "stopped_by", None))
        odd = words.implausible_note(say, getattr(b, "implausible", ()))
        rows.append(
            (
                t(QT_TRANSLATE_NOOP("Cli", "Benchmark")),
                words.bench_runs(say, b.model, b.runs, b.source) + "".join(f"; {n}" for n in (stop, odd) if n),
            )
        )
        figures: list[tuple[str, str | tuple[str, ...] | list[str]]] = []
        if b.tokens_per_second is not None:
            client = (
                " " + t(QT_TRANSLATE_NOOP("Cli", "(client {speed})"), speed=say.number(b.client_tokens_per_second, 1))
                if b.client_tokens_per_second and b.server_tokens_per_second
                else ""
            )
            figures.append((t(QT_TRANSLATE_NOOP("Cli", "generation")), say.speed(b.tokens_per_second) + client))
        prompt = words.prompt_speed(say, b.prompt_tokens_per_second, getattr(b, "prompt_cached_runs", 0), b.runs)
        if prompt:
            figures.append((t(QT_TRANSLATE_NOOP("Cli", "prompt processing")), prompt))
        if b.ttft_ms is not None:
            figures.append((t(QT_TRANSLATE_NOOP("Cli", "first token after")), words.first_token_time(say, b.ttft_ms)))
        if b.completion_tokens is not None:
            figures.append((t(QT_TRANSLATE_NOOP("Cli", "tokens per run")), say.count(b.completion_tokens)))
        if b.joules_per_token is not None:
            figures.append(
                (
                    t(QT_TRANSLATE_NOOP("Cli", "energy")),
                    t(
                        QT_TRANSLATE_NOOP("Cli", "{joules} J/token, {watts} W ({source})"),
                        joules=say.number(b.joules_per_token, 2),
                        watts=say.count(round(b.power_watts or 0)),
                        source=b.energy_source,
                    ),
                )
            )
        else:
            figures.append(
                (
                    t(QT_TRANSLATE_NOOP("Cli", "energy")),
                    t(QT_TRANSLATE_NOOP("Cli", "not measurable here (no NVML energy counter or readable RAPL)")),
                )
            )
        lines = speech.labelled(rows)
        return "\n".join(lines + ["  " + line for line in speech.labelled(figures)])
    return "\n".join(speech.labelled(rows))
