"""Links and hostile names in the models folder, against the real download code and a fake Hub mirror: what someone
whose models folder holds a symlink (an unpacked "model pack", a folder moved to another disk and linked back, a
synced folder) relies on — a download, and the cleanup of interrupted downloads it runs, never deletes, grows or
writes anything outside the models folder; a name whose split part count is absurd costs no memory and breaks no
other download; every name a listing offers can be downloaded under its own name.

Every link here points into this test's own temp folder (a "victim" folder outside the models folder); each test
compares that folder, file by file and byte by byte, before and after.
"""

from __future__ import annotations

import json
import os
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from advisor.core.catalog import clean_staging, download, fetch, group_files
from advisor.core.catalog.fetch import MANIFEST, STAGING_DIR, _partial_path, staging_key, staging_roots
from advisor.core.catalog.filenames import MAX_SPLIT_PARTS, incomplete_splits
from advisor.core.catalog.hub import make_api, repo_files
from advisor.core.catalog.repo_paths import MAX_PART_BYTES
from advisor.core.messages import catalog as catalog_words
from advisor.core.messages.speaker import Speaker
from tests.support.fake_hub import FakeHub

EN = Speaker("en")
EVIL = "evil/Evil-7B-GGUF"
GOOD = "Good-7B-Q4_K_M.gguf"
GGUF_BYTES = b"GGUF" + bytes(4092)

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX symlinks")


def _evil_repo() -> dict:
    gguf = {"total": 7e9, "architecture": "llama", "context_length": 4096}
    return {"id": EVIL, "sha": "e" * 40, "tags": ["gguf"], "downloads": 5, "likes": 1, "gguf": gguf, "files": []}


@pytest.fixture
def hub(hf_home: Path) -> Iterator[FakeHub]:
    with FakeHub(repos=[_evil_repo()]) as fake:
        fake.add_file(EVIL, GOOD, GGUF_BYTES)
        yield fake


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """Someone's own files, outside the models folder: a document, a folder of them, and a model-looking file."""
    root = tmp_path / "victim"
    (root / "Documents").mkdir(parents=True)
    (root / "thesis.docx").write_bytes(b"my thesis")
    (root / "Documents" / "taxes.pdf").write_bytes(b"taxes")
    (root / "lock").write_bytes(b"not a lock of ours")
    (root / "Keep-7B-Q4_K_M.gguf").write_bytes(b"GGUF my model")
    (root / "keep.partial").write_bytes(b"PRECIOUS\n")
    return root


