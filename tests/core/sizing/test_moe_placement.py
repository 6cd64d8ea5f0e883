"""A recommended mixture of experts too big for the graphics card is sized, and told, in the placement it runs best
in: its routed experts of the first N layers in system RAM, everything else on the card (llama.cpp's
`--n-cpu-moe N`, LM Studio's "Number of layers for which to force MoE weights onto CPU"). Someone with an 8 GB card
and 32 GB of RAM who is recommended Qwen3-30B-A3B must be told how to load it, or gets the slower split by layers
that LM Studio and llama.cpp give by default; the speed shown must be that placement's."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker, sizing
from advisor.core.messages.report import report_wording
from advisor.core.report import assemble_assessment, render
from advisor.core.sizing import TIERS, estimate, recommend
from advisor.core.sizing.tiers import reference_at
from advisor.core.types import FitLevel, Reason

GIB = 2**30
EN = Speaker("en")
LM_STUDIO_SETTING = "Number of layers for which to force MoE weights onto CPU"
# what-if machines, as a person describes them in a hardware file
RTX_4060 = {
    "ram": {"total_bytes": 32 * GIB},
    "gpus": [{"name": "NVIDIA GeForce RTX 4060", "vram_total_bytes": 8 * GIB}],
}
RTX_3090 = {
    "ram": {"total_bytes": 64 * GIB},
    "gpus": [{"name": "NVIDIA GeForce RTX 3090", "vram_total_bytes": 24 * GIB}],
}
FAST = 30.0  # the slowest speed accepted on the RTX 3090: only the mixture of experts reaches it comfortably


def _spec(rec):
    """The model the recommendation was computed for, at its quant."""
    spec = next(s for t in TIERS if t.name == rec.tier for s in t.references if s.name == rec.model)
    return reference_at(spec, rec.quant)


def _placement(rec) -> dict[str, object] | None:
    return next((r.values for r in rec.reasons if r.code == "moe_placement"), None)


def _write(tmp_path: Path, hardware: dict) -> str:
    path = tmp_path / "machine.json"
    path.write_text(json.dumps(hardware), encoding="utf-8")
    return str(path)


def _cli(capsys, *argv: str) -> str:
    assert main(["recommend", *argv, "--lang", "en"]) == 0
    return capsys.readouterr().out


def _report(profile, rec) -> str:
    assessment = assemble_assessment(profile, recommendation=rec, hardware_origin="file")
    text = render(assessment, "md", wording=report_wording(EN, "report"))
    saved = json.loads(render(assessment, "json"))
    assert render(saved, "md", wording=report_wording(EN, "report")) == text  # a saved report says the same
    return text


def test_an_8_gb_card_runs_the_recommended_moe_with_its_experts_in_ram_at_that_placements_speed():
    profile = load_profile(RTX_4060)
    rec = recommend(profile)
    spec = _spec(rec)
    assert spec.experts and rec.fit == FitLevel.PARTIAL_OFFLOAD
    layers = estimate(spec, profile)  # what LM Studio and llama.cpp do unless told: whole layers on the card
    placed = estimate(spec, profile, n_cpu_moe=rec.n_cpu_moe)
    assert layers.gpu_layers < layers.total_layers and layers.n_cpu_moe == 0
    assert 0 < rec.n_cpu_moe < layers.total_layers and placed.n_cpu_moe == rec.n_cpu_moe
    assert placed.gpu_layers == placed.total_layers  # every layer on the card, some of their experts in RAM
    # the speed shown is the placement's, not the split by layers'
    assert (rec.tokens_per_second, rec.tokens_per_second_range) == (
        placed.tokens_per_second,
        placed.tokens_per_second_range,
    )
    assert rec.prompt_tokens_per_second == placed.prompt_tokens_per_second
    assert rec.tokens_per_second > layers.tokens_per_second
    chosen = next(t for t in rec.tiers if t.tier == rec.tier)
    assert chosen.tokens_per_second == rec.tokens_per_second
    assert chosen.needs_bytes == placed.memory.vram_bytes + placed.memory.ram_bytes
    in_ram = next(r.values["expert_bytes"] for r in placed.remarks if r.code == "experts_in_ram")
    assert _placement(rec) == {
        "model": rec.model,
        "n_cpu_moe": rec.n_cpu_moe,
        "total_layers": placed.total_layers,
        "expert_bytes": in_ram,
        "layer_tokens_per_second": layers.tokens_per_second,
        "unified": False,
    }
    # "13 of 48 layers fit on the graphics card" would describe the layout the speed does not assume
    assert "partial_offload" not in [r.code for r in rec.reasons]


def test_the_cli_says_how_to_load_it_in_lm_studio_and_llama_cpp_in_text_and_json(tmp_path, capsys):
    hardware = _write(tmp_path, RTX_4060)
    data = json.loads(_cli(capsys, "--hardware", hardware, "--json"))
    n = data["n_cpu_moe"]
    assert 0 < n < 48 and data["model"] == "Qwen3-30B-A3B"
    placement = next(r["values"] for r in data["reasons"] if r["code"] == "moe_placement")
    assert (placement["n_cpu_moe"], placement["total_layers"]) == (n, 48)

    assert data["load"] == {"code": "load_experts_in_ram", "values": {"n_cpu_moe": n, "total_layers": 48}}

    text = _cli(capsys, "--hardware", hardware)
    lines = text.splitlines()
    # under the verdict whose speed it explains: LM Studio's two settings (every layer on the GPU, the experts of
    # the first N in RAM), then llama.cpp's flags on a line of their own
    assert lines[0].startswith("Recommended") and lines[1].startswith("How to load it     LM Studio:")
    assert f"“GPU Offload” to the maximum (48) and “{LM_STUDIO_SETTING}” to {n}." in lines[1]
    assert lines[2] == f"{'':19}llama.cpp: -ngl 99 --n-cpu-moe {n}."
    assert f"the routed experts of the first {n} of its 48 layers" in text


def test_the_report_says_how_to_load_it():
    profile = load_profile(RTX_4060)
    rec = recommend(profile)
    text = _report(profile, rec)
    how = next(line for line in text.splitlines() if line.startswith("- **How to load it:**"))
    assert f"“GPU Offload” to the maximum (48) and “{LM_STUDIO_SETTING}” to {rec.n_cpu_moe}." in how
    assert how.endswith(f"llama.cpp: -ngl 99 --n-cpu-moe {rec.n_cpu_moe}.")
    # a report saved before the recommendation kept its `load` says the same from its "moe_placement" reason
    saved = json.loads(render(assemble_assessment(profile, recommendation=rec, hardware_origin="file"), "json"))
    del saved["recommendation"]["load"]
    assert how in render(saved, "md", wording=report_wording(EN, "report")).splitlines()


def test_a_moe_that_fits_the_card_whole_gets_no_placement(tmp_path, capsys):
    """LM Studio and llama.cpp put every layer of a model that fits on the card by default: nothing to say."""
    whole = load_profile(RTX_3090)
    rec = recommend(whole, min_tokens_per_second=FAST)
    assert _spec(rec).experts and rec.fit == FitLevel.FULL_GPU
    assert rec.n_cpu_moe == 0 and _placement(rec) is None and rec.load is None
    assert sizing.how_to_load(EN, rec.load) is None
    assert "How to load it" not in _report(whole, rec)

    data = json.loads(_cli(capsys, "--hardware", _write(tmp_path, RTX_3090), "--min-tps", str(FAST), "--json"))
    assert data["n_cpu_moe"] == 0 and "moe_placement" not in [x["code"] for x in data["reasons"]]
    assert data["load"] is None
    assert "How to load it" not in _cli(capsys, "--hardware", _write(tmp_path, RTX_3090), "--min-tps", str(FAST))


@pytest.mark.parametrize(
    ("n", "flags", "setting"), [(39, "--n-cpu-moe 39.", "to 39."), (48, "--cpu-moe", "to the maximum too;")]
)
def test_some_experts_or_all_of_them_name_their_own_flags(n, flags, setting):
    values = {
        "model": "M",
        "n_cpu_moe": n,
        "total_layers": 48,
        "expert_bytes": 17 * GIB,
        "layer_tokens_per_second": 15.5,
    }
    load = Reason("load_experts_in_ram", {"n_cpu_moe": n, "total_layers": 48})
    parts = sizing.how_to_load(EN, load)
    assert parts is not None
    lm_studio, llama = parts
    assert "“GPU Offload” to the maximum (48)" in lm_studio and f"“{LM_STUDIO_SETTING}” {setting}" in lm_studio
    assert llama.startswith("llama.cpp: -ngl 99 ") and flags in llama
    assert ("-ot exps=CPU" in llama) == (n == 48) and ("--n-cpu-moe" in llama) == (n < 48)
    why = sizing.reason(EN, "moe_placement", values)
    assert ("first 39 of its 48 layers" in why) == (n < 48) and ("all its routed experts" in why) == (n == 48)
    # the report passes the JSON form of the same answer, and asks by its code
    assert sizing.how_to_load(EN, {"code": load.code, "values": load.values}) == parts
    assert sizing.reason(EN, load.code, load.values) == f"{lm_studio} {llama}"


def test_in_spanish_lm_studio_s_setting_keeps_its_english_label_and_the_flags_stay_as_typed():
    """LM Studio's own Spanish leaves this setting in English: the sentence names it as the user will see it."""
    values = {
        "model": "M",
        "n_cpu_moe": 39,
        "total_layers": 48,
        "expert_bytes": 17 * GIB,
        "layer_tokens_per_second": 15.5,
    }
    load = Reason("load_experts_in_ram", {"n_cpu_moe": values["n_cpu_moe"], "total_layers": 48})
    how = sizing.how_to_load(Speaker("es"), load)
    assert how is not None and how[0] != sizing.how_to_load(EN, load)[0]  # type: ignore[index]
    assert f"“{LM_STUDIO_SETTING}”" in how[0] and "“GPU Offload”" in how[0] and "«Descarga a GPU»" in how[0]
    assert how[1] == "llama.cpp: -ngl 99 --n-cpu-moe 39."


