"""A Hub mirror (HF_ENDPOINT) that trickles its answer is cut at the request's total deadline: the search falls
back to the bundled snapshot and says the Hub did not answer in time, instead of waiting for minutes."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from advisor.core.catalog import search


class _Trickle(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        try:
            self.wfile.write(b"[")
            for _ in range(200):  # one byte every 0.2 s: 40 s in all, far past any deadline
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


class _TrickleHeaders(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(200):  # a header that never ends: one byte every 0.2 s
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.2)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(params=[_Trickle, _TrickleHeaders], ids=["trickled body", "trickled headers"])
def trickling_hub(request):
    server = ThreadingHTTPServer(("127.0.0.1", 0), request.param)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_trickling_hub_is_cut_at_the_total_deadline(trickling_hub, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    start = time.monotonic()
    result = search(profile=None, tier="7B", endpoint=trickling_hub, cache_dir=str(tmp_path / "cache"), timeout_s=1.0)
    took = time.monotonic() - start
    assert took < 8.0  # the 1 s deadline (a request or two) plus start-up, not the 40 s the server trickles for
    assert result.source in ("offline", "cache")  # the bundled snapshot answers instead
    assert any(p.code == "timeout" for p in result.errors)
