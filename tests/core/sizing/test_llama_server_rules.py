"""llama.cpp's own rules where the estimate gives advice: the routed experts kept in RAM cross PCIe for every prompt
micro-batch (op offload) as whole layers left in RAM do; several cards with `-nkvo` lose the pipeline's overlap;
`-ngl` counts the output layer, so "every layer on the GPU" is printed as the same -ngl by `estimate` and
`recommend`; and `--context 0` is llama-server's `-c 0`, the trained context in each slot's cache."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import estimate
from advisor.core.sizing.estimate import estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.memory import KvLayout
from advisor.core.sizing.shape import complete_shape
from advisor.core.sizing.speed import PCIE_BYTES_PER_S, PREFILL_UBATCH, document_tokens, prefill_speed
from advisor.core.types import ModelSpec
from tests.support.gguf_factory import write_llama_gguf
from tests.support.llama_server import LlamaServer, logged_mib

GiB, MiB = 2**30, 2**20
MACHINES = Path(__file__).parents[2] / "data" / "machines"
RTX3060 = Path(__file__).parents[3] / "docs" / "examples" / "desktop-rtx3060-12gb-32gb.json"
QWEN3_30B = ModelSpec(
    parameters=30.5e9, quant="Q8_0", experts=128, active_experts=8, layers=48, name="Qwen3-30B-A3B"
)  # the README's headline case
RTX_3090 = {"name": "NVIDIA GeForce RTX 3090", "vram_total_bytes": 24 * GiB, "vram_free_bytes": 23 * GiB}


def _expert_bytes(est) -> int:
    return next(r.values["expert_bytes"] for r in est.remarks if r.code == "experts_in_ram")


def test_the_prompt_with_experts_in_ram_is_never_faster_than_pcie_carries_them():
    """Every prompt micro-batch copies the experts kept in RAM to the card: the prompt rate is at most a
    micro-batch per copy, and the 2,000-word document waits at least that long."""
    profile = load_profile(json.loads(RTX3060.read_text()))
    est = estimate(QWEN3_30B, profile, n_cpu_moe=36)
    in_ram = _expert_bytes(est)
    ceiling = PCIE_BYTES_PER_S * PREFILL_UBATCH / in_ram
    assert est.prompt_tokens_per_second is not None and est.prompt_tokens_per_second_range is not None
    assert est.prompt_tokens_per_second < ceiling
    assert document_tokens() / est.prompt_tokens_per_second > document_tokens() / ceiling
    # charged as the layer split charges its RAM layers: the same bytes cost the same copy time
    shape = complete_shape(QWEN3_30B)
    machine = machine_from_profile(profile)
    on_gpu = prefill_speed(QWEN3_30B, shape, machine, gpu_layers=48, context=4096, pipeline=False)
    copy = 1 / est.prompt_tokens_per_second - 1 / on_gpu
    assert copy == pytest.approx(in_ram / PCIE_BYTES_PER_S / PREFILL_UBATCH, rel=0.01)


M4_PRO_24GB = {
    "ram": {"total_bytes": 24 * GiB, "type": "unified", "speed_mts": 8533, "channels": 4},
    "gpus": [{"name": "Apple M4 Pro", "vendor": "apple", "unified_memory": True}],
    "cpu": {"brand": "Apple M4 Pro", "arch": "arm64", "physical_cores": 14, "logical_cores": 14},
}


def test_an_integrated_gpu_reads_the_prompt_of_the_layers_left_in_ram_and_a_mac_does_not():
    """Vulkan (as CUDA) takes a prompt batch's products whose weights sit in RAM, in its own host buffer (op
    offload): the 780M laptop with a 32B split between its GPU share and the CPU reads a prompt at nearly the speed
    of every layer on the GPU, the weights copied within the one memory. A Mac's Metal has no host buffer type: the
    weights left in RAM go to the CPU backend's repack buffer, no host buffer, and their products stay on the CPU."""
    phoenix, mac = load_profile(MACHINES / "laptop-phoenix-780m-32gb.json"), load_profile(M4_PRO_24GB)
    cases = (
        (phoenix, 32.8e9, "Q4_K_M", 8192, True),
        (mac, 14e9, "Q8_0", 16384, False),
        (mac, 14e9, "Q4_K_M", 57344, False),
    )
    for profile, parameters, quant, context, offloaded in cases:
        spec = ModelSpec(parameters=parameters, quant=quant)
        split = estimate(spec, profile, context=context)
        assert split.fit.value == "partial_offload", (quant, context)
        machine = machine_from_profile(profile)
        shape = complete_shape(spec)
        whole = prefill_speed(spec, shape, machine, gpu_layers=shape.layers, context=context)
        cpu = prefill_speed(
            spec, shape, dataclasses.replace(machine, gpus=(), unified=False), gpu_layers=0, context=context
        )
        assert split.prompt_tokens_per_second is not None and cpu < split.prompt_tokens_per_second < whole
        assert (split.prompt_tokens_per_second > 0.9 * whole) is offloaded, (quant, context)


