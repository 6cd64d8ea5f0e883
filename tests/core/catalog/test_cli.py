"""`llm-advisor models` and `llm-advisor download` as a user runs them (in-process, real argument parsing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog.snapshot import load_snapshot

HARDWARE = {
    "ram": {"total_bytes": 32 * 2**30},
    "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * 2**30}],
}


@pytest.fixture
def hardware_file(tmp_path: Path) -> str:
    path = tmp_path / "machine.json"
    path.write_text(json.dumps(HARDWARE), encoding="utf-8")
    return str(path)


@pytest.fixture
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return tmp_path / "xdg-cache"


def test_models_json_has_the_documented_shape(fake_hub, hardware_file, isolated_cache, capsys):
    code = main(["models", "--hardware", hardware_file, "--tier", "7B", "--json"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["source"] == "hub" and data["retrieved_at"] and data["schema_version"] == 1
    assert data["candidates"]
    c = data["candidates"][0]
    for key in ("repo_id", "downloads", "likes", "license", "gated", "architecture", "parameters", "files"):
        assert key in c
    f = c["files"][0]
    for key in ("path", "parts", "quant", "size_bytes", "sha256", "fit", "tokens_per_second"):
        assert key in f
    assert f["fit"] in ("full_gpu", "partial_offload", "cpu_only")
    # the fixture Hub has a repo without GGUF, odd names and a broken split: reported, exit 1, no traceback
    assert code == 1
    assert {e["code"] for e in data["errors"]} >= {"no_gguf", "odd_file_names", "incomplete_split"}
    assert all(e["message"] for e in data["errors"])
    assert "has no GGUF files" in err and "Traceback" not in err
    assert (isolated_cache / "llm-advisor" / "catalog").is_dir()  # answers cached on disk


def test_models_text_lists_quants_with_fit_and_ends_with_how_to_download(
    fake_hub, hardware_file, isolated_cache, capsys
):
    main(["models", "--hardware", hardware_file, "--search", "llama-3.1-8b-instruct"])
    out = capsys.readouterr().out
    assert "lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF" in out
    assert "Q4_K_M" in out and "Full GPU" in out and "tok/s" in out
    assert "llm-advisor download OWNER/REPO FILE" in out


def test_a_search_that_matches_nothing_says_so_and_suggests_nothing_that_shows_nothing(
    hf_home, hardware_file, isolated_cache, capsys
):
    """ "Nothing to show. Try --all to see what is too large or too slow." for `--search coder` offline: --all then
    showed nothing either (a newcomer's round). Nothing matched: that is said, and where a wider search is."""
    for extra in ([], ["--all"]):
        assert main(["models", "--hardware", hardware_file, "--offline", "--search", "zzcoderzz", *extra]) == 0
        out = capsys.readouterr().out
        assert "No model in the bundled list matches 'zzcoderzz'; online, the search covers Hugging Face." in out
        assert "--all" not in out


def test_models_offline_is_labelled_with_the_snapshot_date(hf_home, hardware_file, isolated_cache, capsys):
    code = main(["models", "--hardware", hardware_file, "--tier", "13B", "--offline"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    # the snapshot's date as people write it (the app's Models page writes it the same way)
    from advisor.core.messages import ENGLISH
    from advisor.core.messages.dates import long_date

    written = long_date(ENGLISH, load_snapshot()["retrieved_at"])
    assert written != load_snapshot()["retrieved_at"] and written[-4:].isdigit()
    assert f"offline snapshot of {written}" in out.splitlines()[0]
    # its download and like counts are rough figures kept only to order it: not printed as facts
    assert " downloads" not in out and " likes" not in out


def test_models_when_the_hub_is_unreachable_says_so_in_one_line(
    hf_home, hardware_file, isolated_cache, capsys, monkeypatch
):
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "ENDPOINT", "http://127.0.0.1:9")
    code = main(["models", "--hardware", hardware_file, "--tier", "7B"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip().splitlines() == [
        "llm-advisor models: Hugging Face cannot be reached: showing the bundled list instead."
    ]
    assert "offline snapshot" in out.splitlines()[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["models", "--tier", "8B"],
        ["models", "--tier", "7B", "--search", "x"],
        ["models", "--context", "0"],
        ["models", "--offline", "--context", "100000000"],
    ],
)  # was: silently nothing
def test_bad_options_are_exit_2_with_one_line(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_repo_name_without_owner_is_exit_2(capsys):
    assert main(["download", "not-a-repo", "x.gguf"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "llm-advisor download: error: 'not-a-repo' is not a repo name like OWNER/REPO "
        "(e.g. bartowski/Qwen_Qwen3-8B-GGUF)"
    ]


def test_download_puts_the_file_in_place_and_offers_lm_studio_links(fake_hub, tmp_path, capsys):
    code = main(
        [
            "download",
            "bartowski/SmolLM2-135M-Instruct-GGUF",
            "SmolLM2-135M-Instruct-Q4_K_M.gguf",
            "--dest",
            str(tmp_path / "models"),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert (tmp_path / "models" / "SmolLM2-135M-Instruct-Q4_K_M.gguf").is_file()
    assert "SHA-256 verified" in out
    assert "lmstudio://open_from_hf?model=bartowski/SmolLM2-135M-Instruct-GGUF" in out
    assert "lms get bartowski/SmolLM2-135M-Instruct-GGUF@q4_k_m" in out


def test_download_of_a_gated_repo_gives_the_page_to_accept(fake_hub, tmp_path, capsys):
    code = main(["download", "google/gemma-3-4b-it-qat-q4_0-gguf", "gemma-3-4b-it-q4_0.gguf", "--dest", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert f"accept its licence at {fake_hub.url}/google/gemma-3-4b-it-qat-q4_0-gguf" in err
    assert "HF_TOKEN" in err and "Traceback" not in err


def test_models_takes_the_same_speed_floor_as_recommend(capsys):
    """`recommend --min-tps 20` on an RTX 4050 laptop picks Qwen3-30B-A3B at Q4_K_M; `models --min-tps 20` marks
    that file and hides what runs under 20 tokens/s, as the app's Models page does with its own floor (at the
    default 5 too the recommendation, and the mark, are that model: comfortably fast before roomy)."""
    laptop = str(Path(__file__).parents[2] / "data" / "machines" / "laptop-rtx4050-6gb-16gb.json")
    marked = {}
    for floor in ("5", "20"):
        assert main(["recommend", "--hardware", laptop, "--min-tps", floor, "--json"]) == 0
        rec = json.loads(capsys.readouterr().out)
        assert main(["models", "--hardware", laptop, "--offline", "--min-tps", floor, "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)
        marked[floor] = (rec["model"], rec["quant"], listed["recommended"]["path"])
        slowest = min(f["tokens_per_second"] for c in listed["candidates"] for f in c["files"] if f["runs_here"])
        assert slowest >= float(floor)
    assert marked["5"] == marked["20"] == ("Qwen3-30B-A3B", "Q4_K_M", "Qwen3-30B-A3B-Q4_K_M.gguf")
    with pytest.raises(SystemExit) as refused:  # as recommend refuses it: argparse's usage error, exit 2
        main(["models", "--offline", "--min-tps", "0"])
    assert refused.value.code == 2 and "out of range" in capsys.readouterr().err


def test_asking_for_the_recommended_class_by_name_marks_the_same_file(capsys):
    """`models --tier 40B` on a machine whose recommendation is a 40B marks it as `models` alone does; another
    class's list holds no recommendation to mark."""
    laptop = str(Path(__file__).parents[2] / "data" / "machines" / "laptop-rtx4050-6gb-16gb.json")
    marks = {}
    for extra in ([], ["--tier", "40B"], ["--tier", "13B"]):
        assert main(["models", "--hardware", laptop, "--offline", "--json", *extra]) == 0
        marks[" ".join(extra)] = json.loads(capsys.readouterr().out)["recommended"]
    assert marks[""] == marks["--tier 40B"] and marks[""]["path"] == "Qwen3-30B-A3B-Q4_K_M.gguf"
    assert marks["--tier 13B"] is None
