"""A download and the disk it writes to: what someone whose disk fills up, or who points `--dest` at the wrong
place, relies on — the bytes already downloaded survive a full disk and the next try resumes them, every figure of
the message is filled in (the margin kept free said apart from the file's size), and a refused write is said in
the user's language with the exit code of bad input, never Python's English error text."""

from __future__ import annotations

import errno
import io
import sys
from pathlib import Path
from typing import Any

import pytest

from advisor.cli import speech
from advisor.cli.main import main
from advisor.core.catalog import download, fetch
from advisor.core.catalog.fetch import DISK_MARGIN_BYTES, PARTIAL_SUFFIX, STAGING_DIR, staging_key
from advisor.core.catalog.hub_http import problem_from_exception
from advisor.core.messages import catalog
from advisor.core.messages.speaker import ENGLISH, Speaker

SMOL = "bartowski/SmolLM2-135M-Instruct-GGUF"
Q4 = "SmolLM2-135M-Instruct-Q4_K_M.gguf"  # 12 MiB
ES = Speaker("es")
PLACEHOLDER_LEFT = ("—", "?", "{")


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    """`--lang es` holds for the rest of the process: the next test starts in the environment's language again."""
    yield
    speech.set_language(None)


class _FillingFile(io.RawIOBase):
    """A file on a disk with `room` bytes left: writes what fits, then fails as the OS does (ENOSPC)."""

    def __init__(self, real: Any, room: list[int]) -> None:
        self._real = real
        self._room = room

    def write(self, data: Any) -> int:
        data = bytes(data)
        if len(data) > self._room[0]:
            fits = data[: self._room[0]]
            self._real.write(fits)
            self._real.flush()
            self._room[0] = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room[0] -= len(data)
        return self._real.write(data)

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # resuming hashes the bytes already there
        return self._real.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._real.seek(offset, whence)

    def truncate(self, size: int | None = None) -> int:
        return self._real.truncate(size)

    def flush(self) -> None:
        if not self._real.closed:
            self._real.flush()

    def fileno(self) -> int:
        return self._real.fileno()

    def close(self) -> None:
        self._real.close()
        super().close()


@pytest.fixture
def disk_with_room(monkeypatch):
    """The partial files of a download land on a disk with 3 MiB left (the rest of the tree is untouched)."""
    room = [3 * 2**20]
    real_open = fetch._open_staged  # every staging file is opened by it (never through a link)

    def open_(path, **kwargs):
        fh = real_open(path, **kwargs)
        return _FillingFile(fh, room) if path.name.endswith(PARTIAL_SUFFIX) else fh

    monkeypatch.setattr(fetch, "_open_staged", open_)
    return room


def test_a_disk_that_fills_up_mid_download_keeps_the_bytes_and_says_every_figure(fake_hub, tmp_path, disk_with_room):
    dest = tmp_path / "models"
    frees = iter([10 * 2**30, 0])  # room at the check; none once another program filled the disk
    result = download(SMOL, Q4, dest_dir=str(dest), free_bytes=lambda path: next(frees, 0))
    problem = result.problem
    assert problem is not None and problem.code == "disk_full"
    kept = sum(p.stat().st_size for p in (dest / STAGING_DIR / staging_key(SMOL, Q4)).rglob("*" + PARTIAL_SUFFIX))
    assert 0 < kept <= 3 * 2**20  # the bytes that reached the disk are still there
    size = len(fake_hub.file_bytes(SMOL, Q4))
    assert problem.values["done_bytes"] == kept and problem.values["total_bytes"] == size
    assert problem.values["needed_bytes"] == size - kept + DISK_MARGIN_BYTES
    for say in (ENGLISH, ES):
        text = catalog.problem(say, problem.code, problem.repo_id, problem.values)
        assert str(dest) in text and say.gib(kept) in text and say.gib(DISK_MARGIN_BYTES) in text
        assert not any(mark in text for mark in PLACEHOLDER_LEFT), text

    disk_with_room[0] = 1 << 40  # space freed: the same download resumes from the kept bytes
    again = download(SMOL, Q4, dest_dir=str(dest))
    assert again.ok and again.verified and again.resumed_bytes == kept
    assert (dest / Q4).read_bytes() == fake_hub.file_bytes(SMOL, Q4)


def test_the_up_front_refusal_names_the_file_size_and_the_margin_apart(fake_hub, tmp_path):
    result = download(SMOL, Q4, dest_dir=str(tmp_path), free_bytes=lambda path: 5 * 2**20)
    problem = result.problem
    assert problem is not None and problem.code == "disk_full"
    size = len(fake_hub.file_bytes(SMOL, Q4))
    text = catalog.problem(ENGLISH, problem.code, problem.repo_id, problem.values)
    assert f"it needs {ENGLISH.gib(size)}, plus {ENGLISH.gib(DISK_MARGIN_BYTES)} kept free" in text
    assert ENGLISH.gib(size + DISK_MARGIN_BYTES) not in text  # never one figure that hides the margin


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EROFS, "read-only disk"),
        (errno.EACCES, "no permission"),
        (errno.ENOTDIR, "not a folder"),
        (errno.EIO, "system error EIO"),
    ],
)
def test_a_refused_write_is_said_in_the_catalogue_s_words(code, words):
    exc = OSError(code, "Some English text from the OS", "/m/.llm-advisor-download")
    problem = problem_from_exception(exc, SMOL, filename=Q4)
    values = {**problem.values, "dest": "/m"}
    english = catalog.problem(ENGLISH, problem.code, SMOL, values)
    spanish = catalog.problem(ES, problem.code, SMOL, values)
    assert words in english and "English text" not in english and "/m" in english
    assert spanish != english and "English text" not in spanish and "Errno" not in spanish


def test_a_dest_that_is_a_file_is_bad_input_before_any_request(fake_hub, tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert main(["--lang", "es", "download", SMOL, Q4, "--dest", str(afile / "sub")]) == 2
    err = capsys.readouterr().err
    assert str(afile) in err and "Errno" not in err and "Not a directory" not in err
    assert fake_hub.count("GET", "/api/") == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/sys refuses new folders on Linux only")
def test_a_dest_where_nothing_may_be_written_is_bad_input_in_the_user_s_words(fake_hub, capsys):
    dest = "/sys/llm-advisor-test/models"
    code = main(["download", SMOL, Q4, "--dest", dest])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "no permission" in err and "Errno" not in err and "Operation not permitted" not in err
    assert not Path(dest).exists()
