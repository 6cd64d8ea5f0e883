"""The Local server page's Speed panel: the model to use, and a streamed benchmark with its live speed.

Its words keep the "ServerPage" translation context (see server_check.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from advisor.core.messages.servers import first_token_time
from advisor.qt import fmt, wording
from advisor.qt.tasks import Cancelled, TaskContext, Throttle
from advisor.qt.widgets.icons import icon

if TYPE_CHECKING:  # the server types load httpx: on a worker, when the page first checks
    from advisor.core.servers.types import Benchmark, BenchmarkProgress, ServerStatus
    from advisor.qt.pages.server import ServerPage

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("ServerPage", "...") calls

BENCHMARK = "benchmark"  # the task's name (the wizard asks before closing while it runs)
CALIBRATE = "calibrate"  # after a benchmark: correct this machine's estimates by it (reads /props, the GGUF header)
# the newest speed every 50 ms; a run that ended shows its last figure, however quickly the run went
LIVE_SPEED = Throttle(interval_s=0.05, boundary=lambda held, new: held.run != new.run)


def measured_benchmark(
    ctx: TaskContext,
    *,
    url: str,
    model: str | None,
    api_key: str | None,
    benchmark: Callable[..., Benchmark],
    open_energy_meter: Callable[[], Any],
) -> Benchmark:
    """The core benchmark with the machine's energy meter, its live progress sent to the page, and the task's
    cancel token. Runs on a worker: opening the meter (NVML start-up, RAPL files) stays off the UI thread."""
    return benchmark(
        url, model=model, api_key=api_key, energy_meter=open_energy_meter(), on_progress=ctx.progress, cancel=ctx.token
    )


def model_label(model: Any) -> str:
    """The model as the list offers it: "qwen2.5-7b-instruct · Q4_K_M · context 2,048" (the context it was loaded
    with, else its training context, in the words the CLI uses). llama-server's model, named by the path it
    loaded, by its file name: the folders are unreadable there and carry the user's name."""
    from advisor.core.costs.defaults import model_shown_name
    from advisor.core.messages.servers import model_context

    name = model_shown_name(str(model.id))
    return " · ".join(x for x in (name, model.quant, model_context(wording.say(), model)) if x)


