"""A model typed by its size alone at a mixture of experts' size is told which mixture that is and how fast it runs as
one (contradiction review: `estimate --params 30.5B` was a dense 64-layer model at 3.6 tokens/s on an RTX 3060 beside
a recommendation of Qwen3-30B-A3B at ~32, and only `--experts 128 --active-experts 8`, which nothing named, agreed)."""

from __future__ import annotations

import json
from pathlib import Path

from advisor.cli.main import main

RTX3060 = Path(__file__).parents[2] / "data" / "machines" / "gaming-rtx3060-12gb-16gb.json"


def _estimate(capsys, *flags: str) -> dict:
    assert main(["estimate", "--hardware", str(RTX3060), *flags, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_mixtures_size_names_it_with_the_speed_its_options_give(capsys):
    dense = _estimate(capsys, "--params", "30.5B")
    (said,) = [r for r in dense["remarks"] if r["code"] == "mixture_lookalike"]
    assert said["values"]["model"] == "Qwen3-30B-A3B"
    assert (said["values"]["experts"], said["values"]["active_experts"]) == (128, 8)
    assert said["values"]["quant"] == "Q4_K_M"  # the quant typed (the default), which the command names
    named = _estimate(capsys, "--model", "Qwen3-30B-A3B", "--quant", "Q4_K_M")  # the note's command
    assert said["values"]["tokens_per_second"] == named["tokens_per_second"] > 5 * dense["tokens_per_second"]
    moe = _estimate(capsys, "--params", "30.5B", "--experts", "128", "--active-experts", "8")
    assert not [r for r in moe["remarks"] if r["code"] == "mixture_lookalike"]  # said as one: nothing to add
    assert main(["--lang", "es", "estimate", "--hardware", str(RTX3060), "--params", "30.5B"]) == 0
    assert "Es el tamaño de Qwen3-30B-A3B, una mezcla de expertos" in capsys.readouterr().out


def test_other_sizes_and_files_are_not_told_of_a_mixture(capsys):
    for params in ("8B", "32B", "29B"):  # 29 B is 5 % from Qwen3-30B-A3B: another model
        assert not [r for r in _estimate(capsys, "--params", params)["remarks"] if r["code"] == "mixture_lookalike"]


def test_the_speed_it_names_is_the_one_its_command_gives_for_a_published_file(capsys):
    """gpt-oss-20b's size typed alone: the note's speed was parameters × bits (16.5 tokens/s, and none at all on a
    16 GB Mac, "too large") where its experts' command sized the published file (59.5; code review). It is the
    speed of the command it names now, `--model gpt-oss-20b`."""
    for machine in ("gaming-rtx3060-12gb-16gb.json", "apple-m2-16gb.json"):
        hardware = str(RTX3060.parent / machine)
        typed = ["estimate", "--hardware", hardware, "--params", "20.9B", "--quant", "Q8_0", "--json"]
        assert main(typed) == 0
        (said,) = [r for r in json.loads(capsys.readouterr().out)["remarks"] if r["code"] == "mixture_lookalike"]
        named = ["estimate", "--hardware", hardware, "--model", "gpt-oss-20b", "--quant", "Q8_0", "--json"]
        assert main(named) == 0
        moe = json.loads(capsys.readouterr().out)
        assert said["values"]["tokens_per_second"] == moe["tokens_per_second"] is not None, machine
