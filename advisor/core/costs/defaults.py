"""Defaults for a cost comparison on this machine, each with where it came from (`InputOrigin`).

Measured beats estimated beats assumed: power and speed come from the server benchmark when it has run on the
model whose cost is computed, else from the GPU's board power and the sizing estimate (its prompt speed too), else
from the documented constants below.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import logging
import math
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from advisor.core.clock import run_date
from advisor.core.costs import currency as cur
from advisor.core.costs.electricity import bundled_table, country_from_locale
from advisor.core.costs.laptop import (
    LAPTOP_DGPU_IDLE_WATTS,
    LAPTOP_GPU_REST_OF_SYSTEM_WATTS,
    LAPTOP_IDLE_WATTS,
    LAPTOP_REST_OF_SYSTEM_WATTS,
    LAPTOP_TYPICAL_CPU_WATTS,
    UNKNOWN_LAPTOP_GPU_BOARD_WATTS,
    Laptop,
    laptop,
    shown_cpu,
)
from advisor.core.costs.model import CostInputs, InputOrigin, capacity_tokens_per_month
from advisor.core.names import UnknownNameError
from advisor.core.types import FitLevel, GpuInfo, GpuVendor, HardwareProfile

if TYPE_CHECKING:
    from advisor.core.costs.prices import PriceData

log = logging.getLogger(__name__)

DEFAULT_TOKENS_PER_MONTH = 10_000_000  # heavy daily use by one developer, unless this machine cannot generate it
DEFAULT_USAGE_CODES = ("default_usage", "default_usage_capacity")  # the tokens a month are the default's
DEFAULT_INPUT_SHARE = 0.5
DEFAULT_API_MODEL = "openai/gpt-4o"  # the model the tutorial's `openai` client code is usually pointed at
DEFAULT_HOURS_PER_DAY = 8.0  # a working day
DEFAULT_DAYS_PER_MONTH = 30.0
DEFAULT_LIFETIME_YEARS = 3.0
FALLBACK_COUNTRY = "US"

# Power. An RTX 4090 (450 W board power) generating ~138 tok/s drew ~247 W: decode is memory-bound.
DECODE_FACTOR = 0.55
REST_OF_SYSTEM_WATTS = 60.0  # CPU feeding the GPU, board, RAM, fans, PSU losses in a desktop
# a laptop's figures (a laptop graphics card, a battery, a laptop processor) are in costs/laptop.py, with sources
UNMETERED_WITH_RAPL_WATTS = 20.0  # board, RAM, storage, PSU losses when the CPU package is metered
UNKNOWN_GPU_BOARD_WATTS = 200.0  # a discrete card we could not match in the GPU table
GPU_DESKTOP_IDLE_WATTS = 50.0  # a desktop with a discrete GPU, on but not generating
# AMD's Ryzen AI Max (Strix Halo) desktops: the package's configurable TDP tops at 120 W (AMD's Ryzen AI Max+ 395
# product page, "AMD Configurable TDP (cTDP) 45-120W"; the Framework Desktop and HP Z2 Mini G1a ship it there)
APU_PACKAGE_MAX_WATTS = 120.0
# ...and in a laptop, its default TDP (AMD's spec, as reviews quote it: "Default TDP 55 W, cTDP 45-120 W", PurePC's
# Ryzen AI Max+ 395 review, 2025-03, an ASUS ROG Flow Z13): the chip's, not a typical laptop processor's 28 W
# (newcomer round: "28 W for a typical laptop processor" was said of a Ryzen AI Max+ 395)
APU_LAPTOP_DEFAULT_WATTS = 55.0
_APU_PACKAGE = re.compile(r"ryzen\s+ai\s+max", re.IGNORECASE)
CPU_ONLY_ACTIVE_WATTS = 65.0  # a desktop, all cores busy decoding (a laptop's: costs/laptop.py)
CPU_ONLY_IDLE_WATTS = 20.0
APPLE_ACTIVE_WATTS = 40.0  # Apple silicon package + rest, generating on the GPU, when the table has no figure
APPLE_IDLE_WATTS = 8.0

# Speed. Prompt processing runs in large batches: far faster than generation.
PROMPT_FACTOR_GPU = 10.0
PROMPT_FACTOR_CPU = 5.0
FALLBACK_TOKENS_PER_SECOND = 10.0  # only when no estimate exists at all
SIZING_CONTEXT = 4096

SpeedEstimator = Callable[[HardwareProfile], Any]  # returns a Recommendation-like object, or None
# whose cost is computed: the recommended model (the app, the report) or the model a benchmark measured
# (`llm-advisor cost --server-url`: the cost of what that server runs)
CostOf = Literal["recommended", "measured"]


def _calibrated_by(rec: object) -> dict[str, str]:
    """{"calibrated_by": model} when the estimate was corrected by the user's own benchmark (sizing/calibration.py)."""
    model = getattr(getattr(rec, "calibration", None), "model", None)
    return {"calibrated_by": model} if isinstance(model, str) and model else {}


