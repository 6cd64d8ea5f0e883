"""The hostile scenarios: which misbehaving server(s), which real command against them, its stated deadline, and
what it must end with. Shared by tests/hostile/test_hostile_cli.py and benchmarks/bench_hostile.py.

`budget_s` is the deadline the command states for itself (its --timeout / --stream-timeout options, or the
LLM_ADVISOR_*_TIMEOUT_S variables for commands without such options); the test allows `MARGIN_S` on top for the
interpreter's start-up and imports on a busy 2-core machine.
"""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile.hostile_server import HostileServer
from tests.hostile.runner import CliRun, run_cli

ROOT = Path(__file__).resolve().parents[2]
HARDWARE = str(ROOT / "tests" / "data" / "machines" / "desktop-ryzen7-7700-32gb.json")
MARGIN_S = 2.5
RSS_CAP_BYTES = 160 * 1024 * 1024  # a healthy check peaks near 75 MiB; twice that means something was read whole
SHORT = {"LLM_ADVISOR_CHECK_TIMEOUT_S": "1.5", "LLM_ADVISOR_STREAM_TIMEOUT_S": "2"}
ECHOED_KEY = "sk-SUPERSECRET-12345"  # the --api-key of the key_echo scenarios: never in their output


@dataclass(frozen=True)
class Scenario:
    id: str
    servers: tuple[str, ...]  # hostile_server scenario per server; {url0}, {port0}, ... in argv
    argv: tuple[str, ...]
    budget_s: float
    returncode: int
    expect: tuple[str, ...]  # each must appear in stdout+stderr
    env: dict[str, str] = field(default_factory=dict)  # {port0}, ... and {tmp} (a temp folder of the run) filled in
    absent: tuple[str, ...] = ()  # none may appear

    def command(self, urls: list[str], ports: list[int], tmp: str = "") -> list[str]:
        values = {f"url{i}": u for i, u in enumerate(urls)} | {f"port{i}": str(p) for i, p in enumerate(ports)}
        values["ports"] = ",".join(str(p) for p in ports)
        values["tmp"] = tmp
        return [a.format(**values) for a in self.argv]

    def environment(self, ports: list[int], tmp: str) -> dict[str, str]:
        values = {f"port{i}": str(p) for i, p in enumerate(ports)} | {"tmp": tmp}
        return {key: value.format(**values) for key, value in self.env.items()}


CHECK = ("server", "--url", "{url0}", "--timeout", "1.5")
BENCH = ("server", "--url", "{url0}", "--timeout", "1.5", "--bench", "--stream-timeout", "2")
PROMPT = ("server", "--url", "{url0}", "--timeout", "1.5", "--prompt", "Hola", "--stream-timeout", "1.5")
TOO_LARGE = "too large to be a local LLM server's"

