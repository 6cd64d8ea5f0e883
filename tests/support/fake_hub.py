"""A fake Hugging Face Hub on 127.0.0.1 that the real, unmodified `huggingface_hub` client works against.

What it speaks (shared/reference/hub.md): `GET /api/models` (filter, search, num_parameters, sort, limit, repeated
expand, absolute `Link` pagination), `GET /api/models/{repo}/tree/{rev}[/{path}]` (recursive, paged the same way),
`GET /api/models/{repo}[/revision/{rev}]` (model info, `blobs=true` sizes), `HEAD/GET /{repo}/resolve/{rev}/{file}`
(302 to a CDN on another origin — `localhost` vs `127.0.0.1` — with `X-Repo-Commit`, `X-Linked-Size`,
`X-Linked-Etag`), `GET /api/agent-harnesses`, errors with `X-Error-Code`/`X-Error-Message`, and injected faults
(429 with `RateLimit`, 5xx) and latency. The CDN is the Range-capable server of `tests/support/range_http.py`.

Repos come from `tests/data/hub/repos.json` (shapes of real repos). Files marked `"generate": true` get
deterministic bytes written to a temp folder at start (with their real SHA-256); files with a `"header"` get a real
GGUF header (written by llama.cpp's `gguf` writer, see `gguf_header_bytes`) and nothing after it, so a Range read
of the header works while the listing keeps the real size; the others are listed only.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import re
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "hub" / "repos.json"
AGENT_HARNESSES = {"standardEnvVars": [], "harnesses": {}}
GATED_MESSAGE = "Access to model {repo} is restricted. You must have access to it and be authenticated to access it."


def load_fixture_repos(path: Path = FIXTURES) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["repos"]


def generated_bytes(repo_id: str, path: str, size: int) -> bytes:
    """Deterministic, incompressible-looking content for a generated file."""
    seed = hashlib.sha256(f"{repo_id}/{path}".encode()).digest()
    block = b"GGUF" + b"".join(hashlib.sha256(seed + bytes([i])).digest() for i in range(64))
    return (block * (size // len(block) + 1))[:size]


def gguf_header_bytes(spec: dict[str, Any]) -> bytes:
    """A GGUF file's header only: `{"arch": "qwen2", "kv": {"block_count": 28, "general.type": "adapter", ...},
    "vocab": 152064, "tied": false}` → metadata (keys without a known prefix get `{arch}.`) and the embedding and
    output tensors' entries (F16, real shapes), so vocabulary and tied embeddings read as in a real file."""
    import gguf
    import numpy as np

    from tests.support.gguf_factory import add_metadata

    arch = spec["arch"]
    kv = dict(spec.get("kv", {}))
    embd = int(kv.get("embedding_length", 64))
    vocab = int(spec.get("vocab", 256))
    with tempfile.TemporaryDirectory(prefix="fake-hub-header-") as tmp:
        path = Path(tmp) / "h.gguf"
        w = gguf.GGUFWriter(path, arch)
        add_metadata(w, arch, kv)
        w.add_uint32(f"{arch}.vocab_size", vocab)
        f16 = gguf.GGMLQuantizationType.F16
        names = ["token_embd.weight"] + ([] if spec.get("tied") else ["output.weight"])
        for name in names:
            w.add_tensor_info(name, (vocab, embd), np.dtype(np.float16), vocab * embd * 2, raw_dtype=f16)
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_ti_data_to_file()
        w.close()
        return path.read_bytes()


def _git_oid(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


@dataclass
class Fault:
    status: int
    path_contains: str
    times: int
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class SlowServing:
    """A file the Hub serves itself, slowly (`bytes_per_s`) and/or stalling: after `stall_after_bytes` of a
    response it sends nothing more for `stall_s` (the connection stays open), as a dying link or a sleeping
    laptop's network does. `served` logs (Range header, body bytes sent) per GET."""

    path_contains: str
    bytes_per_s: float | None = None
    stall_after_bytes: int | None = None
    stall_s: float = 30.0
    served: list[tuple[str | None, int]] = field(default_factory=list)


@dataclass
class _File:
    path: str
    size: int
    lfs: bool
    sha256: str
    blob_name: str | None  # name on the CDN when the bytes exist


class FakeHub:
    """`with FakeHub() as hub:` → `hub.url` is the endpoint; `hub.requests` logs (method, path?query)."""

    def __init__(
        self,
        repos: Iterable[dict[str, Any]] | None = None,
        *,
        latency_s: float = 0.0,
        page_size: int = 1000,
        tree_page_size: int = 1000,
        tokens: Iterable[str] = ("hf_valid_test_token",),
    ) -> None:
        self.repos = {r["id"]: r for r in (load_fixture_repos() if repos is None else repos)}
        self.latency_s = latency_s
        self.page_size = page_size
        self.tree_page_size = tree_page_size
        self.tokens = set(tokens)
        self.requests: list[tuple[str, str]] = []
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests the Hub was answering at once
        self.faults: list[Fault] = []
        self.slow_rules: list[SlowServing] = []  # see serve_slowly()
        # what a misbehaving mirror sends: a file's tree entry changed (`edit_tree_entry`), a redirect elsewhere
        self.tree_edits: dict[tuple[str, str], dict[str, Any]] = {}
        self.redirect_to: str | None = None  # every LFS download's `Location` (an ftp:// or file:// address)
        self._lock = threading.Lock()
        self._tmp = tempfile.TemporaryDirectory(prefix="fake-hub-cdn-")
        self.blob_dir = Path(self._tmp.name)
        self.files: dict[str, dict[str, _File]] = {rid: self._prepare(r) for rid, r in self.repos.items()}
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread: threading.Thread | None = None
        self.cdn: Any = None

    # ------------------------------------------------------------------ life cycle

    def __enter__(self) -> FakeHub:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-hub", daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self.cdn is not None:
            self.cdn.__exit__(None, None, None)
        self._tmp.cleanup()

    # ------------------------------------------------------------------ test controls

    def fail(self, status: int, *, path_contains: str = "", times: int = 1, headers: dict[str, str] | None = None):
        """The next `times` requests whose path contains `path_contains` get `status` (e.g. 429, 503)."""
        with self._lock:
            self.faults.append(Fault(status, path_contains, times, dict(headers or {})))

    def rate_limit(self, *, path_contains: str = "", reset_s: int = 55, times: int = 1) -> None:
        """A real Hub 429: `RateLimit: "api";r=0;t=55` and its policy header."""
        self.fail(
            429,
            path_contains=path_contains,
            times=times,
            headers={"RateLimit": f'"api";r=0;t={reset_s}', "RateLimit-Policy": '"fixed window";"api";q=500;w=300'},
        )

    def add_file(self, repo_id: str, path: str, data: bytes, *, lfs: bool = True, size: int | None = None) -> str:
        """Serve `data` as `repo_id`/`path` (the repo is created when new); returns its SHA-256.

        For files whose bytes must be real (a GGUF written by tests/support/gguf_factory.py). `size`: the size the
        Hub lists when `data` is only the file's beginning (a GGUF header without its tensor data)."""
        sha = hashlib.sha256(data).hexdigest()
        with self._lock:
            if repo_id not in self.repos:
                self.repos[repo_id] = {"id": repo_id, "sha": _git_oid(repo_id), "tags": ["gguf"], "files": []}
                self.files[repo_id] = {}
            (self.blob_dir / sha).write_bytes(data)
            self.files[repo_id][path] = _File(path, len(data) if size is None else size, lfs, sha, sha)
        return sha

    def edit_tree_entry(self, repo_id: str, path: str, **fields: Any) -> None:
        """The file's entry in the repo's tree as a mirror may send it: each field set (None: left out), e.g.
        `size=None`, `size="abc"`, `lfs={"oid": "../x", "size": -5}`."""
        with self._lock:
            self.tree_edits.setdefault((repo_id, path), {}).update(fields)

    def serve_slowly(
        self,
        path_contains: str,
        *,
        bytes_per_s: float | None = None,
        stall_after_bytes: int | None = None,
        stall_s: float = 30.0,
    ) -> SlowServing:
        """Files whose path contains `path_contains` are answered by the Hub itself (200/206 with Range, no CDN
        redirect), throttled to `bytes_per_s` and/or stalling after `stall_after_bytes` per response."""
        rule = SlowServing(path_contains, bytes_per_s, stall_after_bytes, stall_s)
        with self._lock:
            self.slow_rules.append(rule)
        return rule

    def serve_normally(self) -> None:
        """Forget every `serve_slowly` rule (already open slow responses go on as they were)."""
        with self._lock:
            self.slow_rules = []

    def slow_rule_for(self, path: str) -> SlowServing | None:
        with self._lock:
            for rule in self.slow_rules:
                if rule.path_contains in path:
                    return rule
        return None

    def count(self, method: str, path_contains: str) -> int:
        return sum(1 for m, p in self.requests if m == method and path_contains in p)

    def file_bytes(self, repo_id: str, path: str) -> bytes:
        f = self.files[repo_id][path]
        assert f.blob_name is not None, f'{path} is listed only; mark it "generate" to serve bytes'
        return (self.blob_dir / f.blob_name).read_bytes()

    def corrupt(self, repo_id: str, path: str) -> None:
        """Flip one byte on the CDN: the Hub still announces the old SHA-256 (what a bad mirror does)."""
        f = self.files[repo_id][path]
        assert f.blob_name is not None
        blob = self.blob_dir / f.blob_name
        data = bytearray(blob.read_bytes())
        data[len(data) // 2] ^= 0xFF
        blob.write_bytes(bytes(data))

    # ------------------------------------------------------------------ data

    def _prepare(self, repo: dict[str, Any]) -> dict[str, _File]:
        files = {}
        for spec in repo.get("files", []):
            path, size = spec["path"], int(spec["size"])
            lfs = spec.get("lfs", path.endswith(".gguf") or ".gguf" in path)
            blob_name = None
            if spec.get("header"):
                data = gguf_header_bytes(spec["header"])
                sha = hashlib.sha256(data).hexdigest()
                blob_name = sha
                (self.blob_dir / blob_name).write_bytes(data)
            elif spec.get("generate"):
                data = generated_bytes(repo["id"], path, size)
                sha = hashlib.sha256(data).hexdigest()
                blob_name = sha
                (self.blob_dir / blob_name).write_bytes(data)
            else:
                sha = hashlib.sha256(f"{repo['id']}/{path}:{size}".encode()).hexdigest()
            files[path] = _File(path, size, lfs, sha, blob_name)
        return files

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and fault.path_contains in path:
                    fault.times -= 1
                    return fault
        return None

    def cdn_url(self, blob_name: str) -> str:
        """The blob's URL on the CDN, on the other origin (`localhost` where the Hub is `127.0.0.1`).

        The CDN starts on the first download (stopping one costs half a second; searches never need it)."""
        with self._lock:
            if self.cdn is None:
                from tests.support.range_http import RangeHttpServer

                self.cdn = RangeHttpServer(self.blob_dir)
                self.cdn.__enter__()
        url = self.cdn.url_for(blob_name)
        return url.replace("://127.0.0.1:", "://localhost:")


# ---------------------------------------------------------------------------------------------- HTTP


class _QuietServer(ThreadingHTTPServer):
    """Closes its keep-alive connections on exit (else a stopped Hub still answers on them)."""

    request_queue_size = 128  # socketserver's 5 drops SYNs when 20 clients connect at once (a 1 s retry each)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a timeout test) is not an error worth a traceback; anything else is."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


_PARAMS = re.compile(r"^(min|max):([0-9.]+)([KMBT]?)$", re.IGNORECASE)
_UNIT = {"": 1, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
_SORT_KEYS = {
    "downloads": "downloads",
    "likes": "likes",
    "trendingScore": "trendingScore",
    "lastModified": "lastModified",
    "createdAt": "createdAt",
}


def _param_bounds(text: str) -> tuple[float, float]:
    low, high = 0.0, float("inf")
    for part in text.split(","):
        m = _PARAMS.match(part.strip())
        if not m:
            continue
        value = float(m.group(2)) * _UNIT[m.group(3).upper()]
        if m.group(1).lower() == "min":
            low = value
        else:
            high = value
    return low, high


def _handler_for(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

        # ---------------------------------------------------------------- plumbing

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _json(self, data: Any, headers: dict[str, str] | None = None, status: int = 200) -> None:
            body = json.dumps(data).encode()
            self._send(status, body, {"Content-Type": "application/json; charset=utf-8", **(headers or {})})

        def _error(self, status: int, code: str | None, message: str, extra: dict[str, str] | None = None) -> None:
            headers = {"X-Error-Message": message, **(extra or {})}
            if code:
                headers["X-Error-Code"] = code
            self._json({"error": message}, headers, status)

        def _next_link(self, split: Any, query: dict[str, list[str]], offset: int) -> dict[str, str]:
            params = [(k, v) for k, vs in query.items() if k != "cursor" for v in vs]
            cursor = base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode()
            params.append(("cursor", cursor))
            return {"Link": f'<{hub.url}{split.path}?{urlencode(params)}>; rel="next"'}

        @staticmethod
        def _offset(query: dict[str, list[str]]) -> int:
            if "cursor" not in query:
                return 0
            return int(json.loads(base64.urlsafe_b64decode(query["cursor"][0]))["offset"])

        def _authorized(self) -> bool:
            auth = self.headers.get("Authorization", "")
            return auth.startswith("Bearer ") and auth[7:] in hub.tokens

        # ---------------------------------------------------------------- dispatch

        def do_HEAD(self) -> None:
            self._dispatch()

        def do_GET(self) -> None:
            self._dispatch()

        def _dispatch(self) -> None:
            with hub._lock:
                hub.requests.append((self.command, self.path))
                hub.in_flight += 1
                hub.max_in_flight = max(hub.max_in_flight, hub.in_flight)
            try:
                if hub.latency_s:
                    time.sleep(hub.latency_s)
                self._answer()
            finally:
                with hub._lock:
                    hub.in_flight -= 1

        def _answer(self) -> None:
            split = urlsplit(self.path)
            path = unquote(split.path)
            query = parse_qs(split.query, keep_blank_values=True)
            fault = hub.take_fault(self.path)
            if fault is not None:
                self._error(fault.status, None, f"injected {fault.status}", fault.headers)
                return
            if path == "/api/agent-harnesses":
                self._json(AGENT_HARNESSES)
            elif path == "/api/models":
                self._list(split, query)
            elif m := re.match(r"^/api/models/([^/]+/[^/]+)/tree/([^/]+)(?:/(.*))?$", path):
                self._tree(split, query, m.group(1), m.group(2), m.group(3) or "")
            elif m := re.match(r"^/api/models/([^/]+/[^/]+?)(?:/revision/([^/]+))?$", path):
                self._info(query, m.group(1), m.group(2))
            elif m := re.match(r"^/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$", path):
                self._resolve(m.group(1), m.group(2), m.group(3))
            else:
                self._error(404, None, "Not Found")

        # ---------------------------------------------------------------- endpoints

        def _list(self, split: Any, query: dict[str, list[str]]) -> None:
            repos = list(hub.repos.values())
            for tag in query.get("filter", []):
                repos = [r for r in repos if tag in r.get("tags", [])]
            if text := (query.get("search") or [""])[0]:
                repos = [r for r in repos if text.lower() in r["id"].lower()]
            if bounds := (query.get("num_parameters") or [""])[0]:
                low, high = _param_bounds(bounds)
                repos = [r for r in repos if r.get("gguf") and low <= r["gguf"]["total"] <= high]
            sort = _SORT_KEYS.get((query.get("sort") or [""])[0])
            if sort:
                repos.sort(key=lambda r: r.get(sort) or 0, reverse=True)
            limit = int((query.get("limit") or ["0"])[0]) or len(repos)
            repos = repos[:limit]
            offset = self._offset(query)
            page = repos[offset : offset + hub.page_size]
            expand = query.get("expand", [])
            items = [self._item(r, expand) for r in page]
            more = offset + hub.page_size < len(repos)
            self._json(items, self._next_link(split, query, offset + hub.page_size) if more else None)

        def _item(self, repo: dict[str, Any], expand: list[str]) -> dict[str, Any]:
            item: dict[str, Any] = {"_id": _git_oid(repo["id"])[:24], "id": repo["id"]}
            fields = expand or ["likes", "downloads", "trendingScore", "lastModified", "tags", "gated"]
            for key in fields:
                if key == "author":
                    item["author"] = repo["id"].split("/")[0]
                elif key == "siblings":  # a repo's own "siblings": what a misbehaving mirror lists
                    item["siblings"] = repo.get("siblings", [{"rfilename": f} for f in hub.files[repo["id"]]])
                elif key == "gguf":
                    if isinstance(repo.get("gguf"), dict) and repo["gguf"]:
                        item["gguf"] = {
                            **repo["gguf"],
                            "totalFileSize": max((f.size for f in hub.files[repo["id"]].values()), default=0),
                        }
                    elif "gguf" in repo:  # what a misbehaving mirror sends, as it is
                        item["gguf"] = repo["gguf"]
                elif key == "private":
                    item["private"] = False
                elif key in repo:
                    item[key] = repo[key]
            return item

        def _repo_or_404(self, repo_id: str, revision: str | None) -> dict[str, Any] | None:
            repo = hub.repos.get(repo_id)
            if repo is None:
                self._error(404, "RepoNotFound", "Repository not found")
                return None
            if revision not in (None, "main", repo["sha"]):
                self._error(404, "RevisionNotFound", "Invalid rev id: " + revision)
                return None
            return repo

        def _tree(self, split: Any, query: dict[str, list[str]], repo_id: str, rev: str, sub: str) -> None:
            repo = self._repo_or_404(repo_id, unquote(rev))
            if repo is None:
                return
            recursive = (query.get("recursive") or ["false"])[0].lower() == "true"
            prefix = sub.strip("/") + "/" if sub.strip("/") else ""
            entries: dict[str, dict[str, Any]] = {}
            for f in hub.files[repo_id].values():
                if not f.path.startswith(prefix):
                    continue
                rest = f.path[len(prefix) :].split("/")
                for depth in range(1, len(rest)):  # the folders on the way
                    folder = prefix + "/".join(rest[:depth])
                    if recursive or depth == 1:
                        entries[folder] = {"type": "directory", "oid": _git_oid(folder), "size": 0, "path": folder}
                if recursive or len(rest) == 1:
                    entries[f.path] = self._file_entry(f)
                    for key, value in hub.tree_edits.get((repo_id, f.path), {}).items():
                        if value is None:
                            entries[f.path].pop(key, None)
                        else:
                            entries[f.path][key] = value
            listing = [entries[k] for k in sorted(entries)]
            offset = self._offset(query)
            page = listing[offset : offset + hub.tree_page_size]
            more = offset + hub.tree_page_size < len(listing)
            self._json(page, self._next_link(split, query, offset + hub.tree_page_size) if more else None)

        @staticmethod
        def _file_entry(f: _File) -> dict[str, Any]:
            entry: dict[str, Any] = {"type": "file", "oid": _git_oid(f.sha256), "size": f.size, "path": f.path}
            if f.lfs:
                entry["lfs"] = {"oid": f.sha256, "size": f.size, "pointerSize": 135}
            return entry

        def _info(self, query: dict[str, list[str]], repo_id: str, rev: str | None) -> None:
            repo = self._repo_or_404(repo_id, rev)
            if repo is None:
                return
            blobs = (query.get("blobs") or ["false"])[0].lower() == "true"
            siblings = []
            for f in hub.files[repo_id].values():
                sibling: dict[str, Any] = {"rfilename": f.path}
                if blobs:
                    sibling.update({"blobId": _git_oid(f.sha256), "size": f.size})
                    if f.lfs:
                        sibling["lfs"] = {"sha256": f.sha256, "size": f.size, "pointerSize": 135}
                siblings.append(sibling)
            info = {k: v for k, v in repo.items() if k != "files"}
            info.update({"_id": _git_oid(repo_id)[:24], "modelId": repo_id, "private": False, "siblings": siblings})
            self._json(info)

        def _resolve(self, repo_id: str, rev: str, file_path: str) -> None:
            repo = self._repo_or_404(repo_id, unquote(rev))
            if repo is None:
                return
            commit = {"X-Repo-Commit": repo["sha"]}
            if repo.get("gated") and not self._authorized():
                status = 403 if self.headers.get("Authorization") else 401
                self._error(status, "GatedRepo", GATED_MESSAGE.format(repo=repo_id), commit)
                return
            f = hub.files[repo_id].get(file_path)
            if f is None:
                self._error(404, "EntryNotFound", f'{file_path} does not exist on "main"', commit)
                return
            if not f.lfs:
                body = generated_bytes(repo_id, f.path, f.size)
                self._send(200, body, {**commit, "ETag": f'"{_git_oid(f.sha256)}"'})
                return
            if f.blob_name is None:
                self._error(404, "EntryNotFound", f"{file_path} is listed only in this fake Hub", commit)
                return
            slow = hub.slow_rule_for(file_path)
            if slow is not None:
                self._serve_slowly(slow, f, commit)
                return
            headers = {
                **commit,
                "Location": hub.redirect_to or hub.cdn_url(f.blob_name),
                "X-Linked-Size": str(f.size),
                "X-Linked-Etag": f'"{f.sha256}"',
                "ETag": f'"{_git_oid(f.sha256)}"',
            }
            self._send(302, b"", headers)

        def _serve_slowly(self, rule: SlowServing, f: _File, commit: dict[str, str]) -> None:
            data = (hub.blob_dir / (f.blob_name or "")).read_bytes()
            start, status = 0, 200
            range_header = self.headers.get("Range")
            m = re.match(r"^bytes=(\d+)-$", range_header or "")
            if m and int(m.group(1)) < len(data):
                start, status = int(m.group(1)), 206
            elif m:
                self._send(416, b"", {**commit, "Content-Range": f"bytes */{len(data)}"})
                return
            body = data[start:]
            self.send_response(status)
            for k, v in {
                **commit,
                "Content-Type": "application/octet-stream",
                "Accept-Ranges": "bytes",
                "ETag": f'"{f.sha256}"',
                "X-Linked-Size": str(f.size),
                "Content-Length": str(len(body)),
            }.items():
                self.send_header(k, v)
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            self.end_headers()
            entry = [range_header, 0]
            with hub._lock:
                rule.served.append(entry)  # type: ignore[arg-type]
            if self.command == "HEAD":
                return
            step = 64 * 1024
            sent = 0
            try:
                while sent < len(body):
                    if rule.stall_after_bytes is not None and sent >= rule.stall_after_bytes:
                        time.sleep(rule.stall_s)  # say nothing, keep the connection open
                        return
                    n = min(step, len(body) - sent)
                    if rule.stall_after_bytes is not None:
                        n = min(n, rule.stall_after_bytes - sent)
                    self.wfile.write(body[sent : sent + n])
                    self.wfile.flush()
                    sent += n
                    entry[1] = sent
                    if rule.bytes_per_s:
                        time.sleep(n / rule.bytes_per_s)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                self.close_connection = True

    return Handler
