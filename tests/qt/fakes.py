"""Fake services with realistic data (a 32 GiB desktop with an RTX 4070 12 GiB), built from the real core types.

Used by the page tests and by scripts/screenshots.py. `delay_s` makes every call slow (the responsiveness test);
the cost functions are the real core ones (pure arithmetic), fed inputs that need no price lookup.
"""

from __future__ import annotations

import dataclasses
import time
from types import SimpleNamespace
from typing import Any

from advisor.core.catalog.ranking import order_files
from advisor.core.catalog.types import Candidate, DownloadResult, QuantFile, SearchResult
from advisor.core.servers.after_load import (  # imported here: compiling it mid-test holds the GIL
    AfterLoad,
    advised_quant,
    with_measured_speed,
)
from advisor.core.servers.problems import ProblemCode
from advisor.core.servers.types import (
    Benchmark,
    BenchmarkProgress,
    ChatResult,
    Problem,
    ServerKind,
    ServerModel,
    ServerStatus,
)
from advisor.core.sizing.estimate import estimate  # the real engine sizes the files in LM Studio's folder
from advisor.core.sizing.local import LocalModelEstimate  # at load, like AfterLoad: not inside a timed window
from advisor.core.sizing.tiers import TIERS
from advisor.core.types import (
    CpuInfo,
    Estimate,
    FitLevel,
    GpuInfo,
    GpuVendor,
    HardwareProfile,
    LmStudioInfo,
    MemoryBreakdown,
    ModelFile,
    ModelSpec,
    OsInfo,
    RamInfo,
    Reason,
    Recommendation,
    TierResult,
)
from advisor.qt.services import Services
from tests.support.energy_meter import StepMeter

GIB = 1024**3
MODELS_DIR = "/home/ana/.lmstudio/models"


def profile() -> HardwareProfile:
    return HardwareProfile(
        ram=RamInfo(
            total_bytes=32 * GIB, available_bytes=int(21.4 * GIB), bandwidth_gbps=62.0, bandwidth_source="measured"
        ),
        cpu=CpuInfo(
            brand="AMD Ryzen 7 7700", arch="x86_64", physical_cores=8, logical_cores=16, flags=("avx2", "avx512f")
        ),
        gpus=(
            GpuInfo(
                name="NVIDIA GeForce RTX 4070",
                vendor=GpuVendor.NVIDIA,
                vram_total_bytes=12 * GIB,
                vram_free_bytes=int(10.9 * GIB),
                bandwidth_gbps=504.2,
                power_limit_watts=200.0,
                driver="560.35.03",
                source="nvml",
                board_power_watts=200.0,
                index=0,
            ),
        ),
        os=OsInfo(system="Linux", release="6.8.0"),
        lmstudio=LmStudioInfo(
            home="/home/ana/.lmstudio",
            models_dir=MODELS_DIR,
            models=(
                ModelFile(
                    f"{MODELS_DIR}/lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF/"
                    "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",
                    4_920_734_016,
                ),
                ModelFile(
                    f"{MODELS_DIR}/bartowski/Qwen2.5-14B-Instruct-GGUF/Qwen2.5-14B-Instruct-Q5_K_M.gguf", 10_508_873_728
                ),
            ),
            disk_free_bytes=int(412.7 * GIB),
        ),
    )


_TIERS = (("3B", 2.0, 130.0), ("7B", 4.9, 68.0), ("13B", 9.0, 38.0), ("40B", 19.8, 4.1), ("70B", 42.5, 1.2))


