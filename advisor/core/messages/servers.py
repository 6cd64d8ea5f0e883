"""Local servers in words: which program it is, what is wrong with it and what to do, what a run stopped at.

Advice names the action where the person is: a command-line option (`--api-key`) in the terminal, the app's
button in the app (`surface`). What is wrong is said the same way in both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP
from advisor.core.urls import redact_text, redact_url

Surface = Literal["cli", "app", "report"]  # a report made by the app says what the app says, but lists nothing

KIND_NAMES = {  # names of programs: the same in every language
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
}
OPENAI_COMPATIBLE = QT_TRANSLATE_NOOP("ServerKinds", "OpenAI-compatible server")
THE_SERVER = QT_TRANSLATE_NOOP("ServerKinds", "The server")

START = {
    "lmstudio": QT_TRANSLATE_NOOP(
        "ServerProblems", "In LM Studio open the Developer tab and press Start Server, or run `lms server start`."
    ),
    "ollama": QT_TRANSLATE_NOOP("ServerProblems", "Start Ollama (the app, or `ollama serve`)."),
    "llama.cpp": QT_TRANSLATE_NOOP("ServerProblems", "Start it with `llama-server -m MODEL.gguf --port PORT`."),
}
# a stopped server's program is known only by its port: each program's default, else none of them (newcomer round:
# a stopped llama-server on port 18080 was told to press LM Studio's Start Server)
PORT_KINDS = {1234: "lmstudio", 11434: "ollama", 8080: "llama.cpp"}
START_ON_PORT = QT_TRANSLATE_NOOP(
    "ServerProblems",
    "Start the server meant to answer on port {port}: `llama-server -m MODEL.gguf --port {port}`, or in LM Studio "
    "press Start Server in the Developer tab, with its Server Port set to {port}.",
)
LOAD = {
    "lmstudio": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Load one in LM Studio (Developer tab → Select a model to load), or run `lms ls` and then `lms load <model>`.",
    ),
    "ollama": QT_TRANSLATE_NOOP(
        "ServerProblems", "Download one with `ollama pull <model>` (e.g. `ollama pull llama3.2`)."
    ),
    "llama.cpp": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Start llama-server with a model (-m FILE.gguf), or, in its router mode (--models-dir), load one: POST "
        '/models/load with {{"model": "NAME"}}, or start it without --no-models-autoload so that a request loads '
        "it.",
    ),
    "": QT_TRANSLATE_NOOP("ServerProblems", "Load a model in the server, then check again."),
}
PORTS = QT_TRANSLATE_NOOP("ServerProblems", "Check the port: LM Studio uses 1234, Ollama 11434, llama.cpp 8080.")
WHAT = {
    "connection_refused": QT_TRANSLATE_NOOP(
        "ServerProblems", "Nothing is listening on {where}: the server is not started (or uses another port)."
    ),
    "host_not_found": QT_TRANSLATE_NOOP(
        "ServerProblems", "{host} cannot be found: no computer answers to that name (check the address)."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "ServerProblems", "{url} accepted the connection but did not answer within {timeout_s} s."
    ),
    "timeout/connect": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "{host} did not take the connection within {timeout_s} s: that computer may be off, or a firewall drops "
        "the connection.",
    ),
    "host_unreachable": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "{host} cannot be reached: no network route leads there (a wrong address, or that computer is off or on "
        "another network).",
    ),
    "timeout/reply_unfinished": QT_TRANSLATE_NOOP(
        "ServerProblems", "{url} started a reply but did not finish it within {timeout_s} s."
    ),
    "timeout/no_reply": QT_TRANSLATE_NOOP("ServerProblems", "{url} sent no reply text within {timeout_s} s."),
    "response_too_large": QT_TRANSLATE_NOOP(
        "ServerProblems", "{url} sent {what} too large to be a local LLM server's ({size}); it was not read to the end."
    ),
    "wrong_path": QT_TRANSLATE_NOOP("ServerProblems", "{server} answers, but {url} is not its API address."),
    "not_openai_compatible": QT_TRANSLATE_NOOP(
        "ServerProblems", "{url} is served by something that does not speak the OpenAI API, not by a local LLM server."
    ),
    "not_openai_compatible/html": QT_TRANSLATE_NOOP(
        "ServerProblems", "{url} is served by a web page, not by a local LLM server."
    ),
    "not_openai_compatible/not_http": QT_TRANSLATE_NOOP(
        "ServerProblems", "{url} is served by a program that does not speak HTTP, not by a local LLM server."
    ),
    "auth_required": QT_TRANSLATE_NOOP("ServerProblems", "{server} requires an API token."),
    "auth_required/refused": QT_TRANSLATE_NOOP(
        "ServerProblems", "{server} requires an API token and refused the one given."
    ),
    "no_model_loaded": QT_TRANSLATE_NOOP("ServerProblems", "{server} is running but has no model loaded."),
    "no_model_loaded/available": QT_TRANSLATE_NOOP(
        "ServerProblems", "{server} is running but has no model loaded ({models_available} downloaded)."
    ),
    "loading": QT_TRANSLATE_NOOP("ServerProblems", "{server} is still loading a model."),
    "http_error": QT_TRANSLATE_NOOP("ServerProblems", "{url} answered with an error{detail}."),
    "http_error/redirect": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "{url} answered with a redirect (HTTP {status}{where}); a local server's API answers "
        "directly, so redirects are not followed.",
    ),
    "http_error/stream_broken": QT_TRANSLATE_NOOP(
        "ServerProblems", "The connection to {url} broke in the middle of a reply{detail}."
    ),
    "unknown": QT_TRANSLATE_NOOP("ServerProblems", "Unexpected problem: {code}"),
}
ADVICE = {
    "connection_refused/cli": QT_TRANSLATE_NOOP(
        "ServerProblems", "Or run `llm-advisor server --discover` to find servers on other ports."
    ),
    "connection_refused/app": QT_TRANSLATE_NOOP(  # the list's title on the Local server page, wherever it stands
        "ServerProblems",
        "Servers found on other ports are in the list “Servers found on this computer”: click one to use it.",
    ),
    "host_not_found/suggested": QT_TRANSLATE_NOOP(
        "ServerProblems", "Did you mean {suggested_host}? The address would be {suggested_url}."
    ),
    "host_not_found": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Check the name for a typo; for a server on this computer use localhost (e.g. http://localhost:1234/v1).",
    ),
    "host_unreachable": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Check the address and that the computer is on; for a server on this computer use localhost "
        "(e.g. http://localhost:1234/v1).",
    ),
    "timeout/connect": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Check the address, that the computer is on and that its firewall lets the port through; for a server on "
        "this computer use localhost (e.g. http://localhost:1234/v1).",
    ),
    "timeout/cli": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "The server may be busy (a long generation, a model loading) or hung: wait and retry, "
        "restart it, or raise --timeout (LLM_ADVISOR_CHECK_TIMEOUT_S for `cost` and `report`).",
    ),
    "timeout/app": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "The server may be busy (a long generation, a model loading) or hung: wait a moment and "
        "test again, or restart it.",
    ),
    "timeout/stream/cli": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "The server may be loading a model, far too slow for it, or hung: wait and retry, "
        "restart it, try a smaller model, or raise --stream-timeout (LLM_ADVISOR_STREAM_TIMEOUT_S "
        "for `cost` and `report`).",
    ),
    "timeout/stream/app": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "The server may be loading a model, far too slow for it, or hung: wait and try again, "
        "restart it, or try a smaller model.",
    ),
    "response_too_large": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Check that the URL is your LLM server (LM Studio uses port 1234, Ollama 11434, "
        "llama.cpp 8080) and look at its log.",
    ),
    "wrong_path": QT_TRANSLATE_NOOP("ServerProblems", "Use {suggested_url} (the OpenAI base URL ends in /v1)."),
    "wrong_path/unknown": QT_TRANSLATE_NOOP(
        "ServerProblems", "Use the base URL that ends in /v1, e.g. http://localhost:1234/v1."
    ),
    "not_openai_compatible/cli": QT_TRANSLATE_NOOP(
        "ServerProblems", "`llm-advisor server --discover` lists the servers it finds."
    ),
    "auth_required/cli": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Pass the token with --api-key (in LM Studio: Developer → Server Settings → API tokens; "
        "or turn authentication off there).",
    ),
    "auth_required/llama.cpp/cli": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Pass the token with --api-key: the key llama-server was started with (`llama-server --api-key KEY`).",
    ),
    "auth_required/llama.cpp/app": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Give the token in the API key box: the key llama-server was started with (its --api-key option).",
    ),
    "auth_required/ollama/cli": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Ollama itself has no API tokens: something in front of it (a proxy) asks for one. Pass that token with "
        "--api-key.",
    ),
    "auth_required/ollama/app": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Ollama itself has no API tokens: something in front of it (a proxy) asks for one. Give that token in the "
        "API key box.",
    ),
    "auth_required/app": QT_TRANSLATE_NOOP(
        "ServerProblems",
        "Give the token in the API key box (in LM Studio: Developer → Server Settings → API "
        "tokens; or turn authentication off there).",
    ),
    "loading": QT_TRANSLATE_NOOP(
        "ServerProblems", "Wait until it finishes (large models take a minute), then check again."
    ),
    "http_error": QT_TRANSLATE_NOOP("ServerProblems", "Look at the server's log for the cause."),
    "http_error/redirect": QT_TRANSLATE_NOOP(
        "ServerProblems", "Check the URL: use the server's own address and port (e.g. http://localhost:1234/v1)."
    ),
    "http_error/stream_broken": QT_TRANSLATE_NOOP(
        "ServerProblems", "The server may have crashed or run out of memory; look at its log and try a smaller model."
    ),
}
# The system's common reasons a connection failed (servers.problems.os_reason), said instead of its own English
# ("[Errno 104] Connection reset by peer"): after a colon in a server problem's detail, and in full for a host
# that cannot be reached (a GGUF header's fetch)
OS_REASONS = {
    "refused": QT_TRANSLATE_NOOP("Network", "the connection was refused"),
    "timed_out": QT_TRANSLATE_NOOP("Network", "the connection timed out"),
    "no_route": QT_TRANSLATE_NOOP("Network", "no network route leads there"),
    "name_not_resolved": QT_TRANSLATE_NOOP("Network", "no computer answers to that name"),
    "reset": QT_TRANSLATE_NOOP("Network", "the connection was reset by the other side"),
}
UNREACHABLE = {
    "refused": QT_TRANSLATE_NOOP("Network", "cannot reach {host}: the connection was refused (nothing listens there)"),
    "timed_out": QT_TRANSLATE_NOOP("Network", "cannot reach {host}: it did not take the connection in time"),
    "no_route": QT_TRANSLATE_NOOP("Network", "cannot reach {host}: no network route leads there"),
    "name_not_resolved": QT_TRANSLATE_NOOP("Network", "cannot reach {host}: no computer answers to that name"),
    "reset": QT_TRANSLATE_NOOP("Network", "cannot reach {host}: the connection was reset by the other side"),
}
TOO_LARGE_WHAT = {  # Problem.values["what"] of response_too_large
    "model_list": QT_TRANSLATE_NOOP("ServerProblems", "a model list"),
    "stream": QT_TRANSLATE_NOOP("ServerProblems", "a streamed reply"),
    "response": QT_TRANSLATE_NOOP("ServerProblems", "an answer"),
}
SIZE_READ = {
    "count": QT_TRANSLATE_NOOP("ServerProblems", "{count} entries, more than the {limit_count} read"),
    "bytes": QT_TRANSLATE_NOOP("ServerProblems", "more than the {limit} read"),
}
STOPPED_BY = {  # ChatResult/Benchmark.stopped_by, when it was not the server that ended the reply
    "tokens": QT_TRANSLATE_NOOP("ServerProblems", "stopped at the token budget (the server went on past it)"),
    "time": QT_TRANSLATE_NOOP("ServerProblems", "stopped at the time budget"),
    "cancelled": QT_TRANSLATE_NOOP("ServerProblems", "stopped by you"),
}
AFTER_LOAD_NOTES = {
    "not_local": QT_TRANSLATE_NOOP("AfterLoad", "The server runs on another machine: its process cannot be looked at."),
    "no_process": QT_TRANSLATE_NOOP(
        "AfterLoad", "No process of yours listens on that port (or the system would not say which)."
    ),
    "model_unknown": QT_TRANSLATE_NOOP("AfterLoad", "The server does not say which model it loaded."),
    "model_unreadable": QT_TRANSLATE_NOOP("AfterLoad", "The model file it names cannot be read here."),
    "no_gpu_counter": QT_TRANSLATE_NOOP(
        "AfterLoad", "No per-process graphics memory counter here (NVIDIA's NVML reports it)."
    ),
}
# A benchmark's runs: one form for 1 ("median of 1 runs" says nothing), one for more (the catalogue's /one, /many)
BENCH_RUNS = {
    "one": QT_TRANSLATE_NOOP("Benchmark", "{model}, 1 run ({source})"),
    "many": QT_TRANSLATE_NOOP("Benchmark", "{model}, median of {runs} runs ({source})"),
}
BENCHMARKING = {
    "one": QT_TRANSLATE_NOOP(
        "Benchmark", "Benchmarking {url} (1 run of up to {max_tokens} tokens, at most {seconds} s)…"
    ),
    "many": QT_TRANSLATE_NOOP(
        "Benchmark", "Benchmarking {url} ({runs} runs of up to {max_tokens} tokens, at most {seconds} s)…"
    ),
}
BENCH_SOURCES = {  # servers.types.Benchmark.source
    "llama.cpp_timings": QT_TRANSLATE_NOOP("Report", "llama.cpp's own timings"),
    "lmstudio_stats": QT_TRANSLATE_NOOP("Report", "LM Studio's own statistics"),
    "client_usage": QT_TRANSLATE_NOOP("Report", "timed here, tokens counted by the server"),
    "client_count": QT_TRANSLATE_NOOP("Report", "timed and counted here"),
}


def _code(value: Any) -> str:
    return str(getattr(value, "value", value) or "")


def kind_name(say: Speaker, kind: Any) -> str:
    """A server kind code ("lmstudio", "llama.cpp", ...) as people know the program."""
    code = _code(kind)
    if code == "openai_compatible":
        return say.t(OPENAI_COMPATIBLE)
    return KIND_NAMES.get(code, code or "?")


def _size(say: Speaker, values: Mapping[str, Any]) -> str:
    if values.get("limit_count"):
        return say.t(SIZE_READ["count"], count=values.get("count"), limit_count=values.get("limit_count"))
    limit = values.get("limit_bytes")
    if not isinstance(limit, int | float) or isinstance(limit, bool):
        shown = "?"
    elif limit >= 1024 * 1024:
        shown = f"{say.plain(limit / 1024 / 1024)} MiB"
    else:
        shown = f"{say.plain(limit / 1024)} KiB"
    return say.t(SIZE_READ["bytes"], limit=shown)


def _shown_text(text: str, limit: int = 200) -> str:
    """A server's own error message, cut short, without control characters or secrets (it is untrusted, and may
    quote the request URL with its token)."""
    clean = "".join(ch if ch.isprintable() else " " for ch in redact_text(text)).strip()
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def problem(
    say: Speaker, code: Any, values: Mapping[str, Any], surface: Surface = "app", *, servers_listed: bool = False
) -> tuple[str, str]:
    """(what is wrong, what to do) for a server `Problem(code, values)`.

    `servers_listed`: in the app, the list of servers found on this computer holds at least one (it may be empty,
    or not filled yet): only then does the advice for a stopped server send the user to it."""
    code = _code(code)
    place = "cli" if surface == "cli" else "app"
    kind = _code(values.get("kind"))
    url = redact_url(str(values["url"])) if values.get("url") else "URL"
    server = kind_name(say, kind) if kind else say.t(THE_SERVER)
    # "the server" starts a sentence with a capital; a program's name keeps its own case ("llama.cpp", "vLLM")
    shown = server if kind in KIND_NAMES else server[:1].upper() + server[1:]
    v: dict[str, Any] = {**values, "url": url, "server": shown, "code": code}
    what_key, advice = code, ""
    if code == "host_not_found":
        v["host"] = str(values.get("host") or url)
        suggested = values.get("suggested_host")
        if suggested:
            v["suggested_url"] = redact_url(str(values.get("suggested_url") or ""))
            advice = say.t(ADVICE["host_not_found/suggested"], **v)
        else:
            advice = say.t(ADVICE["host_not_found"])
    elif code == "connection_refused":
        v["where"] = f"{values.get('host')}:{values.get('port')}" if values.get("host") else url
        port = values.get("port")
        by_port = PORT_KINDS.get(port) if isinstance(port, int) and not isinstance(port, bool) else None
        # the program's own way where there is one, else the port's program's, else how to start one on that port
        # (review: a stopped llama-cpp-python, which has no advice of its own, was sent to LM Studio's button)
        start = kind if kind in START else by_port if kind not in KIND_NAMES else None
        if start is not None:
            advice = say.t(START[start])
        elif isinstance(port, int) and not isinstance(port, bool):
            advice = say.t(START_ON_PORT, port=str(port))  # a port is a name, never "18,080"
        else:
            advice = say.t(START["lmstudio"])
        if surface == "cli" or (surface == "app" and servers_listed):  # never to a list with nothing in it
            advice += " " + say.t(ADVICE[f"connection_refused/{surface}"])
    elif code == "host_unreachable":
        v["host"] = str(values.get("host") or url)
        advice = say.t(ADVICE["host_unreachable"])
    elif code == "timeout":
        if values.get("step") == "connect":
            what_key = "timeout/connect"
            v["host"] = str(values.get("host") or url)
            advice = say.t(ADVICE["timeout/connect"])
        elif values.get("step") in ("stream", "benchmark"):
            what_key = "timeout/reply_unfinished" if values.get("tokens_received") else "timeout/no_reply"
            advice = say.t(ADVICE[f"timeout/stream/{place}"])
        else:
            advice = say.t(ADVICE[f"timeout/{place}"])
    elif code == "response_too_large":
        v["size"] = _size(say, values)
        v["what"] = say.t(TOO_LARGE_WHAT.get(str(values.get("what")), TOO_LARGE_WHAT["response"]))
        advice = say.t(ADVICE["response_too_large"])
    elif code == "wrong_path":
        suggested = values.get("suggested_url")
        v["suggested_url"] = redact_url(str(suggested)) if suggested else ""
        advice = say.t(ADVICE["wrong_path"] if suggested else ADVICE["wrong_path/unknown"], **v)
    elif code == "not_openai_compatible":
        if values.get("reason") == "not_http":
            what_key = "not_openai_compatible/not_http"
        elif values.get("html"):
            what_key = "not_openai_compatible/html"
        advice = say.t(PORTS) + (" " + say.t(ADVICE["not_openai_compatible/cli"]) if surface == "cli" else "")
    elif code == "auth_required":
        what_key = "auth_required/refused" if values.get("key_sent") else "auth_required"
        own = f"auth_required/{kind}/{place}"  # llama-server's --api-key; Ollama has none of its own
        advice = say.t(ADVICE[own] if own in ADVICE else ADVICE[f"auth_required/{place}"])
    elif code == "no_model_loaded":
        what_key = "no_model_loaded/available" if values.get("models_available") else "no_model_loaded"
        # llama-server's router says "model is not loaded" (`servers.check.MODEL_NOT_LOADED`), a chat that named no
        # program: its own advice, not LM Studio's
        router = "model is not loaded" in str(values.get("message") or "").lower()
        advice = say.t(LOAD.get(kind or ("llama.cpp" if router else "lmstudio"), LOAD[""]))
    elif code == "loading":
        advice = say.t(ADVICE["loading"])
    elif code == "http_error":
        status, message = values.get("status"), values.get("message") or values.get("error")
        if not values.get("message") and values.get("os_reason") in OS_REASONS:  # the system's reason, in words
            message = say.t(OS_REASONS[str(values["os_reason"])])
        detail = f" (HTTP {status})" if status else ""
        v["detail"] = detail + (f": {_shown_text(str(message))}" if message else "")
        v["where"] = f" → {redact_url(str(values['location']))}" if values.get("location") else ""
        v["status"] = str(status or "?")
        reason = values.get("reason")
        what_key = f"http_error/{reason}" if reason in ("redirect", "stream_broken") else "http_error"
        advice = say.t(ADVICE[what_key])
    else:
        what_key = "unknown"
    plain = _plain_http(str(values.get("url") or ""))
    if plain and code in ("timeout", "http_error", "not_openai_compatible", "connection_refused"):
        # a local server speaks plain http: https:// to it waited for a TLS answer that never comes, and was told
        # "localhost did not accept the connection… for a server on this computer use localhost" (newcomer round)
        advice = say.t(HTTPS_LOCAL, http_url=redact_url(plain)) + (" " + advice if advice else "")
    if surface == "app":  # a command the catalogue marks `lms server start` for a terminal reads “lms server start”
        advice = _BACKTICKED.sub(r"“\1”", advice)
    return say.t(WHAT[what_key], **v), advice


_BACKTICKED = re.compile(r"`([^`\n]+)`")
HTTPS_LOCAL = QT_TRANSLATE_NOOP(
    "ServerProblems",
    "Servers on this computer (LM Studio, llama.cpp, Ollama) speak plain http, not https: try {http_url}.",
)


def _plain_http(url: str) -> str | None:
    """The http:// form of an https:// URL to this computer (localhost, 127.x, ::1); None for any other URL."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme != "https" or not (host == "localhost" or host.startswith("127.") or host == "::1"):
        return None
    return urlunsplit(("http", *parts[1:]))


