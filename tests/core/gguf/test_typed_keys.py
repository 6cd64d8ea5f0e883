"""A GGUF whose header holds a key of the wrong type, or an architecture that is no name at all: llama.cpp refuses
to load it ("key llama.block_count has wrong type str but expected type u32", "unknown model architecture"), so
what someone relies on is that the advisor refuses it too, naming the key — no confident estimate for a shape
borrowed elsewhere, no "OK" from verify, and the same refusal from the real llama-server where one is built."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog.verify import verify_models
from advisor.core.gguf import GgufError, read_gguf
from tests.core.gguf.files import llama_like, write_gguf
from tests.support.llama_server import llama_server_binary

MACHINE = Path(__file__).parents[2] / "data" / "machines" / "desktop-ryzen7-7700-32gb.json"


def _file(tmp_path: Path, name: str, arch: str = "llama", **changes: object) -> Path:
    metadata, tensors = llama_like()
    metadata.update(changes)
    return write_gguf(tmp_path / f"{name}.gguf", arch, metadata, tensors, vocab=96)


WRONG = {
    "block_count_text": {"block_count": "2"},
    "block_count_nan": {"block_count": float("nan")},
    "block_count_decimal": {"block_count": 2.0},
    "context_length_flag": {"context_length": True},
    "head_count_texts": {"attention.head_count": ["4", "4"]},
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_key_of_the_wrong_type_is_refused_naming_it(tmp_path, name):
    path = _file(tmp_path, name, **WRONG[name])
    (key,) = WRONG[name]
    # a per-layer list of text is refused as llama.cpp's get_arr refuses it: by the type of its items
    said = "is a list of str values" if name == "head_count_texts" else "has the wrong type"
    with pytest.raises(GgufError, match=rf"llama\.{re.escape(key)} {said}"):
        read_gguf(path)


@pytest.mark.parametrize("arch", ["../../etc/passwd\n<b>x</b>", "Llama", "llama 3", "x" * 200])
def test_an_architecture_that_is_no_name_is_refused(tmp_path, arch):
    path = _file(tmp_path, "weird", arch=arch)
    with pytest.raises(GgufError, match=r"general\.architecture"):
        read_gguf(path)


def test_the_well_typed_file_still_reads(tmp_path):
    assert read_gguf(_file(tmp_path, "good")).layers == 2
    assert read_gguf(_file(tmp_path, "per_layer", **{"attention.head_count": [4, 4]})).heads == 4


def test_estimate_refuses_it_as_bad_input_and_verify_calls_it_corrupt(tmp_path, capsys):
    path = _file(tmp_path, "blocks", **WRONG["block_count_text"])
    assert main(["estimate", "--hardware", str(MACHINE), "--gguf", str(path)]) == 2
    err = capsys.readouterr().err
    assert "llama.block_count" in err and "Traceback" not in err
    models = tmp_path / "models" / "evil" / "repo"
    models.mkdir(parents=True)
    path.rename(models / path.name)
    report = verify_models(tmp_path / "models", offline=True, hash_files=False)
    assert [f.status for f in report.files] == ["corrupt"], report


@pytest.mark.server
@pytest.mark.parametrize("name", ["block_count_text", "weird_arch"])
def test_llama_server_refuses_the_same_files(tmp_path, name):
    binary = llama_server_binary()
    if binary is None:
        pytest.skip("no llama-server built here")
    path = (
        _file(tmp_path, name, arch="../x")
        if name == "weird_arch"
        else _file(tmp_path, name, **WRONG["block_count_text"])
    )
    run = subprocess.run(
        [str(binary), "-m", str(path), "--port", "0", "-c", "256"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode != 0
    assert "wrong type" in run.stderr or "unknown model architecture" in run.stderr, run.stderr[-2000:]
