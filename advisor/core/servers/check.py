"""`check(url)`: connect → HTTP → which server → its models → a one-token chat; every failure becomes a code.

`discover()` runs the same check (without the chat) on every known port of this machine at once.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from advisor.core.servers import limits as caps
from advisor.core.servers import models as model_lists
from advisor.core.servers.http import (
    DEFAULT_URL,
    Deadline,
    ProbeError,
    Reply,
    auth_headers,
    error_message,
    get,
    host_port,
    httpx,
    limited,
    new_client,
    normalize_url,
    origin,
    problem_from_exception,
    with_host,
)
from advisor.core.servers.identify import Identity, identify
from advisor.core.servers.problems import ProblemCode
from advisor.core.servers.types import Problem, ServerKind, ServerModel, ServerStatus

log = logging.getLogger(__name__)

# LM Studio, Ollama, llama.cpp/LocalAI, vLLM/llama-cpp-python, Jan, KoboldCpp, text-generation-webui, GPT4All
KNOWN_PORTS: tuple[int, ...] = (1234, 11434, 8080, 8000, 1337, 5001, 5000, 4891)
CHECK_TIMEOUT_S = caps.CHECK_TIMEOUT_S  # total; LLM_ADVISOR_CHECK_TIMEOUT_S changes the default
DISCOVER_TIMEOUT_S = caps.DISCOVER_TIMEOUT_S  # total for the sweep; LLM_ADVISOR_DISCOVER_TIMEOUT_S
NO_MODELS_LOADED = "no models loaded"  # LM Studio's message, matched case-insensitively (its status varies)
# llama-server's router (`--models-dir`, `--no-models-autoload`) answers a chat for a model it has not loaded so:
# read as "an error, see the server's log", beside a list that called the model loaded (newcomer round)
MODEL_NOT_LOADED = "model is not loaded"


def says_not_loaded(message: str | None) -> bool:
    """Whether a server's error message says no model is loaded (LM Studio's and llama-server's router's words)."""
    text = (message or "").lower()
    return NO_MODELS_LOADED in text or MODEL_NOT_LOADED in text


PLACEHOLDER_API_KEY = "lm-studio"  # what the tutorial passes; servers without authentication accept anything
# the share of the time left that a request the check can do without may take (LM Studio's own model list,
# llama-server's /props): a server slow on one of them still gets its chat tried, and a slow chat is named as such
OPTIONAL_SHARE = 0.5


def check(
    url: str = DEFAULT_URL,
    *,
    api_key: str | None = None,
    timeout_s: float | None = None,
    chat: bool = True,
    client: httpx.Client | None = None,
) -> ServerStatus:
    """Diagnose the server at `url` (an OpenAI base URL such as http://localhost:1234/v1) within `timeout_s` in all
    (default `limits.check_timeout_s()`: 10 s, or LLM_ADVISOR_CHECK_TIMEOUT_S).

    Raises ValueError only for a URL that cannot be a server address; everything the server does is in the result.
    `ServerStatus.url` is the URL as it may be shown (a password or token in it redacted).
    """
    started = time.perf_counter()
    url = normalize_url(url)
    deadline = Deadline(timeout_s if timeout_s is not None else caps.check_timeout_s())
    own = client is None
    http = client or new_client()
    try:
        with limited(deadline):
            status = _Check(http, url, api_key, deadline).run(chat=chat)
    finally:
        if own:
            http.close()
    elapsed_ms = (time.perf_counter() - started) * 1000
    log.debug("check %s: %s in %.0f ms", url, status.problem.code if status.problem else "ok", elapsed_ms)
    return _with(status, elapsed_ms=elapsed_ms)


def warm_up() -> None:
    """Import the `openai` package ahead of the first check (~0.5 s, most of a cold check's time).

    Front ends call this in the background at start-up; a check never needs it.
    """
    import openai  # noqa: F401


def discover(
    *, host: str = "127.0.0.1", ports: tuple[int, ...] | None = None, timeout_s: float | None = None
) -> list[ServerStatus]:
    """Every server answering HTTP on `host`'s ports (default `KNOWN_PORTS`), checked concurrently (no chat), in
    port order. The whole sweep ends within `timeout_s` (default `limits.discover_timeout_s()`: 0.8 s), however
    slowly a port answers: each check runs under the same total deadline."""
    ports = KNOWN_PORTS if ports is None else tuple(ports)
    if not ports:
        return []
    timeout_s = timeout_s if timeout_s is not None else caps.discover_timeout_s()
    end = Deadline(timeout_s)
    urls = [f"http://{host}:{port}/v1" for port in ports]

    def one(u: str) -> ServerStatus:
        with limited(end):  # the sweep's deadline, in this worker thread
            return check(u, timeout_s=timeout_s, chat=False, client=client)

    with (
        new_client() as client,
        ThreadPoolExecutor(max_workers=min(len(urls), 32), thread_name_prefix="discover") as pool,
    ):
        results = list(pool.map(one, urls))
    return [r for r in results if r.reachable]


def _entries(body: Any) -> int:
    """Entries in a model list body (OpenAI `data`, LM Studio v1 `models`), 0 when it is not one."""
    if not isinstance(body, dict):
        return 0
    items = body.get("data") if isinstance(body.get("data"), list) else body.get("models")
    return len(items) if isinstance(items, list) else 0


def _with(status: ServerStatus, **changes: Any) -> ServerStatus:
    from dataclasses import replace

    return replace(status, **changes)


class _Check:
    def __init__(self, client: httpx.Client, url: str, api_key: str | None, deadline: Deadline) -> None:
        self.client = client
        self.url = url
        self.origin = origin(url)
        self.api_key = api_key
        self.headers = auth_headers(api_key)
        self.deadline = deadline
        self.identity = Identity(None)

    def status(
        self, *, reachable: bool, problem: Problem | None = None, models: tuple[ServerModel, ...] = ()
    ) -> ServerStatus:
        return ServerStatus(self.url, reachable, self.identity.kind, self.identity.version, models, problem)

    def problem(self, code: ProblemCode, **values: object) -> Problem:
        values.setdefault("url", self.url)
        if self.identity.kind is not None:
            values.setdefault("kind", self.identity.kind.value)
        return Problem(code, values)

    def run(self, *, chat: bool) -> ServerStatus:
        try:
            reply = get(self.client, self.url + "/models", self.deadline, self.headers, what="model_list")
        except ProbeError as exc:
            values = {**exc.problem.values, "url": self.url}
            if isinstance(suggested := values.get("suggested_host"), str):  # the typo fixed in the URL given
                values["suggested_url"] = with_host(self.url, suggested)
            problem = Problem(exc.problem.code, values)
            reachable = exc.problem.code is ProblemCode.RESPONSE_TOO_LARGE  # it answered, too much
            return self.status(reachable=reachable, problem=problem)
        body = reply.json
        if reply.status == 200 and (count := _entries(body)) > caps.MAX_MODELS:
            return self.status(
                reachable=True,
                problem=self.problem(
                    ProblemCode.RESPONSE_TOO_LARGE,
                    what="model_list",
                    limit_count=caps.MAX_MODELS,
                    count=count,
                ),
            )
        listed = model_lists.openai_models(body, None) if reply.status == 200 else None
        _, port = host_port(self.url)
        self.identity = identify(
            self.client,
            self.origin,
            deadline=self.deadline,
            headers=self.headers,
            models_body=body if listed is not None else None,
            port=port,
        )
        if listed is None:
            return self.status(reachable=True, problem=self.diagnose_no_list(reply))
        if self.identity.kind is None:
            self.identity = Identity(ServerKind.OPENAI_COMPATIBLE)
        listed = model_lists.openai_models(body, self.identity.kind) or ()
        models = self.native_models(listed)
        if self.identity.kind is ServerKind.LMSTUDIO and models is not listed and not any(m.loaded for m in models):
            # LM Studio's own list says nothing is loaded; a chat would start a slow JIT load or fail
            return self.status(
                reachable=True,
                models=models,
                problem=self.problem(ProblemCode.NO_MODEL_LOADED, models_available=len(models)),
            )
        model = model_lists.chat_model(models, unloaded_too=self.identity.kind is ServerKind.LLAMA_CPP)
        if model is None:
            return self.status(reachable=True, models=models, problem=self.problem(ProblemCode.NO_MODEL_LOADED))
        chat_problem = self.one_token_chat(model) if chat else None
        return self.status(reachable=True, models=models, problem=chat_problem)

    # ------------------------------------------------------------------ diagnosis of a reply without a model list

    def diagnose_no_list(self, reply: Reply) -> Problem:
        body = reply.json
        message = error_message(body)
        if reply.status in (401, 403):
            return self.problem(ProblemCode.AUTH_REQUIRED, status=reply.status, key_sent=bool(self.api_key))
        if reply.status == 503:
            return self.problem(ProblemCode.LOADING, status=503, message=message)
        if says_not_loaded(message):
            return self.problem(ProblemCode.NO_MODEL_LOADED, status=reply.status, message=message)
        if reply.status in (200, 404, 405) and (suggested := self.working_api_url()):
            return self.problem(ProblemCode.WRONG_PATH, status=reply.status, suggested_url=suggested)
        if reply.status in (200, 404, 405):
            if self.identity.kind is not None:  # a known server, but no API under this path
                return self.problem(ProblemCode.WRONG_PATH, status=reply.status, suggested_url=self.origin + "/v1")
            return self.problem(
                ProblemCode.NOT_OPENAI_COMPATIBLE,
                status=reply.status,
                html=reply.is_html,
                content_type=reply.headers.get("content-type"),
            )
        if 300 <= reply.status < 400:  # redirects are never followed for a local server (a loop, or off-machine)
            return self.problem(
                ProblemCode.HTTP_ERROR, status=reply.status, reason="redirect", location=reply.headers.get("location")
            )
        return self.problem(ProblemCode.HTTP_ERROR, status=reply.status, message=message)

    def working_api_url(self) -> str | None:
        """The API base that does answer on this server (`<origin>/v1`), when the given path was not it."""
        candidate = self.origin + "/v1"
        if candidate == self.url or self.deadline.expired:
            return None
        try:
            reply = get(self.client, candidate + "/models", self.deadline, self.headers)
        except ProbeError:
            return None
        if reply.status in (401, 403) or (reply.status == 200 and model_lists.openai_models(reply.json, None)):
            return candidate
        return None

    def native_models(self, listed: tuple[ServerModel, ...]) -> tuple[ServerModel, ...]:
        if self.identity.kind is ServerKind.LLAMA_CPP:
            return self.llama_cpp_context(listed)
        if self.identity.kind is not ServerKind.LMSTUDIO:
            return listed
        optional = self.deadline.part(OPTIONAL_SHARE)  # LM Studio's own list only adds detail: never all the time
        for path, parse in (
            ("/api/v0/models", model_lists.lmstudio_v0_models),
            ("/api/v1/models", model_lists.lmstudio_v1_models),
        ):
            try:
                reply = get(self.client, self.origin + path, optional, self.headers, what="model_list")
            except ProbeError:
                return listed
            body = reply.json if reply.status == 200 else None
            if _entries(body) > caps.MAX_MODELS:
                return listed
            native = parse(body)
            if native is not None:
                return model_lists.merge(listed, native, model_lists.embedding_ids(body))
        return listed

    def llama_cpp_context(self, listed: tuple[ServerModel, ...]) -> tuple[ServerModel, ...]:
        """The context llama-server loaded its model with (`/props`), not only the model's training context."""
        if self.deadline.expired:
            return listed
        try:
            reply = get(self.client, self.origin + "/props", self.deadline.part(OPTIONAL_SHARE), self.headers)
        except ProbeError:
            return listed
        return model_lists.with_loaded_context(listed, reply.json) if reply.status == 200 else listed

    # ------------------------------------------------------------------ the one-token chat, through `openai`

    def one_token_chat(self, model: str) -> Problem | None:
        import openai

        client = openai.OpenAI(
            base_url=self.url,
            api_key=self.api_key or PLACEHOLDER_API_KEY,
            max_retries=0,
            timeout=self.deadline.left(),
            http_client=self.client,
        )
        try:
            reply = client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": "Hola"}],
                max_tokens=1,
                temperature=0,
            )
        except openai.APIStatusError as exc:
            return self.chat_status_problem(exc.status_code, exc.body, str(exc))
        except (openai.APIError, httpx.HTTPError) as exc:
            return problem_from_exception(exc, url=self.url, timeout_s=self.deadline.timeout_s)
        # a 200 body said to be JSON that is not (`{"choices": [` cut short), or nested deeper than the JSON parser
        # goes: not an OpenAI answer (the facts found so far still go out with the problem)
        except (ValueError, RecursionError):
            return self.problem(ProblemCode.NOT_OPENAI_COMPATIBLE, status=200, html=False, step="chat")
        if isinstance(reply, str):  # openai hands back the raw text when the 200 answer is not JSON (a web page...)
            html = reply.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
            return self.problem(ProblemCode.NOT_OPENAI_COMPATIBLE, status=200, html=html, step="chat")
        if not hasattr(reply, "model_extra"):  # JSON that is a list, a number or null: openai hands it back as is
            return self.problem(ProblemCode.NOT_OPENAI_COMPATIBLE, status=200, html=False, step="chat")
        extra = reply.model_extra or {}
        if "error" in extra:
            return self.chat_status_problem(200, extra, str(extra.get("error")))
        if not isinstance(getattr(reply, "choices", None), list):  # an object, but no chat completion
            return self.problem(ProblemCode.NOT_OPENAI_COMPATIBLE, status=200, html=False, step="chat")
        fingerprint = getattr(reply, "system_fingerprint", None)
        if (
            self.identity.kind is ServerKind.LLAMA_CPP
            and self.identity.version is None
            and isinstance(fingerprint, str)
        ):
            self.identity = Identity(self.identity.kind, fingerprint or None)
        return None

    def chat_status_problem(self, status: int, body: Any, fallback: str) -> Problem:
        return problem_from_status(
            status, body, fallback, url=self.url, api_key_sent=bool(self.api_key), kind=self.identity.kind
        )


def problem_from_status(
    status: int, body: Any, fallback: str, *, url: str, api_key_sent: bool, kind: ServerKind | None
) -> Problem:
    """Diagnose a chat request's error reply. `body` is openai's `exc.body` (the `error` value) or a whole body."""
    message = error_message(body if isinstance(body, dict) and "error" in body else {"error": body}) or fallback
    values: dict[str, object] = {"url": url, "status": status}
    if kind is not None:
        values["kind"] = kind.value
    if says_not_loaded(message):
        return Problem(ProblemCode.NO_MODEL_LOADED, {**values, "message": message})
    if status in (401, 403):
        return Problem(ProblemCode.AUTH_REQUIRED, {**values, "key_sent": api_key_sent})
    if status == 503:
        return Problem(ProblemCode.LOADING, {**values, "message": message})
    return Problem(ProblemCode.HTTP_ERROR, {**values, "message": message, "step": "chat"})
