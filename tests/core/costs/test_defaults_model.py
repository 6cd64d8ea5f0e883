"""Whose speeds a cost rests on: the recommendation's estimate (prompt speed included) for the recommended model, a
benchmark's figures only when the benchmark measured the model costed, and every origin naming the model it is of.

The machines are hardware files as a user writes them, sized by the real engine (`recommend`), so each figure
checked is the one the Recommendation page shows for that machine."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from advisor.core.costs import compare, default_inputs
from advisor.core.costs import defaults as d
from advisor.core.costs.resolve import resolve_inputs
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker
from advisor.core.messages import costs as words
from advisor.core.servers.types import Benchmark
from advisor.core.sizing import recommend
from advisor.core.types import FitLevel

MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
SPAIN = {"LANG": "es_ES.UTF-8"}
ES = Speaker("es")
# the reviewer's 16 GB laptop: Iris Xe integrated graphics, the model runs on the processor
IRIS_XE_LAPTOP = {
    "ram": {"total_bytes": 16 * 2**30},
    "cpu": {"brand": "13th Gen Intel(R) Core(TM) i7-1355U", "arch": "x86_64"},
    "gpus": [{"name": "Intel(R) Iris(R) Xe Graphics"}],
}


@pytest.fixture(scope="module")
def rtx3090():
    profile = load_profile(MACHINES / "workstation-rtx3090-24gb-64gb.json")
    return profile, recommend(profile, context=d.SIZING_CONTEXT)


def _bench(model: str, tps: float = 39.6, prompt: float | None = 1450.0, watts: float | None = 212.0) -> Benchmark:
    return Benchmark(
        model=model,
        ttft_ms=182.0,
        tokens_per_second=tps,
        prompt_tokens_per_second=prompt,
        completion_tokens=128,
        source="lmstudio_stats",
        runs=3,
        power_watts=watts,
        energy_source="nvml" if watts else None,
    )


def _said(inputs, name: str, say: Speaker = ENGLISH) -> str:
    """The assumption line a user reads for `name` (CLI, Costs page tooltip and report say the same)."""
    [line] = [
        words.assumption(say, a.code, {"currency": inputs.currency, **a.values})
        for a in compare(inputs).assumptions
        if a.values.get("input") == name
    ]
    return line


def test_the_prompt_speed_is_the_recommendations_estimate_not_an_assumed_multiple(rtx3090):
    profile, rec = rtx3090
    assert rec.prompt_tokens_per_second  # the Recommendation page's "the answer starts after about ..." rests on it
    inputs = default_inputs(profile, env=SPAIN)
    assert inputs.prompt_tokens_per_second == rec.prompt_tokens_per_second
    assert inputs.prompt_tokens_per_second != inputs.tokens_per_second * d.PROMPT_FACTOR_GPU
    line = _said(inputs, "prompt_tokens_per_second")
    assert f"the recommendation's estimate for {rec.model} at {rec.quant}" in line
    assert "assumed" not in line


def test_a_cpu_only_laptop_gets_its_estimated_prompt_speed_too():
    profile = load_profile(IRIS_XE_LAPTOP)
    rec = recommend(profile, context=d.SIZING_CONTEXT)
    inputs = default_inputs(profile, env=SPAIN)
    assert inputs.prompt_tokens_per_second == rec.prompt_tokens_per_second
    assert inputs.origin("prompt_tokens_per_second").code == "sizing_estimate"


def test_without_an_estimated_prompt_speed_the_assumed_multiple_is_said():
    def est(_profile):
        return SimpleNamespace(tokens_per_second=20.0, fit=FitLevel.CPU_ONLY, tier="7B", quant="Q4_K_M")  # no prompt

    inputs = default_inputs(load_profile(IRIS_XE_LAPTOP), env=SPAIN, speed_estimator=est)
    assert inputs.prompt_tokens_per_second == 20.0 * d.PROMPT_FACTOR_CPU
    assert "× 5 (assumed)" in _said(inputs, "prompt_tokens_per_second")


def test_a_benchmark_of_another_model_leaves_the_recommendations_estimate_and_says_so(rtx3090):
    profile, rec = rtx3090
    other = _bench("qwen2.5-14b-instruct")
    assert rec.model and not rec.model.lower().startswith("qwen2.5-14b")
    inputs = default_inputs(profile, measured=other, env=SPAIN)
    assert inputs.tokens_per_second == rec.tokens_per_second
    assert inputs.prompt_tokens_per_second == rec.prompt_tokens_per_second
    assert inputs.origin("power_watts").code == "gpu_board_power"  # its 212 W are another model's
    line = _said(inputs, "tokens_per_second")
    assert f"estimate for {rec.model}" in line
    assert "the benchmark measured qwen2.5-14b-instruct, another model" in line


def test_a_benchmark_of_the_recommended_model_drives_the_cost_and_names_it(rtx3090):
    profile, rec = rtx3090
    served = f"lmstudio-community/{rec.model}-Instruct-GGUF@{rec.quant.lower()}"  # LM Studio's key for that file
    inputs = default_inputs(profile, measured=_bench(served), env=SPAIN)
    assert (inputs.tokens_per_second, inputs.prompt_tokens_per_second) == (39.6, 1450.0)
    assert inputs.power_watts == pytest.approx(212.0 + d.REST_OF_SYSTEM_WATTS)
    assert _said(inputs, "tokens_per_second").endswith(f"— measured by the benchmark of {served}")
    assert _said(inputs, "prompt_tokens_per_second").endswith(f"— measured by the benchmark of {served}")


def test_the_same_model_at_another_quant_is_another_measurement(rtx3090):
    profile, rec = rtx3090
    other_quant = "Q2_K" if rec.quant != "Q2_K" else "Q8_0"
    inputs = default_inputs(profile, measured=_bench(f"{rec.model}-{other_quant}.gguf"), env=SPAIN)
    assert inputs.origin("tokens_per_second").code == "sizing_estimate"


def test_the_cost_of_what_a_server_runs_uses_its_measurement_whatever_the_model(rtx3090):
    """`llm-advisor cost --server-url`: the cost of the model that server runs, measured."""
    profile, rec = rtx3090
    inputs = resolve_inputs(profile, measured=_bench("qwen2.5-14b-instruct", prompt=None), cost_of="measured")
    assert inputs.tokens_per_second == 39.6
    assert "measured by the benchmark of qwen2.5-14b-instruct" in _said(inputs, "tokens_per_second")
    # no measured prompt speed: the recommendation's is another model's, so the documented multiple of this speed
    assert inputs.prompt_tokens_per_second == pytest.approx(39.6 * d.PROMPT_FACTOR_GPU)
    assert inputs.prompt_tokens_per_second != rec.prompt_tokens_per_second


@pytest.mark.parametrize(
    "benchmarked, model, quant, same",
    [
        ("qwen2.5-14b-instruct", "Qwen2.5-14B", "Q4_K_M", True),
        ("qwen2.5-14b-instruct", "Qwen3-30B-A3B", "Q6_K", False),
        ("unsloth/Qwen3-30B-A3B-Instruct-2507-GGUF@q6_k", "Qwen3-30B-A3B", "Q6_K", True),
        ("Qwen3-30B-A3B-Q4_K_M.gguf", "Qwen3-30B-A3B", "Q6_K", False),
        ("qwen2.5-32b", "Qwen2.5-3B", "Q4_K_M", False),  # 32B is not the 3B
        ("llama3.1:8b", "Llama-3.1-8B", None, True),
        ("anything", None, None, True),  # no recommended model: nothing says it differs
    ],
)
def test_which_benchmark_measured_the_recommended_model(benchmarked, model, quant, same):
    assert d.measures_model(benchmarked, model, quant) is same


# the same graphics without the processor's name: nothing says it is a laptop (with the name, costs/laptop.py's
# laptop estimate applies: tests/core/costs/test_laptop_power.py)
IRIS_XE_UNNAMED_CPU = {**IRIS_XE_LAPTOP, "cpu": {"arch": "x86_64"}}


def test_integrated_graphics_are_said_as_such_not_as_no_gpu():
    inputs = default_inputs(load_profile(IRIS_XE_UNNAMED_CPU), env=SPAIN)
    for name in ("power_watts", "idle_watts"):
        line = _said(inputs, name)
        assert "without a dedicated GPU" in line and "Intel(R) Iris(R) Xe Graphics: integrated graphics" in line
        assert "without a GPU" not in line


def test_a_computer_without_any_gpu_says_so():
    profile = load_profile(MACHINES / "desktop-ryzen7-7700-32gb.json")
    assert _said(default_inputs(profile, env=SPAIN), "power_watts").endswith("— estimated for a computer without a GPU")


def test_a_gpu_the_model_does_not_run_on_is_named():
    profile = load_profile(MACHINES / "workstation-rtx3090-24gb-64gb.json")

    def est(_profile):
        return SimpleNamespace(tokens_per_second=2.0, fit=FitLevel.CPU_ONLY, tier="70B", quant="Q4_K_M")

    line = _said(default_inputs(profile, env=SPAIN, speed_estimator=est), "power_watts")
    assert "the model does not run on NVIDIA GeForce RTX 3090" in line


def test_the_currency_names_its_country_in_words():
    inputs = default_inputs(None, env={"LANG": "en_US.UTF-8"})
    assert _said(inputs, "currency") == "Currency: USD — the country's currency: United States"


def test_the_currency_names_its_country_in_spanish():
    inputs = default_inputs(None, env={"LANG": "es_MX.UTF-8"})
    assert _said(inputs, "currency", ES) == "Moneda: MXN — la moneda del país: México"


def test_spanish_names_the_integrated_graphics_and_the_models():
    inputs = default_inputs(load_profile(IRIS_XE_UNNAMED_CPU), env=SPAIN)
    assert "sin GPU dedicada" in _said(inputs, "power_watts", ES)
    rec = recommend(load_profile(IRIS_XE_UNNAMED_CPU), context=d.SIZING_CONTEXT)
    assert f"la estimación de la recomendación para {rec.model} en {rec.quant}" in _said(
        inputs, "prompt_tokens_per_second", ES
    )


def test_a_benchmarked_file_path_is_named_by_its_file_only():
    """llama-server names its model by the file's path: the cost lines and the report say the file's name, not
    the folders (which may carry the user's name); LM Studio's "publisher/model@quant" key stays whole."""
    from advisor.core.costs.defaults import _model_of

    assert _model_of({"model": "/home/ana/modelos/Qwen3-30B-A3B-Q6_K.gguf"}) == "Qwen3-30B-A3B-Q6_K.gguf"
    assert _model_of({"model": "C:\\Users\\ana\\models\\m.gguf"}) == "m.gguf"
    assert _model_of({"model": "lmstudio-community/Qwen3-30B-A3B-GGUF@q6_k"}) == (
        "lmstudio-community/Qwen3-30B-A3B-GGUF@q6_k"
    )
    assert _model_of({"model": "  "}) is None


def test_cost_at_a_context_costs_the_model_report_costs_there(tmp_path, capsys):
    """Newcomer round: `report --context 32768` costed Llama-3.1-8B at 16.5 tokens/s, `cost` Mistral-Nemo at 10.8,
    and `cost --context` was refused. `cost --context N` sizes the recommended model at N, as the report does."""
    import json

    from advisor.cli.main import main

    hardware = tmp_path / "m2.json"
    hardware.write_text(json.dumps({"ram": {"total_bytes": 16 * 2**30}, "gpus": [{"name": "Apple M2 (8-core GPU)"}]}))
    at_long, at_short = recommend(load_profile(hardware), context=32768), recommend(load_profile(hardware))
    assert at_long.model != at_short.model  # the case in point: the context changes the pick
    for context, rec in ((32768, at_long), (4096, at_short)):
        assert main(["cost", "--hardware", str(hardware), "--context", str(context), "--json"]) == 0
        said = json.loads(capsys.readouterr().out)
        speed = next(o for o in said["inputs"]["origins"] if o["input"] == "tokens_per_second")
        assert said["inputs"]["tokens_per_second"] == rec.tokens_per_second
        assert speed["values"]["model"] == rec.model and speed["values"]["context"] == context
    report = tmp_path / "r.json"
    assert main(["report", "--hardware", str(hardware), "--context", "32768", "--offline", "-o", str(report)]) == 0
    capsys.readouterr()
    costed = json.loads(report.read_text())["costs"]["inputs"]
    assert costed["tokens_per_second"] == at_long.tokens_per_second


def test_cost_and_report_take_the_slowest_speed_recommend_takes(tmp_path, capsys):
    """Newcomer round: `recommend --min-tps 20` on an RTX 4060 Ti 16 GB picks Qwen3-30B-A3B at ~37 tokens/s, but
    `report` had no --min-tps and exported Mistral-Small-24B at 13.8, below the person's own floor, and costed it.
    `cost --min-tps` and `report --min-tps` choose the model `recommend --min-tps` chooses."""
    import json

    from advisor.cli.main import main

    hardware = tmp_path / "desktop.json"
    gpu = {"name": "NVIDIA GeForce RTX 4060 Ti", "vram_total_bytes": 16 * 2**30}
    hardware.write_text(json.dumps({"ram": {"total_bytes": 32 * 2**30}, "gpus": [gpu]}))
    fast, usual = recommend(load_profile(hardware), min_tokens_per_second=20), recommend(load_profile(hardware))
    assert fast.model != usual.model and usual.tokens_per_second < 20 <= fast.tokens_per_second  # the case in point
    assert main(["cost", "--hardware", str(hardware), "--min-tps", "20", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    speed = next(o for o in said["inputs"]["origins"] if o["input"] == "tokens_per_second")
    assert said["inputs"]["tokens_per_second"] == fast.tokens_per_second and speed["values"]["model"] == fast.model
    report = tmp_path / "r.json"
    argv = ["report", "--hardware", str(hardware), "--min-tps", "20", "--offline", "--no-models", "-o", str(report)]
    assert main(argv) == 0
    capsys.readouterr()
    saved = json.loads(report.read_text())
    assert saved["recommendation"]["model"] == fast.model
    assert saved["costs"]["inputs"]["tokens_per_second"] == fast.tokens_per_second
    with pytest.raises(SystemExit) as refused:  # argparse's own refusal, one line: exit 2, nothing written
        main(["report", "--min-tps", "0", "--hardware", str(hardware), "-o", str(tmp_path / "x.md")])
    assert refused.value.code == 2 and not (tmp_path / "x.md").exists()
    assert "--min-tps" in capsys.readouterr().err