def _tree(root: Path) -> dict[str, tuple[str, bytes | str]]:
    """Every entry under `root` (links not followed) with its bytes, or its link target: a before/after picture."""
    seen: dict[str, tuple[str, bytes | str]] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            rel = str(path.relative_to(root))
            if path.is_symlink():
                seen[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                seen[rel] = ("dir", b"")
            else:
                seen[rel] = ("file", path.read_bytes())
    return seen


def _download(hub: FakeHub, dest: Path | None = None, models: Path | None = None, name: str = GOOD):
    return download(
        EVIL,
        name,
        dest_dir=str(dest) if dest is not None else None,
        models_dir=str(models) if models is not None else None,
        endpoint=hub.url,
        token=False,
    )


# ------------------------------------------------------------------------------------ F0: the cleaner


def test_a_staging_folder_that_links_elsewhere_is_unlinked_and_its_target_untouched(hub, tmp_path, victim):
    dest = tmp_path / "models" / "evil" / "Evil-7B-GGUF"
    dest.mkdir(parents=True)
    (dest / STAGING_DIR).symlink_to(victim, target_is_directory=True)
    before = _tree(victim)

    result = _download(hub, dest=dest)

    assert result.ok and result.verified and (dest / GOOD).read_bytes() == GGUF_BYTES
    assert _tree(victim) == before  # not one file of the link's target deleted, created or changed
    assert result.leftovers_removed == 0 and result.freed_bytes == 0  # nothing "freed" that was not ours
    assert not (dest / STAGING_DIR).is_symlink()  # the link itself is gone, and the staging folder went as usual
    assert sorted(p.name for p in dest.iterdir()) == [GOOD]


def test_the_default_destinations_cleanup_never_follows_a_link_in_another_repo_folder(hub, tmp_path, victim):
    models = tmp_path / "models"
    other = models / "someone" / "Other-GGUF"
    other.mkdir(parents=True)
    (other / STAGING_DIR).symlink_to(victim, target_is_directory=True)
    before = _tree(victim)

    result = _download(hub, models=models)

    assert result.ok and (models / "evil" / "Evil-7B-GGUF" / GOOD).read_bytes() == GGUF_BYTES
    assert _tree(victim) == before
    assert result.leftovers_removed == 0 and result.freed_bytes == 0
    assert list(other.iterdir()) == []  # the link went; what it pointed to stays


def test_a_repo_folder_linked_out_of_the_models_folder_is_not_cleaned(tmp_path, victim):
    models = tmp_path / "models"
    (models / "someone").mkdir(parents=True)
    (models / "someone" / "Moved-GGUF").symlink_to(victim, target_is_directory=True)  # moved to another disk
    job = victim / STAGING_DIR / staging_key("someone/Moved-GGUF", GOOD)
    job.mkdir(parents=True)
    (job / "x.partial").write_bytes(b"bytes of a download outside the models folder")
    before = _tree(victim)

    assert staging_roots(models) == []
    assert clean_staging(models) == type(clean_staging(models))()
    assert _tree(victim) == before


@pytest.mark.parametrize("at_fds", [True, False], ids=["dir-fds", "paths"])
def test_the_cleaner_removes_only_its_own_files_and_links_themselves(tmp_path, victim, monkeypatch, at_fds):
    monkeypatch.setattr(fetch, "_AT_FDS", at_fds and fetch._AT_FDS)  # "paths": as on Windows
    staging = tmp_path / "models" / "a" / "b-GGUF" / STAGING_DIR
    ours = staging / staging_key("a/b-GGUF", "x.gguf")
    (ours / "parts").mkdir(parents=True)
    (ours / "parts" / "0123456789abcdef.partial").write_bytes(b"p" * 3000)
    (ours / MANIFEST).write_text("{}")
    (ours / "parts" / "to-victim.partial").symlink_to(victim / "keep.partial")
    (ours / "parts" / "folder-link").symlink_to(victim, target_is_directory=True)
    (ours / "lock").symlink_to(victim / "lock")
    linked_job = staging / staging_key("a/b-GGUF", "y.gguf")
    linked_job.symlink_to(victim, target_is_directory=True)
    mixed = staging / "0123456789ab"  # 0.1.0's job name, with a file someone put there
    (mixed / ".cache").mkdir(parents=True)
    (mixed / ".cache" / "x.incomplete").write_bytes(b"i" * 1000)
    (mixed / "notes.txt").write_bytes(b"mine")
    (staging / "Photos").mkdir()  # no job name of ours
    (staging / "Photos" / "a.jpg").write_bytes(b"jpg")
    (staging / "stray.txt").write_bytes(b"stray")
    before = _tree(victim)

    cleaned = clean_staging(tmp_path / "models")

    assert _tree(victim) == before
    assert cleaned.removed == (str(ours),) and not os.path.lexists(ours)
    assert cleaned.freed_bytes >= 4000  # the .partial and the .incomplete (the links count nothing)
    assert not os.path.lexists(linked_job)  # the link removed, its target (victim) intact above
    assert _tree(mixed) == {"notes.txt": ("file", b"mine")}  # its .incomplete went, the user's file stayed
    assert (staging / "Photos" / "a.jpg").read_bytes() == b"jpg" and (staging / "stray.txt").read_bytes() == b"stray"


# ------------------------------------------------------------------------------------ F2: staging files


def _job(dest: Path) -> Path:
    return dest / STAGING_DIR / staging_key(EVIL, GOOD)


def _resumable_manifest(job: Path, hub: FakeHub) -> None:
    """The manifest an interrupted run of this very download leaves (so its `.partial` would be resumed)."""
    entries = repo_files(make_api(hub.url, False), EVIL)
    sha = next(s for path, _, s in entries if path == GOOD)
    (job / MANIFEST).write_text(json.dumps({"repo_id": EVIL, "file": GOOD, "parts": {GOOD: {"sha256": sha}}}))


def test_a_partial_file_that_links_outside_is_replaced_never_appended_to(hub, tmp_path, victim):
    dest = tmp_path / "models" / "evil" / "Evil-7B-GGUF"
    job = _job(dest)
    (job / "parts").mkdir(parents=True)
    _resumable_manifest(job, hub)
    _partial_path(job, GOOD).symlink_to(victim / "keep.partial")
    before = _tree(victim)

    result = _download(hub, dest=dest)

    assert result.ok and result.verified and result.resumed_bytes == 0  # no byte "resumed" from the link's target
    assert (victim / "keep.partial").read_bytes() == b"PRECIOUS\n"  # not grown, not truncated
    assert _tree(victim) == before
    assert (dest / GOOD).read_bytes() == GGUF_BYTES and not (dest / GOOD).is_symlink()


@pytest.mark.parametrize("linked", ["parts", "job", "lock", "manifest-tmp"])
def test_a_staging_folder_or_file_that_links_outside_is_never_written_through(hub, tmp_path, victim, linked):
    dest = tmp_path / "models" / "evil" / "Evil-7B-GGUF"
    job = _job(dest)
    job.parent.mkdir(parents=True)
    if linked == "job":
        job.symlink_to(victim, target_is_directory=True)
    elif linked == "parts":
        job.mkdir()
        (job / "parts").symlink_to(victim, target_is_directory=True)
        for name in (GOOD + ".partial", _partial_path(job, GOOD).name):  # where a part's bytes would be staged
            (victim / name).write_bytes(b"PRECIOUS\n")
    elif linked == "lock":
        job.mkdir()
        (job / "lock").symlink_to(victim / "made-by-the-lock")  # a dangling link: opening it would create the file
    else:
        job.mkdir()
        (job / (MANIFEST + ".tmp")).symlink_to(victim / "thesis.docx")
    before = _tree(victim)

    result = _download(hub, dest=dest)

    assert result.ok and result.verified and (dest / GOOD).read_bytes() == GGUF_BYTES
    assert _tree(victim) == before  # nothing created, grown, truncated or deleted in the link's target
    assert sorted(p.name for p in dest.iterdir()) == [GOOD]  # and the staging folder cleaned up as usual


def test_a_folder_where_a_partial_goes_is_set_aside_never_deleted_and_the_download_works(hub, tmp_path):
    dest = tmp_path / "models" / "evil" / "Evil-7B-GGUF"
    blocking = _partial_path(_job(dest), GOOD)
    blocking.mkdir(parents=True)
    (blocking / "notes.txt").write_bytes(b"someone's")  # not a file this program names
    (blocking / "old.partial").write_bytes(b"o" * 100)  # one it does

    for _ in range(2):  # and again: the next run is not stuck on it either
        result = _download(hub, dest=dest)
        assert result.ok and result.verified and (dest / GOOD).read_bytes() == GGUF_BYTES
    kept = list((tmp_path / "models").rglob("notes.txt"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"someone's"
    assert not list((tmp_path / "models").rglob("old.partial"))


# ------------------------------------------------------------------------------------ F1: absurd part counts


# each its own model (a shared base would let one part's count hide another's)
HOSTILE_COUNTS = (
    "Over-Q4_K_M.gguf.part1of99999999999999999999999999999",  # past a C ssize_t: was OverflowError
    "Mem-Q4_K_M.gguf.part1of2000000",  # was a list of 2,000,000 (2,000,000,000: ~70 GB; kept small for a regression)
    "Index-Q4_K_M.gguf.part99999999999999of2",
    "Five-Q4_K_M-00001-of-99999.gguf",  # five digits, past what a split may have
)


def test_a_name_claiming_an_absurd_part_count_costs_no_memory_and_is_not_offered():
    tracemalloc.start()
    started = time.monotonic()
    try:
        entries = [(name, 4096, None) for name in HOSTILE_COUNTS] + [(GOOD, 4096, None)]
        files = group_files(entries)
        missing = incomplete_splits(entries)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [f.path for f in files] == [GOOD]  # the good file beside them is still offered
    assert missing == []  # and they are not reported as splits to complete: no split has that many parts
    assert peak < 2**20 and time.monotonic() - started < 1.0


def test_the_largest_split_still_counts_and_one_part_of_it_is_incomplete():
    from advisor.core.gguf.info import MAX_SPLIT_COUNT

    assert MAX_SPLIT_PARTS == MAX_SPLIT_COUNT  # one bound for a split's name and its header's split.count
    last = f"Big-Q4_K_M.gguf.part1of{MAX_SPLIT_PARTS}"
    assert incomplete_splits([(last, 1, None)]) == ["Big-Q4_K_M.gguf"]
    parts = [(f"Big-Q4_K_M.gguf.part{i}of3", 1, None) for i in (1, 2, 3)]
    (joined,) = group_files(parts)
    assert joined.needs_join and len(joined.parts) == 3


def test_a_download_beside_a_name_with_an_absurd_part_count_works(hub, tmp_path):
    for name in HOSTILE_COUNTS:
        hub.add_file(EVIL, name, GGUF_BYTES)
    result = _download(hub, dest=tmp_path / "dest")
    assert result.ok and result.verified
    refused = _download(hub, dest=tmp_path / "dest", name=HOSTILE_COUNTS[0])
    assert refused.problem is not None and refused.problem.code == "file_not_found"


# ------------------------------------------------------------------------------------ F8: long names


def test_every_listed_name_downloads_even_at_the_longest_a_disk_takes(hub, tmp_path):
    longest = "A" * (MAX_PART_BYTES - len("-Q4_K_M.gguf")) + "-Q4_K_M.gguf"  # 255 bytes: what ext4/NTFS/APFS take
    assert len(longest.encode()) == MAX_PART_BYTES
    hub.add_file(EVIL, longest, GGUF_BYTES)
    listed = [path for path, _, _ in repo_files(make_api(hub.url, False), EVIL)]
    assert longest in listed and longest in [f.path for f in group_files([(p, 1, None) for p in listed])]

    result = _download(hub, dest=tmp_path / "dest", name=longest)

    assert result.ok and result.verified and (tmp_path / "dest" / longest).read_bytes() == GGUF_BYTES


def test_a_name_too_long_for_a_disk_is_refused_as_too_long_naming_the_users_file(hub, tmp_path):
    too_long = "B" * (MAX_PART_BYTES + 1 - len("-Q4_K_M.gguf")) + "-Q4_K_M.gguf"
    result = _download(hub, dest=tmp_path / "dest", name=too_long)
    assert result.problem is not None and result.problem.code == "unsafe_name"
    sentence = catalog_words.problem(EN, "unsafe_name", result.problem.repo_id, result.problem.values)
    assert sentence.startswith(too_long[:40]) and "too long" in sentence and "255 bytes" in sentence
    assert ".partial" not in sentence and "'..'" not in sentence
    assert not (tmp_path / "dest").exists() and hub.requests == []


def test_a_pipe_in_place_of_the_manifest_does_not_hold_the_download(hub, tmp_path):
    """Code review: the manifest was opened without O_NONBLOCK, so a named pipe there blocked the download until
    some program wrote to it."""
    from tests.support.special_files import watched_fifo

    dest = tmp_path / "models" / "evil" / "Evil-7B-GGUF"
    job = _job(dest)
    job.mkdir(parents=True)
    with watched_fifo(job / MANIFEST) as pipe:
        result = _download(hub, dest=dest)
    assert not pipe.reader_blocked
    assert result.ok and (dest / GOOD).read_bytes() == GGUF_BYTES