def stopped_by(say: Speaker, code: str | None) -> str:
    msg = STOPPED_BY.get(code or "")
    return say.t(msg) if msg else ""


def after_load_note(say: Speaker, code: str) -> str:
    msg = AFTER_LOAD_NOTES.get(code)
    return say.t(msg) if msg else code.replace("_", " ")


def bench_source(say: Speaker, code: str) -> str:
    msg = BENCH_SOURCES.get(code)
    return say.t(msg) if msg else code


def bench_runs(say: Speaker, model: str, runs: int, source: str) -> str:
    """ "qwen, median of 3 runs (llama.cpp's own timings)"; "qwen, 1 run (…)" for one."""
    return say.t(BENCH_RUNS["one" if runs == 1 else "many"], model=model, runs=runs, source=bench_source(say, source))


def benchmarking(say: Speaker, url: str, runs: int, max_tokens: int, seconds: float) -> str:
    """The line printed while a benchmark runs, the number of runs in its singular or plural form."""
    return say.t(
        BENCHMARKING["one" if runs == 1 else "many"],
        url=url,
        runs=runs,
        max_tokens=max_tokens,
        seconds=say.plain(seconds),
    )


# A benchmark's runs whose prompt the server took from its cache (servers.types.Benchmark.prompt_cached_runs)
PROMPT_CACHED = {
    "all": QT_TRANSLATE_NOOP(
        "Benchmark",
        "not measured: the server reused the prompt from its cache in {cached} of {runs} runs, so it processed "
        "almost none of it",
    ),
    "some": QT_TRANSLATE_NOOP(
        "Benchmark", "{speed} (the server reused the prompt from its cache in {cached} of {runs} runs: left out)"
    ),
    "note": QT_TRANSLATE_NOOP(
        "Benchmark",
        "The server reused the prompt from its cache in {cached} of {runs} runs: their prompt speed and first-token "
        "time are left out.",
    ),
}


