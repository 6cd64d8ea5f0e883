"""`recommend(profile)`: the largest size class that runs usably here, its quant, and why (as data).

A class "fits" when its reference model (tiers.py) at some quant of Q4_K_M or better is not too large and decodes
at least `min_tokens_per_second`. Lower quants are only used, with a `low_quant` reason, when no class fits
at Q4_K_M. Within a class: the best fit level (full GPU beats partial offload beats CPU), then the best quality
that still decodes at twice the threshold, else the fastest acceptable quant.
Every step is monotone in memory, so more memory never recommends a smaller class.

Needs are compared with VRAM on a machine whose GPUs can hold at least one layer of some class, else with RAM:
a GPU whose memory another program holds (free VRAM below one layer plus its buffers) runs nothing, so the machine
is sized as CPU-only, with a `gpu_memory_in_use` reason. The switch is monotone too: more free VRAM can only move
the comparison from RAM to VRAM, never back.
"""

from __future__ import annotations

import dataclasses

from advisor.core.sizing import reasons
from advisor.core.sizing.estimate import (
    full_offload_vram_bytes,
    gpu_layer_capacity,
    load_placement,
    placed_estimate_on,
)
from advisor.core.sizing.machine import Machine, machine_from_profile
from advisor.core.sizing.quants import MIN_GOOD_QUANT, QUANT_LADDER, is_good_quant
from advisor.core.sizing.shortfall import Shortfall, shortfall
from advisor.core.sizing.speed import active_parameters
from advisor.core.sizing.tiers import TIERS, Tier, offered_quants, reference_at
from advisor.core.types import Estimate, FitLevel, HardwareProfile, ModelSpec, Reason, Recommendation, TierResult

DEFAULT_MIN_TOKENS_PER_SECOND = 5.0
COMFORT_FACTOR = 2.0  # a higher-quality quant is chosen only while it stays this far above the threshold
_FIT_ORDER = {FitLevel.FULL_GPU: 0, FitLevel.PARTIAL_OFFLOAD: 1, FitLevel.CPU_ONLY: 2, FitLevel.TOO_LARGE: 3}


@dataclasses.dataclass(frozen=True)
class _ModelEval:
    """One model of a class at every quant of the ladder."""

    spec: ModelSpec
    estimates: dict[str, Estimate]
    good: str | None  # best quant at Q4_K_M or better that runs usably
    low: str | None  # best quant below Q4_K_M that runs usably
    # by quant: (bytes needed, bytes available, which memory, bytes of it on the graphics card) in the layout that
    # quant runs in, the table's one quantity: the model's whole need against what that layout can use (`_need`),
    # "vram" (fully on a graphics card), "vram_ram" (split between a card and RAM, or too large for both: the part
    # whole layers fill on the card and the RAM budget), "ram" (CPU only, unified memory)
    needs: dict[str, tuple[int, int, str, int]]
    # by quant, for a quant too large: what ran out (`shortfall`: the system RAM its best layout needs beside what
    # the card holds), the figures the reasons name
    short: dict[str, Shortfall]
    context_ok: bool = True  # the model was trained for the context asked (else it is not offered)
    # memory the model takes at Q4_K_M in its layout (the split's GPU and RAM parts together, or its all-on-GPU
    # total when too large): which model of a class where nothing runs is nearest to running
    footprint: int = 0


@dataclasses.dataclass(frozen=True)
class _TierEval:
    tier: Tier
    model: _ModelEval  # the model the class's verdict is for: the best that runs, else the nearest to running
    models: tuple[_ModelEval, ...]

    @property
    def estimates(self) -> dict[str, Estimate]:
        return self.model.estimates

    @property
    def good(self) -> str | None:
        return self.model.good

    @property
    def low(self) -> str | None:
        return self.model.low

    def need(self, quant: str) -> tuple[int, int, str, int]:
        return self.model.needs[quant]

    def shortfall(self, quant: str) -> Shortfall:
        """What ran out at `quant`, a quant too large here."""
        return self.model.short[quant]

    def chosen(self, allow_low: bool) -> str | None:
        return self.good or (self.low if allow_low else None)


def _usable(est: Estimate, min_tps: float) -> bool:
    return est.fit != FitLevel.TOO_LARGE and (est.tokens_per_second or 0.0) >= min_tps


def _pick(estimates: dict[str, Estimate], quants: list[str], min_tps: float) -> str | None:
    """Best fit level first, then one that is not tight; then the best quality that is comfortable (2× the
    threshold), else the fastest."""
    if not quants:
        return None
    best_fit = min(_FIT_ORDER[estimates[q].fit] for q in quants)
    candidates = [q for q in quants if _FIT_ORDER[estimates[q].fit] == best_fit]
    roomy = [q for q in candidates if not estimates[q].tight]
    candidates = roomy or candidates
    comfortable = [q for q in candidates if (estimates[q].tokens_per_second or 0) >= COMFORT_FACTOR * min_tps]
    if comfortable:
        return min(comfortable, key=QUANT_LADDER.index)
    # equally fast (a compute-bound CPU): the smaller file, which leaves more memory free
    return max(candidates, key=lambda q: (estimates[q].tokens_per_second or 0, QUANT_LADDER.index(q)))


