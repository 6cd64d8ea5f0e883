"""A split by layers is sized as llama.cpp loads the `-ngl N` the advisor prints (and LM Studio's "GPU Offload" N,
the same n_gpu_layers): llama-model.cpp `load_tensors` puts layers `max(n_layer + 1 - N, 0)` to `n_layer` on the
GPU, layer `n_layer` being the output (lm_head), so -ngl N holds the LAST N - 1 repeating layers *and* the output
matrix, while the token embeddings stay on the CPU. Sized the old way (N repeating layers, the output in RAM), the
advice put ~300 MB more on an 8B model's card than was counted: the load could fail.

The rule is written here from llama.cpp's source, apart from the sizing code; the bytes of each layer come from a
generated GGUF's own tensors, read back from the file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import gguf
import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker, sizing
from advisor.core.servers import command_line as cl
from advisor.core.sizing import TIERS, estimate
from advisor.core.sizing.estimate import _parts, estimate_on, load_placement
from advisor.core.sizing.machine import Device, Machine, machine_from_profile
from advisor.core.sizing.memory import GPU_RUNTIME_BYTES, output_bytes
from advisor.core.sizing.shape import complete_shape
from advisor.core.sizing.speed import decode_speed
from advisor.core.types import FitLevel, GpuVendor
from tests.support.gguf_factory import write_llama_gguf

GiB, MiB = 2**30, 2**20
MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
EN = Speaker("en")


def llama_cpp_offload(n_layer: int, ngl: int) -> tuple[range, bool]:
    """(repeating layers on the GPU, output on the GPU) for `-ngl ngl`, as llama-model.cpp `load_tensors` assigns
    them: `i_gpu_start = max(n_layer + 1 - ngl, 0)`, `act_gpu_layers = min(ngl, n_layer + 1)`, layer `il` on the
    GPU when `i_gpu_start <= il` and `il - i_gpu_start < act_gpu_layers`, the output being layer `n_layer`."""
    start = max(n_layer + 1 - ngl, 0)
    active = min(ngl, n_layer + 1)

    def on_gpu(il: int) -> bool:
        return start <= il and il - start < active

    return range(start, n_layer) if on_gpu(n_layer - 1) else range(0), on_gpu(n_layer)


def test_the_rule_is_llama_cpps_own_count():
    """What llama.cpp logs for it: "offloading output layer to GPU" from -ngl 1, then N - 1 repeating layers up to
    the layer count, and everything from n_layer + 1 ("offloaded 33/33 layers")."""
    assert llama_cpp_offload(32, 0) == (range(0), False)
    assert llama_cpp_offload(32, 1) == (range(32, 32), True)
    assert llama_cpp_offload(32, 31) == (range(2, 32), True)
    assert llama_cpp_offload(32, 32) == (range(1, 32), True)  # the layer count itself leaves one layer in RAM
    assert llama_cpp_offload(32, 33) == llama_cpp_offload(32, 99) == (range(0, 32), True)
    assert all(len(llama_cpp_offload(32, n)[0]) == n - 1 for n in range(1, 33))


def _llama_8b(quant: str):
    spec = next(s for t in TIERS for s in t.references if s.name == "Llama-3.1-8B")
    return dataclasses.replace(spec, quant=quant)


def _vram_of_ngl(spec, machine: Machine, context: int, ngl: int) -> int:
    """The graphics memory llama.cpp takes for `-ngl ngl` with the advisor's own bytes per part: the repeating
    layers its rule offloads (weights + KV cache), the output if offloaded, and each card's buffers."""
    p, _ = _parts(spec, context, "f16")
    n = p.shape.layers
    blocks, output = llama_cpp_offload(n, ngl)
    per_layer = (p.layers_weights + p.kv) / n
    fixed = sum(p.compute + GPU_RUNTIME_BYTES[d.vendor] for d in machine.gpus)
    return int(len(blocks) * per_layer) + (p.output if output else 0) + fixed


