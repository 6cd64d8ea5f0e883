"""The CLI writes to a file or pipe in whatever encoding Python gives it: on Windows a redirected stdout
(`llm-advisor recommend > recomendacion.txt`, `| findstr`) is in the ANSI code page (cp1252 on a Spanish or English
Windows), on some CI runners and `LANG=C` machines it is ASCII. Our sentences use "−", "—", "→", "…" and Spanish
accents; none of that may crash the run or leave an empty file. Reproduced with PYTHONIOENCODING, as the user's
system would set it, in a real subprocess."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.cli.main import COMMANDS

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = ROOT / "tests" / "data" / "machines" / "laptop-i5-1135g7-8gb.json"
ENCODINGS = ("cp1252", "ascii")


def _env(encoding: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.upper().endswith("_PROXY")}
    env.update({"PYTHONIOENCODING": encoding, "QT_QPA_PLATFORM": "offscreen", "NO_COLOR": "1"})
    return env


def _run(args: list[str], encoding: str, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    env = _env(encoding)
    env["LLM_ADVISOR_CONFIG_DIR"] = str(tmp_path / "config")
    env["LLM_ADVISOR_CACHE_DIR"] = str(tmp_path / "cache")
    return subprocess.run(args, capture_output=True, env=env, cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


# Every --help page, both languages, one child per (encoding, language): the child's own sys.stdout is the stream
# under test, so the pages are made in a loop there (main() exits through SystemExit after each page).
_HELP_LOOP = """
import sys
from advisor.cli.main import COMMANDS, main
for argv in [[], *([name] for name in COMMANDS)]:
    sys.stdout.write("=== " + " ".join(argv) + "\\n")
    sys.stdout.flush()
    try:
        main(["--lang", sys.argv[1], *argv, "--help"])
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
"""


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("language", ["es", "en"])
def test_every_help_page_prints_in_a_narrow_encoding(encoding, language, tmp_path):
    done = _run([sys.executable, "-c", _HELP_LOOP, language], encoding, tmp_path)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in done.stderr
    text = done.stdout.decode(encoding)  # what a reader in that code page gets: it decodes, nothing is lost
    pages = text.split("=== ")[1:]
    assert len(pages) == len(COMMANDS) + 1
    usage = "uso: " if language == "es" else "usage: "
    for page in pages:
        assert usage in page and "--help" in page, page[:300]
    if language == "es":  # said in Spanish, not fallen back to English
        assert "muestra esta ayuda y sale" in text


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize(
    ("command", "accented"),
    [(["recommend"], "tamaño"), (["estimate", "--params", "8B"], "parámetros")],
    ids=["recommend", "estimate"],
)
def test_recommend_and_estimate_write_their_whole_answer_to_a_narrow_file(
    command, accented, encoding, language, tmp_path
):
    done = _run(
        [sys.executable, "-m", "advisor", "--lang", language, *command, "--hardware", str(LAPTOP)],
        encoding,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert done.stderr == b""
    text = done.stdout.decode(encoding)
    # The memory budget line ("8.0 GiB in all − at least 1.2 GiB for the system = at most 6.8 GiB ...") with its minus
    # sign as a hyphen.
    assert re.search(r"8[.,]0 GiB [^\n]* - [^\n]*1[.,]2 GiB [^\n]* = [^\n]*6[.,]8 GiB", text), text
    assert "Q4_K_M" in text
    if language == "es":
        # cp1252 holds Spanish letters: they are kept; ASCII does not: the plain letter stands in, not a "?".
        plain = accented.replace("ñ", "n").replace("á", "a")
        assert (accented if encoding == "cp1252" else plain) in text
        assert "?" not in text.replace("¿", "")
