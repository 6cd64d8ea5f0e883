"""Decode speed (tokens/s): every generated token reads the active weights and the KV cache so far.

time per token = GPU bytes / (efficiency × GPU bandwidth) + CPU bytes / CPU rate + a fixed per-token cost, where
* efficiency is the share of peak bandwidth a decode reaches for the quant family (`quants.GPU_EFFICIENCY`,
  from the llama.cpp RTX 4090 anchor: F16 0.80, K-quants 0.68);
* the CPU rate is the lower of the bandwidth bound (`CPU_DECODE_SHARE` of the all-core RAM bandwidth) and the
  compute bound (physical cores × weights one core multiplies per second on its SIMD class, `quants.py`) — a small
  board or a few-core VM is compute-bound, a laptop or desktop with 6+ cores bandwidth-bound;
* mixture-of-experts models read only the active experts (active parameters), but keep all in memory;
* partial offload adds the GPU part and the CPU part (the CPU part dominates quickly);
* the KV cache read grows as the context fills: the point estimate is a short chat (512 tokens in the cache),
  the range runs from a full context at 85 % of the efficiency to an empty one at 115 %.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.core.sizing.machine import Machine
from advisor.core.sizing.memory import kv_cache_bytes
from advisor.core.sizing.quants import CPU_DECODE_SHARE, cpu_core_weights_per_second, gpu_efficiency
from advisor.core.sizing.shape import Shape
from advisor.core.types import ModelSpec

POINT_FILL_TOKENS = 512
LOW_EFFICIENCY = 0.85
HIGH_EFFICIENCY = 1.15
CPU_TOKEN_FIXED_S = 2.0e-4  # graph build, sampling setup, thread sync per token on CPU
CPU_SAMPLING_S_PER_VOCAB = 4.0e-9  # sampling scans the whole vocabulary every token
GPU_LAYER_FIXED_S = 1.0e-5  # kernel launches per layer per token
# Share of a MoE model's parameters in its routed experts, when the file's tensors are not known
# (Mixtral-8x7B: 46.7 B total, 12.9 B active with 2 of 8 → 0.96; Qwen3-30B-A3B: 30.5 B, 3.3 B with 8 of 128 → 0.95).
MOE_EXPERT_SHARE = 0.95


def active_parameters(spec: ModelSpec) -> float:
    """Parameters read per token: all of them, or for mixture-of-experts models the shared part + active experts."""
    if spec.active_parameters:
        return min(spec.active_parameters, spec.parameters)
    if spec.experts and spec.active_experts and spec.experts > spec.active_experts:
        return spec.parameters * (1.0 - MOE_EXPERT_SHARE * (1.0 - spec.active_experts / spec.experts))
    return spec.parameters


@dataclass(frozen=True)
class Speed:
    point: float
    low: float
    high: float


def _seconds_per_token(
    spec: ModelSpec, shape: Shape, machine: Machine, *, context: int, kv_type: str, gpu_layers: int,
    layers_read: float, output_bytes: int, fill: int, eff_scale: float, bytes_per_weight: float,
) -> float:
    n = shape.layers
    kv = kv_cache_bytes(spec, shape, context, kv_type, cells=fill)
    per_layer = (layers_read + kv) / n
    gpu_bytes = per_layer * gpu_layers + (output_bytes if gpu_layers >= n else 0)
    cpu_bytes = per_layer * (n - gpu_layers) + (0 if gpu_layers >= n else output_bytes)

    seconds = CPU_TOKEN_FIXED_S + CPU_SAMPLING_S_PER_VOCAB * shape.vocab
    if gpu_bytes and machine.gpus:
        eff = min(0.95, gpu_efficiency(spec.quant) * eff_scale)  # never above 95 % of a GPU's peak
        budgets = [max(d.budget_bytes, 1) for d in machine.gpus]
        total = sum(budgets)
        for d, b in zip(machine.gpus, budgets, strict=True):  # layers split by each device's share
            seconds += gpu_bytes * (b / total) / (eff * d.efficiency_scale * d.bandwidth_gbps * 1e9)
        seconds += GPU_LAYER_FIXED_S * gpu_layers
    if cpu_bytes:
        bandwidth_bound = CPU_DECODE_SHARE * eff_scale * machine.ram_bandwidth_gbps * 1e9
        weights_per_s = machine.cpu_cores * cpu_core_weights_per_second(spec.quant, machine.cpu_isa, machine.cpu_mhz)
        compute_bound = weights_per_s * bytes_per_weight * eff_scale
        seconds += cpu_bytes / min(bandwidth_bound, compute_bound)
    return seconds


def decode_speed(
    spec: ModelSpec, shape: Shape, machine: Machine, *, context: int, kv_type: str, gpu_layers: int,
    weights_bytes: int, layers_weights_bytes: int, output_bytes: int,
) -> Speed:
    bytes_per_param = weights_bytes / spec.parameters
    inactive = (spec.parameters - active_parameters(spec)) * bytes_per_param
    layers_read = max(0.0, layers_weights_bytes - inactive)
    common = dict(context=context, kv_type=kv_type, gpu_layers=gpu_layers, layers_read=layers_read,
                  output_bytes=output_bytes, bytes_per_weight=bytes_per_param)
    point = _seconds_per_token(spec, shape, machine, fill=min(context, POINT_FILL_TOKENS), eff_scale=1.0, **common)
    slow = _seconds_per_token(spec, shape, machine, fill=context, eff_scale=LOW_EFFICIENCY, **common)
    fast = _seconds_per_token(spec, shape, machine, fill=0, eff_scale=HIGH_EFFICIENCY, **common)
    return Speed(point=1.0 / point, low=1.0 / slow, high=1.0 / fast)
