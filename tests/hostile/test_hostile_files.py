"""Files that are not files: a named pipe, a device, a folder, a link loop given where a model or a hardware file
is expected, or lying in LM Studio's models folder under a .gguf name. What a user relies on: the reason is said
in their language (the catalogue's words, never the app's own English), and only regular files count as models."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import main
from advisor.core.files import NotARegularFileError, cannot_read, require_regular_file
from advisor.core.hardware.lmstudio import list_gguf
from advisor.core.messages.speaker import Speaker
from tests.core.gguf.files import llama_like, write_gguf
from tests.support.special_files import fifo, needs_fifo

MACHINE = Path(__file__).parents[1] / "data" / "machines" / "desktop-ryzen7-7700-32gb.json"
EN, ES = Speaker("en"), Speaker("es")
APP_ENGLISH = ("not a regular file", "Too many levels of symbolic links", "(a device)", "(a folder)", "(a named pipe)")


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    """`--lang es` holds for the rest of the process: the next test starts in the environment's language again."""
    yield
    speech.set_language(None)


def _reason(exc: BaseException) -> str:
    msg = cannot_read(exc)
    assert msg is not None, f"no words for {exc!r}"
    return EN.t(msg)


@needs_fifo
def test_what_a_path_is_instead_of_a_file_is_a_catalogue_sentence(tmp_path):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with fifo(tmp_path / "pipe.gguf") as pipe:
        cases = {tmp_path: "folder", pipe: "named pipe", Path(os.devnull): "device"}
        for path, words in cases.items():
            with pytest.raises(NotARegularFileError) as caught:
                require_regular_file(path)
            assert words in _reason(caught.value)
    with pytest.raises(OSError) as caught:
        require_regular_file(loop)
    assert "links" in _reason(caught.value)


@needs_fifo
@pytest.mark.parametrize("option", ["--gguf", "--hardware"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_command_line_says_it_without_the_app_s_english(tmp_path, capsys, option, lang):
    loop = tmp_path / "loop.gguf"
    loop.symlink_to(loop)
    with fifo(tmp_path / "pipe.gguf") as pipe:
        for path in (Path(os.devnull), tmp_path, pipe, loop):
            given = ["--hardware", str(MACHINE), "--gguf", str(path)]
            if option == "--hardware":
                given = ["--hardware", str(path), "--params", "8B"]
            argv = ["--lang", lang, "estimate", *given]
            assert main(argv) == 2
            err = capsys.readouterr().err
            assert not any(text in err for text in APP_ENGLISH), err
            if lang == "es":  # needs the lead's merge of /tmp/tr/hostile2.py into the .ts file
                assert "cannot read the file" not in err, err


@needs_fifo
@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links to devices are a POSIX matter")
def test_only_regular_files_count_as_models_in_lm_studio_s_folder(tmp_path):
    repo = tmp_path / "models" / "evil" / "repo"
    repo.mkdir(parents=True)
    metadata, tensors = llama_like()
    real = write_gguf(repo / "real.gguf", "llama", metadata, tensors, vocab=96)
    (repo / "zero.gguf").symlink_to(os.devnull)
    (repo / "folder.gguf").mkdir()
    (repo / "linked.gguf").symlink_to(real)  # a link to a model is a model
    with fifo(repo / "fifo.gguf"):
        found = sorted(Path(m.path).name for m in list_gguf(tmp_path / "models"))
    assert found == ["linked.gguf", "real.gguf"]