def _is_moe(spec: ModelSpec) -> bool:
    return active_parameters(spec) < spec.parameters


def _footprint(est: Estimate, machine: Machine, full_vram: int) -> int:
    """The memory a model takes in the layout the estimate found (too large: its total)."""
    m = est.memory
    if not machine.gpus:
        return m.ram_bytes
    if est.fit == FitLevel.FULL_GPU:
        return full_vram
    if machine.unified or est.fit == FitLevel.PARTIAL_OFFLOAD:
        return m.vram_bytes + m.ram_bytes
    return m.ram_bytes if est.fit == FitLevel.CPU_ONLY else m.total_bytes


def _need(est: Estimate, machine: Machine, full_vram: int, short: Shortfall | None) -> tuple[int, int, str, int]:
    """What a model needs, what the machine can give it in the layout the estimate found, which memory that is, and
    the part on the graphics card: the model's whole need in every row and on every machine, against what that
    layout can really use, so that a row is too large exactly when its need is above its available figure.

    * Fully on a graphics card (not unified memory): the card's part against the card's budget ("vram"); the
      token-embedding table llama.cpp keeps in system RAM beside it is not the card's.
    * Split between a graphics card and system RAM, or too large for both ("vram_ram"): the card holds whole layers,
      so what the model can use of it is the part those layers fill (the rest of the card, less than a layer, stays
      unused); available is that part and the RAM budget, and the row is too large exactly when the RAM part is
      over the RAM budget: what the reasons say ran out (`shortfall`).
    * Unified memory (Apple silicon, an integrated GPU sharing RAM) and the processor alone ("ram"): the graphics'
      part and the part outside it come out of the same memory, so the whole need against the RAM budget, the
      figure `estimate` gives in all (the graphics' share decides whether it runs on the GPU, not whether it fits).
    """
    m = est.memory
    if short is not None:  # too large: the whole of its best layout, what ran out being the RAM beside the card
        memory = "vram_ram" if short.gpu_bytes > 0 else short.memory
        return short.needs_bytes + short.gpu_bytes, short.available_bytes + short.gpu_bytes, memory, short.gpu_bytes
    if not machine.gpus or machine.unified or est.fit == FitLevel.CPU_ONLY:
        return m.vram_bytes + m.ram_bytes, machine.ram_usable_bytes, "ram", 0
    if est.fit == FitLevel.FULL_GPU:
        return full_vram, machine.gpu_budget_bytes, "vram", 0
    return m.vram_bytes + m.ram_bytes, m.vram_bytes + machine.ram_usable_bytes, "vram_ram", m.vram_bytes


def _evaluate_model(spec: ModelSpec, machine: Machine, context: int, min_tps: float) -> _ModelEval:
    # each quant in the placement to load it with: a mixture of experts too big for the GPU with its routed experts
    # in RAM where that is faster than the split by layers (the speed, the fit and the needs are that placement's)
    estimates = {q: placed_estimate_on(reference_at(spec, q), machine, context=context) for q in QUANT_LADDER}
    # a model trained for a shorter context is not offered for this one (it would answer badly past it)
    context_ok = not (spec.context_train and context > spec.context_train)
    offered = offered_quants(spec)
    usable = [q for q in QUANT_LADDER if q in offered and context_ok and _usable(estimates[q], min_tps)]
    good = _pick(estimates, [q for q in usable if is_good_quant(q)], min_tps)
    low = next((q for q in usable if not is_good_quant(q)), None)
    full_vram = {
        q: full_offload_vram_bytes(reference_at(spec, q), machine, context=context) if machine.gpus else 0
        for q in QUANT_LADDER
    }
    short = {
        q: shortfall(reference_at(spec, q), machine, context=context)
        for q in QUANT_LADDER
        if estimates[q].fit == FitLevel.TOO_LARGE
    }
    needs = {q: _need(estimates[q], machine, full_vram[q], short.get(q)) for q in QUANT_LADDER}
    footprint = _footprint(estimates[MIN_GOOD_QUANT], machine, full_vram[MIN_GOOD_QUANT])
    return _ModelEval(spec, estimates, good, low, needs, short, context_ok, footprint)


