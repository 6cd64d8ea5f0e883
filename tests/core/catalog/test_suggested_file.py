"""Which file a repo's row suggests, and when a repo of the recommended model lacks the recommended quant.

The app's table and `llm-advisor models` must suggest the same file the recommendation's rule picks (the first in
`order_files`), so a newcomer never sees the recommendation say one quant and the Models page another without a
word on why.
"""

from __future__ import annotations

import json
from pathlib import Path

from advisor.cli.main import main
from advisor.core.catalog.ranking import lacks_recommended_quant, suggested_file
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import recommend
from advisor.core.types import FitLevel
from tests.support.candidates import candidate

GIB = 2**30
FULL, PART = FitLevel.FULL_GPU, FitLevel.PARTIAL_OFFLOAD


def test_the_suggested_file_is_the_recommendations_pick_not_the_largest():
    # every file comfortable (≥ 10 tok/s): the highest quality of the best fit level
    c = candidate(
        "bartowski/Qwen2.5-14B-Instruct-GGUF",
        ("Q3_K_M", 7.3, FULL, 44.0, False),
        ("Q4_K_M", 9.0, FULL, 38.0, False),
        ("Q5_K_M", 10.5, FULL, 32.5, False),
        ("Q8_0", 15.7, PART, 9.8, False),
    )
    assert suggested_file(c).quant == "Q5_K_M"
    # the recommended quant where it ranks as well (same fit, room, quality band): a repo of the recommended model
    # shows the recommendation's own file
    assert suggested_file(c, "Q4_K_M", "Qwen2.5-14B").quant == "Q4_K_M"
    # not where it ranks lower (Q8_0 only partly fits; Q3_K_M is below Q4_K_M's quality)
    assert suggested_file(c, "Q8_0", "Qwen2.5-14B").quant == "Q5_K_M"
    assert suggested_file(c, "Q3_K_M", "Qwen2.5-14B").quant == "Q5_K_M"
    # nor in another model's repo: its own first (the recommended model's quant says nothing of its speeds)
    assert suggested_file(c, "Q4_K_M", "Qwen3-30B-A3B").quant == "Q5_K_M"
    # none comfortable: the fastest, not the largest (the old table showed a 5 tok/s Q6_K beside a 7 tok/s Q4_K_M)
    slow = candidate(
        "bartowski/Mistral-Small-24B-Instruct-2501-GGUF",
        ("Q4_K_M", 13.3, PART, 7.0, False),
        ("Q6_K", 18.0, PART, 5.1, False),
    )
    assert suggested_file(slow).quant == "Q4_K_M"
    # the recommendation's Qwen3-30B-A3B at Q6_K does not pull another model's repo to its barely usable Q6_K
    assert suggested_file(slow, "Q6_K", "Qwen3-30B-A3B").quant == "Q4_K_M"
    # a tight file comes after one with room, as in the recommendation
    tight = candidate("x/Qwen2.5-14B-GGUF", ("Q4_K_M", 9.0, FULL, 38.0, True), ("Q5_K_M", 10.5, PART, 20.0, False))
    assert suggested_file(tight, "Q4_K_M", "Qwen2.5-14B").quant == "Q4_K_M"
    assert suggested_file(candidate("x/empty-GGUF")) is None


def test_a_repo_of_the_recommended_model_without_its_quant_is_flagged():
    c = candidate("unsloth/Qwen3-30B-A3B-GGUF", ("Q4_K_M", 17.3, PART, 31.0, False))
    assert lacks_recommended_quant(c, "Qwen3-30B-A3B", "Q6_K")
    assert not lacks_recommended_quant(c, "Qwen3-30B-A3B", "Q4_K_M")
    # a variant of the quant counts as it (bartowski's Q6_K_L is Q6_K with 8-bit embeddings)
    variant = candidate("bartowski/Qwen3-30B-A3B-GGUF", ("Q6_K_L", 25.0, PART, 20.0, False))
    assert not lacks_recommended_quant(variant, "Qwen3-30B-A3B", "Q6_K")
    # the model's words in a row, whole words: an instruct repo and a vendor prefix are the model, a bigger
    # sibling is not
    llama = candidate("lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF", ("Q4_K_M", 4.6, FULL, 70.0, False))
    assert lacks_recommended_quant(llama, "Llama-3.1-8B", "Q8_0")
    gemma = candidate("unsloth/gemma-3-12b-it-GGUF", ("Q4_K_M", 7.3, FULL, 44.0, False))
    assert not lacks_recommended_quant(gemma, "Gemma-3-1B", "Q8_0")
    # another model of the class is not flagged (its own quant is its own choice)
    other = candidate("bartowski/Mistral-Small-24B-Instruct-2501-GGUF", ("Q4_K_M", 13.3, PART, 7.0, False))
    assert not lacks_recommended_quant(other, "Qwen3-30B-A3B", "Q6_K")


def _pc(tmp_path: Path, ram_gib: int, card: str) -> Path:
    """A what-if file: a PC with `ram_gib` of RAM and a 12 GiB graphics card."""
    hardware = tmp_path / "machine.json"
    machine = {"ram": {"total_bytes": ram_gib * GIB}, "gpus": [{"name": card, "vram_total_bytes": 12 * GIB}]}
    hardware.write_text(json.dumps(machine), encoding="utf-8")
    return hardware


