"""Every input is hostile until checked: numeric options out of range, empty or absurd text, hardware files that
break the JSON parser, lone surrogates on their way to a report. Each is one clear line and exit 2 (or, for text
that reaches a report, the character replaced) — never a traceback or "unexpected error"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.sizing.local import estimate_local_models

BAD_NUMBERS = ["1e400", "1e308", "inf", "nan", "-1", "abc", "1" * 200]

# (subcommand with what it needs, option, extra bad values: zero where meaningless, absurd values)
NUMERIC_OPTIONS = [
    (["estimate", "--params", "8B"], "--context", ["16777217"]),  # 0 is llama-server's -c 0: the trained context
    (["estimate", "--params", "8B"], "--layers", ["0", "10001"]),
    (["estimate", "--params", "8B"], "--embedding", ["0", "2e6"]),
    (["estimate", "--params", "8B"], "--heads", ["0", "70000"]),
    (["estimate", "--params", "8B"], "--kv-heads", ["0"]),
    (["estimate", "--params", "8B"], "--head-dim", ["0", "1e5"]),
    (["estimate", "--params", "8B"], "--vocab", ["0", "1e9"]),
    (["estimate", "--params", "8B"], "--experts", ["0", "5000"]),
    (["estimate", "--params", "8B"], "--active-experts", ["0"]),
    (["estimate", "--params", "8B"], "--file-size", ["0", "2PiB"]),
    (["estimate", "--params", "8B"], "--n-cpu-moe", ["-1", "10001"]),
    (["estimate", "--params", "8B"], "-ub", ["0", "16777217"]),
    (["estimate", "--params", "8B"], "-b", ["0", "16777217"]),
    (["estimate"], "--params", ["0", "1e30"]),
    (["recommend"], "--context", ["0"]),
    (["recommend"], "--min-tps", ["0", "10001"]),
    (["models"], "--context", ["0"]),
    (["models"], "--limit", ["0", "1001"]),
    (["models"], "--min-tps", ["0", "10001"]),
    (["report"], "--context", ["0"]),
    (["report"], "--min-tps", ["0", "10001"]),
    (["cost"], "--min-tps", ["0", "10001"]),
    (["download", "a/b", "m.gguf"], "--stall-timeout", ["0", "1e9"]),
    (["cost"], "--tokens-per-month", ["0", "1e14"]),
    (["cost"], "--input-share", ["1.5"]),
    (["cost"], "--hours-per-day", ["0", "25"]),
    (["cost"], "--days-per-month", ["0", "32"]),
    (["cost"], "--api-price-input", ["1e10"]),
    (["cost"], "--api-price-output", ["1e10"]),
    (["cost"], "--usd-rate", ["0", "1e7"]),
    (["cost"], "--electricity-price", ["0", "1e7"]),
    (["cost"], "--hardware-cost", ["1e13"]),
    (["cost"], "--resale-value", ["1e13"]),
    (["cost"], "--subscription", ["1e13", "-1"]),
    (["cost"], "--lifetime-years", ["0", "51"]),
    (["cost"], "--power-watts", ["0", "1e6"]),
    (["cost"], "--idle-watts", ["1e6"]),
    (["cost"], "--tokens-per-second", ["0", "1e6"]),
    (["cost"], "--prompt-tokens-per-second", ["0", "1e7"]),
]
# `report` takes the cost comparison's inputs with `cost`'s types: the same refusals
NUMERIC_OPTIONS += [(["report"], opt, extra) for cmd, opt, extra in NUMERIC_OPTIONS if cmd == ["cost"]]
_CASES = [(cmd, opt, value) for cmd, opt, extra in NUMERIC_OPTIONS for value in [*BAD_NUMBERS, *extra]]


@pytest.mark.parametrize(("cmd", "option", "value"), _CASES, ids=[f"{c[0]}{o}={v[:12]}" for c, o, v in _CASES])
def test_every_numeric_option_refuses_what_no_one_means(capsys, cmd, option, value):
    with pytest.raises(SystemExit) as exc:
        main([*cmd, f"{option}={value}"])
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert exc.value.code == 2, err
    assert "argument " in last and option in last and ("accepted" in last or "parameters" in last), last
    assert "Traceback" not in err and len(last) < 400


def test_every_numeric_option_of_every_subcommand_has_a_range():
    """A new numeric option without a range would pass through unchecked: every one is in the table above."""
    import argparse

    from advisor.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    tested = {(cmd[0], opt) for cmd, opt, _ in NUMERIC_OPTIONS}
    for name, cmd in sub.choices.items():
        if name in ("server", "gui"):
            continue
        for action in cmd._actions:
            kind = getattr(action.type, "__name__", "")
            if kind in ("whole number", "number") or action.dest == "params":
                assert any((name, o) in tested for o in action.option_strings), f"{name} {action.option_strings}"


@pytest.mark.parametrize("value", ["4096", "32K", "8e3"])
def test_sane_values_still_pass(value, tmp_path, capsys):
    hw = tmp_path / "hw.json"
    hw.write_text('{"ram": {"total_bytes": 34359738368}, "gpus": []}')
    assert main(["estimate", "--params", "8B", "--context", value, "--hardware", str(hw), "--json"]) == 0


@pytest.mark.parametrize(
    ("value", "tokens"),
    [("8k", 8192), ("32K", 32768), ("128K", 131072), ("32.768", 32768), ("32,768", 32768), ("32 768", 32768)],
)
def test_a_context_is_read_as_llama_cpp_and_lm_studio_write_it_and_as_the_output_prints_it(
    value, tokens, tmp_path, capsys
):
    """A newcomer's "--context 8k" was 8,000 tokens (8K is 8,192 wherever a context is shown), and "32.768" — the
    tool's own Spanish figure, pasted back — was "not a whole number"."""
    import json

    hw = tmp_path / "hw.json"
    hw.write_text('{"ram": {"total_bytes": 34359738368}, "gpus": []}')
    assert main(["estimate", "--params", "8B", "--context", value, "--hardware", str(hw), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["context"] == tokens


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["estimate", "--gguf", ""], "--gguf"),
        (["estimate", "--gguf", "x" * 100_000], "--gguf"),
        (["estimate", "--gguf", "a\x00b"], "--gguf"),
        (["estimate", "--gguf", "bad\ud800.gguf"], "--gguf"),
        (["estimate", "--model", ""], "--model"),
        (["estimate", "--model", "m" * 100_000], "--model"),
        (["estimate", "--model", "a\x00b"], "--model"),
        (["estimate", "--hf", ""], "--hf"),
        (["estimate", "--hf", "../.."], "--hf"),
        (["estimate", "--hf", "a" * 100_000], "--hf"),
        (["estimate", "--hf", "a--b/c", "--file", "m.gguf"], "--hf"),
        (["estimate", "--hf", "a/b", "--file", "../../etc/passwd"], "--file"),
        (["estimate", "--hf", "a/b", "--file", ""], "--file"),
        (["download", "a" * 100_000, "m.gguf"], "OWNER/REPO"),
        (["download", "a/b", "/etc/passwd"], "FILE"),
        (["models", "--search", "q" * 100_000], "--search"),
        (["cost", "--currency", "E" * 1000], "--currency"),
        (["report", "-o", ""], "--output"),
    ],
)
def test_bounded_text_options(capsys, argv, option):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert exc.value.code == 2 and option in last and "Traceback" not in err
    assert len(last) < 400  # a 100 kB argument is not echoed back whole


