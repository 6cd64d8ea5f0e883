"""Small HTTP helpers for probing local servers: URL handling, timed GETs, failures turned into problem codes.

The HTTP client is the one the `openai` package uses (httpx; published as `httpx2` by newer openai releases), so
the check and the chat share one connection pool and one set of exceptions.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import json
import socket
import ssl
import time
import zlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

try:  # openai ≥ 3 depends on httpx2; older releases on httpx (same API)
    import httpcore2 as httpcore
    import httpx2 as httpx
except ImportError:  # pragma: no cover - depends on the installed openai
    import httpcore  # type: ignore[no-redef]
    import httpx  # type: ignore[no-redef]

from advisor.core.messages.speaker import ENGLISH
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg
from advisor.core.servers import limits as caps
from advisor.core.servers.problems import NAME_NOT_RESOLVED, NO_ROUTE, TIMED_OUT, ProblemCode, os_reason
from advisor.core.servers.types import Problem
from advisor.core.urls import DEFAULT_SERVER_URL, redact_text, remember_secret, remember_url_secrets

DEFAULT_URL = DEFAULT_SERVER_URL  # advisor.core.servers.DEFAULT_URL; the value lives in advisor.core.urls
_API_SUFFIXES = ("/chat/completions", "/completions", "/models", "/embeddings", "/responses")


class BadUrlError(ValueError):
    """An address that cannot be a server's: `msg` (a catalogue message) and its `values`; `str()` is the English
    sentence, a front end words it in its language with `Speaker.t(exc.msg, **exc.values)`."""

    def __init__(self, msg: Msg, **values: Any) -> None:
        self.msg = msg
        self.values = values
        super().__init__(ENGLISH.t(msg, **values))


URL_EMPTY = QT_TRANSLATE_NOOP("ServerUrl", "empty URL")
URL_SPACES = QT_TRANSLATE_NOOP("ServerUrl", "a URL has no spaces (write it like http://localhost:1234/v1)")
URL_TOO_LONG = QT_TRANSLATE_NOOP("ServerUrl", "too long to be a server's address (at most {max_chars} characters)")
URL_INVALID = QT_TRANSLATE_NOOP("ServerUrl", "not a valid URL (write it like http://localhost:1234/v1)")
URL_SCHEME = QT_TRANSLATE_NOOP("ServerUrl", "unsupported scheme {scheme} (use http:// or https://)")
URL_NO_HOST = QT_TRANSLATE_NOOP("ServerUrl", "no host in the URL (write it like http://localhost:1234/v1)")
URL_PORT = QT_TRANSLATE_NOOP("ServerUrl", "the port must be a number from 1 to 65535 (LM Studio uses 1234)")
URL_PORT_ZERO = QT_TRANSLATE_NOOP("ServerUrl", "bad port: 0 (use the port the server listens on, e.g. 1234)")
URL_NOT_A_URL = QT_TRANSLATE_NOOP("ServerUrl", "not a URL: {text} (write it like http://localhost:1234/v1)")
MAX_URL_CHARS = 2048


def normalize_url(url: str) -> str:
    """'localhost:1234/v1/' → 'http://localhost:1234/v1'. Raises BadUrlError (a ValueError) for what cannot be a
    server URL.

    A pasted endpoint (`.../v1/chat/completions`, `.../v1/models`) is cut back to the API base, as people copy
    those from tutorials.
    """
    text = url.strip()
    if not text:
        raise BadUrlError(URL_EMPTY)
    if any(c.isspace() for c in text):
        raise BadUrlError(URL_SPACES)
    if len(text) > MAX_URL_CHARS:
        raise BadUrlError(URL_TOO_LONG, max_chars=MAX_URL_CHARS)
    typed_scheme = "://" in text
    if not typed_scheme:
        text = "http://" + text
    try:
        parts = urlsplit(text)
    except ValueError:  # "Invalid IPv6 URL" and the like: urllib's own words mean little to a person
        raise BadUrlError(URL_INVALID) from None
    if parts.scheme not in ("http", "https"):
        raise BadUrlError(URL_SCHEME, scheme=repr(parts.scheme))
    if not parts.hostname:
        raise BadUrlError(URL_NO_HOST)
    if not _valid_host(parts.hostname):  # "a..b", a 64-letter label, "999.1.1.1": the request failed deep inside
        raise BadUrlError(URL_INVALID)  # the HTTP client ("unexpected error", exit 1)
    try:
        port = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError:
        raise BadUrlError(URL_PORT) from None
    if port == 0:  # urlsplit accepts it, but nothing can listen there (and `port or 80` would probe port 80)
        raise BadUrlError(URL_PORT_ZERO)
    if not typed_scheme and port is None and not _looks_like_host(parts.hostname):
        # a bare word ("notaurl", "lmstudio") is a typo, not a server: saying "not running" would mislead
        raise BadUrlError(URL_NOT_A_URL, text=redact_text(repr(url.strip())))
    path = parts.path.rstrip("/")
    for suffix in _API_SUFFIXES:
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _valid_host(host: str) -> bool:
    """A name the resolver can be asked (IDNA: no empty label, none over 63 characters) or an IP address; four
    dotted numbers are an IPv4 address or nothing."""
    import ipaddress

    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    if all(part.isdigit() for part in host.split(".")):
        return False
    try:
        host.encode("idna")
    except UnicodeError:
        return False
    return True


def _looks_like_host(host: str) -> bool:
    """localhost, an IP address or a dotted name; a bare word may be a LAN name only with a scheme or a port."""
    import ipaddress

    if host.lower() == "localhost" or "." in host:
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


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

    @functools.cached_property
    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON (parsed once: a model list can be megabytes)."""
        try:
            return json.loads(self.text)
        except (ValueError, RecursionError):  # RecursionError: '[[[[…' nested deeper than the parser goes
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


