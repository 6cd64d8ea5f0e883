"""Recommendation: the size class and quant, fit per class, a memory bar, live context length, reasons in words,
and the models already in LM Studio with their fit."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor.core.messages import ranges, sizing
from advisor.core.types import Estimate, FitLevel, Recommendation, nothing_fits
from advisor.qt import fmt, wording
from advisor.qt.pages.base import Page
from advisor.qt.state import DEFAULT_MIN_SPEED
from advisor.qt.tasks import Cancelled
from advisor.qt.widgets.column_scroll import ContentHeightScroll
from advisor.qt.widgets.fit import FitBadge, fit_colors, fit_text, fit_tooltip
from advisor.qt.widgets.how_to_load import how_to_load_html
from advisor.qt.widgets.llama_compare import LlamaCompare
from advisor.qt.widgets.memory_bar import MemoryBar, Segment

if TYPE_CHECKING:  # the sizing package loads the GGUF reader: on a worker, when the page first computes
    from advisor.core.sizing.local import LocalModelEstimate

CONTEXTS = (2048, 4096, 8192, 16384, 32768, 65536, 131072)
MIN_SPEEDS = (2.0, 3.0, 5.0, 8.0, 10.0, 15.0, 20.0)  # tok/s below which a class counts as too slow
MIN_SPEED_KEY = "recommendation/min_tokens_per_second"
_DEBOUNCE_MS = 150


def fit_item(fit: FitLevel | str | None) -> QTableWidgetItem:
    item = QTableWidgetItem(fit_text(fit))
    fg, bg = fit_colors(fit)
    item.setForeground(fg)
    item.setBackground(bg)
    item.setToolTip(fit_tooltip(fit))
    return item


def fit_table_height(table: QTableWidget, max_rows: int = 8) -> None:
    """Size a table to its rows (up to `max_rows`, then it scrolls) so the page has no empty table area."""
    rows = min(table.rowCount(), max_rows)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(rows)) if rows else table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2)


def local_model_rows(local_models: Iterable[LocalModelEstimate]) -> list[tuple[str, int, Estimate | None]]:
    """(file name, size, estimate) for each model already in LM Studio (no estimate: its header could not be read)."""
    return [(PurePath(m.model.path).name, m.model.size_bytes, m.estimate) for m in local_models]


# the most height the page asks of the window: the wizard's title, buttons and frame come on top, and the whole must
# fit a 1366×768 laptop screen; what does not fit scrolls
MAX_MIN_HEIGHT = 420


class VerticalScroll(ContentHeightScroll):
    """Scrolls its content up and down, never sideways: as wide as the content needs, at least as tall as it needs
    only up to `MAX_MIN_HEIGHT` (a long class table, many reasons and files scroll instead of making the window
    taller), and never asking for more than twice that."""

    max_min_height = MAX_MIN_HEIGHT

    def sizeHint(self) -> QSize:
        hint = self.minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        return QSize(hint.width(), min(max(hint.height(), content.sizeHint().height()), 2 * MAX_MIN_HEIGHT))


class RecommendationPage(Page):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._estimate: Any | None = None  # the recommended class's Estimate (memory breakdown)
        self._dirty = False  # the hardware changed while the window was hidden

        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.badge = FitBadge(self)
        self.speed = QLabel(self)
        self.budget = QLabel(self)  # the one memory budget: total − reserve (− open programs) = for the model
        self.budget.setWordWrap(True)
        # where LM Studio's and llama.cpp's defaults would place the pick otherwise than its speed assumes: how to
        # load it in that placement (LM Studio's settings, then llama.cpp's flags on an unbroken line of their own)
        self.placement = QLabel(self)
        self.placement.setWordWrap(True)
        self.placement.setTextFormat(Qt.TextFormat.RichText)
        self.placement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # flags to copy
        self.placement.hide()
        # the user's benchmark that corrected the speeds on this machine, and the way back to the usual figures
        self.calibration = QLabel(self)
        self.calibration.setWordWrap(True)
        self.reset_calibration = QPushButton(self)
        self.reset_calibration.clicked.connect(self._reset_calibration)
        self.calibration.hide()
        self.reset_calibration.hide()
        self._reset_note = ""  # "Calibration reset…", shown until a new calibration
        calibration_row = QHBoxLayout()
        calibration_row.addWidget(self.calibration, 1)
        calibration_row.addWidget(self.reset_calibration)
        head = QHBoxLayout()
        head.addWidget(self.headline, 1)
        head.addWidget(self.badge)
        head.addWidget(self.speed)

        self.context_label = QLabel(self)
        self.context_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.context_slider.setRange(0, len(CONTEXTS) - 1)
        self.context_slider.setPageStep(1)
        self.context_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.context_slider.setValue(CONTEXTS.index(self.state.context) if self.state.context in CONTEXTS else 1)
        self.context_value = QLabel(self)
        self.context_value.setMinimumWidth(self.fontMetrics().horizontalAdvance("131.072 tokens  "))
        self.context_label.setBuddy(self.context_slider)
        self.min_speed = QComboBox(self)
        for value in MIN_SPEEDS:
            self.min_speed.addItem("", value)
        self.min_speed_label = QLabel(self)
        self.min_speed_label.setBuddy(self.min_speed)
        self.state.min_tokens_per_second = self._remembered_min_speed()
        self.min_speed.setCurrentIndex(self.min_speed.findData(self.state.min_tokens_per_second))
        ctx_row = QHBoxLayout()
        ctx_row.addWidget(self.context_label)
        ctx_row.addWidget(self.context_slider, 1)
        ctx_row.addWidget(self.context_value)
        ctx_row.addSpacing(12)
        ctx_row.addWidget(self.min_speed_label)
        ctx_row.addWidget(self.min_speed)

        self.memory_box = QGroupBox(self)
        self.memory_bar = MemoryBar(self)
        QVBoxLayout(self.memory_box).addWidget(self.memory_bar)

        self.tiers = QTableWidget(0, 5, self)
        self.tiers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tiers.verticalHeader().hide()
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tiers.horizontalHeader().setStretchLastSection(True)
        self.tiers.setWordWrap(False)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.local_box = QGroupBox(self)
        self.local = QTableWidget(0, 4, self)
        self.local.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.local.verticalHeader().hide()
        self.local.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.local.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.local.setWordWrap(False)
        self.local.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.local_empty = QLabel(self)
        self.local_empty.setWordWrap(True)
        local_layout = QVBoxLayout(self.local_box)
        local_layout.addWidget(self.local)
        local_layout.addWidget(self.local_empty)
        self.local_notes = QLabel(self)  # the selected file's notes: what its estimate leaves out or assumes
        self.local_notes.setWordWrap(True)
        self.local_notes.setTextFormat(Qt.TextFormat.PlainText)
        self.local_notes.hide()
        local_layout.addWidget(self.local_notes)
        self.llama_compare = LlamaCompare(self, runner=self.runner)  # llama.cpp's own dry run of the selected file
        local_layout.addWidget(self.llama_compare)
        self.local.itemSelectionChanged.connect(self._local_selected)

        self.tiers_box = QGroupBox(self)
        QVBoxLayout(self.tiers_box).addWidget(self.tiers)

        content = QWidget(self)  # everything below scrolls inside the page (see VerticalScroll)
        self.scroll_area = VerticalScroll(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.placement)
        layout.addWidget(self.budget)
        layout.addLayout(calibration_row)
        layout.addWidget(self.error)
        layout.addLayout(ctx_row)
        layout.addWidget(self.memory_box)
        layout.addWidget(self.tiers_box)
        layout.addWidget(self.reasons)
        layout.addWidget(self.local_box)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)

        self.context_slider.valueChanged.connect(self._context_moved)
        self.min_speed.currentIndexChanged.connect(self._min_speed_chosen)
        self.state.profile_changed.connect(self._recompute_soon)
        self.retranslate()

    def initializePage(self) -> None:
        rec = self.state.recommendation
        stale = (
            rec is None
            or rec.context != self.state.context
            or rec.min_tokens_per_second != self.state.min_tokens_per_second
        )
        if (stale or self._dirty) and self.state.profile is not None:
            self.refresh()

    def _recompute_soon(self) -> None:
        """Every change restarts the wait: dragging the slider, or a what-if typed digit by digit, computes once."""
        self.runner.later("recommend", self._debounced, _DEBOUNCE_MS)

    def _debounced(self) -> None:
        """Recompute now if the window is open; a closed (or closing) window waits for its next showing."""
        if self.window().isVisible():
            self.refresh()
        else:
            self._dirty = True

    def isComplete(self) -> bool:
        return self.state.recommendation is not None

    # ------------------------------------------------------------------ work
    def _context_moved(self, index: int) -> None:
        self.state.context = CONTEXTS[index]
        self._show_context()
        self._recompute_soon()

    def _remembered_min_speed(self) -> float:
        value = self.settings.value(MIN_SPEED_KEY) if self.settings is not None else None
        try:
            speed = float(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            speed = None
        return speed if speed in MIN_SPEEDS else DEFAULT_MIN_SPEED

    def _min_speed_chosen(self, _index: int) -> None:
        value = self.min_speed.currentData()
        if value is None or value == self.state.min_tokens_per_second:
            return
        self.state.min_tokens_per_second = value
        if self.settings is not None:
            self.settings.setValue(MIN_SPEED_KEY, value)
        self.refresh()

    def refresh(self) -> None:
        """Recompute for the current profile and context; a newer request replaces an older one still running."""
        self._dirty = False
        profile = self.state.profile
        if profile is None:
            self.runner.cancel("recommend")  # nothing to recompute: a pending recompute waits no more
            return
        context, min_speed = self.state.context, self.state.min_tokens_per_second
        recommend, local = self.services.recommend, self.services.estimate_local_models
        tier_estimate = self.services.tier_estimate
        self.error.clear()

        def work(ctx):
            rec = recommend(profile, context=context, min_tokens_per_second=min_speed)
            ctx.token.raise_if_cancelled()
            best = next((t for t in rec.tiers if t.tier == rec.tier), None)
            try:  # the breakdown and the LM Studio list are extras: a failure there keeps the recommendation
                est = (
                    tier_estimate(
                        profile, best.tier, best.best_quant, context=context, model=best.model, n_cpu_moe=rec.n_cpu_moe
                    )
                    if best
                    else None
                )
            except Exception:
                est = None
            try:
                models = tuple(local(profile, context=context))
            except Exception:
                models = ()
            return rec, models, est

        self.runner.start("recommend", work, on_done=self._done, on_failed=self._failed)

    def _done(self, result: tuple[Recommendation, tuple[LocalModelEstimate, ...], Estimate | None]) -> None:
        rec, models, self._estimate = result
        self.state.set_recommendation(rec, models)
        self._show()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        self.show_error(self.tr("The recommendation could not be computed."), error, self.refresh)

    def _reset_calibration(self) -> None:
        """Forget the benchmark's correction (the saved file is deleted on a worker), then recompute every page."""
        self.reset_calibration.setEnabled(False)
        self.runner.start(
            "calibration_reset",
            lambda ctx: self.services.reset_calibration(),
            on_done=self._calibration_reset,
            on_failed=self._calibration_reset_failed,
        )

    def _calibration_reset(self, _removed: bool) -> None:
        from advisor.core.messages import calibration as words

        self.reset_calibration.setEnabled(True)
        self._reset_note = wording.say().t(words.RESET)
        self.calibration.setText(self._reset_note)
        self.calibration.setVisible(True)
        self.reset_calibration.setVisible(False)
        if self.state.profile is not None:  # the pages' speeds go back to the usual figures
            self.state.set_profile(self.state.profile, detected=False, what_if=self.state.what_if_active)

    def _calibration_reset_failed(self, error: BaseException) -> None:
        self.reset_calibration.setEnabled(True)
        if isinstance(error, OSError):  # a folder where the file should be, a read-only folder: said in words
            from advisor.core.messages import calibration as words
            from advisor.core.sizing.calibration import store_path

            self.error.show_error(words.reset_failed(wording.say(), error, str(store_path())), None)
        elif not isinstance(error, Cancelled):
            self.show_error(self.tr("The calibration could not be reset."), error, self._reset_calibration)

    # ------------------------------------------------------------------ display
    def _show_context(self) -> None:
        self.context_value.setText(self.tr("{tokens} tokens").format(tokens=fmt.count(self.state.context)))

    def _show(self) -> None:
        rec = self.state.recommendation
        if rec is None:
            self.headline.setText(
                self.tr("Waiting for the hardware…") if self.state.profile is None else self.tr("Working it out…")
            )
            self.badge.set_fit(None)
            self.speed.setText("")
            self.placement.hide()
            return
        if rec.tier and rec.model:
            self.headline.setText(
                self.tr("Recommended: {model} ({tier} class) at {quant}").format(
                    model=rec.model, tier=rec.tier, quant=rec.quant or "Q4_K_M"
                )
            )
        elif rec.tier:
            self.headline.setText(
                self.tr("Recommended: a {tier} model at {quant}").format(tier=rec.tier, quant=rec.quant or "Q4_K_M")
            )
        elif nothing_fits(t.fit for t in rec.tiers):  # memory ran out, not speed
            self.headline.setText(self.tr("No model size fits this computer's memory at this context length."))
        else:
            self.headline.setText(self.tr("No model size runs at a usable speed on this hardware."))
        self.badge.set_fit(rec.fit)
        lines = wording.budget_lines(rec.budget)
        prompt = ranges.wait(wording.say(), rec.prompt_tokens_per_second_range, rec.context) or wording.prompt_wait(
            rec.prompt_tokens_per_second, rec.context
        )
        filled = (
            ranges.fill_wait(
                wording.say(),
                rec.context_fill_seconds_range,
                rec.context,
                rec.full_context_tokens_per_second,
                rec.tokens_per_second,
            )
            if prompt
            else None
        )
        longer = sizing.longer_context(wording.say(), rec.context, app=True) if prompt else None
        waits = " ".join(s for s in (filled, longer) if s)
        self.budget.setText("\n".join([*lines, *([prompt] if prompt else []), *([waits] if waits else [])]))
        speed_text = ranges.speed(wording.say(), rec.tokens_per_second, rec.tokens_per_second_range)
        self.speed.setText(speed_text + (self.tr(" · tight") if rec.tight else ""))
        self._show_placement(rec)
        self._show_calibration(rec)
        self.speed.setToolTip(
            self.tr(
                "Expected generation speed: words appear at roughly 0.75 words per token. "
                "Below {minimum} tok/s feels slow."
            ).format(minimum=fmt.number(rec.min_tokens_per_second, 0))
        )
        self.tiers.setRowCount(len(rec.tiers))
        for row, t in enumerate(rec.tiers):
            moe = self.tr(" (mixture of experts)") if t.active_parameters else ""
            tier_item = QTableWidgetItem(
                t.tier + (" · " + t.model if t.model else "") + moe + ("  ★" if t.tier == rec.tier else "")
            )
            tier_item.setToolTip(self.tr("Models of about {tier} parameters.").format(tier=t.tier))
            quant = QTableWidgetItem(t.best_quant or "—")
            if t.best_quant and t.runs == "low_quant":  # usable only below Q4_K_M, as the reasons say
                quant.setText(self.tr("{quant} only").format(quant=t.best_quant))
            quant.setToolTip(
                self.tr(
                    "The best quantisation that fits: fewer bits per weight means smaller and slightly less accurate."
                )
            )
            speed = QTableWidgetItem(fmt.tokens_per_second(t.tokens_per_second))
            speed.setToolTip(self.tr("Estimated generation speed on this hardware."))
            # with the memory it is counted against (VRAM, VRAM+RAM, RAM), as the CLI and the report say it
            need = QTableWidgetItem(
                " ".join(
                    (
                        self.tr("{needs} of {available}").format(
                            needs=fmt.gib(t.needs_bytes), available=fmt.gib(t.available_bytes)
                        ),
                        sizing.memory_short(t.memory),
                    )
                ).strip()
            )
            need.setToolTip(
                self.tr(
                    "Memory this class needs (weights, context cache, overhead) against what this computer can give it."
                )
            )
            fit_cell = fit_item(t.fit)
            fit_cell.setText(fit_text(t.fit, t.tight))
            for col, item in enumerate((tier_item, quant, fit_cell, speed, need)):
                self.tiers.setItem(row, col, item)
        fit_table_height(self.tiers)
        self._show_memory(rec)
        html = "<ul>" + "".join(f"<li>{wording.reason(r)}</li>" for r in rec.reasons) + "</ul>"
        if rec.assumptions:
            html += (
                "<p><b>"
                + wording.say().t(sizing.ASSUMED_IN_THE_APP)
                + "</b></p><ul>"
                # the app reads no hardware file: each says the command line's way, and what the what-if changes
                + "".join(
                    f"<li>{escape(sizing.assumption(wording.say(), a.code, a.values, app=True))}</li>"
                    for a in rec.assumptions
                )
                + "</ul>"
            )
        self.reasons.setText(html)
        self._show_local()

    def _show_placement(self, rec: Recommendation) -> None:
        how = sizing.how_to_load(wording.say(), rec.load, rec.context, runs=rec.tier is not None)
        self.placement.setText(
            how_to_load_html(self.tr("How to load it: {how}").format(how=how[0]), how[1]) if how else ""
        )
        self.placement.setVisible(bool(how))

    def _show_calibration(self, rec: Recommendation) -> None:
        from advisor.core.messages import calibration as words

        used = rec.calibration
        if used is not None:
            self._reset_note = ""
        self.calibration.setText(words.calibrated(wording.say(), used) if used is not None else self._reset_note)
        self.calibration.setVisible(used is not None or bool(self._reset_note))
        self.reset_calibration.setVisible(used is not None)
        if used is None and not self._reset_note:  # a saved file that is ignored is said, as the CLI says it
            # read where it is: the estimate just read the same file through calibration.saved()'s cache (a stat of
            # a regular file in the settings folder, ≤ 64 KiB; a FIFO there is refused without opening it)
            self._calibration_file(self.services.saved_calibration())

    def _calibration_file(self, loaded: Any) -> None:
        from advisor.core.messages import calibration as words

        problem = getattr(loaded, "problem", None)
        rec = self.state.recommendation
        if not problem or (rec is not None and rec.calibration is not None) or self._reset_note:
            return
        self.calibration.setText(words.file_problem(wording.say(), problem, str(getattr(loaded, "path", ""))))
        self.calibration.show()

    def _show_memory(self, rec: Recommendation) -> None:
        tier = next((t for t in rec.tiers if t.tier == rec.tier), rec.tiers[0] if rec.tiers else None)
        if tier is None:
            return
        segments: tuple[Segment, ...]
        aside: tuple[Segment, ...] = ()
        if self._estimate is not None and getattr(self._estimate, "memory", None) is not None:
            from advisor.core.sizing.breakdown import memory_parts

            # the parts of the figure the table and the reasons give ("needs 7.4 GiB"), and what stays beside it
            parts = memory_parts(self._estimate, tier.needs_bytes)
            segments = (
                Segment(self.tr("Weights"), parts.weights_bytes, "#3f51b5"),
                Segment(self.tr("KV cache"), parts.kv_cache_bytes, "#00897b"),
                Segment(self.tr("Overhead"), parts.buffers_bytes, "#9e9e9e"),
            )
            aside = (Segment(self.tr("In system RAM"), parts.elsewhere_bytes, "#bdbdbd"),)
        else:
            segments = (Segment(self.tr("Needed"), tier.needs_bytes, "#3f51b5"),)
        self.memory_bar.set_data(segments, tier.available_bytes, self.tr("Available"), aside)
        self.memory_bar.setToolTip(
            self.memory_bar.toolTip()
            + (
                "\n"
                + self.tr(
                    "In system RAM: the token-embedding table and the processor's buffers, which llama.cpp keeps "
                    "beside a model on the graphics card."
                )
                if any(s.n_bytes > 0 for s in aside)
                else ""
            )
        )
        self.memory_box.setTitle(
            self.tr("Memory for a {tier} model at {quant}, {tokens} tokens of context").format(
                tier=tier.tier, quant=tier.best_quant or "Q4_K_M", tokens=fmt.count(rec.context)
            )
        )

    def _show_local(self) -> None:
        rows = local_model_rows(self.state.local_models)
        self.local.setRowCount(len(rows))
        for row, (name, size, est) in enumerate(rows):
            name_item = QTableWidgetItem(name)
            name_item.setToolTip(name)
            size_item = QTableWidgetItem(fmt.size(size))
            speed_item = QTableWidgetItem(fmt.tokens_per_second(est.tokens_per_second if est else None))
            speed_item.setToolTip(self.tr("Estimated generation speed on this hardware."))
            for col, item in enumerate((name_item, size_item, fit_item(est.fit if est else None), speed_item)):
                self.local.setItem(row, col, item)
        fit_table_height(self.local, max_rows=4)
        self.local.setVisible(bool(rows))
        self.local_empty.setVisible(not rows)
        self.llama_compare.setVisible(bool(rows))
        self._local_selected()

    def _local_selected(self) -> None:
        """The selected LM Studio file (one whose header was read) is the one 'Compare with llama.cpp' runs on."""
        row, models = self.local.currentRow(), self.state.local_models
        chosen = models[row] if self.local.selectedItems() and 0 <= row < len(models) else None
        path = chosen.model.path if chosen is not None and chosen.estimate is not None else None
        notes = wording.estimate_notes(chosen.estimate) if chosen is not None and chosen.estimate is not None else []
        self.local_notes.setText("\n".join(f"• {n}" for n in notes))
        self.local_notes.setVisible(bool(notes))
        self.llama_compare.set_model(path, self.state.profile, self.state.context, what_if=self.state.what_if_active)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recommendation"))
        self.setSubTitle(self.tr("The largest model class that runs well here, and why."))
        self.context_label.setText(self.tr("&Context length:"))
        self.context_slider.setAccessibleName(self.tr("Context length"))
        self.context_slider.setToolTip(
            self.tr(
                "How much text the model keeps in mind at once (prompt plus reply). "
                "Longer context needs more memory for the KV cache."
            )
        )
        self.min_speed_label.setText(self.tr("&Minimum speed:"))
        for i in range(self.min_speed.count()):
            self.min_speed.setItemText(
                i, self.tr("{speed} tok/s").format(speed=fmt.number(self.min_speed.itemData(i), 0))
            )
        self.min_speed.setAccessibleName(self.tr("Minimum speed"))
        self.min_speed.setToolTip(
            self.tr(
                "The slowest generation you accept: a class slower than this is not "
                "recommended. About 5 tok/s reads like a person typing; 10 or more feels "
                "fluent."
            )
        )
        self.tiers.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("Quant"), self.tr("Fit"), self.tr("Speed"), self.tr("Memory")]
        )
        self.tiers.setAccessibleName(self.tr("Model classes"))
        self.tiers_box.setTitle(self.tr("Every class on this computer"))
        self.local_box.setTitle(self.tr("Models already in LM Studio"))
        self.local.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Fit"), self.tr("Speed")])
        self.local.setAccessibleName(self.tr("Models already in LM Studio"))
        self.local_empty.setText(self.tr("No downloaded models found in LM Studio's folder."))
        self.memory_box.setTitle(self.tr("Memory"))
        self.reset_calibration.setText(self.tr("Re&set calibration"))
        self.reset_calibration.setToolTip(
            self.tr("Forget the correction your benchmark made: the estimates use the usual figures again.")
        )
        if self._reset_note:  # "Calibration reset…" in the new language (shown by _show)
            from advisor.core.messages import calibration as words

            self._reset_note = wording.say().t(words.RESET)
        self._show_context()
        self._show()
