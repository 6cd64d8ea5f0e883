"""`estimate` takes llama-server's own short flags for the options that mean the same thing, so a command line can be
pasted: `-c 8192` is `--context 8192` (it was "ambiguous option: -c could match -ctk, -ctv"), `-m` the model file,
`-md` the draft, `-mm` the projector, `-ncmoe`/`-cmoe` the experts in RAM."""

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
    """`--gpu-layers 0` (llama.cpp's spelling of -ngl, which `estimate` does not take) was read by argparse as an
    abbreviation of --gpu-layers-draft: the draft's layers were set and the model's placement silently unchanged."""
    parser = build_parser()
    refused = (
        ["estimate", "--params", "8B", "--gpu-layers", "0"],
        ["estimate", "--params", "8B", "-ngl", "10"],  # Python < 3.12 read a single-dash prefix as -ngld 10
        ["estimate", "--params", "8B", "-dev", "none"],  # ... and this as -devd none
        ["recommend", "--min-tp", "8"],
    )
    for argv in refused:
        with pytest.raises(SystemExit) as exc:
            parser.parse_args(argv)
        assert exc.value.code == 2, argv
    assert parser.parse_args(["recommend", "--min-tps=8"]).min_tps == 8  # the whole name, with "=", still works
    assert parser.parse_args(["estimate", "--params", "8B", "-c8192"]).context == 8192  # a short option's value
