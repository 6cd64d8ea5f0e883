"""Several graphics cards: what someone with two or more cards relies on when reading the prompt speed and the
wait for a document. llama.cpp splits a model's layers across the cards (--split-mode layer), so a prompt passes
through them in turn: a second card does not double the prompt rate, a slow card slows it, and the only overlap
(pipeline parallelism, every layer on the GPUs, at most four micro-batches in flight) is bounded. A hardware file
cannot declare more cards than llama.cpp can use."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.hardware.profile_io import MAX_GPUS, HardwareFileError, load_profile
from advisor.core.sizing.estimate import estimate_on
from advisor.core.sizing.machine import Machine, machine_from_profile
from advisor.core.sizing.shape import complete_shape
from advisor.core.sizing.speed import PIPELINE_MAX_COPIES, PREFILL_UBATCH, prefill_speed
from advisor.core.types import ModelSpec

GiB = 2**30
LLAMA_8B = ModelSpec(parameters=8.03e9, quant="Q4_K_M")
RTX_4090 = {"name": "NVIDIA GeForce RTX 4090", "vram_total_bytes": 24 * GiB}
GTX_1060 = {"name": "NVIDIA GeForce GTX 1060 6GB", "vram_total_bytes": 6 * GiB}


def _raw(*cards: dict[str, object]) -> dict[str, object]:
    return {"ram": {"total_bytes": 64 * GiB}, "gpus": list(cards)}


def _machine(*cards: dict[str, object]) -> Machine:
    return machine_from_profile(load_profile(_raw(*cards)))


def _pp(machine: Machine, *, prompt: int, gpu_layers: int | None = None, pipeline: bool = True) -> float:
    shape = complete_shape(LLAMA_8B)
    layers = shape.layers if gpu_layers is None else gpu_layers
    return prefill_speed(
        LLAMA_8B, shape, machine, gpu_layers=layers, context=8192, prompt_tokens=prompt, pipeline=pipeline
    )


def test_a_one_micro_batch_prompt_on_two_cards_runs_at_one_cards_rate():
    """A 512-token prompt is one micro-batch: the two halves of the model run one after the other, nothing
    overlaps, so two equal cards take exactly the time one card takes for the whole model."""
    one = _pp(_machine(RTX_4090), prompt=PREFILL_UBATCH)
    two = _pp(_machine(RTX_4090, RTX_4090), prompt=PREFILL_UBATCH)
    assert two == pytest.approx(one, rel=1e-9)


@pytest.mark.parametrize("cards", [2, 4, MAX_GPUS])
def test_more_cards_never_multiply_the_prompt_rate_beyond_the_pipeline(cards):
    """A long prompt overlaps at most PIPELINE_MAX_COPIES micro-batches: never the cards' count times one card."""
    one = _pp(_machine(RTX_4090), prompt=4 * PREFILL_UBATCH)
    many = _pp(_machine(*[RTX_4090] * cards), prompt=4 * PREFILL_UBATCH)
    assert one <= many < PIPELINE_MAX_COPIES * one
    assert many < 0.9 * cards * one  # the pipeline's fill and drain: never the cards' sum


def test_no_overlap_without_every_layer_on_the_gpus_or_with_overridden_tensors():
    """llama.cpp turns its pipeline off with layers left in RAM or with tensor overrides (experts in RAM)."""
    one, two = _machine(RTX_4090), _machine(RTX_4090, RTX_4090)
    assert _pp(two, prompt=2048, pipeline=False) == pytest.approx(_pp(one, prompt=2048), rel=1e-9)
    layers = complete_shape(LLAMA_8B).layers
    assert _pp(two, prompt=2048, gpu_layers=layers - 4) <= _pp(one, prompt=2048, gpu_layers=layers - 4) * (1 + 1e-9)


def test_a_slow_second_card_slows_the_prompt_down():
    """The GTX 1060's share of the layers runs at its own (much lower) rate, in turn with the 4090's."""
    fast = _pp(_machine(RTX_4090), prompt=PREFILL_UBATCH)
    mixed = _pp(_machine(RTX_4090, GTX_1060), prompt=PREFILL_UBATCH)
    assert mixed < fast


def test_decode_is_not_summed_over_the_cards_either():
    one = estimate_on(LLAMA_8B, _machine(RTX_4090), context=4096)
    four = estimate_on(LLAMA_8B, _machine(*[RTX_4090] * 4), context=4096)
    assert one.tokens_per_second is not None and four.tokens_per_second is not None
    assert four.tokens_per_second <= one.tokens_per_second * (1 + 1e-9)
    assert four.prompt_tokens_per_second is not None and one.prompt_tokens_per_second is not None
    assert four.prompt_tokens_per_second < PIPELINE_MAX_COPIES * one.prompt_tokens_per_second


def test_a_hardware_file_with_more_cards_than_llama_cpp_uses_is_refused(tmp_path, capsys):
    with pytest.raises(HardwareFileError, match="gpus"):
        load_profile(_raw(*[RTX_4090] * (MAX_GPUS + 1)))
    assert len(load_profile(_raw(*[RTX_4090] * MAX_GPUS)).gpus) == MAX_GPUS
    path = tmp_path / "farm.json"
    path.write_text(json.dumps(_raw(*[RTX_4090] * 10_000)))
    assert main(["recommend", "--hardware", str(path)]) == 2
    err = capsys.readouterr().err
    assert "10000" in err and str(MAX_GPUS) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_huge_number_in_a_hardware_file_is_quoted_short(tmp_path, capsys):
    """`1e300` is a typo: the error names it in a few characters, not its 301 digits."""
    raw = _raw(RTX_4090)
    raw["ram"] = {"total_bytes": 1e300}
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(raw))
    assert main(["estimate", "--hardware", str(path), "--params", "8B"]) == 2
    err = capsys.readouterr().err
    assert "1.000e+300" in err and "0000000000000" not in err and len(err) < 300


def test_a_long_text_value_is_quoted_short():
    raw = _raw({"name": "NVIDIA GeForce RTX 4090", "vram_total_bytes": "2" * 100_000})  # a string: repr() quoted
    with pytest.raises(HardwareFileError) as caught:
        load_profile(raw)
    assert len(str(caught.value)) < 400
