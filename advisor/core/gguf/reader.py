"""A streaming reader of GGUF headers (metadata + tensor table), safe on untrusted files.

GGUF files come from strangers on the internet, so every length read from the file is checked against a
bound before anything is read or allocated, lists only grow with bytes actually read (never pre-sized from a
count in the file), and any inconsistency raises `GgufError` (a `ValueError`) with a short reason.
The reader pulls bytes from a `ByteSource`, so the same code parses a local file or a remote file fetched by
HTTP range requests (see `remote.py`), and it stops at the end of the tensor table: tensor data is never read.
"""

from __future__ import annotations

import os
import re
import struct
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, BinaryIO, Protocol

import gguf

from advisor.core.files import require_regular_file
from advisor.core.messages import catalog as words
from advisor.core.messages.speaker import ENGLISH
from advisor.core.messages.translations import Msg
from advisor.core.text import outside_name

GGUF_MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32

# Bounds for what a sane GGUF header holds (the largest real ones: ~10 MB of tokenizer, ~3,000 tensors, ~60
# metadata entries, token lists of ~260,000 strings and merge lists of ~500,000). Every count is also checked against
# the bytes left in the file (where its length is known) before it drives a loop: each item takes at least a few bytes.
MAX_STRING_BYTES = 16 * 2**20  # one string (chat templates are ~10-100 KB)
MAX_KEY_BYTES = 64 * 2**10
MAX_TENSORS = 1_000_000
MAX_METADATA_ENTRIES = 1_000_000
MAX_ARRAY_ITEMS = 16_000_000
MAX_COUNT = MAX_ARRAY_ITEMS  # the largest count any field may hold
MAX_DIMS = 4  # GGML_MAX_DIMS
MAX_DIM = 2**40
MAX_TENSOR_ELEMENTS = 2**48  # ~281 T elements in one tensor: no model comes near
MAX_TENSOR_OFFSET = 2**50  # 1 PiB into the data section
MAX_TYPE_ID = 64  # ggml has ~42 types; an id from the newest known one up to this may be a newer llama.cpp's
DEFAULT_TIME_LIMIT_S = 30.0  # a real header parses in well under a second; past this the file is hostile
# the fewest bytes one item can take, for checking a count against the bytes left before looping on it
_MIN_KV_BYTES = 8 + 4 + 1  # key length, value type, a one-byte value
_MIN_TENSOR_BYTES = 8 + 4 + 4 + 8  # name length, n_dims, type, offset
_MIN_ARRAY_BYTES = 4 + 8  # item type, length
MAX_ARRAY_KEPT = 4096  # numeric arrays up to this length are kept (per-layer head counts); longer ones are counted
MAX_NESTING = 3

_SCALAR_FORMATS = {
    0: "B",
    1: "b",
    2: "H",
    3: "h",
    4: "I",
    5: "i",
    6: "f",
    7: "?",
    10: "Q",
    11: "q",
    12: "d",
}
_STRING, _ARRAY = 8, 9
_UINT16, _UINT32 = 2, 4
# llama.cpp reads a split model's part number and part count as u16 (llama_model_loader: get_key into a uint16_t,
# gguf_get_val_u16), and refuses another type
_U16_KEYS = ("split.no", "split.count")
# GGUF's own names of its value types (gguf_type_name in ggml/src/gguf.cpp), as llama.cpp's messages write them
_GGUF_TYPE_NAMES = {
    0: "u8",
    1: "i8",
    2: "u16",
    3: "i16",
    4: "u32",
    5: "i32",
    6: "f32",
    7: "bool",
    8: "str",
    9: "arr",
    10: "u64",
    11: "i64",
    12: "f64",
}
_SHOWN_NAME_CHARS = 80  # a key or tensor name quoted in a refusal


class GgufError(ValueError):
    """The file is not a GGUF file, or is truncated, corrupt or unsupported (the message says what, in the reader's
    technical English). Where the catalogue has words for it, `msg` and `values` give them (a front end renders
    `Speaker.t(exc.msg, **exc.values)`); else `msg` is None."""

    msg: Msg | None = None
    values: Mapping[str, object] = MappingProxyType({})


