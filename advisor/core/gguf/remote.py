"""Read a remote GGUF header with HTTP Range requests: a few MB of header instead of a multi-GB download.

The reader asks for bytes as it parses; `RangeSource` fetches the prefix in growing chunks (1 MiB, then
doubling) and refuses to go past `max_header_bytes`, so a hostile or broken file cannot make us download it all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import http.client
import logging
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from typing import IO, Any

from advisor.core.gguf.info import GgufInfo, info_from_header, split_part_names
from advisor.core.gguf.reader import BytesSource, GgufError, parse_header
from advisor.core.messages import catalog as words
from advisor.core.messages.speaker import ENGLISH
from advisor.core.messages.translations import Msg
from advisor.core.text import outside_name
from advisor.core.within import CallTimeoutError, call_within

FIRST_CHUNK_BYTES = 2**20
MAX_HEADER_BYTES = 64 * 2**20  # the largest real headers (262k-token vocabularies) are ~15 MB
DEFAULT_TIMEOUT_S = 20.0

# fetch(url, start, end_inclusive, headers, timeout_s) -> (bytes from start, total file size or None)
Fetch = Callable[[str, int, int, Mapping[str, str], float], tuple[bytes, int | None]]


class GgufFetchError(OSError):
    """The remote file could not be fetched (HTTP error, offline, timeout); `status` is the HTTP code if any.
    `msg` (a catalogue message) and its `values` say why; `str()` is the English sentence, a front end words it
    in its language with `Speaker.t(exc.msg, **exc.values)`."""

    def __init__(self, msg: Msg, status: int | None = None, **values: Any) -> None:
        self.msg = msg
        self.values = values
        super().__init__(ENGLISH.t(msg, **values))
        self.status = status


FOLLOWED_SCHEMES = ("http", "https")


class _StripAuthOnRedirect(urllib.request.HTTPRedirectHandler):
    """Follow the Hub's redirect to its CDN, but never send the token to another host, and never to an address
    that is not http or https: urllib follows ftp:// too (a mirror's ftp:// redirect was waited on for 21 s)."""

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: http.client.HTTPMessage
    ) -> Any:
        location = headers.get("location") or headers.get("uri")
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, location)).scheme if location else "http"
        if scheme.lower() not in FOLLOWED_SCHEMES:  # before urllib's own check, which lets ftp:// through
            fp.close()  # the redirect's answer and its connection
            host = urllib.parse.urlsplit(req.full_url).netloc or req.full_url
            raise GgufFetchError(
                words.GGUF_FETCH_REDIRECT,
                code,
                host=outside_name(host),
                scheme=outside_name(scheme or "?", max_chars=16),
            )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and urllib.parse.urlsplit(newurl).netloc != urllib.parse.urlsplit(req.full_url).netloc:
            new.remove_header("Authorization")
        return new


_opener = urllib.request.build_opener(_StripAuthOnRedirect)


def _total_from_content_range(value: str | None) -> int | None:
    # "bytes 0-1023/4912345678"
    if value and "/" in value:
        total = value.rsplit("/", 1)[1].strip()
        if total.isdigit():
            return int(total)
    return None


def urllib_fetch(
    url: str, start: int, end: int, headers: Mapping[str, str], timeout_s: float
) -> tuple[bytes, int | None]:
    """One Range request, over within `timeout_s` plus the time its bytes take at MIN_BYTES_PER_S, whatever the
    server does: urllib's timeout is per socket read, and a server trickling a byte every half second kept
    `estimate --hf` reading past every deadline, and `models` from exiting (its header worker never ended). Past
    that time the request is given up (`within.call_within`) and its connection shut, so its thread ends too."""
    opened: dict[str, Any] = {}
    allowed_s = timeout_s + (end - start + 1) / MIN_BYTES_PER_S  # a slow but steady link still reads 8 MiB

    def shut() -> None:
        sock = getattr(getattr(getattr(opened.get("response"), "fp", None), "raw", None), "_sock", None)
        if isinstance(sock, socket.socket):  # its headers came: the body's read ends with the connection
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    try:
        return call_within(
            lambda: _urllib_fetch(url, start, end, headers, timeout_s, opened),
            allowed_s,
            name="gguf-range",
            on_timeout=shut,
        )
    except CallTimeoutError:
        raise GgufFetchError(words.GGUF_FETCH_DEADLINE, seconds=round(allowed_s, 1)) from None


MIN_BYTES_PER_S = 256 * 1024  # 2 Mbit/s: what a Range request is allowed on top of its timeout, per byte asked