SCENARIOS: tuple[Scenario, ...] = (
    Scenario("trickle_body", ("trickle_body",), CHECK, 1.5, 1, ("did not answer within 1.5 s",)),
    Scenario("trickle_headers", ("trickle_headers",), CHECK, 1.5, 1, ("did not answer within 1.5 s",)),
    Scenario("trickle_chat_reply", ("trickle_reply",), CHECK, 1.5, 1, ("did not answer within 1.5 s",)),
    Scenario(
        "endless_sse_bench",
        ("endless_sse",),
        (*BENCH, "--runs", "2", "--max-tokens", "16"),
        3.5,
        0,
        ("stopped at the token budget", "tokens/s"),
    ),
    Scenario("endless_sse_prompt", ("endless_sse",), PROMPT, 3.0, 0, ("stopped at the time budget",)),
    Scenario("keepalive_comments_bench", ("keepalive_sse",), BENCH, 3.5, 1, ("sent no reply text within 2 s",)),
    Scenario("keepalive_comments_prompt", ("keepalive_sse",), PROMPT, 3.0, 1, ("sent no reply text within 1.5 s.",)),
    Scenario(
        "stalled_sse_bench", ("stalled_sse",), BENCH, 3.5, 1, ("started a reply but did not finish it within 2 s",)
    ),
    Scenario("huge_body", ("huge_body",), CHECK, 1.5, 1, (TOO_LARGE, "4 MiB")),
    Scenario("endless_chunked_body", ("endless_chunked",), CHECK, 1.5, 1, (TOO_LARGE, "4 MiB")),
    Scenario("million_model_list", ("million_models",), CHECK, 1.5, 1, (TOO_LARGE, "model list")),
    Scenario("20k_model_list", ("many_models",), CHECK, 1.5, 1, (TOO_LARGE, "20,000 entries, more than the 10,000")),
    Scenario("gzip_bomb", ("gzip_bomb",), CHECK, 1.5, 1, (TOO_LARGE, "4 MiB")),
    Scenario("redirect_loop", ("redirect_loop",), CHECK, 1.5, 1, ("redirect (HTTP 302", "not followed")),
    Scenario("wrong_content_type", ("wrong_type",), CHECK, 1.5, 1, ("does not speak the OpenAI API",)),
    Scenario(
        "discover_among_hostile_ports",
        ("trickle_headers", "ok", "huge_body", "keepalive_sse", "trickle_body"),
        ("server", "--discover", "--ports", "{ports}", "--timeout", "1"),
        1.0,
        0,
        ("127.0.0.1:{port1}/v1", "OK — ready for the openai client", TOO_LARGE),
        absent=(":{port0}/v1", ":{port4}/v1"),
    ),
    Scenario(
        "discover_only_trickling_ports",
        ("trickle_headers", "trickle_body"),
        ("server", "--discover", "--ports", "{ports}", "--timeout", "1"),
        1.0,
        1,
        ("No local server found",),
    ),
    Scenario(
        "cost_server_url_keepalive",
        ("keepalive_sse",),
        ("cost", "--server-url", "{url0}", "--hardware", HARDWARE),
        2.0,
        1,
        ("--server-url", "sent no reply text within 2 s"),
        env=SHORT,
    ),
    Scenario(
        "report_server_url_trickle",
        ("trickle_body",),
        ("report", "--server-url", "{url0}", "--hardware", HARDWARE, "--offline", "--no-models"),
        1.5,
        0,
        ("# Local LLM Advisor report", "did not answer within 1.5 s"),
        env=SHORT,
    ),
    Scenario(
        "report_server_url_gzip_bomb",
        ("gzip_bomb",),
        ("report", "--server-url", "{url0}", "--hardware", HARDWARE, "--offline", "--no-models", "--format", "json"),
        1.5,
        0,
        ("response_too_large",),
        env=SHORT,
    ),
    # a gateway that quotes the API key back (a model id, a 400 message): shown and reported as "***"
    Scenario(
        "key_echo",
        ("key_echo",),
        (*CHECK, "--api-key", ECHOED_KEY),
        1.5,
        1,
        ("(HTTP 400): bad request for key Bearer ***", "model-Bearer ***"),
        absent=(ECHOED_KEY, ECHOED_KEY[:12]),
    ),
    Scenario(
        "report_key_echo",
        ("key_echo",),
        (
            "report",
            "--server-url",
            "{url0}",
            "--api-key",
            ECHOED_KEY,
            "--hardware",
            HARDWARE,
            "--offline",
            "--no-models",
            "--format",
            "html",
        ),
        1.5,
        0,
        ("bad request for key Bearer ***",),
        env=SHORT,
        absent=(ECHOED_KEY, ECHOED_KEY[:12]),
    ),
    # JSON nested deeper than the parser goes, in a chat answer or a stream event: "not the OpenAI API", not a crash
    Scenario(
        "deep_json_chat", ("deep_chat",), CHECK, 1.5, 1, ("does not speak the OpenAI API",), absent=("Recursion",)
    ),
    Scenario("deep_json_stream", ("deep_sse",), BENCH, 3.5, 1, ("OpenAI",), absent=("Recursion", "unexpected error")),
    # a slow side request (LM Studio's own model list) leaves the chat its time; when everything is slow, the
    # server is named slow, never "did not take the connection" (it answered the model list)
    Scenario("slow_side_list", ("lmstudio_slow_list",), CHECK, 1.5, 0, ("OK",), absent=("take the connection",)),
    Scenario(
        "slow_side_list_and_chat",
        ("lmstudio_slow_all",),
        CHECK,
        1.5,
        1,
        ("did not answer within 1.5 s",),
        absent=("take the connection", "firewall"),
    ),
    # model ids with ESC, CR, a line break, a bidi override and 5,000 characters: one clean, bounded line each
    Scenario(
        "control_chars_in_model_ids",
        ("ansi_ids",),
        CHECK,
        1.5,
        0,
        ("\ufffd[2J\ufffd[31mEVIL\ufffd[0m Problem none", "B" * 255 + "…"),
        absent=("\x1b", "\r", "\u202e", "B" * 257),
    ),
)