def test_a_split_reads_what_a_token_picks_of_its_layers_experts_so_it_never_beats_every_expert_in_ram():
    """A split by layers reads each RAM layer whole (the experts a token picks, and the attention); experts in RAM
    read only the picked experts: with the same layers on the processor the split can never be faster. gpt-oss keeps
    its experts in MXFP4 and the rest in 8 bits, so its active parameters at the file's average size under-count what
    a token reads: the split of gpt-oss-120b on an RTX 5090 was priced above experts in RAM and chosen."""
    from advisor.core.sizing.estimate import estimate_on, placed_estimate_on
    from advisor.core.sizing.machine import machine_from_profile
    from advisor.core.sizing.tiers import GPT_OSS_120B

    # the model card's figures and config.json's layout, the published MXFP4 file
    gpt_oss_120b = dataclasses.replace(GPT_OSS_120B, quant="MXFP4", file_size_bytes=int(63.37e9), feed_forward=None)
    rtx_5090 = machine_from_profile(
        load_profile(
            {
                "ram": {"total_bytes": 128 * GIB, "type": "DDR5", "speed_mts": 6000, "channels": 2},
                "gpus": [{"name": "NVIDIA GeForce RTX 5090", "vram_total_bytes": 32 * GIB}],
            }
        ),
        calibrated=False,
    )
    split_all_in_ram = estimate_on(gpt_oss_120b, rtx_5090, ngl=1)  # only the output layer on the card
    experts_all_in_ram = estimate_on(gpt_oss_120b, rtx_5090, n_cpu_moe=10_000)
    assert split_all_in_ram.tokens_per_second < experts_all_in_ram.tokens_per_second
    chosen = placed_estimate_on(gpt_oss_120b, rtx_5090)
    assert chosen.n_cpu_moe > 0 and chosen.gpu_layers == chosen.total_layers
    assert chosen.tokens_per_second > estimate_on(gpt_oss_120b, rtx_5090).tokens_per_second


