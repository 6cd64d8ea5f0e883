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
from pathlib import Path
from typing import Any

from advisor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    add_json_option,
    emit,
    float_in_range,
    int_in_range,
    url_text,
)
from advisor.cli.hardware_option import add_hardware_option
from advisor.core.jsonio import to_jsonable
from advisor.core.types import SCHEMA_VERSION

HELP = "check a local server (LM Studio, Ollama, llama.cpp, ...), find servers, benchmark, try a prompt"
DEFAULT_URL = "http://localhost:1234/v1"  # the same as advisor.core.servers.DEFAULT_URL; kept here for a light import
BENCH_MAX_TOKENS = 128

_KIND_NAMES = {
    "lmstudio": "LM Studio",
    "ollama": "Ollama",
    "llama.cpp": "llama.cpp (llama-server)",
    "llama-cpp-python": "llama-cpp-python",
    "vllm": "vLLM",
    "localai": "LocalAI",
    "koboldcpp": "KoboldCpp",
    "text-generation-webui": "text-generation-webui",
    "gpt4all": "GPT4All",
    "jan": "Jan",
    "openai_compatible": "an OpenAI-compatible server",
}
_START_ADVICE = {
    "lmstudio": "In LM Studio open the Developer tab and press Start Server, or run `lms server start`.",
    "ollama": "Start Ollama (the app, or `ollama serve`).",
    "llama.cpp": "Start it with `llama-server -m MODEL.gguf --port PORT`.",
}
_LOAD_ADVICE = {
    "lmstudio": "Load one in LM Studio (Developer tab → Select a model to load), or run `lms ls` and then "
    "`lms load <model>`.",
    "ollama": "Download one with `ollama pull <model>` (e.g. `ollama pull llama3.2`).",
}


def api_key(text: str) -> str:
    """--api-key: the token trimmed and checked by the core (a pasted 'ñ' or typographic dash crashed the request)."""
    from advisor.core.servers.http import API_KEY_EMPTY, ApiKeyError, clean_api_key

    try:
        return clean_api_key(text)
    except ApiKeyError as exc:
        if exc.code == API_KEY_EMPTY:
            raise argparse.ArgumentTypeError("the token is empty: copy it again") from None
        raise argparse.ArgumentTypeError("the token has characters an HTTP header cannot carry "
                                         "(such as ñ, a typographic dash or a line break): copy it again") from None


MAX_TIMEOUT_S = 3600.0
CHECK_TIMEOUT_S = 10.0  # advisor.core.servers.limits.CHECK_TIMEOUT_S (the help text; the core owns the value)
DISCOVER_TIMEOUT_S = 0.8  # limits.DISCOVER_TIMEOUT_S
STREAM_TIMEOUT_S = 300.0  # limits.STREAM_TIMEOUT_S


def timeout_seconds(text: str) -> float:
    """--timeout: above zero and at most an hour (1e12 s overflowed the socket timer: a traceback)."""
    return float_in_range(0, MAX_TIMEOUT_S, low_open=True, unit=" seconds")(text)


def shown_text(text: str) -> str:
    """A message with every URL in it redacted (a server's error text may quote the request URL)."""
    from advisor.core.urls import redact_text

    return redact_text(text)


def port_list(text: str) -> tuple[int, ...]:
    """--ports: '1234,8080' → (1234, 8080); each 1–65535, at most 64 of them."""
    ports: list[int] = []
    for piece in text.replace(" ", "").split(","):
        if not piece:
            continue
        if not piece.isdigit() or not 1 <= int(piece) <= 65535:
            raise argparse.ArgumentTypeError(f"{piece!r} is not a port (1-65535)")
        if int(piece) not in ports:
            ports.append(int(piece))
    if not ports:
        raise argparse.ArgumentTypeError("no port given (e.g. --ports 1234,8080)")
    if len(ports) > 64:
        raise argparse.ArgumentTypeError(f"{len(ports)} ports: at most 64")
    return tuple(ports)


