"""`estimate(spec, profile)`: memory, fit level, GPU layers and decode speed of one model on one machine."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from advisor.core.sizing import reasons
from advisor.core.sizing.machine import Device, Machine, machine_from_profile
from advisor.core.sizing.memory import (
    GPU_RUNTIME_BYTES,
    compute_bytes,
    host_compute_bytes_with_gpu,
    host_runtime_bytes,
    kv_cache_bytes,
    output_bytes,
    recurrent_state_bytes,
    token_embedding_bytes,
    weights_bytes,
)
from advisor.core.sizing.quants import is_good_quant, kv_bytes_per_element, normalize_quant
from advisor.core.sizing.shape import Shape, complete_shape
from advisor.core.sizing.speed import Speed, active_parameters, decode_speed, prefill_speed
from advisor.core.types import Estimate, FitLevel, GpuVendor, HardwareProfile, MemoryBreakdown, ModelSpec

MAX_CONTEXT = 1 << 24


@dataclass(frozen=True)
class _Parts:
    shape: Shape
    weights: int
    embedding: int  # token-embedding matrix: host RAM always
    output: int  # lm_head (a GPU copy of the embedding when tied)
    layers_weights: int  # all repeating layers together
    kv: int
    compute: int
    host_runtime: int
    projector: int = 0  # a vision projector's weights (first GPU, else RAM)


def _parts(spec: ModelSpec, context: int, kv_type: str) -> tuple[_Parts, bool]:
    shape = complete_shape(spec)
    weights, from_file = weights_bytes(spec)
    emb = min(token_embedding_bytes(spec, shape), weights)
    out = output_bytes(spec, shape, emb)
    layers_weights = max(0, weights - emb - (0 if shape.tied_embeddings else out))
    if not shape.tied_embeddings:
        out = min(out, weights - emb)
    return _Parts(
        shape=shape,
        weights=weights,
        embedding=emb,
        output=out,
        layers_weights=layers_weights,
        kv=kv_cache_bytes(spec, shape, context, kv_type) + recurrent_state_bytes(spec),
        compute=compute_bytes(spec, shape, context),
        host_runtime=host_runtime_bytes(shape),
        projector=max(0, int(spec.projector_bytes or 0)),
    ), from_file


def _per_layer_bytes(p: _Parts) -> float:
    return (p.layers_weights + p.kv) / p.shape.layers


def _layer_capacity(p: _Parts, devices: tuple[Device, ...]) -> list[int]:
    """Layers each device holds after its fixed buffers (compute graph, driver context)."""
    per_layer = _per_layer_bytes(p)
    return [
        max(
            0,
            int(
                (d.budget_bytes - p.compute - GPU_RUNTIME_BYTES[d.vendor] - (p.projector if i == 0 else 0)) // per_layer
            ),
        )
        if per_layer > 0
        else 0
        for i, d in enumerate(devices)
    ]


def gpu_layer_capacity(spec: ModelSpec, machine: Machine, *, context: int = 4096, kv_type: str = "f16") -> int:
    """How many of the model's repeating layers the machine's GPUs could hold (0: its GPUs are of no use to it)."""
    p, _ = _parts(spec, context, kv_type)
    return sum(_layer_capacity(p, machine.gpus))


def _notes(
    spec: ModelSpec, parts: _Parts, from_file: bool, machine: Machine, context: int, kv_type: str, fit: FitLevel
) -> tuple[str, ...]:
    notes: list[str] = []
    if fit in (FitLevel.FULL_GPU, FitLevel.PARTIAL_OFFLOAD):
        notes.append(reasons.NOTE_EMBEDDING_IN_HOST_RAM)
    if parts.shape.borrowed:
        notes.append(reasons.NOTE_SHAPE_FROM_REFERENCE)
    if not from_file:
        notes.append(reasons.NOTE_WEIGHTS_FROM_BITS)
    if spec.context_train and context > spec.context_train:
        notes.append(reasons.NOTE_CONTEXT_ABOVE_TRAINING)
    if spec.sliding_window and spec.sliding_window_layers:
        notes.append(reasons.NOTE_SLIDING_WINDOW)
    if spec.kv_lora_rank:
        notes.append(reasons.NOTE_MLA_CACHE)
    if parts.projector:
        notes.append(reasons.NOTE_VISION_PROJECTOR)
    if parts.shape.attention_layers < parts.shape.layers:
        notes.append(reasons.NOTE_RECURRENT_STATE)
    if active_parameters(spec) < spec.parameters:
        notes.append(reasons.NOTE_MOE_ACTIVE)
    if kv_type.lower() not in ("f16", "f32", "bf16"):
        notes.append(reasons.NOTE_QUANTISED_KV)
    if spec.quant and not is_good_quant(spec.quant):
        notes.append(reasons.NOTE_LOW_QUANT)
    if fit == FitLevel.TOO_LARGE:
        notes.append(reasons.NOTE_SLOW_DISK_PAGING)
    notes.extend(machine.notes)
    return tuple(dict.fromkeys(notes))


def _full_vram(p: _Parts, devices: tuple[Device, ...]) -> int:
    return (
        p.layers_weights + p.output + p.kv + p.projector + sum(p.compute + GPU_RUNTIME_BYTES[d.vendor] for d in devices)
    )


def full_offload_vram_bytes(spec: ModelSpec, machine: Machine, *, context: int = 4096, kv_type: str = "f16") -> int:
    """GPU memory the model needs with every layer offloaded (one discrete GPU when the machine has none)."""
    p, _ = _parts(spec, context, kv_type)
    devices = machine.gpus or (Device("gpu", GpuVendor.NVIDIA, 0, 0.0),)
    return _full_vram(p, devices)


def estimate_on(spec: ModelSpec, machine: Machine, *, context: int = 4096, kv_type: str = "f16") -> Estimate:
    """The estimate for an already-summarised machine (recommend() calls this many times).

    On a machine whose only GPUs read the system RAM (integrated GPUs, APUs, Apple silicon), the model runs where it
    is faster: llama.cpp on an old Iris Xe decodes slower than the CPU beside it, a Strix Halo's GPU much faster.
    From the one shared memory the CPU layout needs less than either GPU layout (one compute buffer, no GPU
    runtime), and its speed does not depend on how much memory there is, so taking the faster of the two keeps
    the estimate monotone in memory: more memory never moves a model from the CPU onto a slower GPU.
    """
    est = _estimate_on(spec, machine, context=context, kv_type=kv_type)
    if machine.unified_gpus_only and est.fit != FitLevel.CPU_ONLY:
        cpu = _estimate_on(spec, dataclasses.replace(machine, gpus=(), unified=False), context=context, kv_type=kv_type)
        if cpu.fit == FitLevel.CPU_ONLY and (cpu.tokens_per_second or 0) > (est.tokens_per_second or 0):
            notes = tuple(n for n in cpu.notes if n != reasons.NOTE_SHARED_GPU_MEMORY)
            return dataclasses.replace(cpu, notes=(*notes, reasons.NOTE_SHARED_GPU_SLOWER))
    return est


def _estimate_on(spec: ModelSpec, machine: Machine, *, context: int, kv_type: str) -> Estimate:
    if not 1 <= context <= MAX_CONTEXT:
        raise ValueError(f"context must be between 1 and {MAX_CONTEXT}, got {context}")
    if not spec.parameters > 0:
        raise ValueError("a model needs a parameter count greater than zero")
    kv_bytes_per_element(kv_type)  # KeyError for an unknown cache type
    p, from_file = _parts(spec, context, kv_type)
    n_layers = p.shape.layers
    per_layer = _per_layer_bytes(p)
    cpu_ram = p.weights + p.kv + p.compute + p.host_runtime + p.projector

    fit, gpu_layers = FitLevel.TOO_LARGE, 0
    vram = 0
    ram = cpu_ram
    compute_total, overhead = p.compute, p.host_runtime
    devices = machine.gpus
    if devices:
        host_small = host_compute_bytes_with_gpu(p.shape, context)
        full_vram = _full_vram(p, devices)
        full_ram = p.embedding + host_small + p.host_runtime
        capacity = _layer_capacity(p, devices)
        room_for_output = sum(d.budget_bytes for d in devices) - full_vram >= 0
        fits_ram = (full_vram + full_ram if machine.unified else full_ram) <= machine.ram_usable_bytes
        if sum(capacity) >= n_layers and room_for_output and fits_ram:
            fit, gpu_layers, vram, ram = FitLevel.FULL_GPU, n_layers, full_vram, full_ram
            compute_total = p.compute * len(devices) + host_small
            overhead = p.host_runtime + sum(GPU_RUNTIME_BYTES[d.vendor] for d in devices)
        else:
            ngl = min(sum(capacity), n_layers - 1)
            used = [d for d, c in zip(devices, capacity, strict=True) if c > 0]
            part_vram = (
                int(ngl * per_layer)
                + sum(p.compute + GPU_RUNTIME_BYTES[d.vendor] for d in used)
                + (p.projector if used else 0)
            )
            part_ram = p.embedding + p.output + int((n_layers - ngl) * per_layer) + p.compute + p.host_runtime
            fits_ram = (part_vram + part_ram if machine.unified else part_ram) <= machine.ram_usable_bytes
            if ngl >= 1 and fits_ram:
                fit, gpu_layers, vram, ram = FitLevel.PARTIAL_OFFLOAD, ngl, part_vram, part_ram
                compute_total = p.compute * (len(used) + 1)
                overhead = p.host_runtime + sum(GPU_RUNTIME_BYTES[d.vendor] for d in used)
            elif cpu_ram <= machine.ram_usable_bytes:
                fit = FitLevel.CPU_ONLY
            else:  # too large: show the full-offload split, the layout a bigger GPU would use
                vram, ram = full_vram, full_ram
                compute_total = p.compute * len(devices) + host_small
                overhead = p.host_runtime + sum(GPU_RUNTIME_BYTES[d.vendor] for d in devices)
    elif cpu_ram <= machine.ram_usable_bytes:
        fit = FitLevel.CPU_ONLY

    weights_total = p.weights + p.projector + (p.output if p.shape.tied_embeddings and vram else 0)
    memory = MemoryBreakdown(
        weights_bytes=weights_total,
        kv_cache_bytes=p.kv,
        compute_bytes=compute_total,
        overhead_bytes=overhead,
        total_bytes=weights_total + p.kv + compute_total + overhead,
        vram_bytes=vram,
        ram_bytes=ram,
    )
    host_bytes = ram + (vram if machine.unified else 0)
    comfortable = machine.ram_comfortable_bytes
    tight = fit != FitLevel.TOO_LARGE and comfortable is not None and host_bytes > comfortable
    speed: Speed | None = None
    prompt_tps: float | None = None
    if fit != FitLevel.TOO_LARGE:
        prompt_tps = prefill_speed(
            spec, p.shape, machine, gpu_layers=gpu_layers, context=context, layers_weights_bytes=p.layers_weights
        )
        speed = decode_speed(
            spec,
            p.shape,
            machine,
            context=context,
            kv_type=kv_type,
            gpu_layers=gpu_layers,
            weights_bytes=p.weights,
            layers_weights_bytes=p.layers_weights,
            output_bytes=p.output,
        )
    return Estimate(
        fit=fit,
        gpu_layers=gpu_layers,
        total_layers=n_layers,
        memory=memory,
        tokens_per_second=None if speed is None else round(speed.point, 1),
        tokens_per_second_range=None if speed is None else (round(speed.low, 1), round(speed.high, 1)),
        context=context,
        quant=normalize_quant(spec.quant),
        notes=_notes(spec, p, from_file, machine, context, kv_type, fit) + ((reasons.NOTE_TIGHT,) if tight else ()),
        tight=tight,
        prompt_tokens_per_second=None if prompt_tps is None else round(prompt_tps, 1),
        budget=machine.budget,
        assumptions=machine.assumptions,
    )


def estimate(spec: ModelSpec, profile: HardwareProfile, *, context: int = 4096, kv_type: str = "f16") -> Estimate:
    """How `spec` runs on `profile` at `context` tokens with a `kv_type` KV cache (llama.cpp's allocations).

    Raises ValueError for a context outside 1..16M, a non-positive parameter count, or an unknown kv_type.
    """
    return estimate_on(spec, machine_from_profile(profile), context=context, kv_type=kv_type)
