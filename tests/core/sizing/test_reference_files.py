"""A class's verdict is sized on the file the Models list names: each reference model at a quant weighs what its
published GGUF weighs (tiers.REFERENCE_FILE_BYTES, from the bundled offline list), not the quant's nominal bits,
which miss what llama-quantize keeps at more bits (review round 5: an RTX 4050 laptop was told Qwen3-30B-A3B at
Q4_K_M runs with `--n-cpu-moe 39` where the file needs 40; an 8B was 1-2 % light, a 3B up to 13 %)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.catalog.filenames import parse_quant
from advisor.core.catalog.ranking import is_of_model
from advisor.core.resources import resource_path
from advisor.core.sizing.memory import weights_bytes
from advisor.core.sizing.quants import QUANT_LADDER
from advisor.core.sizing.tiers import REFERENCE_FILE_BYTES, TIERS, reference_at, reference_file_bytes

REFERENCES = {s.name: s for t in TIERS for s in t.references}
MACHINES = Path(__file__).parents[2] / "data" / "machines"


def _published() -> dict[tuple[str, str], int]:
    """The largest file of each reference model at each quant of the ladder in the bundled offline list."""
    snapshot = json.loads(resource_path("catalog_snapshot.json").read_text(encoding="utf-8"))
    sizes: dict[tuple[str, str], int] = {}
    for name in REFERENCES:
        for repo in snapshot["repos"]:
            if not is_of_model(repo["id"], name):
                continue
            for f in repo["files"]:
                quant = parse_quant(f["path"])
                if quant in QUANT_LADDER:
                    sizes[(name, quant)] = max(sizes.get((name, quant), 0), int(f["size"]))
    return sizes


def test_the_table_is_the_offline_lists_files():
    table = {(name, q): size for name, by_quant in REFERENCE_FILE_BYTES.items() for q, size in by_quant.items()}
    assert table == _published()
    assert set(REFERENCE_FILE_BYTES) <= set(REFERENCES)


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_a_reference_weighs_its_published_file_and_never_less_than_a_smaller_quant(name):
    spec = REFERENCES[name]
    sizes = [reference_file_bytes(spec, q) for q in QUANT_LADDER]
    assert all(s is not None and s > 0 for s in sizes)
    assert sizes == sorted(sizes, reverse=True)  # the ladder runs from the largest quant down
    for quant, size in REFERENCE_FILE_BYTES.get(name, {}).items():
        assert reference_file_bytes(spec, quant) == size
        assert weights_bytes(reference_at(spec, quant)) == (size, True)


def test_a_quant_without_a_published_file_is_scaled_as_its_neighbour_is():
    """Llama 3.1 8B publishes Q4_K_M 1.7 % above its nominal size; its Q2_K (not in the list) is scaled alike."""
    spec = REFERENCES["Llama-3.1-8B"]
    nominal = weights_bytes(dataclasses.replace(spec, quant="Q2_K"))[0]
    scaled = reference_file_bytes(spec, "Q2_K")
    assert scaled is not None and nominal < scaled < nominal * 1.05


@pytest.mark.parametrize(
    ("machine", "tier", "floor"),
    [
        ("gaming-rtx4070-12gb-32gb", "40B", "5"),
        ("laptop-rtx4050-6gb-16gb", "13B", "5"),
        ("apple-m3-pro-18gb", "13B", "5"),
        # Qwen3-30B-A3B with its experts of 40 layers in RAM (the offline list's shape names only the dense 6,144
        # feed-forward: its compute buffer was sized 0.25 GiB too large and the file called too large)
        ("laptop-rtx4050-6gb-16gb", "40B", "20"),
        ("gaming-rtx3060-12gb-16gb", "40B", "20"),
        ("gaming-rtx4060-8gb-32gb", "40B", "20"),
        ("desktop-arc-a770-16gb-32gb", "40B", "30"),
    ],
)
def test_the_recommendation_needs_what_the_models_list_says_its_file_needs(capsys, machine, tier, floor):
    """The size table's "needs" for a class and the offline Models list's need for the file it names (split between
    card and RAM, or on a Mac's unified memory): one figure and one placement, where before the file was 1-2 %
    heavier and a mixture of experts one layer apart."""
    hardware = str(MACHINES / f"{machine}.json")
    assert main(["recommend", "--hardware", hardware, "--json", "--min-tps", floor]) == 0
    row = next(t for t in json.loads(capsys.readouterr().out)["tiers"] if t["tier"] == tier)
    assert main(["models", "--hardware", hardware, "--offline", "--json", "--tier", tier, "--all"]) == 0
    listed = json.loads(capsys.readouterr().out)
    files = [
        f
        for c in listed["candidates"]
        if is_of_model(c["repo_id"], row["model"])
        for f in c["files"]
        if f["quant"] == row["best_quant"]
    ]
    assert files and row["fit"] in ("partial_offload", "full_gpu")
    assert {f["needs_bytes"] for f in files} == {row["needs_bytes"]}
    assert {f["fit"] for f in files} == {row["fit"]}


def test_gpt_oss_quants_keep_their_experts_in_mxfp4_so_none_is_lighter_than_its_published_neighbour():
    """Every gpt-oss-20b GGUF keeps its experts in MXFP4 (unsloth's Q8_0 is 12.1 GB, its Q4_K_M 11.6): a quant no
    one publishes weighs what the next larger published one does. Scaled by nominal bits, its "Q3_K_M" was 9.4 GB
    and "ran" where the real files do not, and a "Q5_K_M" as light as the Q4_K_M was recommended."""
    spec = REFERENCES["gpt-oss-20b"]
    published = REFERENCE_FILE_BYTES["gpt-oss-20b"]
    sizes = {q: reference_file_bytes(spec, q) for q in QUANT_LADDER}
    assert sizes["Q6_K"] == sizes["Q5_K_M"] == published["Q8_0"]
    assert sizes["IQ4_XS"] == sizes["Q3_K_M"] == sizes["Q2_K"] == published["Q4_K_M"]


def test_gpt_oss_20b_is_a_13b_class_model_as_its_name_says():
    """20.9 B ("21B" in OpenAI's model card): the 13B class reaches 21 B, so a 16 GB machine that runs it is not told
    it runs a 40B-class model."""
    from advisor.core.sizing.tiers import tier_for_parameters

    assert tier_for_parameters(REFERENCES["gpt-oss-20b"].parameters).name == "13B"
    assert tier_for_parameters(22.2e9).name == "40B"  # Mistral Small 22B stays a 40B
