"""`llm-advisor report`: text to stdout, files written atomically, never replaced without --force, one clear
line for every refusal, identifiers only on request. The machine is a --hardware file, not this one."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from advisor.cli.main import main
from advisor.core.report import REPORT_SCHEMA_VERSION
from tests.core.test_report import HARDWARE, _write_hardware


def _report(tmp_path: Path, *extra: str) -> list[str]:
    return ["report", "--hardware", str(_write_hardware(tmp_path)), "--no-models", *extra]


def test_markdown_goes_to_stdout_by_default_without_identifiers(tmp_path, capsys):
    assert main(_report(tmp_path)) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Local LLM Advisor report")
    assert "NVIDIA GeForce RTX 4070" in out and "32.0 GiB total" in out
    assert "/home/maria" not in out and "~/.lmstudio/models" in out
    assert "Source: a saved detection of a computer (a detect --json file)" in out  # it has detect's probes


def test_include_identifiers_keeps_the_user_folders(tmp_path, capsys):
    assert main(_report(tmp_path, "--include-identifiers", "--format", "json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["hardware"]["lmstudio"]["models_dir"] == "/home/maria/.lmstudio/models"
    assert data["identifiers_included"] is True


def test_output_file_format_follows_its_extension(tmp_path, capsys):
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    assert main(_report(tmp_path, "-o", str(out))) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (
        data["schema_version"] == REPORT_SCHEMA_VERSION
        and data["hardware"]["gpus"][0]["name"] == "NVIDIA GeForce RTX 4070"
    )
    assert capsys.readouterr().out == ""  # the report went to the file, not the terminal
    assert [p.name for p in out.parent.iterdir()] == ["report.json"]  # no temporary file left


def test_a_file_named_as_another_kind_of_document_is_refused_before_anything_is_written(tmp_path, capsys):
    """`report -o informe.docx` wrote Markdown under a Word name and said it was saved; Word could not open it."""
    out = tmp_path / "informe.docx"
    assert main(_report(tmp_path, "-o", str(out))) == 2
    assert "a report is written as .md, .html, .pdf or .json" in capsys.readouterr().err
    assert not out.exists()
    assert main(_report(tmp_path, "-o", str(out), "--format", "md")) == 0  # asked for by name: written as asked
    assert out.read_text(encoding="utf-8").startswith("# ")
    for dotted in ("qwen2.5-report", "informe-v1.0", "informe_2026.12.07"):  # a dot that is no extension: Markdown
        assert main(_report(tmp_path, "-o", str(tmp_path / dotted))) == 0
        assert (tmp_path / dotted).read_text(encoding="utf-8").startswith("# ")


def test_html_file_is_one_self_contained_page(tmp_path):
    out = tmp_path / "report.html"
    assert main(_report(tmp_path, "-o", str(out))) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "<script" not in html and "src=" not in html and "<link" not in html
    assert "<table" in html and "NVIDIA GeForce RTX 4070" in html


def test_an_existing_file_is_kept_without_force(tmp_path, capsys):
    out = tmp_path / "report.md"
    out.write_text("my notes", encoding="utf-8")
    assert main(_report(tmp_path, "-o", str(out))) == 2
    err = capsys.readouterr().err
    assert "exists" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "my notes"
    assert main(_report(tmp_path, "-o", str(out), "--force")) == 0
    assert out.read_text(encoding="utf-8").startswith("# Local LLM Advisor report")


def test_a_pipe_or_a_broken_link_is_never_replaced_even_with_force(tmp_path, capsys):
    """As root, `report --force -o /dev/null` turned /dev/null into a report; a broken link was replaced without
    --force (hostile review). The file saver refuses them too, for the app's Save."""
    import os

    from advisor.core.files import NotRegularFileError, write_atomic

    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    broken = tmp_path / "broken.md"
    broken.symlink_to(tmp_path / "nowhere" / "a.md")
    for target in (pipe, broken):
        for force in ([], ["--force"]):
            assert main(_report(tmp_path, "-o", str(target), *force)) == 2
            err = capsys.readouterr().err
            assert "not a regular file" in err and len(err.strip().splitlines()) == 1
        with pytest.raises(NotRegularFileError):
            write_atomic(target, "x", overwrite=True)
    assert broken.is_symlink() and not broken.exists() and os.path.exists(pipe)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_pdf_needs_an_output_file(tmp_path, capsys):
    assert main(_report(tmp_path, "--format", "pdf")) == 2
    assert "-o" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["missing/report.md", "a-file/report.md"])
