"""Every pick whose speed assumes a placement LM Studio's and llama.cpp's defaults would not give it is told how to
load it, in one wording, by `recommend`, `models`, `estimate` and the report, in both languages:

- a mixture of experts too big for the card: every layer on the GPU (LM Studio's "GPU Offload" at its maximum,
  -ngl 99) *and* the routed experts of the first N layers in RAM (the MoE setting, --n-cpu-moe N) — the MoE
  setting alone leaves GPU Offload wherever LM Studio puts it for a model larger than the card;
- a model run on the processor beside an integrated GPU slower than it (Ryzen 7840U + Radeon 780M): GPU Offload 0,
  -ngl 0 — llama.cpp's default -ngl is auto and would offload to the 780M;
- a dense model split by layers: the number of layers on the GPU the speed assumes (GPU Offload N, -ngl N);
- a model that fits the card whole: nothing (both offload every layer by default)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog import search
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker, sizing
from advisor.core.messages.report import report_wording
from advisor.core.report import assemble_assessment, render
from advisor.core.sizing import TIERS, recommend
from advisor.core.sizing.estimate import _estimate_on, estimate_on, load_placement
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.sizing.reasons import LOAD_KEYS
from advisor.core.types import FitLevel

G = 2**30
EN, ES = Speaker("en"), Speaker("es")
MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
MOE_SPLIT = MACHINES / "gaming-rtx3060-12gb-16gb.json"  # Qwen3-30B-A3B, experts of 27 layers in RAM
DENSE_SPLIT = MACHINES / "gaming-rtx4070-12gb-32gb.json"  # Mistral-Small-24B, 31 of 40 layers on the card
FULL_GPU = MACHINES / "workstation-rtx3090-24gb-64gb.json"
# a what-if laptop as a newcomer describes it: a Ryzen 7 7840U with its Radeon 780M, 32 GB
RYZEN_7840U = {
    "ram": {"total_bytes": 32 * G},
    "cpu": {"brand": "AMD Ryzen 7 7840U w/ Radeon 780M Graphics"},
    "gpus": [{"name": "AMD Radeon 780M", "unified_memory": True}],
    "battery": True,
}
LM_STUDIO_MOE = "Number of layers for which to force MoE weights onto CPU"


def _write(tmp_path: Path, hardware: dict) -> str:
    path = tmp_path / "machine.json"
    path.write_text(json.dumps(hardware), encoding="utf-8")
    return str(path)


def _run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _spec(rec):
    spec = next(s for t in TIERS if t.name == rec.tier for s in t.references if s.name == rec.model)
    return dataclasses.replace(spec, quant=rec.quant)


def _how_lines(text: str, label: str) -> list[str]:
    """The lines of the "How to load it" row: the label's line and the one under it."""
    lines = text.splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith(label))
    return [lines[i][len(label) :].strip(), lines[i + 1].strip()]


def _report(profile, rec, say: Speaker = EN) -> str:
    assessment = assemble_assessment(profile, recommendation=rec, hardware_origin="file")
    text = render(assessment, "md", wording=report_wording(say, "report"))
    saved = json.loads(render(assessment, "json"))
    assert render(saved, "md", wording=report_wording(say, "report")) == text  # a saved report says the same
    return text


def _report_how(text: str, label: str = "How to load it") -> str | None:
    return next((line for line in text.splitlines() if line.startswith(f"- **{label}:**")), None)


def test_a_moe_kept_partly_in_ram_is_told_to_offload_every_layer_and_the_experts_of_n(tmp_path, capsys):
    profile = load_profile(MOE_SPLIT)
    rec = recommend(profile)
    n = rec.n_cpu_moe
    assert rec.model == "Qwen3-30B-A3B" and 0 < n < 48
    assert rec.load is not None and (rec.load.code, rec.load.values) == (
        "load_experts_in_ram",
        {"n_cpu_moe": n, "total_layers": 48},
    )
    expected = [
        f"LM Studio: in the model's load settings, set “GPU Offload” to the maximum (48) and “{LM_STUDIO_MOE}” to {n}.",
        f"llama.cpp: -ngl 99 --n-cpu-moe {n}.",
    ]
    text = _run(capsys, "recommend", "--hardware", str(MOE_SPLIT), "--lang", "en")
    assert _how_lines(text, "How to load it") == expected
    assert _report_how(_report(profile, rec)) == f"- **How to load it:** {' '.join(expected)}"


