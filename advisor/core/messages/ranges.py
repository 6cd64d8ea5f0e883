"""Speeds with the range about 80 % of real runs fall in (advisor/core/sizing/speed.py): "~12.4 tokens/s (9.1–15)",
and the wait before an answer starts as a range: "With a 2,000-word document, the answer starts after about 8–14 s."
(and, at a long context, with a prompt that fills it). Used by the CLI (`estimate`, `recommend`), the app's
Recommendation page and the report."""

from __future__ import annotations

from collections.abc import Sequence

from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP

SPEED_WITH_RANGE = QT_TRANSLATE_NOOP("Ranges", "~{speed} tokens/s ({low}–{high})")
SPEED_ONLY = QT_TRANSLATE_NOOP("Ranges", "~{speed} tokens/s")
SECONDS_RANGE = QT_TRANSLATE_NOOP("Ranges", "{low}–{high} s")
MINUTES_RANGE = QT_TRANSLATE_NOOP("Ranges", "{low}–{high} min")
SECONDS_TO_MINUTES = QT_TRANSLATE_NOOP("Ranges", "{low} s–{high} min")


def end_decimals(value: float) -> int:
    """A speed range's ends: under 10 tokens/s with a decimal (3.4), faster ones whole (120); the report writes them
    so too (app round: "(6.3–14)" on the page, "(6.3–13.6 tokens/s)" in the summary)."""
    return 1 if value < 10 else 0


def _figure(say: Speaker, value: float) -> str:
    return say.number(value, end_decimals(value))


def _point(say: Speaker, value: float) -> str:
    """The estimate itself keeps its decimal, as every other line that names it ("about 13.3 tokens per second")."""
    return say.number(value, 1)


def speed(say: Speaker, point: float | None, span: Sequence[float] | None) -> str:
    """'~12 tokens/s (9–15)': the estimate and where about 80 % of real runs fall; '—' without an estimate."""
    if point is None:
        return "—"
    if not span or len(span) != 2:
        return say.t(SPEED_ONLY, speed=_point(say, point))
    return say.t(SPEED_WITH_RANGE, speed=_point(say, point), low=_figure(say, span[0]), high=_figure(say, span[1]))


def wait(say: Speaker, prompt_span: Sequence[float] | None, context: int | None = None) -> str | None:
    """How long a 2,000-word document waits for the answer to start, from the prompt-processing range (the faster
    rate gives the short wait); at a context too short for that document, that it does not fit."""
    from advisor.core.messages.sizing import PROMPT_WAIT, document_too_long
    from advisor.core.sizing.speed import DOCUMENT_WORDS, document_wait

    if not prompt_span or len(prompt_span) != 2:
        return None
    fast, slow = document_wait(prompt_span[1]), document_wait(prompt_span[0])
    if fast is None or slow is None:
        return None
    too_long = document_too_long(say, context)
    if too_long is not None:
        return too_long
    shown = _wait_words(say, fast[1], slow[1])
    return say.t(PROMPT_WAIT, words=DOCUMENT_WORDS, wait=shown)


def _wait_words(say: Speaker, low: float, high: float) -> str:
    """A wait from `low` to `high` seconds in one unit where it can be ("28–78 s", "6.1–10.2 min")."""
    if high < 60:
        return say.t(SECONDS_RANGE, low=say.number(low, 1), high=say.number(high, 1))
    if high < 180:  # one unit: "28–78 s", not "28 s–1.3 min" (read as 28 seconds to 1.3 seconds)
        return say.t(SECONDS_RANGE, low=say.number(low, 0), high=say.number(high, 0))
    if low >= 60:
        return say.t(MINUTES_RANGE, low=say.number(low / 60, 1), high=say.number(high / 60, 1))
    return say.t(SECONDS_TO_MINUTES, low=say.number(low, 0), high=say.number(high / 60, 1))


# a wait said at all: longer is no estimate (a hand-edited report's 1e300 seconds), shorter shows as "0.0 s"
MAX_WAIT_S = 30 * 24 * 3600
MIN_WAIT_S = 0.05


MAX_SPEED = 1e6  # tokens/s: above any machine's (a hand-edited report's 1e300 is not one)


def fill_wait(
    say: Speaker, seconds: Sequence[float] | None, context: int | None, full: object = None, point: object = None
) -> str | None:
    """How long a prompt that fills the whole context waits for the answer (Estimate.context_fill_seconds_range),
    and with `full` (Estimate.full_context_tokens_per_second) how fast that answer then comes, where it is one the
    estimate could give beside its `point` speed; None where the estimate gives no wait (a short context, a report
    saved before it was given)."""
    from advisor.core.messages.sizing import FILL_WAIT, FULL_CONTEXT_SPEED
    from advisor.core.sizing.speed import FILL_MIN_CONTEXT, words_in

    if not seconds or len(seconds) != 2 or not isinstance(context, int) or context < FILL_MIN_CONTEXT:
        return None
    try:
        low, high = (float(x) for x in seconds)
    except (TypeError, ValueError, OverflowError):  # a hand-edited report's values
        return None
    if not (MIN_WAIT_S <= low <= high <= MAX_WAIT_S):
        return None
    said = say.t(FILL_WAIT, context=context, words=words_in(context), wait=_wait_words(say, low, high))
    speed = _full_speed_said(full, point, context)
    if speed is not None:
        said += " " + say.t(FULL_CONTEXT_SPEED, speed=_point(say, speed))
    return said


def _full_speed_said(full: object, point: object, context: int) -> float | None:
    """A (saved) full-context speed where it is one the estimate gives: a number of at least 0.1 tokens/s, at a
    context from FULL_CONTEXT_SPEED_MIN_CONTEXT, slower than the `point` where that is known (code review: a
    hand-edited 500 was "slower than in a short chat" beside 10.7, and 7.5 was said at 4K); else None."""
    from advisor.core.sizing.speed import FULL_CONTEXT_SPEED_MIN_CONTEXT, FULL_CONTEXT_SPEED_SHARE

    def number(x: object) -> float | None:
        if isinstance(x, bool) or not isinstance(x, int | float) or not 0 < x < MAX_SPEED:  # NaN fails too
            return None
        return float(x)

    speed, headline = number(full), number(point)
    if speed is None or speed < 0.1 or context < FULL_CONTEXT_SPEED_MIN_CONTEXT:
        return None
    if headline is not None and speed > FULL_CONTEXT_SPEED_SHARE * headline + 0.05:  # both rounded to 0.1
        return None
    return speed
