"""Files whose header reads but that are no whole model llama.cpp could load: no `general.architecture` (the keys
then stored as `.block_count`), a tensor of a type ggml does not know, a split model with a part missing (or a
folder, or a link to a device, where the part should be), a split model whose name and `split.count` disagree, a
`split.count` not stored as u16.

What a user relies on: `estimate --gguf` refuses each (exit 2) with one sentence that names the file and what is
wrong — never an estimate from borrowed numbers, never the --quant flag's words — while a whole split model, and a
split model's later part read as a header, still read."""

from __future__ import annotations

import os
import re
from pathlib import Path

import gguf
import pytest

from advisor.cli.main import main
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.gguf.reader import LlamaCppRefusesError, read_header
from tests.core.gguf.files import llama_like, write_gguf
from tests.core.gguf.mutate import patch

MACHINE = Path(__file__).parents[2] / "data" / "machines" / "desktop-ryzen7-7700-32gb.json"
U16 = gguf.GGUFValueType.UINT16


def _small() -> tuple[dict[str, object], dict]:
    return llama_like(n_layer=2, n_embd=32, n_head=4, n_kv=2, n_ff=64, n_vocab=40)


def _estimate(capsys, path: Path) -> tuple[int, str, str]:
    code = main(["estimate", "--hardware", str(MACHINE), "--gguf", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def _split(folder: Path, stem: str, total: int, present: tuple[int, ...], **split_md: object) -> list[Path]:
    """Parts `present` (1-based) of a `total`-part split model; the metadata of the first gives `split.count`."""
    folder.mkdir(parents=True, exist_ok=True)
    md, tensors = _small()
    names = list(tensors)
    per_part = -(-len(names) // total)
    paths = []
    for i in present:
        chunk = {n: tensors[n] for n in names[(i - 1) * per_part : i * per_part]}
        keys = {"split.no": i - 1, "split.count": total, "split.tensors.count": len(tensors)} | split_md
        arch, part_md = ("llama", md | keys) if i == 1 else ("", keys)  # gguf-split: later parts hold no arch
        paths.append(write_gguf(folder / f"{stem}-{i:05d}-of-{total:05d}.gguf", arch, part_md, chunk))
    return paths


# ---------------------------------------------------------------- no architecture
def test_a_file_without_an_architecture_is_refused_naming_the_key(tmp_path, capsys):
    md, tensors = _small()
    path = write_gguf(tmp_path / "noarch.gguf", "", md, tensors, vocab=40)  # keys stored as ".block_count"
    assert "general.architecture" not in gguf.GGUFReader(path).fields
    with pytest.raises(LlamaCppRefusesError, match=re.escape("no general.architecture key")):
        read_gguf(path)
    code, out, err = _estimate(capsys, path)
    assert code == 2 and out == ""
    assert f"--gguf {path}: " in err and "general.architecture" in err and "Traceback" not in err
    assert "borrowed" not in err


def test_a_later_part_of_a_split_model_has_no_architecture_and_still_reads(tmp_path):
    first, second = _split(tmp_path, "m", 2, (1, 2))
    header, _ = read_header(second)  # what verify reads of each part
    assert "general.architecture" not in header.metadata and header.tensors
    info = read_gguf(first)
    assert info.split_count == 2 and info.file_size_bytes == first.stat().st_size + second.stat().st_size
    with pytest.raises(LlamaCppRefusesError, match=re.escape("general.architecture")):  # a later part is no model alone
        read_gguf(_renamed(second, tmp_path / "alone.gguf"))


def _renamed(src: Path, dest: Path) -> Path:
    dest.write_bytes(src.read_bytes())
    return dest


# ---------------------------------------------------------------- unknown tensor type
@pytest.mark.parametrize("type_id", [500, 4, 1023])  # never a type; Q4_2 (removed from ggml); below the old bound
def test_an_unknown_tensor_type_is_refused_naming_the_tensor_and_the_type(tmp_path, capsys, type_id):
    md, tensors = _small()
    seed = write_gguf(tmp_path / "seed.gguf", "llama", md, tensors, vocab=40)
    path = tmp_path / "odd-type.gguf"
    path.write_bytes(patch(seed.read_bytes(), "tensor:blk.0.attn_q.weight#type", type_id))
    with pytest.raises(LlamaCppRefusesError, match=rf"blk\.0\.attn_q\.weight has an unknown tensor type \({type_id}\)"):
        read_header(path)
    code, out, err = _estimate(capsys, path)
    assert code == 2 and out == ""
    assert f"--gguf {path}: " in err and f"unknown tensor type ({type_id})" in err
    assert "unknown quant" not in err and "TYPE_" not in err


def test_a_tensor_type_just_past_the_known_ones_is_not_called_refused(tmp_path, capsys):
    """A type id just past the newest this version knows may be a newer llama.cpp's (MXFP4 and NVFP4 came so):
    the file is not said to be refused by llama.cpp, only that its size cannot be worked out here."""
    from advisor.core.gguf.reader import _TYPE_SIZES

    md, tensors = _small()
    seed = write_gguf(tmp_path / "seed.gguf", "llama", md, tensors, vocab=40)
    path = tmp_path / "newer-type.gguf"
    newer = max(_TYPE_SIZES) + 1
    path.write_bytes(patch(seed.read_bytes(), "tensor:blk.0.attn_q.weight#type", newer))
    with pytest.raises(LlamaCppRefusesError, match=rf"has tensor type {newer}, newer than this version") as exc:
        read_header(path)
    assert "refuses" not in str(exc.value)
    code, _, err = _estimate(capsys, path)
    assert code == 2 and f"--gguf {path}: " in err and "newer than this version of the advisor knows" in err


# ---------------------------------------------------------------- split models
def test_a_split_model_with_a_part_missing_is_refused_naming_it(tmp_path, capsys):
    first, _ = _split(tmp_path, "M", 3, (1, 2))
    with pytest.raises(LlamaCppRefusesError, match=re.escape("its part M-00003-of-00003.gguf is missing")):
        read_gguf(first)
    code, out, err = _estimate(capsys, first)
    assert code == 2 and out == ""
    assert f"--gguf {first}: " in err and "M-00003-of-00003.gguf" in err
    assert "No file size given" not in err
    # a list of models being downloaded may still size it, from its parameters
    assert read_gguf(first, allow_missing_parts=True).file_size_bytes is None


def test_several_missing_parts_are_all_named(tmp_path):
    (first,) = _split(tmp_path, "M", 3, (1,))
    with pytest.raises(
        LlamaCppRefusesError, match=re.escape("its parts M-00002-of-00003.gguf, M-00003-of-00003.gguf are")
    ):
        read_gguf(first)


@pytest.mark.parametrize("kind", ["folder", "device", "dangling link"])
def test_a_part_that_is_no_regular_file_counts_as_missing(tmp_path, kind):
    first, _ = _split(tmp_path, "M", 3, (1, 2))
    third = tmp_path / "M-00003-of-00003.gguf"
    if kind == "folder":
        third.mkdir()
    elif kind == "device":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        os.symlink("/dev/zero", third)
    else:
        os.symlink(tmp_path / "gone.gguf", third)
    with pytest.raises(LlamaCppRefusesError, match=re.escape("M-00003-of-00003.gguf is missing")):
        read_gguf(first)


def test_a_whole_split_model_reads(tmp_path, capsys):
    parts = _split(tmp_path, "M", 3, (1, 2, 3))
    info = read_gguf(parts[0])
    assert info.split_count == 3 and info.file_size_bytes == sum(p.stat().st_size for p in parts)
    assert spec_from_gguf(info).layers == 2
    code, out, _ = _estimate(capsys, parts[0])
    assert code == 0 and "2 layers" in out


@pytest.mark.parametrize(
    ("name", "count", "ending"),
    [
        ("M-00001-of-00003.gguf", 2, "-00001-of-00002.gguf"),  # the name says 3 parts, split.count 2
        ("M.gguf", 3, "-00001-of-00003.gguf"),  # split.count 3 on a file not named as a part
    ],
)
def test_a_split_name_that_disagrees_with_split_count_is_refused(tmp_path, capsys, name, count, ending):
    parts = _split(tmp_path / "whole", "M", 3, (1, 2, 3))
    md, tensors = _small()
    split_md = {"split.no": 0, "split.count": count, "split.tensors.count": len(tensors)}
    path = write_gguf(tmp_path / name, "llama", md | split_md, tensors)
    for part in parts[1:]:  # every other part the name calls for is there: only the disagreement is refused
        _renamed(part, tmp_path / part.name)
    with pytest.raises(LlamaCppRefusesError, match=f"split.count says the model is in {count} parts"):
        read_gguf(path)
    code, out, err = _estimate(capsys, path)
    assert code == 2 and out == "" and ending in err and f"--gguf {path}: " in err


@pytest.mark.parametrize("key", ["split.count", "split.no"])
@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("3", "str"),
        (gguf.GGUFValue(3, gguf.GGUFValueType.UINT32), "u32"),
        (gguf.GGUFValue(3, gguf.GGUFValueType.INT16), "i16"),
    ],
)
def test_a_split_key_not_stored_as_u16_is_refused(tmp_path, capsys, key, value, shown):
    md, tensors = _small()
    split_md = {"split.no": 0, "split.count": 1} | {key: value}
    path = write_gguf(tmp_path / "m.gguf", "llama", md | split_md, tensors, vocab=40)
    with pytest.raises(
        LlamaCppRefusesError, match=f"its {key} is stored as {shown}, and llama.cpp reads it only as u16"
    ):
        read_header(path)
    code, out, err = _estimate(capsys, path)
    assert code == 2 and out == "" and f"--gguf {path}: " in err and key in err


def test_the_factory_stores_split_keys_as_gguf_split_does(tmp_path):
    first, _ = _split(tmp_path, "m", 2, (1, 2))
    fields = gguf.GGUFReader(first).fields
    assert fields["split.count"].types == [gguf.GGUFValueType.UINT16]
    assert fields["split.no"].types == [U16]
    assert fields["split.tensors.count"].types == [gguf.GGUFValueType.INT32]