def recommend(profile: HardwareProfile, *, context: int = 4096, min_tokens_per_second: float = 5.0) -> Recommendation:
    """Fit and speed from simple rules on the profile, so what-if and context changes show real differences."""
    vram = sum(g.vram_free_bytes or g.vram_total_bytes for g in profile.gpus)
    ram = profile.ram.available_bytes
    tiers = []
    for name, gib_needed, tps in _TIERS:
        needs = int(gib_needed * GIB + context * 160 * 1024)
        if needs <= vram:
            fit, speed = FitLevel.FULL_GPU, tps * (1 - context / 400_000)
        elif needs <= vram + ram:
            fit, speed = (FitLevel.PARTIAL_OFFLOAD if vram else FitLevel.CPU_ONLY), tps * 0.15
        else:
            fit, speed = FitLevel.TOO_LARGE, None
        usable = speed is not None and speed >= min_tokens_per_second
        tiers.append(
            TierResult(
                tier=name,
                fits=usable,
                best_quant="Q4_K_M",
                fit=fit,
                tokens_per_second=round(speed, 1) if speed else None,
                needs_bytes=needs,
                available_bytes=vram if fit == FitLevel.FULL_GPU else vram + ram,
                model=_MODELS[name],
                runs="yes" if usable else "no",
            )
        )
    best = [t for t in tiers if t.fits]
    chosen = best[-1] if best else None
    above = tiers[tiers.index(chosen) + 1] if chosen and tiers.index(chosen) + 1 < len(tiers) else None
    reasons = []
    if chosen:
        reasons.append(
            Reason(
                "tier_chosen",
                {
                    "tier": chosen.tier,
                    "quant": "Q4_K_M",
                    "fit": chosen.fit.value,
                    "tokens_per_second": chosen.tokens_per_second,
                    "gpu_layers": _layers(_MODELS[chosen.tier]),
                    "total_layers": _layers(_MODELS[chosen.tier]),
                    "needs_bytes": chosen.needs_bytes,
                    "model": _MODELS[chosen.tier],
                },
            )
        )
    if above is not None and above.fit != FitLevel.TOO_LARGE:
        reasons.append(
            Reason(
                "next_tier_too_slow",
                {
                    "tier": above.tier,
                    "quant": "Q4_K_M",
                    "tokens_per_second": above.tokens_per_second,
                    "min_tokens_per_second": min_tokens_per_second,
                },
            )
        )
    elif above is not None:
        reasons.append(
            Reason(
                "next_tier_needs_memory",
                {
                    "tier": above.tier,
                    "quant": "Q4_K_M",
                    "needs_bytes": above.needs_bytes,
                    "available_bytes": above.available_bytes,
                    "memory": "ram",
                },
            )
        )
    return Recommendation(
        tier=chosen.tier if chosen else None,
        quant="Q4_K_M" if chosen else None,
        fit=chosen.fit if chosen else FitLevel.TOO_LARGE,
        tokens_per_second=chosen.tokens_per_second if chosen else None,
        context=context,
        min_tokens_per_second=min_tokens_per_second,
        tiers=tuple(tiers),
        reasons=tuple(reasons),
        model=_MODELS[chosen.tier] if chosen else None,
    )


# the models the real engine names for each class (advisor/core/sizing/tiers.py)
_MODELS = {
    "3B": "Llama-3.2-3B",
    "7B": "Llama-3.1-8B",
    "13B": "Qwen2.5-14B",
    "40B": "Qwen2.5-32B",
    "70B": "Llama-3.1-70B",
}


def _reference(name: str) -> ModelSpec:
    """The published shape the real engine sizes a class's model by (advisor/core/sizing/tiers.py)."""
    return next(spec for tier in TIERS for spec in tier.references if spec.name == name)


def _layers(model: str) -> int:
    """The model's own layer count (Llama-3.1-8B has 32, Qwen2.5-14B 48)."""
    return _reference(model).layers or 0


def tier_estimate(
    profile: HardwareProfile,
    tier: str,
    quant: str | None,
    *,
    context: int,
    model: str | None = None,
    n_cpu_moe: int = 0,
) -> Estimate:
    weights = int(dict((n, g) for n, g, _ in _TIERS)[tier] * 0.87 * GIB)
    kv = context * 160 * 1024
    total = weights + kv + 350 * 1024**2 + 250 * 1024**2
    layers = _layers(model or _MODELS[tier])
    return Estimate(
        fit=FitLevel.FULL_GPU,
        gpu_layers=layers,
        total_layers=layers,
        memory=MemoryBreakdown(
            weights_bytes=weights,
            kv_cache_bytes=kv,
            compute_bytes=350 * 1024**2,
            overhead_bytes=250 * 1024**2,
            total_bytes=total,
            vram_bytes=total,
            ram_bytes=0,
        ),
        tokens_per_second=38.0,
        tokens_per_second_range=(32.0, 44.0),
        context=context,
        quant=quant,
    )


# the GGUF files in LM Studio's folder (`profile()`): the published shape each was converted from, its name in the
# header and its quant; their size is the file's
_LOCAL_FILES = {
    "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf": ("Llama-3.1-8B", "Meta Llama 3.1 8B Instruct", "Q4_K_M"),
    "Qwen2.5-14B-Instruct-Q5_K_M.gguf": ("Qwen2.5-14B", "Qwen2.5 14B Instruct", "Q5_K_M"),
}


