"""`--params` in the units people type: '8' and '8B' are eight billion, '8e9' is parameters, bad input is exit 2."""

from __future__ import annotations

import argparse
import json
import re

import pytest

from advisor.cli.common import ParameterCount, parameter_count
from advisor.cli.main import main

GiB = 2**30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8", 8e9),
        ("8B", 8e9),
        ("8b", 8e9),
        ("8 B", 8e9),
        (" 8B ", 8e9),
        ("7.6B", 7.6e9),
        ("8e9", 8e9),
        ("8000000000", 8e9),
        ("500M", 5e8),
        ("500m", 5e8),
        ("1.5T", 1.5e12),
        ("0.5B", 5e8),
        ("0.5", 5e8),
        ("70", 70e9),
        ("8.03e9", 8.03e9),
        ("1000000", 1e6),
        ("1e6", 1e6),
        ("2000K", 2e6),
        (".5B", 5e8),
        ("10T", 1e13),
        # a decimal comma, as a Spanish speaker writes it (the output itself says "30,5 mil millones")
        ("30,5B", 30.5e9),
        ("7,6", 7.6e9),
        ("0,25B", 2.5e8),
    ],
)
def test_parameter_count_accepts_the_units_people_type(text, expected):
    value = parameter_count(text)
    assert isinstance(value, ParameterCount) and value == expected and value.text == text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("8", "8 billion parameters (read from --params 8)"),
        ("7.6B", "7.6 billion parameters (read from --params 7.6B)"),
        ("8000000000", "8 billion parameters (read from --params 8000000000)"),
        ("500M", "500 million parameters (read from --params 500M)"),
        ("1.5T", "1.5 trillion parameters (read from --params 1.5T)"),
    ],
)
def test_parameter_count_says_how_it_was_read(text, words):
    assert parameter_count(text).described() == words


@pytest.mark.parametrize(
    "text",
    [
        "-8",
        "0",
        "0B",
        "0.0",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "abc",
        "",
        " ",
        "8GB",
        "8 billion",
        "8B8",
        "30,500M",  # three digits after a comma read as a thousands group: ambiguous, refused
        "1,2,3B",
        ",5B",
        "B",
        "500K",
        "0.0001B",
        "999999",  # 999,999 read as billions: over ten trillion
        "12T",
        "1e30",
        "1e9999",
        "8e9B",
    ],
)
def test_parameter_count_rejects_what_is_not_a_model_size(text):
    with pytest.raises(argparse.ArgumentTypeError, match="8B"):
        parameter_count(text)


@pytest.fixture
def cpu_pc(tmp_path):
    """A --hardware file: a 16 GB laptop, 8 cores, 40 GB/s RAM, no GPU."""
    path = tmp_path / "laptop.json"
    path.write_text(
        json.dumps(
            {
                "ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 40},
                "cpu": {"brand": "Intel Core i7-1165G7", "arch": "x86_64", "physical_cores": 4, "logical_cores": 8},
                "gpus": [],
            }
        )
    )
    return path


def test_estimate_params_8_is_an_8b_model_at_a_cpu_speed(capsys, cpu_pc):
    assert main(["estimate", "--params", "8", "--hardware", str(cpu_pc)]) == 0
    out = capsys.readouterr().out
    assert "8 billion parameters (read from --params 8)" in out
    speed = float(re.search(r"Speed\s+~([0-9.]+) tokens/s", out).group(1))
    assert 1 <= speed <= 20  # 4.9 GB of Q4_K_M weights over 40 GB/s; not the 388 tokens/s of an 8-parameter model
    assert main(["estimate", "--params", "8", "--hardware", str(cpu_pc), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["model"]["parameters"] == 8e9 and 1 <= data["tokens_per_second"] <= 20


@pytest.mark.parametrize("text", ["-8", "0", "nan", "inf", "eight", "500K", "1e30"])
def test_estimate_bad_params_is_an_argparse_error_naming_the_option(capsys, cpu_pc, text):
    with pytest.raises(SystemExit) as exc:
        main(["estimate", "--hardware", str(cpu_pc), f"--params={text}"])
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert exc.value.code == 2 and "argument --params" in last and "8B" in last and "Traceback" not in err


@pytest.mark.parametrize(("text", "total"), [("30B-A3B", "30B"), ("235b-a22b", "235b"), ("30,5B-A3,3B", "30,5B")])
def test_a_mixture_named_by_its_sizes_is_told_how_to_give_its_experts(capsys, cpu_pc, text, total):
    """A newcomer typed `--params 30B-A3B`, the name people use, and read only "is not a parameter count"."""
    with pytest.raises(SystemExit) as exc:
        main(["estimate", "--hardware", str(cpu_pc), "--params", text])
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert exc.value.code == 2 and "names a mixture of experts" in last
    assert f"--params {total} --experts N --active-experts K" in last and "--experts 128 --active-experts 8" in last