def shown_url(url: str) -> str:
    """A URL as it may be printed: the password and query tokens replaced by ***."""
    from advisor.core.urls import redact_url

    return redact_url(url)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", default=DEFAULT_URL, type=url_text,
                        help=f"the server's OpenAI base URL (default {DEFAULT_URL})")
    parser.add_argument("--api-key", metavar="KEY", type=api_key, help="API token, when the server requires one")
    parser.add_argument("--timeout", type=timeout_seconds, default=None, metavar="SECONDS",
                        help=f"total time for the check (default {CHECK_TIMEOUT_S:g}) or for the --discover sweep "
                        f"(default {DISCOVER_TIMEOUT_S:g}); at most {MAX_TIMEOUT_S:g}")
    parser.add_argument("--stream-timeout", type=timeout_seconds, default=None, metavar="SECONDS",
                        help=f"total time for --bench (all runs) or a --prompt reply (default {STREAM_TIMEOUT_S:g}); "
                        f"at most {MAX_TIMEOUT_S:g}")
    parser.add_argument("--discover", action="store_true", help="look for servers on every known port of this machine")
    parser.add_argument("--ports", type=port_list, metavar="LIST",
                        help="ports for --discover, comma-separated (default: the known servers' ports)")
    parser.add_argument("--bench", action="store_true", help="measure time to first token and tokens per second")
    add_hardware_option(parser)
    parser.add_argument("--after-load", action="store_true",
                        help="a server on this machine: the memory its process really uses, against the estimate "
                             "for the model it loaded")
    parser.add_argument("--runs", type=int_in_range(1, 100), default=3,
                        help="benchmark runs; the median is shown (default 3)")
    parser.add_argument("--max-tokens", type=int_in_range(1, 131_072), metavar="N",
                        help=f"most tokens to generate: per benchmark run (default {BENCH_MAX_TOKENS}) "
                        "or for --prompt (default: until the model stops)")
    parser.add_argument("--model", help="model id to benchmark or prompt (default: a loaded one)")
    parser.add_argument("--prompt", metavar="TEXT", help="send this prompt and stream the reply")
    parser.add_argument("--system", metavar="TEXT", help="system message for --prompt")
    parser.add_argument("--temperature", type=float_in_range(0, 2), default=0.7, metavar="T",
                        help="sampling temperature for --prompt (default 0.7)")
    add_json_option(parser)


def run(args: argparse.Namespace) -> int:
    from advisor.core import servers

    if args.discover and (args.bench or args.prompt is not None):
        raise CliError("--discover cannot be combined with --bench or --prompt")
    if args.bench and args.prompt is not None:
        raise CliError("--bench and --prompt: run them one at a time")
    if args.system is not None and args.prompt is None:
        raise CliError("--system needs --prompt")
    if args.prompt is not None and not args.prompt.strip():
        raise CliError("--prompt is empty")
    if args.ports is not None and not args.discover:
        raise CliError("--ports needs --discover")
    if args.stream_timeout is not None and not (args.bench or args.prompt is not None):
        raise CliError("--stream-timeout needs --bench or --prompt")
    try:
        url = servers.normalize_url(args.url)
    except ValueError as exc:
        raise CliError(f"--url {shown_url(args.url)!r}: {exc}") from None
    if args.discover:
        return _discover(args)

    status = servers.check(url, api_key=args.api_key, timeout_s=args.timeout)
    if status.problem is None and args.bench:
        status = _bench(args, status, url)
    if status.problem is not None or args.prompt is None:
        loaded = _after_load(url, args) if status.problem is None and args.after_load else None
        data = status_json(status)
        if loaded is not None:
            from advisor.core.jsonio import to_jsonable

            data["after_load"] = to_jsonable(loaded)
        emit(args, data, lambda: render_status(status) + (("\n" + after_load_text(loaded)) if loaded else ""))
        return EXIT_OK if status.problem is None else EXIT_PROBLEM
    return _prompt(args, status, url)


# ---------------------------------------------------------------------------------------------- actions


def _after_load(url: str, args: argparse.Namespace) -> Any:
    from advisor.cli.hardware_option import profile_from_args
    from advisor.core.servers.after_load import after_load

    return after_load(url, profile_from_args(args), timeout_s=args.timeout or 5.0)


_AFTER_LOAD_WORDS = {
    "not_local": "the server runs on another machine: its process cannot be looked at",
    "no_process": "no process of yours listens on that port (or the system would not say which)",
    "model_unknown": "the server does not say which file it loaded (llama.cpp's server does)",
    "model_unreadable": "the model file it names cannot be read here",
    "no_gpu_counter": "no per-process GPU memory counter here (NVIDIA's NVML reports it)",
}