def test_a_model_on_the_cpu_of_a_machine_with_a_gpu_still_reads_its_prompt_on_the_gpu():
    """-ngl 0 with a GPU build (LM Studio's "GPU Offload" 0) keeps the GPU backend, and the scheduler runs a prompt
    batch's products on it (op offload): the 780M laptop's Qwen3-30B-A3B, placed on the CPU for its decode, reads a
    32K prompt on the integrated GPU, faster than on the CPU alone, the weights copied within the one memory for
    every micro-batch; a Mac's weights, repacked by the CPU backend, stay on the CPU."""
    profile = load_profile(MACHINES / "laptop-phoenix-780m-32gb.json")
    machine = machine_from_profile(profile)
    spec = dataclasses.replace(QWEN3_30B, quant="Q6_K")  # what `recommend` picks there
    est = estimate(spec, profile, context=32768, n_cpu_moe=None)
    assert est.fit.value == "cpu_only" and est.gpu_layers == 0 and machine.gpus
    alone = prefill_speed(
        spec, complete_shape(spec), dataclasses.replace(machine, gpus=(), unified=False), gpu_layers=0, context=32768
    )
    assert est.prompt_tokens_per_second is not None and est.prompt_tokens_per_second > alone
    copy = 2 * est.memory.weights_bytes / (machine.ram_bandwidth_gbps * 1e9) / PREFILL_UBATCH
    assert 1 / est.prompt_tokens_per_second > copy  # never faster than the copy allows
    mac = load_profile(M4_PRO_24GB)  # a 12B at Q8_0 and 52K, past what the GPU's share holds: on its CPU
    spec = ModelSpec(parameters=12e9, quant="Q8_0")
    placed = estimate(spec, mac, context=53248)
    assert placed.fit.value == "cpu_only"
    bare = dataclasses.replace(machine_from_profile(mac), gpus=(), unified=False)
    cpu = prefill_speed(spec, complete_shape(spec), bare, gpu_layers=0, context=53248)
    assert placed.prompt_tokens_per_second == pytest.approx(cpu, abs=0.05)


def test_several_cards_with_the_kv_cache_in_ram_run_one_after_the_other():
    """llama.cpp turns the pipeline off without `offload_kqv` (-nkvo): two cards' prompt is then their sequential
    time, no faster than with -nkvo on one card (the attention then runs on the CPU, on both)."""
    spec = ModelSpec(parameters=14.8e9, quant="Q4_K_M")
    two = machine_from_profile(load_profile({"ram": {"total_bytes": 64 * GiB}, "gpus": [RTX_3090, RTX_3090]}))
    kept = estimate_on(spec, two, context=8192, kv_layout=KvLayout(offload=False))
    offloaded = estimate_on(spec, two, context=8192)
    assert kept.gpu_layers == offloaded.gpu_layers == kept.total_layers  # every layer on the cards either way
    sequential = prefill_speed(
        spec, complete_shape(spec), two, gpu_layers=kept.gpu_layers, context=8192, pipeline=False, kv_on_gpu=False
    )
    assert kept.prompt_tokens_per_second == pytest.approx(sequential, abs=0.05)
    assert offloaded.prompt_tokens_per_second is not None and kept.prompt_tokens_per_second is not None
    assert offloaded.prompt_tokens_per_second > 1.2 * kept.prompt_tokens_per_second