def test_a_model_run_on_the_processor_beside_a_slower_integrated_gpu_is_told_gpu_offload_0(tmp_path, capsys):
    profile = load_profile(RYZEN_7840U)
    rec = recommend(profile)
    assert rec.fit == FitLevel.CPU_ONLY and "shared_gpu_slower" in [r.code for r in rec.reasons]
    # the speed shown is the processor's: every layer on the 780M (what llama.cpp's -ngl auto does) is slower
    on_gpu = _estimate_on(_spec(rec), machine_from_profile(profile), context=rec.context, kv_type="f16")
    assert on_gpu.fit != FitLevel.CPU_ONLY and on_gpu.tokens_per_second < rec.tokens_per_second
    assert rec.load is not None and rec.load.code == "load_cpu_only"
    expected = [
        "LM Studio: in the model's load settings, set “GPU Offload” to 0, so that the processor runs it.",
        "llama.cpp: -ngl 0.",
    ]
    hardware = _write(tmp_path, RYZEN_7840U)
    text = _run(capsys, "recommend", "--hardware", hardware, "--lang", "en")
    assert _how_lines(text, "How to load it") == expected
    assert json.loads(_run(capsys, "recommend", "--hardware", hardware, "--json"))["load"]["code"] == "load_cpu_only"
    assert _report_how(_report(profile, rec)) == f"- **How to load it:** {' '.join(expected)}"
    # the Models list: each file the processor runs, with llama.cpp's flag
    listed = search(profile=profile, tier=rec.tier, offline=True, read_headers=False)
    f = next(f for c in listed.candidates for f in c.files if f.fit == FitLevel.CPU_ONLY)
    assert f.load is not None and f.load.code == "load_cpu_only" and f.load.values["gpu_share_small"] is False
    models = _run(capsys, "models", "--offline", "--hardware", hardware, "--lang", "en")
    assert "↳ integrated graphics off: slower here (-ngl 0)" in models


def test_a_dense_model_split_by_layers_is_told_the_layers_its_speed_assumes(tmp_path, capsys):
    profile = load_profile(DENSE_SPLIT)
    rec = recommend(profile)
    assert not _spec(rec).experts and rec.fit == FitLevel.PARTIAL_OFFLOAD
    split = next(r.values for r in rec.reasons if r.code == "partial_offload")  # "31 of 40 layers fit on the card"
    n, layers = split["gpu_layers"], split["total_layers"]
    assert rec.load is not None and (rec.load.code, rec.load.values) == (
        "load_layers",
        {"gpu_layers": n, "total_layers": layers},
    )
    expected = [
        f"LM Studio: in the model's load settings, set “GPU Offload” to {n} of its {layers} layers.",
        f"llama.cpp: -ngl {n}.",
    ]
    text = _run(capsys, "recommend", "--hardware", str(DENSE_SPLIT), "--lang", "en")
    assert _how_lines(text, "How to load it") == expected
    assert _report_how(_report(profile, rec)) == f"- **How to load it:** {' '.join(expected)}"
    # the Models list's file of that model says the same placement, briefly, with the flag
    models = _run(capsys, "models", "--offline", "--hardware", str(DENSE_SPLIT), "--lang", "en")
    listed = search(profile=profile, tier=rec.tier, offline=True, read_headers=False)
    f = next(f for c in listed.candidates if "Mistral-Small" in c.repo_id for f in c.files if f.quant == rec.quant)
    assert f.load is not None and f.load.code == "load_layers"
    k = f.load.values["gpu_layers"]
    assert f"↳ {k} of {layers} layers on the GPU (-ngl {k})" in models


def test_estimate_says_the_flags_of_the_same_placement_in_its_fit_and_how_rows(tmp_path, capsys):
    """`estimate` for the model of each placement: the Fit row's flags are the How row's, and no row for a model
    that fits the card whole."""
    shape = ["--layers", "48", "--embedding", "2048", "--heads", "32", "--kv-heads", "4", "--head-dim", "128"]
    shape += ["--vocab", "151936", "--experts", "128", "--active-experts", "8", "--quant", "Q5_K_M"]
    moe = ["estimate", "--params", "30.53B", *shape, "--lang", "en"]
    cases = {
        MOE_SPLIT: ("--n-cpu-moe 27", "-ngl 99 --n-cpu-moe 27"),
        Path(_write(tmp_path, RYZEN_7840U)): ("", "-ngl 0"),
    }
    for hardware, (extra, flags) in cases.items():
        text = _run(capsys, *moe, "--hardware", str(hardware), *extra.split())
        fit = next(line for line in text.splitlines() if line.startswith("Fit "))
        assert fit.endswith(f"({flags})")
        assert _how_lines(text, "How to load it")[1] == f"llama.cpp: {flags}."
    data = json.loads(_run(capsys, *moe, "--hardware", str(FULL_GPU), "--json"))
    assert data["fit"] == "full_gpu"
    assert "How to load it" not in _run(capsys, *moe, "--hardware", str(FULL_GPU))