class LlamaCppRefusesError(GgufError):
    """The header reads, but llama.cpp refuses to load the file (a key or a tensor listed twice, a per-layer list
    of the wrong length...): `msg` and `values` say why, `str()` is the English sentence."""

    def __init__(self, msg: Msg, **values: object) -> None:
        self.msg = msg
        self.values = values
        super().__init__(ENGLISH.t(msg, **values))


class NewerTensorTypeError(LlamaCppRefusesError):
    """A tensor type just past the newest this version knows: perhaps a newer llama.cpp's (MXFP4 and NVFP4 came so),
    so the file is not called damaged, and a later version of the advisor may read it (nothing is cached of it)."""


class NotGgufError(GgufError):
    """The file does not start with the GGUF signature: another kind of file, not a damaged GGUF."""


class ByteSource(Protocol):
    def read(self, n: int) -> bytes:
        """Exactly `n` bytes from the current position, or raise GgufError when the source ends first."""
        ...

    def tell(self) -> int: ...

    # Optional: `known_end() -> int | None`, the source's length when known, so counts are checked against it.


@dataclass(frozen=True)
class TensorInfo:
    name: str
    type_name: str  # ggml type: "F16", "Q4_K", ...
    shape: tuple[int, ...]
    offset: int  # relative to the start of the data section
    n_bytes: int | None  # the parser refuses a ggml type it does not know, so None only where built by hand

    @property
    def n_elements(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n


@dataclass(frozen=True)
class ArraySummary:
    """A metadata array too long (or of strings) to keep: its element type and length only."""

    item_type: int
    length: int


@dataclass(frozen=True)
class GgufHeader:
    """What the file says, raw: metadata by key, the tensor table, and where the data starts."""

    version: int
    metadata: dict[str, object]
    tensors: tuple[TensorInfo, ...]
    header_bytes: int  # offset of the tensor data (header + padding)
    byte_order: str = "<"
    alignment: int = DEFAULT_ALIGNMENT
    extra: dict[str, object] = field(default_factory=dict)


class FileSource:
    """Reads a local file through a buffer; raises GgufError at a premature end."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh = fh
        try:
            self._size: int | None = os.fstat(fh.fileno()).st_size
        except (AttributeError, OSError, ValueError):  # an in-memory file object: no descriptor
            self._size = None

    def known_end(self) -> int | None:
        return self._size

    def read(self, n: int) -> bytes:
        data = self._fh.read(n)
        if len(data) != n:
            raise GgufError(f"file ends early (wanted {n} bytes at offset {self._fh.tell() - len(data)})")
        return data

    def tell(self) -> int:
        return self._fh.tell()


class BytesSource:
    """Reads from an in-memory prefix of a file; subclasses fetch more of it on demand (`_fill`)."""

    def __init__(self, data: bytes | bytearray = b"") -> None:
        self._buf = bytearray(data)
        self._pos = 0

    def _fill(self, end: int) -> None:
        """Make the buffer reach `end` bytes if the source can; an in-memory prefix cannot."""

    def known_end(self) -> int | None:
        """The end of the bytes this source can give: the buffer's, unless a subclass fetches more (then the
        total size it learnt, e.g. a remote file's `Content-Range`, or None)."""
        if type(self)._fill is BytesSource._fill:
            return len(self._buf)
        total = getattr(self, "total_size", None)
        return total if isinstance(total, int) else None

    def read(self, n: int) -> bytes:
        end = self._pos + n
        if end > len(self._buf):
            self._fill(end)
            if end > len(self._buf):
                raise GgufError(f"file ends early (wanted {n} bytes at offset {self._pos})")
        chunk = bytes(self._buf[self._pos : end])
        self._pos = end
        return chunk

    def tell(self) -> int:
        return self._pos


_TYPE_SIZES: dict[int, tuple[str, int, int]] = {
    int(t): (t.name, block, size) for t, (block, size) in gguf.GGML_QUANT_SIZES.items()
}


def ggml_type_name(type_id: int) -> str:
    entry = _TYPE_SIZES.get(type_id)
    return entry[0] if entry else f"TYPE_{type_id}"


def tensor_bytes(type_id: int, shape: tuple[int, ...]) -> int | None:
    """Bytes of a tensor from its ggml type's block size and bytes per block (None for an unknown type)."""
    entry = _TYPE_SIZES.get(type_id)
    if entry is None:
        return None
    _, block, size = entry
    n = 1
    for d in shape:
        n *= d
    if n > MAX_TENSOR_ELEMENTS:
        raise GgufError(f"a tensor of shape {shape} has more than {MAX_TENSOR_ELEMENTS:,} elements")
    if shape and shape[0] % block:
        raise GgufError(f"tensor row of {shape[0]} elements is not a whole number of {entry[0]} blocks")
    return n // block * size


class _Parser:
    def __init__(self, src: ByteSource, time_limit_s: float | None = None) -> None:
        self.src = src
        self.order = "<"
        self._time_limit = time_limit_s
        self._deadline = None if time_limit_s is None else time.monotonic() + time_limit_s
        self._ticks = 0
        self.array_item_type: int | None = None
        known_end = getattr(src, "known_end", None)
        self._known_end = known_end if callable(known_end) else None

    def tick(self) -> None:
        """Called once per item of every loop: past the time limit, give up on the file."""
        self._ticks += 1
        if self._deadline is not None and not self._ticks & 0x3FF and time.monotonic() > self._deadline:
            raise GgufError(f"reading the header took longer than {self._time_limit:g} s")

    def left(self) -> int | None:
        """Bytes left in the source, when its length is known."""
        end = self._known_end() if self._known_end else None
        return None if end is None else max(0, end - self.src.tell())

    def need(self, n_bytes: int, what: str) -> None:
        """Refuse before reading or looping when `what` needs more bytes than the file has left."""
        left = self.left()
        if left is not None and n_bytes > left:
            raise GgufError(f"{what} needs at least {n_bytes:,} bytes but only {left:,} are left in the file")

    def unpack(self, fmt: str) -> Any:  # int, float or bool, as `fmt` says
        size = struct.calcsize(fmt)
        return struct.unpack(self.order + fmt, self.src.read(size))[0]

    def count(self, what: str, limit: int = MAX_COUNT, min_item_bytes: int = 1) -> int:
        n: int = self.unpack("Q")
        if n > limit:
            raise GgufError(f"implausible {what} count {n:,} (at most {limit:,})")
        self.need(n * min_item_bytes, f"{n:,} {what}(s)")
        return n

    def raw_string(self, limit: int = MAX_STRING_BYTES) -> bytes:
        n = self.unpack("Q")
        if n > limit:
            raise GgufError(f"string of {n:,} bytes is longer than the {limit:,}-byte limit")
        self.need(n, f"a string of {n:,} bytes")
        return self.src.read(n)

    def string(self, limit: int = MAX_STRING_BYTES) -> str:
        return self.raw_string(limit).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        n = self.unpack("Q")
        if n > MAX_STRING_BYTES:
            raise GgufError(f"string of {n:,} bytes is longer than the {MAX_STRING_BYTES:,}-byte limit")
        self.need(n, f"a string of {n:,} bytes")
        while n:  # in bounded steps, so a remote source fetches what it needs and no more
            step = min(n, 2**20)
            self.src.read(step)
            n -= step

    def value(self, vtype: int, depth: int = 0) -> object:
        fmt = _SCALAR_FORMATS.get(vtype)
        if fmt is not None:
            return self.unpack(fmt)
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            if depth >= MAX_NESTING:
                raise GgufError("metadata arrays nested too deep")
            item_type = self.unpack("I")
            if depth == 0:  # the last top-level array's item type, for the caller that asks
                self.array_item_type = item_type
            item_fmt = _SCALAR_FORMATS.get(item_type)
            if item_fmt is not None:
                min_bytes = struct.calcsize(item_fmt)
            elif item_type == _STRING:
                min_bytes = 8
            elif item_type == _ARRAY:
                min_bytes = _MIN_ARRAY_BYTES
            else:
                raise GgufError(f"unknown metadata array item type {item_type}")
            n = self.count("array item", MAX_ARRAY_ITEMS, min_bytes)
            if item_fmt is not None and n <= MAX_ARRAY_KEPT:
                return list(struct.unpack(f"{self.order}{n}{item_fmt}", self.src.read(n * min_bytes)))
            self.skip_items(item_type, n, depth + 1)
            return ArraySummary(item_type, n)
        raise GgufError(f"unknown metadata value type {vtype}")

    def skip_items(self, item_type: int, n: int, depth: int) -> None:
        fmt = _SCALAR_FORMATS.get(item_type)
        if fmt is not None:
            remaining = n * struct.calcsize(fmt)
            while remaining:
                step = min(remaining, 2**20)
                self.src.read(step)
                remaining -= step
        elif item_type == _STRING:
            for _ in range(n):
                self.tick()
                self.skip_string()
        elif item_type == _ARRAY:
            for _ in range(n):
                self.tick()
                self.value(_ARRAY, depth)
        else:
            raise GgufError(f"unknown metadata array item type {item_type}")


def _seen_before(seen: set[str | bytes], text: str, raw: bytes) -> bool:
    """Whether a name stored as `raw` (decoded: `text`) is already in `seen`; adds it. A name whose decoding lost
    nothing is kept as its text, one that did (invalid UTF-8 became U+FFFD) as its bytes."""
    ident: str | bytes = text if "\ufffd" not in text else raw
    if ident in seen:
        return True
    seen.add(ident)
    return False


def parse_header(src: ByteSource, *, time_limit_s: float | None = DEFAULT_TIME_LIMIT_S) -> GgufHeader:
    """Parse magic, version, metadata and tensor table from `src`; stop before the tensor data.

    Every count is checked against a sane bound and against the bytes left in `src` (where its length is known)
    before it drives a loop; past `time_limit_s` (None: no limit) the file is given up on. Anything wrong is a
    GgufError with the reason."""
    p = _Parser(src, time_limit_s)
    if src.read(4) != GGUF_MAGIC:
        raise NotGgufError("not a GGUF file (bad magic)")
    raw_version = src.read(4)
    version = struct.unpack("<I", raw_version)[0]
    if version > 0xFFFF and struct.unpack(">I", raw_version)[0] in (2, 3):
        p.order = ">"
        version = struct.unpack(">I", raw_version)[0]
    if version not in (2, 3):
        raise GgufError(f"unsupported GGUF version {version} (only 2 and 3 are in use)")
    n_tensors = p.count("tensor", MAX_TENSORS)
    n_kv = p.count("metadata entry", MAX_METADATA_ENTRIES)
    p.need(n_tensors * _MIN_TENSOR_BYTES + n_kv * _MIN_KV_BYTES, f"{n_tensors:,} tensors and {n_kv:,} metadata entries")

    metadata: dict[str, object] = {}
    # names seen so far, as llama.cpp compares them: the bytes stored (a name that decodes cleanly stands for its
    # bytes, and is the same object the metadata or the tensor table keeps: no second copy of a million names)
    seen: set[str | bytes] = set()
    alignment_type: int | None = None
    # the stored type of each hyper-parameter llama.cpp reads as u32, and of a per-layer list's items (only those: a
    # small dict however many keys a hostile file lists)
    scalar_types: dict[str, int] = {}
    item_types: dict[str, int | None] = {}
    for _ in range(n_kv):
        p.tick()
        raw = p.raw_string(MAX_KEY_BYTES)
        key = raw.decode("utf-8", errors="replace")
        if _seen_before(seen, key, raw):  # gguf_init_from_file: "duplicate key '%s' for KV pair %d"
            raise LlamaCppRefusesError(words.GGUF_DUPLICATE_KEY, key=outside_name(key, max_chars=_SHOWN_NAME_CHARS))
        vtype = p.unpack("I")
        if key == "general.alignment":
            alignment_type = vtype
        metadata[key] = p.value(vtype)
        if key.endswith(_U32_SUFFIXES) or key in _U16_KEYS or key == "general.file_type":
            if vtype == _ARRAY:
                item_types[key] = p.array_item_type
            else:
                scalar_types[key] = vtype

    if alignment_type is not None and alignment_type != _UINT32:  # "key 'general.alignment' must be of type u32"
        shown = _GGUF_TYPE_NAMES.get(alignment_type, f"type {alignment_type}")
        raise LlamaCppRefusesError(words.GGUF_ALIGNMENT_TYPE, type=shown)
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1) or alignment > 2**20:
        raise GgufError(f"invalid general.alignment {alignment!r}")
    check_key_types(metadata, scalar_types, item_types)

    tensors: list[TensorInfo] = []
    seen.clear()
    for _ in range(n_tensors):
        p.tick()
        raw = p.raw_string(MAX_KEY_BYTES)
        name = raw.decode("utf-8", errors="replace")
        if _seen_before(seen, name, raw):  # gguf_init_from_file: "duplicate tensor name '%s' for tensor %d"
            shown = outside_name(name, max_chars=_SHOWN_NAME_CHARS)
            raise LlamaCppRefusesError(words.GGUF_DUPLICATE_TENSOR, name=shown)
        n_dims = p.unpack("I")
        if n_dims > MAX_DIMS:
            raise GgufError(f"tensor {name!r} has {n_dims} dimensions (at most {MAX_DIMS})")
        shape = tuple(p.unpack("Q") for _ in range(n_dims))
        if any(d > MAX_DIM for d in shape):
            raise GgufError(f"tensor {name!r} has an implausible shape {shape}")
        type_id = p.unpack("I")
        if type_id not in _TYPE_SIZES:  # gguf_init_from_file: "tensor '%s' has invalid ggml type %d"
            # a type ggml removed or never had is refused; one just past the `gguf` package's newest may be a newer
            # llama.cpp's: not called refused, but its size (and so the file's) is unknown here either way
            shown = outside_name(name, max_chars=_SHOWN_NAME_CHARS)
            if max(_TYPE_SIZES) < type_id < MAX_TYPE_ID:
                raise NewerTensorTypeError(words.GGUF_NEWER_TENSOR_TYPE, name=shown, type=str(type_id))
            raise LlamaCppRefusesError(words.GGUF_UNKNOWN_TENSOR_TYPE, name=shown, type=str(type_id))
        offset = p.unpack("Q")
        if offset > MAX_TENSOR_OFFSET:
            raise GgufError(f"tensor {name!r} data offset {offset:,} is beyond any real file")
        if offset % alignment:
            raise GgufError(f"tensor {name!r} data offset {offset} is not aligned to {alignment}")
        tensors.append(TensorInfo(name, ggml_type_name(type_id), shape, offset, tensor_bytes(type_id, shape)))

    end = src.tell()
    header_bytes = (end + alignment - 1) // alignment * alignment
    return GgufHeader(version, metadata, tuple(tensors), header_bytes, p.order, alignment)


