"""Every deadline and size cap of the server checks, in one place (docs/readme/limits.md lists them).

A deadline is a *total* time for a whole operation (a check, a discovery sweep, a streamed reply, a benchmark), not a
per-read timeout: a server that trickles one byte every few seconds is cut when the time is up. Defaults can be
changed per call (the CLI's options) or, for commands that have no option for it (`cost --server-url`,
`report --server-url`, the app), by environment variables read at call time.
"""

from __future__ import annotations

import logging
import math
import os

log = logging.getLogger(__name__)

MAX_SECONDS = 3600.0
# the shortest deadline taken: below it no reply can come, and a refused connection read as "accepted, no answer
# within 0.0 s" (a timeout of 1e-9 s ran out before the refusal arrived)
MIN_SECONDS = 0.1

# deadlines (seconds, total)
CHECK_TIMEOUT_S = 10.0  # server check: models, which program, one-token chat
DISCOVER_TIMEOUT_S = 0.8  # discovery: every port is checked at once, the sweep ends within this
STREAM_TIMEOUT_S = 300.0  # a streamed reply ("try a prompt"), or a whole benchmark (all runs)
CONNECT_TIMEOUT_S = 5.0  # never more than the time left

ENV_CHECK_TIMEOUT = "LLM_ADVISOR_CHECK_TIMEOUT_S"
ENV_DISCOVER_TIMEOUT = "LLM_ADVISOR_DISCOVER_TIMEOUT_S"
ENV_STREAM_TIMEOUT = "LLM_ADVISOR_STREAM_TIMEOUT_S"

# size caps (bytes after decoding: a gzip bomb is cut on what it inflates to)
JSON_MAX_BYTES = 4 * 1024 * 1024  # one answer: model list, server identity, a one-token chat
ERROR_BODY_MAX_BYTES = 64 * 1024  # the body of a 4xx/5xx answer is cut here (only its message is used)
STREAM_MAX_BYTES = 16 * 1024 * 1024  # one streamed reply, events and keep-alive comments included
MAX_MODELS = 10_000  # entries in a model list
MESSAGE_MAX_CHARS = 500  # a server's error message as kept in a problem
CHAT_MAX_TOKENS = 16_384  # pieces of a "try a prompt" reply when no --max-tokens is given

# what a server may say about itself and still be believed (`servers.reported`); beyond it the figure is not used
MAX_REPORTED_TOKENS = 100_000_000  # a token count (a reply, a prompt, its cached part): far past any model's context
MAX_REPORTED_SECONDS = 24 * 3600.0  # a time the server measured (LM Studio's time to first token): a day at most
# tokens per second, (lowest, highest): the ranges `cost --tokens-per-second` and `--prompt-tokens-per-second` take
# from a person, so a server's figure is held to what a person may type
TOKENS_PER_SECOND_RANGE = (0.01, 100_000.0)
PROMPT_TOKENS_PER_SECOND_RANGE = (0.01, 1_000_000.0)


def env_seconds(name: str, default: float) -> float:
    """The deadline in environment variable `name` (seconds, from MIN_SECONDS to an hour), else `default`."""
    text = os.environ.get(name)
    if text is None or not text.strip():
        return default
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (MIN_SECONDS <= value <= MAX_SECONDS):
        log.warning(
            "%s=%r is not a number of seconds in [%g, %g]: using %g", name, text, MIN_SECONDS, MAX_SECONDS, default
        )
        return default
    return value


def check_timeout_s() -> float:
    return env_seconds(ENV_CHECK_TIMEOUT, CHECK_TIMEOUT_S)


def discover_timeout_s() -> float:
    return env_seconds(ENV_DISCOVER_TIMEOUT, DISCOVER_TIMEOUT_S)


def stream_timeout_s() -> float:
    return env_seconds(ENV_STREAM_TIMEOUT, STREAM_TIMEOUT_S)
