"""A benchmark of a model too small to say anything about larger ones never recalibrates them: one of a 3 MB model
once put ×0.41 on every estimate and the recommendation became "nothing runs usably". What a calibration replaces or
keeps is said, and the figures it shows agree with each other."""

from __future__ import annotations

import dataclasses
import json
from types import SimpleNamespace

import pytest

from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.messages import calibration as words
from advisor.core.messages.speaker import Speaker
from advisor.core.sizing import calibration, estimate, recommend
from advisor.core.sizing.tiers import tier_by_name
from advisor.core.types import Reason
from tests.core.sizing.profiles import machine, nvidia

LAPTOP = machine(16, cores=4)  # no GPU: models run on the processor
DATACENTRE = machine(128, cores=16, gpus=(nvidia("NVIDIA H100 80GB HBM3", 80, free_gib=79, gbps=3350.0),))
MODEL_3B = dataclasses.replace(tier_by_name("3B").reference, quant="Q4_K_M")
MODEL_7B = dataclasses.replace(tier_by_name("7B").reference, quant="Q4_K_M")
TODAY = "2026-05-14"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("LLM_ADVISOR_CONFIG_DIR", str(tmp_path))
    return tmp_path / calibration.FILE_NAME


def _raw(spec, profile) -> float:
    from advisor.core.sizing.estimate import estimate_on
    from advisor.core.sizing.machine import machine_from_profile

    est = estimate_on(spec, machine_from_profile(profile, calibrated=False))
    assert est.tokens_per_second
    return est.tokens_per_second


def _derive(spec, profile, share: float, model: str = "m.gguf"):
    return calibration.derive(
        spec,
        profile,
        measured_tokens_per_second=share * _raw(spec, profile),
        tokens_per_run=128,
        model=model,
        today=TODAY,
    )


@pytest.mark.server
def test_a_tiny_models_benchmark_is_refused_and_the_saved_calibration_stays(store, llama_server, tiny_gguf):
    """The review's case through the real server: a 7B calibration is saved; a benchmark of the 3 MB model the server
    runs, 0.41× its estimate, changes nothing and says why, in both languages."""
    kept = _derive(MODEL_7B, LAPTOP, 0.8)
    assert isinstance(kept, calibration.Calibration)
    calibration.save(kept)
    before = recommend(LAPTOP)
    tiny = spec_from_gguf(read_gguf(tiny_gguf))
    bench = SimpleNamespace(
        model=tiny_gguf.name, tokens_per_second=0.41 * _raw(tiny, LAPTOP), completion_tokens=128, cancelled=False
    )
    outcome = calibration.calibrate(llama_server.base_url + "/v1", bench, LAPTOP, kind="llama.cpp", today=TODAY)
    assert outcome.calibration is None and outcome.saved_to is None
    assert outcome.refused is not None and outcome.refused.code == calibration.TOO_SMALL
    assert outcome.previous == kept
    assert calibration.load().calibration == kept  # the file is untouched
    assert recommend(LAPTOP) == before

    refused, stays = words.outcome(Speaker("en"), outcome)
    read = Speaker("en").gib(calibration.weights_read_per_token(tiny))
    assert refused == (
        f"This benchmark cannot calibrate the estimates: {tiny_gguf.name} is too small to calibrate larger models: "
        f"it reads {read} of weights per token, less than the 1.0 GiB needed; a small model's time per token is "
        "mostly fixed costs (setting up each step, sampling), which say little about a larger model's."
    )
    assert stays == (
        "The calibration saved before stays: your benchmark of m.gguf on 14 May 2026 "
        f"(×{words.factor(Speaker('en'), kept.factor)})."
    )
    # and in Spanish
    spanish = " ".join(words.outcome(Speaker("es"), outcome))
    assert "es demasiado pequeño para calibrar modelos más grandes" in spanish
    assert "La calibración guardada antes se mantiene" in spanish


