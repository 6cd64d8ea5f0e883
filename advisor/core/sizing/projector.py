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
Qwen2.5-VL and Qwen3-VL 46 × 46 (8464 patches with 2 × 2 merging: 1288-pixel images with 14-pixel patches, 1472
with Qwen3-VL's 16), Pixtral 16 × 16 (its `spatial_merge_size`, 1 by default: Pixtral 12B 256 patches, Mistral
Small 3.x 1024). Their graphs differ (tools/mtmd/models/qwen2vl.cpp, qwen3vl.cpp, pixtral.cpp), measured against the
buffer llama-server logs on generated files:

* Qwen2-VL: `4·P·(max(n_ff + 3·n_embd, 5·n_embd) + 5·patch²)` (the image and its patch convolutions beside the
  tower): never below, 0-54 MiB above (267 MiB logged for Qwen2-VL's tower, 321 predicted);
* Qwen2.5-VL adds window attention's P × P mask, f32 and its f16 copy (`6·P²` bytes: 410 MiB at the warm-up),
  and its other tensors fit in the hole the f32 mask leaves unless the gated feed-forward (2·n_ff) is wider than
  P: `6·P² + 4·P·(5·n_embd + (2·n_ff if 2·n_ff > P))`, never below, 2-22 MiB above (Qwen2.5-VL's tower: 594 MiB
  logged, 617 predicted);
* Qwen3-VL (fused q/k/v, learned position embeddings): the tower's `max(n_ff + 3·n_embd, 6.5·n_embd)` f32 a patch
  (exact without deepstack), and each deepstack layer's output held until its merger runs at the graph's end
  (`+ n_embd` each); or that end, where the mergers' outputs (`u` = text width / 4 a patch) are concatenated,
  `2.5·(1 + deepstack)·u`; + 16 bytes. With the deepstack layers before the last block, as every Qwen3-VL has
  them: never below, 2.6 % above at Qwen3-VL 2B's tower (322 MiB logged), 3.5 % at 8B's (350), 8.7 % at 32B's
  (380), up to 15 % (8 MiB) on narrow test towers with one deepstack layer (n_embd 256-1152, n_ff 512-4304, text
  width 64-5120); a deepstack merger on the last block, which no release has, can go above it;
* Pixtral (2-D RoPE, a SiLU-gated feed-forward, Mistral Small's 2 × 2 patch merger): `4·P·max(3·n_ff + 4·n_embd
  + 3·patch², 3.5·u)` with `u` = text width / merge²: 1.2-2.6 % above at the real tower (n_embd 1024, n_ff 4096:
  64.6 MiB logged for Mistral Small 3.1, 16.6 for Pixtral 12B), up to 6 MiB above on narrow test towers.

With `-fa off` each also holds the attention matrix, `4·P²·heads` bytes (1093 MiB for 4 heads at 8464 patches):
Qwen2.5-VL beside its flash-attention buffer (the window mask stays alive), the others at an attention-block peak
of the matrix and `6·n_embd` f32 a patch (`7.5·n_embd` for Qwen3-VL's fused q/k/v) when that is larger (Gemma 3 at
448 pixels: 91.00 MiB logged and predicted; Qwen2-VL 1137 logged, 1143 predicted; Qwen3-VL 1151, 1155; Mistral
Small 3.1's tower 86.3, 88.0). The estimate assumes flash attention (the server's `auto`) unless told `-fa off`
(`llm-advisor estimate --flash-attn off`).

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
_N_BATCH = 2048  # llama-server's default --batch-size: the embedding is decoded in batches of this many tokens
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
    projection_dim: int = 0  # the text model's width the merged tokens are projected into (0: not read)
    merge: int = 1  # patches merged per side into one token
    deepstack: int = 0  # Qwen3-VL's deepstack layers (each adds a merger whose output joins the image's embedding)


MAX_PATCHES_PER_SIDE = 64  # Gemma 3: 896 / 14 = 64; a header beyond it is not taken at its word (the default)
GEMMA3_PROJECTOR = ProjectorShape(patches=(896 // 14) ** 2, n_embd=1152, n_ff=4304, pixels=896 * 896)
# projector type → (graph kind, merged tokens per side of the warm-up image, default merge), clip.cpp load_hparams
_TOKEN_BUDGET_TYPES: dict[str, tuple[str, int, int]] = {
    "qwen2vl_merger": ("qwen2vl", 46, 2),
    "qwen2.5vl_merger": ("qwen25vl", 46, 2),
    "qwen3vl_merger": ("qwen3vl", 46, 2),
    "pixtral": ("pixtral", 16, 1),
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
        flags = metadata.get("clip.vision.is_deepstack_layers")
        deepstack = sum(1 for f in flags if f is True) if isinstance(flags, list) else 0
        projection = min(num("clip.vision.projection_dim"), 1 << 16)
        return ProjectorShape(
            side * side, n_embd, n_ff, (side * patch) ** 2, graph, n_head, patch, projection, merge, deepstack
        )
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
    elif s.kind == "qwen3vl":
        # the tower, with each deepstack layer's output held until its merger runs at the graph's end; or that end,
        # where the mergers' outputs are concatenated (`u` = projected width per patch)
        u = s.projection_dim // (s.merge * s.merge)
        tower = max(ff + 3 * e, 13 * e // 2) + s.deepstack * e
        buffer = 4 * p * (max(tower, 5 * (1 + s.deepstack) * u // 2) + 4)
    elif s.kind == "pixtral":
        # the gated feed-forward beside the residual stream and the patch convolution's columns; or the projection
        # into the text model's width with the [IMG_BREAK] rows concatenated
        u = s.projection_dim // (s.merge * s.merge)
        buffer = 4 * p * max(max(3 * ff + 4 * e, 6 * e) + 3 * s.patch_size**2, 7 * u // 2)
    elif s.kind == "qwen2vl":
        buffer = 4 * p * (max(ff + 3 * e, 5 * e) + 5 * s.patch_size**2)
    else:
        buffer = 4 * p * max(ff + 3 * e, 5 * e)
    if flash_attention:
        return buffer
    # without flash attention the attention matrix (patches² × heads, f32) and the block's own tensors: the peak
    # moves there, except in Qwen2.5-VL, whose window mask stays alive beside the matrix
    matrix = 4 * p * p * s.n_head
    if s.kind == "qwen25vl":
        return buffer + matrix
    beside = 15 * e // 2 if s.kind == "qwen3vl" else 6 * e  # Qwen3-VL's fused q/k/v stays alive whole
    return max(buffer, matrix + 4 * p * beside)


def projector_compute_bytes(shape: ProjectorShape | None = None, *, flash_attention: bool = True) -> int:
    """The projector's compute buffer for one image and the F16 copy of its widest activation (its device): the
    feed-forward's, or without flash attention in a Pixtral tower the attention matrix's (measured: the process
    grows by 9 MiB more than the buffer for a 16 MiB matrix). A SigLIP tower (Gemma 3) makes no such copy of its
    matrix: at 4,096 patches and 16 heads its process grew by 1,294 MiB with `-fa off`, the 1,132 MiB buffer and
    the rest as with flash attention, where counting the copy predicted 1,766."""
    s = shape or GEMMA3_PROJECTOR
    matrix_copied = not flash_attention and s.kind == "pixtral"
    widest = max(s.n_ff, s.patches * s.n_head) if matrix_copied else s.n_ff
    return projector_buffer_bytes(s, flash_attention=flash_attention) + 2 * s.patches * widest


def projector_host_bytes(shape: ProjectorShape | None = None) -> int:
    """Host RAM for one image (of the warm-up size) being decoded, resized and normalised before it is encoded, and
    its embedding handed to the text model: mtmd's output (`tokens × n_mmproj_embd` f32, the text width times
    1 + the deepstack layers: mtmd.cpp `embd_output`) and the server's copy of it into its batch (up to n_batch
    tokens), where the header says the text width (measured: a Qwen3-VL 2B tower beside a 2048-wide text model
    grows the process by 99 MiB more than the pixels' share)."""
    s = shape or GEMMA3_PROJECTOR
    tokens = s.patches // (s.merge * s.merge)
    embeddings = 4 * s.projection_dim * (1 + s.deepstack) * (tokens + min(tokens, _N_BATCH))
    return _HOST_BYTES_PER_PIXEL * s.pixels + _HOST_FIXED_BYTES + embeddings
