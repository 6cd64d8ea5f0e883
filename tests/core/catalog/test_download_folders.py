"""A download that ends with nothing kept leaves no empty owner/repo folders in LM Studio's models folder (LM Studio
lists every folder there), and never removes a folder that was there before or holds anything."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from advisor.core.catalog import download

SMOL = "bartowski/SmolLM2-135M-Instruct-GGUF"
Q4 = "SmolLM2-135M-Instruct-Q4_K_M.gguf"


@pytest.fixture
def models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    folder = home / ".lmstudio" / "models"
    folder.mkdir(parents=True)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    return folder


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_a_cancelled_first_download_leaves_no_empty_folders(fake_hub, models):
    cancel = threading.Event()
    result = download(SMOL, Q4, progress=lambda *a: cancel.set(), cancel=cancel)
    assert result.problem is not None and result.problem.code == "cancelled"
    assert _tree(models) == []  # no bartowski/, no bartowski/SmolLM2-135M-Instruct-GGUF/
    assert models.is_dir()  # LM Studio's own folder stays


def test_a_failed_first_download_leaves_no_empty_folders(fake_hub, models):
    fake_hub.fail(503, path_contains="/resolve/", times=10)
    result = download(SMOL, Q4)
    assert result.problem is not None and result.problem.code == "server_error"
    assert _tree(models) == []


def test_folders_that_were_there_or_hold_other_models_stay(fake_hub, models):
    other = models / "bartowski" / "Other-GGUF" / "other.gguf"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"GGUF")
    mine = models / "bartowski" / "SmolLM2-135M-Instruct-GGUF"
    mine.mkdir()  # made by the user (or LM Studio) before: not ours to remove
    cancel = threading.Event()
    result = download(SMOL, Q4, progress=lambda *a: cancel.set(), cancel=cancel)
    assert result.problem is not None and result.problem.code == "cancelled"
    assert _tree(models) == [
        "bartowski",
        "bartowski/Other-GGUF",
        "bartowski/Other-GGUF/other.gguf",
        "bartowski/SmolLM2-135M-Instruct-GGUF",
    ]
    assert other.read_bytes() == b"GGUF"


def test_a_finished_download_keeps_its_folders(fake_hub, models):
    result = download(SMOL, Q4)
    assert result.ok
    assert (models / "bartowski" / "SmolLM2-135M-Instruct-GGUF" / Q4).is_file()
