"""Predicted vs publicly reported GPU decode (tg) and prompt-processing (pp) speed
(benchmarks/data/gpu_decode_public.csv, each row with its source; benchmarks/data/gpu_README.md).

    python benchmarks/bench_gpu_speed.py

Each row becomes a what-if machine with that GPU (matched in the bundled GPU table, or the row's bandwidth) and
plenty of RAM, and a model of the stated size, quant and file size; the estimate's decode and prompt speeds are set
against the reported ones. Even rows are the calibration set, odd rows a hold-out. Rows the estimate cannot place on
the GPU alone, runs the source made with part of the model in RAM ("partial offload" in `context_or_prompt`), and
models under 2 B parameters (overhead-bound), are listed but left out of the summary. Errors are
predicted/measured − 1. The summary also gives the share of runs inside the estimate's range (about 80 % is the
aim) and, per backend family, the 10th/90th percentile of measured/predicted on the calibration set, from which
advisor/core/sizing/speed.py's DECODE_SPREAD and PREFILL_SPREAD are chosen.

Rows carry a `batch` (gpu_README.md): the newest batch was added after the model was last fitted, so its rows alone
are first printed as a fresh out-of-sample check (every row of it, both halves), then the usual per-set summary,
and per group of cards (discrete NVIDIA, AMD, Intel; Apple; integrated; HBM).

The partial-offload rows are then scored in a section of their own, never in the numbers above: each on a what-if
machine with the row's GPU (plenty of memory, as above), the CPU and system RAM its notes name (`cpu.brand`,
`ram.type`, `ram.speed_mts`, `ram.channels`, the RAM's size), the model's own layout (layers, experts) where this file
knows it, and the source's placement: `--n-cpu-moe N` / `-ncmoe N` / `--cpu-moe` as `n_cpu_moe`, `-ngl N` as
`ngl` (the last N - 1 layers and the output on the GPU). A row that states no placement is scored at the advisor's
own choice on the card's real memory ("layout assumed"), one that names no CPU with the bench's default processor
("CPU assumed"); those are summarised apart. Each row also shows what the advisor itself would choose on the real
card (its `placed_estimate_on`).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor.core.hardware.profile_io import load_profile  # noqa: E402
from advisor.core.sizing import estimate  # noqa: E402
from advisor.core.sizing.estimate import estimate_on, placed_estimate_on  # noqa: E402
from advisor.core.sizing.machine import Machine, machine_from_profile  # noqa: E402
from advisor.core.sizing.shape import complete_shape  # noqa: E402
from advisor.core.sizing.speed import prefill_speed, range_family  # noqa: E402
from advisor.core.sizing.tiers import (  # noqa: E402
    GPT_OSS_20B,
    GPT_OSS_120B,
    MIXTRAL_8X7B,
    QWEN_2_5_14B,
    QWEN_3_30B_A3B,
)
from advisor.core.types import Estimate, FitLevel, HardwareProfile, ModelSpec  # noqa: E402
from benchmarks.speed_ranges import Run, report  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "gpu_decode_public.csv"
GiB = 2**30


def _num(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _quant(text: str) -> str:
    m = re.search(r"(IQ\d_\w+|Q\d_K_[SML]|Q\d_K|Q\d_\d|F16|BF16|F32|MXFP4)", text.upper())
    return m.group(1) if m else "Q4_K_M"


def _gpu_name(text: str) -> str:
    """The row's GPU as a driver names it: notes in brackets dropped, except an Apple chip's "(40-core GPU)", which
    picks its variant in the GPU table (an M3 Max 30- or 40-core) as macOS's core count does."""
    return re.sub(r"\((?!\d+-core GPU\)).*?\)|\bGB\b", " ", text).strip()


