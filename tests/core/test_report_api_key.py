"""`llm-advisor report --api-key`: the advice for a server that wants a token names --api-key, so `report` takes it
as `server` does, sends it to the check and the benchmark, and never writes it into the report."""

from __future__ import annotations

import json

from advisor.cli.main import main
from tests.core.test_report import _write_hardware
from tests.support.lmstudio_emulator import LmStudioEmulator

TOKEN = "sk-lm-w2Secret123"


def _report(tmp_path, url, *extra):
    args = ["report", "--hardware", str(_write_hardware(tmp_path)), "--no-models", "--server-url", url]
    return [*args, "--format", "json", *extra]


def test_the_token_reaches_the_check_and_the_benchmark_and_stays_out_of_the_report(tmp_path, capsys):
    with LmStudioEmulator(api_token=TOKEN) as lms:
        assert main(_report(tmp_path, lms.base_url + "/v1", "--api-key", TOKEN)) == 0
        chats = [r for r in lms.requests if "chat/completions" in r]
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["server"]["problem"] is None and data["server"]["kind"] == "lmstudio"
    assert data["benchmark"] is not None and data["benchmark"]["tokens_per_second"] > 0
    assert len(chats) > 1  # the one-token check and the benchmark's runs, all let through
    assert TOKEN not in out


def test_without_the_token_the_report_says_it_is_needed_and_names_the_option(tmp_path, capsys):
    with LmStudioEmulator(api_token=TOKEN) as lms:
        assert main(_report(tmp_path, lms.base_url + "/v1")) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["server"]["problem"]["code"] == "auth_required" and data["benchmark"] is None
        assert main(_report(tmp_path, lms.base_url + "/v1", "--format", "md")) == 0
    assert "--api-key" in capsys.readouterr().out  # the advice the report prints is one it accepts


def test_a_token_without_a_server_is_refused_in_one_line(tmp_path, capsys):
    args = ["report", "--hardware", str(_write_hardware(tmp_path)), "--no-models", "--api-key", TOKEN]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "--api-key needs --server-url" in err and TOKEN not in err