def test_estimate_without_a_placement_asked_loads_it_as_the_recommendation_does(tmp_path, capsys):
    """`estimate` of the recommended mixture on an 8 GB card headlines the recommendation's placement and flags (a
    newcomer checking the pick by hand was told -ngl 19 at a slower speed, the faster layout only in a note), says
    what the split by layers would give, and gives that split when asked with --n-cpu-moe 0."""
    hardware = _write(tmp_path, RTX_4060)
    rec = json.loads(_cli(capsys, "--hardware", hardware, "--json"))
    argv = ["estimate", "--hardware", hardware, "--params", "30.53B", "--experts", "128", "--active-experts", "8"]
    argv += ["--quant", rec["quant"], "--lang"]
    assert main([*argv, "en"]) == 0
    text = capsys.readouterr().out
    n = rec["n_cpu_moe"]
    fit = next(line for line in text.splitlines() if line.startswith("Fit"))
    assert fit.endswith(f"(-ngl 99 --n-cpu-moe {n})")
    assert f"llama.cpp: -ngl 99 --n-cpu-moe {n}." in text
    note = next(line for line in text.splitlines() if "Laid out as llama-server's --fit does" in line)
    assert f"the routed experts of the first {n} layers" in note and "Split by layers instead (-ngl " in note
    assert "The layout llama-server's --fit picks by itself" not in text
    assert main([*argv, "en", "--n-cpu-moe", "0"]) == 0
    by_layers = capsys.readouterr().out
    assert "--n-cpu-moe" not in next(line for line in by_layers.splitlines() if line.startswith("Fit"))
    assert f"picks by itself: keep the routed experts of the first {n} layers in system RAM" in by_layers
    # the split the note named is the one --n-cpu-moe 0 gives
    ngl = note.split("Split by layers instead (-ngl ")[1].split(")")[0]
    speed = note.split("it would run at about ")[1].split(" tokens/s")[0]
    shown = next(line for line in by_layers.splitlines() if line.startswith("Speed"))
    assert f"(-ngl {ngl})" in by_layers and float(shown.split("~")[1].split(" ")[0]) == float(speed)
    assert main([*argv, "es"]) == 0
    spanish = capsys.readouterr().out
    assert (
        f"Repartido como lo hace por sí solo el --fit de llama-server: los expertos enrutados de las primeras {n} capas"
        in spanish
    )
    assert f"-ngl 99 --n-cpu-moe {n}" in spanish and "Laid out" not in spanish


