"""Small HTTP helpers for probing local servers: URL handling, timed GETs, failures turned into problem codes.

The HTTP client is the one the `openai` package uses (httpx; published as `httpx2` by newer openai releases), so
the check and the chat share one connection pool and one set of exceptions.
"""

from __future__ import annotations

import functools
import json
import ssl
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

try:  # openai ≥ 3 depends on httpx2; older releases on httpx (same API)
    import httpx2 as httpx
except ImportError:  # pragma: no cover - depends on the installed openai
    import httpx  # type: ignore[no-redef]

from advisor.core.servers.problems import ProblemCode
from advisor.core.servers.types import Problem

DEFAULT_URL = "http://localhost:1234/v1"
_API_SUFFIXES = ("/chat/completions", "/completions", "/models", "/embeddings", "/responses")


def normalize_url(url: str) -> str:
    """'localhost:1234/v1/' → 'http://localhost:1234/v1'. Raises ValueError for what cannot be a server URL.

    A pasted endpoint (`.../v1/chat/completions`, `.../v1/models`) is cut back to the API base, as people copy
    those from tutorials.
    """
    text = url.strip()
    if not text:
        raise ValueError("empty URL")
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"unsupported scheme {parts.scheme!r} (use http:// or https://)")
    if not parts.hostname:
        raise ValueError("no host in the URL")
    try:
        port = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError as exc:
        raise ValueError(f"bad port: {exc}") from None
    if port == 0:  # urlsplit accepts it, but nothing can listen there (and `port or 80` would probe port 80)
        raise ValueError("bad port: 0 (use the port the server listens on, e.g. 1234)")
    path = parts.path.rstrip("/")
    for suffix in _API_SUFFIXES:
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def origin(url: str) -> str:
    """'http://localhost:1234/v1' → 'http://localhost:1234'."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    port = parts.port
    return parts.hostname or "", port if port is not None else (443 if parts.scheme == "https" else 80)


@dataclass(frozen=True)
class Reply:
    status: int
    text: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.text)
        except ValueError:
            return None

    @property
    def is_html(self) -> bool:
        return "html" in self.headers.get("content-type", "") or self.text.lstrip()[:15].lower().startswith(
            ("<!doctype", "<html")
        )


class ProbeError(Exception):
    """A request that got no HTTP answer; carries the problem it means."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code.value)
        self.problem = problem


class Deadline:
    """One time budget for a whole check: each request gets what is left (never less than a sliver)."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.end = time.monotonic() + timeout_s

    def left(self) -> float:
        return max(0.05, self.end - time.monotonic())

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.end


def problem_from_exception(exc: BaseException, *, url: str, timeout_s: float, during_stream: bool = False) -> Problem:
    """Map a transport failure (httpx, or openai wrapping httpx) to a problem code with the values a message needs."""
    host, port = host_port(url)
    cause: BaseException = exc
    while not isinstance(cause, httpx.HTTPError) and cause.__cause__ is not None:
        cause = cause.__cause__  # openai's APIConnectionError/APITimeoutError wrap the httpx error
    if isinstance(cause, httpx.TimeoutException) or type(exc).__name__ == "APITimeoutError":
        return Problem(ProblemCode.TIMEOUT, {"url": url, "timeout_s": timeout_s})
    if isinstance(cause, httpx.ConnectError) and not during_stream:
        return Problem(ProblemCode.CONNECTION_REFUSED, {"url": url, "host": host, "port": port})
    if isinstance(cause, httpx.RemoteProtocolError | httpx.ReadError) and not during_stream:
        return Problem(ProblemCode.NOT_OPENAI_COMPATIBLE, {"url": url, "reason": "not_http", "error": str(cause)})
    reason = "stream_broken" if during_stream else "transport"
    return Problem(ProblemCode.HTTP_ERROR, {"url": url, "reason": reason, "error": f"{type(cause).__name__}: {cause}"})


def get(client: httpx.Client, url: str, deadline: Deadline, headers: dict[str, str] | None = None) -> Reply:
    """GET with the time left; an HTTP answer of any status is a Reply, no answer raises ProbeError."""
    timeout = deadline.left()
    try:
        resp = client.get(url, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise ProbeError(problem_from_exception(exc, url=url, timeout_s=deadline.timeout_s)) from exc
    return Reply(resp.status_code, resp.text, {k.lower(): v for k, v in resp.headers.items()})


API_KEY_EMPTY = "api_key_empty"
API_KEY_NOT_HEADER_SAFE = "api_key_not_header_safe"  # non-ASCII (a pasted 'ñ', a typographic dash) or a line break


class ApiKeyError(ValueError):
    """A token that cannot go in an Authorization header; `code` is API_KEY_EMPTY or API_KEY_NOT_HEADER_SAFE."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def clean_api_key(text: str) -> str:
    """The token as it can be sent: without the spaces or line break a copy-paste brings along ("Bearer abc " is an
    illegal header value), ASCII and printable (httpx raises UnicodeEncodeError on 'ñ'). Raises ApiKeyError."""
    key = text.strip()
    if not key:
        raise ApiKeyError(API_KEY_EMPTY)
    if not key.isascii() or not key.isprintable():
        raise ApiKeyError(API_KEY_NOT_HEADER_SAFE)
    return key


def auth_headers(api_key: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}"} if api_key else {}


def error_message(body: Any) -> str | None:
    """The message of an OpenAI-style error body: {"error": {"message": ...}} or {"error": "..."} or {"detail": ...}."""
    if not isinstance(body, dict):
        return None
    err = body.get("error")
    if isinstance(err, dict):
        msg = err.get("message")
        return str(msg) if msg is not None else json.dumps(err)
    if isinstance(err, str):
        return err
    detail = body.get("detail")
    return str(detail) if isinstance(detail, str) else None


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """Built once: a fresh one per client costs ~30 ms, a tenth of a check's budget (and is unused on http://)."""
    return ssl.create_default_context()


def new_client() -> httpx.Client:
    """A client for one check: no proxy from the environment (these are local servers), no redirects followed."""
    return httpx.Client(trust_env=False, follow_redirects=False, timeout=5.0, verify=_ssl_context())
