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

from tests.support.gguf_factory import add_metadata

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
    qtype = {"F16": gguf.GGMLQuantizationType.F16, "F32": gguf.GGMLQuantizationType.F32}[tensor_type]
    n_patches = (image_size // patch_size) ** 2
    tensors: list[tuple[str, tuple[int, ...]]] = [
        ("v.patch_embd.weight", (patch_size, patch_size, 3, n_embd)),
        ("v.patch_embd.bias", (n_embd,)),
        ("v.position_embd.weight", (n_embd, n_patches)),
    ]
    for i in range(n_layer):
        b = f"v.blk.{i}"
        for t in ("attn_q", "attn_k", "attn_v", "attn_out"):
            tensors += [(f"{b}.{t}.weight", (n_embd, n_embd)), (f"{b}.{t}.bias", (n_embd,))]
        for t in ("ln1", "ln2"):
            tensors += [(f"{b}.{t}.weight", (n_embd,)), (f"{b}.{t}.bias", (n_embd,))]
        tensors += [
            (f"{b}.ffn_up.weight", (n_embd, n_ff)),
            (f"{b}.ffn_up.bias", (n_ff,)),
            (f"{b}.ffn_down.weight", (n_ff, n_embd)),
            (f"{b}.ffn_down.bias", (n_embd,)),
        ]
    tensors += [
        ("v.post_ln.weight", (n_embd,)),
        ("v.post_ln.bias", (n_embd,)),
        ("mm.soft_emb_norm.weight", (n_embd,)),
        ("mm.input_projection.weight", (projection_dim, n_embd)),
    ]
    path = Path(path)
    rng = np.random.default_rng(seed)
    writer = gguf.GGUFWriter(path, "clip")
    writer.add_name("tiny-test-mmproj")
    writer.add_file_type(int(gguf.LlamaFileType.MOSTLY_F16 if tensor_type == "F16" else gguf.LlamaFileType.ALL_F32))
    add_metadata(
        writer,
        "clip",
        {
            "has_vision_encoder": True,
            "projector_type": "gemma3",
            "use_gelu": True,
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
            "vision.projector.scale_factor": n_merge,
        },
    )
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