def test_a_model_that_fits_the_card_whole_gets_no_line(capsys):
    profile = load_profile(FULL_GPU)
    rec = recommend(profile)
    assert rec.fit == FitLevel.FULL_GPU and rec.load is None
    assert "How to load it" not in _run(capsys, "recommend", "--hardware", str(FULL_GPU), "--lang", "en")
    assert _report_how(_report(profile, rec)) is None
    listed = search(profile=profile, tier=rec.tier, offline=True, read_headers=False)
    whole = [f for c in listed.candidates for f in c.files if f.fit == FitLevel.FULL_GPU]
    assert whole and all(f.load is None for f in whole)
    assert load_placement(estimate_on(_spec(rec), machine_from_profile(profile))) is None


@pytest.mark.parametrize("machine", [MOE_SPLIT, DENSE_SPLIT, "ryzen-7840u"])
def test_in_spanish_the_same_placement_with_lm_studio_s_own_names_and_the_flags_as_typed(machine, tmp_path, capsys):
    """LM Studio in Spanish calls GPU Offload «Descarga a GPU» and leaves the MoE setting in English: the sentence
    gives both names of the first and the English of the second; llama.cpp's flags are never translated."""
    hardware = _write(tmp_path, RYZEN_7840U) if machine == "ryzen-7840u" else str(machine)
    rec = recommend(load_profile(Path(hardware)))
    english = sizing.how_to_load(EN, rec.load)
    spanish = sizing.how_to_load(ES, rec.load)
    assert english is not None and spanish is not None
    assert spanish[1] == english[1].replace("(or -ot", "(o -ot")
    assert spanish[0] != english[0] and "“GPU Offload” («Descarga a GPU»" in spanish[0]
    assert ("“Number of layers for which to force MoE weights onto CPU”" in spanish[0]) == bool(rec.n_cpu_moe)
    text = _run(capsys, "recommend", "--hardware", hardware, "--lang", "es")
    assert _how_lines(text, "Cómo cargarlo") == list(spanish)
    report = _report(load_profile(Path(hardware)), rec, ES)
    assert _report_how(report, "Cómo cargarlo") == f"- **Cómo cargarlo:** {' '.join(spanish)}"


@pytest.mark.parametrize("say", [EN, ES], ids=["en", "es"])
@pytest.mark.parametrize("code", sorted(LOAD_KEYS))
def test_every_load_code_reads_as_two_sentences_with_its_flags_as_typed(code, say):
    """Each code the core can give has its words (the catalogue's list is the core's), as the report asks for them by
    code: LM Studio's sentence, then llama.cpp's flags, figures never grouped ("1,000") even in a long model."""
    assert set(sizing.LOAD_CODES) == set(LOAD_KEYS)
    values = {"n_cpu_moe": 1200, "gpu_layers": 1100, "total_layers": 1500, "gpu_share_small": False}
    values = {k: values[k] for k in LOAD_KEYS[code]}
    parts = sizing.how_to_load(say, {"code": code, "values": values})
    assert parts is not None
    lm_studio, llama = parts
    assert lm_studio.startswith("LM Studio: ") and "“GPU Offload”" in lm_studio and code not in lm_studio
    assert llama.startswith("llama.cpp: -ngl ") and llama.isascii() and "," not in llama and "." not in llama[:-1][10:]
    assert sizing.reason(say, code, values) == f"{lm_studio} {llama}"
    flags = {"load_experts_in_ram": "-ngl 1501 --n-cpu-moe 1200", "load_layers": "-ngl 1100", "load_cpu_only": "-ngl 0"}
    assert sizing.load_flags({"code": code, "values": values}) == flags[code]
    assert sizing.how_to_load(say, None) is None and sizing.load_flags(None) == ""


def _how_rows(out: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("How to load it", "Cómo cargarlo")))
    return [lines[start], lines[start + 1]]


