"""Write a vision projector (mmproj GGUF) with random weights that llama.cpp's `--mmproj` loads.

The layout is Gemma 3's (`clip.projector_type` "gemma3"): a SigLIP vision tower (`v.*` tensors: a patch
embedding, learned position embeddings, `n_layer` pre-norm transformer blocks with biases, a post-norm), then an
average pool of `n_merge`² patches and a projection into the text model's width (`mm.*` tensors). Names, shapes
and keys are those llama.cpp's tools/mtmd/clip.cpp reads (`load_hparams`, `load_tensors`; shapes in ggml order,
ne0 first). The text model loaded beside it must be `projection_dim` wide.

The compute buffer llama-server reserves for one image does not depend on the number of blocks (the allocator
reuses each block's memory), so a file with Gemma 3's real width and image size but only a block or two has the
real projector's compute buffer at a fraction of its weights.
"""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np

from tests.support.gguf_factory import _attention_tensors, _common, _vocab, add_metadata, write_arch_gguf

_WEIGHT_STD = 0.02


def write_gemma3_mmproj(
    path: str | Path,
    *,
    projection_dim: int,
    n_embd: int = 1152,
    n_ff: int = 4304,
    n_head: int = 16,
    n_layer: int = 2,
    image_size: int = 896,
    patch_size: int = 14,
    n_merge: int = 4,
    tensor_type: str = "F16",
    seed: int = 0,
) -> Path:
    """Write a Gemma-3-layout projector to `path` (defaults: Gemma 3's SigLIP width and 896-pixel images)."""
    if image_size % patch_size or (image_size // patch_size) % n_merge:
        raise ValueError("image_size must divide into patches, and the patches per side by n_merge")
    if tensor_type not in ("F16", "F32"):
        raise ValueError(f"tensor_type must be F16 or F32, got {tensor_type!r}")
    n_patches = (image_size // patch_size) ** 2
    tensors: list[tuple[str, tuple[int, ...]]] = [
        ("v.patch_embd.weight", (patch_size, patch_size, 3, n_embd)),
        ("v.patch_embd.bias", (n_embd,)),
        ("v.position_embd.weight", (n_embd, n_patches)),
    ]
    for i in range(n_layer):
        tensors += _vit_block(f"v.blk.{i}", n_embd, n_ff, gated=False, norm_bias=True)
    tensors += [
        ("v.post_ln.weight", (n_embd,)),
        ("v.post_ln.bias", (n_embd,)),
        ("mm.soft_emb_norm.weight", (n_embd,)),
        ("mm.input_projection.weight", (projection_dim, n_embd)),
    ]
    metadata = {
        "has_vision_encoder": True,
        "projector_type": "gemma3",
        "use_gelu": True,
        **_vision_keys(n_embd, n_ff, n_layer, projection_dim, n_head, image_size, patch_size),
        "vision.projector.scale_factor": n_merge,
    }
    return _write_mmproj(path, metadata, tensors, tensor_type=tensor_type, seed=seed)


def _vision_keys(
    n_embd: int, n_ff: int, n_layer: int, projection_dim: int, n_head: int, image_size: int, patch_size: int
) -> dict[str, object]:
    """The `clip.vision.*` keys every vision tower has (clip.cpp `load_hparams`)."""
    return {
        "vision.embedding_length": n_embd,
        "vision.feed_forward_length": n_ff,
        "vision.block_count": n_layer,
        "vision.projection_dim": projection_dim,
        "vision.attention.head_count": n_head,
        "vision.attention.layer_norm_epsilon": 1e-6,
        "vision.image_size": image_size,
        "vision.patch_size": patch_size,
        "vision.image_mean": [0.5, 0.5, 0.5],
        "vision.image_std": [0.5, 0.5, 0.5],
    }


def _write_mmproj(
    path: str | Path,
    metadata: dict[str, object],
    tensors: list[tuple[str, tuple[int, ...]]],
    *,
    tensor_type: str,
    seed: int,
) -> Path:
    """An mmproj GGUF (architecture `clip`) with `metadata` (keys get `clip.`) and random `tensors` (ggml order)."""
    qtype = {"F16": gguf.GGMLQuantizationType.F16, "F32": gguf.GGMLQuantizationType.F32}[tensor_type]
    path = Path(path)
    rng = np.random.default_rng(seed)
    writer = gguf.GGUFWriter(path, "clip")
    writer.add_name("tiny-test-mmproj")
    writer.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16 if tensor_type == "F16" else gguf.LlamaFileType.ALL_F32))
    add_metadata(writer, "clip", metadata)
    for name, ne in tensors:
        shape = tuple(reversed(ne))
        if name.endswith(".bias"):
            data = np.zeros(shape, dtype=np.float32)
        elif len(ne) == 1:
            data = np.ones(shape, dtype=np.float32)
        else:
            data = rng.standard_normal(shape, dtype=np.float32) * np.float32(_WEIGHT_STD)
        # norms, biases and the position embeddings (added to F32 activations) stay F32, as llama.cpp writes them
        matrix = len(ne) >= 2 and name != "v.position_embd.weight"
        ttype = qtype if matrix else gguf.GGMLQuantizationType.F32
        writer.add_tensor(name, gguf.quants.quantize(data, ttype), raw_dtype=ttype)
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()
    return path


