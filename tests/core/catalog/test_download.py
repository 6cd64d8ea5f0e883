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
    assert fake_hub.count("GET", "/resolve/main/" + Q4) == 1


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


# ---------------------------------------------------------------- interrupted downloads: stall, kill, resume, clean
def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _job(dest: Path, model_path: str = Q4) -> Path:
    from advisor.core.catalog.fetch import staging_key

    return dest / STAGING_DIR / staging_key(SMOL, model_path)


def test_a_stalled_download_stops_at_the_stall_deadline_and_the_next_one_resumes(fake_hub, dest):
    import time

    rule = fake_hub.serve_slowly(Q4, stall_after_bytes=3 * 2**20, stall_s=20)
    started = time.monotonic()
    stalled = download(SMOL, Q4, dest_dir=str(dest), stall_timeout_s=1.0)
    took = time.monotonic() - started
    assert stalled.problem.code == "stalled" and took < 8
    assert stalled.problem.values["stall_timeout_s"] == 1.0 and stalled.problem.values["done_bytes"] > 0
    assert not (dest / Q4).exists()  # nothing that looks complete
    kept = sum(p.stat().st_size for p in _job(dest).rglob("*.partial"))
    assert 0 < kept <= 3 * 2**20

    fake_hub.serve_slowly(Q4)  # answers at full speed now (still from the Hub, with Range)
    fake_hub.slow_rules.remove(rule)
    again = download(SMOL, Q4, dest_dir=str(dest), stall_timeout_s=1.0)
    assert again.ok and again.verified and again.resumed_bytes == kept
    assert fake_hub.slow_rules[0].served[-1][0] == f"bytes={kept}-"  # only the missing bytes were asked for
    assert _sha((dest / Q4).read_bytes()) == _sha(fake_hub.file_bytes(SMOL, Q4))
    assert _files(dest) == [Q4]


def test_a_slow_but_moving_download_is_not_a_stall(fake_hub, dest):
    fake_hub.serve_slowly(Q4, bytes_per_s=24 * 2**20)  # ~0.5 s in all, 64 KiB every few ms
    result = download(SMOL, Q4, dest_dir=str(dest), stall_timeout_s=0.5)
    assert result.ok and result.verified


def test_leftovers_of_another_download_are_removed_and_reported(fake_hub, dest):
    from advisor.core.catalog.fetch import PARTIAL_SUFFIX

    orphan = _job(dest, Q8_PARTS[0]) / "parts" / (Q8_PARTS[0] + PARTIAL_SUFFIX)
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"x" * 3000)
    old_style = dest / STAGING_DIR / "0123456789ab" / ".cache" / "x.incomplete"  # an older version's folder
    old_style.parent.mkdir(parents=True)
    old_style.write_bytes(b"y" * 1000)

    result = download(SMOL, Q4, dest_dir=str(dest))
    assert result.ok and result.freed_bytes >= 4000 and result.leftovers_removed == 2 and result.resumed_bytes == 0
    assert _files(dest) == [Q4]


def test_clean_staging_frees_orphans_but_never_a_running_download(tmp_path):
    from advisor.core.catalog.fetch import _lock_job, clean_staging, staging_key

    models = tmp_path / "models"
    running = models / "a" / "b-GGUF" / STAGING_DIR / staging_key("a/b-GGUF", "x.gguf")
    lock = _lock_job(running)
    (running / "x.partial").write_bytes(b"r" * 100)
    orphan = models / "c" / "d-GGUF" / STAGING_DIR / staging_key("c/d-GGUF", "y.gguf")
    orphan.mkdir(parents=True)
    (orphan / "y.partial").write_bytes(b"o" * 5000)
    try:
        cleaned = clean_staging(models)
        assert cleaned.freed_bytes >= 5000 and cleaned.removed == (str(orphan),)
        assert cleaned.in_use == (str(running),) and (running / "x.partial").exists()
        assert not orphan.parent.exists()  # the empty staging folder goes too
    finally:
        lock.release()
    assert clean_staging(models).removed == (str(running),)
    assert clean_staging(models) == type(cleaned)()


def test_a_download_of_the_same_file_running_elsewhere_is_not_disturbed(fake_hub, dest):
    from advisor.core.catalog.fetch import _lock_job

    lock = _lock_job(_job(dest))
    try:
        result = download(SMOL, Q4, dest_dir=str(dest))
    finally:
        lock.release()
    assert result.problem.code == "busy"


