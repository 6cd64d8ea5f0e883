"""The user's benchmark calibrates every estimate on the machine it was measured on, and only there."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from advisor.core.messages import calibration as words
from advisor.core.messages.speaker import Speaker
from advisor.core.sizing import calibration, estimate, recommend
from advisor.core.sizing.tiers import tier_by_name
from advisor.core.types import FitLevel, ModelFile, Reason
from tests.core.sizing.profiles import machine, nvidia

DESKTOP = machine(32, cores=8, gpus=(nvidia("NVIDIA GeForce RTX 4070", 12, free_gib=11.5, gbps=504.0),))
LAPTOP = machine(16, cores=4)  # no GPU: models run on the processor
MODEL_7B = dataclasses.replace(tier_by_name("7B").reference, quant="Q4_K_M")
TODAY = "2026-05-14"


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A settings folder of the test's own: what the CLI and the app would read."""
    monkeypatch.setenv("LLM_ADVISOR_CONFIG_DIR", str(tmp_path))
    return tmp_path / calibration.FILE_NAME


def _derive(profile, measured: float | None, *, tokens: int | None = 128, spec=MODEL_7B):
    return calibration.derive(
        spec, profile, measured_tokens_per_second=measured, tokens_per_run=tokens, model="m.gguf", today=TODAY
    )


def _predicted(profile, spec=MODEL_7B) -> float:
    est = estimate(spec, profile)
    assert est.tokens_per_second
    return est.tokens_per_second


@pytest.mark.parametrize(("profile", "where"), [(DESKTOP, "gpu"), (LAPTOP, "cpu")])
def test_the_benchmarked_model_is_then_estimated_at_the_measured_speed(store, profile, where):
    measured = 1.4 * _predicted(profile)
    cal = _derive(profile, measured)
    assert isinstance(cal, calibration.Calibration)
    assert cal.where == where and not cal.clamped
    calibration.save(cal)
    est = estimate(MODEL_7B, profile)
    assert est.tokens_per_second == pytest.approx(measured, rel=0.01)
    assert est.calibration == calibration.CalibrationUsed("m.gguf", TODAY, where, cal.factor)
    lo, hi = est.tokens_per_second_range or (0, 0)
    assert lo < est.tokens_per_second < hi  # the range moves with it


def test_a_gpu_calibration_leaves_processor_estimates_alone(store):
    from advisor.core.sizing.estimate import estimate_on
    from advisor.core.sizing.machine import machine_from_profile

    cal = _derive(DESKTOP, 0.7 * _predicted(DESKTOP))
    assert isinstance(cal, calibration.Calibration) and cal.where == "gpu"
    on_cpu_before = estimate_on(MODEL_7B, dataclasses.replace(machine_from_profile(DESKTOP), gpus=()))
    calibration.save(cal)
    on_cpu_after = estimate_on(MODEL_7B, dataclasses.replace(machine_from_profile(DESKTOP), gpus=()))
    assert on_cpu_after.tokens_per_second == on_cpu_before.tokens_per_second
    assert on_cpu_after.calibration is None
    on_gpu = estimate(MODEL_7B, DESKTOP)
    assert on_gpu.calibration is not None
    assert on_gpu.tokens_per_second == pytest.approx(0.7 * _predicted_raw(DESKTOP), rel=0.01)


def _predicted_raw(profile) -> float:
    """The estimate without any saved calibration."""
    from advisor.core.sizing.estimate import estimate_on
    from advisor.core.sizing.machine import machine_from_profile

    est = estimate_on(MODEL_7B, machine_from_profile(profile, calibrated=False))
    assert est.tokens_per_second
    return est.tokens_per_second


def test_a_larger_factor_never_gives_a_slower_estimate(store):
    speeds = []
    for share in (0.5, 0.8, 1.0, 1.5, 2.5):
        cal = _derive(LAPTOP, share * _predicted_raw(LAPTOP))
        assert isinstance(cal, calibration.Calibration)
        calibration.save(cal)
        speeds.append(estimate(MODEL_7B, LAPTOP).tokens_per_second)
    assert speeds == sorted(speeds) and speeds[0] < speeds[-1]


def test_recommend_and_its_tiers_use_it_and_say_so(store):
    before = recommend(LAPTOP)
    calibration.save(_derive(LAPTOP, 2.0 * _predicted_raw(LAPTOP)))  # type: ignore[arg-type]
    after = recommend(LAPTOP)
    assert after.calibration is not None and after.calibration.model == "m.gguf"
    assert before.calibration is None
    # a class's model may change with the speed (a dense one comfortably fast now speaks before a mixture of experts)
    faster = [
        (b.tokens_per_second, a.tokens_per_second)
        for b, a in zip(before.tiers, after.tiers, strict=True)
        if a.model == b.model and a.best_quant == b.best_quant
    ]
    assert faster and all(a > b for b, a in faster if a is not None and b is not None)


