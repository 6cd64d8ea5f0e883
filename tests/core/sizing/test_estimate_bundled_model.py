"""`estimate --model NAME` for a model of the bundled list that `recommend` never names (Gemma 3, Qwen3-Coder,
Qwen3-8B, phi-4...): sized as the Models list sizes that file, and said so. Before, `--model gemma-3-12b` was refused
though `models --offline` listed it, and `--model Qwen3-Coder-30B-A3B` too (newcomer rounds)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog import search
from advisor.core.catalog.snapshot import load_snapshot
from advisor.core.hardware.profile_io import load_profile
from advisor.core.model_names import model_words, shown_name
from advisor.core.sizing.tiers import model_by_name

MACHINES = Path(__file__).parents[2] / "data" / "machines"
GAMING = MACHINES / "gaming-rtx4060-8gb-32gb.json"


def _estimate(capsys, *argv: str) -> dict:
    assert main(["estimate", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _bundled_models() -> list[str]:
    """Each model of the bundled list that `recommend` does not name, once, as the list shows its repo's name."""
    names: dict[tuple[str, ...], str] = {}
    for repo in load_snapshot()["repos"]:
        name = shown_name(repo["id"])
        if model_by_name(name) is None:
            names.setdefault(model_words(name), name)
    return sorted(names.values())


@pytest.mark.parametrize("machine", [GAMING, MACHINES / "laptop-i5-1135g7-8gb.json"], ids=lambda p: p.stem)
def test_every_model_of_the_list_by_name_is_the_file_the_models_list_shows(machine, capsys):
    assert machine.exists()
    listed = search(profile=load_profile(machine), offline=True, include_all=True, limit=100, read_headers=False)
    rows = {(c.repo_id, f.path): f for c in listed.candidates for f in c.files}
    names = _bundled_models()
    assert {"gemma-3-12b-it", "Qwen3-Coder-30B-A3B-Instruct", "phi-4"} <= set(names)  # what people ask for
    for name in names:
        est = _estimate(capsys, "--hardware", str(machine), "--model", name)
        source = est["model_source"]
        assert source["source"] == "bundled_list", name
        shown = rows[(source["repo"], source["file"])]
        assert shown.quant == est["quant"] == "Q4_K_M", name  # --model's default quant, as a file of the list
        assert est["model"]["file_size_bytes"] == shown.size_bytes, name
        assert est["memory"]["total_bytes"] == shown.needs_bytes, name
        assert (est["fit"], est["tight"]) == (shown.fit.value, shown.tight), name
        if shown.tokens_per_second:
            assert est["tokens_per_second"] == pytest.approx(shown.tokens_per_second, rel=0.05), name
        (said,) = [r["values"] for r in est["remarks"] if r["code"] == "bundled_model_file"]
        assert (said["repo"], said["file"], said["file_bytes"]) == (source["repo"], shown.path, shown.size_bytes)


@pytest.mark.parametrize(
    "typed", ["gemma-3-12b", "gemma3:12b", "Gemma 3 12B it", "unsloth/gemma-3-12b-it-GGUF", "google_gemma-3-12b-it"]
)
def test_a_name_is_read_as_people_and_repos_write_it(typed, capsys):
    est = _estimate(capsys, "--hardware", str(GAMING), "--model", typed)
    assert (est["model_source"]["repo"], est["model_source"]["file"]) == (
        "unsloth/gemma-3-12b-it-GGUF",
        "gemma-3-12b-it-Q4_K_M.gguf",
    )


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Meta-Llama-3.1-8B-Instruct", "Llama-3.1-8B"),
        ("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "Llama-3.1-8B"),
        ("llama3.1:8b", "Llama-3.1-8B"),
        ("mistral-nemo", "Mistral-Nemo-12B"),
        ("openai/gpt-oss-20b", "gpt-oss-20b"),
        ("bartowski/Qwen2.5-7B-Instruct-GGUF", "Qwen2.5-7B"),
        ("Mixtral-8x7B-Instruct-v0.1", "Mixtral-8x7B"),  # a version typed (code review: TheBloke's repo instead)
        ("mixtral:8x7b", "Mixtral-8x7B"),
    ],
)
def test_a_model_recommend_names_gets_one_answer_however_it_is_typed(typed, named, capsys):
    """Code review: `Meta-Llama-3.1-8B-Instruct` went down the bundled list's path at Q4_K_M where `Llama-3.1-8B`
    got recommend's Q6_K on the same machine."""
    as_typed = _estimate(capsys, "--hardware", str(GAMING), "--model", typed)
    by_name = _estimate(capsys, "--hardware", str(GAMING), "--model", named)
    assert "model_source" not in as_typed
    keys = ("quant", "fit", "tokens_per_second", "n_cpu_moe", "gpu_layers")
    assert {k: as_typed[k] for k in keys} == {k: by_name[k] for k in keys}
    assert as_typed["memory"] == by_name["memory"]


