"""A GGUF mutator for tests: a valid small file written by llama.cpp's `gguf` writer, then header fields patched at
the offsets a parse of the original file finds (tensor count, metadata count, one key's value, one tensor's type)."""

from __future__ import annotations

import struct
from pathlib import Path

from tests.core.gguf.files import llama_like, write_gguf

_SIGNED = {0: 1, 2: 3, 4: 5, 10: 11}
_SCALAR = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}


def small_gguf(path: Path, **metadata: object) -> Path:
    """A 2-layer llama-like file; `metadata` (keys without a dot get `llama.`) is added or replaced."""
    md, tensors = llama_like(n_layer=2, n_embd=32, n_head=4, n_kv=2, n_ff=64, n_vocab=40)
    md |= metadata
    return write_gguf(path, "llama", md, tensors, vocab=40)


def field_offsets(data: bytes) -> dict[str, tuple[int, int]]:
    """Where each metadata value and tensor field sits: name → (offset of the value, its value type).

    Keys give their value (`llama.block_count`), arrays their length (`…#len`); tensors give `tensor:NAME#type`.
    """
    pos = 24
    n_tensors, n_kv = struct.unpack_from("<QQ", data, 8)
    out: dict[str, tuple[int, int]] = {"#tensors": (8, 10), "#kv": (16, 10)}

    def string(p: int) -> tuple[str, int]:
        n = struct.unpack_from("<Q", data, p)[0]
        return data[p + 8 : p + 8 + n].decode(), p + 8 + n

    def skip(vtype: int, p: int) -> int:
        if vtype in _SCALAR:
            return p + struct.calcsize(_SCALAR[vtype])
        if vtype == 8:
            return string(p)[1]
        item, n = struct.unpack_from("<IQ", data, p)
        p += 12
        for _ in range(n):
            p = skip(item, p)
        return p

    for _ in range(n_kv):
        key, pos = string(pos)
        vtype = struct.unpack_from("<I", data, pos)[0]
        pos += 4
        out[key] = (pos, vtype)
        if vtype == 9:
            out[key + "#len"] = (pos + 4, 10)
        pos = skip(vtype, pos)
    for _ in range(n_tensors):
        name, pos = string(pos)
        n_dims = struct.unpack_from("<I", data, pos)[0]
        pos += 4 + 8 * n_dims
        out[f"tensor:{name}#type"] = (pos, 4)
        pos += 4 + 8
    return out


def patch(data: bytes, field: str, value: int | float) -> bytes:
    """`data` with `field` (a name from `field_offsets`) set to `value` in that field's own binary type; a negative
    value into an unsigned metadata value turns its type into the signed one of the same size."""
    offset, vtype = field_offsets(data)[field]
    buf = bytearray(data)
    if isinstance(value, int) and value < 0 and vtype in _SIGNED and not field.startswith("#"):
        vtype = _SIGNED[vtype]
        struct.pack_into("<I", buf, offset - 4, vtype)
    struct.pack_into("<" + _SCALAR[vtype], buf, offset, value)
    return bytes(buf)


def mutated(seed: Path, dest: Path, field: str, value: int | float) -> Path:
    dest.write_bytes(patch(seed.read_bytes(), field, value))
    return dest