def _model_rank(m: _ModelEval, min_tps: float) -> tuple[float, ...]:
    """Which model speaks for its class: one that runs at a good quant, then a low one; the better fit level;
    comfortably fast (2× the threshold); not tight; dense before a mixture of experts (the class's own quality); the
    larger model (a bigger model at Q4_K_M beats a smaller one at Q6_K); the higher quality; the faster. Below
    Q4_K_M the quant comes before the size: answers fall off fast there, so a 24B at IQ4_XS speaks for its class
    before a 32B at Q2_K (review round 6: a MacBook Air M2 16 GB was told its 40B class "only runs at Q2_K").
    Comfortably fast comes before roomy: a tight model leaves the system at least its reserve, and a roomy one at
    the usable floor is no answer to it (newcomer round: an RTX 4060 laptop at 16K was given Mistral-Small-24B at
    5.6 tokens/s, 4.7 with its context full, over Qwen3-30B-A3B at 32.6 that left 3.5 GiB where 4.0 is wanted)."""
    quant = m.good or m.low
    if quant is None:  # nothing runs: one trained for the context, then the closest to running (least memory)
        return (2, int(not m.context_ok), 0, 0, 0, 0, 0, float(m.footprint))
    est = m.estimates[quant]
    tps = est.tokens_per_second or 0.0
    size_then_quality = (-m.spec.parameters, float(QUANT_LADDER.index(quant)))
    return (
        0 if m.good else 1,
        _FIT_ORDER[est.fit],
        int(tps < COMFORT_FACTOR * min_tps),
        int(est.tight),
        int(_is_moe(m.spec)),
        *(size_then_quality if m.good else size_then_quality[::-1]),
        -tps,
    )


def _evaluate(tier: Tier, machine: Machine, context: int, min_tps: float) -> _TierEval:
    models = tuple(_evaluate_model(spec, machine, context, min_tps) for spec in tier.references)
    best = min(models, key=lambda m: _model_rank(m, min_tps))
    return _TierEval(tier, best, models)


def _result(ev: _TierEval, allow_low: bool) -> TierResult:
    # a class that runs usably only below Q4_K_M shows that quant and its fit, also when a smaller class is chosen
    # at a good quant: the table says what the "next size up runs only at Q2_K" reason says
    quant = ev.chosen(allow_low) or ev.low
    est = ev.estimates[quant or MIN_GOOD_QUANT]
    spec = ev.model.spec
    needs, available, memory, on_gpu = ev.need(quant or MIN_GOOD_QUANT)
    return TierResult(
        tier=ev.tier.name,
        fits=ev.good is not None,
        best_quant=quant,
        fit=est.fit,
        tokens_per_second=est.tokens_per_second,
        needs_bytes=needs,
        available_bytes=available,
        memory=memory,
        model=spec.name,
        parameters=spec.parameters,
        active_parameters=active_parameters(spec) if _is_moe(spec) else None,
        tight=est.tight if quant else False,
        runs="yes" if ev.good else ("low_quant" if quant else "no"),
        gpu_bytes=on_gpu,
    )


def _next_tier_reasons(ev: _TierEval, context: int, min_tps: float) -> list[Reason]:
    """Why the class above was not chosen, naming only the limit that binds: context, memory, speed, or quality."""
    if not any(m.context_ok for m in ev.models):
        longest = max(m.spec.context_train or 0 for m in ev.models)
        # the models the class is judged by, named: other models of the class may be trained longer (Mistral Small
        # 3.1 for 128K), and "no 40B-class model we know" read as a claim about them all (newcomer round)
        return [
            reasons.reason(
                reasons.NEXT_TIER_CONTEXT,
                tier=ev.tier.name,
                context=context,
                context_train=longest,
                models=", ".join(m.spec.name for m in ev.models if m.spec.name),
            )
        ]
    q4 = ev.estimates[MIN_GOOD_QUANT]
    if q4.fit == FitLevel.TOO_LARGE:
        short = ev.shortfall(MIN_GOOD_QUANT)  # what ran out, where the table gives the whole need
        out = [
            reasons.reason(
                reasons.NEXT_TIER_NEEDS_MEMORY,
                tier=ev.tier.name,
                quant=MIN_GOOD_QUANT,
                needs_bytes=short.needs_bytes,
                available_bytes=short.available_bytes,
                memory=short.memory,
                gpu_bytes=short.gpu_bytes,
            )
        ]
    else:
        out = [
            reasons.reason(
                reasons.NEXT_TIER_TOO_SLOW,
                tier=ev.tier.name,
                quant=MIN_GOOD_QUANT,
                tokens_per_second=q4.tokens_per_second,
                min_tokens_per_second=min_tps,
            )
        ]
    if ev.low is not None:
        out.append(
            reasons.reason(
                reasons.NEXT_TIER_LOW_QUANT_ONLY, tier=ev.tier.name, quant=ev.low, min_good_quant=MIN_GOOD_QUANT
            )
        )
    return out


def _tight_split(ev: _TierEval, machine: Machine) -> bool:
    """On unified memory (Apple), a pick split between GPU and CPU *and* tight has outgrown the GPU's share of a
    memory the system also needs: possible, not advice. (On a discrete GPU the split is ordinary offloading; and
    since more RAM only removes both, the rule stays monotone.)"""
    est = ev.estimates[ev.good] if ev.good else None
    return machine.unified and est is not None and est.tight and est.fit == FitLevel.PARTIAL_OFFLOAD