def _sizing_recommend(
    profile: HardwareProfile, context: int = SIZING_CONTEXT, min_tokens_per_second: float | None = None
) -> Any:
    try:
        from advisor.core.sizing import recommend
    except ImportError:  # the sizing engine is optional for the cost model
        return None
    if min_tokens_per_second is None:
        return recommend(profile, context=context)
    return recommend(profile, context=context, min_tokens_per_second=min_tokens_per_second)


def _get(measured: Any, name: str) -> float | None:
    value = measured.get(name) if isinstance(measured, Mapping) else getattr(measured, name, None)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else None


def _discrete(gpu: GpuInfo) -> bool:
    if gpu.unified_memory:
        return False
    known = gpu.board_power_watts or gpu.power_limit_watts
    return bool(known) or gpu.vendor in (GpuVendor.NVIDIA, GpuVendor.AMD)


def estimate_power(
    profile: HardwareProfile | None, fit: FitLevel | None = None
) -> tuple[float, float, InputOrigin, InputOrigin]:
    """(power while generating, idle power, their origins) from the hardware alone: a laptop's figures where the
    profile shows one (`costs.laptop`: a laptop graphics card, a battery, a laptop processor), else a desktop's."""
    if profile is None:
        return (
            CPU_ONLY_ACTIVE_WATTS,
            CPU_ONLY_IDLE_WATTS,
            InputOrigin("power_watts", "no_profile_estimate"),
            InputOrigin("idle_watts", "no_profile_estimate"),
        )
    apple = [g for g in profile.gpus if g.unified_memory and g.vendor == GpuVendor.APPLE]
    discrete = [g for g in profile.gpus if _discrete(g)]
    portable = laptop(profile)
    if discrete and fit != FitLevel.CPU_ONLY:
        unknown = UNKNOWN_LAPTOP_GPU_BOARD_WATTS if portable else UNKNOWN_GPU_BOARD_WATTS
        boards = [
            (
                g.name,
                g.board_power_watts or g.power_limit_watts or unknown,
                "gpu_table" if g.board_power_watts else "power_limit" if g.power_limit_watts else "assumed",
            )
            for g in discrete
        ]
        total_board = sum(watts for _, watts, _ in boards)
        rest = LAPTOP_GPU_REST_OF_SYSTEM_WATTS if portable else REST_OF_SYSTEM_WATTS
        return (
            total_board * DECODE_FACTOR + rest,
            LAPTOP_DGPU_IDLE_WATTS if portable else GPU_DESKTOP_IDLE_WATTS,
            InputOrigin(
                "power_watts",
                "gpu_board_power",
                {
                    "gpus": [name for name, _, _ in boards],
                    "board_power_watts": total_board,
                    "board_power_sources": [src for _, _, src in boards],
                    "decode_factor": DECODE_FACTOR,
                    "rest_of_system_watts": rest,
                    **_laptop_values(portable),
                },
            ),
            _laptop_idle(portable) if portable else InputOrigin("idle_watts", "gpu_desktop_idle_estimate"),
        )
    if apple and fit != FitLevel.CPU_ONLY:
        chip: dict[str, object] = {"chip": apple[0].name, **_mac_kind(profile.battery, apple[0].name)}
        idle_origin = InputOrigin("idle_watts", "apple_idle_estimate", chip)
        board = apple[0].board_power_watts
        if board:
            return (
                board * DECODE_FACTOR + 10.0,
                APPLE_IDLE_WATTS,
                InputOrigin(
                    "power_watts",
                    "gpu_board_power",
                    {
                        "gpus": [apple[0].name],
                        "board_power_watts": board,
                        "board_power_sources": ["gpu_table"],
                        "decode_factor": DECODE_FACTOR,
                        "rest_of_system_watts": 10.0,
                    },
                ),
                idle_origin,
            )
        return (APPLE_ACTIVE_WATTS, APPLE_IDLE_WATTS, InputOrigin("power_watts", "apple_estimate", chip), idle_origin)
    shared = [g for g in profile.gpus if g.unified_memory and g.vendor != GpuVendor.APPLE]
    package = _APU_PACKAGE.search(profile.cpu.brand or "")
    if shared and package and portable is not None and fit != FitLevel.CPU_ONLY:
        # a Strix Halo laptop: the same package at its default power, with a laptop's rest and idle
        return (
            APU_LAPTOP_DEFAULT_WATTS * DECODE_FACTOR + LAPTOP_REST_OF_SYSTEM_WATTS,
            LAPTOP_IDLE_WATTS,
            InputOrigin(
                "power_watts",
                "apu_laptop_power",
                {
                    "gpus": [shared[0].name],
                    "package_power_watts": APU_LAPTOP_DEFAULT_WATTS,
                    "decode_factor": DECODE_FACTOR,
                    "rest_of_system_watts": LAPTOP_REST_OF_SYSTEM_WATTS,
                },
            ),
            _laptop_idle(portable),
        )
    if shared and package and portable is None and fit != FitLevel.CPU_ONLY:
        # a Strix Halo desktop runs the model on its integrated GPU at the package's configured power, not a
        # processor-only PC's 65 W (newcomer round: a Framework Desktop was costed at 65 W, half what it draws)
        return (
            APU_PACKAGE_MAX_WATTS * DECODE_FACTOR + REST_OF_SYSTEM_WATTS,
            CPU_ONLY_IDLE_WATTS,
            InputOrigin(
                "power_watts",
                "apu_package_power",
                {
                    "gpus": [shared[0].name],
                    "package_power_watts": APU_PACKAGE_MAX_WATTS,
                    "decode_factor": DECODE_FACTOR,
                    "rest_of_system_watts": REST_OF_SYSTEM_WATTS,
                },
            ),
            InputOrigin("idle_watts", "cpu_only_idle_estimate", _why_on_the_processor(profile, discrete, apple)),
        )
    why = _why_on_the_processor(profile, discrete, apple)
    if portable is not None and package and portable.cpu_base_power_watts is None:
        # a Strix Halo laptop on its processor: the chip's default power, named (code review: "28 W for a typical
        # laptop processor" was still said of a Ryzen AI Max+ 395 running the model on its cores)
        portable = dataclasses.replace(
            portable, cpu=shown_cpu(profile.cpu.brand or ""), cpu_base_power_watts=APU_LAPTOP_DEFAULT_WATTS
        )
    if portable is not None:
        base = portable.cpu_base_power_watts or LAPTOP_TYPICAL_CPU_WATTS
        values = {
            **why,
            **_laptop_values(portable),
            "cpu_base_power_watts": base,
            "rest_of_system_watts": LAPTOP_REST_OF_SYSTEM_WATTS,
        }
        return (
            base + LAPTOP_REST_OF_SYSTEM_WATTS,
            LAPTOP_DGPU_IDLE_WATTS if discrete else LAPTOP_IDLE_WATTS,
            InputOrigin("power_watts", "cpu_only_estimate", values),
            _laptop_idle(portable),
        )
    return (
        CPU_ONLY_ACTIVE_WATTS,
        CPU_ONLY_IDLE_WATTS,
        InputOrigin("power_watts", "cpu_only_estimate", why),
        InputOrigin("idle_watts", "cpu_only_idle_estimate", why),
    )


