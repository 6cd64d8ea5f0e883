"""A cost scenario this machine can serve: the default usage is no more than it generates in the hours it is on,
a usage the user gives is never changed, and one beyond the machine's capacity reaches no saving or break-even."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from advisor.core.costs import BreakEven, compare, default_inputs, resolve_inputs
from advisor.core.costs import defaults as d
from advisor.core.costs.resolve import apply_user_values
from advisor.core.messages import ENGLISH, costs
from advisor.core.types import CpuInfo, HardwareProfile, LmStudioInfo, OsInfo, RamInfo

LAPTOP = HardwareProfile(
    ram=RamInfo(total_bytes=8 * 2**30, available_bytes=6 * 2**30),
    cpu=CpuInfo(brand="Intel Core i5-1135G7", arch="x86_64", physical_cores=4, logical_cores=8),
    gpus=(),
    os=OsInfo(system="Linux", release="6.8"),
    lmstudio=LmStudioInfo(home=None, models_dir=None),
)


def speed(tps: float):
    return lambda _profile: SimpleNamespace(tokens_per_second=tps, fit=None, tier="7B", quant="Q4_K_M")


def slow_defaults(profile, **kwargs):  # a CPU laptop: 2 tok/s generating, × 5 = 10 tok/s reading the prompt
    return default_inputs(profile, speed_estimator=speed(2.0), **{**kwargs, "country": "ES"})


def test_a_slow_machines_default_usage_is_what_it_generates_in_a_working_day():
    inputs = slow_defaults(LAPTOP)
    # 8 h × 30 days × 3600 s ÷ (0.5 ÷ 2 + 0.5 ÷ 10 s a token) = 2,880,000 tokens, rounded down to 2,800,000
    assert inputs.tokens_per_month == 2_800_000
    origin = inputs.origin("tokens_per_month")
    assert origin.code == "default_usage_capacity"
    assert origin.values == {"hours": 8.0, "tokens_per_second": 2.0}
    assert compare(inputs).capacity_ok is True
    assert costs.origin(ENGLISH, origin.code, origin.values) == (
        "what this computer can handle in 8\u00a0h a day, generating 2.0 tok/s "
        "and reading the input part (the prompts) faster"
    )


def test_a_fast_machine_keeps_the_typical_heavy_use():
    inputs = default_inputs(LAPTOP, speed_estimator=speed(60.0), country="ES")
    assert inputs.tokens_per_month == d.DEFAULT_TOKENS_PER_MONTH
    assert inputs.origin("tokens_per_month").code == "default_usage"


def test_tokens_the_user_gives_are_never_capped_and_reach_no_break_even():
    inputs = resolve_inputs(LAPTOP, user={"tokens_per_month": 10e6}, defaults=slow_defaults)
    assert inputs.tokens_per_month == 10e6 and inputs.origin("tokens_per_month").code == "user"
    c = compare(inputs)
    assert c.capacity_ok is False
    assert c.break_even == BreakEven("over_capacity", None, inputs.lifetime_years)
    assert c.break_even_months is None
    assert costs.break_even(ENGLISH, "over_capacity", None, 3.0).startswith("not reachable on this computer")


def test_the_default_usage_follows_the_hours_and_speed_the_user_gives():
    longer = resolve_inputs(LAPTOP, user={"hours_per_day": 24}, defaults=slow_defaults)
    assert longer.tokens_per_month == 8_600_000  # 3 × 2,880,000 = 8,640,000, rounded down
    assert longer.origin("tokens_per_month").values["hours"] == 24
    faster = apply_user_values(longer, {"tokens_per_second": 50.0, "prompt_tokens_per_second": 500.0})
    assert faster.tokens_per_month == d.DEFAULT_TOKENS_PER_MONTH
    assert faster.origin("tokens_per_month").code == "default_usage"


def test_a_saved_comparison_over_capacity_reads_back_as_such():
    inputs = resolve_inputs(LAPTOP, user={"tokens_per_month": 10e6}, defaults=slow_defaults)
    legacy = {"inputs": {"hardware_cost": 0.0, "lifetime_years": 3.0}, "break_even_months": 0.0, "capacity_ok": False}
    assert BreakEven.from_json(legacy).kind == "over_capacity"
    written = {"break_even": {"kind": "over_capacity", "months": None, "lifetime_years": 3.0}}
    assert BreakEven.from_json(written) == compare(inputs).break_even


@pytest.mark.parametrize(("tokens", "shown"), [(2_880_000, 2_800_000), (86_399, 86_000), (12_345_678, 12_000_000)])
def test_the_capacity_is_rounded_down_to_two_figures(tokens, shown):
    assert d._round_down(tokens) == shown
