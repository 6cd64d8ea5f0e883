"""Remote headers over real HTTP Range requests, against a local CDN-like server."""

from __future__ import annotations

import contextlib
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from advisor.core.gguf import GgufError, GgufFetchError, read_gguf, read_remote_gguf, spec_from_gguf
from advisor.core.messages import catalog as words
from tests.core.gguf.files import Q8_0, llama_like, write_gguf
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import free_port
from tests.support.range_http import RangeHttpServer


@pytest.fixture(scope="module")
def big_vocab_model(tmp_path_factory):
    """A 27 MB file whose header (a 100k-token vocabulary) is ~2.6 MB: more than the first 1 MiB fetch."""
    folder = tmp_path_factory.mktemp("cdn")
    write_llama_gguf(folder / "big-vocab.gguf", n_embd=64, n_head=2, n_layer=1, n_ff=64, n_vocab=100_000)
    return folder


@contextlib.contextmanager
def _redirecting_hub(location: Callable[[int], str], seen: list[dict[str, str]] | None = None) -> Iterator[int]:
    """A Hub on 127.0.0.1 that answers every GET with a 302 to `location(its port)`, keeping each request's headers
    in `seen`; yields its port, and is stopped on leaving."""

    class Hub(BaseHTTPRequestHandler):
        def do_GET(self):
            if seen is not None:
                seen.append(dict(self.headers.items()))
            self.send_response(302)
            self.send_header("Location", location(self.server.server_address[1]))
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a):
            pass

    hub = ThreadingHTTPServer(("127.0.0.1", 0), Hub)
    thread = threading.Thread(target=hub.serve_forever, daemon=True)
    thread.start()
    try:
        yield hub.server_address[1]
    finally:
        hub.shutdown()
        hub.server_close()
        thread.join(5)


def test_reads_the_same_facts_as_the_local_file_fetching_only_the_header(big_vocab_model):
    local = read_gguf(big_vocab_model / "big-vocab.gguf")
    with RangeHttpServer(big_vocab_model) as cdn:
        remote = read_remote_gguf(cdn.url_for("big-vocab.gguf"))
        served = cdn.bytes_served
        reqs = cdn.requests_for("big-vocab.gguf")
    assert remote.vocab_size == local.vocab_size == 100_000
    assert remote.tensors == local.tensors and remote.parameter_count == local.parameter_count
    assert remote.file_size_bytes == local.file_size_bytes  # from Content-Range
    assert all(r.status == 206 and r.range for r in reqs)
    assert len(reqs) >= 2  # the range grew past the first chunk
    assert local.header_bytes <= served < local.header_bytes + 4 * 2**20
    assert served < local.file_size_bytes / 4


def test_missing_file_is_a_fetch_error_with_the_status(big_vocab_model):
    with RangeHttpServer(big_vocab_model) as cdn, pytest.raises(GgufFetchError) as exc:
        read_remote_gguf(cdn.url_for("nope.gguf"))
    assert exc.value.status == 404 and isinstance(exc.value, OSError)


def test_nothing_listening_is_a_fetch_error():
    with pytest.raises(GgufFetchError, match="cannot reach"):
        read_remote_gguf(f"http://127.0.0.1:{free_port()}/m.gguf", timeout_s=2)


def test_a_port_that_is_not_http_is_a_fetch_error():
    # HF_ENDPOINT pointing at the wrong port (here an SSH-like banner): one clear error, not BadStatusLine
    import socket

    with socket.create_server(("127.0.0.1", 0)) as srv:

        def answer() -> None:
            conn, _ = srv.accept()
            with conn:
                conn.recv(4096)
                conn.sendall(b"SSH-2.0-OpenSSH_9.6\r\n")

        t = threading.Thread(target=answer)
        t.start()
        try:
            with pytest.raises(GgufFetchError, match="did not answer as an HTTP server"):
                read_remote_gguf(f"http://127.0.0.1:{srv.getsockname()[1]}/m.gguf", timeout_s=5)
        finally:
            t.join(5)


def test_the_download_is_capped_for_a_header_that_never_ends(big_vocab_model):
    with RangeHttpServer(big_vocab_model) as cdn:
        with pytest.raises(GgufError, match="larger than"):
            read_remote_gguf(cdn.url_for("big-vocab.gguf"), max_header_bytes=2**20)
        assert cdn.bytes_served <= 2**20


def test_a_server_ignoring_range_is_read_only_as_far_as_needed(tmp_path):
    path = write_llama_gguf(tmp_path / "m.gguf", n_embd=64, n_head=2, n_layer=1, n_ff=64)
    data = path.read_bytes()
    calls = []

    def fetch(url, start, end, headers, timeout_s):  # an injected client: returns bytes from `start`
        calls.append((start, end, dict(headers)))
        return data[start : end + 1], len(data)

    info = read_remote_gguf("https://example.invalid/m.gguf", headers={"Authorization": "Bearer t"}, fetch=fetch)
    assert info.layers == 1 and info.file_size_bytes == len(data)
    assert calls[0][:2] == (0, 2**20 - 1) and calls[0][2] == {"Authorization": "Bearer t"}


