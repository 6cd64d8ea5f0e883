"""The Server page never shows the API key typed in its field, even when the server quotes it back in a 400 message
and in its model ids (a screenshot of this page is what people share when asking for help), and shows model ids
with control characters as plain text on one line. The real core, against tests/hostile/hostile_server.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTextEdit

from advisor.core.urls import forget_secrets
from advisor.qt.pages.server import ServerPage
from advisor.qt.services import Services
from tests.hostile.hostile_server import HostileServer
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

KEY = "sk-SUPERSECRET-12345"
PIECES = tuple(KEY[i : i + 8] for i in range(len(KEY) - 7))


@pytest.fixture(autouse=True)
def no_remembered_secret():
    forget_secrets()
    yield
    forget_secrets()


def _shown_text(page: ServerPage) -> str:
    """Every text the page shows, but what the key field itself holds (masked on screen by its echo mode)."""
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    texts += [w.toPlainText() for w in page.findChildren(QTextEdit) if w.isVisibleTo(page)]
    texts += [w.text() for w in page.findChildren(QLineEdit) if w is not page.check.api_key]
    for combo in page.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())]
    return "\n".join(texts)


def _test(qtbot, page: ServerPage, url: str, key: str | None) -> None:
    page.check.url.setText(url)
    if key:
        page.check.api_key.setText(key)
    qtbot.mouseClick(page.check.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.server is not None, timeout=15000)
    wait_idle(qtbot)


def test_the_diagnosis_masks_a_key_the_server_echoes(qtbot):
    page = make_page(qtbot, ServerPage, services=Services())
    with HostileServer("key_echo") as server:
        _test(qtbot, page, server.api_url, KEY)
    diagnosis = page.check.diagnosis.text()
    assert "(HTTP 400): bad request for key Bearer ***" in diagnosis  # the server's words, the key masked
    shown = _shown_text(page)
    assert KEY not in shown and not [p for p in PIECES if p.casefold() in shown.casefold()], shown
    assert page.check.api_key.text() == KEY  # the field keeps what was typed: the next check sends it again


def test_model_ids_with_control_characters_are_shown_as_plain_text(qtbot):
    page = make_page(qtbot, ServerPage, services=Services())
    with HostileServer("ansi_ids") as server:
        _test(qtbot, page, server.api_url, None)
    assert page.state.server.problem is None, page.check.diagnosis.text()
    shown = _shown_text(page)
    assert "EVIL" in shown
    bad = sorted({hex(ord(c)) for c in shown if c in "\x1b\x07\r\u202e"})
    assert not bad, bad
    assert all(len(page.bench.model_combo.itemText(i)) <= 300 for i in range(page.bench.model_combo.count()))


def test_the_chat_box_never_shows_a_key_streamed_in_pieces_even_after_stop(qtbot):
    """The server streams the key back in two pieces, then words until Stop: every text the reply box holds while it
    streams, and after Stop, has the key masked."""
    page = make_page(qtbot, ServerPage, services=Services())
    seen: list[str] = []
    page.chat.reply.textChanged.connect(lambda: seen.append(page.chat.reply.toPlainText()))
    with HostileServer("key_split_endless") as server:
        _test(qtbot, page, server.api_url, KEY)
        qtbot.waitUntil(page.chat.send_button.isEnabled, timeout=5000)
        page.chat.prompt.setPlainText("Hola")
        qtbot.mouseClick(page.chat.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "sigue" in page.chat.reply.toPlainText(), timeout=10000)
        qtbot.mouseClick(page.chat.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.chat.stats.text() == "Stopped.", timeout=5000)
        wait_idle(qtbot)
    assert page.chat.reply.toPlainText().startswith("Tu clave es *** y")
    leaked = [text for text in seen if KEY in text or [p for p in PIECES if p.casefold() in text.casefold()]]
    assert not leaked, leaked
    shown = _shown_text(page)
    assert not [p for p in PIECES if p.casefold() in shown.casefold()], shown