def predict(row: dict[str, str]) -> tuple[Estimate, str]:
    """The estimate for the row's GPU and model, and the range family it was given. Its prompt speed and range are
    for the row's prompt length (pp512 unless `pp_prompt_tokens` says otherwise): attention grows with the prompt."""
    gpu: dict[str, object] = {"name": _gpu_name(row["gpu"]), "vram_total_bytes": 192 * GiB}
    if _num(row["bandwidth_gbps"]):
        gpu["bandwidth_gbps"] = float(row["bandwidth_gbps"])
    if "apple" in row["vendor"].lower():
        gpu = {"name": _gpu_name(row["gpu"]), "vendor": "apple", "unified_memory": True}
    elif re.search(r"8060S|Vega \d|780M|890M", row["gpu"]):
        gpu["unified_memory"] = True
    described: dict[str, object] = {"ram": {"total_bytes": 512 * GiB}, "gpus": [gpu]}
    if "apple" in row["vendor"].lower():  # a Mac's CPU is the same chip: its name sets the CPU side's share
        described["cpu"] = {"brand": _gpu_name(row["gpu"]), "arch": "arm64"}
    profile = load_profile(described)
    # A mixture of experts with a layout MODEL_SHAPES knows is scored with it, as the advisor judges a real file (its
    # experts' own bytes, its attention and output matrix): the MoE decode factors were fitted so. Every other row
    # is scored with its numbers alone, as the dense decode and prompt factors were fitted: for the common models
    # (Llama 3.1 8B, Qwen2.5, Llama 3.2) the layout borrowed so is their own and their layouts move none of them;
    # a model far from every reference (Gemma's 256K vocabulary) would move, and is not refitted on it yet.
    params = float(row["params_b"]) * 1e9
    active = _num(row["active_params_b"])
    moe = bool(active and active * 1e9 < params)
    spec, known = partial_spec(row) if moe else (None, False)
    if spec is None or not known:
        spec = ModelSpec(
            parameters=params,
            quant=_quant(row["quant"]),
            file_size_bytes=int(float(row["file_gb"]) * 1e9) if _num(row["file_gb"]) else None,
            active_parameters=active * 1e9 if moe and active else None,
        )
    est = estimate(spec, profile, context=512)
    machine = machine_from_profile(profile)
    prompt = int(_num(row["pp_prompt_tokens"]) or 512)
    if prompt != 512 and est.prompt_tokens_per_second and est.prompt_tokens_per_second_range:
        shape = complete_shape(spec)
        at = functools.partial(prefill_speed, spec, shape, machine, gpu_layers=est.gpu_layers, context=512)
        scale = at(prompt_tokens=prompt) / at(prompt_tokens=512)
        low, high = est.prompt_tokens_per_second_range
        est = dataclasses.replace(
            est,
            prompt_tokens_per_second=est.prompt_tokens_per_second * scale,
            prompt_tokens_per_second_range=(low * scale, high * scale),
        )
    return est, range_family(machine, est.gpu_layers, est.total_layers)


# ---------------------------------------------------------------- partial offload: part of the model in system RAM

ALL_EXPERTS = 10_000  # --cpu-moe: every layer's routed experts in RAM (estimate_on takes N ≥ the layers so)