@pytest.mark.parametrize(
    ("machine_file", "quant", "context"),
    [
        ("laptop-rtx4050-6gb-16gb.json", "Q4_K_M", 4096),
        ("laptop-rtx4050-6gb-16gb.json", "Q4_K_M", 8192),
        ("laptop-rtx4050-6gb-16gb.json", "Q8_0", 16384),
        ("gaming-rtx4060-8gb-32gb.json", "Q6_K", 8192),
        ("gaming-rtx4060-8gb-32gb.json", "Q8_0", 4096),
        ("gaming-rtx4060-8gb-32gb.json", "Q4_K_M", 32768),
    ],
)
def test_the_advised_ngl_of_an_8b_model_takes_the_vram_counted_and_fits_the_card(machine_file, quant, context):
    profile = load_profile(MACHINES / machine_file)
    machine = machine_from_profile(profile)
    spec = _llama_8b(quant)
    est = estimate(spec, profile, context=context)
    assert est.fit == FitLevel.PARTIAL_OFFLOAD and est.total_layers == 32
    g = est.gpu_layers
    # the number printed is the number sized: "-ngl G", "GPU Offload" G of 32, "G of 32 layers on the GPU"
    load = load_placement(est)
    assert load is not None and load.values == {"gpu_layers": g, "total_layers": 32}
    assert sizing.how_to_load(EN, load) == (
        f"LM Studio: in the model's load settings, set “GPU Offload” to {g} of its 32 layers.",
        f"llama.cpp: -ngl {g}.",
    )
    # below LM Studio's maximum (32: everything), and at least one repeating layer beside the output
    assert 2 <= g <= 31
    budget = sum(d.budget_bytes for d in machine.gpus)
    assert est.memory.vram_bytes == _vram_of_ngl(spec, machine, context, g) <= budget
    # the largest that fits: one more is over the card (or is 32, which LM Studio reads as every layer)
    assert g == 31 or _vram_of_ngl(spec, machine, context, g + 1) > budget
    # the output the old count left in RAM weighs more than two layers: Q6_K (210 bytes per 256 weights) or Q8_0
    p, _ = _parts(spec, context, "f16")
    per_256 = 272 if quant == "Q8_0" else 210
    assert p.output == pytest.approx(128256 * 4096 * per_256 / 256, rel=0.002)
    assert p.output > 2 * p.layers_weights / 32


def _tensor_bytes(path: Path) -> dict[str, int]:
    return {t.name: int(t.n_bytes) for t in gguf.GGUFReader(path).tensors}


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> Path:
    # a wide vocabulary, so that the output matrix is heavier than a layer, as on real models
    return write_llama_gguf(
        tmp_path_factory.mktemp("m") / "split.gguf",
        n_embd=256,
        n_head=4,
        n_layer=6,
        n_ff=512,
        n_vocab=16000,
        tensor_type="Q8_0",
    )


def _layers_on_gpu(tensors: dict[str, int], n_layer: int, ngl: int) -> int:
    """The file's bytes llama.cpp places on the GPU for -ngl: the offloaded layers' blk.* tensors and the output."""
    blocks, output = llama_cpp_offload(n_layer, ngl)
    on = sum(b for name, b in tensors.items() for i in blocks if name.startswith(f"blk.{i}."))
    return on + (tensors["output.weight"] + tensors["output_norm.weight"] if output else 0)


def _card(budget: int, n: int = 1) -> Machine:
    devices = tuple(Device(f"gpu{i}", GpuVendor.NVIDIA, budget, 300.0, fp32_tflops=20.0) for i in range(n))
    return Machine(
        gpus=devices, ram_usable_bytes=16 * GiB, ram_bandwidth_gbps=50.0, cpu_cores=8, unified=False, notes=()
    )


def _close_to_file(model: Path, tensors: dict[str, int], ngl: int) -> float:
    """How far the sizing's bytes of -ngl's layers may be from the file's: its header (metadata, vocabulary), which
    the sizing spreads over the layers, and output_norm (a few hundred bytes)."""
    header = model.stat().st_size - sum(tensors.values())
    return header / 6 * (ngl - 1) + tensors["output_norm.weight"] + 2


