"""The "with a 2,000-word document, the answer starts after about …" line is only said where such a document fits:
at a context of 2,048 tokens a 2,000-word document (about 2,700 tokens) does not, and the app, the CLI and both
languages say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.cli import speech
from advisor.cli.main import main
from advisor.core.messages import ranges, sizing
from advisor.core.messages.speaker import Speaker
from advisor.core.sizing.speed import DOCUMENT_WORDS, document_fits, document_tokens

M2_16 = Path(__file__).resolve().parents[2] / "data" / "machines" / "apple-m2-16gb.json"
EN = Speaker("en")


@pytest.fixture(autouse=True)
def _back_to_the_environments_language():
    yield
    speech.set_language(None)


def test_a_2000_word_document_needs_more_than_2048_tokens_and_fits_in_4096():
    tokens = document_tokens(DOCUMENT_WORDS)
    assert 2048 < tokens <= 4096
    assert not document_fits(2048) and document_fits(4096) and document_fits(None)


@pytest.mark.parametrize(
    "line",
    [
        lambda ctx: sizing.prompt_wait(EN, 500.0, ctx),
        lambda ctx: ranges.wait(EN, (300.0, 700.0), ctx),
    ],
    ids=["point", "range"],
)
def test_the_wait_line_says_the_document_does_not_fit_at_a_short_context(line):
    short = line(2048)
    assert short is not None and "waits" not in short
    assert short.startswith("A 2,000-word document (about 2,700 tokens) does not fit in a context of 2,048 tokens")
    # where it fits: the wait, as before
    assert line(4096).startswith("With a 2,000-word document, the answer starts after about")
    assert line(None).startswith("With a 2,000-word document, the answer starts after about")


def test_without_a_prompt_rate_nothing_is_said():
    assert sizing.prompt_wait(EN, None, 2048) is None and ranges.wait(EN, None, 2048) is None


def _prompt_line(capsys, *argv: str) -> str:
    assert main(["recommend", "--hardware", str(M2_16), *argv]) == 0
    out = capsys.readouterr().out
    return next(line for line in out.splitlines() if "tokens/s" in line and "document" in line.lower())


def test_recommend_at_context_2048_says_the_document_does_not_fit(capsys):
    assert "does not fit in a context of 2,048 tokens" in _prompt_line(capsys, "--lang", "en", "--context", "2048")
    assert "the answer starts after about" in _prompt_line(capsys, "--lang", "en", "--context", "8192")


def test_recommend_at_context_2048_says_it_in_spanish(capsys):
    """The same line in Spanish: a document that does not fit is said, not a wait."""
    line = _prompt_line(capsys, "--lang", "es", "--context", "2048")
    assert "no cabe en un contexto de 2048 tokens" in line.replace(".", "")


def test_a_short_context_says_how_to_size_for_a_longer_text_with_a_flag_that_is_typed_as_shown(capsys):
    """Newcomer round: a 20-page PDF (about 10,000 words) read "fills the whole context (4,096 tokens, about 3,000
    words)" and was not told how to ask for more. Below 16K the prompt line gives the flag, and the context it names
    is one the command takes: asked for, the line then says it holds those words, and gives no further hint."""
    line = _prompt_line(capsys, "--lang", "en")
    hint = line.split("A longer text needs a longer context, and more memory: ")[1]
    flag, holds = hint.split(" holds about ")
    assert flag.startswith("--context ") and "LM Studio's “Context Length”" in hint
    words = holds.split(" words")[0]
    longer = _prompt_line(capsys, "--lang", "en", *flag.split())
    assert f"tokens, about {words} words)" in longer and "A longer text" not in longer
    spanish = _prompt_line(capsys, "--lang", "es")
    assert f"{flag} da para unas" in spanish  # the flag's number as typed, never "16.384"


def test_the_app_names_its_own_context_slider_for_a_longer_text():
    """The app has no flag: it names its “Context length” control, its number grouped as the app writes numbers."""
    app = sizing.longer_context(EN, 4096, app=True)
    assert app is not None and "“Context length” at 16,384 tokens" in app and "--context" not in app
    assert sizing.longer_context(EN, 16384, app=True) is None and sizing.longer_context(EN, None) is None
    # only where it at least doubles the context (code review: at 16,000, "16384 holds" was 200 words more)
    assert sizing.longer_context(EN, 8192) is not None and sizing.longer_context(EN, 8193) is None
    assert sizing.longer_context(EN, 16000) is None


def test_with_llama_server_slots_the_document_wait_is_one_slot_s_and_no_longer_context_is_offered(capsys):
    """`--parallel 4` at 4,096 tokens: each chat holds 1,024, so a 2,000-word document does not fit it, and
    "--context 16384 holds about 12,100 words" was wrong (its slots hold 4,096 each: code review)."""
    argv = ["estimate", "--hardware", str(M2_16), "--params", "8B", "--parallel", "4", "--lang", "en"]
    assert main([*argv, "--context", "4096"]) == 0
    out = capsys.readouterr().out
    assert "does not fit in a context of 1,024 tokens" in out and "holds about" not in out
    assert main([*argv, "--context", "16384"]) == 0
    out = capsys.readouterr().out
    assert "With a 2,000-word document, the answer starts after" in out and "holds about" not in out
    assert main([*argv[:-4], "--lang", "en", "--context", "4096"]) == 0  # one chat: the whole context, and the hint
    assert "holds about" in capsys.readouterr().out
