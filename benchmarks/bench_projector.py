"""Predicted vs measured: a vision projector (mmproj) and a q8_0 KV cache with flash attention, on a real llama-server.

Projector rows: a text model in Qwen2.5-0.5B's shape (Q8_0) with a random-weight Gemma-3-layout projector
(tests/support/mmproj_factory.py), the server started with `--mmproj` and asked about one image (an OpenAI
`image_url` data URI); its resident memory (RSS) after the answer against the estimate, and the projector's
compute buffer as llama.cpp logs it. "full depth" has Gemma 3's 27 vision blocks (its real ~800 MiB of weights);
the Qwen rows have Qwen2-VL's and Qwen2.5-VL's real tower widths and are asked about a 1288-pixel image; the
Qwen3-VL row has Qwen3-VL 2B's tower (5 blocks, deepstack on blocks 1-3) beside a Qwen3-VL text model 2048 wide
(1472-pixel image), the Pixtral rows Mistral Small 3.1's and Pixtral 12B's towers beside a 5120-wide text model.
KV rows: the same text model at 16384 tokens with `-fa on -ctk q8_0 -ctv q8_0` and with the F16 default.
Target: memory within 10 % or 150 MiB on every row.

    .venv/bin/python benchmarks/bench_projector.py

Generated files live in a temporary folder that is deleted at the end. Takes ~2–4 minutes on 2 cores.
"""

from __future__ import annotations

import dataclasses
import json
import re
import signal
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware import detect
from advisor.core.sizing import estimate
from advisor.core.sizing.memory import kv_cache_bytes
from advisor.core.sizing.projector import (
    projector_buffer_bytes,
    projector_compute_bytes,
    projector_host_bytes,
    projector_shape,
)
from advisor.core.sizing.shape import complete_shape
from tests.core.sizing.test_projector import IMAGE_MESSAGE, _chat, _image_message, _png
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer
from tests.support.mmproj_factory import (
    write_gemma3_mmproj,
    write_pixtral_mmproj,
    write_qwen2vl_mmproj,
    write_qwen3vl_mmproj,
    write_qwen3vl_text_gguf,
)

MiB = 2**20
TEXT = dict(n_embd=896, n_head=14, n_head_kv=2, n_layer=24, n_ff=4864, n_vocab=151936, tensor_type="Q8_0")
PROJECTORS = (
    ("Gemma 3 projector, 2 blocks", write_gemma3_mmproj, {}),
    ("Gemma 3 projector, full depth", write_gemma3_mmproj, {"n_layer": 27}),
    ("448 px, feed-forward 2048", write_gemma3_mmproj, {"image_size": 448, "n_ff": 2048}),
    # token-budget projectors at their real tower width, asked about an image of their warm-up size (1288 px)
    ("Qwen2.5-VL projector, 2 blocks", write_qwen2vl_mmproj, {"version": "2.5"}),
    ("Qwen2-VL projector, 2 blocks", write_qwen2vl_mmproj, {"version": "2"}),
)
# (label, writer, arguments, text width, deepstack layers, image pixels): projectors beside their own text model
OWN_TEXT = (
    (
        "Qwen3-VL 2B tower, 5 blocks",
        write_qwen3vl_mmproj,
        {"n_embd": 1024, "n_ff": 4096, "n_layer": 5, "deepstack": (1, 2, 3)},
        2048,
        3,
        1472,
    ),
    ("Mistral Small 3.1 tower, 2 blocks", write_pixtral_mmproj, {}, 5120, 0, 448),
    ("Pixtral 12B tower, 2 blocks", write_pixtral_mmproj, {"spatial_merge": 1, "patch_size": 16}, 5120, 0, 256),
)


def _row(label: str, ctx: int, predicted: int, rss: int, pred_buf: float, logged_buf: float) -> bool:
    err = predicted - rss
    ok = abs(err) <= max(0.10 * rss, 150 * MiB)
    print(
        f"{label:<36} {ctx:>6} | {pred_buf:>8.2f} {logged_buf:>8.2f} | {predicted / MiB:>8.0f} {rss / MiB:>8.0f} "
        f"{err / MiB:>+6.0f} MiB {'yes' if ok else 'NO':>3}",
        flush=True,
    )
    return ok


def _ask(base_url: str, content: object) -> None:
    """One chat about the image; these text models may end their answer at once (the image is encoded anyway)."""
    body = json.dumps({"messages": [{"role": "user", "content": content}], "max_tokens": 4}).encode()
    req = urllib.request.Request(
        base_url + "/v1/chat/completions", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=300) as resp:
        assert resp.status == 200


