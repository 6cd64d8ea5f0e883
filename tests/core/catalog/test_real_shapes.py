"""Each repo judged by its own architecture (GGUF header, else the snapshot's config), the near section, and the
recommendation's best-first order."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog import search
from advisor.core.catalog.ranking import best_first_key, fit_file, order_files
from advisor.core.catalog.shapes import clean_shape, is_complete
from advisor.core.catalog.snapshot import load_snapshot
from advisor.core.catalog.types import QuantFile
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.recommend import _pick
from advisor.core.types import Estimate, FitLevel, MemoryBreakdown
from tests.support.fake_hub import FakeHub, load_fixture_repos

GIB = 2**30
CPU_8GB = load_profile({"ram": {"total_bytes": 8 * GIB}, "gpus": []})
CPU_4GB = load_profile({"ram": {"total_bytes": 4 * GIB}, "gpus": []})
CPU_32GB = load_profile(
    {
        "ram": {"total_bytes": 32 * GIB, "bandwidth_gbps": 40},
        "gpus": [],
        "cpu": {"physical_cores": 8, "logical_cores": 16},
    }
)


def _snapshot_repo(repo_id: str) -> dict:
    return next(r for r in load_snapshot()["repos"] if r["id"] == repo_id)


# ------------------------------------------------------------------ offline: the snapshot's shapes


def test_every_snapshot_repo_carries_its_own_complete_shape_and_says_where_it_is_from():
    snapshot = load_snapshot()
    assert "config.json" in snapshot["notes"]
    for repo in snapshot["repos"]:
        shape = clean_shape(repo.get("shape"))
        assert is_complete(shape) and shape.get("head_dim") and shape.get("feed_forward"), repo["id"]
        assert shape["architecture"] == repo["architecture"], repo["id"]
        assert "config.json" in repo["shape_source"], repo["id"]
        assert set(repo["shape"]) <= {
            "architecture",
            "layers",
            "embedding",
            "heads",
            "kv_heads",
            "head_dim",
            "vocab",
            "feed_forward",
            "context_train",
            "tied_embeddings",
            "experts",
            "active_experts",
            "expert_feed_forward",
            "active_parameters",
            "sliding_window",
            "sliding_window_layers",
            "attention_layers",
        }, repo["id"]


def test_phi35_mini_q4_runs_on_an_8gib_cpu_only_what_if_with_its_own_kv_cache():
    result = search(profile=CPU_8GB, tier="3B", offline=True)
    repo = next(c for c in result.candidates if c.repo_id == "bartowski/Phi-3.5-mini-instruct-GGUF")
    q4 = next(f for f in repo.files if f.quant == "Q4_K_M")
    assert q4.fit is FitLevel.CPU_ONLY and q4.runs_here and not q4.shape_borrowed
    assert repo.shape_source == "snapshot"
    # its real KV cache (32 layers × 32 KV heads × 96 at 4096 tokens: 1.5 GiB), not the 448 MiB of Llama-3.2-3B, the
    # reference nearest its 3.8 B, whose 28 layers of 8 KV heads a file without a shape would borrow
    summary = _snapshot_repo("bartowski/Phi-3.5-mini-instruct-GGUF")
    borrowed = fit_file(QuantFile(q4.path, q4.parts, q4.quant, q4.size_bytes), summary, CPU_8GB, 4096)
    assert borrowed.shape_borrowed
    assert q4.needs_bytes - borrowed.needs_bytes >= 1000 * 2**20


def test_mixtral_is_recognised_as_a_mixture_of_experts_from_its_shape():
    result = search(profile=CPU_32GB, text="mixtral", offline=True, include_all=True)
    [mixtral] = result.candidates
    assert (mixtral.experts, mixtral.active_experts) == (8, 2)
    q4 = next(f for f in mixtral.files if f.quant == "Q4_K_M")
    summary = _snapshot_repo("TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF")
    dense = fit_file(
        QuantFile(q4.path, q4.parts, q4.quant, q4.size_bytes),
        summary,
        CPU_32GB,
        4096,
        shape={
            k: v for k, v in summary["shape"].items() if k not in ("experts", "active_experts", "active_parameters")
        },
    )
    assert q4.tokens_per_second > 2.5 * dense.tokens_per_second  # reads ~13 B of its 47 B per token


# ------------------------------------------------------------------ the near section


def test_tier_7b_on_a_4gib_machine_shows_the_near_section_instead_of_nothing():
    result = search(profile=CPU_4GB, tier="7B", offline=True)
    assert result.candidates == ()
    assert result.near
    for c in result.near:
        assert 1 <= len(c.files) <= 2
        assert all(f.runs_here is False and f.why_not in ("too_large", "too_slow") for f in c.files)
        assert all(f.fit is not None and f.needs_bytes for f in c.files)
    nearest = result.near[0].files[0]
    assert nearest.why_not == "too_large"
    assert all(nearest.needs_bytes <= c.files[0].needs_bytes for c in result.near)
    # --all keeps showing everything, with its fit, and no separate section
    everything = search(profile=CPU_4GB, tier="7B", offline=True, include_all=True)
    assert everything.near == () and everything.candidates


def test_a_search_with_nothing_running_still_shows_the_nearest_files_in_the_cli(hf_home, tmp_path, capsys):
    hw = tmp_path / "machine.json"
    hw.write_text(json.dumps({"ram": {"total_bytes": 4 * GIB}, "gpus": []}), encoding="utf-8")
    assert main(["models", "--offline", "--tier", "7B", "--hardware", str(hw)]) == 0
    out = capsys.readouterr().out
    assert "Nothing to show" not in out
    assert "Nearest that do not run here" in out and "too large: needs" in out
    assert main(["models", "--offline", "--tier", "7B", "--hardware", str(hw), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["candidates"] == [] and data["near"]
    f = data["near"][0]["files"][0]
    assert f["runs_here"] is False and f["why_not"] == "too_large" and f["fit"] == "too_large"
    assert isinstance(f["needs_bytes"], int) and f["shape_borrowed"] is False


def test_a_shorter_context_that_would_make_a_file_run_is_named():
    result = search(profile=CPU_8GB, tier="7B", offline=True, context=32768)
    hints = [f.runs_at_context for c in result.near for f in c.files if f.runs_at_context]
    assert hints and all(1024 <= h < 32768 for h in hints)


# ------------------------------------------------------------------ best first = the recommendation's order


def _qf(quant: str, size_gib: float, fit: FitLevel, tps: float) -> QuantFile:
    return QuantFile(
        f"m-{quant}.gguf", (f"m-{quant}.gguf",), quant, int(size_gib * GIB), fit=fit, tokens_per_second=tps
    )


def test_a_full_gpu_q4_is_listed_above_a_partial_offload_q5():
    q5 = _qf("Q5_K_M", 5.3, FitLevel.PARTIAL_OFFLOAD, 6.0)
    q4 = _qf("Q4_K_M", 4.6, FitLevel.FULL_GPU, 15.0)
    q8 = _qf("Q8_0", 8.0, FitLevel.TOO_LARGE, 0.0)
    assert [f.quant for f in order_files([q5, q8, q4], 5.0)] == ["Q4_K_M", "Q5_K_M", "Q8_0"]


@pytest.mark.parametrize(
    "files",
    [
        [
            ("Q8_0", 8.5, FitLevel.PARTIAL_OFFLOAD, 7.0),
            ("Q6_K", 6.6, FitLevel.FULL_GPU, 40.0),
            ("Q5_K_M", 5.7, FitLevel.FULL_GPU, 45.0),
            ("Q4_K_M", 4.9, FitLevel.FULL_GPU, 52.0),
        ],
        [
            ("Q6_K", 6.6, FitLevel.CPU_ONLY, 5.5),
            ("Q5_K_M", 5.7, FitLevel.CPU_ONLY, 6.4),
            ("Q4_K_M", 4.9, FitLevel.CPU_ONLY, 7.4),
            ("Q3_K_M", 4.0, FitLevel.CPU_ONLY, 9.0),
        ],
        [
            ("Q6_K", 6.6, FitLevel.CPU_ONLY, 11.0),
            ("Q5_K_M", 5.7, FitLevel.CPU_ONLY, 12.5),
            ("Q4_K_M", 4.9, FitLevel.CPU_ONLY, 14.0),
        ],
    ],
)
def test_the_first_file_is_the_one_the_recommendation_picks(files):
    quant_files = [_qf(*f) for f in files]
    mem = MemoryBreakdown(0, 0, 0, 0, 0, 0, 0)
    estimates = {f.quant: Estimate(f.fit, 0, 0, mem, f.tokens_per_second, None, 4096, f.quant) for f in quant_files}
    good = [q for q in estimates if q in ("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M")]
    assert order_files(quant_files, 5.0)[0].quant == _pick(estimates, good, 5.0)
    assert sorted(quant_files, key=lambda f: best_first_key(f, 5.0))[0].quant == _pick(estimates, good, 5.0)


# ------------------------------------------------------------------ live: one header per repo, by Range


def test_a_live_search_reads_one_header_per_repo_by_range_and_caches_it_per_commit(fake_hub, cache_dir):
    result = search(profile=CPU_8GB, tier="7B", include_all=True, cache_dir=cache_dir)
    qwen = next(c for c in result.candidates if c.repo_id == "Qwen/Qwen2.5-7B-Instruct-GGUF")
    assert qwen.shape_source == "gguf_header" and not any(f.shape_borrowed for f in qwen.files)
    q4 = next(f for f in qwen.files if f.quant == "Q4_K_M")
    assert q4.fit is FitLevel.CPU_ONLY and q4.runs_here
    served = [r for r in fake_hub.cdn.requests if r.status == 206]
    assert served and all(r.range and r.range.startswith("bytes=0-") for r in served)
    assert fake_hub.cdn.bytes_served < 2**20  # the header only, never the model
    resolves = [p for m, p in fake_hub.requests if "/resolve/" in p]
    assert len(resolves) == len({p.split("/resolve/")[0] for p in resolves})  # one file per repo
    assert all("/resolve/bb5d59e0" in p for p in resolves if p.startswith("/Qwen/"))  # pinned to the commit

    # a repo whose header cannot be read (and is not in the snapshot) borrows a shape and says so
    llama = next(c for c in result.candidates if c.repo_id.startswith("lmstudio-community/Meta-Llama-3.1-8B"))
    assert llama.shape_source is None and all(f.shape_borrowed for f in llama.files)

    sent = len(fake_hub.requests)
    again = search(profile=CPU_8GB, tier="7B", include_all=True, cache_dir=cache_dir)
    assert len(fake_hub.requests) == sent  # listing, trees and headers all from the cache
    assert again == result


def test_the_header_reads_have_a_total_deadline(hf_home, cache_dir):
    with FakeHub(latency_s=0.5) as hub:
        started = time.monotonic()
        result = search(
            profile=CPU_8GB, tier="7B", include_all=True, endpoint=hub.url, cache_dir=cache_dir, header_deadline_s=0.2
        )
        elapsed = time.monotonic() - started
    assert elapsed < 0.5 + 0.5 + 0.2 + 1.5  # listing + trees + the header deadline, not one read per repo
    qwen = next(c for c in result.candidates if c.repo_id == "Qwen/Qwen2.5-7B-Instruct-GGUF")
    assert qwen.shape_source is None and all(f.shape_borrowed for f in qwen.files)


def test_the_cli_marks_rows_sized_with_a_borrowed_shape(fake_hub, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    hw = tmp_path / "machine.json"
    hw.write_text(json.dumps({"ram": {"total_bytes": 32 * GIB}, "gpus": []}), encoding="utf-8")
    main(["models", "--hardware", str(hw), "--search", "llama-3.1-8b-instruct"])
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf" in line)
    assert row.lstrip().startswith("~Q4_K_M")
    assert "~ sized with a borrowed architecture" in out


def _repo(repo_id: str, files: list[dict]) -> dict:
    base = next(r for r in load_fixture_repos() if r["id"] == "lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF")
    return {**base, "id": repo_id, "files": files}


LLAMA_HEADER = {
    "arch": "llama",
    "vocab": 128256,
    "kv": {
        "block_count": 32,
        "embedding_length": 4096,
        "attention.head_count": 32,
        "attention.head_count_kv": 8,
        "feed_forward_length": 14336,
        "context_length": 131072,
    },
}


def test_a_file_whose_header_says_adapter_is_not_listed_and_projectors_anywhere_in_the_name_neither(hf_home, cache_dir):
    adapter = {**LLAMA_HEADER, "kv": {**LLAMA_HEADER["kv"], "general.type": "adapter"}}
    repos = [
        _repo(
            "someone/Llama-3.1-8B-Chat-GGUF",
            [
                {"path": "Llama-3.1-8B-Chat-Q2_K.gguf", "size": 3179131200, "header": adapter},
                {"path": "Llama-3.1-8B-Chat-Q4_K_M.gguf", "size": 4920739232},
            ],
        ),
        _repo(
            "someone/llava-v1.5-7b-GGUF",
            [
                {"path": "llava-v1.5-7b-mmproj-model-f16.gguf", "size": 624434368},
                {"path": "llava-v1.5-7b-Q4_K_M.gguf", "size": 4081004224, "header": LLAMA_HEADER},
                {"path": "llava-v1.5-7b.imatrix", "size": 4988372},
                {"path": "imatrix-llava-v1.5-7b.gguf", "size": 4988372},
            ],
        ),
    ]
    with FakeHub(repos=repos) as hub:
        result = search(profile=CPU_32GB, text="", include_all=True, endpoint=hub.url, cache_dir=cache_dir)
    by_id = {c.repo_id: c for c in result.candidates}
    assert [f.path for f in by_id["someone/Llama-3.1-8B-Chat-GGUF"].files] == ["Llama-3.1-8B-Chat-Q4_K_M.gguf"]
    llava = by_id["someone/llava-v1.5-7b-GGUF"]
    assert [f.path for f in llava.files] == ["llava-v1.5-7b-Q4_K_M.gguf"]
    assert llava.shape_source == "gguf_header" and not llava.files[0].shape_borrowed


def test_the_shape_cache_is_keyed_by_commit(fake_hub, cache_dir):
    search(profile=CPU_8GB, text="qwen2.5", include_all=True, cache_dir=cache_dir)
    cached = list((Path(cache_dir) / "shape").iterdir())
    assert cached and any("bb5d59e0" in json.loads(p.read_text())["key"] for p in cached)


def test_for_image_input_the_repos_projector_is_added_to_each_files_memory(hf_home, cache_dir):
    """llama.cpp loads the mmproj beside the model: with vision=True the fit counts it; the repo says its size."""
    repos = [
        _repo(
            "someone/llava-v1.5-7b-GGUF",
            [
                {"path": "llava-v1.5-7b-mmproj-model-f16.gguf", "size": 624434368},
                {"path": "llava-v1.5-7b-Q4_K_M.gguf", "size": 4081004224, "header": LLAMA_HEADER},
            ],
        )
    ]
    with FakeHub(repos=repos) as hub:
        text = search(profile=CPU_32GB, text="", include_all=True, endpoint=hub.url, cache_dir=cache_dir)
        image = search(profile=CPU_32GB, text="", include_all=True, endpoint=hub.url, cache_dir=cache_dir, vision=True)
    (plain,), (seeing,) = text.candidates, image.candidates
    assert plain.projector_bytes == seeing.projector_bytes == 624434368
    assert not plain.vision_counted and seeing.vision_counted
    # its weights, and what one image adds (a Gemma-3-sized projector's compute buffer and image buffers)
    assert seeing.files[0].needs_bytes - plain.files[0].needs_bytes == 624434368 + 162_398_208 + 46_497_792