# The layouts of the models the partial-offload rows run (the models' config.json / GGUF headers): the layer count
# says what -ngl N and --n-cpu-moe N leave on the GPU, the expert counts what a token reads from RAM. A row's own
# parameters, active parameters, quant and file size replace these.
_GPT_OSS = dataclasses.replace(GPT_OSS_20B, feed_forward=None, active_parameters=None, name=None)
_QWEN_35_MOE = ModelSpec(  # Qwen3.5/3.6-35B-A3B: gated delta-net hybrid, full attention every fourth layer
    parameters=34.66e9,
    architecture="qwen35moe",
    layers=40,
    attention_layers=10,
    embedding=2048,
    heads=16,
    kv_heads=2,
    head_dim=256,
    vocab=248320,
    context_train=262144,
    experts=256,
    active_experts=8,
    expert_feed_forward=512,
    tied_embeddings=False,
)
MODEL_SHAPES: tuple[tuple[str, ModelSpec], ...] = (
    (r"gpt-oss-20b", _GPT_OSS),
    (
        r"gpt-oss-120b",
        dataclasses.replace(GPT_OSS_120B, feed_forward=None, active_parameters=None, name=None),
    ),
    (r"Qwen3(-Coder)?-30B-A3B", QWEN_3_30B_A3B),
    (r"Qwen3\.[56]-35B-A3B", _QWEN_35_MOE),
    (
        r"Qwen3-(Coder-)?Next",
        dataclasses.replace(
            _QWEN_35_MOE,
            architecture="qwen3next",
            layers=48,
            attention_layers=12,
            vocab=151936,
            experts=512,
            active_experts=10,
        ),
    ),
    (
        r"Mixtral-8x7B",  # Mistral 7B's attention and widths, eight of its feed-forwards as experts, two a token
        dataclasses.replace(MIXTRAL_8X7B, active_parameters=None, name=None),
    ),
    (
        r"GLM-4\.[567]-Air",
        ModelSpec(
            parameters=110.47e9,
            architecture="glm4moe",
            layers=47,  # 46 and the next-token-prediction layer, which the GGUF counts (block_count)
            embedding=4096,
            heads=96,
            kv_heads=8,
            head_dim=128,
            vocab=151552,
            experts=128,
            active_experts=8,
            expert_feed_forward=1408,
            tied_embeddings=False,
        ),
    ),
    (
        r"DeepSeek-(Coder-)?V2-Lite",
        ModelSpec(
            parameters=15.71e9,
            architecture="deepseek2",
            layers=27,
            embedding=2048,
            heads=16,
            kv_heads=16,
            head_dim=192,
            kv_lora_rank=512,
            vocab=102400,
            experts=64,
            active_experts=6,
            expert_feed_forward=1408,
            tied_embeddings=False,
        ),
    ),
    (
        r"Gemma-2 9B",
        ModelSpec(
            parameters=9.24e9,
            architecture="gemma2",
            layers=42,
            embedding=3584,
            heads=16,
            kv_heads=8,
            head_dim=256,
            vocab=256000,
            feed_forward=14336,
            sliding_window=4096,
            sliding_window_layers=21,
            tied_embeddings=True,
        ),
    ),
    (r"Qwen2\.5-(Coder-)?14B", QWEN_2_5_14B),
    (
        r"Gemma-3 12B",
        ModelSpec(
            parameters=11.77e9,
            architecture="gemma3",
            layers=48,
            embedding=3840,
            heads=16,
            kv_heads=8,
            head_dim=256,
            vocab=262208,
            feed_forward=15360,
            sliding_window=1024,
            sliding_window_layers=40,
            tied_embeddings=True,
        ),
    ),
    (
        r"Qwen3-14B",
        ModelSpec(
            parameters=14.77e9,
            architecture="qwen3",
            layers=40,
            embedding=5120,
            heads=40,
            kv_heads=8,
            head_dim=128,
            vocab=151936,
            feed_forward=17408,
            tied_embeddings=False,
        ),
    ),
    (
        r"Phi-4\b",
        ModelSpec(
            parameters=14.66e9,
            architecture="phi3",
            layers=40,
            embedding=5120,
            heads=40,
            kv_heads=10,
            head_dim=128,
            vocab=100352,
            feed_forward=17920,
            tied_embeddings=False,
        ),
    ),
)

