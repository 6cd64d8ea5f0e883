"""GGUF file names on the Hub → quant labels and whole models (split parts summed; projectors, imatrix files and
adapters skipped by the one rule in `advisor.core.gguf.kinds`).

Names seen in the wild: `Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf` (lmstudio-community), `Qwen_Qwen3-8B-Q4_K_L.gguf`
and `Q8_0/Name-Q8_0-00001-of-00002.gguf` (bartowski), `...-UD-Q4_K_XL.gguf` (unsloth), `llama-2-7b-chat.Q4_K_M.gguf`
(TheBloke), `qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf` (Qwen), `Model.i1-Q4_K_M.gguf` (mradermacher), and the
older `name.gguf.part1of2` / `name.gguf-split-a` that must be joined with `cat`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from posixpath import basename, dirname

from advisor.core.catalog.repo_paths import is_safe_repo_file
from advisor.core.catalog.types import QuantFile
from advisor.core.gguf.kinds import PROJECTOR, is_model_name, non_model_kind

_QUANT = re.compile(
    r"(?<![A-Za-z0-9])(UD-)?"
    r"(IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K(?:_(?:XXL|XL|L|M|S))?|Q4_0_[48]_[48]|Q[4-8]_[01]|TQ[12]_0"
    r"|MXFP4(?:_MOE)?|NVFP4|BF16|F16|FP16|F32)"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_FLOAT16 = {"F16", "BF16", "FP16"}
_FLOAT = _FLOAT16 | {"F32"}

# split-model spellings: (pattern, needs `cat` to join)
_SPLIT_NUMBERED = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
_SPLIT_PART = re.compile(r"^(?P<base>.+\.gguf)\.part(?P<index>\d+)of(?P<count>\d+)$", re.IGNORECASE)
_SPLIT_LETTER = re.compile(r"^(?P<base>.+\.gguf)-split-(?P<letter>[a-z])$", re.IGNORECASE)
# The most parts a split model may have: the same bound a GGUF header's `split.count` gets
# (`advisor.core.gguf.info.MAX_SPLIT_COUNT`; llama.cpp's gguf-split stores it as a u16 and names parts `%05d`). A name
# that claims more (`X.gguf.part1of99999999999`, a hostile mirror's) is no model file: dropped, before anything is
# counted or allocated per part.
MAX_SPLIT_PARTS = 9_999


def _label(match: re.Match[str]) -> str:
    quant = match.group(2).upper()
    quant = "F16" if quant == "FP16" else quant
    return f"UD-{quant}" if match.group(1) else quant


def parse_quant(filename: str) -> str | None:
    """The quant a file name (or, failing that, its folder) names; None when it names none.

    The last match wins, except that a trailing F16/BF16 after an integer quant (`...-Q8_0-F16.gguf`,
    output/embedding tensors kept at 16 bits) does not: the integer quant is the file's real type.
    """
    for part in (basename(filename), dirname(filename)):
        matches = list(_QUANT.finditer(part))
        if not matches:
            continue
        last = _label(matches[-1])
        if last.removeprefix("UD-") in _FLOAT16:
            earlier = [_label(m) for m in matches[:-1] if _label(m).removeprefix("UD-") not in _FLOAT]
            if earlier:
                return earlier[-1]
        return last
    return None


def without_quant(name: str) -> tuple[str, str | None]:
    """A model's name as typed with its quant in it (a file's `Qwen3-8B-Q4_K_M.gguf`, Ollama's
    `qwen2.5:7b-instruct-q4_K_M`): the name without the label, `.gguf` and a split part's number, and the quant
    (`parse_quant`'s); the name as given and None where it names no quant."""
    base = re.sub(r"(?:-\d{5}-of-\d{5})?\.gguf$", "", name.strip(), flags=re.IGNORECASE)
    quant = parse_quant(base + ".gguf") if _QUANT.search(base) else None
    if quant is None:
        return name, None
    # every label goes, not only the one that names the quant (`...-Q8_0-F16.gguf`: Q8_0, its output kept at F16)
    stripped = _QUANT.sub("", base)
    stripped = re.sub(r"[-_.: ]{2,}", "-", stripped).strip("-_.: ")
    return (stripped or name), quant


def is_projector(path: str) -> bool:
    """Vision projectors (`mmproj` anywhere in the name) sit beside models but are not models."""
    return non_model_kind(path) == PROJECTOR


def is_model_file(path: str) -> bool:
    """A GGUF model file (or a part of one) by its name: not a projector, an imatrix or an adapter."""
    return is_gguf(path) and is_model_name(path)


def is_gguf(path: str) -> bool:
    """A GGUF model file or a part of one."""
    name = basename(path)
    if name.lower().endswith(".gguf"):
        return True
    if m := _SPLIT_PART.match(name):
        return _count_ok(m["count"]) and _count_ok(m["index"])
    return bool(_SPLIT_LETTER.match(name))


def _count_ok(digits: str) -> bool:
    """A split's part count within MAX_SPLIT_PARTS (checked on the digits: a 300-digit count is never made an int)."""
    return len(digits.lstrip("0")) <= len(str(MAX_SPLIT_PARTS)) and int(digits) <= MAX_SPLIT_PARTS


@dataclass(frozen=True)
class _Part:
    key: str  # the whole model's path (folder + base name)
    index: int
    count: int | None
    needs_join: bool


def _split_info(path: str) -> _Part | None:
    """The model a file belongs to and its place in it; None for a part that claims more than MAX_SPLIT_PARTS."""
    folder, name = dirname(path), basename(path)

    def key(base: str) -> str:
        return f"{folder}/{base}" if folder else base

    if m := _SPLIT_NUMBERED.match(name):
        return (
            _Part(key(m["base"] + ".gguf"), int(m["index"]), int(m["count"]), False) if _count_ok(m["count"]) else None
        )
    if m := _SPLIT_PART.match(name):
        if not (_count_ok(m["count"]) and _count_ok(m["index"])):
            return None
        return _Part(key(m["base"]), int(m["index"]), int(m["count"]), True)
    if m := _SPLIT_LETTER.match(name):
        return _Part(key(m["base"]), ord(m["letter"].lower()) - ord("a") + 1, None, True)
    return _Part(path, 1, 1, False)


_Member = tuple[_Part, str, int, "str | None"]


def _groups(entries: Iterable[tuple[str, int] | tuple[str, int, str | None]]) -> dict[str, tuple[list[_Member], bool]]:
    """Model path → (its parts in order, whether every part is there)."""
    groups: dict[str, list[_Member]] = {}
    for entry in entries:
        path, size = entry[0], int(entry[1])
        sha = entry[2] if len(entry) > 2 else None
        if not is_model_file(path) or not is_safe_repo_file(path):  # `..`, absolute...: never offered (repo_paths)
            continue
        info = _split_info(path)
        if info is None:  # a part count no split model has: not offered, not counted
            continue
        groups.setdefault(info.key, []).append((info, path, size, sha))
    result = {}
    for key, members in groups.items():
        members.sort(key=lambda m: m[0].index)
        first = members[0][0]
        expected = first.count if first.count is not None else len(members)
        # every part 1..expected once, compared part by part (never a list as long as the count a name claims)
        complete = len(members) == expected and all(m[0].index == i for i, m in enumerate(members, start=1))
        result[key] = (members, complete)
    return result


def group_files(paths_with_sizes: Iterable[tuple[str, int] | tuple[str, int, str | None]]) -> list[QuantFile]:
    """Whole models from a repo's files: `(path, size_bytes[, sha256])` → one QuantFile per model, sizes summed.

    Non-GGUF files, projectors, imatrix files and adapters are skipped (`is_model_file`), and so is a name that is no
    plain relative path inside the repo (`repo_paths.is_safe_repo_file`); a split model with a part missing is left
    out (it cannot be loaded; `incomplete_splits` names them). Sorted by size, smallest first.
    """
    files: list[QuantFile] = []
    for members, complete in _groups(paths_with_sizes).values():
        if not complete:
            continue
        parts = tuple(m[1] for m in members)
        files.append(
            QuantFile(
                path=parts[0],
                parts=parts,
                quant=parse_quant(parts[0]),
                size_bytes=sum(m[2] for m in members),
                sha256=members[0][3] if len(members) == 1 else None,
                needs_join=members[0][0].needs_join,
            )
        )
    files.sort(key=lambda f: (f.size_bytes, f.path))
    return files


def incomplete_splits(paths_with_sizes: Iterable[tuple[str, int] | tuple[str, int, str | None]]) -> list[str]:
    """Model paths of split models with a part missing (reported, not listed)."""
    return sorted(key for key, (_, complete) in _groups(paths_with_sizes).items() if not complete)


def joined_name(quant_file: QuantFile) -> str:
    """Where a model lands on disk: the first part's path, or the joined `.gguf` for `cat`-style parts."""
    info = _split_info(quant_file.path) if quant_file.needs_join else None
    return info.key if info is not None else quant_file.path
