"""The HTTP client huggingface_hub uses here: a timeout on every request, and no silent retry storms.

The library's own client has no timeout, and its backoff retries a refused connection five times (23 s of sleeping
before an offline user hears anything), sleeps through a 429's whole reset window (+1 s, up to five times) and
retries 5xx answers. For a search a person waits on, the right answer is to stop at once and say why: so this
client turns a refused connection or a timeout into `HubUnreachable` / `HubTimeout` (which the library does not
retry), and a 429 or 5xx into the library's own `HfHubHTTPError` straight away. The timeout is a total deadline
for each request (connect, headers and body: a mirror that trickles bytes is cut), and a JSON answer is capped at
64 MiB. A whole operation — a listing or a file tree, every page and redirect of it — runs in `hub_operation()`: one
total deadline (twice the request's) and at most MAX_PAGES requests, so a mirror that pages for ever, each page
quick, is cut too (`HubTimeout`, `HubListingTooLong`). Downloads keep the library's resume-on-broken-stream logic:
that happens while reading the body, which this client does not touch.

Installed once per process through `huggingface_hub.set_client_factory` (the library's documented hook).
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import huggingface_hub
from huggingface_hub import errors as hf_errors
from huggingface_hub.utils import hf_raise_for_status, parse_ratelimit_headers

from advisor.core.catalog.cache import MAX_RATE_LIMIT_WAIT_S
from advisor.core.catalog.types import CatalogProblem
from advisor.core.text import outside_name

try:  # huggingface_hub ≥ 2 speaks httpx2; 1.x speaks httpx (same API)
    import httpx2 as httpx
except ImportError:  # pragma: no cover - depends on the installed huggingface_hub
    import httpx  # type: ignore[no-redef]

DEFAULT_TIMEOUT_S = 15.0
# One Hub operation — a search listing or a repo's file tree, every page and redirect of it — ends within this many
# times the per-request timeout (30 s by default), after at most MAX_PAGES requests: a mirror that answers each page
# at once but never stops paging (an endless `Link: rel="next"`) is cut, not followed for ever.
TOTAL_TIMEOUT_FACTOR = 2
DEFAULT_TOTAL_TIMEOUT_S = TOTAL_TIMEOUT_FACTOR * DEFAULT_TIMEOUT_S
MAX_PAGES = 200  # the Hub pages a file tree by 1,000 entries: 2 pages for the largest GGUF repos (~2,000 files)
_timeout_s: contextvars.ContextVar[float] = contextvars.ContextVar("hub_timeout_s", default=DEFAULT_TIMEOUT_S)
_install_lock = threading.Lock()
_installed = False


class HubUnreachable(ConnectionError):
    """No connection to the Hub (offline, DNS, refused). Not an httpx error, so the library does not retry it."""


class HubTimeout(TimeoutError):
    """The Hub did not answer in time."""


class HubListingTooLong(Exception):
    """A listing or file tree went on past MAX_PAGES pages or its caller's cap on entries (no real repo comes
    near): given up, nothing of it kept. Not an httpx error, so the library does not retry it."""

    def __init__(self, host: str, *, pages: int, entries: int | None = None) -> None:
        super().__init__(f"{host} sent a listing that did not end ({pages} pages, {entries or 0} entries)")
        self.pages = pages
        self.entries = entries


class HubRefusedRedirect(Exception):
    """The Hub (or a mirror) redirected to an address that is not http or https (`ftp://`, `file://`): refused at
    once rather than tried (an ftp:// one waited on a connection for 21 s). Not an httpx error, so not retried."""

    def __init__(self, host: str, scheme: str) -> None:
        super().__init__(f"{host} redirected to a {scheme}:// address")
        self.scheme = scheme


FOLLOWED_SCHEMES = ("http", "https")


def _refuse_odd_redirect(response: httpx.Response) -> None:
    """A response hook (httpx runs it on every answer of a redirect chain, before following it): only a redirect to
    http or https goes on."""
    location = response.headers.get("location") if response.has_redirect_location else None
    if location is None:
        return
    try:
        scheme = response.url.join(location).scheme
    except httpx.InvalidURL:
        scheme = ""
    if scheme not in FOLLOWED_SCHEMES:
        raise HubRefusedRedirect(response.url.host or "the Hub", outside_name(scheme or "?", max_chars=16))


class HubBadAnswer(Exception):
    """A listing or file tree that is not the Hub's JSON (not a list, or no entry of it usable): nothing of it is
    used. Not an httpx error, so the library does not retry it."""

    def __init__(self, host: str) -> None:
        super().__init__(f"{host} sent a listing that is not the Hub's")


@dataclass
class HubOperation:
    """The budget of one Hub operation, shared by its requests: a total deadline and a number of requests."""

    total_s: float
    deadline: float
    max_requests: int
    requests: int = 0

    def take(self, host: str) -> float:
        """Count one more request; the time it may take (raises when the operation is over time or over pages)."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise HubTimeout(f"{host} did not finish within {self.total_s:g} s in all")
        if self.requests >= self.max_requests:
            raise HubListingTooLong(host, pages=self.requests)
        self.requests += 1
        return left


_operation: contextvars.ContextVar[HubOperation | None] = contextvars.ContextVar("hub_operation", default=None)


class _FailFastClient(httpx.Client):
    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        limit = _timeout_s.get()
        streamed = bool(kwargs.pop("stream", False))
        operation = _operation.get()
        if operation is not None and not streamed:  # a page of a listing: within what is left of the whole
            limit = min(limit, operation.take(request.url.host or "the Hub"))
        timeouts = request.extensions.get("timeout")
        if isinstance(timeouts, dict):
            # a streamed download keeps its own (stall) read timeout; everything else waits at most `limit` a read
            request.extensions["timeout"] = {
                k: (limit if v is None else v if streamed and k == "read" else min(v, limit))
                for k, v in timeouts.items()
            }
        deadline = time.monotonic() + limit  # the whole request, not each read: a trickling mirror is cut here
        try:
            response = self._send_within(request, kwargs, limit)
            if not streamed:  # a JSON answer (listing, tree, repo info): read it whole within the deadline
                _read_within(response, deadline, request.url.host or "the Hub")
        except httpx.ConnectError as exc:
            raise HubUnreachable(f"cannot reach {request.url.host}: {exc}") from exc
        except httpx.TimeoutException as exc:
            raise HubTimeout(f"{request.url.host} did not answer in time") from exc
        if response.status_code == 429 or response.status_code >= 500:
            try:
                response.read()
            finally:
                response.close()
            hf_raise_for_status(response)
        return response

    def _send_within(self, request: httpx.Request, kwargs: dict[str, Any], limit: float) -> httpx.Response:
        """Connect, send and receive the status line and headers within `limit` seconds. httpx bounds each read,
        so a server trickling its headers one byte at a time would be waited on for ever: the exchange runs on a
        worker thread and is given up at the deadline (the thread ends when the connection does)."""
        outcome: dict[str, Any] = {}
        context = contextvars.copy_context()

        def exchange() -> None:
            try:
                outcome["response"] = httpx.Client.send(self, request, stream=True, **kwargs)
            except BaseException as exc:  # handed to the caller's thread as it is
                outcome["error"] = exc

        worker = threading.Thread(target=context.run, args=(exchange,), daemon=True, name="hub-request")
        worker.start()
        worker.join(limit + 0.5)
        if worker.is_alive():
            raise HubTimeout(f"{request.url.host} did not send its answer's headers in time")
        if "error" in outcome:
            raise outcome["error"]
        response: httpx.Response = outcome["response"]
        return response


MAX_BODY_BYTES = 64 * 2**20  # a listing or a file tree is KBs to a few MB; past this it is not the Hub's JSON


def _read_within(response: httpx.Response, deadline: float, host: str) -> None:
    """Read a non-streamed body chunk by chunk, stopping at the request's total deadline or the size cap (counted
    after decoding, so a gzip bomb stops too); the body is then served from memory as if read normally."""
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise HubTimeout(f"{host} sent more than {MAX_BODY_BYTES // 2**20} MiB for one answer")
            if time.monotonic() > deadline:
                raise HubTimeout(f"{host} did not finish its answer in time")
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)  # what Response.read() leaves; json() and .text read it


def _client_factory() -> httpx.Client:
    hooks: dict[str, list[Any]] = {"response": [_refuse_odd_redirect]}
    try:  # the library's request hook adds its request id and debug logging
        from huggingface_hub.utils._http import hf_request_event_hook

        hooks["request"] = [hf_request_event_hook]
    except ImportError:  # pragma: no cover
        pass
    return _FailFastClient(event_hooks=hooks, follow_redirects=True, timeout=DEFAULT_TIMEOUT_S)


def install_client() -> None:
    """Make huggingface_hub use the fail-fast client (once per process; cheap to call every time)."""
    global _installed
    if _installed:
        return
    with _install_lock:
        if not _installed:
            huggingface_hub.set_client_factory(_client_factory)
            _installed = True


@contextlib.contextmanager
def request_timeout(seconds: float) -> Iterator[None]:
    """The per-request timeout for Hub calls made in this context (and in contexts copied from it)."""
    token = _timeout_s.set(seconds)
    try:
        yield
    finally:
        _timeout_s.reset(token)


@contextlib.contextmanager
def hub_operation(total_s: float | None = None, *, max_requests: int = MAX_PAGES) -> Iterator[HubOperation]:
    """One Hub operation (a listing, a file tree: every page and redirect) in this context: it ends within `total_s`
    (default TOTAL_TIMEOUT_FACTOR × the per-request timeout in force) and after at most `max_requests` requests;
    each request also keeps its own timeout. Streamed downloads are not counted (they have a stall deadline)."""
    total = TOTAL_TIMEOUT_FACTOR * _timeout_s.get() if total_s is None else total_s
    operation = HubOperation(total, time.monotonic() + total, max_requests)
    token = _operation.set(operation)
    try:
        yield operation
    finally:
        _operation.reset(token)


# The longest wait a 429 may impose: the Hub's own window is 300 s (`RateLimit-Policy: ...;w=300`); a mirror, proxy
# or captive portal answering `Retry-After: 999999999` would otherwise lock the search out for years.
MAX_RETRY_AFTER_S = int(MAX_RATE_LIMIT_WAIT_S)


def retry_after_s(exc: BaseException) -> int | None:
    """Seconds a 429 asks us to wait (`RateLimit: "api";r=0;t=55`, else `Retry-After`), at most MAX_RETRY_AFTER_S."""
    response = getattr(exc, "response", None)
    if response is None:
        return None
    info = parse_ratelimit_headers(response.headers)
    if info is not None and info.remaining == 0:
        return min(max(int(info.reset_in_seconds), 0), MAX_RETRY_AFTER_S)
    value = response.headers.get("Retry-After", "").strip()
    return min(int(value), MAX_RETRY_AFTER_S) if value.isdigit() and len(value) < 20 else None


def page_url(repo_id: str, endpoint: str | None = None) -> str:
    base = (endpoint or huggingface_hub.constants.ENDPOINT).rstrip("/")
    return f"{base}/{repo_id}"


def problem_from_exception(
    exc: BaseException, repo_id: str | None = None, *, filename: str | None = None, endpoint: str | None = None
) -> CatalogProblem:
    """Any failure of a Hub call → a CatalogProblem (code + values), never a traceback."""
    values: dict[str, object] = {}
    if filename:
        values["file"] = filename
    cause = exc
    # hf_hub_download wraps "could not reach the Hub" in LocalEntryNotFoundError; the cause says why
    while isinstance(cause, hf_errors.LocalEntryNotFoundError) and cause.__cause__ is not None:
        cause = cause.__cause__
    if isinstance(cause, HubUnreachable | hf_errors.OfflineModeIsEnabled | httpx.ConnectError):
        return CatalogProblem("offline", repo_id, values)
    if isinstance(cause, HubTimeout | httpx.TimeoutException):
        return CatalogProblem("timeout", repo_id, values)
    if isinstance(cause, HubListingTooLong):
        endless: dict[str, object] = {"pages": cause.pages, "max_pages": MAX_PAGES}
        if cause.entries is not None:
            endless["entries"] = cause.entries
        return CatalogProblem("endless_listing", repo_id, {**values, **endless})
    if isinstance(cause, HubRefusedRedirect):
        return CatalogProblem("odd_redirect", repo_id, {**values, "scheme": cause.scheme})
    if isinstance(cause, HubBadAnswer):
        return CatalogProblem("bad_answer", repo_id, values)
    if isinstance(cause, hf_errors.GatedRepoError):
        return CatalogProblem("gated", repo_id, {**values, "url": page_url(repo_id or "", endpoint)})
    if isinstance(cause, hf_errors.RemoteEntryNotFoundError):
        return CatalogProblem("file_not_found", repo_id, values)
    if isinstance(cause, hf_errors.RepositoryNotFoundError | hf_errors.RevisionNotFoundError):
        return CatalogProblem("repo_not_found", repo_id, values)
    if isinstance(cause, hf_errors.HfHubHTTPError):
        status = cause.response.status_code if cause.response is not None else None
        if status == 429:
            return CatalogProblem("rate_limited", repo_id, {**values, "retry_after_s": retry_after_s(cause)})
        if status in (401, 403):
            return CatalogProblem("unauthorized", repo_id, {**values, "status": status})
        if status is not None and status >= 500:
            return CatalogProblem("server_error", repo_id, {**values, "status": status})
        return CatalogProblem("http_error", repo_id, {**values, "status": status})
    if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
        return CatalogProblem("disk_full", repo_id, values)
    if isinstance(cause, OSError):
        # `error` is the system's code (EROFS, EACCES, ...): the sentence is the catalogue's, in the user's language;
        # `detail` keeps the system's own (English) text for the JSON output
        code = errno.errorcode.get(cause.errno or 0, type(cause).__name__)
        return CatalogProblem("write_failed", repo_id, {**values, "error": code, "detail": str(cause)})
    return CatalogProblem("http_error", repo_id, {**values, "detail": f"{type(cause).__name__}: {cause}"})