def test_a_version_typed_is_that_version_only(capsys):
    """Code review: `Mistral-7B-Instruct-v0.1` was sized as the list's v0.3."""
    assert main(["estimate", "--hardware", str(GAMING), "--model", "Mistral-7B-Instruct-v0.1", "--lang", "en"]) == 2
    assert "did you mean: Mistral-7B-Instruct-v0.3?" in capsys.readouterr().err
    v03 = _estimate(capsys, "--hardware", str(GAMING), "--model", "Mistral-7B-Instruct-v0.3")
    assert v03["model_source"]["repo"] == "bartowski/Mistral-7B-Instruct-v0.3-GGUF"


def test_the_owner_typed_picks_that_repo_and_a_recommend_model_stays_recommends(capsys):
    own = _estimate(capsys, "--hardware", str(GAMING), "--model", "lmstudio-community/Llama-3.3-70B-Instruct-GGUF")
    assert own["model_source"]["repo"] == "lmstudio-community/Llama-3.3-70B-Instruct-GGUF"
    # the repo typed even at a quant it has no file of (another repo's file is not the one asked for)
    at_q5 = _estimate(
        capsys,
        "--hardware",
        str(GAMING),
        "--model",
        "lmstudio-community/Llama-3.3-70B-Instruct-GGUF",
        "--quant",
        "Q5_K_M",
    )
    assert at_q5["model_source"] == {**at_q5["model_source"], "repo": own["model_source"]["repo"], "file": None}
    plain = _estimate(capsys, "--hardware", str(GAMING), "--model", "Llama-3.3-70B")
    assert plain["model_source"]["repo"] == "bartowski/Llama-3.3-70B-Instruct-GGUF"  # the most downloaded
    named = _estimate(capsys, "--hardware", str(GAMING), "--model", "Qwen2.5-7B")
    assert "model_source" not in named and not [r for r in named["remarks"] if r["code"].startswith("bundled")]


def test_a_quant_the_list_has_no_file_of_is_sized_by_its_bits_and_said(capsys):
    at_q4 = _estimate(capsys, "--hardware", str(GAMING), "--model", "gemma-3-12b")
    at_q3 = _estimate(capsys, "--hardware", str(GAMING), "--model", "gemma-3-12b", "--quant", "Q3_K_M")
    assert at_q3["quant"] == "Q3_K_M" and at_q3["model_source"]["file"] is None
    assert at_q3["memory"]["weights_bytes"] < at_q4["memory"]["weights_bytes"] and not at_q3["model"]["file_size_bytes"]
    assert at_q3["model"]["layers"] == at_q4["model"]["layers"] == 48  # the repo's architecture, not a borrowed one
    (said,) = [r["values"] for r in at_q3["remarks"] if r["code"] == "bundled_model_no_file"]
    assert said == {
        "model": "gemma-3-12b-it",
        "repo": "unsloth/gemma-3-12b-it-GGUF",
        "quant": "Q3_K_M",
        "quants": "Q4_K_M, Q5_K_M, Q6_K",
    }
    assert (
        main(["estimate", "--hardware", str(GAMING), "--model", "gemma-3-12b", "--quant", "Q3_K_M", "--lang", "es"])
        == 0
    )
    out = capsys.readouterr().out
    assert "La lista incluida no tiene ningún archivo Q3_K_M de gemma-3-12b-it" in out


def test_a_variant_label_is_its_file_where_the_list_has_one_else_its_base(capsys):
    ud = _estimate(capsys, "--hardware", str(GAMING), "--model", "Qwen3-4B", "--quant", "UD-Q4_K_XL")
    assert ud["model_source"]["file"] == "Qwen3-4B-UD-Q4_K_XL.gguf"
    plain = _estimate(capsys, "--hardware", str(GAMING), "--model", "Qwen3-4B")
    assert ud["memory"]["weights_bytes"] != plain["memory"]["weights_bytes"]
    none = _estimate(capsys, "--hardware", str(GAMING), "--model", "phi-4", "--quant", "UD-Q4_K_XL")
    (said,) = [r for r in none["remarks"] if r["code"].startswith(("variant", "bundled"))]
    assert said["values"] == {"quant": "UD-Q4_K_XL", "base": "Q4_K_M"}
    # sized as its base's file, as --quant Q4_K_M sizes it (code review: parameters × bits gave another layout)
    base = _estimate(capsys, "--hardware", str(GAMING), "--model", "phi-4", "--quant", "Q4_K_M")
    assert none["model_source"]["file"] == base["model_source"]["file"] == "phi-4-Q4_K_M.gguf"
    assert (none["memory"], none["gpu_layers"]) == (base["memory"], base["gpu_layers"])


