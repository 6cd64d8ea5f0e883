"""The Local server page's "Try a prompt" panel: a system message, a prompt and a temperature; the reply streamed.

Its words keep the "ServerPage" translation context (see server_check.py).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from advisor.qt import fmt
from advisor.qt.tasks import Cancelled, TaskContext, Throttle
from advisor.qt.widgets.checked_spin import CheckedSpinBox
from advisor.qt.widgets.icons import icon

if TYPE_CHECKING:  # the server types load httpx: on a worker, when the page first checks
    from advisor.core.servers.types import ChatResult
    from advisor.qt.pages.server import ServerPage

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("ServerPage", "...") calls

CHAT = "chat"  # the task's name
TRY_MAX_TOKENS = 1024  # "Try a prompt" is a taste of the model: a runaway reply stops here
STREAMED_TEXT = Throttle(interval_s=0.05, merge=operator.add)  # the pieces of 50 ms joined: one insert each


class ServerChat(QGroupBox):
    def __init__(
        self, page: ServerPage, *, api_key: Callable[[], tuple[bool, str | None]], model: Callable[[], str | None]
    ) -> None:
        super().__init__(page)
        self._page = page
        self._api_key = api_key
        self._model = model
        self._stats_words: Callable[[], str] | None = None  # what the speed line says, said again on a new language

        form = QFormLayout(self)
        self.system = QLineEdit(self)
        self.prompt = QPlainTextEdit(self)
        self.prompt.setTabChangesFocus(True)
        self.prompt.setMaximumHeight(60)
        self.temperature = CheckedSpinBox(self)  # says what it refused instead of clamping silently
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(0.7)
        self.send_button = QPushButton(icon("send"), "", self)
        self.stop_button = QPushButton(icon("stop"), "", self)
        self.reply = QPlainTextEdit(self)
        self.reply.setReadOnly(True)
        self.reply.setTabChangesFocus(True)
        self.stats = QLabel(self)
        self.system_label, self.prompt_label = QLabel(self), QLabel(self)
        self.temperature_label, self.reply_label = QLabel(self), QLabel(self)
        for label, field in (
            (self.system_label, self.system),
            (self.prompt_label, self.prompt),
            (self.temperature_label, self.temperature),
            (self.reply_label, self.reply),
        ):
            label.setBuddy(field)
        self.temperature_problem = QLabel(self)  # what the temperature field refused, said beside it
        self.temperature_problem.setStyleSheet("color: #b3261e")
        self.temperature_problem.hide()
        temp_row = QHBoxLayout()
        temp_row.addWidget(self.temperature)
        temp_row.addWidget(self.temperature_problem)
        temp_row.addStretch(1)
        temp_row.addWidget(self.stats)
        temp_row.addWidget(self.send_button)
        temp_row.addWidget(self.stop_button)
        form.addRow(self.system_label, self.system)
        form.addRow(self.prompt_label, self.prompt)
        form.addRow(self.temperature_label, temp_row)
        form.addRow(self.reply_label, self.reply)

        self.temperature.problem.connect(self._temperature_problem)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        self.retranslate()

    def set_usable(self, usable: bool) -> None:
        """Whether a prompt may be sent now (a working server, no benchmark running)."""
        running = self._page.runner.running(CHAT)
        self.send_button.setEnabled(usable and not running)
        self.stop_button.setEnabled(running)

    def send(self) -> None:
        text = self.prompt.toPlainText().strip()
        if not text:
            self.prompt.setFocus()
            return
        valid, key = self._api_key()
        if not valid:
            return
        page = self._page
        url, model = page.state.server_url, self._model()
        system, temperature = self.system.text(), self.temperature.value()
        stream_chat = page.services.stream_chat
        self.reply.clear()
        self._say_stats(None)
        page.error.clear()

        def work(ctx: TaskContext) -> ChatResult:
            return stream_chat(
                url,
                model=model,
                system=system or None,
                prompt=text,
                temperature=temperature,
                api_key=key,
                on_delta=ctx.progress,
                cancel=ctx.token,
                max_tokens=TRY_MAX_TOKENS,
            )

        page.runner.start(
            CHAT,
            work,
            on_done=self._done,
            on_failed=self._failed,
            on_progress=self._streamed,
            throttle=STREAMED_TEXT,
            if_running="keep",
        )

    def stop(self) -> None:
        self._page.runner.cancel(CHAT)

    def _streamed(self, text: str) -> None:
        self.reply.moveCursor(self.reply.textCursor().MoveOperation.End)
        self.reply.insertPlainText(text)

    def _done(self, result: ChatResult) -> None:
        if result.text and self.reply.toPlainText() != result.text:
            self.reply.setPlainText(result.text)
        if result.problem is not None:
            self._page.show_problem(translate("ServerPage", "The prompt could not be sent."), result, self.send)
            return
        self._say_stats(lambda: fmt.tokens_per_second(result.tokens_per_second))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._say_stats(lambda: translate("ServerPage", "Stopped."))
        else:
            self._page.show_problem(translate("ServerPage", "The prompt could not be sent."), error, self.send)

    def _say_stats(self, words: Callable[[], str] | None) -> None:
        """The reply's speed, or "Stopped."; `words` is kept so that `retranslate` says it again (its number too)."""
        self._stats_words = words
        self.stats.setText(words() if words is not None else "")

    def _temperature_problem(self, code: str) -> None:
        self.temperature_problem.setVisible(bool(code))  # its one message: the range (set in retranslate)

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(translate("ServerPage", "Try a prompt"))
        self.system_label.setText(translate("ServerPage", "S&ystem message:"))
        self.system.setPlaceholderText(translate("ServerPage", "You are a helpful assistant."))
        self.system.setAccessibleName(translate("ServerPage", "System message"))
        self.prompt_label.setText(translate("ServerPage", "&Prompt:"))
        self.prompt.setPlaceholderText(translate("ServerPage", "Ask something…"))
        self.prompt.setAccessibleName(translate("ServerPage", "Prompt"))
        self.temperature_label.setText(translate("ServerPage", "T&emperature:"))
        self.temperature.setAccessibleName(translate("ServerPage", "Temperature"))
        self.temperature.setToolTip(translate("ServerPage", "Higher is more varied, lower more predictable (0 to 2)."))
        self.send_button.setText(translate("ServerPage", "&Send"))
        self.stop_button.setText(translate("ServerPage", "St&op"))
        self.reply_label.setText(translate("ServerPage", "Reply:"))
        self.reply.setAccessibleName(translate("ServerPage", "Reply"))
        self.stats.setToolTip(translate("ServerPage", "Generation speed of this reply."))
        if self._stats_words is not None:
            self.stats.setText(self._stats_words())
        self.temperature_problem.setText(translate("ServerPage", "Not taken: from 0 to 2."))