def after_load_text(a: Any) -> str:
    """'Memory     using 2.1 GiB (process 1234) · predicted 2.2 GiB for model.gguf at 4,096 tokens'."""
    from advisor.cli.common import gib

    parts = []
    if a.used_ram_bytes is not None:
        parts.append(f"using {gib(a.used_ram_bytes)} of RAM (process {a.pid})")
    if a.used_vram_bytes:
        parts.append(f"{gib(a.used_vram_bytes)} on the GPU")
    if a.predicted_ram_bytes is not None:
        ctx = f" at {a.context:,} tokens" if a.context else ""
        vram = f" + {gib(a.predicted_vram_bytes)} on the GPU" if a.predicted_vram_bytes else ""
        parts.append(f"predicted {gib(a.predicted_ram_bytes)} of RAM{vram} for {Path(a.model_path).name}{ctx}")
    lines = ["Memory     " + (" · ".join(parts) if parts else "not measured")]
    lines += ["           - " + _AFTER_LOAD_WORDS.get(n, n) for n in a.notes]
    return "\n".join(lines)


def _discover(args: argparse.Namespace) -> int:
    from advisor.core import servers

    ports = args.ports or servers.KNOWN_PORTS
    found = servers.discover(ports=ports, timeout_s=args.timeout)
    data = {"schema_version": SCHEMA_VERSION, "servers": [status_json(s, versioned=False) for s in found]}

    def text() -> str:
        if not found:
            return (f"No local server found on ports {', '.join(map(str, ports))}.\n"
                    + _START_ADVICE["lmstudio"])
        return "\n\n".join(render_status(s) for s in found)

    emit(args, data, text)
    return EXIT_OK if found else EXIT_PROBLEM


def measure(url: str, *, api_key: str | None, model: str | None = None, runs: int = 3,
            max_tokens: int = BENCH_MAX_TOKENS, quiet: bool = False, timeout_s: float | None = None) -> Any:
    """The streamed benchmark with this machine's energy meter (joules/token where one can be read); the line on
    stderr says why the command takes a few seconds. Raises servers.ServerProblemError (see `problem_line`).
    `timeout_s` is the whole benchmark's time (default: LLM_ADVISOR_STREAM_TIMEOUT_S, else 300 s)."""
    from advisor.core import servers
    from advisor.core.hardware.power import open_energy_meter
    from advisor.core.servers.limits import stream_timeout_s

    timeout_s = timeout_s if timeout_s is not None else stream_timeout_s()
    if not quiet:
        print(f"Benchmarking {shown_url(url)} ({runs} runs of up to {max_tokens} tokens, at most {timeout_s:g} s)…",
              file=sys.stderr)
    return servers.benchmark(url, model=model, api_key=api_key, runs=runs, max_tokens=max_tokens,
                             energy_meter=open_energy_meter(), timeout_s=timeout_s)


def _bench(args: argparse.Namespace, status: Any, url: str) -> Any:
    from dataclasses import replace

    from advisor.core import servers

    try:  # `url`, not `status.url`: the status carries the URL as shown, with any password redacted
        bench = measure(url, api_key=args.api_key, model=args.model, runs=args.runs,
                        max_tokens=args.max_tokens or BENCH_MAX_TOKENS, quiet=args.json,
                        timeout_s=args.stream_timeout)
    except servers.ServerProblemError as exc:
        return replace(status, problem=exc.problem)
    return replace(status, benchmark=bench)


