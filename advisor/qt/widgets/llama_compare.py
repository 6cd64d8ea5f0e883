"""'Compare with llama.cpp': llama.cpp's own dry run (`llama-fit-params`) of a local GGUF file beside the advisor's
estimate, run off the UI thread. Disabled, with the reason, where llama.cpp is not installed."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from advisor.qt import wording
from advisor.qt.tasks import Cancelled, TaskRunner


def _find_default() -> Any:
    from advisor.core.sizing.llama_fit import find_fit_params

    return find_fit_params()


def _compare_default(path: str, profile: Any, *, context: int, cancel: Any) -> Any:
    from advisor.core.sizing.llama_fit import compare_file

    return compare_file(path, profile, context=context, cancel=cancel)


class LlamaCompare(QWidget):
    """A button and the result under it. `set_model(path, profile, context)` names the file (None: nothing to
    compare); the binary is looked for once, on a worker, the first time a file is named."""

    FIND, RUN = "llama-fit-find", "llama-fit-run"

    def __init__(
        self,
        parent: QWidget,
        *,
        runner: TaskRunner,
        find: Callable[[], Any] = _find_default,
        compare: Callable[..., Any] = _compare_default,
    ) -> None:
        super().__init__(parent)
        self._runner, self._find, self._compare = runner, find, compare
        self._binary: Any = None
        self._looked = False
        self._model: tuple[str, Any, int] | None = None
        self._what_if = False  # the profile is a description (what-if): said with the result
        # what the result says, kept as the words to say it (and whether its first line is bold) so that a new
        # language says the same result again; None while nothing is shown
        self._result_words: tuple[Callable[[], list[str]], bool] | None = None
        self.button = QPushButton(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.button.clicked.connect(self.run)
        self.result.hide()
        self.retranslate()
        self._update()

    # ------------------------------------------------------------------ state
    def set_model(self, path: str | None, profile: Any, context: int, *, what_if: bool = False) -> None:
        """The file to compare (a new one clears the last result); None disables the button. `what_if`: the profile
        is a description, while llama.cpp plans for this computer's real devices (said with the result)."""
        self._what_if = what_if
        model = (path, profile, context) if path and profile is not None else None
        if model != self._model:
            self._runner.cancel(self.RUN)
            self._show_lines(None)
        self._model = model
        if model is not None and not self._looked:
            self._looked = True
            self._runner.start(self.FIND, lambda _ctx: self._find(), on_done=self._found, on_failed=self._not_found)
        self._update()

    def _found(self, binary: Any) -> None:
        self._binary = binary
        if binary is None:
            self._show_lines(lambda: [self._missing_text()])
        self._update()

    def _not_found(self, error: BaseException) -> None:
        self._found(None)

    def _missing_text(self) -> str:
        from advisor.core.messages import fit_params

        return fit_params.problem(wording.say(), "not_installed")

    def _update(self) -> None:
        running = self._runner.running(self.RUN)
        looking = self._runner.running(self.FIND)
        self.button.setEnabled(self._model is not None and self._binary is not None and not running)
        if looking:
            self.button.setToolTip(self.tr("Looking for llama.cpp…"))
        elif self._looked and self._binary is None:
            self.button.setToolTip(self._missing_text())
        elif self._model is None:
            self.button.setToolTip(self.tr("Select a model file above to compare."))
        else:
            self.button.setToolTip(
                self.tr(
                    "Run llama.cpp's llama-fit-params on this file (a dry run of its memory allocator, no model "
                    "loaded) and show its figure beside the advisor's."
                )
            )
        self.button.setAccessibleDescription(self.button.toolTip())

    # ------------------------------------------------------------------ work
    def run(self) -> None:
        if self._model is None or self._binary is None:
            return
        path, profile, context = self._model
        compare = self._compare

        def work(ctx):
            return compare(path, profile, context=context, cancel=ctx.token)

        self._show_lines(lambda: [self.tr("Asking llama.cpp…")])
        self._runner.start(self.RUN, work, on_done=self._done, on_failed=self._failed)
        self._update()

    def _done(self, comparison: Any) -> None:
        from advisor.core.messages import fit_params

        what_if = self._what_if

        def lines() -> list[str]:
            say = wording.say()
            return [fit_params.headline(say, comparison), *fit_params.detail_lines(say, comparison, what_if=what_if)]

        self._show_lines(lines, bold_first=True)
        self._update()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._show_lines(None)
        else:
            self._show_lines(
                lambda: [self.tr("The comparison could not be made: {error}").format(error=str(error) or "?")]
            )
        self._update()

    def _show_lines(self, words: Callable[[], list[str]] | None, *, bold_first: bool = False) -> None:
        """Show the lines `words` says (nothing for None); kept so that `retranslate` says them again."""
        self._result_words = (words, bold_first) if words is not None else None
        parts = [html.escape(x, quote=False) for x in (words() if words is not None else []) if x]
        if bold_first and parts:
            parts[0] = f"<b>{parts[0]}</b>"
        self.result.setText("<br>".join(parts))
        self.result.setVisible(bool(parts))

    # ------------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Compare with &llama.cpp"))
        self.button.setAccessibleName(self.tr("Compare with llama.cpp"))
        if self._result_words is not None:
            words, bold_first = self._result_words
            self._show_lines(words, bold_first=bold_first)
        self._update()
