"""A reply streamed a few characters at a time may quote the API key cut across pieces: what `stream_chat` gives
`on_delta` (what the CLI writes and the app's chat box shows as it arrives) never holds the key, whole or 8
characters of it, at any moment, and, joined, is the reply as the whole is masked. Real `openai` client against a
server on 127.0.0.1 speaking the real SSE protocol (tests/hostile/hostile_server.py)."""

from __future__ import annotations

import threading

import pytest

from advisor.core.servers import stream_chat
from advisor.core.servers.chat import RUN_HELD_MAX_CHARS, ShownSafely
from advisor.core.urls import forget_secrets, remember_secret
from tests.hostile.hostile_server import HostileServer

KEY = "sk-SUPERSECRET-12345"
PIECES = tuple(KEY[i : i + 8] for i in range(len(KEY) - 7))


@pytest.fixture(autouse=True)
def no_remembered_secret():
    forget_secrets()
    yield
    forget_secrets()


def _leaks(text: str) -> list[str]:
    return [p for p in PIECES if p.casefold() in text.casefold()]


@pytest.mark.parametrize("scenario", ["key_split_chat", "key_token_chat"])
def test_pieces_shown_as_they_arrive_never_hold_the_key(scenario):
    shown: list[str] = []
    with HostileServer(scenario) as server:
        result = stream_chat(
            server.api_url,
            model="hostile-model",
            system=None,
            prompt="Hola",
            api_key=KEY,
            on_delta=shown.append,
            timeout_s=10,
        )
    assert result.problem is None, result.problem
    for i in range(1, len(shown) + 1):  # what is on screen after each piece
        assert not _leaks("".join(shown[:i])), shown[:i]
    assert "".join(shown) == result.text == "Tu clave es *** y nada más."


def test_a_stop_right_after_the_key_leaves_no_key_on_screen():
    """The app's Stop sets `cancel` while the reply streams: what was shown, and what is given after the stop, hold
    no key; what was held back comes out masked."""
    shown: list[str] = []
    cancel = threading.Event()

    def on_delta(text: str) -> None:
        shown.append(text)
        if "sigue" in "".join(shown):
            cancel.set()

    with HostileServer("key_split_endless") as server:
        result = stream_chat(
            server.api_url,
            model="hostile-model",
            system=None,
            prompt="Hola",
            api_key=KEY,
            on_delta=on_delta,
            cancel=cancel,
            timeout_s=10,
        )
    assert not _leaks("".join(shown)) and not _leaks(result.text), shown
    assert "".join(shown).startswith("Tu clave es *** y")


def test_a_long_run_without_a_break_is_shown_but_never_a_whole_key():
    """A reply with no space for a long time (a model spewing one token run) still shows as it comes, but the key
    inside it is never out whole before it is masked."""
    remember_secret(KEY)
    safely = ShownSafely()
    text = "x" * (RUN_HELD_MAX_CHARS + 30) + KEY + "y" * (RUN_HELD_MAX_CHARS + 30)
    shown = [safely.feed(text[i : i + 3]) for i in range(0, len(text), 3)]
    shown.append(safely.flush())
    assert any(shown[: len(shown) // 2])  # shown before the end, not held to the end
    joined = "".join(shown)
    assert KEY not in joined and not _leaks(joined), joined
    for i in range(1, len(shown) + 1):
        assert KEY not in "".join(shown[:i])
