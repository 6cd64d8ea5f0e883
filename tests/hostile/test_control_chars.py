"""Names from outside — a GGUF's `general.name`, file names in LM Studio's folder, a server's model ids, the paths
of a hardware file — never bring a terminal control character to the output (an escape sequence that clears the
screen, a carriage return or a line break that forges one of our lines, a bidi override), and a huge name is cut.
The real CLI, end to end: GGUFs written by the `gguf` package, a real folder, `hostile_server.py`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.hostile.hostile_server import HostileServer
from tests.hostile.runner import run_cli
from tests.hostile.scenarios import HARDWARE, SHORT
from tests.support.gguf_factory import write_llama_gguf

pytestmark = pytest.mark.hostile

# what a terminal acts on: C0 but tab and line feed, DEL, C1, bidi controls, line/paragraph separators
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
FORGED_LINE = "Recommended 70B"
ANSI_NAME = "\x1b[2J\x1b[31mPWNED\x1b[0m\r\x07\n" + FORGED_LINE + " \u202egguf.exe"
HOSTILE_FILE = "nl\n" + FORGED_LINE + "\x1b[31mred.gguf"
LONGEST_LINE = 600  # characters: a name is cut at 256, a line holds a label and a few figures besides


def assert_clean(text: str) -> None:
    found = sorted({hex(ord(c)) for c in CONTROL.findall(text)})
    assert not found, (found, text[:2000])
    longest = max((len(line) for line in text.splitlines()), default=0)
    assert longest <= LONGEST_LINE, longest


def assert_no_forged_line(text: str) -> None:
    assert not any(line.startswith(FORGED_LINE) for line in text.splitlines()), text


@pytest.fixture(scope="module")
def ggufs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("gguf")
    return {
        "ansi": write_llama_gguf(folder / "ansi.gguf", name=ANSI_NAME),
        "huge": write_llama_gguf(folder / "huge.gguf", name="A" * (2 * 2**20)),  # 2 MiB, one line if printed whole
    }


@pytest.mark.parametrize("which", ["ansi", "huge"])
def test_estimate_shows_a_gguf_name_clean_and_bounded(ggufs, which):
    run = run_cli(["estimate", "--hardware", HARDWARE, "--gguf", str(ggufs[which])])
    assert run.returncode == 0, run.output
    assert_clean(run.output)
    assert_no_forged_line(run.output)
    assert len(run.output) < 20_000  # the 2 MiB name is not printed whole
    if which == "ansi":
        assert "PWNED" in run.output  # the name is still shown, as text
    else:
        assert "AAAA…" in run.output


@pytest.mark.parametrize("extra", [(), ("--json",)], ids=["text", "json"])
def test_estimate_json_has_the_clean_name_too(ggufs, extra):
    run = run_cli(["estimate", "--hardware", HARDWARE, "--gguf", str(ggufs["ansi"]), *extra])
    assert run.returncode == 0, run.output
    assert_clean(run.output)
    if extra:
        assert "\\u001b" not in run.stdout and "\\r" not in run.stdout  # not even escaped in the JSON


@pytest.fixture
def lmstudio_home(tmp_path, ggufs) -> Path:
    """A home whose LM Studio folder holds one good model and one whose file name carries a line break and ESC."""
    repo = tmp_path / ".lmstudio" / "models" / "evil" / "repo"
    repo.mkdir(parents=True)
    (repo / "good.gguf").write_bytes(ggufs["ansi"].read_bytes())
    (repo / HOSTILE_FILE).write_bytes(ggufs["ansi"].read_bytes())
    return tmp_path


def test_detect_lists_no_file_name_that_would_rewrite_the_terminal(lmstudio_home):
    run = run_cli(["detect"], env={"HOME": str(lmstudio_home)})
    assert run.returncode == 0, run.output
    assert_clean(run.output)
    assert_no_forged_line(run.output)
    assert "evil/repo/good.gguf" in run.output and "1 GGUF file" in run.output  # the hostile one is left out


def test_verify_checks_the_folder_without_a_hostile_name(lmstudio_home):
    folder = lmstudio_home / ".lmstudio" / "models"
    run = run_cli(["verify", "--models-dir", str(folder), "--offline", "--no-hash"])
    assert_clean(run.output)
    assert_no_forged_line(run.output)
    assert "good.gguf" in run.output


def test_a_servers_model_ids_are_shown_clean_and_bounded():
    with HostileServer("ansi_ids") as server:
        text = run_cli(["server", "--url", server.api_url, "--timeout", "5"])
        data = run_cli(["server", "--url", server.api_url, "--timeout", "5", "--json"])
    assert text.returncode == 0 and data.returncode == 0, text.output + data.output
    for run in (text, data):
        assert_clean(run.output)
        assert not any(line.lstrip().startswith("Problem") for line in run.stdout.splitlines()), run.stdout
    ids = [m["id"] for m in json.loads(data.stdout)["models"]]
    assert ids[0] == "\ufffd[2J\ufffd[31mEVIL\ufffd[0m Problem none"  # visible, on one line, our line not forged
    assert len(ids[2]) == 256 and ids[2].endswith("…") and ids[-1] == "hostile-model"


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_reports_carry_no_control_character(tmp_path, fmt):
    """A hardware file whose LM Studio paths carry control characters, and a server whose model ids do: the report
    (every format) shows both without them."""
    hardware = json.loads(Path(HARDWARE).read_text())
    hardware["lmstudio"] = {
        "home": "/data/lms",
        "models_dir": "/data/lms/models",
        "models": [{"path": "/data/lms/models/evil/repo/" + HOSTILE_FILE, "size_bytes": 1000}],
    }
    hw = tmp_path / "hw.json"
    hw.write_text(json.dumps(hardware))
    out = tmp_path / f"report.{fmt}"
    with HostileServer("ansi_ids") as server:
        run = run_cli(
            [
                "report",
                "--hardware",
                str(hw),
                "--offline",
                "--no-models",
                "--no-bench",
                "--server-url",
                server.api_url,
                "--format",
                fmt,
                "-o",
                str(out),
            ],
            env=SHORT,
        )
    assert run.returncode == 0, run.output
    text = out.read_text(encoding="utf-8")
    found = sorted({hex(ord(c)) for c in CONTROL.findall(text)})
    assert not found, found
    assert "\\u001b" not in text  # nor escaped in the JSON
    assert not any(line.startswith(FORGED_LINE) for line in text.splitlines())
    assert "red.gguf" in text and "EVIL" in text  # both still shown
    if fmt == "md":
        assert "| " + FORGED_LINE not in text  # the line break did not open a table row of its own