# Apple chips sold in MacBooks only (Apple's specifications: the M1 Pro and the M3 Pro and Max came in the MacBook
# Pro alone; the other Pro and Max chips also in a Mac mini or Mac Studio)
_MACBOOK_ONLY_CHIPS = re.compile(r"\bM1 Pro\b|\bM3 (?:Pro|Max)\b")


def _mac_kind(battery: bool | None, chip: str = "") -> dict[str, object]:
    """What an Apple chip's power origin says of the Mac: a MacBook when the machine has a battery ({"laptop":
    "battery"}) or its chip came in MacBooks only ({"laptop": "chip"}), a desktop Mac when it has no battery
    ({"desktop": "no_battery"}: detected, or `"battery": false` in a hardware file), nothing when that is not known
    (most chips do not tell them apart)."""
    if battery is None:
        return {"laptop": "chip"} if _MACBOOK_ONLY_CHIPS.search(chip) else {}
    return {"laptop": "battery"} if battery else {"desktop": "no_battery"}


def _laptop_values(portable: Laptop | None) -> dict[str, object]:
    """The origin's values that say which laptop was assumed: the evidence, and the card or processor named."""
    if portable is None:
        return {}
    named = {"laptop_gpu": portable.gpu, "laptop_cpu": portable.cpu}
    return {"laptop": portable.evidence, **{k: v for k, v in named.items() if v}}