def test_a_factor_at_either_limit_is_saved_and_applied(store):
    predicted = _predicted_raw(LAPTOP)
    for share, factor in ((0.25, 0.333), (4.0, 3.0)):
        cal = _derive(LAPTOP, share * predicted)
        assert isinstance(cal, calibration.Calibration) and cal.clamped and cal.factor == factor
        calibration.save(cal)
        assert calibration.load() == calibration.Loaded(cal, path=str(store))
        assert estimate(MODEL_7B, LAPTOP).calibration is not None


def test_a_factor_beyond_three_is_limited_and_beyond_five_refused():
    predicted = _predicted_raw(LAPTOP)
    clamped = _derive(LAPTOP, 4 * predicted)
    assert isinstance(clamped, calibration.Calibration)
    assert clamped.clamped and clamped.factor == calibration.CLAMP_ABOVE
    low = _derive(LAPTOP, 0.25 * predicted)
    assert isinstance(low, calibration.Calibration) and low.clamped and low.factor == pytest.approx(1 / 3, abs=1e-3)
    for share in (6.0, 0.1):
        refused = _derive(LAPTOP, share * predicted)
        assert isinstance(refused, Reason) and refused.code == calibration.TOO_FAR
    said = words.refused(Speaker("en"), refused.code, refused.values)
    assert said.startswith("This benchmark cannot calibrate the estimates: the measured speed")


@pytest.mark.parametrize(
    ("measured", "tokens", "code"),
    [(None, 128, calibration.NO_SPEED), (float("nan"), 128, calibration.NO_SPEED), (20.0, 8, calibration.TOO_SHORT)],
)
def test_nonsense_measurements_are_refused(measured, tokens, code):
    refused = _derive(LAPTOP, measured, tokens=tokens)
    assert isinstance(refused, Reason) and refused.code == code


def test_a_model_split_between_gpu_and_processor_is_refused():
    small_gpu = machine(64, gpus=(nvidia("NVIDIA GeForce RTX 3050", 4, free_gib=3.8, gbps=224.0),))
    spec = dataclasses.replace(tier_by_name("13B").reference, quant="Q4_K_M")
    assert estimate(spec, small_gpu).fit == FitLevel.PARTIAL_OFFLOAD
    refused = _derive(small_gpu, 5.0, spec=spec)
    assert isinstance(refused, Reason) and refused.code == calibration.SPLIT


def test_a_calibration_from_other_hardware_is_not_applied(store):
    calibration.save(_derive(DESKTOP, 1.5 * _predicted_raw(DESKTOP)))  # type: ignore[arg-type]
    other_card = machine(32, cores=8, gpus=(nvidia("NVIDIA GeForce RTX 4090", 24, free_gib=23, gbps=1008.0),))
    for profile in (other_card, machine(64, cores=8, gpus=DESKTOP.gpus), LAPTOP):
        assert calibration.active_for(profile) is None
        assert estimate(MODEL_7B, profile).calibration is None
    # free memory changes from one detection to the next: the same machine all the same
    busier = dataclasses.replace(DESKTOP, ram=dataclasses.replace(DESKTOP.ram, available_bytes=2 * 2**30))
    assert calibration.active_for(busier) is not None


def test_reset_forgets_it(store):
    calibration.save(_derive(LAPTOP, 1.5 * _predicted_raw(LAPTOP)))  # type: ignore[arg-type]
    assert estimate(MODEL_7B, LAPTOP).calibration is not None
    assert calibration.reset() is True
    assert not store.exists()
    assert estimate(MODEL_7B, LAPTOP).calibration is None
    assert estimate(MODEL_7B, LAPTOP).tokens_per_second == _predicted_raw(LAPTOP)
    assert calibration.reset() is False