def test_a_file_size_of_ones_own_is_sized_with_the_models_architecture(capsys):
    own = _estimate(capsys, "--hardware", str(GAMING), "--model", "gemma-3-12b", "--file-size", "7GiB")
    assert own["model"]["file_size_bytes"] == 7 * 2**30 and own["model"]["layers"] == 48
    assert own["model_source"]["file"] is None  # the list's file is not what was sized
    assert not [r for r in own["remarks"] if r["code"].startswith("bundled")]


def test_a_name_near_the_lists_offers_its_models_and_any_other_is_refused(capsys):
    for typed, offered in (
        ("gemma-3", "did you mean: gemma-3-12b-it, gemma-3-4b-it? For any"),
        ("foo-7b", "finds them). For any"),
    ):
        assert main(["estimate", "--hardware", str(GAMING), "--model", typed, "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert f"--model {typed!r}: not a model the advisor knows by name" in err
        assert offered in err and "--gguf PATH" in err and "Traceback" not in err
    assert main(["estimate", "--hardware", str(GAMING), "--model", "gemma-3", "--lang", "es"]) == 2
    err = capsys.readouterr().err
    assert "no es un modelo que el asesor conozca por su nombre" in err and "gemma-3-4b-it" in err
    for hostile in ("", "/", "a/b/c", "x" * 100, "GGUF", "\x1b[31mred"):
        try:
            code = main(["estimate", "--hardware", str(GAMING), f"--model={hostile}"])
        except SystemExit as exc:  # argparse's refusal of a value it cannot take
            code = exc.code
        assert code == 2, hostile
        assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("typed", "named", "quant"),
    [
        ("qwen2.5:7b-instruct-q4_K_M", "Qwen2.5-7B", "Q4_K_M"),  # Ollama's tag with its quant
        ("Qwen3-Coder-30B-A3B-Instruct-Q4_K_M.gguf", "Qwen3-Coder-30B-A3B", "Q4_K_M"),  # LM Studio's file name
        ("gemma-3-12b-it-Q6_K.gguf", "gemma-3-12b", "Q6_K"),
    ],
)
def test_a_name_with_its_quant_in_it_is_that_model_at_that_quant(typed, named, quant, capsys):
    """Newcomer round: `qwen2.5:7b-instruct-q4_K_M` and a file's name as LM Studio shows it were refused."""
    as_typed = _estimate(capsys, "--hardware", str(GAMING), "--model", typed)
    plain = _estimate(capsys, "--hardware", str(GAMING), "--model", named, "--quant", quant)
    assert as_typed["quant"] == plain["quant"] == quant
    assert (as_typed["memory"], as_typed["tokens_per_second"]) == (plain["memory"], plain["tokens_per_second"])


def test_a_cache_type_is_taken_in_lm_studios_capitals(capsys):
    """Newcomer round: `--kv-type Q8_0`, as LM Studio writes it and as the advisor's own tip does, was refused."""
    upper = _estimate(capsys, "--hardware", str(GAMING), "--model", "Llama-3.1-8B", "--kv-type", "Q8_0", "-ctv", "Q8_0")
    lower = _estimate(capsys, "--hardware", str(GAMING), "--model", "Llama-3.1-8B", "--kv-type", "q8_0")
    assert upper["cache_type_k"] == upper["cache_type_v"] == "q8_0" and upper["memory"] == lower["memory"]


def test_weights_over_the_file_are_explained_where_the_output_layer_shares_the_embedding(capsys):
    """Newcomer round: gemma-3-12b's "weights 7.4 GiB" stood beside its 6.8 GiB file with no word why; the note said
    only that the embedding table needs no graphics memory."""
    tied = _estimate(capsys, "--hardware", str(GAMING), "--model", "gemma-3-12b")
    assert tied["memory"]["weights_bytes"] > tied["model"]["file_size_bytes"]
    assert "tied_output_copy" in tied["notes"] and "embedding_in_host_ram" not in tied["notes"]
    untied = _estimate(capsys, "--hardware", str(GAMING), "--model", "Llama-3.1-8B")
    assert untied["memory"]["weights_bytes"] <= untied["model"]["file_size_bytes"]
    assert "embedding_in_host_ram" in untied["notes"] and "tied_output_copy" not in untied["notes"]


@pytest.mark.parametrize("typed", ["Llama-3.1-8B", "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"])
def test_a_named_model_at_a_quant_the_table_lacks_is_the_list_file_the_models_list_shows(typed, capsys):
    """Code review: `--model Meta-Llama-3.1-8B-Instruct --quant IQ2_M` gave 2.52 GiB by bits at 57.1 tokens/s where the
    Models list's row for bartowski's IQ2_M file said 2.75 GiB at 52.5."""
    listed = search(profile=load_profile(GAMING), offline=True, include_all=True, limit=100, read_headers=False)
    row = next(
        f
        for c in listed.candidates
        if c.repo_id == "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF"
        for f in c.files
        if f.quant == "IQ2_M"
    )
    est = _estimate(capsys, "--hardware", str(GAMING), "--model", typed, "--quant", "IQ2_M")
    assert est["model"]["file_size_bytes"] == row.size_bytes
    assert est["memory"]["total_bytes"] == row.needs_bytes
    assert est["tokens_per_second"] == pytest.approx(row.tokens_per_second, rel=0.05)
    (said,) = [r["values"] for r in est["remarks"] if r["code"] == "variant_file"]
    assert (said["quant"], said["file"]) == ("IQ2_M", row.path)


def test_a_quant_in_the_name_is_split_off_only_where_what_is_left_is_known(capsys):
    """Code review: `...-Q8_0-F16.gguf` kept its Q8_0 in the name; `...-NVFP4.gguf` was told "--quant 'NVFP4': unknown
    quant" though no --quant was typed; a refusal quoted a name the person never wrote."""
    both = _estimate(capsys, "--hardware", str(GAMING), "--model", "Qwen2.5-7B-Instruct-Q8_0-F16.gguf")
    assert (both["model"]["name"], both["quant"]) == ("Qwen2.5-7B", "Q8_0")
    for typed in ("foo-NVFP4.gguf", "google/gemma-3-27b-it-qat-q4_0-gguf"):
        assert main(["estimate", "--hardware", str(GAMING), "--model", typed, "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert f"--model {typed!r}: not a model" in err and "--quant" not in err.split(":")[0]
    argv = ["estimate", "--hardware", str(GAMING), "--model", "Qwen3-8B-Q8_0.gguf", "--quant", "Q4_K_M", "--lang", "en"]
    assert main(argv) == 2
    assert "names the quant Q8_0 and --quant says Q4_K_M: give one" in capsys.readouterr().err


def test_the_output_copy_is_said_where_a_file_is_compared_and_the_copy_is_known(capsys, tmp_path):
    """Code review: "more memory than the file" stood beside "No file size given" (--params); on an APU the weights
    above the file were left unexplained. On a Mac, whose Metal maps the file, the copy is not known to be made: not
    described (its figure is left as it was, said in the notes of the session)."""
    hw = tmp_path / "m2.json"
    hw.write_text(json.dumps({"ram": {"total_bytes": 16 * 2**30}, "gpus": [{"name": "Apple M2"}]}))
    mac = _estimate(capsys, "--hardware", str(hw), "--model", "gemma-3-12b")
    assert "tied_output_copy" not in mac["notes"]
    apu = _estimate(capsys, "--hardware", str(MACHINES / "laptop-phoenix-780m-32gb.json"), "--model", "gemma-3-12b")
    assert apu["memory"]["weights_bytes"] > apu["model"]["file_size_bytes"] and "tied_output_copy" in apu["notes"]
    by_bits = _estimate(capsys, "--hardware", str(GAMING), "--model", "gemma-3-12b", "--quant", "Q3_K_M")
    assert "tied_output_copy" not in by_bits["notes"] and "weights_from_bits_per_weight" in by_bits["notes"]


def test_a_ladder_quant_typed_is_what_recommend_sizes_and_a_version_is_the_tables_own_only(capsys):
    """Code review: `--model Mixtral-8x7B --quant Q4_K_M` (its recommended quant) took the list's file, 24.6 GiB, where
    `--model Mixtral-8x7B` sized 26.2; `Llama-3.1-8B-Instruct-v2` was taken for the table's Llama-3.1-8B."""
    hw = str(MACHINES / "workstation-rtx3090-24gb-64gb.json")
    plain = _estimate(capsys, "--hardware", hw, "--model", "Mixtral-8x7B")
    typed = _estimate(capsys, "--hardware", hw, "--model", "Mixtral-8x7B", "--quant", plain["quant"])
    assert (typed["memory"], typed["tokens_per_second"]) == (plain["memory"], plain["tokens_per_second"])
    own = _estimate(capsys, "--hardware", hw, "--model", "Mixtral-8x7B-Instruct-v0.1")
    assert own["memory"] == plain["memory"] and "model_source" not in own
    for other in ("Llama-3.1-8B-Instruct-v2", "Mixtral-8x7B-Instruct-v0.2"):
        assert main(["estimate", "--hardware", hw, "--model", other]) == 2, other
        capsys.readouterr()
