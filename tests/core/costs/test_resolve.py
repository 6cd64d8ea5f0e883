"""Decisions made once, in the core: which figure wins (preset → hardware file → measurement → the user's values),
the API rules every front end follows, and the break-even verdict with its JSON."""

from __future__ import annotations

import dataclasses
import json

import pytest

from advisor.core.costs import (
    ApiOption,
    BreakEven,
    CostInputError,
    CostInputs,
    InputOrigin,
    apply_user_values,
    break_even_verdict,
    choose_api_model,
    compare,
    compare_many,
    comparison_options,
    resolve_inputs,
)
from advisor.core.costs.presets import Preset, load_preset
from advisor.core.hardware.profile_io import profile_from_dict
from advisor.core.jsonio import to_jsonable
from advisor.core.names import UnknownNameError
from advisor.core.types import HardwareProfile

from .test_model import BASE

GIB = 2**30


def _profile() -> HardwareProfile:  # the minimal hand-written hardware file: an RTX 4090 (450 W board power)
    return profile_from_dict(
        {"ram": {"total_bytes": 32 * GIB}, "gpus": [{"name": "NVIDIA GeForce RTX 4090", "vram_total_bytes": 24 * GIB}]}
    )


class _Rec:  # what the sizing estimate gives the cost defaults
    tokens_per_second, tier, quant, fit = 80.0, "13B", "Q4_K_M", None


def _resolve(**kwargs):
    return resolve_inputs(country="ES", currency="EUR", env={}, **kwargs)


def _origin(inputs: CostInputs, name: str) -> str | None:
    found = inputs.origin(name)
    return found.code if found else None


# --------------------------------------------------------------------------- precedence


def test_the_user_beats_a_measurement_which_beats_the_preset(monkeypatch):
    monkeypatch.setattr("advisor.core.costs.defaults._sizing_recommend", lambda profile, **_: _Rec())
    preset = load_preset("tutorial-2024")
    bench = {"tokens_per_second": 41.0, "prompt_tokens_per_second": 900.0}
    inputs = _resolve(profile=_profile(), preset=preset, measured=bench, user={"prompt_tokens_per_second": 1234.0})
    assert (inputs.tokens_per_second, _origin(inputs, "tokens_per_second")) == (41.0, "measured")
    assert (inputs.prompt_tokens_per_second, _origin(inputs, "prompt_tokens_per_second")) == (1234.0, "user")
    assert (inputs.power_watts, _origin(inputs, "power_watts")) == (250.0, "preset")  # no energy counter
    assert (inputs.hardware_cost, _origin(inputs, "hardware_cost")) == pytest.approx((2400 * inputs.usd_rate, "preset"))


def test_a_named_hardware_file_beats_the_preset_but_this_machine_does_not(monkeypatch):
    monkeypatch.setattr("advisor.core.costs.defaults._sizing_recommend", lambda profile, **_: _Rec())
    preset = load_preset("tutorial-2024")
    asked: list[int] = []

    def machine() -> HardwareProfile:
        asked.append(1)
        return _profile()

    detected = _resolve(profile=machine, preset=preset)
    assert asked == []  # the preset gives every machine figure: nothing is detected
    assert detected.tokens_per_second == 100.0 and _origin(detected, "tokens_per_second") == "preset"
    from_file = _resolve(profile=machine, hardware_file=True, preset=preset)
    assert asked == [1]
    assert from_file.tokens_per_second == 80.0 and _origin(from_file, "tokens_per_second") == "sizing_estimate"
    assert from_file.power_watts == pytest.approx(450 * 0.55 + 60)
    assert from_file.days_per_month == 20  # the preset's usage stays


def test_a_machine_is_detected_only_when_a_figure_needs_it():
    asked: list[int] = []

    def machine() -> None:
        asked.append(1)

    user = {"power_watts": 100.0, "idle_watts": 10.0, "tokens_per_second": 20.0, "prompt_tokens_per_second": 200.0}
    _resolve(profile=machine, user=user)
    assert asked == []
    _resolve(profile=machine, user={k: v for k, v in user.items() if k != "idle_watts"})
    assert asked == [1]


def test_unknown_country_or_currency_is_one_error_with_suggestions():
    with pytest.raises(UnknownNameError) as exc:
        resolve_inputs(country="Spian", env={})
    assert (exc.value.kind, exc.value.name, exc.value.suggestions) == ("country", "Spian", ("ES",))
    with pytest.raises(UnknownNameError) as exc:
        resolve_inputs(country="ES", currency="EUD", env={})
    assert exc.value.kind == "currency" and "EUR" in exc.value.suggestions and "MXN" in exc.value.known


# --------------------------------------------------------------------------- the API rules

HOSTED = dataclasses.replace(
    BASE,
    api_model_id="Llama 2 on Azure",
    api_price_input=0.0,
    api_price_output=0.0,
    api_fixed_per_month=1000.0,
    api_price_date="2024-03",
    origins=(InputOrigin("api_model_id", "preset"),),
)


def test_choosing_an_api_model_drops_the_typed_prices_their_date_and_the_monthly_fee():
    chosen = choose_api_model(HOSTED, " openai/gpt-4o-mini ")
    assert chosen.api_model_id == "openai/gpt-4o-mini"
    assert (chosen.api_price_input, chosen.api_price_output, chosen.api_price_date) == (None, None, None)
    assert chosen.api_fixed_per_month == 0.0 and _origin(chosen, "api_model_id") == "user"
    assert apply_user_values(HOSTED, {"api_model_id": "openai/gpt-4o-mini"}) == chosen
    priced = compare(chosen)
    assert priced.api.model == "openai/gpt-4o-mini" and priced.api.fixed_per_month == 0.0