# llama.cpp reads these hyper-parameters as whole numbers (a number per layer for the per-layer ones) and refuses a
# file where one has another type ("key %s has wrong type %s but expected type %s", llama-model-loader.cpp): such a
# file is refused here too, rather than sized from a shape borrowed elsewhere.
_WHOLE_NUMBER_KEYS = (
    "block_count",
    "context_length",
    "embedding_length",
    "feed_forward_length",
    "attention.head_count",
    "attention.head_count_kv",
    "attention.key_length",
    "attention.value_length",
    "expert_count",
    "expert_used_count",
)
# read as u32 for every architecture as well, where present (llama_model_base::load_hparams; rope.dimension_count
# where the first layer has attention heads), and `attention.sliding_window` by the architectures that slide
_OTHER_U32_KEYS = (
    "embedding_length_out",
    "nextn_predict_layers",
    "expert_group_count",
    "expert_group_used_count",
    "rope.scaling.original_context_length",
    "rope.dimension_count",
    "attention.sliding_window",
)
_U32_SUFFIXES = tuple("." + suffix for suffix in _WHOLE_NUMBER_KEYS + _OTHER_U32_KEYS)
# the architectures whose load_arch_hparams reads `attention.sliding_window` (src/models/*.cpp, as get_key<uint32_t>)
_SLIDING_WINDOW_READERS = frozenset(
    {
        "afmoe", "cohere2", "cohere2moe", "deepseek4", "dflash", "dots3note", "exaone-moe", "exaone4",
        "gemma-embedding", "gemma2", "gemma3", "gemma3n", "gemma4", "gemma4-assistant", "gpt-oss", "granite_swa",
        "laguna", "lfm2", "llama4", "maple", "mellum", "mimo2", "modern-bert", "muse-glimmer", "olmo2", "phi3",
        "plamo3", "smallthinker", "spark2_5", "step35",
    }
)  # fmt: skip
# a per-layer list (llama_model_loader::get_arr into a std::array of u32) may hold u32, i32 or bool (read as 0/1)
_PER_LAYER_ITEM_TYPES = frozenset({4, 5, 7})
# read once or per layer (llama_model_loader::get_key_or_arr in load_hparams)
_PER_LAYER_KEYS = frozenset(
    {"expert_used_count", "feed_forward_length", "attention.head_count", "attention.head_count_kv"}
)
# every architecture name llama.cpp knows (src/llama-arch.cpp) is lower-case letters, digits, '-', '_' and '.';
# anything else is no architecture at all, and llama.cpp refuses it ("unknown model architecture")
_ARCH_NAME = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}")


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, list | ArraySummary):
        return "a list"
    return type(value).__name__


