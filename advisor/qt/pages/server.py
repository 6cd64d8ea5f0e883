"""Server: test the local OpenAI-compatible server, see what else runs, benchmark it, and try a prompt."""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from advisor.qt import fmt, wording
from advisor.qt.pages.base import Page
from advisor.qt.state import DEFAULT_SERVER_URL
from advisor.qt.tasks import Cancelled
from advisor.qt.widgets.checked_spin import CheckedSpinBox
from advisor.qt.widgets.icons import icon

_STREAM_FLUSH_S = 0.05
TRY_MAX_TOKENS = 1024  # "Try a prompt" is a taste of the model: a runaway reply stops here


class _Batcher:
    """Collects streamed pieces on the worker and sends (text, pieces) to the UI at most every _STREAM_FLUSH_S."""

    def __init__(self, ctx) -> None:
        self.ctx, self.buffer, self.last = ctx, [], 0.0

    def add(self, text: str) -> None:
        self.buffer.append(text)
        now = time.monotonic()
        if now - self.last >= _STREAM_FLUSH_S:
            self.flush(now)

    def flush(self, now: float | None = None) -> None:
        if self.buffer:
            self.ctx.progress(("".join(self.buffer), len(self.buffer)))
            self.buffer.clear()
        self.last = now if now is not None else time.monotonic()


class _LatestEvery:
    """Passes a worker's progress values to the UI at most every _STREAM_FLUSH_S, the newest winning.

    A value held back is not lost: it goes out with the next one due, when its run ends, or at `flush()`. Without that,
    a fast server finishes a whole run inside one interval and only its first piece (no speed yet) is ever shown.
    """

    def __init__(self, ctx) -> None:
        self.ctx, self.last, self.pending = ctx, 0.0, None

    def __call__(self, value: Any) -> None:
        if self.pending is not None and getattr(self.pending, "run", None) != getattr(value, "run", None):
            self.flush()  # a run ended: show its last figures, however quickly it went
        self.pending = value
        now = time.monotonic()
        if now - self.last >= _STREAM_FLUSH_S:
            self.flush(now)

    def flush(self, now: float | None = None) -> None:
        if self.pending is not None:
            self.ctx.progress(self.pending)
            self.pending = None
        self.last = now if now is not None else time.monotonic()


def measured_benchmark(ctx, *, url: str, model: str | None, api_key: str | None, benchmark, open_energy_meter) -> Any:
    """The core benchmark with the machine's energy meter, its live progress sent to the page, and the task's
    cancel token. Runs on a worker: opening the meter (NVML start-up, RAPL files) stays off the UI thread."""
    meter = open_energy_meter()
    progress = _LatestEvery(ctx)
    try:
        return benchmark(url, model=model, api_key=api_key, energy_meter=meter, on_progress=progress,
                         cancel=ctx.token)
    finally:
        progress.flush()


