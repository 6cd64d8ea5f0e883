"""Energy in the benchmark: measured when the counter reads, "not measured" (never a failed benchmark) when a
counter becomes unreadable mid-run, as a RAPL file does when its permissions change or its zone goes away."""

from __future__ import annotations

import pytest

from advisor.core.servers import benchmark
from tests.support.energy_meter import StepMeter
from tests.support.lmstudio_emulator import LmStudioEmulator


def test_a_readable_counter_gives_joules_per_token():
    with LmStudioEmulator(tokens_per_second=37.5) as lms:
        bench = benchmark(lms.base_url + "/v1", runs=2, max_tokens=6, energy_meter=StepMeter(3.0, name="rapl"))
    assert bench.energy_joules == pytest.approx(3.0) and bench.energy_source == "rapl"
    assert bench.joules_per_token == pytest.approx(3.0 / 12)


@pytest.mark.parametrize("unreadable_from_read", [1, 2], ids=["at the start", "at the end"])
def test_a_counter_that_becomes_unreadable_leaves_energy_unmeasured_and_keeps_the_benchmark(unreadable_from_read):
    meter = StepMeter(3.0, name="rapl", unreadable_from_read=unreadable_from_read)
    with LmStudioEmulator(tokens_per_second=37.5) as lms:
        bench = benchmark(lms.base_url + "/v1", runs=2, max_tokens=6, energy_meter=meter)
    assert meter.reads >= unreadable_from_read  # the failing read did happen
    assert bench.runs == 2 and bench.tokens_per_second == pytest.approx(37.5) and bench.completion_tokens == 6
    assert bench.energy_joules is None and bench.joules_per_token is None and bench.power_watts is None
    assert bench.energy_source is None
