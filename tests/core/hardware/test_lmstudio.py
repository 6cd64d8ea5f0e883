"""LM Studio's home folder rules (reference/servers.md), its GGUF files, and free disk space."""

from __future__ import annotations

import json
import shutil

from advisor.core.hardware.lmstudio import probe_lmstudio
from tests.support.special_files import fifo, needs_fifo, watched_fifo


def _gguf(path, size):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.write(b"GGUF")
        fh.truncate(size)


def test_default_home_lists_downloaded_models_largest_first(tmp_path):
    models = tmp_path / ".lmstudio" / "models"
    _gguf(models / "lmstudio-community" / "Qwen2.5-7B-Instruct-GGUF" / "Qwen2.5-7B-Instruct-Q4_K_M.gguf", 4096)
    _gguf(models / "bartowski" / "Llama-3.2-3B-Instruct-GGUF" / "Llama-3.2-3B-Instruct-Q8_0.gguf", 8192)
    (models / "bartowski" / "Llama-3.2-3B-Instruct-GGUF" / "README.md").write_text("not a model")
    info = probe_lmstudio(home=tmp_path)
    assert info.home == str(tmp_path / ".lmstudio") and info.models_dir == str(models)
    assert [(m.path.rsplit("/", 1)[-1], m.size_bytes) for m in info.models] == [
        ("Llama-3.2-3B-Instruct-Q8_0.gguf", 8192),
        ("Qwen2.5-7B-Instruct-Q4_K_M.gguf", 4096),
    ]
    assert abs(info.disk_free_bytes - shutil.disk_usage(models).free) < 2**28  # other programs write meanwhile


def test_the_home_pointer_wins_then_the_cache_folder(tmp_path):
    (tmp_path / ".lmstudio").mkdir()
    (tmp_path / ".cache" / "lm-studio").mkdir(parents=True)
    assert probe_lmstudio(home=tmp_path).home == str(tmp_path / ".cache" / "lm-studio")
    elsewhere = tmp_path / "big-disk" / "lmstudio"
    elsewhere.mkdir(parents=True)
    (tmp_path / ".lmstudio-home-pointer").write_text(f"{elsewhere}\n")
    assert probe_lmstudio(home=tmp_path).home == str(elsewhere)


def test_a_pointer_with_a_bom_is_followed_and_a_broken_one_falls_back(tmp_path):
    elsewhere = tmp_path / "D" / "lmstudio"
    elsewhere.mkdir(parents=True)
    pointer = tmp_path / ".lmstudio-home-pointer"
    pointer.write_text(f"{elsewhere}\r\n", encoding="utf-8-sig")  # as Windows Notepad saves it
    assert probe_lmstudio(home=tmp_path).home == str(elsewhere)
    (tmp_path / ".lmstudio").mkdir()
    for junk in (b"\xff\xfe\x00garbage", b"/tmp\x00/x"):  # not UTF-8; a NUL byte inside
        pointer.write_bytes(junk)
        assert probe_lmstudio(home=tmp_path).home == str(tmp_path / ".lmstudio")


def test_a_moved_models_folder_from_settings_is_followed(tmp_path):
    moved = tmp_path / "models-on-d"
    _gguf(moved / "pub" / "repo" / "m.gguf", 100)
    (tmp_path / ".lmstudio").mkdir()
    (tmp_path / ".lmstudio" / "settings.json").write_text(json.dumps({"downloadsFolder": str(moved)}))
    info = probe_lmstudio(home=tmp_path)
    assert info.models_dir == str(moved) and [m.size_bytes for m in info.models] == [100]


def test_without_lm_studio_there_is_no_home_but_free_disk_is_known(tmp_path):
    info = probe_lmstudio(home=tmp_path)
    assert (info.home, info.models_dir, info.models) == (None, None, ())
    assert abs(info.disk_free_bytes - shutil.disk_usage(tmp_path).free) < 2**28


@needs_fifo
def test_a_pipe_or_a_device_in_place_of_its_settings_or_pointer_is_not_read(tmp_path):
    """A named pipe as settings.json blocked `verify` forever, and a link to /dev/zero read until memory ran out
    (`detect` then said LM Studio was not found): neither is read, and the default models folder is used."""
    home = tmp_path / ".lmstudio"
    home.mkdir()
    with fifo(home / "settings.json", release_after_s=2.0):
        info = probe_lmstudio(home=tmp_path)
    assert (info.home, info.models_dir) == (str(home), str(home / "models"))
    (home / "settings.json").unlink()
    (home / "settings.json").symlink_to("/dev/zero")
    assert probe_lmstudio(home=tmp_path).models_dir == str(home / "models")
    with fifo(tmp_path / ".lmstudio-home-pointer", release_after_s=2.0):
        assert probe_lmstudio(home=tmp_path).home == str(home)


def test_a_settings_file_far_larger_than_any_lm_studio_writes_is_not_read(tmp_path):
    moved = tmp_path / "models-on-d"
    moved.mkdir()
    home = tmp_path / ".lmstudio"
    home.mkdir()
    padded = json.dumps({"downloadsFolder": str(moved), "pad": " " * (9 * 1024 * 1024)})
    (home / "settings.json").write_text(padded)
    assert probe_lmstudio(home=tmp_path).models_dir == str(home / "models")
    (home / "settings.json").write_text("[" * 100_000)  # nested past Python's recursion: still the default
    assert probe_lmstudio(home=tmp_path).models_dir == str(home / "models")


@needs_fifo
def test_reading_lm_studio_s_files_never_waits_on_a_pipe(tmp_path):
    home = tmp_path / ".lmstudio"
    home.mkdir()
    with watched_fifo(home / "settings.json") as settings:
        assert probe_lmstudio(home=tmp_path).models_dir == str(home / "models")
    with watched_fifo(tmp_path / ".lmstudio-home-pointer") as pointer:
        assert probe_lmstudio(home=tmp_path).home == str(home)
    assert not settings.reader_blocked and not pointer.reader_blocked


def test_a_pointer_or_a_moved_folder_naming_a_user_who_is_not_here_falls_back(tmp_path):
    """Code review: "~nosuchuser/models" made pathlib raise RuntimeError: `detect` said LM Studio was not found and
    `verify` ended in "unexpected error"."""
    home = tmp_path / ".lmstudio"
    home.mkdir()
    (tmp_path / ".lmstudio-home-pointer").write_text("~no-such-user-here-4711/lmstudio")
    (home / "settings.json").write_text(json.dumps({"downloadsFolder": "~no-such-user-here-4711/models"}))
    info = probe_lmstudio(home=tmp_path)
    assert (info.home, info.models_dir) == (str(home), str(home / "models"))