def _moe_reason(ev: _TierEval, min_tps: float) -> Reason | None:
    """The class runs thanks to a mixture of experts: say so, and what its dense headline model would do."""
    spec = ev.model.spec
    if not _is_moe(spec):
        return None
    dense = next((m for m in ev.models if not _is_moe(m.spec)), None)
    if dense is None or dense.good is not None:
        return None
    q4 = dense.estimates[MIN_GOOD_QUANT]
    return reasons.reason(
        reasons.MOE_CHOSEN,
        tier=ev.tier.name,
        model=spec.name,
        parameters=spec.parameters,
        active_parameters=active_parameters(spec),
        dense_model=dense.spec.name,
        dense_tokens_per_second=q4.tokens_per_second,
    )


SAME_CLASS_FASTER = 2.0  # another model of the class is named when it decodes at least this many times faster
# the faster model's prompt speed is named beside the pick's where it is below this share of it: gpt-oss-20b on a
# 16 GB Mac's processor generates faster than Mistral-Nemo-12B on its GPU but reads a prompt at 51 tokens/s against
# 132 (newcomer round: "faster, close programs to run it" hid a 2,000-word document's wait of over a minute)
PROMPT_MUCH_SLOWER = 0.5
FASTER_ON_GPU = 1.5  # the nearest smaller class wholly on the card is named when it decodes this many times faster


def _same_class_faster(ev: _TierEval, est: Estimate) -> Reason | None:
    """The fastest other model of the chosen class that runs at a good quant at least SAME_CLASS_FASTER times as
    fast as the pick, and why it is not the pick (`_model_rank`): it is tight, or a mixture of experts beside a dense
    pick. The Models list, ordered by what runs best here, may offer it first: the reason says why."""
    tps = est.tokens_per_second or 0.0
    best: tuple[float, _ModelEval] | None = None
    for m in ev.models:
        if m is ev.model or m.good is None:
            continue
        alt = m.estimates[m.good].tokens_per_second or 0.0
        if alt >= SAME_CLASS_FASTER * tps and (best is None or alt > best[0]):
            best = (alt, m)
    if best is None:
        return None
    alt_tps, m = best
    assert m.good is not None
    faster = m.estimates[m.good]
    if faster.tight and not est.tight:
        code = reasons.SAME_CLASS_FASTER_TIGHT
    elif _is_moe(m.spec) and not _is_moe(ev.model.spec):
        code = reasons.SAME_CLASS_FASTER_MOE
    else:
        return None
    alt_prompt, prompt = faster.prompt_tokens_per_second, est.prompt_tokens_per_second
    slower = alt_prompt is not None and prompt is not None and alt_prompt < PROMPT_MUCH_SLOWER * prompt
    return reasons.reason(
        code,
        tier=ev.tier.name,
        model=m.spec.name,
        quant=m.good,
        tokens_per_second=alt_tps,
        chosen_model=ev.model.spec.name,
        prompt_tokens_per_second=alt_prompt if slower else None,
        chosen_prompt_tokens_per_second=prompt if slower else None,
    )


def _lower_quant_faster(ev: _TierEval, quant: str, est: Estimate) -> Reason | None:
    """The pick's own model at the highest good quant below the pick's that decodes at least SAME_CLASS_FASTER times
    as fast (newcomer round: Qwen3-30B-A3B at Q8_0, 15.8 tokens/s with 21 GiB of experts in DDR4, was recommended
    on an RX 6700 XT without a word of its Q4_K_M at 35)."""
    tps = est.tokens_per_second or 0.0
    offered = offered_quants(ev.model.spec)
    below = [q for q in QUANT_LADDER[QUANT_LADDER.index(quant) + 1 :] if q in offered]
    for q in below:
        alt = ev.estimates[q]
        if not is_good_quant(q) or not _usable(alt, 0.0) or (alt.tight and not est.tight):
            continue
        if (alt.tokens_per_second or 0.0) >= SAME_CLASS_FASTER * tps > 0:
            return reasons.reason(
                reasons.LOWER_QUANT_FASTER,
                model=ev.model.spec.name,
                quant=q,
                tokens_per_second=alt.tokens_per_second,
                needs_bytes=ev.need(q)[0],
                chosen_quant=quant,
            )
    return None