class DeadlineSpentError(httpx.TimeoutException):
    """A request not sent because the check's time was already spent (by the answers before it): the server took
    those connections, so this is its slowness, never "nothing took the connection" (a ConnectTimeout)."""


class Deadline:
    """One time budget for a whole check: each request gets what is left (never less than a sliver)."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.end = time.monotonic() + timeout_s

    def part(self, share: float) -> Deadline:
        """A budget ending after `share` of what is left: for a request the check can do without (a server's own
        model list, its loaded context), so that a slow one leaves time for the chat. Worded with the whole
        check's timeout."""
        sub = Deadline(self.timeout_s)
        sub.end = min(self.end, time.monotonic() + max(0.0, self.remaining()) * share)
        return sub

    def left(self) -> float:
        return max(0.05, self.end - time.monotonic())

    def remaining(self) -> float:
        """Seconds left, 0 or less once the time is up."""
        return self.end - time.monotonic()

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.end


def problem_from_exception(exc: BaseException, *, url: str, timeout_s: float, during_stream: bool = False) -> Problem:
    """Map a transport failure (httpx, or openai wrapping httpx) to a problem code with the values a message needs.

    The system's reason for a failed connection is a code (`problems.os_reason`: refused, timed out, no route,
    name not resolved, reset) that the catalogue words; its own English text stays in `error`, for --debug."""
    host, port = host_port(url)
    cause: BaseException = exc
    while not isinstance(cause, httpx.HTTPError) and cause.__cause__ is not None:
        cause = cause.__cause__  # openai's APIConnectionError/APITimeoutError wrap the httpx error
    if isinstance(cause, ResponseTooLargeError):
        return cause.problem(url)
    why = os_reason(cause)
    if isinstance(cause, httpx.ConnectTimeout) or (
        isinstance(cause, httpx.ConnectError) and why == TIMED_OUT and not during_stream
    ):  # nothing took the connection: not a server that is busy answering
        return Problem(
            ProblemCode.TIMEOUT, {"url": url, "host": host, "port": port, "timeout_s": timeout_s, "step": "connect"}
        )
    if isinstance(cause, httpx.TimeoutException) or type(exc).__name__ == "APITimeoutError":
        return Problem(ProblemCode.TIMEOUT, {"url": url, "timeout_s": timeout_s})
    if isinstance(cause, httpx.ConnectError) and not during_stream:
        # no computer has that name: a typo, not a stopped server
        if why == NAME_NOT_RESOLVED or _name_not_found(cause):
            values: dict[str, object] = {"url": url, "host": host, "port": port}
            if suggested := suggested_host(host):
                values["suggested_host"] = suggested
                values["suggested_url"] = with_host(url, suggested)
            return Problem(ProblemCode.HOST_NOT_FOUND, values)
        if why == NO_ROUTE:  # the network has no way there: the address, or that computer, not a stopped server
            return Problem(ProblemCode.HOST_UNREACHABLE, {"url": url, "host": host, "port": port, "error": str(cause)})
        return Problem(ProblemCode.CONNECTION_REFUSED, {"url": url, "host": host, "port": port})
    if isinstance(cause, httpx.RemoteProtocolError | httpx.ReadError) and not during_stream:
        return Problem(ProblemCode.NOT_OPENAI_COMPATIBLE, {"url": url, "reason": "not_http", "error": str(cause)})
    reason = "stream_broken" if during_stream else "transport"
    values = {"url": url, "reason": reason, "error": f"{type(cause).__name__}: {cause}"}
    if why is not None:
        values["os_reason"] = why
    return Problem(ProblemCode.HTTP_ERROR, values)