@pytest.mark.parametrize(
    ("n_cpu_moe", "unified", "says"),
    [
        (26, False, "the routed experts of the first 26 layers (10.3 GiB) stay in system RAM"),
        (48, False, "all its routed experts (10.3 GiB) stay in system RAM"),
        (
            26,
            True,
            "the routed experts of the first 26 layers (10.3 GiB) are read by the processor, everything else by",
        ),
        (48, True, "all its routed experts (10.3 GiB) are read by the processor, everything else by the GPU"),
    ],
)
def test_the_chosen_placement_is_worded_for_every_layer_and_for_apple_silicon(n_cpu_moe, unified, says):
    values = {
        "n_cpu_moe": n_cpu_moe,
        "total_layers": 48,
        "expert_bytes": int(10.3 * GIB),
        "gpu_layers": 25,
        "layer_tokens_per_second": 21.5,
        "unified": unified,
    }
    text = sizing.remark(EN, "experts_in_ram_chosen", values)
    assert text.startswith("Laid out as llama-server's --fit does by itself: " + says)
    assert text.endswith("Split by layers instead (-ngl 25) it would run at about 21.5 tokens/s.")
    assert ("graphics card" in text) is not unified


@pytest.mark.parametrize("bad", [float("inf"), float("nan"), -5, 1e25, "12", True, None])
def test_a_saved_report_with_a_layer_count_that_is_no_number_prints_no_flags(bad):
    """A saved report is hostile input (Python's json reads Infinity and NaN): a layer count llama.cpp could not
    take renders the placement by its code, never a crash, "--n-cpu-moe -5" or a 26-digit -ngl."""
    profile = load_profile(RTX_4060)
    rec = recommend(profile)
    saved = json.loads(render(assemble_assessment(profile, recommendation=rec, hardware_origin="file"), "json"))
    saved["recommendation"]["load"]["values"]["n_cpu_moe"] = bad
    saved["recommendation"]["n_cpu_moe"] = bad
    for reason in saved["recommendation"]["reasons"]:
        if reason["code"] == "moe_placement":
            reason["values"]["n_cpu_moe"] = bad
    for fmt in ("md", "html"):
        text = render(saved, fmt, wording=report_wording(EN, "report"))
        how = next(line for line in text.splitlines() if "How to load it" in line)
        assert "load experts in ram" in how and "-ngl" not in how and "--n-cpu-moe" not in how
        # nor does the reason under "Why" count "the first -5 of its 48 layers"
        assert "moe placement" in text and "of its 48 layers" not in text
    assert sizing.load_flags(saved["recommendation"]["load"]) == ""
    assert sizing.placement_short(EN, {"n_cpu_moe": bad, "total_layers": 48}) == ""