def _faster_choice(
    evals: list[_TierEval], chosen_i: int, est: Estimate, min_tps: float, machine: Machine
) -> Reason | None:
    """The nearest smaller class that runs entirely on the GPU, where it decodes at least FASTER_ON_GPU times as fast
    as the pick split over GPU and CPU."""
    if est.fit != FitLevel.PARTIAL_OFFLOAD or not est.tokens_per_second:
        return None
    if est.tokens_per_second >= COMFORT_FACTOR * min_tps:  # already comfortably fast: no need to trade size
        return None
    for ev in reversed(evals[:chosen_i]):
        if ev.good is None:
            continue
        alt = ev.estimates[ev.good]
        if alt.fit != FitLevel.FULL_GPU:
            continue
        if (alt.tokens_per_second or 0) < FASTER_ON_GPU * est.tokens_per_second:
            # the nearest class wholly on the card, not clearly faster: no smaller one is named over it (a 3B at 64
            # tokens/s was offered while the 7B beside it ran on the card at 40, 1.9× the pick: newcomer round)
            return None
        return reasons.reason(
            reasons.FASTER_CHOICE,
            tier=ev.tier.name,
            model=ev.model.spec.name,
            quant=ev.good,
            fit=alt.fit.value,
            tokens_per_second=alt.tokens_per_second,
            unified=machine.unified,
        )
    return None


# From this context on, where the KV cache weighs, a q8_0 cache (half the f16 cache's bytes; LM Studio's "K/V Cache
# Quantization Type", llama.cpp's -ctk/-ctv with flash attention) is named when it lets the class above the pick run,
# or the pick's own class at Q4_K_M where only a lower quant fits (newcomer round: an 8 GB laptop at 64K was told
# Llama-3.2-3B at IQ4_XS, "noticeably worse answers", for 7 GiB of f16 cache a q8_0 one halves; `estimate` said it,
# `recommend` never did)
KV_CHOICE_MIN_CONTEXT = 16384


def _kv_q8_choice(candidates: list[_TierEval], machine: Machine, context: int, min_tps: float) -> Reason | None:
    """The first of `candidates` that a q8_0 KV cache lets run usably at Q4_K_M and not tight, where the f16 cache
    does not: the pick's own class where only a lower quant fits, the class above it, or (nothing runs) the
    smallest."""
    if context < KV_CHOICE_MIN_CONTEXT:
        return None
    for ev in candidates:
        if not ev.model.context_ok or MIN_GOOD_QUANT not in offered_quants(ev.model.spec):
            continue
        f16 = ev.estimates[MIN_GOOD_QUANT]
        if _usable(f16, min_tps) and not f16.tight:
            continue  # runs already: not for the cache
        spec = reference_at(ev.model.spec, MIN_GOOD_QUANT)
        q8 = placed_estimate_on(spec, machine, context=context, kv_type="q8_0")
        if not _usable(q8, min_tps) or q8.tight:
            continue
        return reasons.reason(
            reasons.KV_Q8_CHOICE,
            tier=ev.tier.name,
            model=ev.model.spec.name,
            quant=MIN_GOOD_QUANT,
            tokens_per_second=q8.tokens_per_second,
            kv_bytes=q8.memory.kv_cache_bytes,
            f16_kv_bytes=f16.memory.kv_cache_bytes,
        )
    return None


SMALLER_FASTER = 1.3  # a smaller class is named only when it decodes at least this many times faster than the pick


def _host_bytes(est: Estimate, machine: Machine) -> int:
    """What a model takes of the memory the system shares: its RAM part, and on one memory (Apple) its GPU part."""
    return est.memory.ram_bytes + (est.memory.vram_bytes if machine.unified else 0)