def write_qwen2vl_mmproj(
    path: str | Path,
    *,
    projection_dim: int,
    version: str = "2.5",
    n_embd: int = 1280,
    n_ff: int | None = None,
    n_head: int = 16,
    n_layer: int = 2,
    patch_size: int = 14,
    n_wa_pattern: int = 8,
    tensor_type: str = "F16",
    seed: int = 0,
) -> Path:
    """Write a Qwen2-VL (`version="2"`, `qwen2vl_merger`) or Qwen2.5-VL (`"2.5"`, `qwen2.5vl_merger`) projector.

    As convert_hf_to_gguf's Qwen2VLVisionModel writes it: the 3-D patch convolution split in two
    (`v.patch_embd.weight` and `.weight.1`), no position embeddings (M-RoPE), blocks with biased q/k/v/out; Qwen2-VL
    has LayerNorms and a GELU feed-forward (default n_ff 4 × n_embd), Qwen2.5-VL RMS norms, a SiLU-gated one (3420)
    and window attention with a full-attention block every `n_wa_pattern`; then the merger (`v.post_ln`, `mm.0` on
    2 × 2 merged patches, `mm.2` into the text model's `projection_dim`). Its warm-up image is not `image_size`
    (560, written as the converter does) but 46 × 46 merged tokens: 1288 pixels square (clip.cpp `load_hparams`).
    """
    if version not in ("2", "2.5"):
        raise ValueError(f"version must be '2' or '2.5', got {version!r}")
    qwen25 = version == "2.5"
    n_ff = n_ff or (3420 if qwen25 else 4 * n_embd)
    tensors: list[tuple[str, tuple[int, ...]]] = [
        ("v.patch_embd.weight", (patch_size, patch_size, 3, n_embd)),
        ("v.patch_embd.weight.1", (patch_size, patch_size, 3, n_embd)),
    ]
    for i in range(n_layer):
        tensors += _vit_block(f"v.blk.{i}", n_embd, n_ff, gated=qwen25, norm_bias=not qwen25)
    tensors += [("v.post_ln.weight", (n_embd,))] + ([] if qwen25 else [("v.post_ln.bias", (n_embd,))])
    tensors += [
        ("mm.0.weight", (4 * n_embd, 4 * n_embd)),
        ("mm.0.bias", (4 * n_embd,)),
        ("mm.2.weight", (4 * n_embd, projection_dim)),
        ("mm.2.bias", (projection_dim,)),
    ]
    metadata: dict[str, object] = {
        "has_vision_encoder": True,
        "projector_type": "qwen2.5vl_merger" if qwen25 else "qwen2vl_merger",
        **_vision_keys(n_embd, n_ff, n_layer, projection_dim, n_head, 560, patch_size),
    }
    if qwen25:
        metadata |= {"use_silu": True, "vision.n_wa_pattern": n_wa_pattern}
    else:
        metadata |= {"use_gelu": True}
    return _write_mmproj(path, metadata, tensors, tensor_type=tensor_type, seed=seed)


def _vit_block(b: str, n_embd: int, n_ff: int, *, gated: bool, norm_bias: bool) -> list[tuple[str, tuple[int, ...]]]:
    """One pre-norm vision transformer block: biased q/k/v/out, two norms, a (gated) feed-forward with biases."""
    tensors: list[tuple[str, tuple[int, ...]]] = []
    for t in ("attn_q", "attn_k", "attn_v", "attn_out"):
        tensors += [(f"{b}.{t}.weight", (n_embd, n_embd)), (f"{b}.{t}.bias", (n_embd,))]
    for t in ("ln1", "ln2"):
        tensors += [(f"{b}.{t}.weight", (n_embd,))] + ([(f"{b}.{t}.bias", (n_embd,))] if norm_bias else [])
    if gated:
        tensors += [(f"{b}.ffn_gate.weight", (n_embd, n_ff)), (f"{b}.ffn_gate.bias", (n_ff,))]
    tensors += [
        (f"{b}.ffn_up.weight", (n_embd, n_ff)),
        (f"{b}.ffn_up.bias", (n_ff,)),
        (f"{b}.ffn_down.weight", (n_ff, n_embd)),
        (f"{b}.ffn_down.bias", (n_embd,)),
    ]
    return tensors