def _urllib_fetch(
    url: str, start: int, end: int, headers: Mapping[str, str], timeout_s: float, opened: dict[str, Any] | None = None
) -> tuple[bytes, int | None]:
    """One Range request; a server that ignores Range (200) is read only as far as needed. `opened` receives the
    response, for a caller that gives up on it to shut its connection."""
    req = urllib.request.Request(url, headers={**headers, "Range": f"bytes={start}-{end}"})
    try:
        with _opener.open(req, timeout=timeout_s) as resp:
            if opened is not None:
                opened["response"] = resp
            want = end - start + 1
            if resp.status == 206:
                return resp.read(want), _total_from_content_range(resp.headers.get("Content-Range"))
            length = resp.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            data = resp.read(end + 1)  # 200: the whole file from byte 0; stop at what we asked for
            return data[start:], total
    except GgufFetchError:  # a redirect refused (an OSError too: not "cannot reach")
        raise
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the answer and its connection
        if exc.code == 416:  # asked past the end
            return b"", _total_from_content_range(exc.headers.get("Content-Range"))
        raise GgufFetchError(words.GGUF_FETCH_HTTP, exc.code, code=str(exc.code), url=url) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        from advisor.core.messages.servers import UNREACHABLE
        from advisor.core.servers.problems import os_reason

        reason = getattr(exc, "reason", exc)
        host = urllib.parse.urlsplit(url).netloc or url
        # the system's common reasons in the catalogue's words; its own English only in `reason` (for --debug)
        msg = UNREACHABLE.get(os_reason(exc) or "", words.GGUF_FETCH_UNREACHABLE)
        logging.getLogger(__name__).debug("cannot reach %s: %s", host, reason)
        raise GgufFetchError(msg, host=host, reason=str(reason)) from exc
    except http.client.HTTPException as exc:  # something that is not an HTTP server answered (BadStatusLine, ...)
        host = urllib.parse.urlsplit(url).netloc or url
        raise GgufFetchError(words.GGUF_FETCH_NOT_HTTP, host=host, error=type(exc).__name__) from exc


class RangeSource(BytesSource):
    """A ByteSource over a remote file: keeps the fetched prefix, fetches more in growing chunks, capped."""

    def __init__(
        self,
        url: str,
        fetch: Fetch,
        *,
        headers: Mapping[str, str] | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        max_bytes: int = MAX_HEADER_BYTES,
        first_chunk: int = FIRST_CHUNK_BYTES,
    ) -> None:
        self.url, self._fetch, self._headers, self._timeout = url, fetch, dict(headers or {}), timeout_s
        super().__init__()
        self._max, self._next_chunk = max_bytes, first_chunk
        self._eof = False
        self.total_size: int | None = None
        self.requests = 0

    def _fill(self, needed_end: int) -> None:
        if needed_end > self._max:
            raise GgufError(f"header is larger than the {self._max // 2**20} MiB this reader fetches")
        while len(self._buf) < needed_end and not self._eof:
            start = len(self._buf)
            end = min(max(needed_end, start + self._next_chunk), self._max) - 1
            data, total = self._fetch(self.url, start, end, self._headers, self._timeout)
            self.requests += 1
            if total is not None:
                self.total_size = total
            self._buf += data[: end - start + 1]
            self._next_chunk *= 2
            if len(data) < end - start + 1:
                self._eof = True

    @property
    def fetched_bytes(self) -> int:
        return len(self._buf)


def read_remote_gguf(
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    fetch: Fetch | None = None,
    max_header_bytes: int = MAX_HEADER_BYTES,
    deadline_s: float | None = None,
    split_sizes: bool = True,
) -> GgufInfo:
    """Header facts of the GGUF at `url`, fetched by Range requests (never the tensor data).

    `deadline_s`: a total limit for all the requests together (each request also gets at most what is left of it);
    past it, GgufFetchError. `timeout_s` alone limits each request, not the whole read. `split_sizes=False`: no
    requests for the other parts of a split model (its size is then the first part's, or None).

    Raises GgufFetchError (an OSError) when the file cannot be fetched, GgufError when it is not a valid GGUF.
    The file size comes from `Content-Range`; for the first part of a split model (`-00001-of-00003.gguf`) it is
    the sum of all parts (one 1-byte request per part), or None when the parts cannot be named.
    """
    fetch = fetch or urllib_fetch
    if deadline_s is not None:
        fetch = _with_deadline(fetch, time.monotonic() + deadline_s, deadline_s)
    src = RangeSource(url, fetch, headers=headers, timeout_s=timeout_s, max_bytes=max_header_bytes)
    header = parse_header(src)
    info = info_from_header(header, src.total_size)
    if split_sizes and info.split_count > 1 and info.file_size_bytes is not None:
        total = _split_total_size(url, info.split_count, info.file_size_bytes, fetch, headers or {}, timeout_s)
        info = dataclasses.replace(info, file_size_bytes=total)
    return info


def _with_deadline(fetch: Fetch, ends_at: float, total_s: float) -> Fetch:
    """`fetch` that refuses to start past `ends_at` (monotonic) and never waits longer than what is left."""

    def bounded(
        url: str, start: int, end: int, headers: Mapping[str, str], timeout_s: float
    ) -> tuple[bytes, int | None]:
        left = ends_at - time.monotonic()
        if left <= 0:
            raise GgufFetchError(words.GGUF_FETCH_DEADLINE, seconds=float(total_s))
        return fetch(url, start, end, headers, min(timeout_s, left))

    return bounded


def _split_total_size(
    url: str, count: int, first_size: int, fetch: Fetch, headers: Mapping[str, str], timeout_s: float
) -> int | None:
    """A split model's size: the first part's plus each other part's, learnt from a 1-byte Range request."""
    parsed = urllib.parse.urlsplit(url)
    names = split_part_names(parsed.path)
    if names is None or len(names) != count:
        return None  # cannot name the other parts: the size is unknown, not the first part's
    total = first_size
    for path in names[1:]:
        _, size = fetch(urllib.parse.urlunsplit(parsed._replace(path=path)), 0, 0, headers, timeout_s)
        if size is None:
            return None
        total += size
    return total
