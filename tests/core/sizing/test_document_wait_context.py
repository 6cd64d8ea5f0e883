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
