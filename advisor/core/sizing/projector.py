"""What a vision projector (mmproj GGUF) adds beside its weights, as llama.cpp's tools/mtmd/clip.cpp allocates it.

At load, llama-server reserves the projector's compute buffer for one image of its warm-up size (`warmup`, which
`--no-warmup` skips; flash attention is on unless `-fa off`, so no patches² attention matrix), on the device that
holds the projector's weights (the first GPU unless `--no-mmproj-offload`, else the CPU). It is first touched when an
image is encoded, and then stays. Measured against the real server on generated Gemma-3-layout projectors
(tests/core/sizing/test_projector.py), for `P` patches of a vision tower `n_embd` wide with a feed-forward `n_ff`:

* the compute buffer is `4·P·max(n_ff + 3·n_embd, 5·n_embd)` bytes (the feed-forward's hidden activations beside
  the residual stream, or five residual-sized tensors when the feed-forward is narrow), exactly as logged;
* the backend converts the widest activation (the feed-forward's, `P·n_ff`) to F16 for the F16 weights: `2·P·n_ff`
  more on the same device (the CPU's work buffer; a GPU's pool);
* the image itself is decoded, resized and normalised in host RAM: about 54 bytes per pixel of the image
  (`image_size`²) and ~3 MiB, whatever device encodes it.

Projectors that size their image by a token budget warm up with a fixed number of merged tokens instead
(clip.cpp `load_hparams`: `set_warmup_n_tokens`, `warmup_image_size = tokens per side × patch × merge`): Qwen2-VL,
Qwen2.5-VL and Qwen3-VL 46 × 46 (1288-pixel images, 8464 patches with patch 14 and 2 × 2 merging), Pixtral
16 × 16 (its `spatial_merge_size`, 1 by default). Their graphs differ (tools/mtmd/models/qwen2vl.cpp,
qwen3vl.cpp, pixtral.cpp), measured against the buffer llama-server logs on generated files (n_embd 256/640/1280,
n_ff 512-5120):

* Qwen2-VL: `4·P·(max(n_ff + 3·n_embd, 5·n_embd) + 5·patch²)` (the image and its patch convolutions beside the
  tower): never below, 0-54 MiB above (267 MiB logged for Qwen2-VL's tower, 321 predicted); Qwen3-VL, and
  Pixtral with its gated feed-forward (2 × n_ff), are taken alike (not measured);
* Qwen2.5-VL adds window attention's P × P mask, f32 and its f16 copy (`6·P²` bytes: 410 MiB at the warm-up),
  and its other tensors fit in the hole the f32 mask leaves unless the gated feed-forward (2·n_ff) is wider than
  P: `6·P² + 4·P·(5·n_embd + (2·n_ff if 2·n_ff > P))`, never below, 2-22 MiB above (Qwen2.5-VL's tower: 594 MiB
  logged, 617 predicted).

With `-fa off` every one also holds the attention matrix, `4·P²·heads` bytes (measured exact beside the
flash-attention buffer: 1093 MiB for 4 heads at 8464 patches); the estimate assumes flash attention (the server's
`auto`), as it is not told the server's flags.

Without a header (a projector only known by its size, as in the catalogue) the figures are Gemma 3's (896-pixel
images of 14-pixel patches, a SigLIP tower 1152 wide with a 4304 feed-forward): ~155 MiB on the device and ~45 MiB
of host RAM, more than the LLaVA-1.5 projectors need and about what most others do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MiB = 1 << 20
_HOST_BYTES_PER_PIXEL = 54
_HOST_FIXED_BYTES = 3 * MiB
# projectors whose warm-up image is `clip.vision.image_size` square and whose vision tower is the plain ViT above
_FIXED_SIZE_TYPES = frozenset({"gemma3", "mlp", "mlp_norm", "ldp", "ldpv2"})  # Gemma 3, the LLaVA family


@dataclass(frozen=True)
class ProjectorShape:
    """The vision tower as llama.cpp warms it up: patches of one image, its width, feed-forward and image pixels,
    and the graph's layout (`kind`: "vit" for Gemma 3 and LLaVA, else the token-budget family), its heads and
    patch size."""

    patches: int
    n_embd: int
    n_ff: int
    pixels: int
    kind: str = "vit"
    n_head: int = 16
    patch_size: int = 14


MAX_PATCHES_PER_SIDE = 64  # Gemma 3: 896 / 14 = 64; a header beyond it is not taken at its word (the default)
GEMMA3_PROJECTOR = ProjectorShape(patches=(896 // 14) ** 2, n_embd=1152, n_ff=4304, pixels=896 * 896)
# projector type → (graph kind, merged tokens per side of the warm-up image, default merge), clip.cpp load_hparams
_TOKEN_BUDGET_TYPES: dict[str, tuple[str, int, int]] = {
    "qwen2vl_merger": ("qwen2vl", 46, 2),
    "qwen2.5vl_merger": ("qwen25vl", 46, 2),
    "qwen3vl_merger": ("qwen2vl", 46, 2),
    "pixtral": ("gated", 16, 1),
}


def projector_shape(metadata: Mapping[str, object]) -> ProjectorShape | None:
    """The warm-up shape from an mmproj GGUF's header (None: not a vision projector it knows)."""

    def num(key: str) -> int:
        value = metadata.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 1 << 20 else 0

    kind = metadata.get("clip.vision.projector_type") or metadata.get("clip.projector_type")
    image, patch = num("clip.vision.image_size"), num("clip.vision.patch_size")
    n_embd, n_ff = num("clip.vision.embedding_length"), num("clip.vision.feed_forward_length")
    n_head = num("clip.vision.attention.head_count") or 16
    if not (patch and n_embd and n_ff) or n_embd > 1 << 14 or n_ff > 1 << 16 or patch > 64:
        return None
    budget = _TOKEN_BUDGET_TYPES.get(kind) if isinstance(kind, str) else None
    if budget is not None:
        graph, side_tokens, merge = budget
        merge = min(num("clip.vision.spatial_merge_size") or merge, 8)
        side = side_tokens * merge  # patches per side
        return ProjectorShape(side * side, n_embd, n_ff, (side * patch) ** 2, graph, n_head, patch)
    if kind not in _FIXED_SIZE_TYPES or not image or image > 8192:
        return None
    # a real vision tower: at least one patch, at most 64×64 of them, widths of a transformer that fits a file
    if patch > image or image // patch > MAX_PATCHES_PER_SIDE:
        return None
    return ProjectorShape((image // patch) ** 2, n_embd, n_ff, image * image, "vit", n_head, patch)


def projector_buffer_bytes(shape: ProjectorShape | None = None, *, flash_attention: bool = True) -> int:
    """The compute buffer clip.cpp reserves for the warm-up image (what llama-server logs), see the docstring."""
    s = shape or GEMMA3_PROJECTOR
    p, e, ff = s.patches, s.n_embd, s.n_ff
    if s.kind == "qwen25vl":
        hidden = 2 * ff if 2 * ff > p else 0  # the gated feed-forward, unless it fits where the f32 mask was
        buffer = 6 * p * p + 4 * p * (5 * e + hidden)
    elif s.kind in ("qwen2vl", "gated"):
        width = 2 * ff if s.kind == "gated" else ff
        buffer = 4 * p * (max(width + 3 * e, 5 * e) + 5 * s.patch_size**2)
    else:
        buffer = 4 * p * max(ff + 3 * e, 5 * e)
    return buffer + (0 if flash_attention else 4 * p * p * s.n_head)


def projector_compute_bytes(shape: ProjectorShape | None = None, *, flash_attention: bool = True) -> int:
    """The projector's compute buffer for one image and the F16 copy of its widest activation (its device)."""
    s = shape or GEMMA3_PROJECTOR
    return projector_buffer_bytes(s, flash_attention=flash_attention) + 2 * s.patches * s.n_ff


def projector_host_bytes(shape: ProjectorShape | None = None) -> int:
    """Host RAM for one image (of the warm-up size) being decoded, resized and normalised before it is encoded."""
    s = shape or GEMMA3_PROJECTOR
    return _HOST_BYTES_PER_PIXEL * s.pixels + _HOST_FIXED_BYTES
