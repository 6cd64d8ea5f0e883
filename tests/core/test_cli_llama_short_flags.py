"""`estimate` takes llama-server's own short flags for the options that mean the same thing, so a command line can be
pasted: `-c 8192` is `--context 8192` (it was "ambiguous option: -c could match -ctk, -ctv"), `-m` the model file,
`-md` the draft, `-mm` the projector, `-ncmoe`/`-cmoe` the experts in RAM, `-ngl` the layers on the GPU."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import build_parser, main

HW = str(Path(__file__).resolve().parents[1] / "data" / "machines" / "desktop-ryzen7-7700-32gb.json")


@pytest.mark.parametrize(
    ("short", "long"),
    [
        (["-c", "8192"], ["--context", "8192"]),
        (["-c", "0"], ["--context", "0"]),
        (["-md", "draft.gguf"], ["--draft", "draft.gguf"]),
        (["--spec-draft-model", "draft.gguf"], ["--draft", "draft.gguf"]),
        (["-ctkd", "q8_0", "-ctvd", "q4_0"], ["--cache-type-k-draft", "q8_0", "--cache-type-v-draft", "q4_0"]),
        (["--spec-draft-type-k", "q8_0"], ["--cache-type-k-draft", "q8_0"]),
        (["-ngld", "0"], ["--gpu-layers-draft", "0"]),
        (["--spec-draft-ngl", "all"], ["--n-gpu-layers-draft", "all"]),
        (["-devd", "none"], ["--device-draft", "none"]),
        (["--spec-draft-device", "CUDA1"], ["--device-draft", "CUDA1"]),
        (["-mm", "mmproj.gguf"], ["--mmproj", "mmproj.gguf"]),
        (["-ncmoe", "12"], ["--n-cpu-moe", "12"]),
        (["-cmoe"], ["--cpu-moe"]),
        (["-ngl", "20"], ["--gpu-layers", "20"]),
        (["--n-gpu-layers", "all"], ["--gpu-layers", "all"]),
    ],
)
def test_llama_servers_short_flag_reads_as_the_long_option(short, long):
    parser = build_parser()
    base = ["estimate", "--params", "8B"]
    assert parser.parse_args(base + short) == parser.parse_args(base + long)


def test_dash_m_is_the_model_file_as_in_llama_server():
    parser = build_parser()
    assert parser.parse_args(["estimate", "-m", "x.gguf"]) == parser.parse_args(["estimate", "--gguf", "x.gguf"])


def test_a_pasted_dash_c_sizes_that_context(capsys):
    assert main(["estimate", "--hardware", HW, "--params", "8B", "-c", "8192", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["context"] == 8192


def test_a_dash_c_out_of_range_names_the_option_and_its_range(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["estimate", "--hardware", HW, "--params", "8B", "-c", "2147483648"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "ambiguous" not in err and "--context/-c" in err and "16,777,216" in err


def test_a_shortened_option_is_refused_not_read_as_another():
    """`--gpu-layers 0` (llama.cpp's own spelling) was taken by argparse as an abbreviation of --gpu-layers-draft
    before `estimate` had -ngl: the draft's layers were set and the model's placement silently unchanged."""
    parser = build_parser()
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["estimate", "--params", "8B", "--gpu-layers-d", "0"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        parser.parse_args(["recommend", "--min-tp", "8"])  # --min-tps


def _estimate(capsys, *extra: str) -> dict:
    assert main(["estimate", "--hardware", HW_8GB_CARD, "--params", "8B", "--quant", "Q4_K_M", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


HW_8GB_CARD = str(Path(__file__).resolve().parents[1] / "data" / "machines" / "gaming-rtx4060-8gb-32gb.json")


def test_dash_ngl_places_that_many_layers_on_the_card_as_llama_server_would(capsys):
    auto = _estimate(capsys)
    assert auto["fit"] == "full_gpu" and auto["gpu_layers"] == auto["total_layers"] == 32
    ten = _estimate(capsys, "-ngl", "10")
    assert (ten["fit"], ten["gpu_layers"]) == ("partial_offload", 10)
    assert ten["memory"]["vram_bytes"] < auto["memory"]["vram_bytes"]
    assert ten["tokens_per_second"] < auto["tokens_per_second"]
    none = _estimate(capsys, "-ngl", "0")
    assert (none["fit"], none["memory"]["vram_bytes"]) == ("cpu_only", 0)
    assert none["tokens_per_second"] < ten["tokens_per_second"]
    assert _estimate(capsys, "-ngl", "all") == _estimate(capsys, "-ngl", "auto") == auto


def test_dash_ngl_takes_what_llama_server_takes_and_nothing_else(capsys):
    for bad in ("-1", "ten", "10001", "2.5"):
        with pytest.raises(SystemExit) as exc:
            main(["estimate", "--hardware", HW_8GB_CARD, "--params", "8B", "-ngl", bad])
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert "auto, all or a whole number from 0 to 10,000" in err and "Traceback" not in err
