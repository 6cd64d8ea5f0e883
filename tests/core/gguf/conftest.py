"""Fixtures for GGUF tests: files with chosen metadata (see files.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.gguf.files import write_gguf


@pytest.fixture
def make_gguf(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str, arch: str, metadata: dict[str, object], tensors, **kw) -> Path:
        return write_gguf(tmp_path / name, arch, metadata, tensors, **kw)

    return make
