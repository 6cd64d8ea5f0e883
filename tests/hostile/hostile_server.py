"""A hostile HTTP server on 127.0.0.1 and a free port: it trickles, never ends, floods, inflates and loops.

Raw sockets rather than `http.server`, so it can misbehave below HTTP (headers sent one byte at a time). One
scenario per server; `with HostileServer("trickle_body") as s:` starts it, leaving the block stops it: the
listening socket and every connection are closed and the threads joined (each waits on the stop event, never on a
plain sleep). `s.requests` lists "METHOD /path" of every request it read.

Routes shared by every scenario: `GET /v1/models` (one model), `POST /v1/chat/completions` (a JSON reply, or a
normal three-token SSE stream when `"stream": true`); a scenario replaces the route it is about.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

MODEL_ID = "hostile-model"
MODELS = {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "owned_by": "hostile"}]}
SECRET_ECHO = "http://user:s3cr3t-pass@127.0.0.1:1/v1?api_key=s3cr3t-token"


class Gone(Exception):
    """The client left, or the server is stopping."""


def completion() -> dict[str, Any]:
    return {
        "id": "chatcmpl-hostile",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": MODEL_ID,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hola"}, "finish_reason": "length"}],
        "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
    }


def chunk(content: str | None = None, finish: str | None = None) -> bytes:
    delta = {"content": content} if content is not None else {}
    event = {
        "id": "chatcmpl-hostile",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": MODEL_ID,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(event)}\n\n".encode()


@functools.cache
def gzip_bomb(inflated_bytes: int = 1 << 30) -> bytes:
    """gzip of `inflated_bytes` zeros (1 GiB → ~4.6 MB); built once per process (about 1.5 s)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = bytes(1 << 22)
    parts = [packer.compress(block) for _ in range(inflated_bytes // len(block))]
    parts.append(packer.flush())
    return b"".join(parts)


class Conn:
    """One accepted connection: read requests, write answers; every wait ends when the server stops."""

    def __init__(self, sock: socket.socket, stop: threading.Event) -> None:
        self.sock = sock
        self.stop = stop
        self.buffer = b""
        self.headers: dict[str, str] = {}
        sock.settimeout(0.2)

    def wait(self, seconds: float) -> None:
        if self.stop.wait(seconds):
            raise Gone

    def send(self, data: bytes) -> None:
        if self.stop.is_set():
            raise Gone
        try:
            self.sock.sendall(data)
        except OSError:
            raise Gone from None

    def _fill(self) -> None:
        while True:
            if self.stop.is_set():
                raise Gone
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                raise Gone from None
            if not data:
                raise Gone
            self.buffer += data
            return

    def read_request(self) -> tuple[str, str, Any]:
        while b"\r\n\r\n" not in self.buffer:
            if len(self.buffer) > 1 << 20:
                raise Gone
            self._fill()
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _version = ([*lines[0].split(" "), "", ""])[:3]
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        self.headers = headers  # the last request's, for the scenarios that quote them back
        length = int(headers.get("content-length") or 0)
        while len(self.buffer) < length:
            self._fill()
        raw, self.buffer = self.buffer[:length], self.buffer[length:]
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        return method, path, body

    # ------------------------------------------------------------------ answers

    def head(self, status: str, headers: list[tuple[str, str]]) -> None:
        lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def reply(
        self,
        status: str,
        body: bytes | str | dict | list,
        content_type: str = "application/json",
        extra: list[tuple[str, str]] | None = None,
    ) -> None:
        data = (
            body if isinstance(body, bytes) else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
        )
        self.head(status, [("Content-Type", content_type), ("Content-Length", str(len(data))), *(extra or [])])
        self.send(data)

    def chunked(self, pieces: Iterator[bytes], content_type: str) -> None:
        self.head("200 OK", [("Content-Type", content_type), ("Transfer-Encoding", "chunked")])
        for piece in pieces:
            if piece:
                self.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        self.send(b"0\r\n\r\n")

    def sse(self, events: Iterator[bytes]) -> None:
        self.chunked(events, "text/event-stream")


def _normal_sse() -> Iterator[bytes]:
    for word in ("Uno", " dos", " tres"):
        yield chunk(word)
    yield chunk(finish="stop")
    yield b"data: [DONE]\n\n"


Route = Callable[[Conn, Any], None]


class HostileServer:
    """`with HostileServer("gzip_bomb") as s: ... s.api_url ...`; `scenario` is a name in `SCENARIOS`."""

    def __init__(self, scenario: str) -> None:
        if scenario not in ROUTES:
            raise ValueError(f"unknown scenario {scenario!r}; known: {', '.join(ROUTES)}")
        self.scenario = scenario
        self.routes: dict[str, Route] = {**BASE_ROUTES, **ROUTES[scenario]}
        self.requests: list[str] = []
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self._port = 0

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return self.base_url + "/v1"

    def __enter__(self) -> HostileServer:
        if self.scenario == "gzip_bomb":
            gzip_bomb()  # built before any client waits on it
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._port = int(self._sock.getsockname()[1])
        self._sock.settimeout(0.05)
        accept = threading.Thread(target=self._accept, name=f"hostile-{self.scenario}", daemon=True)
        self._threads.append(accept)
        accept.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=5)
        for conn in conns:
            conn.close()
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._conns.append(sock)
            worker = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._threads.append(worker)
            worker.start()

    def _serve(self, sock: socket.socket) -> None:
        conn = Conn(sock, self._stop)
        try:
            while not self._stop.is_set():
                method, path, body = conn.read_request()
                self.requests.append(f"{method} {path}")
                route = self.routes.get(f"{method} {path.split('?')[0]}", BASE_ROUTES["*"])
                if method == "POST" and path.split("?")[0].endswith("/chat/completions"):
                    stream = isinstance(body, dict) and body.get("stream") is True
                    route = self.routes.get("STREAM chat" if stream else "POST /v1/chat/completions", route)
                route(conn, body)
        except Gone:
            pass
        finally:
            with contextlib.suppress(OSError):
                sock.close()


# ---------------------------------------------------------------------------------------------- behaviours


def _trickle(conn: Conn, data: bytes, every_s: float = 0.1) -> None:
    for i in range(len(data)):
        conn.send(data[i : i + 1])
        conn.wait(every_s)


def trickle_body(conn: Conn, _body: Any) -> None:
    data = json.dumps(MODELS).encode()
    conn.head("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    _trickle(conn, data)


def trickle_headers(conn: Conn, _body: Any) -> None:
    _trickle(conn, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: " + b"a" * 100_000)


def trickle_reply(conn: Conn, _body: Any) -> None:
    data = json.dumps(completion()).encode()
    conn.head("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    _trickle(conn, data)


def endless_sse(conn: Conn, _body: Any) -> None:
    def events() -> Iterator[bytes]:
        while True:  # ignores max_tokens and never finishes
            yield chunk("tok ")
            conn.wait(0.002)

    conn.sse(events())


def keepalive_sse(conn: Conn, _body: Any) -> None:
    def events() -> Iterator[bytes]:
        while True:  # keep-alive comments, never an event
            yield b": ping\n\n"
            conn.wait(0.05)

    conn.sse(events())


def stalled_sse(conn: Conn, _body: Any) -> None:
    def events() -> Iterator[bytes]:
        yield chunk("Uno")
        yield chunk(" dos")
        conn.wait(3600)  # then nothing, connection held open

    conn.sse(events())


def deep_reply(conn: Conn, _body: Any) -> None:
    """A 200 chat answer nested 50,000 objects deep: deeper than Python's JSON parser goes."""
    depth = 50_000
    conn.reply("200 OK", b'{"a":' * depth + b"1" + b"}" * depth)


def deep_sse(conn: Conn, _body: Any) -> None:
    def events() -> Iterator[bytes]:
        yield chunk("Uno")
        yield b"data: " + b"[" * 200_000 + b"]" * 200_000 + b"\n\n"
        conn.wait(3600)

    conn.sse(events())


def lmstudio_greeting(conn: Conn, _body: Any) -> None:
    conn.reply("200 OK", {"lmstudio": True, "version": "0.3.30"})


def never_answers(conn: Conn, _body: Any) -> None:
    conn.wait(3600)  # takes the connection, then says nothing


def huge_body(conn: Conn, _body: Any) -> None:
    conn.head("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(8 << 30))])
    conn.send(b'{"object": "list", "data": [')
    block = b'{"id": "m", "object": "model"}, ' * 2048
    while True:
        conn.send(block)


def endless_chunked(conn: Conn, _body: Any) -> None:
    def pieces() -> Iterator[bytes]:
        yield b'{"object": "list", "data": ['
        block = b'{"id": "m", "object": "model"}, ' * 512
        while True:
            yield block

    conn.chunked(pieces(), "application/json")


def million_models(conn: Conn, _body: Any) -> None:
    def pieces() -> Iterator[bytes]:
        yield b'{"object": "list", "data": ['
        for start in range(0, 1_000_000, 10_000):
            yield ",".join(f'{{"id": "m{i}", "object": "model"}}' for i in range(start, start + 10_000)).encode()
            if start + 10_000 < 1_000_000:
                yield b","
        yield b"]}"

    conn.chunked(pieces(), "application/json")


def many_models(conn: Conn, _body: Any) -> None:
    items = ",".join(f'{{"id":"m{i}"}}' for i in range(20_000))
    conn.reply("200 OK", f'{{"object":"list","data":[{items}]}}')


def gzip_bomb_reply(conn: Conn, _body: Any) -> None:
    conn.reply("200 OK", gzip_bomb(), "application/json", [("Content-Encoding", "gzip")])


def redirect_loop(conn: Conn, _body: Any) -> None:
    conn.reply("302 Found", b"", "text/plain", [("Location", "/v1/models")])


def wrong_type(conn: Conn, _body: Any) -> None:
    conn.reply("200 OK", os.urandom(256 * 1024), "application/octet-stream")


def secret_echo(conn: Conn, _body: Any) -> None:
    conn.reply("500 Internal Server Error", {"error": {"message": f"upstream {SECRET_ECHO} refused the request"}})


def key_echo_models(conn: Conn, _body: Any) -> None:
    """A gateway that names its model after the caller's credentials: the Authorization header as received, a piece
    of it (the key cut at 12 characters) and its URL-encoded form."""
    auth = conn.headers.get("authorization", "")
    key = auth.partition(" ")[2]
    ids = [f"model-{auth}", f"proxy/{key[:12]}", f"enc-{quote(key, safe='')}", MODEL_ID]
    conn.reply("200 OK", {"object": "list", "data": [{"id": i, "object": "model", "owned_by": "gw"} for i in ids]})


def key_echo_error(conn: Conn, _body: Any) -> None:
    """LiteLLM-style proxies quote the key they received in a 400 message."""
    auth = conn.headers.get("authorization", "")
    conn.reply(
        "400 Bad Request", {"error": {"message": f"bad request for key {auth}", "type": "invalid_request_error"}}
    )


def key_echo_stream(conn: Conn, _body: Any) -> None:
    """A chat reply that quotes the key, plus an escape sequence (a model can be made to say anything)."""
    key = conn.headers.get("authorization", "").partition(" ")[2]
    conn.sse(
        iter(
            [
                chunk(f"Tu clave es {key}."),
                chunk("\x1b[2J\x1b]0;pwned\x07 fin"),
                chunk(finish="stop"),
                b"data: [DONE]\n\n",
            ]
        )
    )


def _key_reply(conn: Conn) -> str:
    return f"Tu clave es {conn.headers.get('authorization', '').partition(' ')[2]} y nada más."


def key_split_stream(conn: Conn, _body: Any) -> None:
    """The key quoted in a reply streamed as servers do, a few characters per event: here cut in three pieces
    ("Tu clave es sk-SUP", "ERSECRET-1", "2345 y nada más.")."""
    text = _key_reply(conn)
    at = text.index("Tu clave es ") + len("Tu clave es ") + 6
    pieces = [text[:at], text[at : at + 10], text[at + 10 :]]
    conn.sse(iter([*(chunk(p) for p in pieces), chunk(finish="stop"), b"data: [DONE]\n\n"]))


def key_token_stream(conn: Conn, _body: Any) -> None:
    """The same reply, four characters per event (as a tokenizer cuts it)."""
    text = _key_reply(conn)
    pieces = [text[i : i + 4] for i in range(0, len(text), 4)]
    conn.sse(iter([*(chunk(p) for p in pieces), chunk(finish="stop"), b"data: [DONE]\n\n"]))


def key_split_endless(conn: Conn, _body: Any) -> None:
    """The key cut in two pieces, then a word every 50 ms until the client leaves (the user presses Stop)."""

    def events() -> Iterator[bytes]:
        key = conn.headers.get("authorization", "").partition(" ")[2]
        yield chunk("Tu clave es " + key[:6])
        yield chunk(key[6:])
        while True:
            yield chunk(" y sigue")
            conn.wait(0.05)

    conn.sse(events())


HOSTILE_IDS = (
    "\x1b[2J\x1b[31mEVIL\x1b[0m\nProblem     none\r",  # clears the screen, then fakes one of our lines
    "\u202egguf.exe",  # shown right-to-left: 'exe.fugg'
    "B" * 5000,
)


def ansi_models(conn: Conn, _body: Any) -> None:
    """Model ids that carry terminal control sequences, a bidi override and 5,000 characters."""
    data = [{"id": i, "object": "model", "owned_by": "\x07"} for i in (*HOSTILE_IDS, MODEL_ID)]
    conn.reply("200 OK", {"object": "list", "data": data})


def _models(conn: Conn, _body: Any) -> None:
    conn.reply("200 OK", MODELS)


def _chat(conn: Conn, _body: Any) -> None:
    conn.reply("200 OK", completion())


def _stream(conn: Conn, _body: Any) -> None:
    conn.sse(_normal_sse())


def _not_found(conn: Conn, _body: Any) -> None:
    conn.reply("404 Not Found", {"detail": "Not Found"})


BASE_ROUTES: dict[str, Route] = {
    "GET /v1/models": _models,
    "POST /v1/chat/completions": _chat,
    "STREAM chat": _stream,
    "*": _not_found,
}

ROUTES: dict[str, dict[str, Route]] = {
    "ok": {},
    "trickle_body": {"GET /v1/models": trickle_body},
    "trickle_headers": {"GET /v1/models": trickle_headers},
    "trickle_reply": {"POST /v1/chat/completions": trickle_reply},
    "endless_sse": {"STREAM chat": endless_sse},
    "keepalive_sse": {"STREAM chat": keepalive_sse},
    "stalled_sse": {"STREAM chat": stalled_sse},
    "huge_body": {"GET /v1/models": huge_body},
    "endless_chunked": {"GET /v1/models": endless_chunked},
    "million_models": {"GET /v1/models": million_models},
    "many_models": {"GET /v1/models": many_models},
    "gzip_bomb": {"GET /v1/models": gzip_bomb_reply},
    "redirect_loop": {"GET /v1/models": redirect_loop, "*": redirect_loop},
    "wrong_type": {"GET /v1/models": wrong_type},
    "secret_echo": {"GET /v1/models": secret_echo},
    "key_echo": {"GET /v1/models": key_echo_models, "POST /v1/chat/completions": key_echo_error},
    "key_echo_chat": {"GET /v1/models": key_echo_models, "STREAM chat": key_echo_stream},
    "key_split_chat": {"STREAM chat": key_split_stream},
    "key_token_chat": {"STREAM chat": key_token_stream},
    "key_split_endless": {"STREAM chat": key_split_endless},
    "ansi_ids": {"GET /v1/models": ansi_models},
    "deep_chat": {"POST /v1/chat/completions": deep_reply},
    "deep_sse": {"STREAM chat": deep_sse},
    # LM Studio, whose own model list (/api/v0/models) never answers: the chat still gets its time
    "lmstudio_slow_list": {"GET /lmstudio-greeting": lmstudio_greeting, "GET /api/v0/models": never_answers},
    # ... and whose chat never answers either: the server is slow, it did take the connection
    "lmstudio_slow_all": {
        "GET /lmstudio-greeting": lmstudio_greeting,
        "GET /api/v0/models": never_answers,
        "POST /v1/chat/completions": never_answers,
    },
}


# ---------------------------------------------------------------------------------------------- a hostile Hub mirror
# The Hub's listing and tree APIs for one repo, as a mirror in HF_ENDPOINT (http://127.0.0.1:{port}) would serve them:
# a file tree that pages for ever (1,000 files a page, each page at once), and file names that climb out of LM
# Studio's folder. The library's own other requests (its agent list, a header read) get the 404 of "*".

HUB_REPO = "evil/repo-7B-GGUF"
HUB_SHA = "0" * 40
HUB_GOOD = "Good-7B-Q4_K_M.gguf"
CLIMBING_NAMES = (
    "../../../../../../../../tmp/hostile-hub-pwned/Climb-7B-Q4_K_M.gguf",
    "/tmp/hostile-hub-pwned/Abs-7B-Q4_K_M.gguf",
    "..\\..\\..\\hostile-hub-pwned\\Back-7B-Q4_K_M.gguf",
)


def _hub_listing(names: tuple[str, ...]) -> Route:
    def route(conn: Conn, _body: Any) -> None:
        gguf = {"total": 7e9, "architecture": "llama", "context_length": 4096}
        item = {"id": HUB_REPO, "_id": "1", "modelId": HUB_REPO, "sha": HUB_SHA, "tags": ["gguf"], "gguf": gguf}
        conn.reply("200 OK", [{**item, "downloads": 5, "likes": 1, "siblings": [{"rfilename": n} for n in names]}])

    return route


def hub_endless_tree(conn: Conn, _body: Any) -> None:
    """A page of 1,000 files at once, and a `Link` to the next page, for ever."""
    port = conn.sock.getsockname()[1]
    page = [{"type": "file", "path": f"f-{i}-Q4_K_M.gguf", "size": 1, "oid": HUB_SHA} for i in range(1000)]
    link = f'<http://127.0.0.1:{port}/api/models/{HUB_REPO}/tree/main?recursive=true&cursor=more>; rel="next"'
    conn.reply("200 OK", page, extra=[("Link", link)])


def hub_climbing_tree(conn: Conn, _body: Any) -> None:
    """The tree with the climbing names beside one good file."""
    lfs = {"oid": "a" * 64, "size": 4096, "pointerSize": 135}
    files = [{"type": "file", "path": n, "size": 4096, "oid": HUB_SHA, "lfs": lfs} for n in (*CLIMBING_NAMES, HUB_GOOD)]
    conn.reply("200 OK", files)


_HUB_TREE = f"GET /api/models/{HUB_REPO}/tree/"
ROUTES.update(
    {
        "hub_endless_tree": {
            "GET /api/models": _hub_listing((HUB_GOOD,)),
            _HUB_TREE + "main": hub_endless_tree,
            _HUB_TREE + HUB_SHA: hub_endless_tree,
        },
        "hub_climbing_names": {
            "GET /api/models": _hub_listing((*CLIMBING_NAMES, HUB_GOOD)),
            _HUB_TREE + "main": hub_climbing_tree,
            _HUB_TREE + HUB_SHA: hub_climbing_tree,
        },
    }
)