def test_each_ngl_a_card_holds_is_sized_as_the_files_own_tensors_llama_cpp_offloads(model):
    """For every -ngl a card holds, the advisor picks it and its graphics memory is the file's tensors llama.cpp
    offloads for it (the last N - 1 blk.* layers, output.weight and output_norm), their KV cache and the buffers;
    token_embd is never on the card."""
    spec = spec_from_gguf(read_gguf(model))
    tensors = _tensor_bytes(model)
    n = 6
    # the sizing's split of the file: the embeddings, the output and the layers, as the file's tensors are
    p, _ = _parts(spec, 4096, "f16")
    layers = sum(b for name, b in tensors.items() if name.startswith("blk."))
    assert (p.embedding, p.output) == (tensors["token_embd.weight"], tensors["output.weight"])
    assert 0 <= p.layers_weights - layers <= _close_to_file(model, tensors, 7)
    assert tensors["output.weight"] > 2 * layers / n
    kv_layer = p.kv / n
    fixed = p.compute + GPU_RUNTIME_BYTES[GpuVendor.NVIDIA]
    for ngl in range(2, n):
        # a card that holds the -ngl's bytes and half a layer more, not one more layer
        need = _layers_on_gpu(tensors, n, ngl) + (ngl - 1) * kv_layer + fixed + (layers / n + kv_layer) / 2
        est = estimate_on(spec, _card(int(need)), context=4096)
        assert (est.fit, est.gpu_layers) == (FitLevel.PARTIAL_OFFLOAD, ngl)
        weights_on_gpu = est.memory.vram_bytes - fixed - (ngl - 1) * kv_layer
        assert weights_on_gpu == pytest.approx(_layers_on_gpu(tensors, n, ngl), abs=_close_to_file(model, tensors, ngl))
        assert est.memory.ram_bytes > tensors["token_embd.weight"] + (n - ngl + 1) * layers / n


def test_two_cards_hold_the_output_once(model):
    """With two cards llama.cpp spreads the offloaded layers by their free memory and gives the output (the last
    layer) to the last card: the estimate for a server started with -ngl N counts its bytes once, beside each
    card's buffers; from the layers + 1, every layer."""
    spec = spec_from_gguf(read_gguf(model))
    tensors = _tensor_bytes(model)
    p, _ = _parts(spec, 4096, "f16")
    fixed = 2 * (p.compute + GPU_RUNTIME_BYTES[GpuVendor.NVIDIA])
    two = _card(GiB, 2)
    for ngl in range(2, 8):
        est = estimate_on(spec, two, context=4096, ngl=ngl)
        offloaded = len(llama_cpp_offload(6, ngl)[0])
        assert est.gpu_layers == min(ngl, 6)
        weights_on_gpu = est.memory.vram_bytes - fixed - offloaded * p.kv / 6
        assert weights_on_gpu == pytest.approx(_layers_on_gpu(tensors, 6, ngl), abs=_close_to_file(model, tensors, 7))
    assert estimate_on(spec, two, context=4096, ngl=7) == estimate_on(spec, two, context=4096)


def test_a_tied_output_is_a_second_copy_on_the_card(tmp_path):
    """No output.weight: llama.cpp creates the output from token_embd as TENSOR_DUPLICATED in the output layer's
    buffer, so -ngl N puts a copy on the card and keeps the CPU's embedding table: the weights grow by one copy."""
    path = write_llama_gguf(tmp_path / "t.gguf", n_embd=256, n_head=4, n_layer=6, n_ff=512, n_vocab=16000)
    spec = dataclasses.replace(spec_from_gguf(read_gguf(path)), tied_embeddings=True)
    p, _ = _parts(spec, 4096, "f16")
    shape = complete_shape(spec)
    assert p.output == output_bytes(spec, shape, p.embedding) == p.embedding
    one_layer = (p.layers_weights + p.kv) / 6
    budget = int(p.compute + GPU_RUNTIME_BYTES[GpuVendor.NVIDIA] + p.output + 3.5 * one_layer)
    est = estimate_on(spec, _card(budget), context=4096)
    assert (est.fit, est.gpu_layers) == (FitLevel.PARTIAL_OFFLOAD, 4)  # 3 layers + the output copy
    assert est.memory.weights_bytes == p.weights + p.output
    assert est.memory.ram_bytes >= p.embedding + 3 * (p.layers_weights / 6)


