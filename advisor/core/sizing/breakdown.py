"""What a memory bar shows: an estimate's memory split into the parts counted against the machine's figure (the
"needs" beside "available") and the part kept elsewhere, so the bar adds up to the figure the tables and reasons
give, and names what it leaves out.

A model fully on a graphics card is compared with the card's budget: its token-embedding table and the processor's
small buffers stay in system RAM (llama.cpp keeps the input embeddings on the host), so they are not part of that
figure. On unified memory (Apple silicon, an integrated GPU sharing RAM) that RAM is the same memory: the figure is
the whole model against the RAM budget (`recommend._need`), and nothing is left aside.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.core.types import Estimate


@dataclass(frozen=True)
class MemoryParts:
    weights_bytes: int  # the weights counted in the figure
    kv_cache_bytes: int
    buffers_bytes: int  # compute buffers and runtime overhead counted in the figure
    # what the estimate keeps outside the figure: in system RAM beside a model on the GPU (its token embeddings and
    # the processor's buffers); 0 when the figure counts everything
    elsewhere_bytes: int

    @property
    def counted_bytes(self) -> int:
        return self.weights_bytes + self.kv_cache_bytes + self.buffers_bytes


def memory_parts(est: Estimate, counted_bytes: int) -> MemoryParts:
    """`est`'s memory as the parts of `counted_bytes` (the "needs" a table shows for it, e.g. `TierResult.needs_bytes`)
    and the rest. The rest is taken from the weights first (the embedding table is most of it), then the buffers,
    so the three parts always add up to `counted_bytes` (never above the estimate's total)."""
    m = est.memory
    counted = max(0, min(counted_bytes, m.total_bytes))
    rest = m.total_bytes - counted
    weights, kv, buffers = m.weights_bytes, m.kv_cache_bytes, m.compute_bytes + m.overhead_bytes
    from_weights = min(rest, weights)
    weights -= from_weights
    from_buffers = min(rest - from_weights, buffers)
    buffers -= from_buffers
    kv -= rest - from_weights - from_buffers
    return MemoryParts(weights_bytes=weights, kv_cache_bytes=max(0, kv), buffers_bytes=buffers, elsewhere_bytes=rest)
