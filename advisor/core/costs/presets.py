"""Ready-made scenarios (`resources/cost_presets.json`): the tutorial's March 2024 numbers next to today's."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from advisor.core.costs.currency import convert
from advisor.core.costs.model import ApiOption, CostInputs, InputOrigin
from advisor.core.names import UnknownNameError, close_names
from advisor.core.resources import load_json

_FILE = "cost_presets.json"
_MONEY = ("hardware_cost", "resale_value")


@dataclass(frozen=True)
class Preset:
    name: str
    date: str
    currency: str  # of every money figure in the preset
    values: dict[str, float]  # CostInputs fields
    notes: dict[str, str]  # per input, from the file (shown by the front ends; English source text)
    api_options: tuple[ApiOption, ...]  # their notes are worded in the catalogue (messages.costs.PRESET_API_NOTES)
    today: tuple[str, ...]  # genai-prices ids to show next to the preset's own prices


def preset_names() -> tuple[str, ...]:
    return tuple(load_json(_FILE)["presets"])


def load_preset(name: str) -> Preset:
    """The preset called `name`; UnknownNameError("preset") with the known names when there is none."""
    presets = load_json(_FILE)["presets"]
    if name not in presets:
        raise UnknownNameError("preset", name, close_names(name, tuple(presets)), known=tuple(presets))
    raw = presets[name]
    options = tuple(
        ApiOption(
            label=o["label"],
            price_input_per_million=float(o["price_input_per_million"]),
            price_output_per_million=float(o["price_output_per_million"]),
            currency=raw["currency"],
            fixed_per_month=float(o.get("fixed_per_month", 0)),
            price_date=o.get("price_date", raw["date"]),
            provider=o.get("provider"),
            model_id=o.get("model_id"),
        )
        for o in raw["api_options"]
    )
    return Preset(
        name=name,
        date=raw["date"],
        currency=raw["currency"],
        values={k: float(v) for k, v in raw["inputs"].items()},
        notes=dict(raw.get("input_notes", {})),
        api_options=options,
        today=tuple(raw.get("today", ())),
    )


def apply_preset(inputs: CostInputs, preset: Preset) -> CostInputs:
    """`inputs` with the preset's values (money converted into `inputs.currency` with its usd_rate) and the
    preset's first API as the one compared."""

    def money(amount: float) -> float:
        return convert(amount, preset.currency, inputs.currency, target_usd_rate=inputs.usd_rate)

    values = {key: money(value) if key in _MONEY else value for key, value in preset.values.items()}
    kept = tuple(o for o in inputs.origins if o.input not in values and o.input != "api_model_id")
    added = tuple(InputOrigin(k, "preset", {"preset": preset.name, "date": preset.date}) for k in values)
    first = preset.api_options[0]
    return dataclasses.replace(
        inputs,
        api_model_id=first.label,
        api_price_input=money(first.price_input_per_million),
        api_price_output=money(first.price_output_per_million),
        api_fixed_per_month=money(first.fixed_per_month),
        api_price_date=first.price_date,
        origins=kept + added + (InputOrigin("api_model_id", "preset", {"preset": preset.name, "date": preset.date}),),
        **values,  # type: ignore[arg-type]
    )
