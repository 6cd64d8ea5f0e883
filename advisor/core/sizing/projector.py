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

Its header says `P` (`clip.vision.image_size` / `patch_size`, squared) and the widths. Without a header (a projector
only known by its size, as in the catalogue) the figures are Gemma 3's (896-pixel images of 14-pixel patches, a
SigLIP tower 1152 wide with a 4304 feed-forward): ~155 MiB on the device and ~45 MiB of host RAM, more than the
LLaVA-1.5 projectors need and about what most others do. Projectors that size their warm-up image by a token budget
(Qwen2-VL and later, Pixtral, …) use those defaults too.
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
    """The vision tower as llama.cpp warms it up: patches of one image, its width, feed-forward and image pixels."""

    patches: int
    n_embd: int
    n_ff: int
    pixels: int


MAX_PATCHES_PER_SIDE = 64  # Gemma 3: 896 / 14 = 64; a header beyond it is not taken at its word (the default)
GEMMA3_PROJECTOR = ProjectorShape(patches=(896 // 14) ** 2, n_embd=1152, n_ff=4304, pixels=896 * 896)


def projector_shape(metadata: Mapping[str, object]) -> ProjectorShape | None:
    """The warm-up shape from an mmproj GGUF's header (None: not a fixed-size vision projector it knows)."""

    def num(key: str) -> int:
        value = metadata.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 1 << 20 else 0

    kind = metadata.get("clip.projector_type") or metadata.get("clip.vision.projector_type")
    image, patch = num("clip.vision.image_size"), num("clip.vision.patch_size")
    n_embd, n_ff = num("clip.vision.embedding_length"), num("clip.vision.feed_forward_length")
    if kind not in _FIXED_SIZE_TYPES or not (image and patch and n_embd and n_ff) or image > 8192:
        return None
    # a real vision tower: at least one patch, at most 64×64 of them, widths of a transformer that fits a file
    if patch > image or image // patch > MAX_PATCHES_PER_SIDE or n_embd > 1 << 14 or n_ff > 1 << 16:
        return None
    return ProjectorShape(patches=(image // patch) ** 2, n_embd=n_embd, n_ff=n_ff, pixels=image * image)


def projector_compute_bytes(shape: ProjectorShape | None = None) -> int:
    """The projector's compute buffer for one image and the F16 copy of its widest activation (its device)."""
    s = shape or GEMMA3_PROJECTOR
    return 4 * s.patches * max(s.n_ff + 3 * s.n_embd, 5 * s.n_embd) + 2 * s.patches * s.n_ff


def projector_host_bytes(shape: ProjectorShape | None = None) -> int:
    """Host RAM for one image being decoded, resized and normalised before the projector encodes it."""
    s = shape or GEMMA3_PROJECTOR
    return _HOST_BYTES_PER_PIXEL * s.pixels + _HOST_FIXED_BYTES