def test_estimate_and_recommend_give_the_same_ngl_for_every_layer(capsys):
    """-ngl N puts the last N of the n_layer + 1 layers (the output counts) on the GPU: "every layer" is -ngl 99
    (or more for a deeper model) in `estimate` as in `recommend`, never -ngl n_layer."""
    assert main(["--lang", "en", "recommend", "--hardware", str(RTX3060), "--json"]) == 0
    n = json.loads(capsys.readouterr().out)["n_cpu_moe"]  # the README's headline case: Qwen3-30B-A3B Q8_0
    assert 0 < n < 48
    assert main(["--lang", "en", "recommend", "--hardware", str(RTX3060)]) == 0
    assert f"llama.cpp: -ngl 99 --n-cpu-moe {n}." in capsys.readouterr().out
    args = ["--lang", "en", "estimate", "--hardware", str(RTX3060), "--params", "30.5B", "--quant", "Q8_0"]
    shape = ["--experts", "128", "--active-experts", "8", "--layers", "48", "--n-cpu-moe", str(n)]
    assert main([*args, *shape]) == 0
    fit = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Fit"))
    assert f"all 48 layers on the GPU, experts of {n} layers in RAM (-ngl 99 --n-cpu-moe {n})" in fit  # not "48 of 48"
    deep = ["--experts", "128", "--active-experts", "8", "--layers", "120", "--cpu-moe"]
    assert main([*args[:-4], "--params", "20B", "--quant", "Q4_K_M", *deep]) == 0
    assert "(-ngl 121 --cpu-moe)" in capsys.readouterr().out


@pytest.fixture(scope="module")
def trained_4k(tmp_path_factory):
    return write_llama_gguf(
        tmp_path_factory.mktemp("c0") / "t4k.gguf", n_embd=256, n_head=4, n_layer=4, n_ctx_train=4096
    )


def test_context_0_is_the_trained_context_in_each_slots_cache(trained_4k, capsys):
    base = ["--lang", "en", "estimate", "--gguf", str(trained_4k), "--context", "0", "--json"]
    assert main([*base, "--parallel", "3"]) == 0
    assert json.loads(capsys.readouterr().out)["context"] == 3 * 4096
    assert main([*base, "--parallel", "3", "--kv-unified"]) == 0
    assert json.loads(capsys.readouterr().out)["context"] == 4096
    assert main([*base[:-1], "--parallel", "3"]) == 0
    context = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("Context"))
    assert "12,288 tokens (0: the model's trained context, 4,096 tokens, for each of 3 slots" in context


def test_context_0_without_a_trained_context_is_one_clear_line(capsys):
    assert main(["--lang", "en", "estimate", "--params", "8B", "--context", "0"]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0 and "the model's trained context, which is not known" in err


@pytest.mark.server
def test_context_0_with_slots_is_what_llama_server_allocates(trained_4k, llama_server_bin, capsys):
    with LlamaServer(trained_4k, ctx_size=0, parallel=3, extra_args=["-v"], binary=llama_server_bin) as server:
        logged = logged_mib(server.log_text(), "KV")
    assert main(["estimate", "--gguf", str(trained_4k), "--context", "0", "--parallel", "3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["memory"]["kv_cache_bytes"] / MiB == pytest.approx(logged, abs=0.01)
    spec = spec_from_gguf(read_gguf(trained_4k))
    split = estimate(spec, load_profile({"ram": {"total_bytes": 16 * GiB}, "gpus": []}), context=4096)
    assert split.memory.kv_cache_bytes / MiB < logged / 2  # the nearest number a user could type, -c 4096
