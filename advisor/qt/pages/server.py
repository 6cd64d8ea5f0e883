"""Server: test the local OpenAI-compatible server, see what else runs, benchmark it, and try a prompt.

The page is three panels over its one task runner, which they share: `ServerCheck` (address, key, diagnosis,
servers found), `ServerBench` (model and speed) and `ServerChat` (try a prompt). They talk through the wizard's
state (`state.server`, `state.benchmark`); the page only decides what may run together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from advisor.qt import wording
from advisor.qt.pages.base import Page
from advisor.qt.pages.server_bench import BENCHMARK, ServerBench
from advisor.qt.pages.server_chat import CHAT, ServerChat
from advisor.qt.pages.server_check import CHECK, ServerCheck


class ServerPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.check = ServerCheck(self)
        self.bench = ServerBench(self, api_key=self.check.key)
        self.chat = ServerChat(self, api_key=self.check.key, model=self.bench.model)

        layout = QVBoxLayout(self)
        layout.addWidget(self.check)
        layout.addWidget(self.error)
        layout.addWidget(self.bench)
        layout.addWidget(self.chat, 1)

        self.runner.changed.connect(self._update_buttons)
        self.state.server_changed.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate()

    def initializePage(self) -> None:
        self.check.initialize()

    def _update_buttons(self) -> None:
        """A benchmark and a prompt need a working server, and never run at once: each would slow the other."""
        running = self.runner.running
        usable = self.state.server is not None and self.state.server.problem is None
        self.check.test_button.setEnabled(not running(CHECK))
        self.bench.set_usable(usable and not running(CHAT))
        self.chat.set_usable(usable and not running(BENCHMARK))

    def show_problem(self, what: str, error: Any, retry: Callable[[], None]) -> None:
        """`error` (an exception, or a ChatResult) carrying a server `problem` in the page's words (what is wrong +
        what to do); any other exception as it came."""
        problem = getattr(error, "problem", None)
        if problem is not None and hasattr(problem, "code"):
            wrong, advice = wording.server_problem(problem, servers_listed=self.check.servers_listed())
            self.error.show_error(f"{what}\n{wrong} {advice}", retry)
        else:
            self.show_error(what, error, retry)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Local server"))
        self.setSubTitle(self.tr("Check that your OpenAI-compatible server answers, and how fast."))