class ServerBench(QGroupBox):
    """Which of the server's models to use (the chat panel asks `model()`), and how fast it generates. Shows
    `state.benchmark`; writes it when a benchmark ends."""

    def __init__(self, page: ServerPage, *, api_key: Callable[[], tuple[bool, str | None]]) -> None:
        super().__init__(page)
        self._page = page
        self._api_key = api_key
        self._models_of: ServerStatus | None = None  # the check whose models the combo box lists
        # what the calibration note says, kept so that a change of language words it again: the core's outcome, or
        # the error that kept it from being saved; and the server it was about (another server clears it)
        self._calibration_outcome: Any = None
        self._calibration_error: str | None = None
        self._calibrated_url: str | None = None
        # what the result line says while no benchmark is shown there (its progress, "Stopped."), kept as the words to
        # say it so that a new language says it again; None while the line shows `state.benchmark`
        self._result_words: Callable[[], str] | None = None

        self.model_combo = QComboBox(self)
        self.model_combo.setMinimumContentsLength(24)
        self.model_label = QLabel(self)
        self.model_label.setBuddy(self.model_combo)
        self.button = QPushButton(icon("speed"), "", self)
        self.stop_button = QPushButton(icon("stop"), "", self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.calibration = QLabel(self)  # what the benchmark did to the estimates (calibrated, or why not)
        self.calibration.setWordWrap(True)
        self.calibration.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        column.addLayout(row)
        column.addWidget(self.calibration)
        row.addWidget(self.model_label)
        row.addWidget(self.model_combo, 1)
        row.addWidget(self.button)
        row.addWidget(self.stop_button)
        row.addWidget(self.result, 2)

        self.button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.stop)
        page.state.server_changed.connect(self._server_changed)
        self.retranslate()

    def model(self) -> str | None:
        return self.model_combo.currentData()

    def set_usable(self, usable: bool) -> None:
        """Whether a benchmark may start now (a working server, no prompt running)."""
        running = self._page.runner.running(BENCHMARK)
        self.button.setEnabled(usable and not running)
        self.stop_button.setEnabled(running)

    def _server_changed(self) -> None:
        state = self._page.state
        if state.benchmark is None or state.server_url != self._calibrated_url:  # another server, or none measured
            self._set_calibration_note(None, None)
        status = state.server
        if status is not self._models_of:  # a new check: its models, the loaded one chosen
            self._models_of = status
            self.model_combo.clear()
            for m in status.models if status is not None and status.problem is None else ():
                self.model_combo.addItem(model_label(m), m.id)
                if m.loaded:
                    self.model_combo.setCurrentIndex(self.model_combo.count() - 1)
        if not self._page.runner.running(BENCHMARK):  # a running one keeps its live figures
            self.show_benchmark()

    # ------------------------------------------------------------------ benchmark
    def run(self) -> None:
        valid, key = self._api_key()
        if not valid:
            return
        page = self._page
        url, model = page.state.server_url, self.model()
        benchmark, open_meter = page.services.benchmark, page.services.open_energy_meter
        page.error.clear()
        self._say_result(lambda: translate("ServerPage", "Measuring…"))
        page.runner.start(
            BENCHMARK,
            lambda ctx: measured_benchmark(
                ctx, url=url, model=model, api_key=key, benchmark=benchmark, open_energy_meter=open_meter
            ),
            on_done=self._benchmarked,
            on_failed=self._failed,
            on_progress=self._progress,
            throttle=LIVE_SPEED,
            if_running="keep",
        )

    def stop(self) -> None:
        self._page.runner.cancel(BENCHMARK)

    def _progress(self, progress: BenchmarkProgress) -> None:
        """Which run, and this run's speed so far."""
        if progress.tokens_per_second is None:
            self._say_result(
                lambda: translate("ServerPage", "Measuring… run {run} of {runs}").format(
                    run=progress.run, runs=progress.runs
                )
            )
            return
        self._say_result(
            lambda: translate("ServerPage", "Measuring… run {run} of {runs}: {speed} now").format(
                run=progress.run, runs=progress.runs, speed=fmt.tokens_per_second(progress.tokens_per_second)
            )
        )

    def _say_result(self, words: Callable[[], str]) -> None:
        """A line in place of the benchmark's figures; `words` is kept so that `retranslate` says it again."""
        self._result_words = words
        self.result.setText(words())

    def _benchmarked(self, bench: Benchmark) -> None:
        self._page.state.set_server(benchmark=bench)
        self.show_benchmark()
        self._calibrate(bench)

    # ------------------------------------------------------------------ calibration
    def _calibrate(self, bench: Benchmark) -> None:
        """Correct this machine's estimates by the benchmark (core calibration.calibrate: the server's model file,
        its header, the estimate, the saved file), on a worker; then every page's speeds are recomputed."""
        state = self._page.state
        profile = state.detected or state.profile  # the machine the server runs on, not a what-if of it
        self._set_calibration_note(None, None)
        if profile is None or bench.cancelled or bench.tokens_per_second is None:
            return
        status = state.server
        kind = str(status.kind) if status is not None and status.kind is not None else None
        url, calibrate = state.server_url, self._page.services.calibrate
        _valid, key = self._api_key()
        self._page.runner.start(
            CALIBRATE,
            lambda ctx: calibrate(url, bench, profile, kind=kind, api_key=key),
            on_done=self._calibrated,
            on_failed=self._calibration_failed,
        )

    def _calibrated(self, outcome: Any) -> None:
        self._set_calibration_note(outcome, None)  # what it did, and what it replaced
        if outcome.calibration is None:  # refused: the calibration saved before (if any) stays
            return
        state = self._page.state
        if state.profile is not None:  # every estimate on the pages is recomputed with the correction
            state.set_profile(state.profile, detected=False, what_if=state.what_if_active)

    def _calibration_failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):  # the settings folder could not be written: said, the rest stands
            self._set_calibration_note(None, str(error))

    def _set_calibration_note(self, outcome: Any, error: str | None) -> None:
        self._calibration_outcome, self._calibration_error = outcome, error
        self._calibrated_url = self._page.state.server_url if outcome is not None or error is not None else None
        self._show_calibration_note()

    def _show_calibration_note(self) -> None:
        """The note in the current language: what the calibration did (or why not), or why it was not saved."""
        if self._calibration_outcome is not None:
            from advisor.core.messages import calibration as words

            self.calibration.setText(" ".join(words.outcome(wording.say(), self._calibration_outcome)))
        elif self._calibration_error is not None:
            self.calibration.setText(
                translate("ServerPage", "The calibration could not be saved: {error}").format(
                    error=self._calibration_error
                )
            )
        else:
            self.calibration.setText("")

    def _failed(self, error: BaseException) -> None:
        self._say_result(lambda: translate("ServerPage", "Stopped.") if isinstance(error, Cancelled) else "")
        if not isinstance(error, Cancelled):
            self._page.show_problem(translate("ServerPage", "The benchmark failed."), error, self.run)

    def show_benchmark(self) -> None:
        self._result_words = None
        b = self._page.state.benchmark
        if b is None:
            self.result.setText("")
            return
        # one and many as two messages (Spanish and English agree on where the plural starts): lupdate 6.11 does not
        # see a %n count that is not a literal in a translate() call
        if b.runs == 1:
            template = translate("ServerPage", "{speed} · first token after {ttft} · 1 run")
        else:
            template = translate("ServerPage", "{speed} · first token after {ttft} · {runs} runs")
        text = template.format(
            speed=fmt.tokens_per_second(b.tokens_per_second),
            ttft=first_token_time(wording.say(), b.ttft_ms) if b.ttft_ms is not None else "—",
            runs=fmt.count(b.runs),
        )
        tip = translate(
            "ServerPage", "Median generation speed over the runs, and the wait before the first word. Source: {source}."
        ).format(source=b.source)
        from advisor.core.messages.servers import implausible_note, prompt_cached_note

        cached = prompt_cached_note(wording.say(), getattr(b, "prompt_cached_runs", 0), b.runs)
        tip += " " + cached if cached else ""
        odd = implausible_note(wording.say(), getattr(b, "implausible", ()))
        text += " · " + odd if odd else ""  # the server's own figure was dropped: said where the figures are
        if b.joules_per_token is not None:
            text += " · " + translate("ServerPage", "{joules} J/token, {watts} W on average").format(
                joules=fmt.figure(b.joules_per_token, "joules"),
                watts=fmt.number(b.power_watts, 0) if b.power_watts is not None else "—",
            )
            tip += " " + translate(
                "ServerPage",
                "Energy per generated token and the average power while generating, "
                "read from this computer's energy counters ({meters}).",
            ).format(meters=b.energy_source)
        else:
            tip += " " + translate(
                "ServerPage",
                "Energy could not be measured here (no NVIDIA energy counter, and the "
                "processor's RAPL counter is not readable): the Costs page estimates "
                "the power instead.",
            )
        self.result.setText(text)
        self.result.setToolTip(tip)

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(translate("ServerPage", "Speed"))
        self.model_label.setText(translate("ServerPage", "&Model:"))
        self.model_combo.setAccessibleName(translate("ServerPage", "Model to use"))
        self.button.setText(translate("ServerPage", "Ben&chmark"))
        self.button.setToolTip(
            translate(
                "ServerPage",
                "Streams a few short replies and measures tokens per second "
                "(and the energy used, where this computer can measure it).",
            )
        )
        self.stop_button.setText(translate("ServerPage", "Stop"))
        self.stop_button.setToolTip(translate("ServerPage", "Stops the benchmark at once."))
        status = self._models_of
        for i, m in enumerate(status.models if status is not None and status.problem is None else ()):
            if i < self.model_combo.count():  # the contexts' words in the new language
                self.model_combo.setItemText(i, model_label(m))
        if self._result_words is not None:  # its progress, or "Stopped.", said again
            self.result.setText(self._result_words())
        else:
            self.show_benchmark()
        self._show_calibration_note()