def _laptop_idle(portable: Laptop) -> InputOrigin:
    return InputOrigin("idle_watts", "laptop_idle_estimate", _laptop_values(portable))


def _why_on_the_processor(profile: HardwareProfile, discrete: list[GpuInfo], apple: list[GpuInfo]) -> dict[str, object]:
    """Why the processor's power estimate applies, for its origin: {} without any GPU; {"integrated_gpus": names}
    when the only graphics are integrated (no dedicated GPU); {"unused_gpus": names} when the GPU is there but the
    model runs on the processor."""
    if not profile.gpus:
        return {}
    if not discrete and not apple and all(g.unified_memory for g in profile.gpus):
        return {"integrated_gpus": [g.name for g in profile.gpus]}
    return {"unused_gpus": [g.name for g in (discrete or apple or [g for g in profile.gpus if not g.unified_memory])]}


def _measured_power(measured: Any, portable: bool = False) -> tuple[float, InputOrigin] | None:
    """The benchmark's metered power + what the meters do not see (a desktop's rest, or a laptop's: `portable`)."""
    if measured is None:
        return None
    watts = _get(measured, "power_watts")
    meters = (
        measured.get("energy_source") if isinstance(measured, Mapping) else getattr(measured, "energy_source", None)
    ) or "unknown"
    if watts is None:
        jpt, tps = _get(measured, "joules_per_token"), _get(measured, "tokens_per_second")
        if jpt is None or tps is None:
            return None
        watts = jpt * tps
    if portable:  # a laptop's display, memory and board (and its processor, when only the GPU is metered)
        unmetered = LAPTOP_REST_OF_SYSTEM_WATTS if "rapl" in meters else LAPTOP_GPU_REST_OF_SYSTEM_WATTS
    else:
        unmetered = UNMETERED_WITH_RAPL_WATTS if "rapl" in meters else REST_OF_SYSTEM_WATTS
    return watts + unmetered, InputOrigin(
        "power_watts", "measured", {"measured_watts": watts, "meters": meters, "unmetered_watts": unmetered}
    )


