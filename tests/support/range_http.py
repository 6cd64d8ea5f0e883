"""A small static-file HTTP server on 127.0.0.1 with real Range semantics, for tests that must prove what was fetched.

It serves the files of one folder like a CDN does: `GET` (200, or 206 with `Content-Range` for a satisfiable
`Range: bytes=a-b`, `a-` or `-n`; 416 with `Content-Range: bytes */size` otherwise), `HEAD` (headers only, with
`Accept-Ranges: bytes` and an `ETag`), 404 for a missing file. Every request is logged (method, path, range,
status, body bytes sent, request headers) so a test can assert that only a file's header was downloaded.

    with RangeHttpServer(folder) as cdn:
        url = cdn.url_for("model.gguf")
        ...
        assert cdn.bytes_served < 10 * 2**20
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK = 256 * 1024


@dataclass(frozen=True)
class ServedRequest:
    method: str
    path: str  # the URL path, unquoted, without the query
    range: str | None  # the Range header as sent
    status: int
    bytes_sent: int  # body bytes
    headers: dict[str, str] = field(default_factory=dict)  # request headers as received


class RangeHttpServer:
    """Serve `root` on 127.0.0.1 (a free port) from a background thread; stop on exit."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()
        self.requests: list[ServedRequest] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread: threading.Thread | None = None

    def url_for(self, name: str) -> str:
        """The URL of file `name` (a path relative to the root, '/' separated)."""
        return f"{self.url}/{urllib.parse.quote(name)}"

    @property
    def bytes_served(self) -> int:
        with self._lock:
            return sum(r.bytes_sent for r in self.requests)

    def requests_for(self, name: str) -> list[ServedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == "/" + name]

    def _log(self, entry: ServedRequest) -> int:
        with self._lock:
            self.requests.append(entry)
            return len(self.requests) - 1

    def _correct(self, index: int, entry: ServedRequest) -> None:
        with self._lock:
            self.requests[index] = entry

    def _resolve(self, url_path: str) -> Path | None:
        rel = urllib.parse.unquote(urllib.parse.urlsplit(url_path).path).lstrip("/")
        path = (self.root / rel).resolve()
        if path != self.root and self.root not in path.parents:
            return None  # no escaping the folder with ../
        return path if path.is_file() else None

    def __enter__(self) -> RangeHttpServer:
        self._thread = threading.Thread(target=self._server.serve_forever, name="range-http", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    """Inclusive (start, end) for one satisfiable range, None when unsatisfiable or malformed."""
    m = _RANGE.match(header.strip())
    if not m or (not m.group(1) and not m.group(2)):
        return None
    if not m.group(1):  # suffix: the last n bytes
        n = int(m.group(2))
        return (max(0, size - n), size - 1) if n > 0 and size > 0 else None
    start = int(m.group(1))
    end = int(m.group(2)) if m.group(2) else size - 1
    if start >= size or end < start:
        return None
    return start, min(end, size - 1)


def _handler_for(server: RangeHttpServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet test output
            pass

        def do_HEAD(self) -> None:
            self._serve(body=False)

        def do_GET(self) -> None:
            self._serve(body=True)

        def _serve(self, *, body: bool) -> None:
            path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
            range_header = self.headers.get("Range")
            file = server._resolve(self.path)
            if file is None:
                self._status_only(404, path, range_header)
                return
            size = file.stat().st_size
            etag = '"' + hashlib.sha256(f"{file.name}:{size}:{file.stat().st_mtime_ns}".encode()).hexdigest()[:32] + '"'
            start, end, status = 0, size - 1, 200
            if range_header is not None:
                parsed = _parse_range(range_header, size)
                if parsed is None:
                    self._status_only(416, path, range_header, {"Content-Range": f"bytes */{size}"})
                    return
                (start, end), status = parsed, 206
            length = max(0, end - start + 1)
            self.send_response(status)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag)
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            # logged before the body goes out, so a client that has read it always finds the entry
            planned = ServedRequest(
                self.command, path, range_header, status, length if body else 0, dict(self.headers.items())
            )
            index = server._log(planned)
            self.end_headers()
            sent = 0
            if body and length:
                try:
                    with file.open("rb") as fh:
                        fh.seek(start)
                        while sent < length:
                            chunk = fh.read(min(_CHUNK, length - sent))
                            if not chunk:
                                break
                            self.wfile.write(chunk)
                            sent += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading: count what went out
                if sent != length:
                    server._correct(index, dataclasses.replace(planned, bytes_sent=sent))

        def _status_only(
            self, status: int, path: str, range_header: str | None, headers: dict[str, str] | None = None
        ) -> None:
            server._log(ServedRequest(self.command, path, range_header, status, 0, dict(self.headers.items())))
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler
