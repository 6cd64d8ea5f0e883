"""Predicted vs measured: the sizing engine against a real llama.cpp `llama-server` on this machine.

For GGUF files generated in realistic shapes (one ≥ 1 GiB with TinyLlama-1.1B's layer and head counts) and the
server's `-c` at 512, 4096 and 16384, it starts llama-server (CPU, 2 threads, one slot, as LM Studio runs a model),
measures its resident memory (RSS) after loading and after generating, and the decode speed (the server's own
timing, and by its CPU time, which neighbours on a shared machine disturb less), and prints them next to what
`advisor.core.sizing.estimate` predicts for this machine (detected as the app does).
Target: memory within 10 % or 150 MiB on every row. An architecture row whose estimate is above that after the short
prompt (a large reserved compute buffer a short prompt does not touch) is measured again with the context three
quarters full, and says so.

    .venv/bin/python benchmarks/bench_sizing_vs_llama.py [--quick] [--extras] [--batching] [--slots] [--arch TEXT ...]

`--extras` runs only what llama-server adds (context checkpoints after a long chat, a draft model, --cpu-moe).
`--batching` runs only the rows started with `-fa off` or a larger `-ub`/`-b` (the compute buffer they size).
`--slots` runs only llama-server's slots (its default `-np`, `-np 4`, `-kvu`), `--swa-full` and a `-nkvo` parse.
`--arch TEXT` runs only the architecture rows whose label contains TEXT (e.g. `--arch jamba --arch falcon`).

Generated files live in a temporary folder that is deleted at the end. Takes ~5–10 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware import detect
from advisor.core.sizing import estimate
from tests.support.gguf_factory import (
    write_deepseek2_gguf,
    write_deepseek4_gguf,
    write_falcon_h1_gguf,
    write_gemma3_gguf,
    write_gemma3n_gguf,
    write_gemma4_gguf,
    write_gpt_oss_gguf,
    write_granitehybrid_gguf,
    write_jamba_gguf,
    write_kimi_linear_gguf,
    write_lfm2_gguf,
    write_llama_gguf,
    write_mimo2_gguf,
    write_minimax_m3_gguf,
    write_nemotron_h_gguf,
    write_plamo2_gguf,
    write_qwen3moe_gguf,
    write_qwen3next_gguf,
    write_step35_gguf,
)
from tests.support.gguf_factory_hybrid import write_hy_v4_gguf, write_minimax01_gguf, write_qwen4exp_gguf
from tests.support.gguf_factory_kda import write_bailingmoe3_gguf, write_glm5_next_gguf, write_kimi_k3_gguf
from tests.support.gguf_factory_swa import (
    write_dots3note_gguf,
    write_granite_swa_gguf,
    write_maple_gguf,
    write_spark2_5_gguf,
)
from tests.support.llama_server import LlamaServer

MiB = 2**20
CONTEXTS = (512, 4096, 16384)
GENERATE_TOKENS = 48
# ~830 tokens with the generated vocabulary (its words are mostly split into characters): more than one 512-token
# micro-batch, so the compute buffer is used and prompt processing (pp) is measured on a real batch
PROMPT = " ".join(["hola modelo local servidor texto resumen datos prueba rápido memoria"] * 12)
SHORT_PROMPT = " ".join(["hola modelo local servidor texto resumen datos prueba rápido memoria"] * 3)  # ~210


@dataclass(frozen=True)
class Shape:
    label: str
    kwargs: dict


SHAPES = (
    Shape(
        "GPT-2-small shape, F32",
        dict(n_embd=768, n_head=12, n_head_kv=12, n_layer=12, n_ff=3072, n_vocab=32000, tensor_type="F32"),
    ),
    Shape(
        "Qwen2.5-0.5B shape, Q8_0",
        dict(n_embd=896, n_head=14, n_head_kv=2, n_layer=24, n_ff=4864, n_vocab=151936, tensor_type="Q8_0"),
    ),
    Shape(
        "TinyLlama-1.1B shape, F16",
        dict(n_embd=2048, n_head=32, n_head_kv=4, n_layer=22, n_ff=5632, n_vocab=32000, tensor_type="F16"),
    ),
)


# Other architectures (small random-weight files): MoE compute buffer, MLA and old-layout DeepSeek KV cache,
# hybrid recurrent state. Memory only (their decode speed is not what these rows check).
ARCH_MODELS = (
    ("qwen3moe (8 experts, top-2)", write_qwen3moe_gguf),
    ("qwen3next (1 in 4 attention)", write_qwen3next_gguf),
    ("granitehybrid (Mamba-2 + attn)", write_granitehybrid_gguf),
    ("granitehybrid, wide Mamba-2", lambda p: write_granitehybrid_gguf(p, n_embd=512)),
    ("deepseek2, MLA layout", lambda p: write_deepseek2_gguf(p, mla=True)),
    ("deepseek2, older layout", lambda p: write_deepseek2_gguf(p, mla=False)),
    ("nemotron_h (Mamba-2, MLP, attn)", write_nemotron_h_gguf),
    ("nemotron_h, wide MLP", lambda p: write_nemotron_h_gguf(p, n_ff=3072)),
    ("jamba (Mamba-1 + attn + MoE)", write_jamba_gguf),
    ("jamba, narrow feed-forward", lambda p: write_jamba_gguf(p, n_ff=128)),
    ("falcon-h1 (Mamba-2 beside attn)", write_falcon_h1_gguf),
    ("lfm2 (short conv + attn)", write_lfm2_gguf),
    ("lfm2, narrow feed-forward", lambda p: write_lfm2_gguf(p, n_embd=512, n_ff=256)),
    ("granitehybrid, ffn 2x d_inner", lambda p: write_granitehybrid_gguf(p, n_ff=1024)),
    ("granitehybrid, ffn 4x d_inner", lambda p: write_granitehybrid_gguf(p, n_ff=2048)),
    ("nemotron_h_moe (Mamba-2, MoE)", lambda p: write_nemotron_h_gguf(p, pattern="ME*ME")),
    ("lfm2moe (short conv + MoE)", lambda p: write_lfm2_gguf(p, n_expert=8)),
    ("gpt-oss (SWA 128 every other)", write_gpt_oss_gguf),
    ("gemma3 (SWA 5 of 6 layers)", write_gemma3_gguf),
    ("plamo2 (Mamba + attn)", write_plamo2_gguf),
    ("gemma3n (KV in 20 of 25 layers)", write_gemma3n_gguf),
    ("gemma4 E-style (per-layer inputs)", write_gemma4_gguf),
    (
        "gemma4 MoE (26B-A4B style)",
        lambda p: write_gemma4_gguf(p, n_embd_per_layer=0, n_expert=8, n_head_kv_full=1, shared_kv_layers=0),
    ),
    ("deepseek32 (MLA + indexer cache)", lambda p: write_deepseek2_gguf(p, mla=True, indexer=(4, 64))),
    ("deepseek4 (window + compressed)", write_deepseek4_gguf),
    ("kimi-linear (KDA + MLA)", write_kimi_linear_gguf),
    (
        "kimi-linear, wide KDA heads",
        lambda p: write_kimi_linear_gguf(p, n_head=4, kda_head_dim=128, n_ff=256, n_ff_exp=64),
    ),
    ("minimax-m3 (msa cache, sparse)", write_minimax_m3_gguf),
    ("mimo2 (file's SWA, per-layer KV)", write_mimo2_gguf),
    ("step35 (file's SWA, heads/layer)", write_step35_gguf),
    ("kimi-k3 (KDA+MLA, attn-res bank)", write_kimi_k3_gguf),
    ("bailingmoe3 (KDA+MLA+MTP)", write_bailingmoe3_gguf),
    ("glm5-next (KDA+kpool DSA+MTP)", write_glm5_next_gguf),
    ("qwen4exp (QSA+delta-net, hc 4)", write_qwen4exp_gguf),
    ("minimax-01 (lightning, 1 in 4)", write_minimax01_gguf),
    ("hy_v4 (MLA + DSA, hc 4)", write_hy_v4_gguf),
    ("granite_swa (file's SWA, sinks)", write_granite_swa_gguf),
    (
        "granite_swa MoE (fused gate+up)",
        lambda p: write_granite_swa_gguf(p, n_expert=8, n_expert_used=2, n_ff=128, n_ff_shexp=256),
    ),
    ("dots3note (MLA+DSA, SWA latent)", write_dots3note_gguf),
    ("maple (file's SWA, MoE, clamp)", write_maple_gguf),
    ("spark2_5 (fused QKV, attn gate)", write_spark2_5_gguf),
)
ARCH_CONTEXTS = (4096, 16384)
# Gemma 3n's ~4,000 small graph nodes per token: with two threads on a busy 2-core machine each node's barrier
# costs a time slice (a second per token); one thread takes 8 ms. The buffers do not depend on it.
ONE_THREAD_ARCHS = (
    "gemma3n",
    "gemma4",
    "deepseek4",
    "kimi-linear",
    "minimax-m3",
    "mimo2",
    "step35",
    "kimi-k3",
    "bailingmoe3",
    "glm5-next",
    "qwen4exp",
    "minimax-01",
    "hy_v4",
    "granite_swa",
    "dots3note",
    "maple",
    "spark2_5",
)
DSV4_STATE = r"DSV4 \w+ state"  # DeepSeek-V4's compressor states, logged beside its KV buffers


def _logged_mib(log: str, what: str) -> float:
    """The server's own load (after its fitting pass); a sliding-window model's two KV buffers are summed."""
    import re

    last_load = log[log.rfind("output buffer size") :]
    return sum(float(v) for v in re.findall(rf"CPU\s+{what} buffer size =\s+([\d.]+) MiB", last_load))


def bench_architectures(profile, tmp: str, only: list[str] | None = None) -> int:
    """Predicted vs logged buffers and RSS for the non-llama architectures (those whose label contains one of
    `only`, when given); returns the rows off target."""
    from advisor.core.sizing.memory import compute_bytes, kv_cache_bytes, recurrent_state_bytes
    from advisor.core.sizing.shape import complete_shape

    header = (
        f"{'model':<32} {'ctx':>6} | {'KV pred':>7} {'logged':>7} | {'RS pred':>7} {'logged':>7} | "
        f"{'cmp pred':>8} {'logged':>7} | {'pred MiB':>8} {'RSS gen':>8} {'error':>9} {'ok':>3}"
    )
    print("\n" + header)
    print("-" * len(header))
    failures = 0
    long_prompt_rows: list[str] = []
    for label, write in ARCH_MODELS:
        if only and not any(text.lower() in label.lower() for text in only):
            continue
        path = write(Path(tmp) / "arch.gguf")
        spec = spec_from_gguf(read_gguf(path))
        shape = complete_shape(spec)
        for ctx in ARCH_CONTEXTS:
            est = estimate(spec, profile, context=ctx)
            threads = 1 if label.startswith(ONE_THREAD_ARCHS) else 2
            predicted = est.memory.ram_bytes
            with LlamaServer(path, ctx_size=ctx, extra_args=["-v"], start_timeout_s=300, threads=threads) as server:
                generate(server.base_url, PROMPT)
                rss = server.rss_bytes()
                log = server.log_text()
                if predicted - rss > max(0.10 * rss, 150 * MiB):
                    # a short prompt leaves most of a large reserved compute buffer untouched (not resident):
                    # measure again with the context three quarters full, the use the estimate sizes for
                    generate(server.base_url, fill_prompt(server.base_url, ctx * 3 // 4))
                    rss = server.rss_bytes()
                    long_prompt_rows.append(label)
            err = predicted - rss
            ok = abs(err) <= max(0.10 * rss, 150 * MiB)
            failures += not ok
            print(
                f"{label:<32} {ctx:>6} | {kv_cache_bytes(spec, shape, ctx, 'f16') / MiB:>7.2f} "
                f"{_logged_mib(log, 'KV'):>7.2f} | {recurrent_state_bytes(spec) / MiB:>7.2f} "
                f"{_logged_mib(log, 'RS') + _logged_mib(log, DSV4_STATE):>7.2f} | "
                f"{compute_bytes(spec, shape, ctx) / MiB:>8.2f} "
                f"{_logged_mib(log, 'compute'):>7.2f} | {predicted / MiB:>8.0f} {rss / MiB:>8.0f} "
                f"{err / MiB:>+5.0f} MiB {'yes' if ok else 'NO':>3}",
                flush=True,
            )
        path.unlink()
    for label in long_prompt_rows:
        print(
            f"{label.strip()}: RSS after a prompt filling 3/4 of the context (a short one left the buffers untouched)"
        )
    return failures


def fill_prompt(base_url: str, tokens: int) -> str:
    """A prompt of about `tokens` tokens in this model's own vocabulary (counted by the server's /tokenize)."""
    unit = "hola modelo local servidor texto resumen datos prueba rápido memoria "
    body = json.dumps({"content": unit}).encode()
    req = urllib.request.Request(base_url + "/tokenize", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        per_unit = max(1, len(json.loads(resp.read())["tokens"]))
    return unit * max(1, tokens // per_unit)


def chat(base_url: str, turns: int) -> None:
    """A chat of `turns` turns (~750 new tokens each, 16 generated), the whole history sent each time."""
    messages: list[dict] = [{"role": "system", "content": "hola " * 50}]
    for _ in range(turns):
        messages.append({"role": "user", "content": "hola modelo local servidor texto resumen datos prueba " * 9})
        body = json.dumps({"messages": messages, "max_tokens": 16, "temperature": 0}).encode()
        req = urllib.request.Request(
            base_url + "/v1/chat/completions", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(req, timeout=600) as resp:
            answer = json.loads(resp.read())["choices"][0]["message"]["content"]
        messages.append({"role": "assistant", "content": answer})


def bench_extras(profile, tmp: str) -> int:
    """What llama-server adds: its context checkpoints after a long chat (predicted: the estimate + the figure its
    note gives), a draft model (-md), and --cpu-moe (on a CPU build every weight is in RAM already: the option
    must add nothing). Returns the rows off target."""
    from advisor.core.sizing.memory import CTX_CHECKPOINTS, checkpoint_bytes
    from advisor.core.sizing.shape import complete_shape

    t = Path(tmp)
    rows = (
        (
            "gemma3 shape, 20-turn chat",
            lambda: write_gemma3_gguf(
                t / "g.gguf",
                n_embd=512,
                n_layer=12,
                n_head=8,
                n_head_kv=8,
                head_dim=128,
                n_ff=1024,
                sliding_window=1024,
            ),
            None,
            32768,
            [],
            20,
        ),
        (
            "qwen3next shape, 20-turn chat",
            lambda: write_qwen3next_gguf(t / "h.gguf", n_layer=16, d_state=128, dt_rank=32),
            None,
            16384,
            [],
            20,
        ),
        (
            "TinyLlama shape + draft (-md)",
            lambda: write_llama_gguf(t / "m.gguf", n_ctx_train=32768, **SHAPES[2].kwargs),
            lambda: write_llama_gguf(t / "d.gguf", n_embd=512, n_head=8, n_head_kv=4, n_layer=4, n_ff=1536),
            4096,
            [],
            1,
        ),
        (
            "qwen3moe 16 experts, --cpu-moe",
            lambda: write_qwen3moe_gguf(t / "e.gguf", n_layer=8, n_embd=1024, n_ff_exp=1024, n_expert=16),
            None,
            4096,
            ["--cpu-moe"],
            1,
        ),
    )
    header = (
        f"{'llama-server adds':<32} {'ctx':>6} | {'ckpt pred':>9} {'logged':>7} | {'pred MiB':>8} {'RSS MiB':>8} "
        f"{'error':>10} {'ok':>3}"
    )
    print("\n" + header)
    print("-" * len(header))
    failures = 0
    for label, write, write_draft, ctx, extra, turns in rows:
        path = write()
        spec = spec_from_gguf(read_gguf(path))
        draft_path = write_draft() if write_draft else None
        draft = spec_from_gguf(read_gguf(draft_path)) if draft_path else None
        est = estimate(spec, profile, context=ctx, draft=draft, n_cpu_moe=10_000 if "--cpu-moe" in extra else 0)
        each = checkpoint_bytes(spec, complete_shape(spec), ctx, "f16")
        args = ["-v", *extra, *(["-md", str(draft_path)] if draft_path else [])]
        with LlamaServer(path, ctx_size=ctx, extra_args=args, start_timeout_s=300) as server:
            chat(server.base_url, turns)
            rss = server.rss_bytes()
            log = server.log_text()
        import re

        logged = re.findall(r"created context checkpoint \d+ of \d+ .*size = ([\d.]+) MiB", log)
        predicted = est.memory.ram_bytes + each * CTX_CHECKPOINTS
        err = predicted - rss
        ok = abs(err) <= max(0.10 * rss, 150 * MiB)
        failures += not ok
        print(
            f"{label:<32} {ctx:>6} | {each / MiB:>9.2f} {float(logged[-1]) if logged else 0.0:>7.2f} | "
            f"{predicted / MiB:>8.0f} {rss / MiB:>8.0f} {err / MiB:>+6.0f} MiB {'yes' if ok else 'NO':>3}",
            flush=True,
        )
        for f in (path, draft_path):
            if f:
                f.unlink()
    return failures


# llama-server started with the settings that size the compute buffer: -fa off (the attention scores over the whole
# context), -ub / -b (the micro-batch); (label, writer, ctx, flags)
BATCHING_ROWS = (
    ("llama 16x1024, -fa off", "llama", 8192, ["-fa", "off"]),
    ("llama 16x1024, -fa off -ub 1024", "llama", 16384, ["-fa", "off", "-ub", "1024", "-b", "1024"]),
    ("llama 16x1024, -ub 2048", "llama", 32768, ["-ub", "2048", "-b", "2048"]),
    ("gemma3 (SWA), -fa off", "gemma3", 8192, ["-fa", "off"]),
    ("gemma3 (SWA), -ub 1024", "gemma3", 16384, ["-ub", "1024"]),
    ("qwen3moe, -fa off", "qwen3moe", 16384, ["-fa", "off"]),
)


def bench_batching(profile, tmp: str) -> int:
    """Predicted vs logged compute buffer and RSS for servers started with -fa off or a larger micro-batch (the
    prediction from the same flags, as the after-load check reads them); returns the rows off target. The RSS is
    taken after a prompt filling three quarters of the context (a short one leaves most of a reserved compute
    buffer untouched, not resident), with context checkpoints off (the --extras rows measure those)."""
    from advisor.core.servers.command_line import parse
    from advisor.core.sizing.memory import KvLayout, compute_bytes
    from advisor.core.sizing.shape import complete_shape

    t = Path(tmp)
    writers = {
        "llama": lambda: write_llama_gguf(
            t / "b.gguf",
            n_embd=1024,
            n_head=16,
            n_head_kv=4,
            n_layer=16,
            n_ff=2816,
            n_vocab=32000,
            n_ctx_train=131072,
            tensor_type="Q8_0",
        ),
        "gemma3": lambda: write_gemma3_gguf(
            t / "b.gguf", n_embd=256, n_layer=12, n_head=8, n_head_kv=8, head_dim=256, n_ff=512, sliding_window=1024
        ),
        "qwen3moe": lambda: write_qwen3moe_gguf(t / "b.gguf", n_layer=8, n_head=8, n_head_kv=4, head_dim=128),
    }
    header = (
        f"{'llama-server flags':<32} {'ctx':>6} | {'cmp pred':>8} {'logged':>8} | {'pred MiB':>8} {'RSS MiB':>8} "
        f"{'error':>10} {'ok':>3}"
    )
    print("\n" + header)
    print("-" * len(header))
    failures = 0
    for label, model, ctx, flags in BATCHING_ROWS:
        path = writers[model]()
        spec = spec_from_gguf(read_gguf(path))
        layout = KvLayout(batching=parse(["llama-server", *flags]).batching())
        est = estimate(spec, profile, context=ctx, kv_layout=layout)
        predicted_compute = compute_bytes(spec, complete_shape(spec), ctx, layout) / MiB
        # no context checkpoints: the long prompt would add some on a sliding-window model (--extras measures them)
        with LlamaServer(path, ctx_size=ctx, extra_args=["-v", "-ctxcp", "0", *flags], start_timeout_s=300) as server:
            logged = _logged_mib(server.log_text(), "compute")
            generate(server.base_url, fill_prompt(server.base_url, ctx * 3 // 4))
            rss = server.rss_bytes()
        err = est.memory.ram_bytes - rss
        ok = abs(err) <= max(0.10 * rss, 150 * MiB) and logged - 0.05 <= predicted_compute <= logged * 1.10 + 1
        failures += not ok
        print(
            f"{label:<32} {ctx:>6} | {predicted_compute:>8.2f} {logged:>8.2f} | {est.memory.ram_bytes / MiB:>8.0f} "
            f"{rss / MiB:>8.0f} {err / MiB:>+6.0f} MiB {'yes' if ok else 'NO':>3}",
            flush=True,
        )
        path.unlink()
    return failures


# llama-server's slots and KV-cache flags on a Gemma 3 layout (10 of 12 layers on a 1,024-token window, 8 KV heads of
# 256): (label, --parallel or None for llama-server's default, flags); ctx 8192, no context checkpoints
SLOTS_ROWS = (
    ("gemma3, default -np (4, shared)", None, []),
    ("gemma3, -np 4 (a cache each)", 4, []),
    ("gemma3, -np 4 -kvu", 4, ["-kvu"]),
    ("gemma3, -np 1 --swa-full", 1, ["--swa-full"]),
)
SLOTS_CONTEXT = 8192


def bench_slots(profile, tmp: str) -> int:
    """Predicted vs logged KV cache and RSS for llama-server's slots (its default -np is 4 slots sharing one cache,
    whose window layers keep 4 windows), -np N without -kvu (a cache per slot) and --swa-full, each predicted from
    the flags read back from the running process and /props's slots, as the after-load check reads them; then one
    server started with -nkvo, whose flag must be read (a CPU build has no GPU to keep the cache off). Returns the
    rows off target. The RSS is taken after a prompt of ~1,600 tokens (one slot of -np 4 holds 2,048)."""
    import re

    from advisor.core.servers.command_line import read_process
    from advisor.core.sizing.memory import kv_cache_bytes, kv_cells
    from advisor.core.sizing.shape import complete_shape

    path = write_gemma3_gguf(
        Path(tmp) / "s.gguf",
        n_embd=512,
        n_layer=12,
        n_head=8,
        n_head_kv=8,
        head_dim=256,
        n_ff=1024,
        sliding_window=1024,
    )
    spec = spec_from_gguf(read_gguf(path))
    header = (
        f"{'llama-server slots':<32} {'ctx':>6} | {'SWA cells':>9} {'logged':>7} | {'KV pred':>7} {'logged':>7} "
        f"{'1 slot':>7} | {'pred MiB':>8} {'RSS MiB':>8} {'error':>10} {'ok':>3}"
    )
    print("\n" + header)
    print("-" * len(header))
    failures = 0
    one_slot = kv_cache_bytes(spec, complete_shape(spec), SLOTS_CONTEXT, "f16") / MiB
    for label, parallel, flags in SLOTS_ROWS:
        args = ["-v", "-ctxcp", "0", *flags]
        with LlamaServer(
            path, ctx_size=SLOTS_CONTEXT, extra_args=args, parallel=parallel, start_timeout_s=300
        ) as server:
            with urllib.request.urlopen(server.base_url + "/props", timeout=30) as resp:
                slots = int(json.loads(resp.read())["total_slots"])
            layout = read_process(server.pid).kv_layout(slots)
            generate(server.base_url, " ".join(["hola modelo local servidor texto resumen datos prueba"] * 28))
            rss = server.rss_bytes()
            log = server.log_text()
        est = estimate(spec, profile, context=SLOTS_CONTEXT, kv_layout=layout)
        cells = re.findall(r"creating\s+SWA KV cache, size = (\d+) cells", log)
        err = est.memory.ram_bytes - rss
        logged_kv = _logged_mib(log, "KV")
        ok = abs(err) <= max(0.10 * rss, 150 * MiB) and abs(est.memory.kv_cache_bytes / MiB - logged_kv) < 0.01
        failures += not ok
        print(
            f"{label:<32} {SLOTS_CONTEXT:>6} | {kv_cells(spec, SLOTS_CONTEXT, layout)[1]:>9} "
            f"{cells[-1] if cells else '?':>7} | {est.memory.kv_cache_bytes / MiB:>7.2f} {logged_kv:>7.2f} "
            f"{one_slot:>7.2f} | {est.memory.ram_bytes / MiB:>8.0f} {rss / MiB:>8.0f} {err / MiB:>+6.0f} MiB "
            f"{'yes' if ok else 'NO':>3}",
            flush=True,
        )
    with LlamaServer(path, ctx_size=4096, extra_args=["-nkvo"], start_timeout_s=300) as server:
        read = read_process(server.pid)
    ok = read.kv_offload is False and read.kv_layout().offload is False
    failures += not ok
    print(f"{'-nkvo read from the process':<32} {4096:>6} | kv_offload = {read.kv_offload} {'yes' if ok else 'NO':>3}")
    path.unlink()
    return failures


def generate(base_url: str, prompt: str) -> dict:
    """One completion of GENERATE_TOKENS tokens; llama-server's own timings."""
    body = json.dumps({"prompt": prompt, "n_predict": GENERATE_TOKENS, "temperature": 0, "cache_prompt": False})
    req = urllib.request.Request(
        base_url + "/completion", data=body.encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=600) as resp:
        return json.loads(resp.read())["timings"]


