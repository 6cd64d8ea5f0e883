"""Size classes (3B / 7B / 13B / 40B / 70B) and the real model shape that stands for each.

A class is defined by its parameter count rounded to whole billions, as model names round it
("Gemma-2-9B" has 9.24 B → 7B class; "Qwen2.5-14B" has 14.77 B → 13B class):
3B ≤ 4 B · 7B 5–9 B · 13B 10–21 B · 40B 22–49 B · 70B ≥ 50 B. The 13B class reaches 21 B for gpt-oss-20b (20.9 B, "21B"
in OpenAI's model card): a mixture of experts a 16 GB machine runs, named 20b, that a "40B class" would have told
such a machine it runs 40B models.
`min_parameters`/`max_parameters` are the half-open bounds in parameters that this rounding gives
(what the catalogue passes to the Hub's `num_parameters` filter).
Reference shapes are the published configs of popular models (config.json on Hugging Face). Each class is judged
by the models that fill it today (`Tier.references`, the headline model first): a class runs here when one of them
does, so the class's verdict and the Models list of that class cannot contradict each other; a mixture of experts
(Qwen3-30B-A3B) is placed by its total parameters (memory) and runs at the speed of its active ones.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from dataclasses import dataclass

from advisor.core.model_names import RELEASE_NAMES, RELEASE_VERSIONS, model_version, model_words
from advisor.core.sizing.quants import NATIVE_MOE_QUANTS, QUANT_LADDER, bits_per_weight, normalize_quant
from advisor.core.types import ModelSpec

LLAMA_3_2_1B = ModelSpec(
    parameters=1.24e9,
    architecture="llama",
    layers=16,
    embedding=2048,
    heads=32,
    kv_heads=8,
    head_dim=64,
    vocab=128256,
    context_train=131072,
    feed_forward=8192,
    tied_embeddings=True,
    name="Llama-3.2-1B",
)
LLAMA_3_2_3B = ModelSpec(
    parameters=3.21e9,
    architecture="llama",
    layers=28,
    embedding=3072,
    heads=24,
    kv_heads=8,
    head_dim=128,
    vocab=128256,
    context_train=131072,
    feed_forward=8192,
    tied_embeddings=True,
    name="Llama-3.2-3B",
)
LLAMA_3_1_8B = ModelSpec(
    parameters=8.03e9,
    architecture="llama",
    layers=32,
    embedding=4096,
    heads=32,
    kv_heads=8,
    head_dim=128,
    vocab=128256,
    context_train=131072,
    feed_forward=14336,
    tied_embeddings=False,
    name="Llama-3.1-8B",
)
QWEN_2_5_3B = ModelSpec(
    parameters=3.09e9,
    architecture="qwen2",
    layers=36,
    embedding=2048,
    heads=16,
    kv_heads=2,
    head_dim=128,
    vocab=151936,
    context_train=32768,
    feed_forward=11008,
    tied_embeddings=True,
    name="Qwen2.5-3B",
)
QWEN_2_5_7B = ModelSpec(
    parameters=7.62e9,
    architecture="qwen2",
    layers=28,
    embedding=3584,
    heads=28,
    kv_heads=4,
    head_dim=128,
    vocab=152064,
    context_train=32768,
    feed_forward=18944,
    tied_embeddings=False,
    name="Qwen2.5-7B",
)
MISTRAL_NEMO_12B = ModelSpec(
    parameters=12.25e9,
    architecture="llama",
    layers=40,
    embedding=5120,
    heads=32,
    kv_heads=8,
    head_dim=128,
    vocab=131072,
    context_train=131072,
    feed_forward=14336,
    tied_embeddings=False,
    name="Mistral-Nemo-12B",
)
MISTRAL_SMALL_24B = ModelSpec(
    parameters=23.57e9,
    architecture="llama",
    layers=40,
    embedding=5120,
    heads=32,
    kv_heads=8,
    head_dim=128,
    vocab=131072,
    context_train=32768,
    feed_forward=32768,
    tied_embeddings=False,
    name="Mistral-Small-24B",
)
# A mixture of experts: 30.5 B weights in memory, 3.3 B read per token (8 of 128 experts of 768 each).
QWEN_3_30B_A3B = ModelSpec(
    parameters=30.53e9,
    architecture="qwen3moe",
    layers=48,
    embedding=2048,
    heads=32,
    kv_heads=4,
    head_dim=128,
    vocab=151936,
    context_train=40960,
    feed_forward=768,
    experts=128,
    active_experts=8,
    expert_feed_forward=768,  # config.json's moe_intermediate_size, the GGUF's expert_feed_forward_length
    active_parameters=3.35e9,
    tied_embeddings=False,
    name="Qwen3-30B-A3B",
)
# Mixtures of other kinds, whose layout a mixture typed by its counts borrows where it has their expert count
# (config.json of each: mistralai/Mixtral-8x7B-v0.1 and -8x22B-v0.1, openai/gpt-oss-20b and -120b,
# Qwen/Qwen3-235B-A22B; totals and active counts from their model cards). gpt-oss alternates 128-token sliding-window
# layers with full ones; a shape borrowed from it takes no window, so its KV is sized as full (the safe direction).
MIXTRAL_8X7B = dataclasses.replace(  # Mistral 7B's (and Llama 3.1 8B's) attention and widths, eight experts
    LLAMA_3_1_8B,
    parameters=46.70e9,
    vocab=32000,
    context_train=32768,
    experts=8,
    active_experts=2,
    expert_feed_forward=14336,  # llama.cpp's Mixtral experts are feed_forward_length wide
    active_parameters=12.9e9,
    name="Mixtral-8x7B",
)
MIXTRAL_8X22B = ModelSpec(
    parameters=140.6e9,
    architecture="llama",
    layers=56,
    embedding=6144,
    heads=48,
    kv_heads=8,
    head_dim=128,
    vocab=32768,
    context_train=65536,
    feed_forward=16384,
    experts=8,
    active_experts=2,
    expert_feed_forward=16384,
    active_parameters=39.1e9,
    tied_embeddings=False,
    name="Mixtral-8x22B",
)
GPT_OSS_20B = ModelSpec(
    parameters=20.91e9,
    architecture="gpt-oss",
    layers=24,
    embedding=2880,
    heads=64,
    kv_heads=8,
    head_dim=64,
    vocab=201088,
    context_train=131072,
    feed_forward=2880,
    experts=32,
    active_experts=4,
    expert_feed_forward=2880,
    active_parameters=3.61e9,
    sliding_window=128,
    sliding_window_layers=12,
    tied_embeddings=False,
    name="gpt-oss-20b",
)
GPT_OSS_120B = dataclasses.replace(
    GPT_OSS_20B,
    parameters=116.83e9,
    layers=36,
    experts=128,
    active_parameters=5.13e9,
    sliding_window_layers=18,
    name="gpt-oss-120b",
)
QWEN_3_235B_A22B = ModelSpec(
    parameters=235.09e9,
    architecture="qwen3moe",
    layers=94,
    embedding=4096,
    heads=64,
    kv_heads=4,
    head_dim=128,
    vocab=151936,
    context_train=40960,
    feed_forward=1536,
    experts=128,
    active_experts=8,
    expert_feed_forward=1536,
    active_parameters=22.14e9,
    tied_embeddings=False,
    name="Qwen3-235B-A22B",
)
QWEN_2_5_14B = ModelSpec(
    parameters=14.77e9,
    architecture="qwen2",
    layers=48,
    embedding=5120,
    heads=40,
    kv_heads=8,
    head_dim=128,
    vocab=152064,
    context_train=32768,
    feed_forward=13824,
    tied_embeddings=False,
    name="Qwen2.5-14B",
)
QWEN_2_5_32B = ModelSpec(
    parameters=32.76e9,
    architecture="qwen2",
    layers=64,
    embedding=5120,
    heads=40,
    kv_heads=8,
    head_dim=128,
    vocab=152064,
    context_train=32768,
    feed_forward=27648,
    tied_embeddings=False,
    name="Qwen2.5-32B",
)
LLAMA_3_1_70B = ModelSpec(
    parameters=70.55e9,
    architecture="llama",
    layers=80,
    embedding=8192,
    heads=64,
    kv_heads=8,
    head_dim=128,
    vocab=128256,
    context_train=131072,
    feed_forward=28672,
    tied_embeddings=False,
    name="Llama-3.1-70B",
)

# Shapes used to fill in architecture numbers a user did not give (nearest by parameter count).
REFERENCE_SHAPES: tuple[ModelSpec, ...] = (
    LLAMA_3_2_1B,
    LLAMA_3_2_3B,
    LLAMA_3_1_8B,
    QWEN_2_5_14B,
    QWEN_2_5_32B,
    LLAMA_3_1_70B,
)
# Models the classes are sized on whose layout is far from their size's nearest reference: a size within
# OWN_SHAPE_RANGE of one of them is taken to be that model, so a person checking it by its size (`estimate --params
# 23.6B`) gets its 40 layers and the recommendation's `-ngl` (a newcomer's 8 GB card was told "29 of 64", Qwen2.5-32B's
# layout, where the Models list said "19 of 40"). Only that close: every dense size nearer them borrowing their 40
# layers moved the public runs of 27B models (Gemma 3: 62 layers) and an HBM hold-out (26 % -> 30 %).
# Qwen2.5-7B too (newcomer round: `--params 7.6` for Qwen2.5-Coder-7B had Llama-3.1-8B's 32 layers and 8 KV heads,
# twice its cache at 32K, and "27 of 32 layers" where `recommend` had it whole on the GPU).
OWN_SHAPES: tuple[ModelSpec, ...] = (QWEN_2_5_7B, MISTRAL_NEMO_12B, MISTRAL_SMALL_24B)
OWN_SHAPE_RANGE = 1.03


@dataclass(frozen=True)
class Tier:
    name: str
    min_billions: int | None  # as the class is defined, in whole billions (inclusive)
    max_billions: int | None
    min_parameters: float  # half-open bounds in parameters: min ≤ p < max
    max_parameters: float
    reference: ModelSpec  # the headline model of the class (the largest common dense one)
    others: tuple[ModelSpec, ...] = ()  # other models that fill it (smaller dense ones, mixtures of experts)

    @property
    def references(self) -> tuple[ModelSpec, ...]:
        return (self.reference, *self.others)


TIERS: tuple[Tier, ...] = (
    Tier("3B", None, 4, 0.0, 4.5e9, LLAMA_3_2_3B, (QWEN_2_5_3B,)),
    Tier("7B", 5, 9, 4.5e9, 9.5e9, LLAMA_3_1_8B, (QWEN_2_5_7B,)),
    Tier("13B", 10, 21, 9.5e9, 21.5e9, QWEN_2_5_14B, (MISTRAL_NEMO_12B, GPT_OSS_20B)),
    Tier("40B", 22, 49, 21.5e9, 49.5e9, QWEN_2_5_32B, (MISTRAL_SMALL_24B, QWEN_3_30B_A3B)),
    Tier("70B", 50, None, 49.5e9, math.inf, LLAMA_3_1_70B),
)
TIER_NAMES: tuple[str, ...] = tuple(t.name for t in TIERS)


# The published GGUF files of each reference model, in bytes by quant: the Hugging Face repositories' file lists as
# the bundled offline list holds them (resources/catalog_snapshot.json, retrieved 2026-12-07: bartowski,
# lmstudio-community, Qwen, unsloth and second-state's repos; the largest where two publish one quant). A class's
# verdict is sized on the file the Models list names, not on the quant's nominal bits per weight, which misses what
# llama-quantize keeps at more bits (the output matrix at Q6_K, half the attention V and feed-forward down
# matrices a step up): 1-2 % on an 8B at Q4_K_M, 4-13 % on a 3B, enough to call a file that runs tight "runs" one
# layer early. tests/core/sizing/test_reference_files.py holds the table to the offline list.
REFERENCE_FILE_BYTES: dict[str, dict[str, int]] = {
    "Llama-3.2-3B": {"Q8_0": 3_421_899_296, "Q6_K": 2_640_000_000, "Q4_K_M": 2_020_000_000, "IQ4_XS": 1_830_000_000},
    "Qwen2.5-3B": {"Q8_0": 3_616_088_480, "Q4_K_M": 2_104_932_768, "Q3_K_M": 1_724_178_848},
    "Llama-3.1-8B": {
        "Q8_0": 8_540_775_840,
        "Q6_K": 6_600_000_000,
        "Q5_K_M": 5_730_000_000,
        "Q4_K_M": 4_920_739_232,
        "IQ4_XS": 4_450_000_000,
        "Q3_K_M": 4_018_922_912,
    },
    "Qwen2.5-7B": {
        "Q8_0": 8_100_000_000,
        "Q6_K": 6_250_000_000,
        "Q5_K_M": 5_440_000_000,
        "Q4_K_M": 4_683_074_240,
        "Q3_K_M": 3_808_391_872,
    },
    "Qwen2.5-14B": {
        "Q8_0": 15_700_000_000,
        "Q6_K": 12_100_000_000,
        "Q5_K_M": 10_500_000_000,
        "Q4_K_M": 8_990_000_000,
        "IQ4_XS": 8_120_000_000,
    },
    "Mistral-Nemo-12B": {"Q8_0": 13_000_000_000, "Q6_K": 10_100_000_000, "Q4_K_M": 7_480_000_000},
    "Qwen2.5-32B": {
        "Q8_0": 34_800_000_000,
        "Q6_K": 26_900_000_000,
        "Q5_K_M": 23_300_000_000,
        "Q4_K_M": 19_900_000_000,
        "IQ4_XS": 17_700_000_000,
    },
    "Mistral-Small-24B": {"Q8_0": 25_100_000_000, "Q6_K": 19_300_000_000, "Q4_K_M": 14_300_000_000},
    "Qwen3-30B-A3B": {"Q8_0": 32_480_000_000, "Q4_K_M": 18_560_000_000},
    "Llama-3.1-70B": {"Q4_K_M": 42_500_000_000, "Q3_K_M": 34_300_000_000, "Q2_K": 26_400_000_000},
    "gpt-oss-20b": {"Q8_0": 12_109_567_168, "Q4_K_M": 11_673_418_816},
}
# Models whose experts every published quant keeps in their native MXFP4 (bartowski's gpt-oss README: "All quants
# keep the feed forward networks at mxfp4"; unsloth's Q8_0 is 12.1 GB against its Q4_K_M's 11.6): a quant without
# a published file weighs what the next larger published one does, not the nearest scaled by the quant's nominal
# bits (a gpt-oss-20b "Q3_K_M" scaled so was 9.4 GB, a file that would have been called running where 11.6 GB does
# not; a "Q5_K_M" as light as the Q4_K_M was recommended, a file no one publishes).
EXPERTS_KEPT_AT_MXFP4 = frozenset({"gpt-oss-20b"})


def reference_file_bytes(spec: ModelSpec, quant: str) -> int | None:
    """The size of a reference model's file at `quant` (a quant of the ladder): the published one, else the nominal
    size scaled as the nearest published quant of the same model is (its extra bits are the same tensors'), never
    below a smaller quant's. None for a model outside the table."""
    published = REFERENCE_FILE_BYTES.get(spec.name or "")
    if not published or quant not in QUANT_LADDER:
        return None

    def nominal(q: str) -> float:
        return spec.parameters * bits_per_weight(q) / 8

    def scaled(q: str) -> float:
        if q in published:
            return float(published[q])
        i = QUANT_LADDER.index(q)
        nearest = min(published, key=lambda k: (abs(QUANT_LADDER.index(k) - i), QUANT_LADDER.index(k)))
        if spec.name in EXPERTS_KEPT_AT_MXFP4:  # the next larger published file: a quant missing there is no lighter
            return float(
                min((published[k] for k in published if QUANT_LADDER.index(k) < i), default=published[nearest])
            )
        return nominal(q) * published[nearest] / nominal(nearest)

    # the ladder runs from the largest quant to the smallest: a quant is never smaller than one below it
    i = QUANT_LADDER.index(quant)
    return int(max(scaled(q) for q in QUANT_LADDER[i:]))


def offered_quants(spec: ModelSpec) -> tuple[str, ...]:
    """The quants of the ladder a reference model is recommended at: every one, but only the published ones of a
    model whose experts every quant keeps in MXFP4 (a gpt-oss-20b "Q6_K" weighs its Q8_0 and no one publishes it:
    code review, it was recommended at 11.5 GiB beside a Models list without it)."""
    if spec.name in EXPERTS_KEPT_AT_MXFP4:
        published = REFERENCE_FILE_BYTES.get(spec.name or "", {})
        return tuple(q for q in QUANT_LADDER if q in published)
    return QUANT_LADDER


def reference_at(spec: ModelSpec, quant: str) -> ModelSpec:
    """A reference model at `quant`, sized as its published file (`reference_file_bytes`)."""
    return dataclasses.replace(spec, quant=quant, file_size_bytes=reference_file_bytes(spec, quant))


# a model typed by its size alone within this share of a mixture of experts the classes name is probably that one
MIXTURE_LOOKALIKE_SHARE = 0.02


def mixture_of_that_size(parameters: float) -> ModelSpec | None:
    """The mixture of experts among the classes' models (Qwen3-30B-A3B, gpt-oss-20b, ...) whose size `parameters`
    is within MIXTURE_LOOKALIKE_SHARE of, else None: a `--params 30.5B` is likely that model, which a dense shape
    sizes at 9× the time per token and twice the layers (contradiction review)."""
    if parameters <= 0:
        return None
    near = [
        spec
        for tier in TIERS
        for spec in tier.references
        if spec.experts and abs(parameters - spec.parameters) <= MIXTURE_LOOKALIKE_SHARE * spec.parameters
    ]
    return min(near, key=lambda spec: abs(parameters - spec.parameters), default=None)


def published_lookalike(spec: ModelSpec) -> tuple[ModelSpec, str] | None:
    """A model known by its size, experts and quant alone (no file size, no architecture: `estimate --params`) that
    is, within MIXTURE_LOOKALIKE_SHARE, a reference whose every quant keeps its experts at MXFP4, and the published
    quant whose file it then is (MXFP4 itself: the Q8_0 file, whose other weights are Q8_0 as llama-quantize's
    MXFP4_MOE writes them; a quant no one publishes, on the ladder or off it (Q6_K, Q4_0, IQ2_XXS): the next larger
    published one; F16 and BF16, larger than any file the table has: None, as typed). Its file is not parameters ×
    the quant's bits: gpt-oss-20b "Q8_0" typed so was sized at 20.8 GiB, "too large", where the recommendation's
    Q8_0 file is 11.3 GiB (newcomer round). A layout given (--layers 36) is another model: None."""
    described = (spec.layers, spec.embedding, spec.heads, spec.kv_heads, spec.head_dim, spec.vocab)
    if spec.file_size_bytes or spec.architecture or any(described) or not spec.experts or not spec.quant:
        return None  # its own file, or a layout of its own given: another model (code review: --layers 36)
    quant = normalize_quant(spec.quant)
    quant = "Q8_0" if quant in NATIVE_MOE_QUANTS else quant
    if quant not in QUANT_LADDER:  # Q4_0, IQ2_XXS: the ladder's quant of the fewest bits not below its own
        try:
            bits = bits_per_weight(quant)
        except ValueError:
            return None
        above = [q for q in QUANT_LADDER if bits_per_weight(q) >= bits]
        if not above:  # F16, BF16: more than any published file in the table
            return None
        quant = min(above, key=bits_per_weight)
    for ref in MOE_REFERENCE_SHAPES:
        if ref.name not in EXPERTS_KEPT_AT_MXFP4 or (ref.experts, ref.active_experts) != (
            spec.experts,
            spec.active_experts,
        ):
            continue
        if abs(spec.parameters - ref.parameters) > MIXTURE_LOOKALIKE_SHARE * ref.parameters:
            continue
        published = REFERENCE_FILE_BYTES.get(ref.name or "", {})
        # a quant no one publishes (a gpt-oss-20b "Q6_K") is the next larger published file (reference_file_bytes)
        i = QUANT_LADDER.index(quant)
        larger = [q for q in QUANT_LADDER[: i + 1] if q in published]
        return (ref, larger[-1]) if larger else None
    return None


def tier_for_parameters(parameters: float) -> Tier:
    """The class a model of `parameters` belongs to."""
    for tier in TIERS:
        if tier.min_parameters <= parameters < tier.max_parameters:
            return tier
    return TIERS[-1]


def tier_by_name(name: str) -> Tier:
    for tier in TIERS:
        if tier.name.lower() == name.strip().lower():
            return tier
    raise KeyError(name)


# Mixtures of experts whose layout a MoE of unknown shape borrows, within a factor MOE_REFERENCE_RANGE of its size:
# among those that close, one with its expert count (a Mixtral typed as `--params 46.7B --experts 8` has Mixtral's 32
# layers, not Qwen3-30B-A3B's 48), else the nearest in size
MOE_REFERENCE_SHAPES: tuple[ModelSpec, ...] = (
    GPT_OSS_20B,
    QWEN_3_30B_A3B,
    MIXTRAL_8X7B,
    GPT_OSS_120B,
    MIXTRAL_8X22B,
    QWEN_3_235B_A22B,
)
MOE_REFERENCE_RANGE = 3.0
# a reference of the same expert counts is preferred only within this factor of the size: GLM-4.5-Air (106 B, 128
# experts, 8 active, 46 layers) is nearer gpt-oss-120b's 36 layers than Qwen3-235B-A22B's 94, at 2.2 times its size
MOE_KIN_RANGE = 2.0


def nearest_reference(
    parameters: float, *, moe: bool = False, experts: int | None = None, active_experts: int | None = None
) -> ModelSpec:
    """The reference shape closest in (log) parameter count; for a mixture of experts a MoE one when one is that
    close, of its expert counts where one is within MOE_KIN_RANGE (both `experts` and `active_experts`, else
    `experts`): a 30B MoE given as `--params 30.5B --experts 128` has Qwen3-30B-A3B's 48 narrow layers, not
    Qwen2.5-32B's 64 wide ones, a 46.7B of 8 experts Mixtral's 32. A dense size within 3 % of Mistral-Nemo-12B or
    Mistral-Small-24B (or Qwen2.5-7B) is that model (OWN_SHAPES); else the nearest dense one."""

    def distance(s: ModelSpec) -> float:
        return abs(math.log(s.parameters / max(parameters, 1.0)))

    if moe:
        near = [s for s in MOE_REFERENCE_SHAPES if distance(s) <= math.log(MOE_REFERENCE_RANGE)]
        kin = [s for s in near if experts and s.experts == experts and distance(s) <= math.log(MOE_KIN_RANGE)]
        same_counts = [s for s in kin if s.active_experts == active_experts]
        same_experts = kin
        if near:
            return min(same_counts or same_experts or near, key=distance)
    nearest = min(REFERENCE_SHAPES, key=distance)
    if not moe:
        own = min(OWN_SHAPES, key=distance)
        if distance(own) <= min(math.log(OWN_SHAPE_RANGE), distance(nearest)):  # and truly the nearest in size
            return own
    return nearest


@functools.cache
def named_models() -> tuple[ModelSpec, ...]:
    """Every model the advisor knows by name, each once: the classes' models first (what `recommend` names), then
    the shapes a typed size borrows (Llama-3.2-1B, Mixtral-8x7B, gpt-oss-120b, ...)."""
    seen: dict[str, ModelSpec] = {}
    for spec in (*(s for t in TIERS for s in t.references), *REFERENCE_SHAPES, *OWN_SHAPES, *MOE_REFERENCE_SHAPES):
        if spec.name and spec.name not in seen:
            seen[spec.name] = spec
    return tuple(seen.values())


def _name_key(name: str) -> str:
    """'Qwen3-30B-A3B', 'qwen3 30b a3b' and 'Qwen3_30B_A3B' alike: lower case, letters, digits and dots only."""
    return "".join(c for c in name.casefold() if c.isalnum() or c == ".")


def model_by_name(name: str) -> ModelSpec | None:
    """The named model (`named_models`) `name` spells, case, spaces and hyphens aside, and the endings a table or a
    repo adds ("(MoE)", "-Instruct", "-it", "-2507") where what is left is a known name (`estimate --model
    Qwen3-30B-A3B`: the model `recommend` names, sized as it sizes it, where `--params 30.5B` is a dense model of that
    size: newcomer round; "Qwen3-30B-A3B (MoE)" as `recommend`'s table prints it: code review); None for any other
    name."""
    key = _name_key(name)
    stripped = re.sub(r"(?:moe|instruct|chat|it|\d{4})+$", "", key)
    by_key = _models_by_key()
    found = by_key.get(key) or by_key.get(stripped)
    if found is not None:
        return found
    version = model_version(name)
    # as a repo or Ollama writes it (Meta-Llama-3.1-8B-Instruct, bartowski/Qwen2.5-7B-Instruct-GGUF, mistral-nemo,
    # llama3.1:8b): the same model, the same answer as by its own name (code review: Q4_K_M there, Q6_K here)
    words = model_words(name)
    spec = _models_by_words().get(words) if words else None
    if spec is not None and version is not None and RELEASE_VERSIONS.get(spec.name or "") != version:
        return None  # another release than the table's (Llama-3.1-8B-Instruct-v2, Mixtral-8x7B-Instruct-v0.2)
    return spec


@functools.cache
def _models_by_key() -> dict[str, ModelSpec]:
    return {_name_key(s.name or ""): s for s in named_models()}


@functools.cache
def _models_by_words() -> dict[tuple[str, ...], ModelSpec]:
    """Each named model by its words (`model_names.model_words`), and by its release's name where that differs
    (Mistral NeMo 12B's repos are Mistral-Nemo-Instruct-2407)."""
    by_words: dict[tuple[str, ...], ModelSpec] = {}
    for spec in named_models():
        for name in (spec.name or "", RELEASE_NAMES.get(spec.name or "", "")):
            words = model_words(name)
            if words:
                by_words.setdefault(words, spec)
    return by_words


def model_at(spec: ModelSpec, quant: str, *, file_size_bytes: int | None = None) -> ModelSpec:
    """A named model at `quant`: its published file's size on the quant ladder (`reference_at`, as `recommend` sizes
    it; gpt-oss-20b's quants are its published files, as `published_lookalike` maps them: MXFP4 and Q6_K its Q8_0),
    else parameters × that quant's bits with its own architecture. With `file_size_bytes` (a file of one's own) the
    quant as typed, that file's size."""
    q = normalize_quant(quant)
    if file_size_bytes:
        return dataclasses.replace(spec, quant=q, file_size_bytes=file_size_bytes)
    if spec.name in EXPERTS_KEPT_AT_MXFP4:
        typed = ModelSpec(parameters=spec.parameters, quant=q, experts=spec.experts, active_experts=spec.active_experts)
        found = published_lookalike(typed)
        if found is not None:
            return reference_at(spec, found[1])
    if q in QUANT_LADDER and reference_file_bytes(spec, q) is not None:
        return reference_at(spec, q)
    return dataclasses.replace(spec, quant=q, file_size_bytes=None)