def _hardware_cli(tmp_path: Path, text: str, capsys) -> tuple[int, str]:
    hw = tmp_path / "hw.json"
    hw.write_text(text)
    code = main(["recommend", "--hardware", str(hw)])
    return code, capsys.readouterr().err


def test_deeply_nested_json_is_a_clear_error(tmp_path, capsys):
    code, err = _hardware_cli(tmp_path, "[" * 100_000 + "]" * 100_000, capsys)
    assert code == 2 and "nested too deeply" in err and "unexpected" not in err


def test_gigantic_integers_are_a_clear_error(tmp_path, capsys):
    code, err = _hardware_cli(tmp_path, '{"ram": {"total_bytes": ' + "9" * 10_000 + "}}", capsys)
    assert code == 2 and "too long" in err and "unexpected" not in err


def test_a_huge_hardware_file_is_refused_without_reading_it_all(tmp_path, capsys):
    code, err = _hardware_cli(tmp_path, " " * (17 * 2**20) + "{}", capsys)
    assert code == 2 and "larger than" in err


_SURROGATE_HW = {
    "ram": {"total_bytes": 34359738368},
    "gpus": [{"name": "NVIDIA GeForce RTX 4070 \ud800", "vram_total_bytes": 12884901888}],
    "lmstudio": {"models": [{"path": "/models/bad\ud800name.gguf", "size_bytes": 1000}]},
}


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_lone_surrogates_reach_the_report_replaced(tmp_path, capsys, fmt):
    hw = tmp_path / "hw.json"
    hw.write_text(json.dumps(_SURROGATE_HW))  # json.dumps escapes the surrogate as \\ud800
    out = tmp_path / f"report.{fmt}"
    code = main(["report", "--hardware", str(hw), "--offline", "--no-models", "--format", fmt, "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "\ufffd" in text and "unexpected" not in err


def test_lone_surrogates_in_estimate_and_detect_output(tmp_path, capsys):
    hw = tmp_path / "hw.json"
    hw.write_text(json.dumps(_SURROGATE_HW))
    assert main(["detect", "--hardware", str(hw)]) == 0
    assert main(["detect", "--hardware", str(hw), "--json"]) == 0
    assert "\ufffd" in capsys.readouterr().out


def test_a_bad_file_in_lm_studios_folder_is_listed_and_the_rest_goes_on(tmp_path):
    from advisor.core.hardware.profile_io import profile_from_dict
    from tests.core.gguf.mutate import mutated, small_gguf

    good = small_gguf(tmp_path / "good.gguf")
    bad = mutated(good, tmp_path / "bad.gguf", "#kv", 2**40)
    negative = mutated(good, tmp_path / "negative.gguf", "llama.block_count", -1)
    garbage = tmp_path / "garbage.gguf"
    garbage.write_bytes(b"GGUF" + b"\xff" * 100)
    paths = [bad, garbage, negative, good, tmp_path / "gone.gguf", "/models/bad\ud800.gguf"]
    profile = profile_from_dict(
        {
            "ram": {"total_bytes": 34359738368},
            "gpus": [],
            "lmstudio": {"models": [{"path": str(p), "size_bytes": 1000} for p in paths]},
        }
    )
    results = estimate_local_models(profile)
    assert [r.error for r in results] == ["not_gguf", "not_gguf", "not_gguf", None, "not_found", "unreadable"]
    assert results[3].estimate is not None and results[3].estimate.memory.total_bytes > 0


def test_a_reader_that_raises_anything_is_contained(tmp_path):
    from advisor.core.hardware.profile_io import profile_from_dict

    profile = profile_from_dict(
        {
            "ram": {"total_bytes": 34359738368},
            "gpus": [],
            "lmstudio": {"models": [{"path": "/m/a.gguf", "size_bytes": 1}, {"path": "/m/b.gguf", "size_bytes": 1}]},
        }
    )

    def reader(path: str):
        raise MemoryError if path.endswith("a.gguf") else RecursionError

    assert [r.error for r in estimate_local_models(profile, reader=reader)] == ["not_gguf", "not_gguf"]


def test_the_cli_ranges_are_the_readers_and_the_sizing_engines():
    from advisor.cli.estimate import MAX_CONTEXT_TOKENS, SHAPE_RANGES
    from advisor.core.gguf import info
    from advisor.core.sizing.estimate import MAX_CONTEXT

    assert MAX_CONTEXT_TOKENS == MAX_CONTEXT
    assert SHAPE_RANGES["--layers"][0] == info.LLAMA_MAX_LAYERS  # llama.cpp loads no more
    assert SHAPE_RANGES["--embedding"][0] == info.MAX_EMBEDDING
    assert SHAPE_RANGES["--heads"][0] == SHAPE_RANGES["--kv-heads"][0] == info.MAX_HEADS
    assert SHAPE_RANGES["--head-dim"][0] == info.MAX_HEAD_DIM
    assert SHAPE_RANGES["--vocab"][0] == info.MAX_VOCAB
    assert SHAPE_RANGES["--experts"][0] == SHAPE_RANGES["--active-experts"][0] == info.MAX_EXPERTS