def check_key_types(
    md: dict[str, object], scalar_types: dict[str, int] | None = None, item_types: dict[str, int | None] | None = None
) -> None:
    """Refuse what llama.cpp refuses to load: an architecture that is not a name, a hyper-parameter of another type
    (GgufError naming the key). `scalar_types`: the stored GGUF type of single-value hyper-parameters, which
    llama.cpp reads only as u32 (`get_key<uint32_t>`, and `get_key_or_arr` for a single value) — an i32 or u64
    block_count is refused there ("key %s has wrong type %s but expected type %s"). `item_types`: the item type of
    a per-layer list, which `get_arr` takes as u32, i32 or bool ("%s has wrong array element type %s", "%s is not a
    string/float32/uint32/int32/uint64 array"); a list of bools is kept as the 0s and 1s llama.cpp makes of it."""
    scalar_types = scalar_types or {}
    item_types = item_types or {}
    stored_file_type = scalar_types.get("general.file_type", _ARRAY if "general.file_type" in item_types else None)
    if stored_file_type is not None and stored_file_type != _UINT32:  # llama_model_loader: get_key, u32
        _refuse_not_u32("general.file_type", stored_file_type)
    for key in _U16_KEYS:
        stored = scalar_types.get(key, _ARRAY if key in item_types else None)
        if stored is not None and stored != _UINT16:  # "key %s has wrong type %s but expected type %s"
            raise LlamaCppRefusesError(
                words.GGUF_KEY_NOT_U16, key=key, type=_GGUF_TYPE_NAMES.get(stored, f"type {stored}")
            )
    arch = md.get("general.architecture")
    if arch is None:
        if is_later_split_part(md):  # gguf-split writes the architecture in the first part only
            return
        # llama_model_loader reads the architecture from this key; without it: "unknown model architecture: ''"
        raise LlamaCppRefusesError(words.GGUF_NO_ARCHITECTURE)
    if not isinstance(arch, str):
        raise GgufError(f"key general.architecture has the wrong type ({_type_name(arch)}; llama.cpp wants text)")
    if not _ARCH_NAME.fullmatch(arch):
        shown = repr(arch if len(arch) <= 40 else arch[:40] + "…")
        raise GgufError(f"general.architecture {shown} is not an architecture name llama.cpp could know")
    for suffix in _WHOLE_NUMBER_KEYS:
        key = f"{arch}.{suffix}"
        value = md.get(key)
        if value is None:
            continue
        if suffix in _PER_LAYER_KEYS and isinstance(value, list | ArraySummary):
            item_type = value.item_type if isinstance(value, ArraySummary) else item_types.get(key)
            if item_type is not None and item_type not in _PER_LAYER_ITEM_TYPES:
                shown = _GGUF_TYPE_NAMES.get(item_type, f"type {item_type}")
                raise LlamaCppRefusesError(words.GGUF_LIST_NOT_U32, key=key, type=shown)
            if isinstance(value, list) and any(isinstance(v, bool) for v in value):
                md[key] = [int(v) for v in value]  # llama.cpp: a bool item is 1 or 0
            elif isinstance(value, list) and not all(isinstance(v, int) for v in value):  # no item type given
                raise GgufError(
                    f"key {key} has the wrong type ({_type_name(value)}; llama.cpp wants whole numbers "
                    "and refuses to load the file)"
                )
            continue
        if not (isinstance(value, int) and not isinstance(value, bool)):
            raise GgufError(
                f"key {key} has the wrong type ({_type_name(value)}; llama.cpp wants a whole number "
                "and refuses to load the file)"
            )
    for suffix in _WHOLE_NUMBER_KEYS + _OTHER_U32_KEYS:
        key = f"{arch}.{suffix}"
        stored = scalar_types.get(key)
        if stored is None and key in item_types and suffix not in _PER_LAYER_KEYS:
            stored = _ARRAY  # a list where llama.cpp reads one value: "has wrong type arr but expected type u32"
        if stored is None or stored == _UINT32:
            continue
        if suffix == "attention.sliding_window" and arch not in _SLIDING_WINDOW_READERS:
            continue
        if suffix == "rope.dimension_count" and not _first_layer_heads(md.get(f"{arch}.attention.head_count")):
            continue
        _refuse_not_u32(key, stored)


