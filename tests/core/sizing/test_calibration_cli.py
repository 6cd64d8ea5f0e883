"""`server --bench` against a real llama-server calibrates this machine; `estimate` then says so; `calibration`
shows and resets it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.cli.main import main

pytestmark = pytest.mark.server


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return int(code or 0), out, err


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("LLM_ADVISOR_CONFIG_DIR", str(tmp_path))
    return tmp_path


def test_a_benchmark_calibrates_the_next_estimate_until_reset(capsys, settings, llama_server, tiny_gguf, monkeypatch):
    # a 0.4 M-parameter model on a machine busy with other tests can run 5x slower than its estimate: that limit
    # is tested on its own (test_calibration.py); here the path from the benchmark to the next estimate is
    from advisor.core.sizing import calibration

    monkeypatch.setattr(calibration, "REJECT_BELOW", 0.0)
    monkeypatch.setattr(calibration, "REJECT_ABOVE", float("inf"))
    # and it is far too small to calibrate larger models (refused: test_calibration_size.py); it stands for one here
    monkeypatch.setattr(calibration, "MIN_WEIGHTS_READ_BYTES", 0)
    monkeypatch.setattr(calibration, "MIN_WEIGHTS_SHARE", 0.0)
    url = llama_server.base_url + "/v1"
    code, out, err = run(capsys, "server", "--url", url, "--bench")
    assert code == 0, err
    assert "Estimates on this computer are now calibrated by this benchmark: measured" in out
    assert f"Calibrated by your benchmark of {tiny_gguf.name} on " in out
    assert (settings / "calibration.json").is_file()

    code, out, err = run(capsys, "estimate", "--gguf", str(tiny_gguf))
    assert code == 0, err
    [line] = [x for x in out.splitlines() if x.startswith("Calibration")]
    assert f"Calibrated by your benchmark of {tiny_gguf.name} on " in line and "(processor speeds ×" in line

    code, out, _ = run(capsys, "estimate", "--gguf", str(tiny_gguf), "--json")
    assert json.loads(out)["calibration"]["model"] == tiny_gguf.name

    code, out, _ = run(capsys, "calibration", "--json")
    shown = json.loads(out)
    assert shown["applies"] is True and shown["calibration"]["where"] == "cpu" and shown["problem"] is None

    code, out, _ = run(capsys, "calibration", "reset")
    assert out.strip() == "Calibration reset: the estimates use the usual figures again."
    code, out, _ = run(capsys, "estimate", "--gguf", str(tiny_gguf))
    assert "Calibrated by" not in out
    code, out, _ = run(capsys, "calibration")
    assert out.strip() == "No calibration: the estimates use the usual figures."


def test_no_calibrate_leaves_the_estimates_alone(capsys, settings, llama_server):
    code, out, err = run(
        capsys, "server", "--url", llama_server.base_url + "/v1", "--bench", "--no-calibrate", "--json"
    )
    assert code == 0, err
    assert "calibration" not in json.loads(out)
    assert not (settings / "calibration.json").exists()


def test_a_described_machine_is_never_calibrated(capsys, settings, llama_server):
    """`--hardware FILE` describes a machine; the server ran on this one: the benchmark says why it does not
    calibrate and writes nothing."""
    machines = Path(__file__).parents[2] / "data" / "machines"
    hardware = str(machines / "laptop-16gb-whatif-minimal.json")
    url = llama_server.base_url + "/v1"
    code, out, err = run(capsys, "server", "--url", url, "--bench", "--hardware", hardware, "--json")
    assert code == 0, err
    assert json.loads(out)["calibration"]["refused"]["code"] == "described_machine"
    assert not (settings / "calibration.json").exists()


def test_a_damaged_file_is_said_once_and_the_usual_figures_used(capsys, settings, tiny_gguf):
    (settings / "calibration.json").write_text("{ not json")
    code, out, err = run(capsys, "estimate", "--gguf", str(tiny_gguf))
    assert code == 0
    assert "is ignored: it is not a valid calibration file" in err and "Traceback" not in err
    assert "Calibrated by" not in out


def test_a_folder_where_the_file_should_be_is_left_alone_and_said_so(capsys, settings):
    """Hostile review: with a folder named calibration.json, `show` said "reset it" and `reset` then failed with
    the system's raw "Is a directory". The folder is not the advisor's to delete: both say to remove or rename it,
    `reset` with the problem exit code, and the folder and what it holds stay."""
    folder = settings / "calibration.json"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    code, out, err = run(capsys, "calibration", "show")
    assert code == 0 and "Remove or rename it" in out + err and "reset it" not in out + err
    code, out, err = run(capsys, "calibration", "reset")
    assert code == 1 and "was not reset: it is not a file" in err and "Is a directory" not in err
    assert (folder / "keep.txt").read_text() == "mine"