def _smaller_choice(
    evals: list[_TierEval], chosen_i: int, est: Estimate, min_tps: float, machine: Machine
) -> Reason | None:
    """The nearest smaller class at a good quant, where the pick is tight (what the smaller one leaves of the memory)
    or its range dips below the usable speed (the smaller one's speed, only where it runs clearly faster).

    Tight, the smaller class is named at its good quant that leaves the system enough (else at its leanest good
    quant, the most it can leave). Beside a graphics card, where tight counts the system RAM only, it is named only
    where it leaves the system enough, by the RAM it takes beside the card (`smaller_choice_card`; newcomer round: a
    6 GB RTX 4050 laptop with 16 GB was told Qwen3-30B-A3B, tight, 2.4 GiB left, "close what you can", and not that
    gpt-oss-20b of the class below leaves far more and runs faster); a split pick's choice wholly on the card, where
    one runs much faster, is `_faster_choice`'s."""
    low = est.tokens_per_second_range[0] if est.tokens_per_second_range else est.tokens_per_second
    if not est.tokens_per_second or low is None or machine.budget is None:
        return None
    if not est.tight and low >= min_tps:
        return None
    card = bool(machine.gpus) and not machine.unified_gpus_only
    ev = next((e for e in reversed(evals[:chosen_i]) if e.good is not None), None)
    if ev is None or ev.good is None:
        return None
    quant = ev.good
    if est.tight and ev.estimates[quant].tight:
        offered = offered_quants(ev.model.spec)
        good = [q for q in offered if q in ev.estimates and is_good_quant(q) and _usable(ev.estimates[q], min_tps)]
        roomy = [q for q in good if not ev.estimates[q].tight]
        quant = roomy[0] if roomy else (good[-1] if good else quant)
    alt = ev.estimates[quant]
    alt_tps = alt.tokens_per_second or 0.0
    # tight, the smaller class is offered for the room it leaves, also where it is slower (a mixture of experts of a
    # class above runs faster than the dense class below: gpt-oss-20b at 29 tokens/s on a 16 GB Mac, tight, and no
    # word of Mistral-Nemo-12B at 11 leaving 8 GiB); slow, only one clearly faster helps
    if not est.tight and alt_tps < SMALLER_FASTER * est.tokens_per_second:
        return None
    if est.tight:
        needs = _host_bytes(alt, machine)
        if needs >= _host_bytes(est, machine):
            return None
        said = {"tier": ev.tier.name, "model": ev.model.spec.name, "quant": quant, "needs_bytes": needs}
        said["left_bytes"] = max(0, machine.budget.total_bytes - needs)
        if alt.tight and card:  # beside a card, only a class that leaves the system enough is worth naming
            return None
        if alt.tight:  # short of what the system needs too: said beside it, never as if it were enough
            reserve = machine.budget.total_bytes - (machine.ram_comfortable_bytes or 0)
            return reasons.reason(
                reasons.SMALLER_CHOICE_TIGHT, **said, reserve_bytes=reserve, tokens_per_second=alt_tps
            )
        if card:
            full = alt.fit == FitLevel.FULL_GPU
            return reasons.reason(reasons.SMALLER_CHOICE_CARD, **said, tokens_per_second=alt_tps, full_gpu=full)
        return reasons.reason(reasons.SMALLER_CHOICE, **said, tokens_per_second=alt_tps)
    return reasons.reason(
        reasons.SMALLER_CHOICE_SLOW,
        tier=ev.tier.name,
        model=ev.model.spec.name,
        quant=quant,
        tokens_per_second=alt_tps,
        low_tokens_per_second=low,
    )


def _placement_reason(spec: ModelSpec, est: Estimate, machine: Machine) -> Reason:
    """The placement the pick's speed assumes: the routed experts of the first `n_cpu_moe` layers in system RAM
    (their bytes), and what the usual split by layers would decode instead."""
    # placed_estimate_on's remark: the experts' bytes, and the split by layers the placement was found faster than
    chosen = next((r.values for r in est.remarks if r.code == reasons.REMARK_EXPERTS_IN_RAM_CHOSEN), None)
    assert chosen is not None, "placed_estimate_on says experts_in_ram_chosen with every placement it picks"
    return reasons.reason(
        reasons.MOE_PLACEMENT,
        model=spec.name,
        n_cpu_moe=est.n_cpu_moe,
        total_layers=est.total_layers,
        expert_bytes=chosen["expert_bytes"],
        layer_tokens_per_second=chosen["layer_tokens_per_second"],
        unified=machine.unified,
    )


def _gpus_hold_a_layer(machine: Machine, context: int) -> bool:
    """Whether the GPUs can hold one layer of any class at any quant; when not, no estimate offloads anything."""
    return any(
        gpu_layer_capacity(reference_at(ref, q), machine, context=context) > 0
        for t in TIERS
        for ref in t.references
        for q in QUANT_LADDER
    )


def _gpu_memory_in_use(machine: Machine) -> Reason | None:
    """Why a machine with a discrete GPU is sized from RAM: what its GPUs have free, of how much."""
    discrete = [d for d in machine.gpus if d.vram_total_bytes > 0]
    if not discrete:
        return None
    return reasons.reason(
        reasons.GPU_MEMORY_IN_USE,
        vram_free_bytes=sum(d.vram_free_bytes for d in discrete),
        vram_total_bytes=sum(d.vram_total_bytes for d in discrete),
    )


def _tight_reason(est: Estimate, machine: Machine, total: int, comfortable: int) -> Reason:
    """What the model leaves of the machine's memory against what the system and open programs need beside it:
    tight means `left_bytes` < `reserve_bytes` by more than machine.TIGHT_MARGIN_BYTES, the same comparison as
    `needs_bytes` > `comfortable_bytes` + that margin."""
    host = _host_bytes(est, machine)
    return reasons.reason(
        reasons.TIGHT,
        needs_bytes=host,
        comfortable_bytes=comfortable,
        total_bytes=total,
        left_bytes=max(0, total - host),
        reserve_bytes=total - comfortable,
    )