_CPU = re.compile(
    r"\b(i[3579]-\d{4,5}[a-z]{0,2}|Core Ultra [3579] \d{3}[a-z]{0,2}|Ryzen (?:AI )?[3579] (?:PRO )?\d{3,4}[a-z0-9]{0,3}"
    r"|Threadripper (?:PRO )?\d{4}[a-z]{0,2}|EPYC \d{4}[a-z]?|Xeon (?:w\d-|E5-|Gold |Silver |Platinum )?\d{4}\w*)",
    re.IGNORECASE,
)
_RAM_KIND = re.compile(r"\b(LPDDR5X|LPDDR5|LPDDR4X|DDR5|DDR4|DDR3)(?:[- ]?(\d{4}))?\b", re.IGNORECASE)
_CHANNELS = re.compile(r"\b(single|dual|quad|six|hexa|octa|eight|twelve|\d{1,2})[- ]channel", re.IGNORECASE)
_CHANNEL_WORDS = {"single": 1, "dual": 2, "quad": 4, "six": 6, "hexa": 6, "octa": 8, "eight": 8, "twelve": 12}
_RAM_SIZE = re.compile(r"\b(\d{2,4}) ?GB (?:of )?(?:system )?(?:RAM|DDR|LPDDR)", re.IGNORECASE)
_CARD_SIZE = re.compile(r"\b(\d{1,3}) ?GB card\b", re.IGNORECASE)
_CONTEXT = re.compile(r"\b(?:ctx|-c|--ctx-size)[ =]?(\d+)(K?)\b")


@dataclasses.dataclass(frozen=True)
class Placement:
    """Where the source put the model: `n_cpu_moe` layers' routed experts in RAM, or `ngl` layers on the GPU
    (llama.cpp's count, the output layer one of them); neither: not stated."""

    n_cpu_moe: int = 0
    ngl: int | None = None

    @property
    def stated(self) -> bool:
        return self.n_cpu_moe > 0 or self.ngl is not None

    def label(self) -> str:
        if self.n_cpu_moe >= ALL_EXPERTS:
            return "cpu-moe"
        if self.n_cpu_moe:
            return f"ncmoe {self.n_cpu_moe}"
        return f"ngl {self.ngl}" if self.ngl is not None else "?"


def placement(text: str) -> Placement:
    """The placement a row's `context_or_prompt` states: `--cpu-moe`/`-cmoe` (every layer's experts in RAM),
    `--n-cpu-moe N`/`-ncmoe N`, else `-ngl N`/`--n-gpu-layers N`; an -ngl beside --n-cpu-moe (`-ngl 99`) only says
    every layer is on the GPU."""
    if re.search(r"(?<![\w-])(?:--cpu-moe|-cmoe)\b", text):
        return Placement(n_cpu_moe=ALL_EXPERTS)
    m = re.search(r"(?<![\w-])(?:--n-cpu-moe|-ncmoe)[ =](\d+)", text)
    if m and int(m[1]) > 0:
        return Placement(n_cpu_moe=int(m[1]))
    m = re.search(r"(?<![\w-])(?:-ngl|--n-gpu-layers|--gpu-layers)[ =](\d+)", text)
    return Placement(ngl=int(m[1])) if m else Placement()


def source_machine(notes: str) -> dict[str, object]:
    """The `cpu` and `ram` of a hardware file from what a row's notes say of the source's machine: the processor's
    name, the memory's type, speed, channels and size; only what is stated (an empty dict: nothing)."""
    described: dict[str, object] = {}
    cpu = _CPU.search(notes)
    if cpu:
        described["cpu"] = {"brand": cpu[1]}
    ram: dict[str, object] = {}
    kind = _RAM_KIND.search(notes)
    if kind:
        ram["type"] = kind[1].upper()
        if kind[2]:
            ram["speed_mts"] = int(kind[2])
    channels = _CHANNELS.search(notes)
    if channels:
        word = channels[1].lower()
        ram["channels"] = _CHANNEL_WORDS.get(word) or int(word)
    size = _RAM_SIZE.search(notes)
    if size:
        ram["total_bytes"] = int(size[1]) * GiB
    if ram:
        described["ram"] = ram
    return described