def test_a_complete_file_in_place_is_kept_and_a_damaged_one_replaced_atomically(fake_hub, dest):
    good = fake_hub.file_bytes(SMOL, Q4)
    dest.mkdir(parents=True)
    (dest / Q4).write_bytes(good[:-10] + b"0123456789")  # same size, wrong bytes
    result = download(SMOL, Q4, dest_dir=str(dest))
    assert result.ok and (dest / Q4).read_bytes() == good
    inode = (dest / Q4).stat().st_ino
    assert download(SMOL, Q4, dest_dir=str(dest)).ok and (dest / Q4).stat().st_ino == inode  # not touched


def _download_process(fake_hub, dest: Path, *extra: str):
    import os
    import subprocess
    import sys

    env = {**os.environ, "HF_ENDPOINT": fake_hub.url, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "advisor", "download", SMOL, Q4, "--dest", str(dest), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_midway(fake_hub, dest: Path, at_least: int) -> int:
    """Start `llm-advisor download` against the slow Hub, SIGKILL it once `at_least` bytes are on disk."""
    import signal
    import time

    proc = _download_process(fake_hub, dest)
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline:
            on_disk = sum(p.stat().st_size for p in _job(dest).rglob("*.partial")) if _job(dest).exists() else 0
            if on_disk >= at_least:
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.02)
        else:
            pytest.fail("the download never got going")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert not (dest / Q4).exists()  # killed: nothing that looks complete
    return sum(p.stat().st_size for p in _job(dest).rglob("*.partial"))


def test_a_killed_download_is_resumed_by_the_next_one(fake_hub, dest, capsys):
    from advisor.cli.main import main

    fake_hub.serve_slowly(Q4, bytes_per_s=2 * 2**20)  # 12 MiB: ~6 s
    left = _kill_midway(fake_hub, dest, at_least=2 * 2**20)
    assert 0 < left < len(fake_hub.file_bytes(SMOL, Q4))

    fake_hub.serve_normally()
    served_before = fake_hub.cdn.bytes_served if fake_hub.cdn else 0
    assert main(["download", SMOL, Q4, "--dest", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "Resumed an interrupted download" in out and "Saved" in out and "SHA-256 verified" in out
    total = len(fake_hub.file_bytes(SMOL, Q4))
    assert fake_hub.cdn.bytes_served - served_before == total - left  # only the missing bytes
    assert _sha((dest / Q4).read_bytes()) == _sha(fake_hub.file_bytes(SMOL, Q4))
    assert _files(dest) == [Q4]  # the staging folder is gone


def test_a_killed_download_is_cleaned_by_the_next_download_of_another_file(fake_hub, dest, capsys):
    from advisor.cli.main import main

    fake_hub.serve_slowly(Q4, bytes_per_s=2 * 2**20)
    left = _kill_midway(fake_hub, dest, at_least=2 * 2**20)
    fake_hub.serve_normally()
    assert main(["download", SMOL, Q8_PARTS[0], "--dest", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "Removed the leftovers of an interrupted download" in out and "freed" in out
    assert _files(dest) == list(Q8_PARTS)
    assert left > 0


def test_a_terminated_download_keeps_its_bytes_for_the_next_run(fake_hub, dest):
    import signal
    import time

    fake_hub.serve_slowly(Q4, bytes_per_s=2 * 2**20)
    proc = _download_process(fake_hub, dest)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(p.stat().st_size > 2**20 for p in _job(dest).rglob("*.partial")):
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 130 and "run the same command again to resume" in err
    assert sum(p.stat().st_size for p in _job(dest).rglob("*.partial")) > 2**20
    fake_hub.serve_normally()
    again = download(SMOL, Q4, dest_dir=str(dest))
    assert again.ok and again.resumed_bytes > 2**20


def test_stall_timeout_option(fake_hub, dest, capsys):
    from advisor.cli.main import main

    fake_hub.serve_slowly(Q4, stall_after_bytes=2**20, stall_s=20)
    assert main(["download", SMOL, Q4, "--dest", str(dest), "--stall-timeout", "0.5"]) == 1
    err = capsys.readouterr().err
    assert "stalled: no data for 0.5 s" in err and "download it again to resume" in err
    with pytest.raises(SystemExit) as exc:
        main(["download", SMOL, Q4, "--stall-timeout", "0"])
    assert exc.value.code == 2
