"""Defaults for this machine: measured beats estimated beats assumed, and each says where it came from."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from advisor.core.costs import compare, default_inputs
from advisor.core.costs import defaults as d
from advisor.core.costs.currency import bundled_rates
from advisor.core.costs.electricity import bundled_table
from advisor.core.report import assemble_assessment
from advisor.core.servers.types import Benchmark
from advisor.core.types import (
    CpuInfo,
    FitLevel,
    GpuInfo,
    GpuVendor,
    HardwareProfile,
    LmStudioInfo,
    OsInfo,
    RamInfo,
)

SPAIN = {"LANG": "es_ES.UTF-8"}


def profile(*gpus: GpuInfo) -> HardwareProfile:
    return HardwareProfile(
        ram=RamInfo(total_bytes=32 * 2**30, available_bytes=24 * 2**30),
        cpu=CpuInfo(brand="AMD Ryzen 7 7700", arch="x86_64", physical_cores=8, logical_cores=16),
        gpus=gpus,
        os=OsInfo(system="Linux", release="6.8"),
        lmstudio=LmStudioInfo(home=None, models_dir=None),
    )


RTX_4090 = GpuInfo(
    name="NVIDIA GeForce RTX 4090", vendor=GpuVendor.NVIDIA, vram_total_bytes=24 * 2**30, board_power_watts=450
)


def estimator(tps: float | None, fit: FitLevel = FitLevel.FULL_GPU):
    return lambda _profile: SimpleNamespace(tokens_per_second=tps, fit=fit, tier="7B", quant="Q4_K_M")


def test_a_gpu_machine_uses_board_power_times_the_decode_factor_plus_the_rest():
    inputs = default_inputs(profile(RTX_4090), env=SPAIN, speed_estimator=estimator(120.0))
    assert inputs.power_watts == pytest.approx(450 * 0.55 + 60)  # 307.5 W
    assert inputs.idle_watts == d.GPU_DESKTOP_IDLE_WATTS
    origin = inputs.origin("power_watts")
    assert origin.code == "gpu_board_power" and origin.values["board_power_watts"] == 450
    assert (inputs.tokens_per_second, inputs.origin("tokens_per_second").code) == (120.0, "sizing_estimate")
    assert inputs.prompt_tokens_per_second == 1200.0  # 10 × generation on a GPU


def test_a_cpu_only_machine_gets_the_documented_estimate():
    inputs = default_inputs(profile(), env=SPAIN, speed_estimator=estimator(8.0, FitLevel.CPU_ONLY))
    assert (inputs.power_watts, inputs.idle_watts) == (d.CPU_ONLY_ACTIVE_WATTS, d.CPU_ONLY_IDLE_WATTS)
    assert inputs.origin("power_watts").code == "cpu_only_estimate"
    assert inputs.prompt_tokens_per_second == 40.0  # 5 × generation on a CPU


def test_a_gpu_the_model_does_not_use_does_not_count():
    inputs = default_inputs(profile(RTX_4090), env=SPAIN, speed_estimator=estimator(3.0, FitLevel.CPU_ONLY))
    assert inputs.origin("power_watts").code == "cpu_only_estimate"


def test_measured_power_and_speed_win_over_estimates():
    bench = Benchmark(
        model="m",
        ttft_ms=80,
        tokens_per_second=138.0,
        prompt_tokens_per_second=3000.0,
        completion_tokens=256,
        source="llama.cpp_timings",
        runs=3,
        power_watts=247.0,
        energy_source="nvml",
    )
    inputs = default_inputs(profile(RTX_4090), measured=bench, env=SPAIN, speed_estimator=estimator(50.0))
    assert (inputs.tokens_per_second, inputs.prompt_tokens_per_second) == (138.0, 3000.0)
    assert inputs.power_watts == pytest.approx(247 + d.REST_OF_SYSTEM_WATTS)  # NVML meters the GPU only
    assert inputs.origin("power_watts").code == "measured"
    assert inputs.origin("tokens_per_second").code == "measured"


def test_joules_per_token_gives_power_when_only_energy_was_read():
    measured = {"tokens_per_second": 20.0, "joules_per_token": 2.5, "energy_source": "rapl"}  # the JSON form
    inputs = default_inputs(profile(), measured=measured, env=SPAIN, speed_estimator=estimator(5.0))
    assert inputs.power_watts == pytest.approx(50 + d.UNMETERED_WITH_RAPL_WATTS)


def test_without_any_speed_estimate_the_fallback_is_named():
    inputs = default_inputs(profile(), env=SPAIN, speed_estimator=estimator(None, FitLevel.TOO_LARGE))
    assert inputs.origin("tokens_per_second").code == "no_estimate_fallback"


def test_locale_picks_country_currency_and_electricity_price():
    inputs = default_inputs(None, env={"LANG": "es_AR.UTF-8"})
    ars_per_usd = bundled_rates().rate("ARS")
    assert inputs.currency == "ARS" and inputs.usd_rate == ars_per_usd
    usd_per_kwh = bundled_table().lookup("AR").price_per_kwh  # the Argentine row is in USD
    assert inputs.electricity_price_per_kwh == pytest.approx(usd_per_kwh * ars_per_usd)
    assert inputs.origin("electricity_price_per_kwh").values["country"] == "AR"


def test_country_and_currency_can_be_chosen_and_the_price_is_converted():
    inputs = default_inputs(None, country="ES", currency="usd", env={})
    assert inputs.currency == "USD"
    eur_per_kwh = bundled_table().lookup("ES").price_per_kwh
    assert inputs.electricity_price_per_kwh == pytest.approx(eur_per_kwh / bundled_rates().rate("EUR"))


def test_the_users_rate_converts_the_electricity_price_too():
    inputs = default_inputs(None, country="US", currency="EUR", usd_rate=0.5, env={})
    assert inputs.electricity_price_per_kwh == pytest.approx(0.182 * 0.5)
    assert inputs.origin("usd_rate").code == "user"


def test_a_locale_country_without_data_falls_back_to_the_united_states_and_says_so():
    inputs = default_inputs(None, env={"LANG": "ja_JP.UTF-8"})
    assert inputs.origin("country").code == "country_not_in_table"
    assert inputs.currency == "USD"


def test_the_defaults_compare_without_further_input():
    comparison = compare(default_inputs(profile(RTX_4090), env=SPAIN, speed_estimator=estimator(100.0)))
    assert comparison.currency == "EUR" and comparison.api.model == d.DEFAULT_API_MODEL
    codes = {a.values["input"]: a.code for a in comparison.assumptions if "input" in a.values}
    assert codes["hardware_cost"] == "hardware_owned" and codes["electricity_price_per_kwh"] == "country_table"


def test_the_sizing_engines_estimate_is_the_default_speed():
    from advisor.core.sizing import recommend

    machine = profile(RTX_4090)
    inputs = default_inputs(machine, env=SPAIN)
    assert inputs.tokens_per_second == pytest.approx(recommend(machine, context=4096).tokens_per_second)
    assert inputs.origin("tokens_per_second").code == "sizing_estimate"


def test_a_calibrated_estimate_says_whose_benchmark_corrected_it():
    """The speed the costs use came from an estimate corrected by the user's benchmark: its origin says so, in
    both languages, and an uncorrected one does not."""
    from advisor.core.messages import Speaker
    from advisor.core.messages import costs as words
    from advisor.core.types import CalibrationUsed

    used = CalibrationUsed("Qwen2.5-7B-Q4_K_M.gguf", "2026-05-14", "gpu", 1.2)

    def calibrated(_profile):
        return SimpleNamespace(
            tokens_per_second=96.0, fit=FitLevel.FULL_GPU, tier="7B", quant="Q4_K_M", calibration=used
        )

    origin = default_inputs(profile(RTX_4090), env=SPAIN, speed_estimator=calibrated).origin("tokens_per_second")
    assert origin.values["calibrated_by"] == "Qwen2.5-7B-Q4_K_M.gguf"
    english = words.origin(Speaker("en"), origin.code, origin.values)
    assert english.endswith("calibrated by your benchmark of Qwen2.5-7B-Q4_K_M.gguf")
    assert "Qwen2.5-7B-Q4_K_M.gguf" in words.origin(Speaker("es"), origin.code, origin.values)
    plain = default_inputs(profile(RTX_4090), env=SPAIN, speed_estimator=estimator(120.0)).origin("tokens_per_second")
    assert "calibrated" not in words.origin(Speaker("en"), plain.code, plain.values)


def test_dollars_per_dollar_is_no_assumption_but_another_currencys_rate_is():
    """A US comparison listed "Tipo de cambio: 1,000 USD por dólar estadounidense", which a Mexican reader (decimal
    point) reads as a thousand; a peso comparison keeps its rate and where it came from."""
    for env, currency, listed in (({"LANG": "en_US.UTF-8"}, "USD", False), ({"LANG": "es_MX.UTF-8"}, "MXN", True)):
        comparison = compare(default_inputs(profile(RTX_4090), env=env, speed_estimator=estimator(50.0)))
        assert comparison.currency == currency
        inputs_said = [a.values.get("input") for a in comparison.assumptions]
        assert ("usd_rate" in inputs_said) is listed
        assert "electricity_price_per_kwh" in inputs_said
        # nor does the report name the exchange-rate table among the data a dollar comparison rests on
        report = assemble_assessment(profile(RTX_4090), costs=comparison, hardware_origin="file")
        names = [source.name for source in report.data_sources]
        assert ("exchange_rates" in names) is listed and "electricity_prices" in names


def test_the_apps_region_is_read_before_the_systems_and_said_where_the_table_lacks_it():
    """App review: Uruguay picked on the Welcome page, and the Costs page priced the United States "from the system's
    region" (or Mexico on a Mexican system). The app's region comes first; without a row, the fallback says so."""
    mexican = {"LANG": "es_MX.UTF-8"}
    uruguay = default_inputs(None, env=mexican, region="UY")
    origin = uruguay.origin("country")
    assert origin is not None and origin.code == "country_not_in_table"
    assert origin.values == {"country": "US", "locale_country": "UY"}
    spain = default_inputs(None, env=mexican, region="ES")
    assert spain.origin("country").code == "app_region" and spain.currency == "EUR"  # type: ignore[union-attr]
    assert default_inputs(None, env=mexican).origin("country").code == "locale"  # type: ignore[union-attr]