def _rtx3050_laptop(ram_gib: int) -> dict[str, object]:
    """A 4 GB RTX 3050 laptop as a newcomer describes it, with `ram_gib` of RAM."""
    return {
        "os": "Windows 11",
        "battery": True,
        "ram": {"total_bytes": ram_gib * GIB},
        "cpu": {"brand": "Intel Core i5-12450H"},
        "gpus": [{"name": "NVIDIA GeForce RTX 3050 Laptop GPU", "vram_total_bytes": 4 * GIB}],
    }


def test_two_files_of_one_mixture_are_placed_alike_where_the_two_layouts_run_about_as_fast(capsys, tmp_path):
    """Newcomer round, a 4 GB RTX 3050 laptop: gpt-oss-20b's Q8_0 was "-ngl 6" and its Q4_K_M "--n-cpu-moe 21",
    both at 21 tokens/s (the split by layers a tenth of a token per second ahead for one file). Within the
    estimate's error the experts stay in RAM, the layout llama-server's --fit picks, for every file of the model."""
    hardware = _write(tmp_path, _rtx3050_laptop(16))
    assert main(["models", "--hardware", hardware, "--offline", "--search", "gpt-oss", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    files = [f for c in listed["candidates"] if c["repo_id"] == "unsloth/gpt-oss-20b-GGUF" for f in c["files"]]
    assert {f["quant"] for f in files} >= {"Q8_0", "Q4_K_M"}
    assert all(f["load"]["code"] == "load_experts_in_ram" and f["n_cpu_moe"] == 21 for f in files)
    # the Q8_0 split by layers, as --n-cpu-moe 0 sizes it, is faster by less than the estimate's error, and the note
    # beside the placement chosen gives that speed without calling the chosen one faster
    argv = ["estimate", "--hardware", hardware, "--params", "20.9B", "--experts", "32", "--active-experts", "4"]
    argv += ["--quant", "Q8_0", "--file-size", "11.28GiB"]  # gpt-oss-20b's Q8_0: its experts are MXFP4
    assert main([*argv, "--lang", "en"]) == 0
    placed = capsys.readouterr().out
    assert main([*argv, "--lang", "en", "--n-cpu-moe", "0"]) == 0
    by_layers = capsys.readouterr().out

    def speed(text: str) -> float:
        return float(next(line for line in text.splitlines() if line.startswith("Speed")).split("~")[1].split(" ")[0])

    assert "(-ngl 99 --n-cpu-moe 21)" in placed and speed(by_layers) >= speed(placed) >= 0.97 * speed(by_layers)
    assert f"it would run at about {speed(by_layers)} tokens/s" in placed and "faster" not in placed.split("Notes")[1]


def test_a_tie_never_makes_a_comfortable_split_tight(capsys, tmp_path):
    """Code review: keeping the experts in RAM takes more system RAM than a split by layers; within the tie's 3 %
    it was chosen where it left the system too little (a 4 GB RTX 3050 laptop with 13 GiB: "tight, --n-cpu-moe 21"
    at 21.1 tokens/s beside "-ngl 6" at 21.2, comfortable). A slower layout is never chosen for being tighter."""
    hardware = _write(tmp_path, _rtx3050_laptop(13))
    argv = ["estimate", "--hardware", hardware, "--params", "20.9B", "--experts", "32", "--active-experts", "4"]
    argv += ["--quant", "Q8_0", "--file-size", "11.28GiB", "--lang", "en", "--json"]
    assert main(argv) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert main([*argv, "--n-cpu-moe", "21"]) == 0
    experts = json.loads(capsys.readouterr().out)
    assert experts["tight"] and experts["tokens_per_second"] < chosen["tokens_per_second"]  # the tie, tighter
    assert chosen["n_cpu_moe"] == 0 and not chosen["tight"]
