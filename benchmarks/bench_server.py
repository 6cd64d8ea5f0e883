"""Time a healthy server check (target < 300 ms) and discovery (target < 1 s) against a real llama-server.

    .venv/bin/python benchmarks/bench_server.py [--model FILE.gguf] [--repeat N]

Without --model it generates the tests' tiny llama GGUF; with a real model (e.g. gemma3-270m) the one-token chat
inside the check costs what that model costs. Prints cold (first call in the process: includes importing the
`openai` package) and warm times, then a short streamed benchmark.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="GGUF to serve (default: a generated tiny llama)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or write_llama_gguf(Path(tmp) / "tiny.gguf")
        with LlamaServer(model, ctx_size=2048) as server:
            url = server.base_url + "/v1"
            t = time.perf_counter()
            from advisor.core import servers  # timed: part of what a first check costs

            status = servers.check(url)
            cold = time.perf_counter() - t
            assert status.usable, status.problem
            warm = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                assert servers.check(url).usable
                warm.append(time.perf_counter() - t)
            ports = (*servers.KNOWN_PORTS, server.port)
            disc = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                found = servers.discover(ports=ports)
                disc.append(time.perf_counter() - t)
            assert any(s.url == url for s in found)
            bench = servers.benchmark(url, runs=3, max_tokens=64)

    print(
        f"model: {Path(model).name} ({Path(model).stat().st_size / 2**20:.1f} MiB)"
        if args.model
        else "model: generated tiny llama (1.7 MB, F32)"
    )
    print(f"check, cold (imports openai):  {_ms(cold)}")
    print(f"check, warm: median {_ms(statistics.median(warm))}, max {_ms(max(warm))}  (target < 300 ms)")
    print(f"discover {len(ports)} ports: median {_ms(statistics.median(disc))}, max {_ms(max(disc))}  (target < 1 s)")
    print(
        f"benchmark: {bench.tokens_per_second:.0f} tok/s ({bench.source}), "
        f"client {bench.client_tokens_per_second:.0f} tok/s, TTFT {bench.ttft_ms:.0f} ms, "
        f"prompt {bench.prompt_tokens_per_second:.0f} tok/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