def partial_spec(row: dict[str, str]) -> tuple[ModelSpec, bool]:
    """The row's model with its layout where MODEL_SHAPES knows it (True), else the row's numbers alone, a mixture
    of experts given Qwen3-30B-A3B's 128 experts with 8 active so that experts can stay in RAM (False)."""
    params = float(row["params_b"]) * 1e9
    active = _num(row["active_params_b"])
    moe = bool(active and active * 1e9 < params)
    numbers: dict[str, object] = {
        "parameters": params,
        "quant": _quant(row["quant"]),
        "file_size_bytes": int(float(row["file_gb"]) * 1e9) if _num(row["file_gb"]) else None,
        "active_parameters": active * 1e9 if moe and active else None,
        "name": row["model"],
    }
    for pattern, shape in MODEL_SHAPES:
        if re.search(pattern, row["model"], re.IGNORECASE):
            return dataclasses.replace(shape, **numbers), True  # type: ignore[arg-type]
    base = ModelSpec(**numbers)  # type: ignore[arg-type]
    return (dataclasses.replace(base, experts=128, active_experts=8) if moe else base), False


def _partial_profile(row: dict[str, str], stated: dict[str, object], vram: int | None) -> HardwareProfile:
    gpu: dict[str, object] = {"name": _gpu_name(row["gpu"])}
    if vram is not None:
        gpu["vram_total_bytes"] = vram
    if _num(row["bandwidth_gbps"]):
        gpu["bandwidth_gbps"] = float(row["bandwidth_gbps"])
    ram = {"total_bytes": 512 * GiB, **dict(stated.get("ram") or {})}  # type: ignore[call-overload]
    described: dict[str, object] = {"ram": ram, "gpus": [gpu]}
    if "cpu" in stated:
        described["cpu"] = stated["cpu"]
    return load_profile(described)


def _layout(est: Estimate) -> str:
    if est.n_cpu_moe >= est.total_layers:
        return "cpu-moe"
    if est.n_cpu_moe:
        return f"ncmoe {est.n_cpu_moe}"
    if est.fit == FitLevel.PARTIAL_OFFLOAD:
        return f"ngl {est.gpu_layers}"
    return {FitLevel.FULL_GPU: "all GPU", FitLevel.CPU_ONLY: "CPU"}.get(est.fit, "no fit")


def _at_prompt(est: Estimate, spec: ModelSpec, machine: Machine, prompt: int) -> Estimate:
    """The estimate's prompt speed and range at `prompt` tokens, scaled as `predict` scales it."""
    if prompt == 512 or not est.prompt_tokens_per_second or not est.prompt_tokens_per_second_range:
        return est
    at = functools.partial(prefill_speed, spec, complete_shape(spec), machine, gpu_layers=est.gpu_layers, context=512)
    scale = at(prompt_tokens=prompt) / at(prompt_tokens=512)
    low, high = est.prompt_tokens_per_second_range
    return dataclasses.replace(
        est,
        prompt_tokens_per_second=est.prompt_tokens_per_second * scale,
        prompt_tokens_per_second_range=(low * scale, high * scale),
    )


def predict_partial(row: dict[str, str]) -> tuple[Estimate, Estimate, list[str]]:
    """(the estimate scored against the row, the advisor's own placement on the card's real memory, flags). The
    scored one is the source's placement on the row's GPU with room for everything (as `predict`), the CPU and RAM
    its notes state; with no placement stated it is the advisor's own choice."""
    flags: list[str] = []
    spec, known = partial_spec(row)
    if not known:
        flags.append("shape assumed")
    text = f"{row['context_or_prompt']} {row['notes']}"
    stated = source_machine(row["notes"])
    if "cpu" not in stated:
        flags.append("CPU assumed")
    ctx = _CONTEXT.search(text)
    server = "server" in (row["backend"] + row["context_or_prompt"]).lower()
    context = int(ctx[1]) * (1024 if ctx[2] else 1) if ctx else (4096 if server else 512)
    card = _CARD_SIZE.search(text)
    real = _partial_profile(row, stated, int(card[1]) * GiB if card else None)
    own = placed_estimate_on(spec, machine_from_profile(real), context=context)
    where = placement(row["context_or_prompt"])
    layers = complete_shape(spec).layers
    if where.ngl is not None and where.ngl > layers:  # -ngl 99 alone: every layer, so the split is not stated
        where = Placement()
    if where.stated:
        roomy = machine_from_profile(_partial_profile(row, stated, 192 * GiB))
        est = estimate_on(spec, roomy, context=context, n_cpu_moe=where.n_cpu_moe, ngl=where.ngl)
        got = min(where.n_cpu_moe, layers) if where.n_cpu_moe else 0
        if est.n_cpu_moe != got or (where.ngl is not None and est.gpu_layers != where.ngl):
            flags.append(f"placed {_layout(est)}")
        machine = roomy
    else:
        flags.append("layout assumed")
        est, machine = own, machine_from_profile(real)
    prompt = int(_num(row["pp_prompt_tokens"]) or 512)
    return _at_prompt(est, spec, machine, prompt), own, flags