def local_spec(model: ModelFile) -> ModelSpec:
    """What reading that file's header gives (`spec_from_gguf`): its model's shape, name, quant and size."""
    shape, name, quant = _LOCAL_FILES[model.path.rsplit("/", 1)[-1]]
    return dataclasses.replace(_reference(shape), quant=quant, file_size_bytes=model.size_bytes, name=name)


def local_models(profile: HardwareProfile, *, context: int = 4096) -> list[LocalModelEstimate]:
    """The core's LocalModelEstimate for each GGUF in LM Studio's folder, as if their headers were read: sized by the
    real engine on `profile` (on the fake machine the Q5_K_M 14B keeps 1 of its 48 layers on the processor)."""
    return [
        LocalModelEstimate(model, spec, estimate(spec, profile, context=context))
        for model in profile.lmstudio.models
        for spec in (local_spec(model),)
    ]


def _file(name: str, quant: str, size_gib: float, fit: FitLevel, tps: float | None) -> QuantFile:
    return QuantFile(
        path=name, parts=(name,), quant=quant, size_bytes=int(size_gib * GIB), fit=fit, tokens_per_second=tps
    )


def candidates() -> tuple[Candidate, ...]:
    def repo(repo_id, downloads, likes, license_, params, quants):
        base = repo_id.split("/")[1].removesuffix("-GGUF")
        # in the order the real search returns them (the recommendation's order, best first)
        files = tuple(order_files((_file(f"{base}-{q}.gguf", q, size, fit, tps) for q, size, fit, tps in quants), 5.0))
        return Candidate(
            repo_id=repo_id,
            publisher=repo_id.split("/")[0],
            downloads=downloads,
            likes=likes,
            license=license_,
            gated=False,
            last_modified="2026-10-02T09:12:44Z",
            architecture="qwen2",
            parameters=params,
            context_length=32768,
            files=files,
        )

    full, part = FitLevel.FULL_GPU, FitLevel.PARTIAL_OFFLOAD
    return (
        repo(
            "bartowski/Qwen2.5-14B-Instruct-GGUF",
            412_553,
            310,
            "apache-2.0",
            14.8e9,
            (
                ("Q3_K_M", 7.3, full, 44.0),
                ("Q4_K_M", 8.99, full, 38.0),
                ("Q5_K_M", 10.5, full, 32.5),
                ("Q8_0", 15.7, part, 9.8),
            ),
        ),
        repo(
            "lmstudio-community/phi-4-GGUF",
            288_019,
            205,
            "mit",
            14.7e9,
            (("Q4_K_M", 9.05, full, 37.5), ("Q6_K", 12.0, part, 14.1), ("Q8_0", 15.6, part, 9.9)),
        ),
        repo(
            "unsloth/gemma-3-12b-it-GGUF",
            201_446,
            180,
            "gemma",
            11.8e9,
            (("Q4_K_M", 7.3, full, 44.8), ("Q5_K_M", 8.4, full, 40.2), ("Q8_0", 12.5, part, 12.6)),
        ),
        repo(
            "bartowski/Mistral-Nemo-Instruct-2407-GGUF",
            154_310,
            129,
            "apache-2.0",
            12.2e9,
            (("Q4_K_M", 7.48, full, 43.9), ("Q6_K", 10.1, full, 33.3)),
        ),
        repo(
            "TheBloke/Llama-2-13B-chat-GGUF",
            98_112,
            402,
            "llama2",
            13.0e9,
            (("Q4_K_M", 7.87, full, 41.0), ("Q5_K_M", 9.23, full, 36.0)),
        ),
    )


def search(
    *,
    profile: HardwareProfile,
    tier: str | None = None,
    text: str | None = None,
    context: int = 4096,
    limit: int = 20,
    include_all: bool = False,
    offline: bool = False,
    min_tokens_per_second: float = 5.0,
) -> SearchResult:
    found = [c for c in candidates() if not text or text.lower() in c.repo_id.lower()]
    if not include_all:
        found = [dataclasses.replace(c, files=tuple(f for f in c.files if f.fit != FitLevel.TOO_LARGE)) for c in found]
    return SearchResult(source="hub", retrieved_at="2026-11-26T12:41:07Z", candidates=tuple(found[:limit]))