def test_an_unusable_output_path_is_one_line_and_leaves_nothing(tmp_path, capsys, where):
    (tmp_path / "a-file").write_text("x")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(_report(tmp_path, "-o", str(tmp_path / where))) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "gaming-pc.json"])


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a read-only /proc (Linux)")
def test_a_folder_that_refuses_writes_is_one_line(tmp_path, capsys):
    assert main(_report(tmp_path, "-o", "/proc/llm-advisor-report.md")) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and len(err.strip().splitlines()) == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_down_is_reported_not_fatal(tmp_path, capsys):
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    assert main(_report(tmp_path, "--server-url", url, "--format", "json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["server"]["url"] == url and data["server"]["reachable"] is False
    assert data["server"]["problem"]["code"] == "connection_refused"
    assert data["benchmark"] is None
    assert main(_report(tmp_path, "--server-url", url)) == 0
    md = capsys.readouterr().out
    assert "Nothing is listening on" in md and "**What to do:**" in md  # the server command's own words


def test_unknown_hardware_file_is_a_usage_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**HARDWARE, "ram": {}}))
    assert main(["report", "--hardware", str(bad)]) == 2
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.server
def test_a_real_llama_server_is_checked_and_benchmarked_in_the_report(tmp_path, capsys, llama_server):
    url = llama_server.base_url + "/v1"
    out = tmp_path / "report.json"
    assert main(_report(tmp_path, "--server-url", url, "-o", str(out))) == 0
    # said before the benchmark, as `server --bench` says it (a report of a slow server sat minutes without a word)
    assert capsys.readouterr().err.startswith(f"Benchmarking {url} (3 runs of up to 128 tokens")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["server"]["reachable"] is True and data["server"]["kind"] == "llama.cpp"
    assert data["server"]["problem"] is None
    bench = data["benchmark"]
    assert bench["tokens_per_second"] > 0 and bench["completion_tokens"] > 0
    # the server runs another model than the recommended one: the cost of the recommended model keeps its
    # estimate, and says which model the benchmark measured instead
    costs = data["costs"]
    assert costs["inputs"]["tokens_per_second"] == pytest.approx(data["recommendation"]["tokens_per_second"])
    speed = next(o for o in costs["inputs"]["origins"] if o["input"] == "tokens_per_second")
    # named by its file, not by the folders llama-server's id carries (they may hold the user's name)
    assert speed["values"]["other_model"] == "tiny-llama-f32.gguf"
    assert main(_report(tmp_path, "--server-url", url, "--format", "md", "--no-bench")) == 0
    md = capsys.readouterr().out
    assert f"{url}: llama.cpp (llama-server), working" in md and "## Local server" in md


def test_cli_report_words_cost_values_with_the_cost_commands_precision():
    """A float like 1499.5 once printed through '.4g' as '1,500' and 1e7 as '1e+07'."""
    from advisor.cli.report import report_words

    wording = report_words()
    assert wording.assumption("user", {"input": "hardware_cost", "value": 1499.5, "currency": "EUR"}).startswith(
        "Hardware cost: 1,499.50 EUR"
    )
    assert "10,000,000" in wording.assumption("default", {"input": "tokens_per_month", "value": 1e7})
    assert "0.140" in wording.assumption("user", {"input": "electricity_price_per_kwh", "value": 0.14})


def test_a_context_no_model_takes_is_one_line_and_exit_2(tmp_path, capsys):
    # positive_int let 100000000 through: the sizing then refused it deep inside the report
    with pytest.raises(SystemExit) as exc:
        main(_report(tmp_path, "--context", "100000000"))
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "--context" in err and "16,777,216 tokens" in err
    assert [line for line in err.splitlines() if "error" in line] == [err.splitlines()[-1]]
    assert "Traceback" not in err


def test_the_report_never_says_no_for_the_class_it_recommends_and_lists_what_it_assumed(tmp_path, capsys):
    """A 3 GiB netbook: the recommended 3B class runs only at a low quant; the table says so, and the
    report carries the memory budget and every assumption, worded."""
    hw = tmp_path / "netbook.json"
    hw.write_text(json.dumps({"ram": {"total_bytes": 3 * 2**30}, "gpus": []}), encoding="utf-8")
    assert main(["report", "--hardware", str(hw), "--no-models", "--offline"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| 3B "))
    assert "only at a low quant" in row and "| no |" not in row
    assert "Usable for the model" in out and "Kept for the system" in out
    assert "Assumed about this computer:" in out and "Memory speed 38.4 GB/s" in out
    assert "assume_" not in out