def test_models_cli_says_why_the_recommended_models_repo_shows_another_quant(
    hf_home, tmp_path: Path, monkeypatch, capsys
):
    """On a 24 GiB desktop with a 12 GiB RTX 4070 the recommendation is Qwen3-30B-A3B at Q6_K; the bundled list's
    unsloth repo has Q4_K_M, UD-Q4_K_XL and Q8_0 (too large here): the list shows Q4_K_M first and says why."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    hardware = _pc(tmp_path, 24, "NVIDIA GeForce RTX 4070")
    rec = recommend(load_profile(hardware))
    assert (rec.model, rec.quant) == ("Qwen3-30B-A3B", "Q6_K")
    assert main(["models", "--hardware", str(hardware), "--offline"]) == 0
    out = capsys.readouterr().out
    repo = out[out.index("unsloth/Qwen3-30B-A3B-GGUF") :].split("\n\n")[0].splitlines()
    # its Q4_K_M is not the recommendation: no "→ the recommendation" line claims it is (the line below says why)
    assert "→" not in out
    assert repo[1].split()[0] == "Q4_K_M"
    # the bundled list (offline) may lack a file Hugging Face has: it says the list, not the repository, lacks it
    assert repo[-1].strip() == (
        "The recommendation is Qwen3-30B-A3B at Q6_K, but the bundled list has no Q6_K file of this repository that "
        "runs here (Hugging Face may have one): it suggests Q4_K_M, picked as the recommendation picks (the best "
        "quality that runs at twice the usable speed or more)."
    )
    # the other repos of the class are another model: no such line
    assert out.count("The recommendation is") == 1
    assert main(["models", "--hardware", str(hardware), "--offline", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recommended"] is None
    assert main(["--lang", "es", "models", "--hardware", str(hardware), "--offline"]) == 0
    assert "pero la lista incluida no tiene ningún archivo Q6_K de este repositorio" in capsys.readouterr().out


def test_models_cli_marks_the_repo_and_file_the_app_selects(hf_home, tmp_path: Path, monkeypatch, capsys):
    """`models` with no size given lists the recommended class and marks the one repo and file holding the
    recommendation — the row the app's Models page selects (`offered_first`) — in text and JSON; a search for
    another model marks nothing."""
    from advisor.cli.models import recommended_file
    from advisor.core.catalog import search
    from advisor.core.catalog.ranking import offered_first

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    hardware = _pc(tmp_path, 32, "NVIDIA GeForce RTX 3060")
    profile = load_profile(hardware)
    rec = recommend(profile)
    assert rec.model and rec.quant
    result = search(profile=profile, tier=rec.tier, offline=True)
    app_row = offered_first(result.candidates, rec.model, rec.quant)
    assert app_row is not None
    marked = recommended_file(result, (rec.model, rec.quant))
    assert marked is not None and marked[0] == result.candidates[app_row].repo_id
    assert marked[1] == suggested_file(result.candidates[app_row], rec.quant, rec.model).path

    assert main(["models", "--hardware", str(hardware), "--offline"]) == 0
    out = capsys.readouterr().out
    assert out.count("→ the recommendation for this machine:") == 1
    block = out[out.index(marked[0]) :].split("\n\n")[0].splitlines()
    assert block[1] == f"  → the recommendation for this machine: {marked[1]}"
    assert main(["models", "--hardware", str(hardware), "--offline", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recommended"] == {"repo_id": marked[0], "path": marked[1]}
    assert main(["--lang", "es", "models", "--hardware", str(hardware), "--offline"]) == 0
    assert f"→ la recomendación para este equipo: {marked[1]}" in capsys.readouterr().out
    # a search chooses the list: no recommendation is looked up, nothing is marked
    assert main(["models", "--hardware", str(hardware), "--offline", "--search", "gemma", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recommended"] is None


def test_the_recommended_quant_itself_before_a_variant_of_it():
    """Review round 5: at a 20 tokens/s floor an RTX 4050 laptop is recommended Qwen3-30B-A3B at Q4_K_M (experts of
    40 layers in RAM) and the Models page selected unsloth's UD-Q4_K_XL, a Q4_K_M variant listed first: the file the
    recommendation was sized on is the Q4_K_M itself, when it ranks as well."""
    c = candidate(
        "unsloth/Qwen2.5-14B-Instruct-GGUF",
        ("UD-Q4_K_XL", 8.6, PART, 8.4, True),
        ("Q4_K_M", 9.0, PART, 8.1, True),
    )
    assert c.files[0].quant == "UD-Q4_K_XL"  # below 2 × the floor: the faster first, in the list's own order
    assert suggested_file(c, "Q4_K_M", "Qwen2.5-14B").quant == "Q4_K_M"
    # a repo with only the variant still shows it for the recommended quant
    only = candidate("unsloth/Qwen2.5-14B-Instruct-GGUF", ("UD-Q4_K_XL", 8.6, PART, 8.4, True))
    assert suggested_file(only, "Q4_K_M", "Qwen2.5-14B").quant == "UD-Q4_K_XL"