def download(
    repo_id: str,
    filename: str,
    *,
    dest_dir: str | None = None,
    progress=None,
    cancel=None,
    total: int = 8 * 1024**2,
    chunk: int = 1024**2,
    delay_s: float = 0.0,
) -> DownloadResult:
    done = 0
    start = time.monotonic()
    while done < total:
        if cancel is not None and cancel.is_set():
            from advisor.core.catalog.types import CatalogProblem

            return DownloadResult(
                repo_id, filename, dest_dir or MODELS_DIR, problem=CatalogProblem("cancelled", repo_id)
            )
        time.sleep(delay_s)
        done = min(total, done + chunk)
        elapsed = max(time.monotonic() - start, 1e-3)
        rate = done / elapsed
        if progress is not None:
            progress(done, total, rate, (total - done) / rate)
    path = f"{dest_dir or MODELS_DIR}/{repo_id}/{filename}"
    return DownloadResult(repo_id, filename, dest_dir or MODELS_DIR, paths=(path,), size_bytes=total, verified=True)


def verify_models(
    models_dir: str | None = None, *, progress=None, cancel=None, delay_s: float = 0.0, steps: int = 8, **_: Any
) -> Any:
    """Two files in LM Studio's folder: one OK (hashed, in `steps` progress steps), one cut short; `cancel` stops it."""
    from advisor.core.catalog.verify import FileCheck, VerifyResult

    folder = models_dir or MODELS_DIR
    good = "lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"
    short = "bartowski/Qwen2.5-14B-Instruct-GGUF/Qwen2.5-14B-Instruct-Q5_K_M.gguf"
    partial = FileCheck(
        path=f"{folder}/{short}",
        relative_path=short,
        size_bytes=3 * GIB,
        status="partial",
        hub="differs",
        repo_id="bartowski/Qwen2.5-14B-Instruct-GGUF",
        hub_path="Qwen2.5-14B-Instruct-Q5_K_M.gguf",
        hub_size_bytes=10_508_873_728,
    )
    total = 4_920_734_016
    for step in range(1, steps + 1):
        if cancel is not None and cancel.is_set():
            return VerifyResult(folder, (partial,), True, False, cancelled=True)
        time.sleep(delay_s / steps)
        if progress is not None:
            progress(total * step // steps, total, f"{folder}/{good}")
    ok = FileCheck(
        path=f"{folder}/{good}",
        relative_path=good,
        size_bytes=total,
        status="ok",
        hub="matched",
        repo_id="lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF",
        hub_path="Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",
        hub_size_bytes=total,
        hub_sha256="ab" * 32,
        sha256="ab" * 32,
    )
    return VerifyResult(folder, (ok, partial), True, False)


def server_ok(url: str = "http://localhost:1234/v1", **_: Any) -> ServerStatus:
    return ServerStatus(
        url=url,
        reachable=True,
        kind=ServerKind.LMSTUDIO,
        version="0.3.31",
        models=(
            ServerModel("qwen2.5-14b-instruct", loaded=True, quant="Q5_K_M", arch="qwen2"),
            ServerModel("meta-llama-3.1-8b-instruct", loaded=False, quant="Q4_K_M"),
        ),
        problem=None,
        elapsed_ms=12.4,
    )


def server_refused(url: str = "http://localhost:1234/v1", **_: Any) -> ServerStatus:
    return ServerStatus(
        url=url,
        reachable=False,
        kind=None,
        version=None,
        models=(),
        problem=Problem(ProblemCode.CONNECTION_REFUSED, {"url": url}),
    )


def discover(**_: Any) -> list[ServerStatus]:
    return [
        server_ok(),
        ServerStatus(
            url="http://localhost:11434/v1",
            reachable=True,
            kind=ServerKind.OLLAMA,
            version="0.12.3",
            models=(ServerModel("llama3.2:3b"),),
            problem=None,
        ),
    ]


BENCH_TOKENS_PER_SECOND = 24.6  # the loaded Qwen2.5-14B Q5_K_M: the engine predicts 27.1 (16.0–50.3) on this machine
BENCH_JOULES = 2340.0  # 150 W on the RTX 4070 (a 200 W card) over 3 × 128 tokens at 24.6 tok/s: 6.09 J/token


def energy_meter() -> StepMeter:
    """An NVML-like counter that gains 2,340 J during a benchmark (150 W over the fake's 3 × 128 tokens)."""
    return StepMeter(BENCH_JOULES, name="nvml")


def benchmark(
    url: str,
    *,
    model: str | None = None,
    api_key: str | None = None,
    delay_s: float = 0.0,
    runs: int = 3,
    energy_meter=None,
    on_progress=None,
    cancel=None,
    **_: Any,
) -> Benchmark:
    """3 runs of 128 tokens at 24.6 tok/s, reported in 8 steps a run like the core's `on_progress`; `cancel`
    stops it between steps (the result says `cancelled`); energy from `energy_meter` as the core computes it."""
    tokens, steps, tps = 128, 8, BENCH_TOKENS_PER_SECOND
    start_j = energy_meter.read_joules() if energy_meter is not None else None
    for run in range(1, runs + 1):
        for step in range(1, steps + 1):
            if cancel is not None and cancel.is_set():
                finished = run - 1
                return Benchmark(
                    model=model or "qwen2.5-14b-instruct",
                    ttft_ms=182.0 if finished else None,
                    tokens_per_second=tps if finished else None,
                    prompt_tokens_per_second=None,
                    completion_tokens=tokens if finished else None,
                    source="lmstudio_stats",
                    runs=finished,
                    cancelled=True,
                )
            time.sleep(delay_s / (runs * steps))
            if on_progress is not None:
                done = step * tokens // steps
                on_progress(BenchmarkProgress(run, runs, done, tps if step > 1 else None, (run - 1) * tokens + done))
    energy = energy_meter.read_joules() - start_j if energy_meter is not None and start_j is not None else None
    return Benchmark(
        model=model or "qwen2.5-14b-instruct",
        ttft_ms=182.0,
        tokens_per_second=tps,
        prompt_tokens_per_second=1450.0,
        completion_tokens=tokens,
        source="lmstudio_stats",
        runs=runs,
        energy_joules=energy,
        joules_per_token=energy / (runs * tokens) if energy is not None else None,
        power_watts=energy / (runs * tokens / tps) if energy is not None else None,
        energy_source=energy_meter.name if energy is not None else None,
    )


def stream_chat(
    url: str,
    *,
    model: str | None,
    system: str | None,
    prompt: str,
    temperature: float = 0.7,
    api_key: str | None = None,
    on_delta=None,
    cancel=None,
    max_tokens: int | None = None,
    delay_s: float = 0.0,
) -> ChatResult:
    words = (
        ["Un ", "modelo ", "local ", "responde ", "sin ", "enviar ", "tus ", "datos ", "a ", "nadie."]
        if "¿" in prompt or "hola" in prompt.lower()
        else ["A ", "local ", "model ", "answers ", "without ", "sending ", "your ", "data ", "anywhere."]
    )
    text = ""
    for word in words:
        if cancel is not None and cancel.is_set():
            return ChatResult(
                model=model or "",
                text=text,
                finish_reason="cancelled",
                ttft_ms=150.0,
                tokens_per_second=None,
                completion_tokens=None,
                prompt_tokens=None,
                cancelled=True,
            )
        time.sleep(delay_s)
        text += word
        if on_delta is not None:
            on_delta(word)
    return ChatResult(
        model=model or "",
        text=text,
        finish_reason="stop",
        ttft_ms=150.0,
        tokens_per_second=23.9,  # the loaded model, a little under its benchmark for a short reply
        completion_tokens=len(words),
        prompt_tokens=24,
    )


def default_cost_inputs(
    profile: HardwareProfile | None,
    *,
    measured: Any = None,
    country: str | None = None,
    currency: str | None = None,
    **_: Any,
) -> Any:
    from advisor.core.costs.currency import normalise_code
    from advisor.core.costs.model import CostInputs, InputOrigin

    code = normalise_code(currency) if currency else "EUR"  # an unknown code raises, as the real defaults do
    rate = {"EUR": 0.92, "USD": 1.0, "MXN": 18.3}.get(code, 1.0)
    tps = getattr(measured, "tokens_per_second", None) or 38.0
    return CostInputs(
        tokens_per_month=20e6,
        input_share=0.5,
        api_model_id="openai/gpt-4o",
        api_price_input=2.5 * rate,
        api_price_output=10.0 * rate,
        api_price_date="2026-11-03",
        currency=code,
        usd_rate=rate,
        electricity_price_per_kwh=0.26 * rate / 0.92,
        power_watts=170.0,  # what the core estimates for this 200 W card: 200 × 0.55 + 60 for the rest of the machine
        idle_watts=50.0,
        hours_per_day=8.0,
        days_per_month=30.0,
        tokens_per_second=tps,
        prompt_tokens_per_second=tps * 30,
        hardware_cost=1400.0 * rate,
        lifetime_years=3.0,
        origins=(
            InputOrigin("country", "user", {"country": "ES"}),
            InputOrigin(  # the values the core's electricity table gives (default_inputs(country="ES"))
                "electricity_price_per_kwh",
                "country_table",
                {
                    "country": "ES",
                    "name": "Spain",
                    "period": "2025-S2",
                    "source": "Eurostat household electricity prices incl. taxes (nrg_pc_204)",
                    "confidence": "medium",
                    "table_price": 0.26,
                    "table_currency": "EUR",
                    "retrieved": "2026-11-10",
                },
            ),
            InputOrigin("usd_rate", "exchange_table", {"as_of": "2026-11-20", "source": "ECB"}),
            InputOrigin(  # as the core says it: naming the model the benchmark measured
                "tokens_per_second",
                "measured" if measured else "estimate",
                {"model": getattr(measured, "model", None)} if measured else {},
            ),
        ),
    )


def api_models() -> list[Any]:
    from advisor.core.costs.prices import ApiModelPrice

    return [
        ApiModelPrice("openai", "gpt-4o", "GPT-4o", 2.5, 10.0, "2026-11-03"),
        ApiModelPrice("openai", "gpt-4o-mini", "GPT-4o mini", 0.15, 0.6, "2026-11-03"),
        ApiModelPrice("openai", "gpt-4-turbo", "GPT-4 Turbo", 10.0, 30.0, "2026-11-03", deprecated=True),
    ]


def gpu_table() -> list[Any]:
    from advisor.core.hardware.gpu_table import GpuSpec

    return [
        GpuSpec("GeForce RTX 3060", GpuVendor.NVIDIA, 12 * GIB, 360.0, 170.0),
        GpuSpec("GeForce RTX 4070", GpuVendor.NVIDIA, 12 * GIB, 504.2, 200.0),
        GpuSpec("GeForce RTX 4090", GpuVendor.NVIDIA, 24 * GIB, 1008.0, 450.0),
        GpuSpec("Radeon RX 7900 XTX", GpuVendor.AMD, 24 * GIB, 960.0, 355.0),
    ]


def what_if(profile: HardwareProfile, *, ram_total_bytes: int | None = None, gpus=None) -> HardwareProfile:
    ram = profile.ram
    if ram_total_bytes is not None:
        ram = dataclasses.replace(
            ram,
            total_bytes=ram_total_bytes,
            available_bytes=max(0, ram_total_bytes - (ram.total_bytes - ram.available_bytes)),
        )
    from advisor.qt.pages.hardware import gpu_entry_to_info

    return dataclasses.replace(
        profile, ram=ram, gpus=profile.gpus if gpus is None else tuple(gpu_entry_to_info(g) for g in gpus)
    )


def _slow(fn, delay_s: float):
    def call(*args, **kwargs):
        time.sleep(delay_s)
        return fn(*args, **kwargs)

    return call


def services(delay_s: float = 0.0, **overrides: Any) -> Services:
    """Fake services; with `delay_s` every call sleeps first (downloads and streams sleep per chunk too)."""
    from advisor.core import report
    from advisor.core.costs.model import compare, cumulative_series

    def slow_download(*a, **k):
        return download(*a, delay_s=delay_s / 8, **k)

    def slow_benchmark(*a, **k):
        return benchmark(*a, delay_s=delay_s, **k)

    def slow_verify(*a, **k):
        return verify_models(*a, delay_s=delay_s, **k)

    def slow_chat(*a, **k):
        return stream_chat(*a, delay_s=delay_s / 10, **k)

    base = Services(
        detect=_slow(profile, delay_s),
        what_if=what_if,
        all_gpus=gpu_table,
        gpu_table_source=lambda: {"source": "TechPowerUp GPU database", "date": "2026-10-01"},
        open_energy_meter=energy_meter,
        recommend=_slow(recommend, delay_s),
        tier_estimate=tier_estimate,
        estimate_local_models=local_models,
        search=_slow(search, delay_s),
        download=slow_download,
        lmstudio_deep_link=lambda repo, file: f"lmstudio://open_from_hf?model={repo}&file={file}",
        verify_models=slow_verify,
        check_server=_slow(server_ok, delay_s),
        discover_servers=_slow(discover, delay_s),
        after_load=after_load,
        benchmark=slow_benchmark,
        calibrate=calibrate,
        reset_calibration=lambda *a, **k: True,
        saved_calibration=lambda *a, **k: SimpleNamespace(calibration=None, problem=None, path=""),
        stream_chat=slow_chat,
        default_cost_inputs=_slow(default_cost_inputs, delay_s),
        compare_costs=compare,
        cumulative_series=cumulative_series,
        list_api_models=api_models,
        assemble_assessment=lambda p, **kw: report.assemble_assessment(
            p, gpu_table_source=lambda: {"source": "TechPowerUp GPU database", "date": "2026-10-01"}, **kw
        ),
        render_report=report.render,
    )
    return dataclasses.replace(base, **overrides)


LOADED_FILE = f"{MODELS_DIR}/bartowski/Qwen2.5-14B-Instruct-GGUF/Qwen2.5-14B-Instruct-Q5_K_M.gguf"


def _loaded_spec(profile: HardwareProfile) -> ModelSpec:
    """The header of the file LM Studio has loaded (`server_ok`'s Qwen2.5-14B Q5_K_M), as in `profile`'s folder."""
    found = next((m for m in profile.lmstudio.models if m.path == LOADED_FILE), ModelFile(LOADED_FILE, 10_508_873_728))
    return local_spec(found)


def calibrate(url: str, bench: Any, profile: HardwareProfile, **kw: Any) -> Any:
    """What the core says after a benchmark of LM Studio's loaded model, whose file is in its folder (the one
    `after_load` names): the core's own `derive` for that file on `profile` (on the fake machine it is split
    between GPU and processor, so it cannot calibrate; the fake saves nothing either way)."""
    from advisor.core.sizing.calibration import CalibrationOutcome, derive

    found = derive(
        _loaded_spec(profile),
        profile,
        measured_tokens_per_second=bench.tokens_per_second,
        tokens_per_run=bench.completion_tokens,
        model=LOADED_FILE.rsplit("/", 1)[-1],
        file=LOADED_FILE,
        server="lmstudio",
        today="2026-12-06",
    )
    if isinstance(found, Reason):
        return CalibrationOutcome(None, refused=found)
    return CalibrationOutcome(found, saved_to="/tmp/llm-advisor-fake/calibration.json")


def calibrate_refused(url: str, bench: Any, profile: HardwareProfile, **kw: Any) -> Any:
    """What the core says after a benchmark of a model whose file is not found once in LM Studio's folder: it
    cannot calibrate (nothing saved)."""
    from advisor.core.sizing.calibration import MODEL_FILE_UNKNOWN, CalibrationOutcome

    return CalibrationOutcome(None, refused=Reason(MODEL_FILE_UNKNOWN, {"model": bench.model}))


def after_load(url: str, profile: HardwareProfile, **kw: Any) -> Any:
    """The core's AfterLoad for the LM Studio server `server_ok` describes: its loaded Qwen2.5-14B Q5_K_M, whose
    file is in the LM Studio folder of `profile()`. The prediction is the real engine's for that file (as the
    Recommendation page's "models already in LM Studio" says); what the process uses is the fake server's (close
    to it); the quant the recommendation gives its size class and a benchmark's speed, when the page passes them,
    are worked out by the core's own functions."""
    spec = _loaded_spec(profile)
    est = estimate(spec, profile, context=4096)
    tier, quant = advised_quant(kw.get("recommendation"), spec.parameters)
    loaded = AfterLoad(
        pid=4242,
        used_ram_bytes=int(1.7 * GIB),  # the layer left on the processor and LM Studio's own
        used_vram_bytes=int(9.9 * GIB),
        model_path=LOADED_FILE,
        context=4096,
        predicted_ram_bytes=est.memory.ram_bytes,
        predicted_vram_bytes=est.memory.vram_bytes,
        kind="lmstudio",
        model="qwen2.5-14b-instruct",
        quant=spec.quant,
        server_quant="Q5_K_M",
        assumed_context=kw.get("assumed_context"),
        expected_quant=quant,
        expected_tier=tier,
        predicted_tokens_per_second=est.tokens_per_second,
        predicted_tokens_per_second_range=est.tokens_per_second_range,
        gpu_layers=est.gpu_layers,
        total_layers=est.total_layers,
    )
    return with_measured_speed(loaded, kw.get("measured_tokens_per_second"), kw.get("measured_model"))