# The server's own figures that were not used as implausible (servers.types.Benchmark/ChatResult.implausible)
IMPLAUSIBLE = {
    "one": QT_TRANSLATE_NOOP("Benchmark", "the server reported an implausible figure, not used: {fields}"),
    "many": QT_TRANSLATE_NOOP("Benchmark", "the server reported implausible figures, not used: {fields}"),
}


def implausible_note(say: Speaker, fields: Any) -> str:
    """ "the server reported an implausible figure, not used: usage.completion_tokens"; '' when every figure the
    server gave was used. `fields` are the server's own field names, the same in every language."""
    names = [str(f) for f in fields or ()]
    if not names:
        return ""
    return say.t(IMPLAUSIBLE["one" if len(names) == 1 else "many"], fields=", ".join(names))


def prompt_speed(say: Speaker, speed: float | None, cached: int, runs: int) -> str:
    """The benchmark's prompt-processing figure, and why runs were left out of it (or why there is none); '' when
    there is nothing to say."""
    if not cached:
        return say.speed(speed) if speed is not None else ""
    if speed is None:
        return say.t(PROMPT_CACHED["all"], cached=cached, runs=runs)
    return say.t(PROMPT_CACHED["some"], speed=say.speed(speed), cached=cached, runs=runs)


def prompt_cached_note(say: Speaker, cached: int, runs: int) -> str:
    """A sentence for a benchmark whose runs took the prompt from the server's cache; '' when none did."""
    return say.t(PROMPT_CACHED["note"], cached=cached, runs=runs) if cached else ""


