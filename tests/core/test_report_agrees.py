"""The report says what `recommend`, `models` and `detect` say for the same machine (review "newcomer", findings 5,
9 and 12): the tight flag wherever a fit is written, the prompt speed and the graphics card's budget in the
recommendation, nothing about open programs on a machine nobody measured, and the processor read one way."""

from __future__ import annotations

import json
import re

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, ranges, sizing
from advisor.core.messages.report import report_wording
from advisor.core.report import build_assessment, render
from advisor.core.sizing import recommend
from advisor.core.sizing.machine import cpu_assumptions, machine_from_profile
from tests.support.typed_machines import IRIS_8GB

G = 2**30
# the review's hand-written files (README "--hardware FILE"): what a newcomer types about a machine
RYZEN_3060 = {
    "ram": {"total_bytes": 32 * G},
    "cpu": {"brand": "AMD Ryzen 5 5600X 6-Core Processor"},
    "gpus": [{"name": "NVIDIA GeForce RTX 3060", "vram_total_bytes": 12 * G}],
    "os": {"system": "Windows", "release": "10"},
}
M2_AIR = {
    "ram": {"total_bytes": 16 * G},
    "cpu": {"brand": "Apple M2"},
    "gpus": [{"name": "Apple M2"}],
    "os": {"system": "Darwin", "release": "23.5.0"},
}


def _report(hardware: dict, *, models: bool = False, origin: str = "file") -> tuple[str, dict]:
    profile = load_profile(hardware)
    assessment = build_assessment(
        profile, include_models=models, offline=True, bench=False, hardware_origin=origin, models_limit=3
    )
    return render(assessment, "md", wording=report_wording(ENGLISH)), hardware


def _row(md: str, label: str) -> str:
    line = next((x for x in md.splitlines() if x.startswith(f"- **{label}:**")), None)
    assert line is not None, f"no {label!r} row in:\n{md}"
    return line.split(":**", 1)[1].strip()


def test_the_summary_and_the_models_table_keep_the_tight_flag_the_recommendation_has():
    rec = recommend(load_profile(IRIS_8GB))
    assert rec.tight, "the 8 GB laptop's pick leaves the system too little RAM (the review's finding 1 and 5)"
    md, _ = _report(IRIS_8GB, models=True)
    tight_fit = sizing.fit_tight(ENGLISH, rec.fit, True)  # "CPU only, tight": what recommend and models print
    assert tight_fit in _row(md, "Recommended"), "the summary line drops 'tight'"
    assert _row(md, "Fit") == tight_fit
    models = md.split("## Models that run here", 1)[1]
    rows = [r for r in models.splitlines() if r.startswith("|") and ".gguf" in r]
    # the fit cell, then (as the CLI's list says under the file) the placement its speed assumes
    assert rows and any(f"| {tight_fit} |" in r or f"| {tight_fit} · " in r for r in rows), (
        "the models table drops tight"
    )


def test_the_recommendation_section_has_the_prompt_wait_and_the_graphics_budget():
    md, _ = _report(IRIS_8GB)
    rec = recommend(load_profile(IRIS_8GB))
    prompt = _row(md, "Prompt processing")
    said = sizing.prompt_line(
        ENGLISH,
        rec.prompt_tokens_per_second,
        rec.prompt_tokens_per_second_range,
        rec.context,
        rec.context_fill_seconds_range,
        report=True,
    )
    filled = ranges.fill_wait(ENGLISH, rec.context_fill_seconds_range, rec.context)
    assert filled and "4,096 tokens, about 3,000 words" in filled  # what the context holds, at the default too
    assert prompt == said.replace("~", "\\~") and filled in said
    # and how to size for a longer text (code review: the report's line had no such hint), in words for the app's
    # readers and the command line's alike (app review: the app's report said "--context 16384", a flag it has none of)
    assert prompt.endswith(
        "a context of 16,384 tokens holds about 12,100 words (“Context Length” in LM Studio, -c in llama.cpp, "
        "“Context length” or --context in this advisor)."
    )
    # what `recommend` prints first, under its verdict
    assert "With a 2,000-word document, the answer starts after about" in prompt
    # the line the CLI's "Memory" and the Recommendation page show under the memory line
    gpu_line = sizing.budget_lines(ENGLISH, rec.budget)[1]
    assert gpu_line.startswith("Integrated graphics: shares the system RAM")
    assert gpu_line in md.splitlines()


def test_open_programs_are_named_only_on_a_machine_that_was_measured():
    described, _ = _report(IRIS_8GB)
    assert "Held by open programs" not in described  # nothing measured them: no "0 MiB"
    measured = dict(IRIS_8GB, ram={"total_bytes": 8 * G, "available_bytes": 5 * G})
    detected, _ = _report(measured, origin="detected")
    assert re.search(r"Held by open programs:\*\* [1-9]", detected)