_QUANT = re.compile(r"(?:^|[-_.@:])((?:i?q\d(?:_[a-z0-9]+)*)|bf16|f16|f32)(?=$|[-_.])")


def _model_of(measured: Any) -> str | None:
    """The model a benchmark measured (a `Benchmark`'s `model`, or its JSON's), None when it does not say; a path
    (llama-server names its model by the file's path) by its file name only: the folders say nothing of the model
    and may carry the user's name into a shared report."""
    value = measured.get("model") if isinstance(measured, Mapping) else getattr(measured, "model", None)
    name = value.strip() if isinstance(value, str) else ""
    if _FILE_PATH.match(name) or name.lower().endswith(".gguf"):  # not LM Studio's "publisher/model@quant" key
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
    return name or None


_FILE_PATH = re.compile(r"^(?:[/~]|[A-Za-z]:[\\/]|\\\\)")  # /home/…, ~/…, C:\…, \\server\…


def model_shown_name(model_id: str) -> str:
    """A server's model as a person reads it, the way `_model_of` names a benchmarked one: a file path (llama-server
    names its model by the path it loaded) by its file name only; any other id as it is."""
    return _model_of({"model": model_id}) or model_id


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def measures_model(benchmarked: str | None, model: str | None, quant: str | None = None) -> bool:
    """Whether a benchmark of `benchmarked` (a server's model id or file name: "qwen2.5-14b-instruct",
    "publisher/Qwen3-30B-A3B-Instruct-2507-GGUF@q6_k", "Qwen3-30B-A3B-Q6_K.gguf") measured `model` (the
    recommendation's: "Qwen3-30B-A3B") at `quant`: its name starts with the model's once case and punctuation are
    set aside (an instruct or later release of the same model runs at the same speed), and a quant it names is
    `quant`. Unknown on either side counts as the same: nothing says otherwise."""
    if not benchmarked or not model:
        return True
    name = benchmarked.strip().lower().replace("\\", "/").rsplit("/", 1)[-1]
    if not _squash(name).startswith(_squash(model)):
        return False
    named = _QUANT.search(name.removesuffix(".gguf"))
    return quant is None or named is None or named.group(1) == quant.lower()


def _estimate_values(rec: Any, fit: FitLevel | None) -> dict[str, object]:
    model = getattr(rec, "model", None)
    return {
        "tier": getattr(rec, "tier", None),
        "quant": getattr(rec, "quant", None),
        "fit": str(fit) if fit else None,
        "context": getattr(rec, "context", None) or SIZING_CONTEXT,  # the recommendation's (cost --context)
        **({"model": model} if isinstance(model, str) and model else {}),
        **_calibrated_by(rec),
    }