def test_the_size_rule_is_the_weights_read_per_token():
    """At least 1 GiB read per token: a 1.5B model in Q8_0 (1.5 GiB) calibrates, in Q4_K_M (0.9 GiB) it does not."""
    small = dataclasses.replace(MODEL_7B, parameters=1.5e9, file_size_bytes=None, name="1.5B")
    q4, q8 = dataclasses.replace(small, quant="Q4_K_M"), dataclasses.replace(small, quant="Q8_0")
    assert calibration.weights_read_per_token(q4) < calibration.MIN_WEIGHTS_READ_BYTES
    assert calibration.weights_read_per_token(q8) > calibration.MIN_WEIGHTS_READ_BYTES
    refused = _derive(q4, LAPTOP, 0.8)
    assert isinstance(refused, Reason) and refused.code == calibration.TOO_SMALL
    assert refused.values["read_bytes"] == calibration.weights_read_per_token(q4)
    assert isinstance(_derive(q8, LAPTOP, 0.8), calibration.Calibration)


def test_a_model_mostly_fixed_costs_on_a_fast_gpu_is_refused_there_but_not_on_a_laptop():
    """The same 3B model: on a laptop's processor reading its weights is nearly all of a token's time; on an H100 the
    fixed part is a third of it or more, so a 3B benchmark there says little about a 70B."""
    on_gpu = _derive(MODEL_3B, DATACENTRE, 0.8)
    assert isinstance(on_gpu, Reason) and on_gpu.code == calibration.FIXED_COSTS
    assert on_gpu.values["share"] < on_gpu.values["minimum"] == 67
    assert isinstance(_derive(MODEL_3B, LAPTOP, 0.8), calibration.Calibration)
    assert isinstance(_derive(MODEL_7B, DATACENTRE, 0.8), calibration.Calibration)  # a 7B there is enough
    said = words.refused(Speaker("en"), on_gpu.code, on_gpu.values)
    assert said.startswith("This benchmark cannot calibrate the estimates: m.gguf is too small to calibrate larger")
    assert f"only {on_gpu.values['share']} % of each token's estimated time here (at least 67 % is needed)" in said


def test_a_new_factor_is_said_beside_the_one_it_replaces(store):
    first = _derive(MODEL_7B, LAPTOP, 0.5, model="first.gguf")
    second = _derive(MODEL_7B, LAPTOP, 0.8, model="second.gguf")
    assert isinstance(first, calibration.Calibration) and isinstance(second, calibration.Calibration)
    lines = words.outcome(Speaker("en"), calibration.CalibrationOutcome(second, previous=first))
    assert lines[-1] == (
        "It replaces the calibration saved before: your benchmark of first.gguf on 14 May 2026 "
        f"(×{Speaker('en').number(first.factor, 2)})."
    )
    assert f"(processor speeds ×{Speaker('en').number(second.factor, 2)})" in lines[1]


def test_the_measured_speed_is_rounded_once_as_the_benchmark_shows_it():
    """1339.846 tokens/s: the benchmark shows 1,339.8; the calibration stored 1339.85 and showed 1,339.9."""
    spec = MODEL_7B
    predicted = _raw(spec, LAPTOP)
    measured = predicted * 0.9 + 0.000346  # a figure with more decimals than are shown
    cal = calibration.derive(
        spec, LAPTOP, measured_tokens_per_second=measured, tokens_per_run=128, model="m.gguf", today=TODAY
    )
    assert isinstance(cal, calibration.Calibration)
    say = Speaker("en")
    assert say.speed(measured) in words.measured_line(say, cal)
    back = calibration.from_json(json.loads(json.dumps(calibration.to_json(cal))))
    assert say.speed(back.measured_tokens_per_second) == say.speed(measured)


def test_the_factor_and_the_models_own_change_are_both_said_when_they_differ():
    """The factor scales only the time spent reading the weights; the benchmarked model's whole speed changes by
    measured ÷ estimated. Both figures are shown, and the second is what the shown speeds give."""
    cal = _derive(MODEL_7B, DATACENTRE, 0.5)
    assert isinstance(cal, calibration.Calibration)
    say = Speaker("en")
    [line] = words.ratio_lines(say, cal)
    ratio = cal.measured_tokens_per_second / cal.predicted_tokens_per_second
    assert words.factor(say, cal.factor) != words.factor(say, ratio)  # the fixed part is not scaled
    assert line == (
        f"The correction ×{words.factor(say, cal.factor)} applies to the time spent reading the model's weights, "
        "not to the fixed time each token also takes: the speed of m.gguf changes by "
        f"×{words.factor(say, ratio)}, a larger model's by nearly ×{words.factor(say, cal.factor)}."
    )
    est = estimate(MODEL_7B, DATACENTRE)  # no saved calibration in this test: the estimate is the raw one
    assert est.tokens_per_second == pytest.approx(cal.predicted_tokens_per_second)