def _measure(label: str, ctx: int, text: Path, mmproj: Path, profile, image: object) -> bool:
    shape = projector_shape(read_gguf(mmproj).metadata)
    vision = dataclasses.replace(
        spec_from_gguf(read_gguf(text)),
        projector_bytes=mmproj.stat().st_size,
        projector_compute_bytes=projector_compute_bytes(shape),
        projector_host_bytes=projector_host_bytes(shape),
    )
    with LlamaServer(text, ctx_size=ctx, extra_args=["-v", "--mmproj", str(mmproj)], start_timeout_s=300) as server:
        _ask(server.base_url, image)
        rss = server.rss_bytes()
        log = server.log_text()
    assert shape is not None
    logged = re.findall(r"reserve_compute_meta:\s+CPU compute buffer size =\s+([\d.]+) MiB", log)
    predicted = estimate(vision, profile, context=ctx).memory.ram_bytes
    buffer = projector_buffer_bytes(shape) / MiB
    return _row(label, ctx, predicted, rss, buffer, float(logged[-1]) if logged else 0.0)


def main() -> int:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the server and delete the files on kill
    profile = detect()
    print(f"machine: {profile.cpu.brand}, RAM {profile.ram.total_bytes / 2**30:.1f} GiB; no GPU\n")
    header = (
        f"{'row':<36} {'ctx':>6} | {'buf pred':>8} {'logged':>8} | {'pred MiB':>8} {'RSS MiB':>8} {'error':>10} "
        f"{'ok':>3}"
    )
    print(header + "\n" + "-" * len(header))
    print("(projector rows: buf = its compute buffer for one image; KV rows: buf = the KV cache)")
    failures = 0
    ctx = 4096
    with tempfile.TemporaryDirectory(prefix="bench-projector-") as tmp:
        text = write_llama_gguf(Path(tmp) / "m.gguf", n_ctx_train=32768, **TEXT)
        spec = spec_from_gguf(read_gguf(text))
        for label, write, kwargs in PROJECTORS:
            mmproj = write(Path(tmp) / "mm.gguf", projection_dim=TEXT["n_embd"], **kwargs)
            shape = projector_shape(read_gguf(mmproj).metadata)
            vision = dataclasses.replace(
                spec,
                projector_bytes=mmproj.stat().st_size,
                projector_compute_bytes=projector_compute_bytes(shape),
                projector_host_bytes=projector_host_bytes(shape),
            )
            args = ["-v", "--mmproj", str(mmproj)]
            with LlamaServer(text, ctx_size=ctx, extra_args=args, start_timeout_s=300) as server:
                _chat(
                    server.base_url, IMAGE_MESSAGE if write is write_gemma3_mmproj else _image_message(_png(1288, 1288))
                )
                rss = server.rss_bytes()
                log = server.log_text()
            assert shape is not None
            logged = re.findall(r"reserve_compute_meta:\s+CPU compute buffer size =\s+([\d.]+) MiB", log)
            buffer = projector_buffer_bytes(shape) / MiB
            predicted = estimate(vision, profile, context=ctx).memory.ram_bytes
            failures += not _row(label, ctx, predicted, rss, buffer, float(logged[-1]) if logged else 0.0)
            mmproj.unlink()
        for label, write, kwargs, width, deepstack, pixels in OWN_TEXT:
            own = write_qwen3vl_text_gguf(Path(tmp) / "t.gguf", n_embd=width, n_deepstack=deepstack)
            mmproj = write(Path(tmp) / "mm.gguf", projection_dim=width, **kwargs)
            failures += not _measure(label, ctx, own, mmproj, profile, _image_message(_png(pixels, pixels)))
            mmproj.unlink()
        ctx = 16384
        for kv_type in ("q8_0", "f16"):
            args = ["-v", "-fa", "on", "-ctk", kv_type, "-ctv", kv_type]
            with LlamaServer(text, ctx_size=ctx, extra_args=args, start_timeout_s=300) as server:
                _chat(server.base_url, "hola modelo local servidor texto resumen datos prueba " * 12)
                rss = server.rss_bytes()
                log = server.log_text()
            logged = re.findall(r"CPU\s+KV buffer size =\s+([\d.]+) MiB", log)
            kv = kv_cache_bytes(spec, complete_shape(spec), ctx, kv_type) / MiB
            predicted = estimate(spec, profile, context=ctx, kv_type=kv_type).memory.ram_bytes
            label = f"Qwen2.5-0.5B shape, KV {kv_type}, -fa on"
            failures += not _row(label, ctx, predicted, rss, kv, float(logged[-1]) if logged else 0.0)
    print(f"\n{'all rows within 10 % or 150 MiB' if not failures else f'{failures} row(s) outside the target'}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