def _speeds(
    profile: HardwareProfile | None, measured: Any, estimator: SpeedEstimator | None, cost_of: CostOf = "recommended"
) -> tuple[float, InputOrigin, float, InputOrigin, FitLevel | None, bool]:
    """(generation speed, its origin, prompt speed, its origin, the recommendation's fit, whether the benchmark's
    figures are used). A benchmark's figures are used when the cost is of the model it measured: always for
    `cost_of="measured"` (`llm-advisor cost --server-url`: the cost of what that server runs), and for the
    recommended model only when the benchmark measured it (`measures_model`); a benchmark of another model leaves
    the recommendation's estimate (corrected by that benchmark where the sizing's calibration applies), and says
    so."""
    rec = None
    if profile is not None:
        try:
            rec = (estimator or _sizing_recommend)(profile)
        except Exception as exc:  # a broken estimate must not break the cost page
            log.info("sizing estimate failed: %s: %s", type(exc).__name__, exc)
    fit: FitLevel | None = getattr(rec, "fit", None)
    bench_model = _model_of(measured) if measured is not None else None
    measured_tps = _get(measured, "tokens_per_second") if measured is not None else None
    same = measures_model(bench_model, getattr(rec, "model", None), getattr(rec, "quant", None))
    applies = measured is not None and (cost_of == "measured" or same)  # the benchmark measured the model costed
    use_measured = measured_tps is not None and applies
    of_model: dict[str, object] = {"model": bench_model} if bench_model else {}
    estimated = _estimate_values(rec, fit)
    if measured_tps is not None and not use_measured:
        estimated["other_model"] = bench_model  # the benchmark measured another model: said beside the estimate
    estimate = _get(rec, "tokens_per_second") if rec is not None else None
    if use_measured and measured_tps is not None:
        tps, origin = measured_tps, InputOrigin("tokens_per_second", "measured", dict(of_model))
        if not same:
            fit = None  # another model than the recommendation's: its fit says nothing of where this one runs
    elif estimate is not None:
        tps, origin = estimate, InputOrigin("tokens_per_second", "sizing_estimate", estimated)
    else:
        tps, origin = FALLBACK_TOKENS_PER_SECOND, InputOrigin("tokens_per_second", "no_estimate_fallback")
    measured_prompt = _get(measured, "prompt_tokens_per_second") if use_measured else None
    if measured_prompt is not None:
        prompt_origin = InputOrigin("prompt_tokens_per_second", "measured", dict(of_model))
        return tps, origin, measured_prompt, prompt_origin, fit, applies
    estimated_prompt = (
        _get(rec, "prompt_tokens_per_second")
        if rec is not None and estimate is not None and (origin.code == "sizing_estimate" or same)
        else None
    )
    if estimated_prompt is not None:  # the recommendation's estimate for the model whose speed is used
        prompt_origin = InputOrigin("prompt_tokens_per_second", "sizing_estimate", estimated)
        return tps, origin, estimated_prompt, prompt_origin, fit, applies
    on_gpu = (
        profile is not None and fit != FitLevel.CPU_ONLY and any(_discrete(g) or g.unified_memory for g in profile.gpus)
    )
    factor = PROMPT_FACTOR_GPU if on_gpu else PROMPT_FACTOR_CPU
    return (
        tps,
        origin,
        tps * factor,
        InputOrigin("prompt_tokens_per_second", "from_generation_speed", {"factor": factor}),
        fit,
        applies,
    )


def electricity_origin(country: str) -> InputOrigin:
    """Where a country's electricity price comes from: the bundled table's row (its source, period, basis and
    confidence, the table's date), the facts the Costs page and `cost` say under the country. Raises
    UnknownNameError for a country the table does not have."""
    table = bundled_table()
    row = table.lookup(country)
    return InputOrigin(
        "electricity_price_per_kwh",
        "country_table",
        {
            "country": row.country,
            "name": row.name,
            "period": row.period,
            "source": row.source,
            "source_kind": row.source_kind,
            "source_values": dict(row.source_values),
            "basis": row.basis,
            "basis_values": dict(row.basis_values),
            "confidence": row.confidence,
            "table_price": row.price_per_kwh,
            "table_currency": row.currency,
            "retrieved": table.retrieved,
        },
    )


OLD_RATE_MONTHS = 6  # a bundled exchange rate this old is said with its age, and how to give today's


def _months_old(as_of: str, today: datetime.date) -> int:
    """Whole months from `as_of` (ISO date) to `today`; 0 for a date that cannot be read or lies ahead."""
    try:
        then = datetime.date.fromisoformat(as_of[:10])
    except ValueError:
        return 0
    months = (today.year - then.year) * 12 + today.month - then.month - (today.day < then.day)
    return max(0, months)


def _currency_code(currency: str, usd_rate: float | None) -> str:
    """The currency asked for, as its code: one the bundled rates know, or, with the person's own rate (`usd_rate`),
    any three-letter code (newcomer round: Uruguayan pesos, UYU, were refused even with --usd-rate 40, and Uruguay
    has no row in the table)."""
    try:
        return cur.normalise_code(currency)
    except UnknownNameError:
        code = currency.strip().upper()
        if usd_rate is None or not (len(code) == 3 and code.isascii() and code.isalpha()):
            raise
        return code