def test_the_report_reads_the_processor_as_detect_and_recommend_do():
    md, _ = _report(RYZEN_3060)
    assumed = cpu_assumptions(load_profile(RYZEN_3060))
    cores = next(a for a in assumed if a.code == "assume_cpu_cores")
    assert cores.values == {"cores": 6, "basis": "name"}  # "6-Core" in the name
    assert _row(md, "Cores (physical / logical)") == "6 (assumed) / —"
    assert _row(md, "Instruction sets") == "AVX2 (assumed)"  # the Ryzen 5000 family's, as the assumptions say


@pytest.mark.parametrize("brand", ["Apple M2", "Apple M3 Max"])
def test_an_apple_chip_named_without_flags_is_never_assumed_x86(brand):
    """An Apple chip's processor is Arm with NEON and its dot product: known from the name, not assumed (the report
    said "NEON_DOTPROD (assumed)", and `recommend` asked for the brand the file gave: newcomer round)."""
    hardware = dict(M2_AIR, cpu={"brand": brand})
    profile = load_profile(hardware)
    assert (profile.cpu.arch, profile.cpu.flags) == ("arm64", ("neon",))
    assert "assume_cpu_isa" not in {a.code for a in cpu_assumptions(profile)}
    assert machine_from_profile(profile).cpu_isa == "neon_dotprod"
    md, _ = _report(hardware)
    assert "AVX" not in md and "NEON_DOTPROD" not in md


def test_detect_reads_the_processor_as_recommend_does(tmp_path, capsys):
    import json

    from advisor.cli.main import main

    path = tmp_path / "pc.json"
    path.write_text(json.dumps(RYZEN_3060), encoding="utf-8")
    assert main(["--lang", "en", "detect", "--hardware", str(path)]) == 0
    out = capsys.readouterr().out
    assert "CPU        AMD Ryzen 5 5600X 6-Core Processor · 6 cores\n" in out  # was "unknown · ? cores / ? threads"
    for a in cpu_assumptions(load_profile(RYZEN_3060)):  # the sentences `recommend` prints under "Assumed"
        assert sizing.assumption(ENGLISH, a.code, a.values, fields=True) in out


@pytest.mark.parametrize("hardware", [IRIS_8GB, RYZEN_3060], ids=["iris-8gb", "ryzen-3060"])
def test_the_models_table_names_each_files_placement_as_the_cli_list_does(hardware, monkeypatch, capsys, tmp_path):
    """Each file whose fit and speed assume a placement (experts in RAM, a split by layers, the processor beside
    slower integrated graphics) says it in the report's table in the words the CLI's list puts under it ("↳ …")."""
    import itertools
    import json

    from advisor.cli.main import main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    md, _ = _report(hardware, models=True)
    table = md.split("## Models that run here", 1)[1]
    cells = {
        r.split("|")[3].strip(): r.split("|")[5].strip()
        for r in table.splitlines()
        if r.startswith("|") and ".gguf" in r
    }
    path = tmp_path / "machine.json"
    path.write_text(json.dumps(hardware), encoding="utf-8")
    assert main(["models", "--hardware", str(path), "--offline", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    said = {}
    for above, line in itertools.pairwise(lines):
        if line.strip().startswith("↳"):
            said[above.split()[-1]] = line.strip()[2:].rsplit(" (", 1)[0]
    placed = {f: p for f, p in said.items() if f in cells}
    assert placed, (said, cells)
    for file, words in placed.items():
        assert cells[file].endswith(f" · {words}"), (file, cells[file], words)


def test_the_summarys_cost_names_the_local_model_and_the_api_it_prices():
    """`cost --server-url` costs the model the server runs and the report the recommended one: the summary's
    "local 2,541 CLP" named neither, and read as a contradiction of `cost`'s 2,309. It names both now."""
    md, _ = _report(RYZEN_3060)
    said = _row(md, "Cost per month")
    rec = recommend(load_profile(RYZEN_3060))
    assert rec.model and f"({rec.model})" in said and "(openai/gpt-4o)" in said


def test_the_models_table_says_why_the_recommended_quant_is_missing_as_the_cli_list_does(capsys):
    """Newcomer round: the report costed Qwen3-30B-A3B at Q5_K_M, listed no Q5_K_M file, and said nothing, while
    `models` said under the repo that the bundled list has none."""
    from pathlib import Path

    from advisor.cli.main import main

    machine = Path(__file__).parents[1] / "data" / "machines" / "gaming-rtx3060-12gb-16gb.json"
    hardware = json.loads(machine.read_text())
    md, _ = _report(hardware, models=True)
    assert main(["models", "--hardware", str(machine), "--offline", "--lang", "en"]) in (0, 1)
    said = [line.strip() for line in capsys.readouterr().out.splitlines() if "The recommendation is" in line]
    assert said, "the CLI list says it for this machine"
    assert all(sentence in md for sentence in said)
