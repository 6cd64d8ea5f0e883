"""Which `.gguf` files are models: vision projectors, importance matrices and LoRA adapters sit beside models in
repos and in LM Studio's folder but cannot be loaded as one. One rule, used by the catalogue and the local scan.

By name: `mmproj` anywhere in the name (`mmproj-model-f16.gguf`, `llava-v1.5-7b-mmproj-model-f16.gguf`); imatrix
files (`*.imatrix`, `imatrix*.dat`, and `*imatrix*.gguf` that name no quant: `Model-Q4_K_M-imatrix.gguf` is a
model quantised with one); LoRA adapters (`lora` or `adapter` as a word: `ggml-adapter-model.gguf`,
`Llama-3-8B-LoRA-F16.gguf`, but not a `...-lora-merged-...` model). By header, where one is read: `general.type`
other than "model" (llama.cpp writes "adapter" and "mmproj"), or the `clip` architecture of older projectors.
Draft models are models: only a header that says otherwise leaves one out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from posixpath import basename

PROJECTOR = "projector"
IMATRIX = "imatrix"
ADAPTER = "adapter"

_WORD = r"(?<![a-z0-9]){}(?![a-z0-9])"
_ADAPTER = re.compile(_WORD.format("(?:lora|adapter|adapters)"))
_MERGED = re.compile(_WORD.format("merged?"))
# a quant in the name (Q4_K_M, IQ3_XS, Q8_0, F16, BF16...): then "imatrix" says how it was quantised
_QUANT_HINT = re.compile(r"(?<![a-z0-9])(?:i?q[1-8](?:_[a-z0-9]+)*|tq[12]_0|b?f16|fp16|f32|mxfp4)(?![a-z0-9])")


def non_model_kind(path: str) -> str | None:
    """What a file is when its name says it is not a model ("projector", "imatrix", "adapter"); None for a model."""
    name = basename(path.replace("\\", "/")).lower()
    if "mmproj" in name:
        return PROJECTOR
    if name.endswith(".imatrix") or (name.startswith("imatrix") and name.endswith(".dat")):
        return IMATRIX
    if "imatrix" in name and ".gguf" in name and not _QUANT_HINT.search(name):
        return IMATRIX
    if _ADAPTER.search(name) and not _MERGED.search(name):
        return ADAPTER
    return None


def is_model_name(path: str) -> bool:
    """A file whose name does not say it is a projector, an imatrix or an adapter."""
    return non_model_kind(path) is None


def header_kind(metadata: Mapping[str, object]) -> str | None:
    """What a GGUF header says the file is, when not a model: "adapter", "projector" or another `general.type`."""
    kind = metadata.get("general.type")
    if isinstance(kind, str) and kind.strip() and kind.strip().lower() != "model":
        kind = kind.strip().lower()
        return PROJECTOR if kind in ("mmproj", "clip", "projector") else kind
    if metadata.get("general.architecture") == "clip":
        return PROJECTOR
    return None