def _prompt(args: argparse.Namespace, status: Any, url: str) -> int:
    from advisor.core import servers

    def show(piece: str) -> None:
        sys.stdout.write(piece)
        sys.stdout.flush()

    result = servers.stream_chat(
        url, model=args.model, system=args.system, prompt=args.prompt, temperature=args.temperature,
        api_key=args.api_key, on_delta=None if args.json else show, max_tokens=args.max_tokens,
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
        if result.problem is not None:
            message, advice = describe_problem(result.problem.code.value, result.problem.values)
            print(f"Problem    {message}\nWhat to do {advice}", file=sys.stderr)
        else:
            speed = f", {result.tokens_per_second:.1f} tokens/s" if result.tokens_per_second else ""
            ttft = f"first token after {result.ttft_ms:.0f} ms" if result.ttft_ms is not None else "no text"
            stop = _STOP_WORDS.get(result.stopped_by or "", "")
            print(f"[{result.model}: {ttft}{speed}, {result.completion_tokens or 0} tokens{stop}]", file=sys.stderr)
    return EXIT_OK if result.problem is None else EXIT_PROBLEM


# ---------------------------------------------------------------------------------------------- words

_STOP_WORDS = {  # ChatResult/Benchmark.stopped_by, when it was not the server that ended the reply
    "tokens": "; stopped at the token budget (the server went on past max_tokens)",
    "time": "; stopped at the time budget (--stream-timeout)",
    "cancelled": "; stopped by you",
}
_TOO_LARGE_WHAT = {
    "model_list": "model list",
    "stream": "streamed reply",
    "response": "answer",
}


def kind_name(kind: str | None) -> str:
    return _KIND_NAMES.get(kind or "", "an unknown server")


def describe_problem(code: str, values: dict[str, Any]) -> tuple[str, str]:
    """(what is wrong, what to do) in English for a problem code and its values."""
    kind = str(values.get("kind") or "")
    url = shown_url(str(values["url"])) if values.get("url") else "the URL"
    server = kind_name(kind) if kind else "the server"
    if code == "connection_refused":
        where = f"{values.get('host')}:{values.get('port')}" if values.get("host") else url
        return (f"Nothing is listening on {where}: the server is not started (or uses another port).",
                _START_ADVICE["lmstudio"] + " Or run `llm-advisor server --discover` to find servers on other ports.")
    if code == "timeout":
        if values.get("step") in ("stream", "benchmark"):
            what = "started a reply but did not finish it" if values.get("tokens_received") else "sent no reply text"
            return (f"{url} {what} within {values.get('timeout_s')} s (the time for the whole "
                    + ("benchmark" if values.get("step") == "benchmark" else "reply") + ").",
                    "The server may be loading a model, far too slow for it, or hung: wait and retry, "
                    "restart it, try a smaller model, or raise --stream-timeout (LLM_ADVISOR_STREAM_TIMEOUT_S for "
                    "`cost` and `report`).")
        return (f"{url} accepted the connection but did not answer within {values.get('timeout_s')} s.",
                "The server may be busy (a long generation, a model loading) or hung: wait and retry, "
                "restart it, or raise --timeout (LLM_ADVISOR_CHECK_TIMEOUT_S for `cost` and `report`).")
    if code == "response_too_large":
        what = _TOO_LARGE_WHAT.get(str(values.get("what")), str(values.get("what") or "answer"))
        if values.get("limit_count"):
            size = f"{values.get('count'):,} entries, more than the {values.get('limit_count'):,} read"
        else:
            size = f"more than the {_mib(values.get('limit_bytes'))} read"
        return (f"{url} sent a {what} too large to be a local LLM server's ({size}); it was not read to the end.",
                "Check that the URL is your LLM server (LM Studio uses port 1234, Ollama 11434, llama.cpp 8080) "
                "and look at its log; see docs/readme/limits.md for the size limits.")
    if code == "wrong_path":
        suggested = shown_url(str(values["suggested_url"])) if values.get("suggested_url") else None
        return (f"{server[0].upper() + server[1:]} answers, but {url} is not its API address.",
                f"Use {suggested} (the OpenAI base URL ends in /v1)." if suggested
                else "Use the base URL that ends in /v1, e.g. http://localhost:1234/v1.")
    if code == "not_openai_compatible":
        what = "a web page" if values.get("html") else "something that does not speak the OpenAI API"
        if values.get("reason") == "not_http":
            what = "a program that does not speak HTTP"
        return (f"{url} is served by {what}, not by a local LLM server.",
                "Check the port: LM Studio uses 1234, Ollama 11434, llama.cpp 8080. "
                "`llm-advisor server --discover` lists the servers it finds.")
    if code == "auth_required":
        sent = values.get("key_sent")
        return (f"{server[0].upper() + server[1:]} requires an API token"
                + (" and refused the one given." if sent else "."),
                "Pass the token with --api-key (in LM Studio: Developer → Server Settings → API tokens; "
                "or turn authentication off there).")
    if code == "no_model_loaded":
        available = values.get("models_available")
        extra = f" ({available} downloaded)" if available else ""
        return (f"{server[0].upper() + server[1:]} is running but has no model loaded{extra}.",
                _LOAD_ADVICE.get(kind, "Load a model in the server, then check again."))
    if code == "loading":
        return (f"{server[0].upper() + server[1:]} is still loading a model.",
                "Wait until it finishes (large models take a minute), then check again.")
    status = values.get("status")
    message = values.get("message") or values.get("error")
    detail = f" (HTTP {status})" if status else ""
    detail += f": {shown_text(str(message))}" if message else ""
    if values.get("reason") == "redirect":
        where = f" to {shown_url(str(values['location']))}" if values.get("location") else ""
        return (f"{url} answered with a redirect (HTTP {status}{where}); a local server's API answers directly, "
                "so redirects are not followed.",
                "Check the URL: use the server's own address and port (e.g. http://localhost:1234/v1).")
    if values.get("reason") == "stream_broken":
        return (f"The connection to {url} broke in the middle of a reply{detail}.",
                "The server may have crashed or run out of memory; look at its log and try a smaller model.")
    return (f"{url} answered with an error{detail}.", "Look at the server's log for the cause.")


def _mib(value: Any) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "size limit"
    return f"{value / 1024 / 1024:g} MiB" if value >= 1024 * 1024 else f"{value / 1024:g} KiB"


def problem_line(problem: Any) -> str:
    """A server `Problem` as one line: what is wrong, then what to do."""
    message, advice = describe_problem(problem.code.value, problem.values)
    return f"{message} {advice}"


def problem_json(problem: Any) -> dict[str, Any] | None:
    if problem is None:
        return None
    code = problem.code.value
    message, advice = describe_problem(code, problem.values)
    return {"code": code, "message": message, "advice": advice, "values": to_jsonable(problem.values)}


def status_json(status: Any, *, versioned: bool = True) -> dict[str, Any]:
    data = to_jsonable(status)
    data["problem"] = problem_json(status.problem)
    data["usable"] = status.usable
    if versioned:
        data = {"schema_version": SCHEMA_VERSION, **data}
    return data


def _model_line(m: Any) -> str:
    facts = []
    if m.loaded is not None:
        facts.append("loaded" if m.loaded else "not loaded")
    facts += [x for x in (m.quant, m.arch) if x]
    if m.max_context:
        facts.append(f"{m.max_context:,} ctx")
    return m.id + (f" ({', '.join(facts)})" if facts else "")


def render_status(status: Any) -> str:
    name = kind_name(status.kind.value if status.kind else None)
    version = f" {status.version}" if status.version else ""
    lines = [f"Server     {shown_url(status.url)}"]
    if status.kind is not None:
        lines.append(f"Program    {name}{version}")
    if status.problem is None:
        took = f" ({status.elapsed_ms:.0f} ms)" if status.elapsed_ms is not None else ""
        lines.append(f"Status     OK — ready for the openai client{took}")
    else:
        message, advice = describe_problem(status.problem.code.value, status.problem.values)
        lines += [f"Problem    {message}", f"What to do {advice}"]
    for i, m in enumerate(status.models):
        lines.append(f"{'Models' if i == 0 else '':<10} {_model_line(m)}")
    b = status.benchmark
    if b is not None:
        stop = _STOP_WORDS.get(getattr(b, "stopped_by", "") or "", "")
        lines.append(f"Benchmark  {b.model}, median of {b.runs} runs ({b.source}){stop}")
        if b.tokens_per_second is not None:
            client = (f" (client {b.client_tokens_per_second:.1f})"
                      if b.client_tokens_per_second and b.server_tokens_per_second else "")
            lines.append(f"  generation        {b.tokens_per_second:.1f} tokens/s{client}")
        if b.prompt_tokens_per_second is not None:
            lines.append(f"  prompt processing {b.prompt_tokens_per_second:.1f} tokens/s")
        if b.ttft_ms is not None:
            lines.append(f"  first token after {b.ttft_ms:.0f} ms")
        if b.completion_tokens is not None:
            lines.append(f"  tokens per run    {b.completion_tokens}")
        if b.joules_per_token is not None:
            lines.append(f"  energy            {b.joules_per_token:.2f} J/token, {b.power_watts:.0f} W "
                         f"({b.energy_source})")
        else:
            lines.append("  energy            not measurable here (no NVML energy counter or readable RAPL)")
    return "\n".join(lines)
