"""Prompt processing (time to first token) on a GPU: what someone comparing cards, prompts, quants and model kinds
relies on — a faster card never waits longer, a longer prompt never runs faster per token, F16 weights take the
BLAS path, fine-grained mixtures of experts lose part of a batch's rate, and datacentre cards use their tensor
throughput. Only the model's direction is checked, never a timing."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing.machine import Machine, machine_from_profile
from advisor.core.sizing.shape import complete_shape
from advisor.core.sizing.speed import MOE_PREFILL_FLOOR, PREFILL_FLOAT_FACTOR, prefill_speed
from advisor.core.types import ModelSpec

GiB = 2**30
LLAMA_8B = ModelSpec(parameters=8.03e9, quant="Q4_K_M")


def _machine(name: str, **gpu: object) -> Machine:
    profile = load_profile({"ram": {"total_bytes": 256 * GiB}, "gpus": [{"name": name, **gpu}]})
    return machine_from_profile(profile)


def _pp(spec: ModelSpec, machine: Machine, *, prompt: int | None = None, context: int = 4096) -> float:
    shape = complete_shape(spec)
    return prefill_speed(spec, shape, machine, gpu_layers=shape.layers, context=context, prompt_tokens=prompt)


def _with_tflops(machine: Machine, tflops: float) -> Machine:
    return dataclasses.replace(machine, gpus=(dataclasses.replace(machine.gpus[0], fp32_tflops=tflops),))


@pytest.mark.parametrize("card", ["NVIDIA GeForce RTX 3060", "Radeon RX 7900 XTX", "Arc B580", "NVIDIA H100 80GB HBM3"])
def test_more_compute_never_makes_a_prompt_slower(card):
    base = _machine(card, vram_total_bytes=80 * GiB)
    speeds = [_pp(LLAMA_8B, _with_tflops(base, t)) for t in (5.0, 10.0, 20.0, 40.0, 80.0)]
    assert speeds == sorted(speeds) and speeds[0] < speeds[-1]


def test_a_longer_prompt_never_runs_faster_per_token():
    """Attention over the prompt so far grows with its length: pp4096 is slower per token than pp512."""
    machine = _machine("NVIDIA GeForce RTX 4090", vram_total_bytes=24 * GiB)
    speeds = [_pp(LLAMA_8B, machine, prompt=n) for n in (128, 512, 2048, 4096, 16384, 65536)]
    assert speeds == sorted(speeds, reverse=True) and speeds[-1] < speeds[0]
    # without a stated prompt, the app's document-sized prompt is capped by the context it was given
    assert _pp(LLAMA_8B, machine, context=512) == pytest.approx(_pp(LLAMA_8B, machine, prompt=512))


def test_f16_weights_prompt_faster_than_quantised_ones_on_a_gpu():
    machine = _machine("NVIDIA GeForce RTX 4090", vram_total_bytes=24 * GiB)
    f16 = _pp(dataclasses.replace(LLAMA_8B, quant="F16"), machine)
    q4 = _pp(LLAMA_8B, machine)
    assert f16 == pytest.approx(q4 * PREFILL_FLOAT_FACTOR, rel=1e-6)


def test_fine_grained_mixture_of_experts_loses_rate_a_coarse_one_keeps():
    """Tokens per expert per 512-token micro-batch: 8 of 128 experts gives 32 (a small, slow matrix product per
    expert), 2 of 8 gives 128 (a full tile)."""
    machine = _machine("NVIDIA GeForce RTX 4090", vram_total_bytes=24 * GiB)
    dense = ModelSpec(parameters=3.3e9, quant="Q4_K_M")
    fine = ModelSpec(parameters=30.5e9, quant="Q4_K_M", active_parameters=3.3e9, experts=128, active_experts=8)
    coarse = dataclasses.replace(fine, experts=8, active_experts=2)
    unknown = dataclasses.replace(fine, experts=None, active_experts=None)
    shape = complete_shape(dense)

    def pp(spec: ModelSpec, prompt: int = 1) -> float:  # a 1-token prompt: the matrix products alone, near enough
        return prefill_speed(spec, shape, machine, gpu_layers=shape.layers, context=32768, prompt_tokens=prompt)

    assert pp(fine) == pytest.approx(pp(dense) * MOE_PREFILL_FLOOR, rel=1e-4)
    assert pp(coarse) == pytest.approx(pp(dense), rel=1e-6)
    assert pp(unknown) == pytest.approx(pp(fine), rel=1e-6)  # no header: taken as fine-grained
    # the attention over a long prompt is not routed: it costs the mixture what it costs the dense model, so the
    # seconds a token a 32K prompt adds are the same (newcomer round: a fine mixture's attention was counted at
    # its experts' small-batch rate, and a 32K document took it as long as a dense 24B)
    added = [1 / pp(spec, 32768) - 1 / pp(spec) for spec in (fine, dense)]
    assert added[0] == pytest.approx(added[1], rel=1e-3) and added[0] > 0


def test_a_datacentre_card_uses_its_tensor_throughput():
    """An HBM card (full-rate tensor cores) prompts faster than a GeForce of the same shader FP32 rate."""
    geforce = _with_tflops(_machine("NVIDIA GeForce RTX 3090", vram_total_bytes=24 * GiB), 20.0)
    a100 = _with_tflops(_machine("NVIDIA A100-PCIE-40GB", vram_total_bytes=40 * GiB), 20.0)
    assert a100.gpus[0].hbm and not geforce.gpus[0].hbm
    assert _pp(LLAMA_8B, a100) > _pp(LLAMA_8B, geforce)