def _valid(store) -> dict:
    calibration.save(_derive(LAPTOP, 1.5 * _predicted_raw(LAPTOP)))  # type: ignore[arg-type]
    return json.loads(store.read_text())


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: b"\x00\xff not json",
        lambda d: b"[1, 2, 3]",
        lambda d: json.dumps({**d, "factor": float("nan")}).encode(),
        lambda d: json.dumps({**d, "factor": 1e300}).encode(),
        # an integer too large for a float: math.isfinite raised OverflowError, and every sizing command with it
        lambda d: json.dumps({**d, "factor": 10**400}).encode(),
        lambda d: json.dumps({**d, "measured_tokens_per_second": 10**400}).encode(),
        lambda d: json.dumps({**d, "factor": True}).encode(),
        lambda d: json.dumps({**d, "where": "tpu"}).encode(),
        lambda d: json.dumps({**d, "date": "2026-13-45"}).encode(),
        lambda d: json.dumps({**d, "model": "x" * 10_000}).encode(),
        lambda d: json.dumps({**d, "kind": "something else"}).encode(),
        lambda d: json.dumps({k: v for k, v in d.items() if k != "fingerprint"}).encode(),
        lambda d: b"[" * 100_000,
        lambda d: json.dumps({**d, "machine": " " * 70_000}).encode(),
    ],
)
def test_a_corrupt_or_hostile_file_is_ignored_with_a_reason(store, damage):
    store.write_bytes(damage(_valid(store)))
    loaded = calibration.load()
    assert loaded.calibration is None and loaded.problem == calibration.FILE_INVALID
    assert estimate(MODEL_7B, LAPTOP).calibration is None
    said = words.file_problem(Speaker("en"), loaded.problem, loaded.path)
    assert (
        said == f"The saved calibration {store} is ignored: it is not a valid calibration file. "
        "Run a benchmark again, or reset it."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_in_its_place_never_blocks(store):
    os.mkfifo(store)
    loaded = calibration.load()
    assert loaded.calibration is None and loaded.problem == calibration.FILE_NOT_A_FILE


def test_the_file_is_written_whole_and_read_back(store):
    cal = _derive(LAPTOP, 1.2 * _predicted_raw(LAPTOP))
    assert isinstance(cal, calibration.Calibration)
    assert calibration.save(cal) == store
    assert calibration.load().calibration == cal
    assert [p.name for p in store.parent.iterdir()] == [store.name]  # no temporary file left


def test_a_server_on_another_computer_cannot_calibrate():
    bench = type("B", (), {"tokens_per_second": 30.0, "model": "m", "cancelled": False, "completion_tokens": 128})()
    refused = calibration.from_benchmark("http://192.168.1.20:8080/v1", bench, LAPTOP)
    assert isinstance(refused, Reason) and refused.code == calibration.NOT_LOCAL


def test_lm_studio_models_are_found_only_when_one_file_matches():
    one = machine(
        models=(ModelFile("/m/lmstudio-community/Qwen2.5-7B-Instruct-GGUF/Qwen2.5-7B-Instruct-Q4_K_M.gguf", 1),)
    )
    assert calibration.lmstudio_file("qwen2.5-7b-instruct", one) == one.lmstudio.models[0].path
    two = machine(
        models=(*one.lmstudio.models, ModelFile("/m/x/Qwen2.5-7B-Instruct-GGUF/Qwen2.5-7B-Instruct-Q8_0.gguf", 1))
    )
    assert calibration.lmstudio_file("qwen2.5-7b-instruct", two) is None  # two quants, nothing tells which
    assert calibration.lmstudio_file("qwen2.5-7b-instruct@q8_0", two) == two.lmstudio.models[1].path
    assert calibration.lmstudio_file("lmstudio-community/qwen2.5-7b-instruct", one) == one.lmstudio.models[0].path
    assert calibration.lmstudio_file("llama-3.2-3b-instruct", one) is None
    # the after-load check finds the same file for the same id
    from advisor.core.servers.after_load import find_lmstudio_file

    assert find_lmstudio_file("qwen2.5-7b-instruct", None, two.lmstudio.models) is None
    assert find_lmstudio_file("qwen2.5-7b-instruct@q8_0", None, two.lmstudio.models) == two.lmstudio.models[1].path


def test_the_line_names_model_date_and_factor_in_both_languages():
    used = calibration.CalibrationUsed("Qwen2.5-7B-Instruct-Q4_K_M.gguf", TODAY, "gpu", 1.25)
    assert (
        words.calibrated(Speaker("en"), used)
        == "Calibrated by your benchmark of Qwen2.5-7B-Instruct-Q4_K_M.gguf on 14 May 2026 (GPU speeds ×1.25)."
    )
    assert words.calibrated(Speaker("en"), {"model": "a.gguf", "date": TODAY, "where": "cpu", "factor": 0.8}) == (
        "Calibrated by your benchmark of a.gguf on 14 May 2026 (processor speeds ×0.80)."
    )


def test_a_slower_than_estimated_gpu_keeps_its_cards_speed_range(store):
    """A calibration below ×1 scales the card's efficiency down; its range must still be a GDDR card's, not the
    datacentre (HBM) one a lower scale used to signal."""
    before = estimate(MODEL_7B, DESKTOP)
    assert before.tokens_per_second and before.tokens_per_second_range
    calibration.save(_derive(DESKTOP, 0.8 * before.tokens_per_second))
    after = estimate(MODEL_7B, DESKTOP)
    assert after.tokens_per_second and after.tokens_per_second_range
    width = lambda e: e.tokens_per_second_range[1] / e.tokens_per_second_range[0]  # noqa: E731
    assert width(after) == pytest.approx(width(before), rel=0.02)


def test_a_speed_no_factor_can_reach_is_limited_and_said(tmp_path, monkeypatch):
    """A tiny model whose token time is mostly the fixed per-token cost: 1.5× faster than estimated cannot be reached
    by scaling the rest, so the factor is the upper limit and `clamped` says it was limited. (Such a model is refused
    as too small: test_calibration_size.py; the limit is tested here without that rule.)"""
    from advisor.core.gguf import read_gguf, spec_from_gguf

    monkeypatch.setattr(calibration, "MIN_WEIGHTS_READ_BYTES", 0)
    monkeypatch.setattr(calibration, "MIN_WEIGHTS_SHARE", 0.0)
    from tests.support.gguf_factory import write_llama_gguf

    tiny = spec_from_gguf(read_gguf(write_llama_gguf(tmp_path / "tiny.gguf")))
    cal = _derive(LAPTOP, 1.5 * _predicted(LAPTOP, tiny), spec=tiny)
    assert isinstance(cal, calibration.Calibration)
    assert cal.factor == calibration.CLAMP_ABOVE and cal.clamped


def test_a_processor_calibration_is_not_claimed_for_a_pick_that_runs_on_the_graphics_card(store):
    """The recommendation says "calibrated" only when the correction changed its own estimate."""
    workstation = machine(64, cores=16, gpus=(nvidia("NVIDIA GeForce RTX 3090", 24, free_gib=23.0, gbps=936.0),))
    cal = _derive(workstation, 1.2 * _predicted(workstation))
    assert isinstance(cal, calibration.Calibration)
    calibration.save(dataclasses.replace(cal, where=calibration.CPU))
    rec = recommend(workstation)
    assert rec.fit == FitLevel.FULL_GPU and rec.calibration is None
    calibration.save(cal)  # the same on the graphics card's side: now it is said
    assert recommend(workstation).calibration is not None


def test_an_ollama_benchmark_calibrates_from_the_blob_its_manifest_names(store, tmp_path, monkeypatch):
    """Ollama does not name its file; its manifest does (the after-load check's rule): the blob is read and the
    benchmark calibrates. A model Ollama's folder does not hold says why not."""
    import json as _json
    import shutil
    from types import SimpleNamespace

    from advisor.core.gguf import read_gguf, spec_from_gguf
    from tests.support.gguf_factory import write_llama_gguf
    from tests.support.llama_server import free_port

    monkeypatch.setattr(calibration, "MIN_WEIGHTS_READ_BYTES", 0)  # the tiny file stands for a real model here
    monkeypatch.setattr(calibration, "MIN_WEIGHTS_SHARE", 0.0)
    gguf = write_llama_gguf(tmp_path / "tiny.gguf")
    root = tmp_path / "ollama"
    digest = "a" * 64
    manifest = root / "manifests" / "registry.ollama.ai" / "library" / "tiny" / "latest"
    manifest.parent.mkdir(parents=True)
    layer = {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}", "size": 1}
    manifest.write_text(_json.dumps({"schemaVersion": 2, "layers": [layer]}), encoding="utf-8")
    (root / "blobs").mkdir()
    shutil.copyfile(gguf, root / "blobs" / f"sha256-{digest}")
    monkeypatch.setenv("OLLAMA_MODELS", str(root))
    predicted = _predicted(LAPTOP, spec_from_gguf(read_gguf(gguf)))
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: no /props, as with Ollama
    bench = SimpleNamespace(model="tiny", tokens_per_second=0.9 * predicted, completion_tokens=128, cancelled=False)
    cal = calibration.from_benchmark(url, bench, LAPTOP, kind="ollama", timeout_s=1.0, today=TODAY)
    assert isinstance(cal, calibration.Calibration) and cal.file == str(root / "blobs" / f"sha256-{digest}")
    other = SimpleNamespace(**{**vars(bench), "model": "llama3.2:3b"})
    refused = calibration.from_benchmark(url, other, LAPTOP, kind="ollama", timeout_s=1.0, today=TODAY)
    assert isinstance(refused, Reason) and refused.code == calibration.MODEL_FILE_UNKNOWN
