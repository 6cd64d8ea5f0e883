"""Fixtures shared across the suite: a tiny generated GGUF and a real llama-server serving it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import MISSING_BINARY_MESSAGE, LlamaServer, llama_server_binary


@pytest.fixture(scope="session", autouse=True)
def _no_real_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Never the user's real settings folder: a calibration saved there would change every estimate a test makes
    (and a test that saves one would write there). Tests that save one point LLM_ADVISOR_CONFIG_DIR at their own."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LLM_ADVISOR_CONFIG_DIR", str(tmp_path_factory.mktemp("settings")))
        yield


@pytest.fixture(autouse=True)
def _cli_language_back_to_the_environments() -> Iterator[None]:
    """`--lang es` in one test's CLI run holds for the rest of the process (the CLI's language is global): every
    test starts in the environment's language, whatever ran before it."""
    yield
    from advisor.cli import speech

    speech.set_language(None)


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~1.7 MB llama GGUF (random F32 weights) that llama.cpp loads in milliseconds."""
    return write_llama_gguf(tmp_path_factory.mktemp("models") / "tiny-llama-f32.gguf")


@pytest.fixture(scope="session")
def llama_server_bin() -> Path:
    """The llama-server executable; a missing one fails the test (CI builds it), it is never skipped."""
    binary = llama_server_binary()
    if binary is None:
        pytest.fail(MISSING_BINARY_MESSAGE, pytrace=False)
    return binary


@pytest.fixture(scope="session")
def llama_server(tiny_gguf: Path, llama_server_bin: Path) -> Iterator[LlamaServer]:
    """One real llama-server for the session, on 127.0.0.1 and a free port, stopped at the end."""
    with LlamaServer(tiny_gguf, binary=llama_server_bin) as server:
        yield server
