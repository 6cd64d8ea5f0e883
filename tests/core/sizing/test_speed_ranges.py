"""The speed ranges people are shown: the estimate inside them, wider as the context fills, a prompt-processing
range too, in the JSON and in the CLI's words; and the benchmark helper that measures how many real runs they hold."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.jsonio import to_jsonable
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.estimate import estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.speed import DECODE_SPREAD, PREFILL_SPREAD, RANGE_FAMILIES, prefill_range, range_family
from advisor.core.types import FitLevel, ModelSpec
from benchmarks.speed_ranges import Run, coverage, percentile, report, spreads

GiB = 2**30
ROOT = Path(__file__).resolve().parents[3]
LLAMA_8B = ModelSpec(parameters=8.03e9, quant="Q4_K_M")

MACHINES = {
    "cpu": {"ram": {"total_bytes": 32 * GiB, "type": "DDR5", "speed_mts": 5600, "channels": 2}, "gpus": []},
    "gpu": {
        "ram": {"total_bytes": 32 * GiB},
        "gpus": [{"name": "NVIDIA GeForce RTX 3060", "vram_total_bytes": 12 * GiB}],
    },
    "hbm": {
        "ram": {"total_bytes": 256 * GiB},
        "gpus": [{"name": "NVIDIA H100 80GB HBM3", "vram_total_bytes": 80 * GiB}],
    },
    "apple": {
        "ram": {"total_bytes": 16 * GiB},
        "cpu": {"brand": "Apple M2", "arch": "arm64"},
        "gpus": [{"name": "Apple M2", "vendor": "apple", "unified_memory": True}],
    },
    "integrated": {
        "ram": {"total_bytes": 128 * GiB},
        "cpu": {"brand": "AMD RYZEN AI MAX+ 395 w/ Radeon 8060S", "arch": "x86_64", "physical_cores": 16},
        "gpus": [{"name": "Radeon 8060S", "vendor": "amd", "unified_memory": True, "bandwidth_gbps": 256}],
    },
}


@pytest.mark.parametrize("family", sorted(MACHINES))
def test_each_kind_of_machine_gets_ranges_that_hold_the_estimate(family):
    profile = load_profile(MACHINES[family])
    est = estimate(LLAMA_8B, profile, context=4096)
    assert range_family(machine_from_profile(profile), est.gpu_layers, est.total_layers) == family
    low, high = est.tokens_per_second_range
    assert low < est.tokens_per_second < high
    p_low, p_high = est.prompt_tokens_per_second_range
    assert p_low < est.prompt_tokens_per_second < p_high


def test_partial_offload_weighs_each_sides_spread_by_its_share_of_the_time():
    """A partial layout's range holds its estimate and lies within the CPU's and the GPU's spreads, not their union:
    each side's time strays as that side's runs do."""
    profile = load_profile(MACHINES["gpu"])
    est = estimate(ModelSpec(parameters=32.8e9, quant="Q4_K_M"), profile, context=4096)
    assert est.fit == FitLevel.PARTIAL_OFFLOAD
    assert range_family(machine_from_profile(profile), est.gpu_layers, est.total_layers) == "partial"
    low, high = est.tokens_per_second_range
    assert low < est.tokens_per_second < high
    assert high / est.tokens_per_second < max(DECODE_SPREAD["cpu"][1], DECODE_SPREAD["gpu"][1])
    p_low, p_high = est.prompt_tokens_per_second_range
    assert p_low < est.prompt_tokens_per_second < p_high


M2_AIR = {"ram": {"total_bytes": 16 * GiB}, "gpus": [{"name": "Apple M2 (8-core GPU)"}]}


def test_one_layer_moved_to_the_cpu_does_not_raise_the_best_case():
    """A MacBook Air M2 16 GB with a 12.2 B model: on the GPU alone at 16K, 39 of 40 layers there at 24K. The range
    took the union of the CPU and discrete-GPU spreads, so the top went from 14 to 20 tokens/s (and the prompt's from
    99 to 115) for one layer on the slower CPU; now the 39 layers on the GPU keep its range, near enough."""
    profile = load_profile(M2_AIR)
    spec = ModelSpec(parameters=12.2e9, quant="Q4_K_M")
    whole = estimate(spec, profile, context=16384)
    split = estimate(spec, profile, context=24576)
    assert whole.fit == FitLevel.FULL_GPU and (split.fit, split.gpu_layers) == (FitLevel.PARTIAL_OFFLOAD, 39)
    assert split.tokens_per_second_range[1] <= whole.tokens_per_second_range[1] * 1.01
    assert split.tokens_per_second_range[0] <= whole.tokens_per_second_range[0]
    assert split.prompt_tokens_per_second_range[1] <= whole.prompt_tokens_per_second_range[1]


@pytest.mark.parametrize("machine", ["gpu", "apple"])
def test_a_partial_range_runs_from_the_gpus_to_the_cpus_as_layers_move(machine):
    """39 of 40 layers on the GPU: nearly the GPU's range (the point × its spread); 1 of 40: nearly the CPU's; and
    between the two, no jump at either end."""
    profile = {**MACHINES[machine], "ram": {"total_bytes": 64 * GiB}}
    if machine == "gpu":
        profile["gpus"] = [{**profile["gpus"][0], "vram_total_bytes": 48 * GiB}]
    m = machine_from_profile(load_profile(profile))
    spec = ModelSpec(parameters=12.2e9, quant="Q4_K_M")
    by_ngl = {ngl: estimate_on(spec, m, context=8192, ngl=ngl) for ngl in (41, 40, 2, 0)}
    assert by_ngl[41].fit == FitLevel.FULL_GPU and by_ngl[0].fit == FitLevel.CPU_ONLY
    tops = {ngl: e.tokens_per_second_range[1] / e.tokens_per_second for ngl, e in by_ngl.items()}
    bottoms = {ngl: e.tokens_per_second_range[0] / e.tokens_per_second for ngl, e in by_ngl.items()}
    # the top with (nearly) every layer on the GPU: the GPU family's, within a few per cent
    assert tops[40] == pytest.approx(tops[41], rel=0.05)
    assert bottoms[40] == pytest.approx(bottoms[41], rel=0.05)
    # one layer on the GPU: the CPU's range, the RAM's ceiling included, within a few per cent
    assert tops[2] == pytest.approx(tops[0], rel=0.1)
    assert bottoms[2] == pytest.approx(bottoms[0], rel=0.1)
    assert by_ngl[2].tokens_per_second_range[1] <= by_ngl[0].tokens_per_second_range[1] * 1.1


def test_a_partial_prompt_range_needs_its_split():
    with pytest.raises(ValueError):
        prefill_range(100.0, "partial")
    assert prefill_range(100.0, "gpu") == pytest.approx(
        (100 * PREFILL_SPREAD["gpu"][0], 100 * PREFILL_SPREAD["gpu"][1])
    )


def test_the_range_widens_downwards_as_the_context_fills():
    """The bottom is a full context (the KV cache read grows with it), the top an empty one."""
    profile = load_profile(MACHINES["gpu"])
    short = estimate(LLAMA_8B, profile, context=2048)
    long = estimate(LLAMA_8B, profile, context=32768)
    assert long.tokens_per_second_range[0] < short.tokens_per_second_range[0]
    assert long.tokens_per_second_range[1] == pytest.approx(short.tokens_per_second_range[1], rel=0.02)
    assert long.tokens_per_second_range[0] < long.tokens_per_second < long.tokens_per_second_range[1]


def test_every_spread_keeps_the_estimate_inside_and_every_family_has_one():
    for table in (DECODE_SPREAD, PREFILL_SPREAD):
        assert set(table) == set(RANGE_FAMILIES) - {"partial"}
        assert all(0 < low < 1 < high for low, high in table.values())


def test_the_recommendation_carries_both_ranges_into_its_json():
    rec = recommend(load_profile(MACHINES["gpu"]))
    data = to_jsonable(rec)
    low, high = data["tokens_per_second_range"]
    assert low < data["tokens_per_second"] < high
    p_low, p_high = data["prompt_tokens_per_second_range"]
    assert p_low < data["prompt_tokens_per_second"] < p_high


@pytest.fixture
def pc(tmp_path) -> Path:
    path = tmp_path / "pc.json"
    path.write_text(json.dumps(MACHINES["gpu"]), encoding="utf-8")
    return path


def test_estimate_and_recommend_say_the_speed_and_the_wait_as_ranges(capsys, pc):
    assert main(["estimate", "--hardware", str(pc), "--params", "8.03e9", "--quant", "Q4_K_M"]) == 0
    out = capsys.readouterr().out
    speed = next(line for line in out.splitlines() if line.lstrip().startswith("Speed"))
    assert "tokens/s (" in speed and "–" in speed
    prompt = next(line for line in out.splitlines() if line.lstrip().startswith("Prompt"))
    assert "starts after about" in prompt and "–" in prompt.split("starts after about")[1]
    assert main(["recommend", "--hardware", str(pc)]) == 0
    out = capsys.readouterr().out
    verdict = next(line for line in out.splitlines() if line.lstrip().startswith("Recommended"))
    assert "tokens/s (" in verdict and "–" in verdict
    assert "starts after about" in out


def test_estimate_json_has_the_prompt_range(capsys, pc):
    assert main(["estimate", "--hardware", str(pc), "--params", "8.03e9", "--quant", "Q4_K_M", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    low, high = data["prompt_tokens_per_second_range"]
    assert low < data["prompt_tokens_per_second"] < high


def test_coverage_counts_the_runs_inside_their_range():
    runs = [
        Run("calibration", "tg", "gpu", measured=10, point=10, low=8, high=12),
        Run("calibration", "tg", "gpu", measured=12, point=10, low=8, high=12),  # the edge counts as inside
        Run("calibration", "tg", "gpu", measured=5, point=10, low=8, high=12),
        Run("hold-out", "tg", "cpu", measured=20, point=10, low=8, high=12),
    ]
    assert coverage(runs) == 0.5
    assert coverage(r for r in runs if r.which == "calibration") == pytest.approx(2 / 3)
    assert coverage([]) is None
    assert spreads(runs, "tg") == {"gpu": (3, pytest.approx(0.6), pytest.approx(1.16))}
    assert percentile([1.0, 2.0, 3.0, 4.0, 5.0], 0.1) == pytest.approx(1.4)
    lines = report(runs)
    assert "calibration tg range: 67% of 3 runs inside" in lines[0] and "hold-out tg range: 0% of 1" in lines[1]


def test_every_public_measurement_names_its_source_and_date():
    for name in ("cpu_decode_public.csv", "gpu_decode_public.csv"):
        text = (ROOT / "benchmarks" / "data" / name).read_text(encoding="utf-8")
        rows = list(csv.DictReader(text.splitlines()))
        assert rows
        for row in rows:
            assert row["source_url"].startswith(("https://", "http://")), row
            assert row["source_date"], row


def test_a_cpu_range_never_tops_what_the_memory_can_deliver():
    """Every active weight is read once per token: the top of a CPU range is at most the RAM's bandwidth divided by
    those bytes (a Ryzen 7 7700's DDR5 cannot feed 44 tok/s of Qwen3-30B-A3B Q6_K)."""
    path = Path(__file__).parents[2] / "data" / "machines" / "desktop-ryzen7-7700-32gb.json"
    profile = load_profile(path)
    rec = recommend(profile)
    assert rec.fit == FitLevel.CPU_ONLY and rec.tokens_per_second and rec.tokens_per_second_range
    low, high = rec.tokens_per_second_range
    assert low <= rec.tokens_per_second <= high
    peak = 2 * 8 * 6000e6  # its DDR5-6000, two 64-bit channels: 96 GB/s at most, whatever is measured
    # Qwen3-30B-A3B: 3.3 B active weights, of which the 0.31 B token-embedding table is not read (one row a token)
    active_bytes_per_token = (3.3e9 - 151936 * 2048) * 6.56 / 8  # at Q6_K
    assert high <= 1.02 * peak / active_bytes_per_token