def test_token_goes_to_the_hub_but_not_to_the_cdn_it_redirects_to(big_vocab_model):
    seen: list[dict[str, str]] = []
    with RangeHttpServer(big_vocab_model) as cdn:
        with _redirecting_hub(lambda _port: cdn.url_for("big-vocab.gguf"), seen) as port:
            info = read_remote_gguf(
                f"http://127.0.0.1:{port}/resolve/main/m.gguf", headers={"Authorization": "Bearer secret"}
            )
        cdn_headers = [r.headers for r in cdn.requests_for("big-vocab.gguf")]
    assert info.vocab_size == 100_000
    assert seen and all(h.get("Authorization") == "Bearer secret" for h in seen)
    assert cdn_headers and not any("Authorization" in h for h in cdn_headers)


def test_range_server_speaks_http_ranges(big_vocab_model):
    size = (big_vocab_model / "big-vocab.gguf").stat().st_size
    with RangeHttpServer(big_vocab_model) as cdn:
        url = cdn.url_for("big-vocab.gguf")
        req = urllib.request.Request(url, headers={"Range": "bytes=-10"})
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert resp.status == 206 and resp.headers["Content-Range"] == f"bytes {size - 10}-{size - 1}/{size}"
            assert len(resp.read()) == 10
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=5) as resp:
            assert resp.headers["Content-Length"] == str(size) and resp.headers["Accept-Ranges"] == "bytes"
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(urllib.request.Request(url, headers={"Range": f"bytes={size}-"}), timeout=5)
        exc.value.close()
        assert exc.value.code == 416 and exc.value.headers["Content-Range"] == f"bytes */{size}"
        assert [r.status for r in cdn.requests] == [206, 200, 416]


def test_a_split_model_counts_every_part_but_fetches_only_the_first_header(tmp_path):
    md, tensors = llama_like(n_layer=4, n_embd=128, n_head=4, n_kv=2, n_ff=256, n_vocab=64, qtype=Q8_0)
    md |= {"split.no": 0, "split.count": 3, "split.tensors.count": len(tensors)}
    first = {k: v for k, v in tensors.items() if k.startswith(("token_embd", "blk.0.", "blk.1."))}
    repo = tmp_path / "repo" / "Q8_0"
    repo.mkdir(parents=True)
    write_gguf(repo / "m-Q8_0-00001-of-00003.gguf", "llama", md, first, vocab=64)
    (repo / "m-Q8_0-00002-of-00003.gguf").write_bytes(bytes(5_000_000))
    (repo / "m-Q8_0-00003-of-00003.gguf").write_bytes(bytes(3_000_000))
    sizes = sum(p.stat().st_size for p in repo.iterdir())
    with RangeHttpServer(tmp_path / "repo") as cdn:
        info = read_remote_gguf(cdn.url_for("Q8_0/m-Q8_0-00001-of-00003.gguf"))
        later_parts = [r for r in cdn.requests if "00001" not in r.path]
    assert info.split_count == 3 and info.file_size_bytes == sizes
    assert [r.range for r in later_parts] == ["bytes=0-0", "bytes=0-0"]
    assert sum(r.bytes_sent for r in later_parts) == 2
    assert spec_from_gguf(info).layers == 4


def test_range_server_serves_nothing_outside_its_folder(tmp_path):
    (tmp_path / "public").mkdir()
    (tmp_path / "secret.txt").write_text("no")
    with RangeHttpServer(tmp_path / "public") as cdn:
        with pytest.raises(urllib.error.HTTPError) as exc:
            urllib.request.urlopen(cdn.url + "/../secret.txt", timeout=5)
        exc.value.close()
        assert exc.value.code == 404
        assert cdn.requests[0].status == 404


@pytest.mark.parametrize("scenario", ["trickle_body", "trickle_headers"])
def test_a_server_trickling_its_answer_is_given_up_at_the_requests_deadline(scenario):
    """urllib's timeout is per socket read: a byte every tenth of a second kept a Range request going past every
    deadline (`estimate --hf` never ended, `models` never exited, its header worker stuck)."""
    import time

    from advisor.core.gguf.remote import urllib_fetch
    from advisor.core.within import GRACE_S
    from tests.hostile.hostile_server import HostileServer

    with HostileServer(scenario) as server:
        started = time.monotonic()
        with pytest.raises(GgufFetchError, match="took longer than 1"):
            urllib_fetch(server.api_url + "/models", 0, 999, {}, 1.0)
        assert time.monotonic() - started < 1.0 + GRACE_S + 1.0
        if scenario == "trickle_body":  # its connection is shut: the request's thread ends, none piles up
            time.sleep(0.5)
            assert not [t for t in threading.enumerate() if t.name == "gguf-range"]


@pytest.mark.parametrize("target", ["ftp://127.0.0.1:{port}/m.gguf", "file:///etc/passwd"])
def test_a_redirect_off_http_is_refused_at_once(target):
    """A mirror's redirect to ftp:// was followed by urllib (and waited on for 21 s): only http and https are."""

    started = time.monotonic()
    with _redirecting_hub(lambda port: target.format(port=port)) as port, pytest.raises(GgufFetchError) as caught:
        read_remote_gguf(f"http://127.0.0.1:{port}/resolve/main/m.gguf", timeout_s=10)
    assert time.monotonic() - started < 3
    scheme = target.split(":")[0]
    assert caught.value.msg == words.GGUF_FETCH_REDIRECT and caught.value.values["scheme"] == scheme
    assert str(caught.value) == (
        f"127.0.0.1:{port} redirected to a non-web address ({scheme}://); only http and https addresses are followed"
    )