def is_later_split_part(md: Mapping[str, object]) -> bool:
    """Whether the metadata is that of a split model's second or later part (`split.no` of 1 or more), which holds
    tensors and the split keys only: llama.cpp reads the model's metadata from the first part."""
    number = md.get("split.no")
    return isinstance(number, int) and not isinstance(number, bool) and number >= 1


def _first_layer_heads(value: object) -> int:
    """llama.cpp's `n_head()`: the first layer's attention heads (0 when none are given)."""
    first = value[0] if isinstance(value, list) and value else value
    return first if isinstance(first, int) and not isinstance(first, bool) and first > 0 else 0


def _refuse_not_u32(key: str, stored: int) -> None:
    shown = _GGUF_TYPE_NAMES.get(stored, f"type {stored}")
    raise LlamaCppRefusesError(words.GGUF_KEY_NOT_U32, key=key, type=shown)


def read_header(
    path: str | os.PathLike[str], *, time_limit_s: float | None = DEFAULT_TIME_LIMIT_S
) -> tuple[GgufHeader, int]:
    """The header of a local GGUF file and the file's size in bytes. A FIFO or a device is refused before it is
    opened (NotARegularFileError, an OSError): opening a FIFO blocks, and a device's bytes never end."""
    path = Path(path)
    require_regular_file(path)
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        header = parse_header(FileSource(fh), time_limit_s=time_limit_s)
    return header, size


def check_data_fits(header: GgufHeader, file_size: int | None) -> None:
    """A file shorter than its tensor table says is truncated: say so instead of estimating from it."""
    if file_size is None:
        return
    ends = [header.header_bytes + t.offset + (t.n_bytes or 0) for t in header.tensors]
    if ends and max(ends) > file_size:
        raise GgufError(f"file is truncated: its tensors need {max(ends)} bytes, the file has {file_size}")


HeaderParser = Callable[[ByteSource], GgufHeader]