def test_the_split_reads_the_output_on_the_card(model):
    """The output matrix is read once per generated token: in the split llama.cpp makes it is read on the card,
    which is faster than from RAM, and the estimate's speed is that layout's."""
    spec = spec_from_gguf(read_gguf(model))
    p, _ = _parts(spec, 4096, "f16")
    layer = (p.layers_weights + p.kv) / 6
    machine = _card(int(p.compute + GPU_RUNTIME_BYTES[GpuVendor.NVIDIA] + p.output + 3.5 * layer))
    est = estimate_on(spec, machine, context=4096)
    assert est.fit == FitLevel.PARTIAL_OFFLOAD

    def speed(output_on_gpu: bool) -> float:
        return decode_speed(
            spec,
            p.shape,
            machine,
            context=4096,
            kv_type="f16",
            gpu_layers=est.gpu_layers - 1,
            weights_bytes=p.weights,
            layers_weights_bytes=p.layers_weights,
            output_bytes=p.output,
            output_on_gpu=output_on_gpu,
        ).point

    assert speed(True) > speed(False)
    assert est.tokens_per_second == round(speed(True), 1)


GPU_PC = {
    "ram": {"total_bytes": 32 * GiB, "available_bytes": 24 * GiB, "bandwidth_gbps": 60},
    "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GiB, "vram_free_bytes": 11 * GiB}],
}


def test_a_server_started_with_ngl_n_is_predicted_as_llama_cpp_places_it(model):
    """After load, `-ngl N` is read with llama.cpp's count: N - 1 layers and the output on the card. The layer
    count itself (-ngl 6 of 6 layers) leaves the first layer in RAM, -ngl 1 only the output on the card, and from
    the layers + 1 everything is there, as it fits."""
    spec, profile = spec_from_gguf(read_gguf(model)), load_profile(GPU_PC)
    tensors = _tensor_bytes(model)
    n = 6
    full = estimate(spec, profile, context=4096)
    assert full.fit == FitLevel.FULL_GPU and full.gpu_layers == n
    p, _ = _parts(spec, 4096, "f16")
    layer = (p.layers_weights + p.kv) / n

    def started(ngl: int) -> cl.AsStarted:
        return cl.as_started(spec, profile, context=4096, flags=cl.parse(["s", "-ngl", str(ngl)]))

    for ngl in range(1, n + 1):
        s = started(ngl)
        assert (s.gpu_layers, s.total_layers, s.used) == (ngl, n, (f"-ngl {ngl}",))
        # every layer the rule leaves in RAM is one layer less on the card than the full offload
        in_ram = n - len(llama_cpp_offload(n, ngl)[0])
        assert full.memory.vram_bytes - s.vram_bytes == pytest.approx(in_ram * layer, abs=2)
        assert full.memory.vram_bytes - s.vram_bytes > tensors["blk.0.attn_q.weight"] * in_ram
    assert started(n + 1).vram_bytes == full.memory.vram_bytes and started(n + 1).used == ()
    assert started(0).vram_bytes == 0


def test_more_graphics_memory_never_advises_fewer_layers_nor_more_than_the_card_holds():
    """Llama-3.1-8B Q4_K_M at 8k on cards from 1 to 8 GiB, in 64 MiB steps: the -ngl never goes down as the card
    grows, its layers and output always fit, it stays below LM Studio's maximum until the whole model fits, and the
    speed never drops."""
    spec = _llama_8b("Q4_K_M")
    last_ngl, last_speed, fits_whole = 0, 0.0, False
    for step in range(16, 129):
        budget = step * 64 * MiB
        est = estimate_on(spec, _card(budget), context=8192)
        assert est.memory.vram_bytes <= budget or est.fit in (FitLevel.CPU_ONLY, FitLevel.TOO_LARGE)
        if est.fit == FitLevel.PARTIAL_OFFLOAD:
            assert not fits_whole and 2 <= est.gpu_layers <= 31
            assert est.memory.vram_bytes == _vram_of_ngl(spec, _card(budget), 8192, est.gpu_layers)
        fits_whole = fits_whole or est.fit == FitLevel.FULL_GPU
        ngl = est.gpu_layers if est.fit != FitLevel.CPU_ONLY else 0
        assert ngl >= last_ngl and (est.tokens_per_second or 0) >= last_speed
        last_ngl, last_speed = ngl, est.tokens_per_second or 0
    assert fits_whole and last_ngl == 32