def decode_speeds(server: LlamaServer, runs: int = 3) -> tuple[float, float]:
    """Best decode tokens/s over `runs` short-prompt completions: by wall clock (the server's timings) and by the
    server's CPU time (tokens / (CPU seconds / threads)), which other programs on a shared machine disturb less."""
    proc = psutil.Process(server.pid)
    wall, cpu = 0.0, 0.0
    for _ in range(runs):
        before = sum(proc.cpu_times()[:2])
        t = generate(server.base_url, "hola")
        used = sum(proc.cpu_times()[:2]) - before
        wall = max(wall, float(t["predicted_per_second"]))
        cpu = max(cpu, t["predicted_n"] / max(used / server.threads, 1e-9))
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the smallest shape")
    parser.add_argument("--extras", action="store_true", help="only checkpoints, a draft model and --cpu-moe")
    parser.add_argument("--batching", action="store_true", help="only the -fa off and -ub/-b rows")
    parser.add_argument("--slots", action="store_true", help="only llama-server's slots, --swa-full and -nkvo")
    parser.add_argument(
        "--arch", action="append", metavar="TEXT", help="only the architecture rows whose label contains TEXT"
    )
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the server and delete the files on kill
    profile = detect()
    print(
        f"machine: {profile.cpu.brand}, {profile.cpu.physical_cores} cores, "
        f"RAM {profile.ram.total_bytes / 2**30:.1f} GiB, {profile.ram.bandwidth_gbps} GB/s measured; no GPU\n"
    )
    header = (
        f"{'model':<28} {'file MiB':>8} {'ctx':>6} | {'pred MiB':>8} {'RSS load':>8} {'RSS gen':>8} "
        f"{'error':>12} {'ok':>3} | {'pred t/s':>8} {'wall t/s':>8} {'cpu t/s':>8} {'err':>6} | "
        f"{'pred pp':>7} {'pp t/s':>7} {'err':>6}"
    )
    if not (args.arch or args.extras or args.batching or args.slots):
        print(header)
        print("-" * len(header))
    failures = 0
    shapes = SHAPES[:1] if args.quick else SHAPES
    with tempfile.TemporaryDirectory(prefix="bench-sizing-") as tmp:
        if args.arch:
            failures = bench_architectures(profile, tmp, args.arch)
            print(f"\n{'all rows within 10 % or 150 MiB' if not failures else f'{failures} row(s) off target'}")
            return 1 if failures else 0
        if args.slots:
            failures = bench_slots(profile, tmp)
            print(f"\n{'all rows within 10 % or 150 MiB' if not failures else f'{failures} row(s) off target'}")
            return 1 if failures else 0
        if args.batching:
            failures = bench_batching(profile, tmp)
            print(f"\n{'all rows within 10 % or 150 MiB' if not failures else f'{failures} row(s) off target'}")
            return 1 if failures else 0
        if args.extras:
            failures = bench_extras(profile, tmp)
            print(f"\n{'all rows within 10 % or 150 MiB' if not failures else f'{failures} row(s) off target'}")
            return 1 if failures else 0
        for shape in shapes:
            path = write_llama_gguf(Path(tmp) / "model.gguf", n_ctx_train=32768, **shape.kwargs)
            spec = spec_from_gguf(read_gguf(path))
            for ctx in CONTEXTS:
                est = estimate(spec, profile, context=ctx)
                with LlamaServer(path, ctx_size=ctx, start_timeout_s=300) as server:
                    time.sleep(0.5)
                    rss_load = server.rss_bytes()
                    prompt = PROMPT if ctx >= 1024 else SHORT_PROMPT  # a prompt that fills a micro-batch
                    first = generate(server.base_url, prompt)  # uses the compute buffer
                    rss_gen = server.rss_bytes()
                    pp = max(
                        float(first["prompt_per_second"]), float(generate(server.base_url, prompt)["prompt_per_second"])
                    )
                    tps, tps_cpu = decode_speeds(server)
                predicted = est.memory.ram_bytes
                err = predicted - rss_gen
                ok = abs(err) <= max(0.10 * rss_gen, 150 * MiB)
                failures += not ok
                tps_pred = est.tokens_per_second or 0.0
                print(
                    f"{shape.label:<28} {path.stat().st_size / MiB:>8.0f} {ctx:>6} | {predicted / MiB:>8.0f} "
                    f"{rss_load / MiB:>8.0f} {rss_gen / MiB:>8.0f} {err / MiB:>+7.0f} MiB"
                    f"{'' if ok else '!':>1} {'yes' if ok else 'NO':>3} | {tps_pred:>8.1f} {tps:>8.1f} "
                    f"{tps_cpu:>8.1f} {(tps_pred - tps_cpu) / tps_cpu:>+6.0%} | "
                    f"{est.prompt_tokens_per_second or 0:>7.0f} {pp:>7.0f} "
                    f"{((est.prompt_tokens_per_second or 0) - pp) / pp:>+6.0%}",
                    flush=True,
                )
            path.unlink()
        failures += bench_architectures(profile, tmp)
        failures += bench_extras(profile, tmp)
        failures += bench_batching(profile, tmp)
        failures += bench_slots(profile, tmp)
    print(f"\n{'all rows within 10 % or 150 MiB' if not failures else f'{failures} row(s) outside the target'}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