def partial_section(rows: list[dict[str, str]], newest: str) -> None:
    """Print the partial-offload rows against their estimates and summarise them apart from everything else."""
    print("\npartial offload (part of the model in system RAM; not in any number above)")
    print(
        f"{'set':<11} {'gpu':<18} {'model':<22} {'source':<9} {'tg':>5} {'pred':>5} {'err':>5} {'in':<3}"
        f" {'pp':>5} {'pred':>5} {'err':>5} {'in':<3} {'advisor on the card':<24} flags"
    )
    scored: dict[str, list[tuple[str, dict[str, str], Run]]] = {"stated": [], "assumed": []}
    for i, row in enumerate(rows):
        if "partial offload" not in row["context_or_prompt"]:
            continue
        which = "calibration" if i % 2 == 0 else "hold-out"
        try:
            est, own, flags = predict_partial(row)
        except Exception as exc:  # a row the table cannot place: shown, not counted
            print(f"{which:<11} {row['gpu'][:18]:<18} skipped: {exc}")
            continue
        part = "assumed" if {"layout assumed", "CPU assumed", "shape assumed"} & set(flags) else "stated"
        cells = []
        for kind, meas, pred, span in (
            ("tg", _num(row["tg_tokens_per_second"]), est.tokens_per_second, est.tokens_per_second_range),
            ("pp", _num(row["pp_tokens_per_second"]), est.prompt_tokens_per_second, est.prompt_tokens_per_second_range),
        ):
            if meas and pred and span:
                run = Run(which, kind, "partial", meas, pred, *span)
                scored[part].append((kind, row, run))
                cells.append(f"{meas:>5.0f} {pred:>5.0f} {pred / meas - 1:>+5.0%} {'yes' if run.inside else 'no':<3}")
            else:
                cells.append(f"{'':>5} {'':>5} {'':>5} {'':<3}")
        own_text = f"{_layout(own)} {own.tokens_per_second or 0:.0f} tok/s"
        source = placement(row["context_or_prompt"]).label()
        print(
            f"{which:<11} {_gpu_name(row['gpu'])[:18]:<18} {row['model'][:22]:<22} {source:<9} {cells[0]} {cells[1]}"
            f" {own_text:<24} {', '.join(flags)}{f'  (batch {newest})' if row.get('batch') == newest else ''}"
        )
    for part, title in (("stated", "source's layout, CPU and RAM"), ("assumed", "layout, CPU or shape assumed")):
        for which in ("calibration", "hold-out"):
            for kind in ("tg", "pp"):
                chosen = [r for k, _, r in scored[part] if k == kind and r.which == which]
                if chosen:
                    print(f"partial {kind} {which:<11} ({title}): {summary(chosen)}")
    fresh = [(k, r) for part in scored.values() for k, row, r in part if newest and row.get("batch") == newest]
    for kind in ("tg", "pp"):
        chosen = [r for k, r in fresh if k == kind]
        if chosen:
            print(f"partial {kind} batch {newest} alone (every row, both parts): {summary(chosen)}")


def group(row: dict[str, str], family: str) -> str:
    """The group of cards a row is reported in: discrete GPUs by vendor, the other range families as they are."""
    return f"{row['vendor'].lower()}" if family == "gpu" else family