def test_typed_prices_replace_the_models_and_drop_the_fee_labelled_custom_unless_a_model_is_named():
    custom = apply_user_values(HOSTED, {"api_price_input": 1.0, "api_price_output": 2.0})
    assert custom.api_model_id is None and custom.api_fixed_per_month == 0.0
    assert compare(custom).api.model == "custom"
    named = apply_user_values(
        HOSTED, {"api_model_id": "openai/gpt-4o", "api_price_input": 1.0, "api_price_output": 2.0}
    )
    assert named.api_model_id == "openai/gpt-4o" and (named.api_price_input, named.api_price_output) == (1.0, 2.0)
    assert compare(named).api.total_per_month == pytest.approx(4e6 * 1 / 1e6 + 6e6 * 2 / 1e6)
    with pytest.raises(CostInputError) as exc:
        apply_user_values(HOSTED, {"api_price_input": 1.0})
    assert (exc.value.input, exc.value.code) == ("api_price_output", "missing")


def test_a_preset_brings_its_other_offers_unless_the_user_named_an_api():
    preset = load_preset("tutorial-2024")
    others = comparison_options(preset)
    assert others[0] == preset.api_options[1] and "openai/gpt-4o" in others
    assert comparison_options(preset, {"api_model_id": "openai/gpt-4o"}) == ()
    assert comparison_options(preset, {"api_price_input": 1.0, "api_price_output": 2.0}) == ()
    assert comparison_options(None) == ()


def test_a_presets_flat_fee_goes_when_a_model_is_chosen_through_the_resolution():
    flat = ApiOption("Hosted (flat)", 0.0, 0.0, fixed_per_month=1000.0, price_date="2024-03")
    preset = Preset(
        name="hosted",
        date="2024-03",
        currency="USD",
        values={"hardware_cost": 2400.0},
        notes={},
        api_options=(flat,),
        today=(),
    )
    user = {"power_watts": 100.0, "idle_watts": 10.0, "tokens_per_second": 20.0, "prompt_tokens_per_second": 200.0}
    hosted = _resolve(preset=preset, user=user)  # the preset's fee, in euros
    assert compare(hosted).api.fixed_per_month == pytest.approx(1000.0 * hosted.usd_rate)
    chosen = _resolve(preset=preset, user={**user, "api_model_id": "openai/gpt-4o-mini"})
    assert chosen.api_fixed_per_month == 0.0 and compare(chosen).api.fixed_per_month == 0.0


# --------------------------------------------------------------------------- the break-even verdict


@pytest.mark.parametrize(
    ("months", "cost", "kind"),
    [
        (None, 2400.0, "never"),
        (None, 0.0, "never"),
        (0.0, 0.0, "at_once"),
        (12.5, 2400.0, "months"),
        (36.0, 2400.0, "months"),
        (36.1, 2400.0, "past_lifetime"),
    ],
)
def test_the_verdict_has_four_kinds(months, cost, kind):
    verdict = break_even_verdict(months, hardware_cost=cost, lifetime_years=3.0)
    assert verdict.kind == kind and verdict.lifetime_years == 3.0
    assert verdict.months == (0.0 if kind == "at_once" else months)
    assert verdict.pays_off is (kind in ("at_once", "months"))


def test_every_comparison_and_compared_row_carries_the_verdict_in_its_json():
    c = compare(BASE)  # 2,400 over a 4-year life, 47.7 months
    assert c.break_even == BreakEven("months", c.break_even_months, 4.0)
    late = compare(dataclasses.replace(BASE, lifetime_years=3.0))
    assert late.break_even.kind == "past_lifetime"
    owned = compare(dataclasses.replace(BASE, hardware_cost=0.0, resale_value=0.0))
    assert owned.break_even == BreakEven("at_once", 0.0, 4.0)
    cheap = dataclasses.replace(BASE, api_price_input=0.01, api_price_output=0.01)
    assert compare(cheap).break_even.kind == "never"
    data = json.loads(json.dumps(to_jsonable(c)))
    assert data["break_even"] == {"kind": "months", "months": pytest.approx(47.745, abs=1e-3), "lifetime_years": 4.0}
    assert data["break_even_months"] == pytest.approx(47.745, abs=1e-3)  # the old key stays
    table = compare_many(BASE, [ApiOption("a", 2.0, 8.0, currency="EUR"), ApiOption("b", 0.01, 0.01, "EUR")])
    assert [r.break_even.kind for r in table.rows] == ["months", "never"]


def test_the_verdict_is_read_back_from_json_old_and_new():
    c = compare(dataclasses.replace(BASE, lifetime_years=3.0))
    data = to_jsonable(c)
    assert BreakEven.from_json(data) == c.break_even
    old = {k: v for k, v in data.items() if k != "break_even"}  # a report saved before the key existed
    assert BreakEven.from_json(old) == c.break_even
    assert BreakEven.from_json({**old, "break_even_months": None}).kind == "never"
    assert BreakEven.from_json({"inputs": "?"}) is None
    assert BreakEven.from_json({"break_even": {"kind": "soon", "months": 1, "lifetime_years": 3}}) is None
