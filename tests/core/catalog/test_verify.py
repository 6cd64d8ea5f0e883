"""verify_models() and `llm-advisor verify`: real GGUF files in a temp LM Studio folder, the fake Hub for trees."""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog import verify_models
from tests.support.gguf_factory import write_llama_gguf

REPO = "lmstudio-community/Tiny-Llama-GGUF"
GOOD, STALE, PARTIAL, CORRUPT = ("tiny-Q8_0.gguf", "tiny-F16.gguf", "tiny-F32.gguf", "tiny-Q4_0.gguf")
SPLIT = ("Q8/tiny-Q8-00001-of-00002.gguf", "Q8/tiny-Q8-00002-of-00002.gguf")


def _gguf(tmp: Path, name: str, **kw) -> bytes:
    path = write_llama_gguf(tmp / name, **kw)
    return path.read_bytes()


@pytest.fixture
def lmstudio(tmp_path: Path, fake_hub, monkeypatch) -> Path:
    """A user home with LM Studio's folder: one good file, one the Hub replaced, one cut short, one damaged, one
    outside the publisher/repo layout; the fake Hub serves the originals."""
    home = tmp_path / "home"
    models = home / ".lmstudio" / "models"
    folder = models / "lmstudio-community" / "Tiny-Llama-GGUF"
    folder.mkdir(parents=True)
    gen = tmp_path / "gen"
    gen.mkdir()
    good = _gguf(gen, "a.gguf", tensor_type="Q8_0")
    fake_hub.add_file(REPO, GOOD, good)
    (folder / GOOD).write_bytes(good)
    old = _gguf(gen, "b.gguf", tensor_type="F16", seed=1)
    fake_hub.add_file(REPO, STALE, _gguf(gen, "c.gguf", tensor_type="F16", seed=2))  # same size, new bytes
    (folder / STALE).write_bytes(old)
    whole = _gguf(gen, "d.gguf", tensor_type="F32")
    fake_hub.add_file(REPO, PARTIAL, whole)
    (folder / PARTIAL).write_bytes(whole[: len(whole) // 3])
    damaged = bytearray(_gguf(gen, "e.gguf", tensor_type="F16", seed=3))
    fake_hub.add_file(REPO, CORRUPT, bytes(damaged))
    damaged[:4] = b"JUNK"
    (folder / CORRUPT).write_bytes(bytes(damaged))
    (models / "loose.gguf").write_bytes(_gguf(gen, "f.gguf", n_layer=1))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    return models


def _by_name(result) -> dict[str, object]:
    return {Path(f.path).name: f for f in result.files}


def test_each_file_is_ok_stale_partial_or_corrupt(lmstudio, fake_hub):
    result = verify_models()
    files = _by_name(result)
    assert result.models_dir == str(lmstudio) and not result.ok and not result.offline
    assert files[GOOD].status == "ok" and files[GOOD].hub == "matched"
    assert (
        files[GOOD].sha256
        == files[GOOD].hub_sha256
        == hashlib.sha256((lmstudio / REPO / GOOD).read_bytes()).hexdigest()
    )
    assert files[STALE].status == "stale" and files[STALE].hub == "differs" and files[STALE].sha256
    assert files[PARTIAL].status == "partial" and files[PARTIAL].size_bytes < files[PARTIAL].hub_size_bytes
    assert files[PARTIAL].sha256 is None  # a short file needs no hash to be told apart
    assert files[CORRUPT].status == "corrupt" and "GGUF" in files[CORRUPT].header_error
    assert files["loose.gguf"].status == "ok" and files["loose.gguf"].hub == "not_checked"
    assert files["loose.gguf"].hub_reason == "not_hub_layout"
    assert result.counts == {"ok": 2, "stale": 1, "corrupt": 1, "partial": 1}
    assert fake_hub.count("GET", f"/api/models/{REPO}/tree/") == 1  # one tree call for the repo


def test_offline_or_unknown_repo_is_not_checked_not_an_error(lmstudio, fake_hub):
    unknown = lmstudio / "someone" / "Private-GGUF"
    unknown.mkdir(parents=True)
    (unknown / "x.gguf").write_bytes((lmstudio / REPO / GOOD).read_bytes())
    files = _by_name(verify_models())
    assert files["x.gguf"].status == "ok" and files["x.gguf"].hub_reason == "repo_not_found"

    offline = verify_models(endpoint="http://127.0.0.1:9")
    files = _by_name(offline)
    assert offline.offline and {f.hub_reason for f in offline.files} <= {"offline", "not_hub_layout"}
    assert [p.code for p in offline.hub_problems] == ["offline"]  # asked once, then no more
    # without the Hub a cut-short file is still found by its own header; a damaged header too
    assert files[PARTIAL].status == "partial" and files[PARTIAL].expected_size_bytes > files[PARTIAL].size_bytes
    assert files[CORRUPT].status == "corrupt" and files[GOOD].status == "ok" and files[STALE].status == "ok"

    flag = verify_models(offline=True)
    assert flag.offline and all(f.hub == "not_checked" for f in flag.files) and not flag.hub_problems


def test_no_hash_compares_sizes_only(lmstudio, fake_hub):
    files = _by_name(verify_models(hash_files=False))
    assert files[GOOD].status == "ok" and files[GOOD].hub == "size_matched" and files[GOOD].sha256 is None
    assert files[STALE].status == "ok"  # same size: only a hash can tell
    assert files[PARTIAL].status == "partial"


def test_hashing_reports_progress_and_can_be_cancelled(lmstudio, fake_hub):
    seen = []
    verify_models(progress=lambda done, total, path: seen.append((done, total, path)))
    assert seen and seen[-1][0] == seen[-1][1] and [d for d, *_ in seen] == sorted(d for d, *_ in seen)
    hashed = {Path(p).name for *_, p in seen}
    assert hashed == {GOOD, STALE}

    cancel = threading.Event()
    stopped = verify_models(progress=lambda *a: cancel.set(), cancel=cancel)
    assert stopped.cancelled and not stopped.ok
    assert len([f for f in stopped.files if f.sha256]) == 0  # the file being hashed is not reported as checked


def test_a_split_model_and_a_joined_one_are_checked(tmp_path, fake_hub):
    models = tmp_path / "models"
    gen = tmp_path / "gen"
    gen.mkdir()
    folder = models / "bartowski" / "Split-GGUF"
    for i, part in enumerate(SPLIT):
        data = _gguf(gen, f"s{i}.gguf", seed=10 + i, n_layer=1)
        fake_hub.add_file("bartowski/Split-GGUF", part, data)
        (folder / part).parent.mkdir(parents=True, exist_ok=True)
        (folder / part).write_bytes(data)
    whole = _gguf(gen, "j.gguf", n_layer=1)
    half = len(whole) // 2
    fake_hub.add_file("bartowski/Split-GGUF", "old.gguf.part1of2", whole[:half])
    fake_hub.add_file("bartowski/Split-GGUF", "old.gguf.part2of2", whole[half:])
    (folder / "old.gguf").write_bytes(whole)
    result = verify_models(models)
    files = _by_name(result)
    assert result.ok and len(result.files) == 3
    assert files["tiny-Q8-00002-of-00002.gguf"].hub == "matched"
    assert files["tiny-Q8-00002-of-00002.gguf"].hub_path == SPLIT[1]
    assert files["old.gguf"].hub == "size_matched" and files["old.gguf"].hub_size_bytes == len(whole)


def test_no_lm_studio_is_said_plainly(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    result = verify_models()
    assert result.models_dir is None and not result.ok
    assert main(["verify"]) == 1
    assert "models folder was not found" in capsys.readouterr().out


# ---------------------------------------------------------------- the CLI
def test_cli_text_names_each_problem_and_exits_1(lmstudio, fake_hub, capsys):
    assert main(["verify"]) == 1
    out = capsys.readouterr().out
    assert f"Checked 5 GGUF files in {lmstudio} (SHA-256 against Hugging Face):" in out
    line = {w.split()[1].rsplit("/", 1)[-1]: w for w in out.splitlines() if w.startswith("  ") and ".gguf" in w}
    assert line[GOOD].split()[0] == "OK" and "SHA-256 matches the Hub" in line[GOOD]
    assert line[STALE].split()[0] == "STALE" and "the Hub has a different file now (SHA-256 differs" in line[STALE]
    assert line[PARTIAL].split()[0] == "PARTIAL" and "(the Hub's size): incomplete" in line[PARTIAL]
    assert line[CORRUPT].split()[0] == "CORRUPT" and "header unreadable" in line[CORRUPT]
    assert "not checked against the Hub (not in a publisher/repo folder)" in line["loose.gguf"]
    assert "2 OK, 1 stale, 1 corrupt, 1 partial." in out
    assert f"  llm-advisor download {REPO} {PARTIAL}" in out


def test_cli_json_has_codes_and_values(lmstudio, fake_hub, capsys):
    assert main(["verify", "--json", "--no-hash"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == 1 and data["ok"] is False and data["hashed"] is False
    assert data["counts"] == {"ok": 3, "stale": 0, "corrupt": 1, "partial": 1}
    f = next(f for f in data["files"] if f["relative_path"].endswith(PARTIAL))
    for key in (
        "path",
        "relative_path",
        "size_bytes",
        "status",
        "hub",
        "repo_id",
        "hub_path",
        "hub_reason",
        "hub_size_bytes",
        "hub_sha256",
        "sha256",
        "header_error",
        "expected_size_bytes",
        "missing_parts",
    ):
        assert key in f
    assert f["status"] == "partial" and f["repo_id"] == REPO and f["hub_path"] == PARTIAL


def test_cli_exit_0_when_all_is_well(tmp_path, fake_hub, capsys):
    models = tmp_path / "models"
    folder = models / "lmstudio-community" / "Tiny-Llama-GGUF"
    folder.mkdir(parents=True)
    data = write_llama_gguf(folder / GOOD).read_bytes()
    fake_hub.add_file(REPO, GOOD, data)
    assert main(["verify", "--models-dir", str(models)]) == 0
    out = capsys.readouterr().out
    assert "1 OK." in out and "Get a good copy" not in out
    assert main(["verify", "--models-dir", str(models), "--offline"]) == 0
    assert "not checked against the Hub (offline)" in capsys.readouterr().out
    assert main(["verify", "--models-dir", str(tmp_path / "nope")]) == 2


# ---------------------------------------------------------------- files llama.cpp cannot load
def _small_model() -> tuple[dict[str, object], dict]:
    from tests.core.gguf.files import llama_like

    return llama_like(n_layer=2, n_embd=32, n_head=4, n_kv=2, n_ff=64, n_vocab=40)


def _split_parts(folder: Path, total: int, present: tuple[int, ...]) -> list[Path]:
    """Parts `present` (1-based) of `M-0000N-of-0000{total}.gguf`, as gguf-split writes them (the architecture and
    the model's metadata in the first part only; split.no / split.count as u16)."""
    from tests.core.gguf.files import write_gguf

    md, tensors = _small_model()
    names = list(tensors)
    per_part = -(-len(names) // total)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in present:
        chunk = {n: tensors[n] for n in names[(i - 1) * per_part : i * per_part]}
        keys = {"split.no": i - 1, "split.count": total, "split.tensors.count": len(tensors)}
        arch, part_md = ("llama", md | keys) if i == 1 else ("", keys)
        out.append(write_gguf(folder / f"M-{i:05d}-of-{total:05d}.gguf", arch, part_md, chunk))
    return out


def test_a_split_model_with_a_part_missing_is_not_ok(tmp_path, capsys):
    models = tmp_path / "models"
    _split_parts(models / "pub" / "Repo-GGUF", 3, (1, 2))
    result = verify_models(models, offline=True)
    files = _by_name(result)
    assert not result.ok and result.counts["partial"] == 2
    for name in ("M-00001-of-00003.gguf", "M-00002-of-00003.gguf"):
        assert files[name].status == "partial" and files[name].missing_parts == ("M-00003-of-00003.gguf",)
    assert main(["verify", "--models-dir", str(models), "--offline"]) == 1
    out = capsys.readouterr().out
    assert "2 OK." not in out and "0 OK, 2 partial." in out
    assert out.count("its part M-00003-of-00003.gguf is missing") == 2
    assert "its header needs" not in out
    # one command fetches the model's parts, from its first
    assert out.count("  llm-advisor download pub/Repo-GGUF M-00001-of-00003.gguf") == 1
    assert "download pub/Repo-GGUF M-00002-of-00003.gguf" not in out


@pytest.mark.parametrize("kind", ["folder", "device"])
def test_a_split_part_that_is_no_regular_file_is_missing(tmp_path, kind):
    models = tmp_path / "models"
    folder = models / "pub" / "Repo-GGUF"
    _split_parts(folder, 2, (1,))
    second = folder / "M-00002-of-00002.gguf"
    if kind == "folder":
        second.mkdir()
    else:
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        second.symlink_to("/dev/zero")
    [first] = verify_models(models, offline=True).files
    assert first.status == "partial" and first.missing_parts == ("M-00002-of-00002.gguf",)


def test_a_whole_split_model_is_ok(tmp_path):
    models = tmp_path / "models"
    _split_parts(models / "pub" / "Repo-GGUF", 3, (1, 2, 3))
    result = verify_models(models, offline=True)
    assert result.ok and len(result.files) == 3 and all(not f.missing_parts for f in result.files)


def test_a_split_name_that_disagrees_with_split_count_is_corrupt(tmp_path):
    from tests.core.gguf.files import write_gguf

    models = tmp_path / "models"
    folder = models / "pub" / "Repo-GGUF"
    folder.mkdir(parents=True)
    md, tensors = _small_model()
    split_md = {"split.no": 0, "split.count": 2, "split.tensors.count": len(tensors)}
    write_gguf(folder / "M-00001-of-00003.gguf", "llama", md | split_md, tensors)
    [f] = verify_models(models, offline=True).files
    assert f.status == "corrupt" and "-00001-of-00002.gguf" in (f.header_error or "")


def test_a_file_without_an_architecture_is_corrupt(tmp_path, capsys):
    from tests.core.gguf.files import write_gguf

    models = tmp_path / "models"
    models.mkdir()
    md, tensors = _small_model()
    write_gguf(models / "noarch.gguf", "", md, tensors, vocab=40)  # the keys stored as ".block_count"
    [f] = verify_models(models, offline=True).files
    assert f.status == "corrupt" and "general.architecture" in (f.header_error or "")
    assert main(["verify", "--models-dir", str(models), "--offline"]) == 1
    assert "CORRUPT" in capsys.readouterr().out


def test_an_unknown_tensor_type_is_corrupt(tmp_path):
    from tests.core.gguf.files import write_gguf
    from tests.core.gguf.mutate import patch

    models = tmp_path / "models"
    models.mkdir()
    md, tensors = _small_model()
    seed = write_gguf(tmp_path / "seed.gguf", "llama", md, tensors, vocab=40)
    (models / "odd.gguf").write_bytes(patch(seed.read_bytes(), "tensor:blk.0.attn_q.weight#type", 500))
    [f] = verify_models(models, offline=True).files
    assert f.status == "corrupt" and "unknown tensor type (500)" in (f.header_error or "")


def test_a_tensor_type_newer_than_this_version_is_not_called_damaged(tmp_path, capsys):
    """A type id just past the newest known one may be a newer llama.cpp's: verify said "CORRUPT … download it
    again" of a good file. It is not corrupt, says why it was not read, and the Hub still checks its size and
    SHA-256 where it is reached."""
    from advisor.core.gguf.reader import _TYPE_SIZES
    from tests.core.gguf.files import write_gguf
    from tests.core.gguf.mutate import patch

    models = tmp_path / "models"
    models.mkdir()
    md, tensors = _small_model()
    seed = write_gguf(tmp_path / "seed.gguf", "llama", md, tensors, vocab=40)
    newer = max(_TYPE_SIZES) + 1
    (models / "new.gguf").write_bytes(patch(seed.read_bytes(), "tensor:blk.0.attn_q.weight#type", newer))
    [f] = verify_models(models, offline=True).files
    assert f.status != "corrupt" and f.header_error is None and f.header_reason is not None
    assert f.header_code == "newer_tensor_type" and f.header_values["type"] == str(newer)  # for scripts, in JSON
    assert main(["verify", "--models-dir", str(models), "--offline"]) == 0
    out = capsys.readouterr().out
    assert "CORRUPT" not in out and f"tensor type {newer}, newer than this version of the advisor knows" in out


def test_a_refusal_is_said_in_the_runs_language(tmp_path, capsys):
    """verify quoted the reader's English reason inside Spanish ("DAÑADO … cabecera ilegible (llama.cpp refuses
    …)"): a refusal the catalogue words is said in Spanish."""
    from tests.core.gguf.files import write_gguf

    models = tmp_path / "models"
    models.mkdir()
    md, tensors = _small_model()
    write_gguf(models / "no-arch.gguf", "", md, tensors, vocab=40)
    assert main(["--lang", "es", "verify", "--models-dir", str(models), "--offline"]) == 1
    out = capsys.readouterr().out
    assert "llama.cpp se niega a cargar este archivo" in out and "refuses" not in out


@pytest.mark.parametrize("bad_utf8", [False, True])
def test_a_header_without_tensors_is_corrupt_not_partial(tmp_path, capsys, bad_utf8):
    from tests.core.gguf.files import write_gguf

    models = tmp_path / "models"
    models.mkdir()
    md, _ = _small_model()
    path = write_gguf(models / "empty.gguf", "llama", md | {"general.name": "caf\u00e9"}, {})
    if bad_utf8:  # the é's second byte made invalid: the name is no UTF-8
        data = path.read_bytes()
        path.write_bytes(data.replace("caf\u00e9".encode(), b"caf\xc3\x28"))
    [f] = verify_models(models, offline=True).files
    assert f.status == "corrupt" and f.expected_size_bytes is None
    assert f.header_error == "the file lists no tensors, so it holds no model"
    assert main(["verify", "--models-dir", str(models), "--offline"]) == 1
    out = capsys.readouterr().out
    assert "CORRUPT" in out and "lists no tensors" in out and "PARTIAL" not in out and "header needs" not in out


@pytest.mark.parametrize(
    "entry",
    [{"size": -5, "lfs": {"oid": "0" * 64, "size": -5}}, {"size": None, "lfs": None}, {"size": "abc", "lfs": None}],
    ids=["negative", "missing", "a word"],
)
def test_a_size_the_hub_cannot_have_is_not_compared(lmstudio, fake_hub, entry):
    """A mirror's size of -5 was shown as '0 MiB' and the file called stale: a size that is no size is unknown."""
    fake_hub.edit_tree_entry(REPO, GOOD, **entry)
    good = _by_name(verify_models())[GOOD]
    assert good.status == "ok" and good.hub == "not_checked" and good.hub_reason == "hub_size_unknown"
    assert good.hub_size_bytes is None and good.sha256 is None


def test_an_lfs_oid_that_is_no_sha256_is_not_compared_as_one(lmstudio, fake_hub, capsys):
    fake_hub.edit_tree_entry(REPO, GOOD, lfs={"oid": "../../x", "size": (lmstudio / REPO / GOOD).stat().st_size})
    good = _by_name(verify_models())[GOOD]
    assert good.status == "ok" and good.hub == "size_matched" and good.hub_sha256 is None and good.sha256 is None