def summary(runs: list[Run]) -> str:
    """Runs, median |error| and the share inside the range."""
    if not runs:
        return "no runs"
    errs = [r.point / r.measured - 1 for r in runs]
    inside = sum(r.inside for r in runs)
    return (
        f"{len(runs)} runs, median |error| {statistics.median(abs(e) for e in errs):.0%}"
        f" (signed {statistics.median(errs):+.0%}), {inside}/{len(runs)} = {inside / len(runs):.0%} inside"
    )


def main() -> None:
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    # batches are numbers: "10" is newer than "9"
    newest = max((row.get("batch") or "" for row in rows), key=lambda b: int(b) if b.isdigit() else -1, default="")
    sets: dict[str, dict[str, list[float]]] = {"calibration": {"tg": [], "pp": []}, "hold-out": {"tg": [], "pp": []}}
    runs: list[Run] = []
    fresh: list[tuple[str, Run]] = []  # the newest batch, every row, as an out-of-sample set, with its group
    by_group: dict[tuple[str, str, str], list[Run]] = {}
    print(
        f"{'set':<11} {'gpu':<30} {'backend':<12} {'model':<24} {'quant':<6} {'tg':>6} {'pred':>6} {'err':>6}"
        f" {'pp':>7} {'pred':>7} {'err':>6}"
    )
    for i, row in enumerate(rows):
        which = "calibration" if i % 2 == 0 else "hold-out"
        tg, pp = _num(row["tg_tokens_per_second"]), _num(row["pp_tokens_per_second"])
        try:
            est, family = predict(row)
        except Exception as exc:  # a row the table cannot place: shown, not counted
            print(f"{which:<11} {row['gpu'][:30]:<30} skipped: {exc}")
            continue
        # a run with layers or experts left in RAM (-ngl below full, --n-cpu-moe) is listed, not scored: the what-if
        # machine has room for every layer, and the sources rarely state the CPU and RAM the rest ran on
        partial = "partial offload" in row["context_or_prompt"]
        counted = est.fit == FitLevel.FULL_GPU and float(row["params_b"]) >= 2 and not partial
        cells = []
        for kind, meas, pred, span in (
            ("tg", tg, est.tokens_per_second, est.tokens_per_second_range),
            ("pp", pp, est.prompt_tokens_per_second, est.prompt_tokens_per_second_range),
        ):
            if meas and pred:
                err = pred / meas - 1
                if counted:
                    sets[which][kind].append(err)
                    if span:
                        run = Run(which, kind, family, meas, pred, *span)
                        runs.append(run)
                        by_group.setdefault((kind, group(row, family), which), []).append(run)
                        if newest and row.get("batch") == newest:
                            fresh.append((group(row, family), run))
                cells.append(f"{meas:>6.0f} {pred:>6.0f} {err:>+6.0%}")
            else:
                cells.append(f"{'':>6} {'':>6} {'':>6}")
        print(
            f"{which:<11} {row['gpu'][:30]:<30} {row['backend'][:12]:<12} {row['model'][:24]:<24} "
            f"{_quant(row['quant']):<6} {cells[0]} {cells[1]}{'' if counted else '  (not counted)'}"
        )
    for name, kinds in sets.items():
        for kind, errs in kinds.items():
            if errs:
                print(
                    f"{name} {kind}: {len(errs)} rows, median |error| {statistics.median(abs(e) for e in errs):.0%}, "
                    f"median signed {statistics.median(errs):+.0%}, worst {max(errs, key=abs):+.0%}"
                )
    print("\n".join(report(runs)))
    if newest:
        for kind in ("tg", "pp"):
            print(f"batch {newest} alone, {kind}: {summary([r for _, r in fresh if r.kind == kind])}")
            for g in sorted({g for g, r in fresh if r.kind == kind}):
                print(f"  {g}: {summary([r for h, r in fresh if r.kind == kind and h == g])}")
    for (kind, g, which), chosen in sorted(by_group.items()):
        print(f"{kind} {g:<10} {which:<11} {summary(chosen)}")
    partial_section(rows, newest)


if __name__ == "__main__":
    main()