def default_inputs(
    profile: HardwareProfile | None,
    *,
    measured: Any = None,
    country: str | None = None,
    currency: str | None = None,
    usd_rate: float | None = None,
    env: Mapping[str, str] | None = None,
    speed_estimator: SpeedEstimator | None = None,
    cost_of: CostOf = "recommended",
    today: datetime.date | None = None,
    context: int = SIZING_CONTEXT,
    min_tokens_per_second: float | None = None,
    region: str | None = None,
) -> CostInputs:
    """Every input with a default for this machine (or `profile`), each named with where it came from.

    `measured` is a `servers.types.Benchmark` (or a dict of its JSON): speeds and power from it win when the cost is
    of the model it measured — `cost_of="measured"`, or the recommended model when the benchmark measured that one;
    a benchmark of another model leaves the recommendation's estimates, and the speed's origin says so.
    `country`/`currency` default to the locale's; `context` and `min_tokens_per_second`: what the recommended model
    is sized at (`cost --context`, the Recommendation page's slider: a 32K context may pick another model than the
    4,096 tokens assumed alone); `region`: the app's region (its Welcome page), read before the system's locale
    when no `country` is given (app review: Uruguay picked, the table without it, and the price was the United
    States' "from the system's region", or Mexico's on a Mexican system); `env`, `speed_estimator` (instead of that
    recommendation) and `today` (what a bundled rate's age is counted from) are seams for tests.
    Raises UnknownNameError ("country" / "currency") for codes we have no data for.
    """
    table = bundled_table()
    origins: list[InputOrigin] = []
    if country is not None:
        row = table.lookup(country)
        origins.append(InputOrigin("country", "user", {"country": row.country}))
    else:
        found = region or country_from_locale(env)
        try:
            row = table.lookup(found) if found else table.lookup(FALLBACK_COUNTRY)
            origins.append(
                InputOrigin("country", "app_region", {"country": row.country})
                if region
                else InputOrigin(
                    "country",
                    "locale" if found else "country_fallback",
                    {"country": row.country, "locale_country": found},
                )
            )
        except UnknownNameError:
            row = table.lookup(FALLBACK_COUNTRY)
            origins.append(
                InputOrigin("country", "country_not_in_table", {"country": row.country, "locale_country": found})
            )

    rates = cur.bundled_rates()
    code = _currency_code(currency, usd_rate) if currency else row.local_currency
    if usd_rate is not None:
        rate = usd_rate
        origins.append(InputOrigin("usd_rate", "user"))
    else:
        rate = rates.rate(code)
        as_of = rates.date_of(code)
        said: dict[str, object] = {"as_of": as_of, "source": rates.source}
        months = _months_old(as_of, today or run_date())
        if months >= OLD_RATE_MONTHS and cur.needs_usd_rate(code):  # said with its age: pesos move fast
            said["months_old"] = months
        origins.append(InputOrigin("usd_rate", "exchange_table", said))
    if currency:
        origins.append(InputOrigin("currency", "user"))
    else:
        origins.append(InputOrigin("currency", "country_currency", {"country": row.country}))

    electricity = cur.convert(row.price_per_kwh, row.currency, code, target_usd_rate=rate, rates=rates)
    origins.append(electricity_origin(row.country))

    estimator = speed_estimator or functools.partial(
        _sizing_recommend, context=context, min_tokens_per_second=min_tokens_per_second
    )
    tps, tps_origin, prompt_tps, prompt_origin, fit, applies = _speeds(profile, measured, estimator, cost_of)
    active, idle, power_origin, idle_origin = estimate_power(profile, fit)
    portable = profile is not None and laptop(profile) is not None
    measured_power = _measured_power(measured, portable) if applies else None
    if measured_power is not None:
        active, power_origin = measured_power
    origins += [tps_origin, prompt_origin, power_origin, idle_origin]

    origins += [
        InputOrigin("tokens_per_month", "default_usage"),
        InputOrigin("input_share", "default"),
        InputOrigin("api_model_id", "default_api_model"),
        InputOrigin("hours_per_day", "default_working_day"),
        InputOrigin("days_per_month", "default"),
        InputOrigin("hardware_cost", "hardware_owned"),  # a described machine's is "not given": costs.ownership
        InputOrigin("resale_value", "default"),
        InputOrigin("lifetime_years", "default_lifetime"),
    ]
    inputs = CostInputs(
        tokens_per_month=DEFAULT_TOKENS_PER_MONTH,
        input_share=DEFAULT_INPUT_SHARE,
        api_model_id=DEFAULT_API_MODEL,
        currency=code,
        usd_rate=rate,
        electricity_price_per_kwh=electricity,
        power_watts=active,
        idle_watts=idle,
        hours_per_day=DEFAULT_HOURS_PER_DAY,
        days_per_month=DEFAULT_DAYS_PER_MONTH,
        tokens_per_second=tps,
        prompt_tokens_per_second=prompt_tps,
        hardware_cost=0.0,
        resale_value=0.0,
        lifetime_years=DEFAULT_LIFETIME_YEARS,
        origins=tuple(origins),
    )
    return serveable_default_usage(inputs)


