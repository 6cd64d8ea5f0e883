"""download() with the real hf_hub_download against the fake Hub and its CDN on another origin."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from advisor.core.catalog import download, lms_get_command, lmstudio_deep_link
from advisor.core.catalog.fetch import STAGING_DIR

SMOL = "bartowski/SmolLM2-135M-Instruct-GGUF"
Q4 = "SmolLM2-135M-Instruct-Q4_K_M.gguf"  # 12 MiB: the library reports progress every 10 MiB
Q8_PARTS = (
    "SmolLM2-135M-Instruct-Q8_0/SmolLM2-135M-Instruct-Q8_0-00001-of-00002.gguf",
    "SmolLM2-135M-Instruct-Q8_0/SmolLM2-135M-Instruct-Q8_0-00002-of-00002.gguf",
)
GATED = "google/gemma-3-4b-it-qat-q4_0-gguf"


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "models" / "bartowski" / "SmolLM2-135M-Instruct-GGUF"


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_file_arrives_complete_verified_with_progress(fake_hub, dest):
    seen: list[tuple[int, int, float, float | None]] = []
    result = download(SMOL, Q4, dest_dir=str(dest), progress=lambda *a: seen.append(a))

    assert result.ok and result.verified
    target = dest / Q4
    assert result.paths == (str(target),)
    assert target.read_bytes() == fake_hub.file_bytes(SMOL, Q4)
    assert _files(dest) == [Q4]  # no staging folder, no .incomplete left behind
    total = len(fake_hub.file_bytes(SMOL, Q4))
    assert len(seen) >= 2  # progress is seen more than once
    assert [d for d, *_ in seen] == sorted(d for d, *_ in seen) and seen[-1][0] == total
    assert all(t == total for _, t, _, _ in seen)
    assert all(rate > 0 for _, _, rate, _ in seen) and seen[-1][3] == 0
    # the bytes came from the CDN origin (localhost), not from the Hub (127.0.0.1)
    assert fake_hub.cdn.url.startswith("http://127.0.0.1:") and fake_hub.cdn.bytes_served == total
    assert fake_hub.count("HEAD", "/resolve/main/" + Q4) == 1


def test_every_part_of_a_split_model_in_its_quant_folder(fake_hub, dest):
    result = download(SMOL, Q8_PARTS[0], dest_dir=str(dest))
    assert result.ok and result.verified
    assert _files(dest) == list(Q8_PARTS)
    assert result.size_bytes == sum(len(fake_hub.file_bytes(SMOL, p)) for p in Q8_PARTS)
    for part in Q8_PARTS:
        assert (dest / part).read_bytes() == fake_hub.file_bytes(SMOL, part)


def test_old_style_parts_are_joined_into_one_gguf(fake_hub, dest):
    parts = ("SmolLM2-135M-Instruct-f16.gguf.part1of2", "SmolLM2-135M-Instruct-f16.gguf.part2of2")
    result = download(SMOL, parts[0], dest_dir=str(dest))
    assert result.ok
    assert _files(dest) == ["SmolLM2-135M-Instruct-f16.gguf"]
    joined = (dest / "SmolLM2-135M-Instruct-f16.gguf").read_bytes()
    assert joined == fake_hub.file_bytes(SMOL, parts[0]) + fake_hub.file_bytes(SMOL, parts[1])


def test_cancelling_leaves_nothing_that_looks_complete(fake_hub, dest):
    cancel = threading.Event()
    result = download(SMOL, Q8_PARTS[0], dest_dir=str(dest), progress=lambda *a: cancel.set(), cancel=cancel)
    assert not result.ok and result.problem.code == "cancelled"
    assert _files(dest) == []
    assert not (dest / STAGING_DIR).exists()


def test_a_damaged_file_is_refused_and_removed(fake_hub, dest):
    fake_hub.corrupt(SMOL, Q4)
    result = download(SMOL, Q4, dest_dir=str(dest))
    assert result.problem.code == "checksum_mismatch"
    assert result.problem.values["expected"] != result.problem.values["actual"]
    assert _files(dest) == []


def test_not_enough_disk_is_refused_before_any_byte(fake_hub, dest):
    result = download(SMOL, Q4, dest_dir=str(dest), free_bytes=lambda path: 5 * 2**20)
    assert result.problem.code == "disk_full"
    assert result.problem.values["free_bytes"] == 5 * 2**20
    assert result.problem.values["needed_bytes"] > len(fake_hub.file_bytes(SMOL, Q4))
    assert fake_hub.count("HEAD", "/resolve/") == 0 and fake_hub.cdn is None
    assert _files(dest) == []


def test_a_gated_repo_says_so_with_its_page_and_uses_the_token(fake_hub, dest, monkeypatch):
    refused = download(GATED, "gemma-3-4b-it-q4_0.gguf", dest_dir=str(dest))
    assert refused.problem.code == "gated"
    assert refused.problem.values["url"] == f"{fake_hub.url}/{GATED}"
    assert refused.problem.values["has_token"] is False
    assert _files(dest) == []

    monkeypatch.setenv("HF_TOKEN", "hf_not_accepted_yet")
    wrong = download(GATED, "gemma-3-4b-it-q4_0.gguf", dest_dir=str(dest))
    assert wrong.problem.code == "gated" and wrong.problem.values["has_token"] is True

    monkeypatch.setenv("HF_TOKEN", "hf_valid_test_token")
    allowed = download(GATED, "gemma-3-4b-it-q4_0.gguf", dest_dir=str(dest))
    assert allowed.ok and allowed.verified
    assert (dest / "gemma-3-4b-it-q4_0.gguf").read_bytes() == fake_hub.file_bytes(GATED, "gemma-3-4b-it-q4_0.gguf")


@pytest.mark.parametrize(
    ("repo", "filename", "code"),
    [
        ("nobody/No-Such-Repo-GGUF", "x-Q4_K_M.gguf", "repo_not_found"),
        (SMOL, "SmolLM2-135M-Instruct-Q2_K.gguf", "file_not_found"),
        (SMOL, "README.md", "file_not_found"),  # not a model
    ],
)
def test_missing_repos_and_files_are_named(fake_hub, dest, repo, filename, code):
    result = download(repo, filename, dest_dir=str(dest))
    assert result.problem.code == code and result.problem.repo_id == repo


def test_a_server_error_is_one_problem_and_leaves_nothing(fake_hub, dest):
    fake_hub.fail(503, path_contains="/resolve/", times=10)
    result = download(SMOL, Q4, dest_dir=str(dest))
    assert result.problem.code == "server_error" and result.problem.values["status"] == 503
    assert _files(dest) == []


def test_offline_is_one_problem_not_an_exception(hf_home, dest):
    result = download(SMOL, Q4, dest_dir=str(dest), endpoint="http://127.0.0.1:9")
    assert result.problem.code == "offline"


def test_a_second_download_of_the_same_file_fetches_nothing(fake_hub, dest):
    assert download(SMOL, Q4, dest_dir=str(dest)).ok
    served = fake_hub.cdn.bytes_served
    again = download(SMOL, Q4, dest_dir=str(dest))
    assert again.ok and again.verified and fake_hub.cdn.bytes_served == served


def test_the_default_destination_is_lm_studios_models_folder(fake_hub, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / ".lmstudio" / "models").mkdir(parents=True)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    result = download(SMOL, Q4)
    assert result.ok
    target = home / ".lmstudio" / "models" / "bartowski" / "SmolLM2-135M-Instruct-GGUF" / Q4
    assert result.paths == (str(target),)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(fake_hub.file_bytes(SMOL, Q4)).hexdigest()


def test_lm_studio_links():
    assert lmstudio_deep_link("bartowski/Qwen_Qwen3-8B-GGUF", "Qwen_Qwen3-8B-Q4_K_M.gguf") == (
        "lmstudio://open_from_hf?model=bartowski/Qwen_Qwen3-8B-GGUF&file=Qwen_Qwen3-8B-Q4_K_M.gguf"
    )
    assert lmstudio_deep_link("a/b", "Q8_0/x y.gguf").endswith("&file=Q8_0/x%20y.gguf")
    assert lms_get_command("bartowski/Qwen_Qwen3-8B-GGUF", "Q4_K_M") == "lms get bartowski/Qwen_Qwen3-8B-GGUF@q4_k_m"
    assert lms_get_command("a/b") == "lms get a/b"