class ServerPage(Page):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._check_task = self._bench_task = self._chat_task = self._discover_task = None

        self.url = QLineEdit(self.state.server_url or DEFAULT_SERVER_URL, self)
        self.url_label = QLabel(self)
        self.url_label.setBuddy(self.url)
        self.api_key = QLineEdit(self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.api_key.setMaximumWidth(180)
        self.api_key_label = QLabel(self)
        self.api_key_label.setBuddy(self.api_key)
        self.test_button = QPushButton(icon("plug"), "", self)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_label)
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.api_key_label)
        url_row.addWidget(self.api_key)
        url_row.addWidget(self.test_button)
        self.url_error = QLabel(self)  # an address that cannot be a server, said next to the field it is about
        self.url_error.setObjectName("urlError")
        self.url_error.setWordWrap(True)
        self.url_error.setStyleSheet("color: #8a1c1c")
        self.url_error.hide()
        self._bad_url: str | None = None
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.hide()

        self.after_load = QLabel(self)  # a local server's real memory use against the estimate for its model
        self.after_load.setWordWrap(True)
        self.after_load.hide()
        self._after_load_task = None
        self.diagnosis = QLabel(self)
        self.diagnosis.setWordWrap(True)
        self.diagnosis.setTextFormat(Qt.TextFormat.RichText)
        self.diagnosis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found_box = QGroupBox(self)
        self.found = QListWidget(self)
        self.found.setMaximumHeight(90)
        QVBoxLayout(self.found_box).addWidget(self.found)

        self.bench_box = QGroupBox(self)
        self.model_combo = QComboBox(self)
        self.model_combo.setMinimumContentsLength(24)
        self.model_label = QLabel(self)
        self.model_label.setBuddy(self.model_combo)
        self.bench_button = QPushButton(icon("speed"), "", self)
        self.bench_stop_button = QPushButton(icon("stop"), "", self)
        self.bench_result = QLabel(self)
        self.bench_result.setWordWrap(True)
        bench_row = QHBoxLayout(self.bench_box)
        bench_row.addWidget(self.model_label)
        bench_row.addWidget(self.model_combo, 1)
        bench_row.addWidget(self.bench_button)
        bench_row.addWidget(self.bench_stop_button)
        bench_row.addWidget(self.bench_result, 2)

        self.chat_box = QGroupBox(self)
        chat_form = QFormLayout(self.chat_box)
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
        self.chat_stats = QLabel(self)
        self.system_label, self.prompt_label = QLabel(self), QLabel(self)
        self.temperature_label, self.reply_label = QLabel(self), QLabel(self)
        for label, field in ((self.system_label, self.system), (self.prompt_label, self.prompt),
                             (self.temperature_label, self.temperature)):
            label.setBuddy(field)
        self.temperature_problem = QLabel(self)  # what the temperature field refused, said beside it
        self.temperature_problem.setStyleSheet("color: #b3261e")
        self.temperature_problem.hide()
        self.temperature.problem.connect(self._temperature_problem)
        temp_row = QHBoxLayout()
        temp_row.addWidget(self.temperature)
        temp_row.addWidget(self.temperature_problem)
        temp_row.addStretch(1)
        temp_row.addWidget(self.chat_stats)
        temp_row.addWidget(self.send_button)
        temp_row.addWidget(self.stop_button)
        chat_form.addRow(self.system_label, self.system)
        chat_form.addRow(self.prompt_label, self.prompt)
        chat_form.addRow(self.temperature_label, temp_row)
        self.reply_label.setBuddy(self.reply)
        chat_form.addRow(self.reply_label, self.reply)

        layout = QVBoxLayout(self)
        layout.addLayout(url_row)
        layout.addWidget(self.url_error)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.diagnosis)
        left.addWidget(self.after_load)
        left.addStretch(1)
        top.addLayout(left, 3)
        top.addWidget(self.found_box, 2)
        layout.addLayout(top)
        layout.addWidget(self.bench_box)
        layout.addWidget(self.chat_box, 1)

        self.test_button.clicked.connect(self.test_connection)
        self.url.returnPressed.connect(self.test_connection)
        self.url.textChanged.connect(self._url_changed)
        self.found.itemActivated.connect(self._use_found)
        self.found.itemClicked.connect(self._use_found)
        self.bench_button.clicked.connect(self.run_benchmark)
        self.bench_stop_button.clicked.connect(self.stop_benchmark)
        self.send_button.clicked.connect(self.send_prompt)
        self.stop_button.clicked.connect(self.stop_prompt)
        self._update_buttons()
        self.retranslate()

    def initializePage(self) -> None:
        if self._discover_task is None:
            self.discover()
        if self.state.server is None and (self._check_task is None or self._check_task.done):
            self.test_connection()

    # ------------------------------------------------------------------ check
    def _url_changed(self, text: str) -> None:
        """What was shown belongs to the URL it was measured on: a new URL starts from "not tested"."""
        if text.strip() == (self.state.server_url or "") and self.url_error.isHidden():
            return
        if self._check_task is not None and not self._check_task.done:
            self._check_task.cancel()
            self.busy.hide()
        self._show_url_error(None)
        self._forget_server()

    def _forget_server(self, status: Any | None = None) -> None:
        self.after_load.clear()
        self.after_load.hide()
        if self.state.server is not None or self.state.benchmark is not None or status is not None:
            self.state.reset_server(status)
        self.model_combo.clear()
        self._show_status()
        self._show_benchmark()
        if self._bad_url is not None:
            self._show_url_error(self._bad_url)
        self._update_buttons()

    def _show_url_error(self, url: str | None) -> None:
        self._bad_url = url
        if url is None:
            self.url_error.clear()
            self.url_error.hide()
            return
        self.url_error.setText(self.tr("Not a valid URL: {url}. Write it like http://localhost:1234/v1").format(
            url=url))
        self.url_error.show()

    def test_connection(self) -> None:
        url = self.url.text().strip() or DEFAULT_SERVER_URL
        self.state.server_url = url
        self.url.setText(url)
        self._show_url_error(None)
        self.state.server_url = url
        if self.settings is not None:
            self.settings.setValue("server/url", url)
        valid, key = self._key()
        if not valid:
            return
        if self._check_task is not None and not self._check_task.done:
            self._check_task.cancel()
        self.error.clear()
        self.busy.show()
        check = self.services.check_server
        self._check_task = self.run_task(lambda ctx: check(url, api_key=key), on_done=self._checked,
                                         on_failed=self._check_failed, name="check server")
        self._update_buttons()

    def _key(self) -> tuple[bool, str | None]:
        """(usable, the token trimmed or None when the field is blank). A token no HTTP header can carry (an 'ñ',
        a typographic dash) is refused here, inline, before it reaches the core."""
        text = self.api_key.text()
        if not text.strip():
            return True, None
        from advisor.core.servers.http import ApiKeyError, clean_api_key  # httpx/openai load on first use

        try:
            return True, clean_api_key(text)
        except ApiKeyError:
            self.error.show_error(self.tr("The API key has characters a server cannot receive (such as ñ, a "
                                          "typographic dash or a line break). Copy it again from the server's "
                                          "settings."), None)
            self.api_key.setFocus()
            self.api_key.selectAll()
            return False, None

    def _show_problem(self, what: str, error: Any, retry) -> None:
        """`error` (an exception, or a ChatResult) carrying a server `problem` in the page's words (what is wrong +
        what to do); any other exception as it came."""
        problem = getattr(error, "problem", None)
        if problem is not None and hasattr(problem, "code"):
            wrong, advice = wording.server_problem(problem)
            self.error.show_error(f"{what}\n{wrong} {advice}", retry)
        else:
            self.show_error(what, error, retry)

    def _checked(self, status: Any) -> None:
        self.busy.hide()
        if status.problem is not None:  # the old server's benchmark and models are not this one's
            self._forget_server(status)
            self._rediscover()
            return
        if self.state.server is None or self.state.server.url != status.url:
            self.state.reset_server(status)
        else:
            self.state.set_server(status)
        self.model_combo.clear()
        for m in status.models:
            self.model_combo.addItem(m.id + (f" · {m.quant}" if m.quant else ""), m.id)
            if m.loaded:
                self.model_combo.setCurrentIndex(self.model_combo.count() - 1)
        self._show_status()
        self._update_buttons()
        self._check_after_load(status.url)

    def _check_after_load(self, url: str) -> None:
        """For a server on this machine: what its process really uses, against the estimate for its model."""
        self.after_load.hide()
        profile = self.state.detected or self.state.profile
        if profile is None or self.state.what_if_active:  # a what-if is not the machine the server runs on
            return
        if self._after_load_task is not None and not self._after_load_task.done:
            self._after_load_task.cancel()
        after_load = self.services.after_load
        self._after_load_task = self.run_task(lambda ctx: after_load(url, profile), on_done=self._after_loaded,
                                              on_failed=lambda _e: None, name="after load")

    def _after_loaded(self, loaded: Any) -> None:
        if self.state.server is None or loaded is None:
            return
        if loaded.used_ram_bytes is None or loaded.predicted_ram_bytes is None:
            self.after_load.hide()  # a remote server, or one that does not name its file: nothing to set side by side
            return
        self.after_load.setText(self.tr("Memory: the server uses {used}; predicted {predicted} for {file} at {context} "
                                        "tokens of context.").format(
            used=fmt.gib(loaded.used_ram_bytes + (loaded.used_vram_bytes or 0)),
            predicted=fmt.gib(loaded.predicted_ram_bytes + (loaded.predicted_vram_bytes or 0)),
            file=html.escape(Path(loaded.model_path).name), context=fmt.count(loaded.context or 4096)))
        self.after_load.show()

    def _check_failed(self, error: BaseException) -> None:
        self.busy.hide()
        self._update_buttons()
        if isinstance(error, Cancelled):
            return
        self._forget_server()
        self._rediscover()
        if isinstance(error, ValueError):  # the core's word for an address that cannot be a server
            self._show_url_error(self.url.text().strip())
            self.url.setFocus()
            self.url.selectAll()
            return
        self.show_error(self.tr("Testing the server failed."), error, self.test_connection)

    def _show_status(self) -> None:
        status = self.state.server
        if status is None:
            self.diagnosis.setText(self.tr("Not tested yet."))
            return
        # everything a server sends (model ids, its version, its error text) is escaped: the label is rich text, and
        # a server must not be able to write into the diagnosis
        esc = html.escape
        if status.problem is None:
            models = esc(", ".join(m.id for m in status.models)) or "—"
            answered = (self.tr("Answered in {ms} ms").format(ms=fmt.number(status.elapsed_ms, 0))
                        if status.elapsed_ms is not None else "")
            self.diagnosis.setText(
                "<b style='color:#1b5e20'>✔ " + self.tr("Connected to {kind} {version}").format(
                    kind=esc(wording.server_kind_name(status.kind)), version=esc(status.version or "")) + "</b><br>"
                + self.tr("Models: {models}").format(models=models) + (f"<br>{esc(answered)}" if answered else ""))
            return
        what, advice = wording.server_problem(status.problem)
        kind = self.tr("Found {kind}.").format(kind=wording.server_kind_name(status.kind)) + " " if status.kind else ""
        self.diagnosis.setText(f"<b style='color:#8a1c1c'>✖ {esc(what)}</b><br>{esc(kind)}{esc(advice)}")

    def _temperature_problem(self, code: str) -> None:
        self.temperature_problem.setVisible(bool(code))
        if code:
            self.temperature_problem.setText(self.tr("Not taken: from 0 to 2."))

    # ------------------------------------------------------------------ discover
    def _rediscover(self) -> None:
        """After a failed check the list of servers found is looked at again: what it said may be out of date."""
        if self._discover_task is not None and not self._discover_task.done:
            return
        self.found.clear()
        self.discover()

    def discover(self) -> None:
        discover = self.services.discover_servers
        self._discover_task = self.run_task(lambda ctx: list(discover()), on_done=self._discovered,
                                            on_failed=lambda _e: self._discovered([]), name="discover servers")

    def _discovered(self, servers: list[Any]) -> None:
        self.found.clear()
        for s in servers:
            state = self.tr("ready") if s.problem is None else wording.server_problem(s.problem)[0]
            item = QListWidgetItem(f"{wording.server_kind_name(s.kind)} — {s.url} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, s.url)
            item.setToolTip(self.tr("Click to use this server."))
            self.found.addItem(item)
        if not servers:
            item = QListWidgetItem(self.tr("No local server found on the usual ports."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.found.addItem(item)

    def _use_found(self, item: QListWidgetItem) -> None:
        url = item.data(Qt.ItemDataRole.UserRole)
        if url:
            self.url.setText(url)
            self.test_connection()

    # ------------------------------------------------------------------ benchmark
    def run_benchmark(self) -> None:
        valid, key = self._key()
        if not valid:
            return
        url, model = self.state.server_url, self.model_combo.currentData()
        benchmark, open_meter = self.services.benchmark, self.services.open_energy_meter
        self.error.clear()
        self.bench_result.setText(self.tr("Measuring…"))
        self._bench_task = self.run_task(
            lambda ctx: measured_benchmark(ctx, url=url, model=model, api_key=key, benchmark=benchmark,
                                           open_energy_meter=open_meter),
            on_done=self._benchmarked, on_failed=self._bench_failed, on_progress=self._bench_progress,
            name="benchmark")
        self._update_buttons()

    def stop_benchmark(self) -> None:
        if self._bench_task is not None:
            self._bench_task.cancel()

    def _bench_progress(self, progress: Any) -> None:
        """A `BenchmarkProgress` from the core: which run, and this run's speed so far."""
        if progress.tokens_per_second is None:
            self.bench_result.setText(self.tr("Measuring… run {run} of {runs}").format(
                run=progress.run, runs=progress.runs))
            return
        self.bench_result.setText(self.tr("Measuring… run {run} of {runs}: {speed} now").format(
            run=progress.run, runs=progress.runs, speed=fmt.tokens_per_second(progress.tokens_per_second)))

    def _benchmarked(self, bench: Any) -> None:
        self.state.set_server(benchmark=bench)
        self._show_benchmark()
        self._update_buttons()

    def _show_benchmark(self) -> None:
        b = self.state.benchmark
        if b is None:
            self.bench_result.setText("")
            return
        text = self.tr("{speed} · first token after {ttft} ms · %n run(s)", "", b.runs).format(
            speed=fmt.tokens_per_second(b.tokens_per_second),
            ttft=fmt.number(b.ttft_ms, 0) if b.ttft_ms is not None else "—")
        tip = self.tr("Median generation speed over the runs, and the wait before the first word. "
                      "Source: {source}.").format(source=b.source)
        if b.joules_per_token is not None:
            text += " · " + self.tr("{joules} J/token, {watts} W on average").format(
                joules=fmt.figure(b.joules_per_token, "joules"),
                watts=fmt.number(b.power_watts, 0) if b.power_watts is not None else "—")
            tip += " " + self.tr("Energy per generated token and the average power while generating, read from "
                                 "this computer's energy counters ({meters}).").format(meters=b.energy_source)
        else:
            tip += " " + self.tr("Energy could not be measured here (no NVIDIA energy counter, and the processor's "
                                 "RAPL counter is not readable): the Costs page estimates the power instead.")
        self.bench_result.setText(text)
        self.bench_result.setToolTip(tip)

    def _bench_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.bench_result.setText(self.tr("Stopped.") if isinstance(error, Cancelled) else "")
        if not isinstance(error, Cancelled):
            self._show_problem(self.tr("The benchmark failed."), error, self.run_benchmark)

    # ------------------------------------------------------------------ try a prompt
    def send_prompt(self) -> None:
        text = self.prompt.toPlainText().strip()
        if not text:
            self.prompt.setFocus()
            return
        valid, key = self._key()
        if not valid:
            return
        url, model = self.state.server_url, self.model_combo.currentData()
        system, temperature = self.system.text(), self.temperature.value()
        stream_chat = self.services.stream_chat
        self.reply.clear()
        self.chat_stats.clear()
        self.error.clear()

        def work(ctx):
            batch = _Batcher(ctx)
            result = stream_chat(url, model=model, system=system or None, prompt=text, temperature=temperature,
                                 api_key=key, on_delta=batch.add, cancel=ctx.token, max_tokens=TRY_MAX_TOKENS)
            batch.flush()
            return result

        self._chat_task = self.run_task(work, on_done=self._chat_done, on_failed=self._chat_failed,
                                        on_progress=self._chat_delta, name="chat")
        self._update_buttons()

    def stop_prompt(self) -> None:
        if self._chat_task is not None:
            self._chat_task.cancel()

    def _chat_delta(self, value: tuple[str, int]) -> None:
        text, _pieces = value
        self.reply.moveCursor(self.reply.textCursor().MoveOperation.End)
        self.reply.insertPlainText(text)

    def _chat_done(self, result: Any) -> None:
        self._update_buttons()
        if getattr(result, "text", None) and self.reply.toPlainText() != result.text:
            self.reply.setPlainText(result.text)
        if getattr(result, "problem", None) is not None:
            self._show_problem(self.tr("The prompt could not be sent."), result, self.send_prompt)
            return
        self.chat_stats.setText(fmt.tokens_per_second(getattr(result, "tokens_per_second", None)))

    def _chat_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, Cancelled):
            self.chat_stats.setText(self.tr("Stopped."))
        else:
            self._show_problem(self.tr("The prompt could not be sent."), error, self.send_prompt)

    # ------------------------------------------------------------------ state
    def _update_buttons(self) -> None:
        running = {name: t is not None and not t.done for name, t in
                   (("check", self._check_task), ("bench", self._bench_task), ("chat", self._chat_task))}
        usable = self.state.server is not None and self.state.server.problem is None
        self.test_button.setEnabled(not running["check"])
        self.bench_button.setEnabled(usable and not running["bench"] and not running["chat"])
        self.send_button.setEnabled(usable and not running["chat"] and not running["bench"])
        self.stop_button.setEnabled(running["chat"])
        self.bench_stop_button.setEnabled(running["bench"])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Local server"))
        self.setSubTitle(self.tr("Check that your OpenAI-compatible server answers, and how fast."))
        self.url_label.setText(self.tr("Server &URL:"))
        self.url.setAccessibleName(self.tr("Server URL"))
        self.url.setToolTip(self.tr("The base URL your code passes to the openai package; LM Studio's is "
                                    "http://localhost:1234/v1."))
        self.test_button.setText(self.tr("&Test connection"))
        self.api_key_label.setText(self.tr("API &key:"))
        self.api_key.setPlaceholderText(self.tr("optional"))
        self.api_key.setAccessibleName(self.tr("API key"))
        self.api_key.setToolTip(self.tr("Only if the server asks for one (LM Studio's authentication, vLLM --api-key). "
                                        "It is not saved."))
        self.found_box.setTitle(self.tr("Servers found on this computer"))
        self.found.setAccessibleName(self.tr("Servers found on this computer"))
        self.bench_box.setTitle(self.tr("Speed"))
        self.model_label.setText(self.tr("&Model:"))
        self.model_combo.setAccessibleName(self.tr("Model to use"))
        self.bench_button.setText(self.tr("Ben&chmark"))
        self.bench_button.setToolTip(self.tr("Streams a few short replies and measures tokens per second "
                                             "(and the energy used, where this computer can measure it)."))
        self.bench_stop_button.setText(self.tr("Stop"))
        self.bench_stop_button.setToolTip(self.tr("Stops the benchmark at once."))
        self.chat_box.setTitle(self.tr("Try a prompt"))
        self.system_label.setText(self.tr("S&ystem message:"))
        self.system.setPlaceholderText(self.tr("You are a helpful assistant."))
        self.system.setAccessibleName(self.tr("System message"))
        self.prompt_label.setText(self.tr("&Prompt:"))
        self.prompt.setPlaceholderText(self.tr("Ask something…"))
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.temperature_label.setText(self.tr("T&emperature:"))
        self.temperature.setAccessibleName(self.tr("Temperature"))
        self.temperature.setToolTip(self.tr("Higher is more varied, lower more predictable (0 to 2)."))
        self.send_button.setText(self.tr("&Send"))
        self.stop_button.setText(self.tr("St&op"))
        self.reply_label.setText(self.tr("Reply:"))
        self.reply.setAccessibleName(self.tr("Reply"))
        self.chat_stats.setToolTip(self.tr("Generation speed of this reply."))
        self._show_status()
        self._show_benchmark()
        if self._bad_url is not None:
            self._show_url_error(self._bad_url)