def recommend_on(
    machine: Machine, *, context: int = 4096, min_tokens_per_second: float = DEFAULT_MIN_TOKENS_PER_SECOND
) -> Recommendation:
    if not min_tokens_per_second > 0:
        raise ValueError("min_tokens_per_second must be greater than zero")
    gpu_taken = None
    if machine.gpus and not _gpus_hold_a_layer(machine, context):
        # every estimate runs from RAM anyway (same fit and speed): size it as the CPU-only machine it is
        gpu_taken = _gpu_memory_in_use(machine)
        machine = dataclasses.replace(machine, gpus=(), unified=False)
    evals = [_evaluate(t, machine, context, min_tokens_per_second) for t in TIERS]
    # a class that only runs split between GPU and CPU *and* tight on memory is possible, not advice, when a
    # smaller class runs without both: the biggest model that really runs well
    largest_good = max((i for i, ev in enumerate(evals) if ev.good), default=None)
    chosen_i = max((i for i, ev in enumerate(evals) if ev.good and not _tight_split(ev, machine)), default=largest_good)
    allow_low = chosen_i is None
    if allow_low:
        # nothing runs at Q4_K_M or better: the smallest class that runs at a lower quant, with a warning (a larger
        # one at a low quant would be recommended on this machine and lost on a slightly bigger one, where the small
        # class reaches Q4_K_M: more memory must never give a smaller class)
        chosen_i = min((i for i, ev in enumerate(evals) if ev.low), default=None)

    why: list[Reason] = []
    tight = False
    n_cpu_moe = 0
    load: Reason | None = None  # how to load it: where the defaults would place it otherwise
    model: str | None = None
    prompt_tps: float | None = None
    tps_range: tuple[float, float] | None = None
    prompt_range: tuple[float, float] | None = None
    fill_range: tuple[float, float] | None = None
    full_tps: float | None = None
    if chosen_i is None:
        ev = evals[0]
        q4 = ev.estimates[MIN_GOOD_QUANT]
        if q4.fit == FitLevel.TOO_LARGE:  # what ran out, where the table gives the whole need
            short = ev.shortfall(MIN_GOOD_QUANT)
            needs, available, memory, on_gpu = short.needs_bytes, short.available_bytes, short.memory, short.gpu_bytes
        else:  # too slow: what it needs in the layout it runs in, beside its speed
            needs, available, memory, _ = ev.need(MIN_GOOD_QUANT)
            on_gpu = 0
        why.append(
            reasons.reason(
                reasons.NOTHING_RUNS,
                tier=ev.tier.name,
                quant=MIN_GOOD_QUANT,
                needs_bytes=needs,
                available_bytes=available,
                memory=memory,
                gpu_bytes=on_gpu,
                tokens_per_second=q4.tokens_per_second,
                min_tokens_per_second=min_tokens_per_second,
            )
        )
        if gpu_taken is not None:
            why.append(gpu_taken)
        kv_q8 = _kv_q8_choice(evals[:1], machine, context, min_tokens_per_second)
        if kv_q8 is not None:
            why.append(kv_q8)
        tier = quant = None
        fit, tps = q4.fit, q4.tokens_per_second
        used = q4.calibration
    else:
        ev = evals[chosen_i]
        quant = ev.chosen(allow_low)
        assert quant is not None
        est = ev.estimates[quant]
        tier, fit, tps = ev.tier.name, est.fit, est.tokens_per_second
        tight, model, prompt_tps = est.tight, ev.model.spec.name, est.prompt_tokens_per_second
        tps_range, prompt_range = est.tokens_per_second_range, est.prompt_tokens_per_second_range
        fill_range, full_tps = est.context_fill_seconds_range, est.full_context_tokens_per_second
        load = load_placement(est)
        used = est.calibration  # only when the calibration changed this estimate (a GPU one on a CPU pick does not)
        why.append(
            reasons.reason(
                reasons.TIER_CHOSEN,
                tier=tier,
                quant=quant,
                fit=fit.value,
                tokens_per_second=tps,
                gpu_layers=est.gpu_layers,
                total_layers=est.total_layers,
                needs_bytes=ev.need(quant)[0],
                model=ev.model.spec.name,
                ram_bytes=est.memory.ram_bytes if ev.need(quant)[2] == "vram" else 0,
            )
        )
        moe = _moe_reason(ev, min_tokens_per_second)
        if moe is not None:
            why.append(moe)
        same_class = _same_class_faster(ev, est) if not allow_low else None
        if same_class is not None:
            why.append(same_class)
        elif not allow_low and (lower := _lower_quant_faster(ev, quant, est)) is not None:
            why.append(lower)
        if est.tight and machine.budget is not None and machine.ram_comfortable_bytes is not None:
            why.append(_tight_reason(est, machine, machine.budget.total_bytes, machine.ram_comfortable_bytes))
        if allow_low:
            why.append(reasons.reason(reasons.LOW_QUANT, tier=tier, quant=quant, min_good_quant=MIN_GOOD_QUANT))
        if est.n_cpu_moe:  # every layer on the GPU but some routed experts: not the split by layers below
            n_cpu_moe = est.n_cpu_moe
            spec = reference_at(ev.model.spec, quant)
            why.append(_placement_reason(spec, est, machine))
        elif fit == FitLevel.PARTIAL_OFFLOAD:
            why.append(
                reasons.reason(
                    reasons.PARTIAL_OFFLOAD,
                    gpu_layers=est.gpu_layers,
                    total_layers=est.total_layers,
                    unified=machine.unified,
                )
            )
        elif fit == FitLevel.CPU_ONLY and reasons.NOTE_SHARED_GPU_SLOWER in est.notes:
            why.append(reasons.reason(reasons.SHARED_GPU_SLOWER))
        elif fit == FitLevel.CPU_ONLY and reasons.NOTE_MAC_GPU_SHARE_SMALL in est.notes:
            why.append(reasons.reason(reasons.MAC_GPU_SHARE_SMALL))
        elif fit == FitLevel.CPU_ONLY and reasons.NOTE_MAC_SPLIT_NO_ROOM in est.notes:
            why.append(reasons.reason(reasons.MAC_SPLIT_NO_ROOM))
        elif fit == FitLevel.CPU_ONLY:
            why.append(reasons.reason(reasons.CPU_ONLY))
        # a Mac's model split, or on its processor, for want of GPU share: the iogpu.wired_limit_mb that holds it
        raised = next((r for r in est.remarks if r.code == reasons.REMARK_MAC_WIRED_LIMIT), None)
        if raised is not None:
            why.append(reasons.reason(reasons.MAC_WIRED_LIMIT, **raised.values))
        if gpu_taken is not None:
            why.append(gpu_taken)
        faster = _faster_choice(evals, chosen_i, est, min_tokens_per_second, machine)
        if faster is not None:
            why.append(faster)
        else:
            smaller = _smaller_choice(evals, chosen_i, est, min_tokens_per_second, machine)
            if smaller is not None:
                why.append(smaller)
        above = evals[chosen_i + 1 : chosen_i + 2]
        kv_q8 = _kv_q8_choice(
            [evals[chosen_i], *above] if allow_low else above, machine, context, min_tokens_per_second
        )
        if kv_q8 is not None:
            why.append(kv_q8)
        if largest_good is not None and largest_good > chosen_i:
            bigger = evals[largest_good]
            big = bigger.estimates[bigger.good or MIN_GOOD_QUANT]
            why.append(
                reasons.reason(
                    reasons.BIGGER_TIGHT_SPLIT,
                    tier=bigger.tier.name,
                    model=bigger.model.spec.name,
                    quant=bigger.good,
                    tokens_per_second=big.tokens_per_second,
                    gpu_layers=big.gpu_layers,
                    total_layers=big.total_layers,
                    unified=machine.unified,
                    n_cpu_moe=big.n_cpu_moe,
                )
            )
        elif chosen_i + 1 < len(evals):
            why.extend(_next_tier_reasons(evals[chosen_i + 1], context, min_tokens_per_second))
        else:
            why.append(reasons.reason(reasons.LARGEST_TIER, tier=tier))
    return Recommendation(
        tier=tier,
        quant=quant,
        fit=fit,
        tokens_per_second=tps,
        context=context,
        min_tokens_per_second=min_tokens_per_second,
        tiers=tuple(_result(ev, allow_low) for ev in evals),
        reasons=tuple(why),
        budget=machine.budget,
        assumptions=machine.assumptions,
        tight=tight,
        model=model,
        prompt_tokens_per_second=prompt_tps,
        tokens_per_second_range=tps_range,
        prompt_tokens_per_second_range=prompt_range,
        context_fill_seconds_range=fill_range,
        full_context_tokens_per_second=full_tps,
        calibration=used,
        n_cpu_moe=n_cpu_moe,
        load=load,
    )


def recommend(
    profile: HardwareProfile, *, context: int = 4096, min_tokens_per_second: float = DEFAULT_MIN_TOKENS_PER_SECOND
) -> Recommendation:
    """The size class to download for this machine at `context` tokens, with reasons as data."""
    return recommend_on(machine_from_profile(profile), context=context, min_tokens_per_second=min_tokens_per_second)


def recommended_quant(profile: HardwareProfile, name: str, *, context: int = 4096) -> str | None:
    """The quant `recommend` gives the model `name` (as `tiers.model_by_name` reads it) in its class's row on this
    machine at `context`, where that row runs; None otherwise. `estimate --model NAME` without --quant sizes it at
    this one (newcomer round: `recommend` said Qwen3-30B-A3B at Q6_K, 18.1 tokens/s, and `estimate --model
    Qwen3-30B-A3B` gave Q4_K_M at 25.9 without a word)."""
    from advisor.core.sizing.tiers import model_by_name

    spec = model_by_name(name)
    if spec is None:
        return None
    rec = recommend(profile, context=context)
    return next((t.best_quant for t in rec.tiers if t.model == spec.name and t.runs != "no" and t.best_quant), None)
