"""Fake servers on 127.0.0.1 and a free port, for what a real llama-server cannot show: other programs' replies,
web pages, silence, broken streams. Each is a context manager that joins its threads on exit.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

# (status, body, content type); body dict/list → JSON
Reply = tuple[int, Any, str]
Route = Callable[["Handler"], Reply | None]


def json_reply(body: Any, status: int = 200) -> Reply:
    return status, body, "application/json; charset=utf-8"


class Handler(BaseHTTPRequestHandler):
    """Dispatches to the owning FakeServer's `routes`: {"GET /path": reply or callable}."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes: avoid the 40 ms delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    @property
    def body_json(self) -> Any:
        if not hasattr(self, "_body"):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            self._body = json.loads(raw) if raw else None
        return self._body

    @property
    def bearer(self) -> str | None:
        value = self.headers.get("Authorization", "")
        return value[len("Bearer ") :] if value.startswith("Bearer ") else None

    def _dispatch(self) -> None:
        fake = self.server.fake
        fake.requests.append(f"{self.command} {self.path}")
        route = fake.routes.get(f"{self.command} {self.path.split('?')[0]}", fake.fallback)
        reply = route(self) if callable(route) else route
        if self.command == "POST":
            _ = self.body_json  # drain the request body before answering
        if reply is None:  # the route answered by itself (streams)
            return
        self.send(*reply)

    def send(self, status: int, body: Any, content_type: str) -> None:
        data = (
            body if isinstance(body, bytes) else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
        )
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def stream_sse(self, events: Iterable[Any], *, done: bool = True, cut: bool = False) -> None:
        """Send server-sent events in chunked encoding, as real servers do; `cut` drops the connection mid-body."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for event in events:
            self._chunk(f"data: {json.dumps(event)}\n\n".encode())
        if cut:
            self.wfile.flush()
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        if done:
            self._chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    do_GET = _dispatch
    do_POST = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = True
    fake: FakeServer


def _not_found(handler: Handler) -> Reply:
    return json_reply({"detail": "Not Found"}, 404)


class FakeServer:
    """`with FakeServer({"GET /v1/models": json_reply({...})}) as s:` — `s.base_url`, `s.requests`."""

    def __init__(self, routes: dict[str, Reply | Route] | None = None, *, fallback: Reply | Route = _not_found):
        self.routes: dict[str, Reply | Route] = dict(routes or {})
        self.fallback = fallback
        self.requests: list[str] = []
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FakeServer:
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.fake = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._httpd is not None and self._thread is not None
        self._httpd.shutdown()
        self._httpd.server_close()  # joins the request threads (block_on_close)
        self._thread.join(timeout=5)


class SilentServer:
    """Accepts TCP connections and never answers: a hung server."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._stop = threading.Event()
        self._conns: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _accept(self) -> None:
        self._sock.settimeout(0.05)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._conns.append(conn)

    def __enter__(self) -> SilentServer:
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self._conns:
            conn.close()
        self._sock.close()


def chat_chunk(content: str | None = None, finish: str | None = None, **extra: Any) -> dict[str, Any]:
    """One `chat.completion.chunk` as OpenAI-compatible servers stream it."""
    delta = {"content": content} if content is not None else {}
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }


def usage_chunk(prompt_tokens: int, completion_tokens: int, **extra: Any) -> dict[str, Any]:
    """The last chunk with `stream_options.include_usage`: no choices, only usage."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "fake",
        "choices": [],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
        **extra,
    }


MODEL_LIST = {"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "fake"}]}


def completion_body(content: str = "Hola", **extra: Any) -> dict[str, Any]:
    """A non-streamed `chat.completion` (the check's one-token chat)."""
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "fake",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "length"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
        **extra,
    }


def openai_server(events: Iterable[Any] = (), *, completion: Reply | None = None) -> FakeServer:
    """An OpenAI-compatible server with one model ("fake"): a non-streamed chat answers `completion` (default a
    well-formed one), a streamed one sends `events` (chunk dicts, sent as JSON) and [DONE]."""
    sent = list(events)

    def chat(h: Handler) -> Reply | None:
        if not (isinstance(h.body_json, dict) and h.body_json.get("stream")):
            return completion if completion is not None else json_reply(completion_body())
        h.stream_sse(sent)
        return None

    return FakeServer({"GET /v1/models": json_reply(MODEL_LIST), "POST /v1/chat/completions": chat})
