"""The GPU speed benchmark's partial-offload section reads each public run's placement and machine from its text: a
wrong reading would score the advisor's split-model estimates against a layout or a processor the source never
used."""

from __future__ import annotations

import csv
from pathlib import Path

from benchmarks.bench_gpu_speed import ALL_EXPERTS, placement, predict_partial, source_machine

ROOT = Path(__file__).resolve().parents[3]
GiB = 2**30


def test_the_placement_is_read_as_llama_cpp_takes_its_flags():
    # -ngl 99 beside --n-cpu-moe only says every layer is on the GPU: the experts are what stays in RAM
    assert placement("llama-server -ngl 99 --n-cpu-moe 36, partial offload").n_cpu_moe == 36
    assert placement("llama-server -ngl 99 --n-cpu-moe 36, partial offload").ngl is None
    assert placement("llama-bench pp512/tg128, -ncmoe 64 (all experts in RAM)").n_cpu_moe == 64
    assert placement("llama-server --cpu-moe -ngl 999").n_cpu_moe == ALL_EXPERTS
    assert placement("llama-server -ngl 44, partial offload").ngl == 44
    assert placement("llama-server --n-gpu-layers=20").ngl == 20
    # no flag: not stated, whatever else the text says about the card
    assert not placement("llama-server, partial offload (8 GB card, 12 GB file; layout not stated)").stated
    # a flag that merely contains the letters is not one (-ngld is the draft model's layers)
    assert not placement("llama-server -ngld 99").stated


def test_the_source_machine_is_taken_only_from_what_the_notes_state():
    said = source_machine("i9-10900X with quad-channel DDR4 (~102 GB/s measured by the poster)")
    assert said == {"cpu": {"brand": "i9-10900X"}, "ram": {"type": "DDR4", "channels": 4}}
    said = source_machine("AMD Ryzen 9 7950X3D, 96 GB DDR5-6000 dual-channel")
    assert said == {
        "cpu": {"brand": "Ryzen 9 7950X3D"},
        "ram": {"type": "DDR5", "speed_mts": 6000, "channels": 2, "total_bytes": 96 * GiB},
    }
    # a card's memory is not system RAM, and nothing stated gives nothing
    assert source_machine("8 GB card, CPU and RAM not stated") == {}


def test_each_partial_offload_run_is_scored_at_its_own_layout():
    text = (ROOT / "benchmarks" / "data" / "gpu_decode_public.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    partial = [r for r in rows if "partial offload" in r["context_or_prompt"]]
    assert len(partial) >= 16
    for row in partial:
        est, own, flags = predict_partial(row)
        where = placement(row["context_or_prompt"])
        if where.n_cpu_moe:  # the experts of that many layers (all of them at most) kept in RAM, as the source ran
            assert est.n_cpu_moe == min(where.n_cpu_moe, est.total_layers), row["model"]
        elif where.stated:
            assert est.gpu_layers == where.ngl, row["model"]
        else:
            assert "layout assumed" in flags and est == own
        assert est.tokens_per_second and est.gpu_layers > 0  # a split between the card and the processor