def _name_not_found(exc: BaseException) -> bool:
    """Whether a connect failure was the host name not resolving (`socket.gaierror` somewhere in the chain httpx
    and httpcore wrap it in), rather than nothing listening."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, socket.gaierror):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


_LOCAL_NAME = "localhost"


def suggested_host(host: str) -> str | None:
    """'localhots', 'locahost', 'localhsot' → 'localhost': a name that does not resolve and is a typo of it."""
    typed = host.lower()
    if typed == _LOCAL_NAME or not typed:
        return None
    return _LOCAL_NAME if difflib.SequenceMatcher(None, typed, _LOCAL_NAME).ratio() >= 0.75 else None


def with_host(url: str, host: str) -> str:
    """`url` with its host name replaced (port, path and any user info kept)."""
    parts = urlsplit(url)
    userinfo, at, _ = parts.netloc.rpartition("@")
    port = f":{parts.port}" if parts.port is not None else ""
    return urlunsplit((parts.scheme, f"{userinfo}{at}{host}{port}", parts.path, parts.query, parts.fragment))


def get(
    client: httpx.Client,
    url: str,
    deadline: Deadline,
    headers: dict[str, str] | None = None,
    *,
    max_bytes: int = caps.JSON_MAX_BYTES,
    what: str = "response",
) -> Reply:
    """GET within the deadline (total: headers and body) and at most `max_bytes` of decoded body; an HTTP answer of
    any status is a Reply, no answer (or one over the cap) raises ProbeError."""
    try:
        with limited(deadline, max_bytes=max_bytes, what=what):
            resp = client.get(url, headers=headers, timeout=deadline.left())
    except httpx.HTTPError as exc:
        raise ProbeError(problem_from_exception(exc, url=url, timeout_s=deadline.timeout_s)) from exc
    return Reply(resp.status_code, resp.text, {k.lower(): v for k, v in resp.headers.items()})


# ---------------------------------------------------------------------------------------------- limits on the wire
#
# Every request sent through `new_client()` runs under the `Limits` set by `limited(...)` on this thread (a context
# variable): each socket connect/read/write waits at most the time left (so a server trickling one byte every few
# seconds, in its headers or its body, is cut at the deadline), the body is checked against the deadline between
# chunks, and its size is counted *after* decoding (a gzip bomb is cut on what it inflates to, in 64 KiB steps).
# Error bodies (4xx/5xx) are cut short instead of failing: only their message is used.


@dataclass(frozen=True)
class Limits:
    deadline: Deadline | None
    max_bytes: int
    what: str  # what is being read, for the message: "model_list", "response", "stream", ...


_LIMITS: ContextVar[Limits | None] = ContextVar("advisor_servers_http_limits", default=None)
_DEFAULT_LIMITS = Limits(None, caps.JSON_MAX_BYTES, "response")


def current_limits() -> Limits:
    return _LIMITS.get() or _DEFAULT_LIMITS


@contextlib.contextmanager
def limited(
    deadline: Deadline | None = None, *, max_bytes: int | None = None, what: str | None = None
) -> Iterator[Limits]:
    """Run the requests inside under a deadline and a size cap. Nested: the earlier deadline wins."""
    outer = _LIMITS.get()
    if outer is not None and outer.deadline is not None and (deadline is None or outer.deadline.end < deadline.end):
        deadline = outer.deadline
    now = Limits(
        deadline,
        max_bytes if max_bytes is not None else (outer.max_bytes if outer is not None else caps.JSON_MAX_BYTES),
        what or (outer.what if outer is not None else "response"),
    )
    token = _LIMITS.set(now)
    try:
        yield now
    finally:
        _LIMITS.reset(token)


class ResponseTooLargeError(httpx.TransportError):
    """A body that went past its cap (counted after decoding)."""

    def __init__(self, what: str, limit_bytes: int, *, request: httpx.Request | None = None) -> None:
        super().__init__(f"{what} larger than {limit_bytes} bytes", request=request)
        self.what = what
        self.limit_bytes = limit_bytes

    def problem(self, url: str) -> Problem:
        return Problem(ProblemCode.RESPONSE_TOO_LARGE, {"url": url, "what": self.what, "limit_bytes": self.limit_bytes})


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """The socket timeout for one operation: never more than the time left; none left raises `error`."""
    deadline = current_limits().deadline
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise error("the time for this request is up")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - not used for TCP servers
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover
        self._inner.sleep(seconds)


_PIECE = 64 * 1024  # decoded bytes handed on per step


class _Inflater:
    """gzip/deflate decoding that never produces more than `_PIECE` bytes per step."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._raw_fallback = encoding == "deflate"
        self._d = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip header, detected

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data and not self._d.eof:
            try:
                out = self._d.decompress(data, _PIECE)
            except zlib.error as exc:
                if self._raw_fallback:  # a "deflate" body without the zlib header (some servers send that)
                    self._raw_fallback = False
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise ValueError(f"cannot decode {self.encoding} body: {exc}") from None
            self._raw_fallback = False
            data = self._d.unconsumed_tail
            if out:
                yield out


