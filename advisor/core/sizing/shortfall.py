"""What ran out for a model too large for a machine: the one computation the Models list (`catalog.ranking`) and the
recommendation's "the next size up needs…" (`sizing.recommend`) both state."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from advisor.core.sizing.estimate import estimate_on
from advisor.core.sizing.machine import Machine
from advisor.core.types import FitLevel, ModelSpec

_UNBOUNDED_BYTES = 2**62  # "as much RAM as it takes": what the best layout needs there, never a real machine's


@dataclass(frozen=True)
class Shortfall:
    """`needs_bytes` of system RAM against `available_bytes` (the RAM budget), with `gpu_bytes` on the graphics
    card beside it (0 without a discrete GPU that holds a layer, and on unified memory, where it is the same RAM)."""

    needs_bytes: int
    available_bytes: int
    gpu_bytes: int
    memory: str = "ram"  # which memory ran out: always system RAM (reasons.py's "memory" values)


def shortfall(spec: ModelSpec, machine: Machine, *, context: int = 4096, kv_type: str = "f16") -> Shortfall:
    """What does not fit of a model too large for `machine`: the system RAM its best layout needs against the RAM
    budget, and what the graphics card holds beside it.

    A model can always be split, so what runs out is system RAM: the estimate's layouts (every layer on the GPU,
    whole layers split, the processor alone) each leave a part in RAM, and the smallest part is over the budget.
    That part is the one the same estimate finds with RAM unbounded (the same GPUs, the same buffers), so the
    figures are the ones that failed, never the all-on-GPU total (which can be below GPU + RAM together, since a
    split keeps whole layers and a compute buffer on each side). On unified memory the GPU's part is the same RAM.
    """
    roomy = dataclasses.replace(machine, ram_usable_bytes=_UNBOUNDED_BYTES, ram_comfortable_bytes=None)
    placed = estimate_on(spec, roomy, context=context, kv_type=kv_type)
    m = placed.memory
    on_gpu = m.vram_bytes if placed.fit in (FitLevel.FULL_GPU, FitLevel.PARTIAL_OFFLOAD) else 0
    needs = m.ram_bytes + (on_gpu if machine.unified else 0)
    return Shortfall(
        needs_bytes=needs,
        available_bytes=machine.ram_usable_bytes,
        gpu_bytes=0 if machine.unified else on_gpu,
    )
