"""`llm-advisor server --bench --after-load` against a real llama-server: one detection of this machine per run, each
figure said once and the same wherever it appears, the benchmark labelled with the model that answered, and a new
calibration said beside the one it replaces."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.messages.speaker import Speaker

pytestmark = pytest.mark.server


@pytest.fixture
def settings(tmp_path, monkeypatch):
    """A settings folder of the test's own; the generated 0.4 M-parameter model stands for a real one (it is refused
    as too small otherwise: tests/core/sizing/test_calibration_size.py) and may run far from its estimate on a
    machine busy with other tests."""
    from advisor.core.sizing import calibration

    monkeypatch.setenv("LLM_ADVISOR_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(calibration, "MIN_WEIGHTS_READ_BYTES", 0)
    monkeypatch.setattr(calibration, "MIN_WEIGHTS_SHARE", 0.0)
    monkeypatch.setattr(calibration, "REJECT_BELOW", 0.0)
    monkeypatch.setattr(calibration, "REJECT_ABOVE", float("inf"))
    return tmp_path


@pytest.fixture
def detections(monkeypatch):
    """How many times a run detects this machine (each detection measures the memory bandwidth again)."""
    import advisor.core.hardware as hardware

    calls: list[int] = []
    real = hardware.detect

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hardware, "detect", counted)
    return calls


def _run(capsys, *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _speed_row(out: str) -> tuple[str, str]:
    [row] = [line for line in out.splitlines() if line.startswith("Speed ")]
    predicted, measured = row.split("predicted", 1)[1].split("· measured")
    return predicted.strip(), measured.strip()


def test_one_detection_and_each_figure_said_once(capsys, settings, detections, llama_server):
    url = llama_server.base_url + "/v1"
    out = _run(capsys, "server", "--url", url, "--bench", "--after-load", "--runs", "2", "--max-tokens", "40")
    assert len(detections) == 1
    predicted, measured = _speed_row(out)
    saved = json.loads(_run(capsys, "calibration", "--json"))["calibration"]
    say = Speaker("en")
    # the after-load check's prediction is the estimate the calibration started from, and its measured speed the
    # calibration's, rounded the same way: so the calibration does not say them again
    assert predicted == say.speed(saved["predicted_tokens_per_second"])
    assert measured == say.speed(saved["measured_tokens_per_second"])
    assert "Estimates on this computer are now calibrated by this benchmark" not in out
    assert "Calibrated by your benchmark of " in out
    generation = [line for line in out.splitlines() if line.strip().startswith("generation")]
    assert generation and generation[0].split()[1] + " tokens/s" == measured  # the benchmark's own figure


def test_a_new_calibration_says_the_one_it_replaces(capsys, settings, llama_server):
    url = llama_server.base_url + "/v1"
    _run(capsys, "server", "--url", url, "--bench", "--runs", "1", "--max-tokens", "40")
    first = json.loads(_run(capsys, "calibration", "--json"))["calibration"]
    out = _run(capsys, "server", "--url", url, "--bench", "--runs", "1", "--max-tokens", "40", "--json")
    data = json.loads(out)["calibration"]
    assert data["previous"] == first and data["saved"]["factor"] > 0
    text = _run(capsys, "server", "--url", url, "--bench", "--runs", "1", "--max-tokens", "40")
    say = Speaker("en")
    assert (
        f"It replaces the calibration saved before: your benchmark of {data['saved']['model']} on " in text
        and f"(×{say.number(data['saved']['factor'], 2)})." in text
    )


def test_the_benchmark_names_the_model_that_answered_not_the_one_asked_for(capsys, settings, llama_server):
    url = llama_server.base_url + "/v1"
    data = json.loads(
        _run(
            capsys, "server", "--url", url, "--bench", "--model", "nope", "--runs", "1", "--max-tokens", "40", "--json"
        )
    )
    [served] = data["models"]
    assert data["benchmark"]["model"] == served["id"] != "nope"
    assert data["calibration"]["saved"]["model"] != "nope"