def write_qwen3vl_mmproj(
    path: str | Path,
    *,
    projection_dim: int,
    n_embd: int = 1152,
    n_ff: int = 4304,
    n_head: int = 16,
    n_layer: int = 2,
    deepstack: tuple[int, ...] = (0,),
    patch_size: int = 16,
    n_pos_per_side: int = 48,
    tensor_type: str = "F16",
    seed: int = 0,
) -> Path:
    """Write a Qwen3-VL projector (`qwen3vl_merger`), as convert_hf_to_gguf's Qwen3VLVisionModel writes it.

    The 3-D patch convolution split in two with its bias, learned position embeddings (`n_pos_per_side`² of them,
    interpolated to the image: 2304 in Qwen3-VL), blocks with LayerNorms, a fused biased `attn_qkv` and a GELU
    feed-forward with biases; the merger (`v.post_ln`, `mm.0` on 2 × 2 merged patches, `mm.2` into
    `projection_dim`); and on the blocks named in `deepstack` (Qwen3-VL-8B: 8, 16, 24) a deepstack merger
    (`v.deepstack.N.*`: a norm on the merged patches and two layers into `projection_dim`) whose outputs are
    concatenated to the image's embedding, so the text model loaded beside it must be `projection_dim × (1 +
    len(deepstack))` wide (clip.cpp `clip_n_mmproj_embd`). Its warm-up image is 46 × 46 merged tokens (1472 pixels
    with 16-pixel patches), not `image_size`.
    """
    if any(not 0 <= i < n_layer for i in deepstack):
        raise ValueError("deepstack layers must be blocks of the tower")
    merged = 4 * n_embd
    tensors: list[tuple[str, tuple[int, ...]]] = [
        ("v.patch_embd.weight", (patch_size, patch_size, 3, n_embd)),
        ("v.patch_embd.weight.1", (patch_size, patch_size, 3, n_embd)),
        ("v.patch_embd.bias", (n_embd,)),
        ("v.position_embd.weight", (n_embd, n_pos_per_side * n_pos_per_side)),
    ]
    for i in range(n_layer):
        b = f"v.blk.{i}"
        block = _vit_block(b, n_embd, n_ff, gated=False, norm_bias=True)
        qkv = [(f"{b}.attn_qkv.weight", (n_embd, 3 * n_embd)), (f"{b}.attn_qkv.bias", (3 * n_embd,))]
        tensors += qkv + [t for t in block if not t[0].startswith((f"{b}.attn_q.", f"{b}.attn_k.", f"{b}.attn_v."))]
        if i in deepstack:
            d = f"v.deepstack.{i}"
            tensors += [
                (f"{d}.norm.weight", (merged,)),
                (f"{d}.norm.bias", (merged,)),
                (f"{d}.fc1.weight", (merged, merged)),
                (f"{d}.fc1.bias", (merged,)),
                (f"{d}.fc2.weight", (merged, projection_dim)),
                (f"{d}.fc2.bias", (projection_dim,)),
            ]
    tensors += [
        ("v.post_ln.weight", (n_embd,)),
        ("v.post_ln.bias", (n_embd,)),
        ("mm.0.weight", (merged, merged)),
        ("mm.0.bias", (merged,)),
        ("mm.2.weight", (merged, projection_dim)),
        ("mm.2.bias", (projection_dim,)),
    ]
    metadata: dict[str, object] = {
        "has_vision_encoder": True,
        "projector_type": "qwen3vl_merger",
        "use_gelu": True,
        **_vision_keys(n_embd, n_ff, n_layer, projection_dim, n_head, n_pos_per_side * patch_size, patch_size),
        "vision.spatial_merge_size": 2,
        "vision.is_deepstack_layers": [i in deepstack for i in range(n_layer)],
    }
    return _write_mmproj(path, metadata, tensors, tensor_type=tensor_type, seed=seed)