# A hostile Hub mirror (HF_ENDPOINT): a file tree that pages for ever, each page at once, ends at the tree's cap
# with one sentence (the reviewer's run: killed at 60 s with 1 GiB); file names that climb out of LM Studio's folder
# (`../..`, absolute, backslashes) are never offered. The budget is the Hub operation's total deadline.
HUB_TOTAL_S = 30.0  # advisor.core.catalog.hub_http.DEFAULT_TOTAL_TIMEOUT_S
HUB_ENV = {
    "HF_ENDPOINT": "http://127.0.0.1:{port0}",
    "HF_HOME": "{tmp}/hf",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "LLM_ADVISOR_CACHE_DIR": "{tmp}/cache",
    "LLM_ADVISOR_CONFIG_DIR": "{tmp}/config",
}
MODELS_EVIL = ("models", "--search", "evil", "--all", "--hardware", HARDWARE)
ENDLESS = "did not end (more than 20,000 files"
SCENARIOS += (
    Scenario(
        "hub_endless_tree_download",
        ("hub_endless_tree",),
        ("download", "evil/repo-7B-GGUF", "f-0-Q4_K_M.gguf", "--dest", "{tmp}/dl"),
        HUB_TOTAL_S,
        1,
        (ENDLESS,),
        env=HUB_ENV,
    ),
    Scenario("hub_endless_tree_models", ("hub_endless_tree",), MODELS_EVIL, HUB_TOTAL_S, 1, (ENDLESS,), env=HUB_ENV),
    Scenario(
        "hub_climbing_names_models",
        ("hub_climbing_names",),
        MODELS_EVIL,
        HUB_TOTAL_S,
        0,
        ("Good-7B-Q4_K_M.gguf",),
        env=HUB_ENV,
        absent=("Climb-7B", "Abs-7B", "Back-7B", "../", "hostile-hub-pwned"),
    ),
)


def expand(texts: tuple[str, ...], servers: list[HostileServer]) -> list[str]:
    values = {f"url{i}": s.api_url for i, s in enumerate(servers)} | {
        f"port{i}": str(s.port) for i, s in enumerate(servers)
    }
    return [t.format(**values) for t in texts]


def run_scenario(scenario: Scenario) -> tuple[CliRun, list[HostileServer]]:
    """Start the scenario's servers, run its command against them, stop them; the servers keep their `requests`."""
    with contextlib.ExitStack() as stack:
        servers = [stack.enter_context(HostileServer(name)) for name in scenario.servers]
        urls, ports = [s.api_url for s in servers], [s.port for s in servers]
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="hostile-cli-"))
        env = scenario.environment(ports, tmp)
        run = run_cli(scenario.command(urls, ports, tmp), env=env, hard_limit_s=scenario.budget_s + 30)
    return run, servers