def _round_down(tokens: float) -> float:
    """`tokens` rounded down to two significant figures: 4,731,902 → 4,700,000."""
    if tokens < 1:
        return tokens
    step = 10 ** max(0, math.floor(math.log10(tokens)) - 1)
    return float(math.floor(tokens / step) * step)


def serveable_default_usage(inputs: CostInputs) -> CostInputs:
    """`inputs` whose tokens a month, when they are the default's (not the user's, nor a preset's), are no more than
    the machine generates in the hours it is on: the default usage, else that capacity rounded down (origin
    "default_usage_capacity", with the hours a day and the speed). A default scenario the machine cannot serve would
    show costs it never reaches."""
    origin = inputs.origin("tokens_per_month")
    if origin is None or origin.code not in DEFAULT_USAGE_CODES:
        return inputs
    capacity = capacity_tokens_per_month(inputs)
    if capacity >= DEFAULT_TOKENS_PER_MONTH:
        tokens, new = float(DEFAULT_TOKENS_PER_MONTH), InputOrigin("tokens_per_month", "default_usage")
    else:
        tokens = _round_down(capacity)
        new = InputOrigin(
            "tokens_per_month",
            "default_usage_capacity",
            {"hours": inputs.hours_per_day, "tokens_per_second": inputs.tokens_per_second},
        )
    if tokens == inputs.tokens_per_month and new == origin:
        return inputs
    kept = tuple(o for o in inputs.origins if o.input != "tokens_per_month")
    return dataclasses.replace(inputs, tokens_per_month=tokens, origins=(*kept, new))


def data_dates(prices: PriceData, inputs: CostInputs | None = None) -> dict[str, str | None]:
    """The dated tables a comparison rests on, each with its date: the API prices (`prices`, bundled or refreshed),
    the electricity table and the exchange rates. Given the comparison's `inputs`, a table none of them was read
    from is dated None (a typed electricity price or rate, dollars needing no rate), and the rate's own date is
    given (the COP rate of 2 March in a table of 8 May; the oldest where two were used)."""
    rates = cur.bundled_rates()
    electricity: str | None = bundled_table().retrieved
    exchange: str | None = rates.as_of
    if inputs is not None:
        origin = inputs.origin("electricity_price_per_kwh")
        electricity = electricity if origin is not None and origin.code == "country_table" else None
        exchange = next(iter(inputs.table_rate_dates()), None)  # the oldest rate used dates them
    return {
        "api_prices": prices.as_of,
        "api_prices_source": f"genai-prices {prices.package_version}",
        "electricity": electricity,
        "exchange_rates": exchange,
    }