def test_a_long_context_is_part_of_how_to_load_it(capsys):
    """Newcomer round, an RTX 3060 at 32K: "-ngl 99 --n-cpu-moe 30" was sized for 32,768 tokens and given without
    -c (llama-server's own default is the model's trained context, whose cache that placement may not hold), and a
    16 GB Mac asked for 32K was never told to set LM Studio's Context Length. The context goes with the placement,
    alone where the model loads as usual, in both languages and in the report; at LM Studio's default, nothing."""
    assert main(["recommend", "--hardware", str(MOE_SPLIT), "--context", "32768", "--lang", "en"]) == 0
    lm_studio, llama = _how_rows(capsys.readouterr().out)
    assert lm_studio.endswith("Set its “Context Length” to 32768 too.") and "--n-cpu-moe" in llama
    assert llama.rstrip().endswith(" -c 32768.")
    mac = MACHINES / "apple-m2-16gb.json"
    assert main(["recommend", "--hardware", str(mac), "--context", "32768", "--lang", "es"]) == 0
    lm_studio, llama = _how_rows(capsys.readouterr().out)
    assert "pon “Context Length” («Longitud del Contexto» con LM Studio en español) en 32768." in lm_studio
    assert llama.split()[-2:] == ["-c", "32768."]
    assert main(["recommend", "--hardware", str(mac), "--lang", "en"]) == 0  # 4,096: loads as usual
    assert "How to load it" not in capsys.readouterr().out
    rec = recommend(load_profile(MOE_SPLIT), context=32768)
    report = render(assemble_assessment(load_profile(MOE_SPLIT), recommendation=rec), "md", wording=report_wording(EN))
    assert "-c 32768" in report
    # the Models list's placement line too (code review: "(-ngl 99 --n-cpu-moe 22)" without it at 32K)
    argv = ["models", "--hardware", str(MOE_SPLIT), "--offline", "--tier", "40B", "--lang", "en"]
    assert main([*argv, "--context", "32768"]) == 0
    placed = [line for line in capsys.readouterr().out.splitlines() if "↳" in line and "-ngl" in line]
    # every file listed with a placement, the nearest that do not run usably too (newcomer round: "(-ngl 18)" under
    # "Nearest that do not run", pasted into llama-server, loaded the trained context)
    assert placed and all(line.endswith(" -c 32768)") for line in placed)
    assert main([*argv, "--context", "16384", "--hardware", str(MACHINES / "gaming-rtx4060-8gb-32gb.json")]) == 0
    out = capsys.readouterr().out
    near = out.split("Nearest that do not run")[1].splitlines()
    split = [line for line in near if "↳" in line and "-ngl" in line]
    assert split and all(line.endswith(" -c 16384)") for line in split)
    assert main(argv) == 0
    at_4k = [line for line in capsys.readouterr().out.splitlines() if "↳" in line and "-ngl" in line]
    assert at_4k and all(" -c " not in line for line in at_4k)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -5, 0, 1e25, 4096.5, "32768", True])
def test_a_saved_report_s_context_that_is_no_token_count_adds_no_flag(bad):
    """A saved report is hostile: a context no flag could carry is left out, the placement still said."""
    load = {"code": "load_layers", "values": {"gpu_layers": 31, "total_layers": 40}}
    lm_studio, llama = sizing.how_to_load(EN, load, bad)
    assert llama == "llama.cpp: -ngl 31." and "Context Length" not in lm_studio
    assert sizing.how_to_load(EN, None, bad) is None


def test_a_saved_report_s_placement_from_a_later_version_is_still_shown_beside_a_long_context():
    """A report saved by a later version may carry a placement this one does not know: it is shown as it is, not
    replaced by the context's settings alone."""
    rec = recommend(load_profile(MOE_SPLIT), context=32768)
    data = json.loads(render(assemble_assessment(load_profile(MOE_SPLIT), recommendation=rec), "json"))
    data["recommendation"]["load"] = {"code": "load_on_npu", "values": {"layers": 12}}
    md = render(data, "md", wording=report_wording(EN))
    row = next(line for line in md.splitlines() if "How to load it" in line)
    assert "load on npu" in row and "Context Length" not in row  # the code as unknown codes are shown


def test_a_model_that_does_not_run_is_not_told_how_to_load_it_at_its_context(capsys):
    """ "How to load it … set “Context Length” to 8192 … -c 8192" stood under "too large for this machine" and under
    "nothing runs usably" (code review): nothing to load, in `estimate`, `recommend`, the report and the app's list."""
    argv = ["estimate", "--hardware", str(MOE_SPLIT), "--context", "8192", "--lang", "en"]
    out = _run(capsys, *argv, "--params", "70B")
    assert "too large for this machine" in out and "How to load it" not in out and "-c 8192" not in out
    assert "-c 8192" in _run(capsys, *argv, "--params", "8B")  # one that runs is told it
    netbook = MACHINES / "netbook-n100-4gb.json"
    out = _run(capsys, "recommend", "--hardware", str(netbook), "--context", "8192", "--min-tps", "50", "--lang", "en")
    assert "nothing runs usably" in out and "How to load it" not in out
    profile = load_profile(netbook)
    rec = recommend(profile, context=8192, min_tokens_per_second=50)
    assert rec.tier is None and _report_how(_report(profile, rec)) is None