def write_pixtral_mmproj(
    path: str | Path,
    *,
    projection_dim: int,
    n_embd: int = 1024,
    n_ff: int = 4096,
    n_head: int = 16,
    n_layer: int = 2,
    patch_size: int = 14,
    image_size: int = 1540,
    spatial_merge: int = 2,
    tensor_type: str = "F16",
    seed: int = 0,
) -> Path:
    """Write a Pixtral projector (`pixtral`), as convert_hf_to_gguf's LlavaVisionModel writes it.

    A patch convolution without bias, an RMS pre-norm, blocks with RMS norms, unbiased q/k/v/out (2-D RoPE, no
    position embeddings) and a SiLU-gated feed-forward; with `spatial_merge` 2 Mistral Small 3.1/3.2's patch
    merger (`mm.input_norm`, `mm.patch_merger` on 2 × 2 patches; 1: Pixtral 12B, 16-pixel patches, no merger);
    then the two-layer GELU projection (`mm.1`, `mm.2`) and the [IMG_BREAK] embedding. Defaults: Mistral Small
    3.1's tower. Its warm-up image is 16 × 16 merged tokens (448 pixels here), not `image_size`.
    """
    tensors: list[tuple[str, tuple[int, ...]]] = [
        ("v.patch_embd.weight", (patch_size, patch_size, 3, n_embd)),
        ("v.pre_ln.weight", (n_embd,)),
    ]
    for i in range(n_layer):
        b = f"v.blk.{i}"
        tensors += [t for t in _vit_block(b, n_embd, n_ff, gated=True, norm_bias=False) if not t[0].endswith(".bias")]
    if spatial_merge > 1:
        tensors += [
            ("mm.input_norm.weight", (n_embd,)),
            ("mm.patch_merger.weight", (n_embd * spatial_merge * spatial_merge, n_embd)),
        ]
    tensors += [
        ("mm.1.weight", (n_embd, projection_dim)),
        ("mm.1.bias", (projection_dim,)),
        ("mm.2.weight", (projection_dim, projection_dim)),
        ("mm.2.bias", (projection_dim,)),
        ("v.token_embd.img_break", (projection_dim,)),
    ]
    metadata: dict[str, object] = {
        "has_vision_encoder": True,
        "projector_type": "pixtral",
        "use_silu": True,
        **_vision_keys(n_embd, n_ff, n_layer, projection_dim, n_head, image_size, patch_size),
    }
    if spatial_merge > 1:
        metadata["vision.spatial_merge_size"] = spatial_merge
    return _write_mmproj(path, metadata, tensors, tensor_type=tensor_type, seed=seed)


def write_qwen3vl_text_gguf(
    path: str | Path,
    *,
    n_embd: int,
    n_deepstack: int,
    n_head: int = 2,
    head_dim: int = 64,
    n_ff: int = 256,
    n_ctx_train: int = 32768,
) -> Path:
    """A Qwen3-VL text model (`qwen3vl`, src/models/qwen3vl.cpp) that takes an image's embedding and its
    `n_deepstack` deepstack features (its input is `n_embd × (1 + n_deepstack)` wide, llama_hparams::n_embd_inp),
    with narrow attention (`n_head × head_dim`) so that a real text width (4096) makes a small file. The features
    are added to the first `n_deepstack` layers' outputs, before the last one (which keeps only the output rows).
    """
    n_layer = n_deepstack + 1
    md, tensors = _common(n_embd, n_layer, len(_vocab(None).tokens))
    md.update(
        {
            "context_length": n_ctx_train,
            "feed_forward_length": n_ff,
            "attention.head_count": n_head,
            "attention.head_count_kv": n_head,
            "attention.key_length": head_dim,
            "attention.value_length": head_dim,
            "rope.dimension_count": head_dim,
            "rope.dimension_sections": [head_dim // 8, head_dim * 3 // 16, head_dim * 3 // 16, 0],
            "n_deepstack_layers": n_deepstack,
        }
    )
    for i in range(n_layer):
        b = f"blk.{i}."
        tensors += [
            (b + "attn_norm.weight", (n_embd,)),
            *_attention_tensors(b, n_embd, n_head, n_head, head_dim),
            (b + "attn_q_norm.weight", (head_dim,)),
            (b + "attn_k_norm.weight", (head_dim,)),
            (b + "ffn_norm.weight", (n_embd,)),
            (b + "ffn_gate.weight", (n_embd, n_ff)),
            (b + "ffn_up.weight", (n_embd, n_ff)),
            (b + "ffn_down.weight", (n_ff, n_embd)),
        ]
    return write_arch_gguf(path, "qwen3vl", md, tensors)