class _GuardedStream(httpx.SyncByteStream):
    def __init__(
        self, inner: Any, request: httpx.Request, inflater: _Inflater | None, limits: Limits, *, cut_short: bool
    ) -> None:
        self._inner = inner
        self._request = request
        self._inflater = inflater
        self._limits = limits
        self._cap = min(limits.max_bytes, caps.ERROR_BODY_MAX_BYTES) if cut_short else limits.max_bytes
        self._cut_short = cut_short

    def __iter__(self) -> Iterator[bytes]:
        total = 0
        deadline = self._limits.deadline
        for raw in self._inner:
            if deadline is not None and deadline.remaining() <= 0:
                raise httpx.ReadTimeout("the time for this request is up", request=self._request)
            try:
                pieces = list(self._inflater.feed(raw)) if self._inflater is not None else [raw]
            except ValueError as exc:
                raise httpx.DecodingError(str(exc), request=self._request) from None
            for piece in pieces:
                room = self._cap - total
                if len(piece) > room:
                    if self._cut_short:
                        if room > 0:
                            yield piece[:room]
                        return
                    raise ResponseTooLargeError(self._limits.what, self._cap, request=self._request)
                total += len(piece)
                yield piece

    def close(self) -> None:
        self._inner.close()


_DROPPED_HEADERS = (b"content-encoding", b"content-length")


class GuardedTransport(httpx.BaseTransport):
    """httpx's own transport with the limits above: deadline on every socket operation, decoded-size caps."""

    def __init__(self, verify: ssl.SSLContext) -> None:
        self._inner = httpx.HTTPTransport(verify=verify, trust_env=False)
        self._inner._pool = httpcore.ConnectionPool(  # same pool as httpx builds, with the deadline-aware sockets
            ssl_context=verify,
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=_DeadlineBackend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        limits = current_limits()
        if limits.deadline is not None and limits.deadline.remaining() <= 0:
            raise DeadlineSpentError("the time for this request is up", request=request)
        request.headers["Accept-Encoding"] = "identity"  # local servers need no compression; a body is read as sent
        remember_url_secrets(str(request.url))  # a server that quotes them back shows "***" (urls.redact_text)
        response = self._inner.handle_request(request)
        encoding = response.headers.get("content-encoding", "").strip().lower()
        inflater = _Inflater(encoding) if encoding in ("gzip", "x-gzip", "deflate") else None
        # the body handed on is decoded here (bounded), so httpx must not decode it again
        headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _DROPPED_HEADERS]
        if inflater is None and (length := response.headers.get("content-length")) is not None:
            headers.append((b"content-length", length.encode()))
        stream = _GuardedStream(response.stream, request, inflater, limits, cut_short=response.status_code >= 400)
        return httpx.Response(response.status_code, headers=headers, stream=stream, extensions=response.extensions)

    def close(self) -> None:
        self._inner.close()


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
    remember_secret(api_key)  # from now on masked in whatever a server says (urls.redact_text)
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
    """A client for one check: no proxy from the environment (these are local servers), no redirects followed, and
    the deadline and size caps of `limited(...)` applied to every request (see `GuardedTransport`)."""
    return httpx.Client(
        trust_env=False,
        follow_redirects=False,
        timeout=caps.CONNECT_TIMEOUT_S,
        transport=GuardedTransport(_ssl_context()),
    )