# A server's model: the context it was loaded with (llama.cpp's /props n_ctx, LM Studio's loaded_context_length), else
# the model's own limit, said as such (servers.types.ServerModel.loaded_context / max_context)
MODEL_CONTEXT = {
    "loaded": QT_TRANSLATE_NOOP("ServerModels", "context {context}"),
    "training": QT_TRANSLATE_NOOP("ServerModels", "training context {context}"),
}


def model_context(say: Speaker, model: Any) -> str:
    """ "context 2,048" (what the model was loaded with), else "training context 4,096"; '' when neither is known."""
    loaded, trained = getattr(model, "loaded_context", None), getattr(model, "max_context", None)
    if loaded:
        return say.t(MODEL_CONTEXT["loaded"], context=int(loaded))
    return say.t(MODEL_CONTEXT["training"], context=int(trained)) if trained else ""


MILLISECONDS = QT_TRANSLATE_NOOP("ServerFigures", "{ms} ms")


def first_token_time(say: Speaker, ms: float) -> str:
    """The time to the first token as people say a wait: "850 ms" under a second, "2.4 s", "33 s", "1.6 min" (a
    slow model's "32,810 ms" had to be read as a number first: newcomer round)."""
    from advisor.core.messages.sizing import MINUTES, SECONDS

    if ms < 1000:
        return say.t(MILLISECONDS, ms=say.count(round(ms)))
    seconds = ms / 1000
    if seconds < 60:
        return say.t(SECONDS, seconds=say.number(seconds, 1 if seconds < 10 else 0))
    return say.t(MINUTES, minutes=say.number(seconds / 60, 1))
