"""Models: GGUF files on Hugging Face for the recommended class, their fit here, and a cancellable download."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from advisor.core.messages import catalog, sizing
from advisor.core.types import FitLevel
from advisor.qt import fmt, wording
from advisor.qt.pages.base import Page
from advisor.qt.tasks import Cancelled, Throttle
from advisor.qt.widgets.candidates_model import CandidatesModel
from advisor.qt.widgets.fit import fit_text
from advisor.qt.widgets.how_to_load import how_to_load_html
from advisor.qt.widgets.icons import icon

TIERS = ("3B", "7B", "13B", "40B", "70B")
_ANY = ""
_PROGRESS = Throttle(interval_s=0.1)  # the UI needs ~10 updates a second, not one per network chunk


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))


class ModelsPage(Page):
    def __init__(self, *args, open_url=open_url, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._open_url = open_url
        self._searched_for: tuple | None = None

        self.tier = QComboBox(self)
        self.tier_label = QLabel(self)
        self.tier_label.setBuddy(self.tier)
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.text)
        self.search_button = QPushButton(icon("search"), "", self)
        self.search_button.setDefault(False)
        self.only_here = QCheckBox(self)
        self.only_here.setChecked(True)
        search_row = QHBoxLayout()
        search_row.addWidget(self.tier_label)
        search_row.addWidget(self.tier)
        search_row.addWidget(self.text_label)
        search_row.addWidget(self.text, 1)
        search_row.addWidget(self.search_button)
        options_row = QHBoxLayout()
        options_row.addWidget(self.only_here)
        options_row.addStretch(1)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("sourceLabel")
        options_row.addWidget(self.source_label)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.hide()

        self.model = CandidatesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        # the core's order, the one `llm-advisor models` prints (best fit first, the Hub's order among equals): no
        # column sorts it until the user clicks one, and a third click on that header gives the core's order back
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # a row as tall as its longest cell: a long repository name wraps to a third line rather than being cut
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CandidatesModel.MODEL, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.near_label = QLabel(self)  # shown above the list when it holds the nearest files, not ones that run
        self.near_label.setWordWrap(True)
        self.near_label.hide()
        # under the list, with "Only what runs here" on: how many models it leaves out and why (each one's reason in
        # the tooltip), with a link that shows them
        self.hidden_label = QLabel(self)
        # "Calibrated by your benchmark of …": the speeds in the list are corrected, as on the Recommendation page
        self.calibration_label = QLabel(self)
        self.calibration_label.setWordWrap(True)
        self.calibration_label.setTextFormat(Qt.TextFormat.PlainText)
        self.calibration_label.hide()
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setTextFormat(Qt.TextFormat.RichText)
        self.hidden_label.hide()
        self._hidden: tuple[tuple[Any, ...], float] | None = None  # (the search's near repos, its minimum speed)
        # the repo and file the user picked (a row clicked, a file chosen): a new search offers them again where it
        # lists them, rather than the recommendation's; (repo id, file path or None)
        self._picked: tuple[str, str | None] | None = None
        self._selecting = False  # the page itself is selecting the row offered first: not the user's pick
        self._offline = False  # the list shown is the bundled one
        self._source: tuple[str, str] | None = None  # (source, retrieved_at) of the list shown, worded on demand

        self.file_combo = QComboBox(self)
        self.file_combo.setMinimumContentsLength(30)
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.file_combo)
        self.download_button = QPushButton(icon("download"), "", self)
        self.lmstudio_button = QPushButton(icon("open-external"), "", self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_combo, 1)
        file_row.addWidget(self.download_button)
        file_row.addWidget(self.lmstudio_button)
        # a repo of the recommended model without the recommended quant: why its list shows another one
        self.quant_note = QLabel(self)
        self.quant_note.setWordWrap(True)
        self.quant_note.setTextFormat(Qt.TextFormat.PlainText)
        self.quant_note.hide()
        # the file chosen is a mixture of experts whose fit and speed assume its routed experts of the first N layers
        # in RAM: how to load it that way (the Recommendation page's line, the same words)
        self.placement_note = QLabel(self)
        self.placement_note.setWordWrap(True)
        self.placement_note.setTextFormat(Qt.TextFormat.RichText)  # llama.cpp's flags on an unbroken line
        self.placement_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # flags to copy
        self.placement_note.hide()

        self.progress = QProgressBar(self)
        self.progress_text = QLabel(self)
        self.cancel_button = QPushButton(icon("cancel"), "", self)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_text)
        progress_row.addWidget(self.cancel_button)
        self.download_status = QLabel(self)
        self.download_status.setWordWrap(True)
        self.download_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lmstudio_note = QLabel(self)  # "LM Studio did not open": about the file it was asked to open, only
        self.lmstudio_note.setWordWrap(True)
        self.lmstudio_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lmstudio_note.hide()
        self._lmstudio_link: str | None = None
        # what the status lines say, kept as the words to say it (not the sentence) so that a new language words the
        # same outcome again: the download's figures and result, the check of the downloaded models
        self._progress_words: Callable[[], str] | None = None
        self._download_words: Callable[[], str] | None = None
        self._verify_words: Callable[[], str] | None = None

        # checking the files already in LM Studio's folder (size, header, SHA-256 against the Hub)
        self.verify_button = QPushButton(icon("refresh"), "", self)
        self.verify_progress = QProgressBar(self)
        self.verify_progress.setRange(0, 1000)
        self.verify_cancel_button = QPushButton(icon("cancel"), "", self)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.verify_progress, 1)
        verify_row.addWidget(self.verify_cancel_button)
        self.verify_status = QLabel(self)
        self.verify_status.setWordWrap(True)
        self.verify_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(options_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.near_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.calibration_label)
        layout.addLayout(file_row)
        layout.addWidget(self.quant_note)
        layout.addWidget(self.placement_note)
        layout.addLayout(progress_row)
        layout.addWidget(self.download_status)
        layout.addWidget(self.lmstudio_note)
        layout.addLayout(verify_row)
        layout.addWidget(self.verify_status)

        self.search_button.clicked.connect(self.search)
        self.text.returnPressed.connect(self.search)
        self.only_here.toggled.connect(lambda _on: self.search())
        self.hidden_label.linkActivated.connect(lambda _link: self.only_here.setChecked(False))
        self.tier.activated.connect(lambda _i: self.search())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.file_combo.currentIndexChanged.connect(lambda _i: self._show_lmstudio_note(None))
        self.file_combo.currentIndexChanged.connect(lambda _i: self._show_placement())
        self.file_combo.activated.connect(lambda _i: self._file_picked())  # the user's choice only
        self.download_button.clicked.connect(self.download)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.lmstudio_button.clicked.connect(self.open_in_lmstudio)
        self.verify_button.clicked.connect(self.verify)
        self.verify_cancel_button.clicked.connect(self.cancel_verify)
        self._set_downloading(False)
        self._set_verifying(False)
        self.retranslate()

    # ------------------------------------------------------------------ search
    def initializePage(self) -> None:
        rec = self.state.recommendation
        self._show_calibration(rec)
        if rec is not None:  # nothing runs usably → start from the smallest class rather than everything
            tier = rec.tier or (rec.tiers[0].tier if rec.tiers else None)
            if tier and self.tier.findData(tier) >= 0:
                self.tier.setCurrentIndex(self.tier.findData(tier))
        wanted = self._query()
        if wanted != self._searched_for:
            self.search()

    def _show_calibration(self, rec: Any) -> None:
        from advisor.core.messages import calibration as words

        used = getattr(rec, "calibration", None)
        self.calibration_label.setText(words.calibrated(wording.say(), used) if used is not None else "")
        self.calibration_label.setVisible(used is not None)

    def _query(self) -> tuple:
        return (
            self.tier.currentData(),
            self.text.text().strip(),
            self.only_here.isChecked(),
            self.state.context,
            self.state.min_tokens_per_second,
            id(self.state.profile),
        )

    def search(self) -> None:
        profile = self.state.profile
        if profile is None:
            return
        self.error.clear()
        self._show_lmstudio_note(None)
        self._show_hidden(None)
        self.busy.show()
        if self._searched_for is not None and self._searched_for[5] != id(profile):
            self._picked = None  # another machine: its recommendation is offered first again
        self._searched_for = query = self._query()
        tier, text, only_here, context, min_speed, _ = query
        sized_for = (profile, context, min_speed)  # what the report checks its list against
        search = self.services.search

        def work(ctx):
            return search(
                profile=profile,
                tier=tier or None,
                text=text or None,
                context=context,
                include_all=not only_here,
                min_tokens_per_second=min_speed,
            )

        # a newer search replaces this one: its late result never reaches the page
        self.runner.start(
            "search", work, on_done=lambda result: self._found(result, sized_for), on_failed=self._search_failed
        )

    def _found(self, result: Any, sized_for: tuple[Any, int, float] | None = None) -> None:
        self.busy.hide()
        self.state.set_candidates(result.candidates, result.source, result.retrieved_at, sized_for)
        rec = self.state.recommendation
        # nothing runs here: the nearest files (a lower quant, a shorter context or more memory would do) instead
        near = tuple(getattr(result, "near", ()) or ()) if not result.candidates else ()
        shown = result.candidates or near
        self._offline = result.source == "offline"
        context = self.state.context if result.candidates else None  # the nearest ones run at another context
        self.model.set_candidates(
            shown, rec.quant if rec else None, rec.model if rec else None, offline=self._offline, context=context
        )
        self.table.setColumnHidden(self.model.DOWNLOADS, self._offline)  # the bundled list's counts: rough, not shown
        self.empty_label.setVisible(not shown)
        self.near_label.setVisible(bool(near))
        # repos left out of a list that has rows: the nearest of each, with why (none when include_all)
        hidden = tuple(getattr(result, "near", ()) or ()) if result.candidates else ()
        self._show_hidden((hidden, self._searched_for[4]) if hidden and self._searched_for else None)
        self._source = (result.source, result.retrieved_at or "")
        self._show_source()
        problems = [wording.catalog_problem(p) for p in result.errors if p.code != "offline"]
        if problems:
            self.error.show_error("\n".join(problems), self.search)
        if shown:
            self._offer_first(shown, rec)
        else:
            self._selection_changed()

    def _offer_first(self, shown: tuple[Any, ...], rec: Any) -> None:
        """Select the row a new list offers first: the repo and file the user picked where it is listed, else the
        recommendation's own repo and file (`offered_first`: what the Recommendation page just recommended), else
        the first row of the core's order."""
        from advisor.core.catalog.ranking import offered_first  # loaded with the first search

        repos = [c.repo_id for c in shown]
        picked = self._picked if self._picked is not None and self._picked[0] in repos else None
        if picked is not None:
            row = repos.index(picked[0])
        else:
            row = offered_first(shown, rec.model if rec else None, rec.quant if rec else None) or 0
        self._selecting = True
        try:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
            if picked is not None and picked[1] is not None:
                files = [getattr(self.file_combo.itemData(i), "path", None) for i in range(self.file_combo.count())]
                if picked[1] in files:
                    self.file_combo.setCurrentIndex(files.index(picked[1]))
        finally:
            self._selecting = False
        self.table.scrollTo(self.table.currentIndex())

    def _show_hidden(self, hidden: tuple[tuple[Any, ...], float] | None) -> None:
        """The line under the list: "3 models hidden: 2 too large, 1 under 5 tok/s." (the catalogue's words, as
        `llm-advisor models` says them), each one's reason in its tooltip; cleared by a new search."""
        self._hidden = hidden
        say = wording.say()
        near, min_speed = hidden if hidden else ((), 0.0)
        sentence = catalog.hidden(say, near, min_speed)
        if not sentence:
            self.hidden_label.clear()
            self.hidden_label.setToolTip("")
            self.hidden_label.hide()
            return
        link = catalog.show_hidden(say, near)
        self.hidden_label.setText(f'{html.escape(sentence)} <a href="#all">{html.escape(link)}</a>')
        self.hidden_label.setToolTip(
            "\n".join(
                f"{c.repo_id} · {c.files[0].quant or '?'}: {catalog.why_not(say, c.files[0], min_speed)}"
                for c in near
                if c.files
            )
        )
        self.hidden_label.show()

    def _search_failed(self, error: BaseException) -> None:
        self.busy.hide()
        if isinstance(error, Cancelled):
            return
        self.show_error(self.tr("The model search failed."), error, self.search)

    def _show_source(self) -> None:
        """Where the list shown comes from and its date, in the current language (nothing before the first list)."""
        if self._source is None:
            return
        source, retrieved_at = self._source
        date = wording.long_date(retrieved_at[:10])
        if source == "offline":
            text = self.tr("Offline: bundled list from {date}").format(date=date)
            tip = self.tr(
                "Hugging Face could not be reached, so this is the list that ships with the app. "
                "Sizes may have changed since; its download counts are rough and only order the list."
            )
        else:
            text = self.tr("Live from Hugging Face, {date}").format(date=date)
            tip = self.tr("Searched on huggingface.co (results are cached for a while).")
        self.source_label.setText(text)
        self.source_label.setToolTip(tip)

    # ------------------------------------------------------------------ selection
    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else None

    def _selection_changed(self, *_args) -> None:
        self._show_lmstudio_note(None)
        row = self.selected_row()
        self.file_combo.clear()
        if row is None:
            self.state.set_chosen(None)
            self._show_quant_note()
            self._show_placement()
            self._update_buttons()
            return
        cand = self.model.candidate(row)
        shown = self.model.shown_file(row)
        for f in cand.files:
            self.file_combo.addItem(self._file_text(f), f)
            if f is shown:
                self.file_combo.setCurrentIndex(self.file_combo.count() - 1)
        if not self._selecting:  # a row the user picked: a new search keeps it
            self._picked = (cand.repo_id, getattr(shown, "path", None))
        self.state.set_chosen(cand)
        self._show_quant_note()
        self._show_placement()
        self._update_buttons()

    def _file_picked(self) -> None:
        """The user chose a file in the list: a new search keeps it (and its repo) where it lists them."""
        row = self.selected_row()
        f = self.file_combo.currentData()
        if row is not None and f is not None:
            self._picked = (self.model.candidate(row).repo_id, f.path)

    def _show_quant_note(self) -> None:
        """Under the file list: why a repo of the recommended model suggests another quant than the recommendation
        (the repo has no file of that quant that runs here), as `llm-advisor models` says it."""
        row = self.selected_row()
        rec = self.state.recommendation
        shown = self.model.shown_file(row) if row is not None else None
        if row is None or rec is None or shown is None or rec.quant is None or rec.model is None:
            self.quant_note.hide()
            return
        from advisor.core.catalog.ranking import lacks_recommended_quant  # loaded with the first search

        if not lacks_recommended_quant(self.model.candidate(row), rec.model, rec.quant):
            self.quant_note.hide()
            return
        self.quant_note.setText(
            catalog.lacks_recommended_quant(
                wording.say(), rec.quant, rec.model, shown.quant or "?", offline=self._offline
            )
        )
        self.quant_note.show()

    def _show_placement(self) -> None:
        """Under the file list: how to load the chosen file in the placement its fit and speed assume where the
        defaults would place it otherwise (`QuantFile.load`), in the recommendation's words."""
        f = self.file_combo.currentData()
        runs = f is not None and getattr(f, "fit", None) not in (None, FitLevel.TOO_LARGE)  # a nearest file: no context
        how = sizing.how_to_load(wording.say(), getattr(f, "load", None), self.state.context, runs=runs)
        self.placement_note.setText(
            how_to_load_html(self.tr("How to load it: {how}").format(how=how[0]), how[1]) if how else ""
        )
        self.placement_note.setVisible(bool(how))

    def _file_text(self, f: Any) -> str:
        """One quant in the file list: its size, fit and speed here (with the placement they assume, briefly), and
        why it does not run when it does not."""
        placed = sizing.placement_short(wording.say(), f)
        text = " · ".join(
            part
            for part in (
                f.quant or "?",
                fmt.size(f.size_bytes),
                fit_text(f.fit, getattr(f, "tight", False)),
                placed,
                fmt.tokens_per_second(f.tokens_per_second),
            )
            if part
        )
        if getattr(f, "why_not", None):
            text += " · " + catalog.why_not(wording.say(), f, self.state.min_tokens_per_second)
        return text

    def _update_buttons(self) -> None:
        has_file = self.file_combo.currentData() is not None
        downloading = self.runner.running("download")
        self.download_button.setEnabled(has_file and not downloading)
        self.lmstudio_button.setEnabled(has_file)
        self.file_combo.setEnabled(has_file and not downloading)

    # ------------------------------------------------------------------ download
    def download(self) -> None:
        row = self.selected_row()
        file = self.file_combo.currentData()
        if row is None or file is None:
            return
        repo = self.model.candidate(row).repo_id
        self._say_download(None)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self._say_progress(lambda: self.tr("Starting…"))
        download = self.services.download

        def work(ctx):
            return download(repo, file.path, progress=lambda *value: ctx.progress(value), cancel=ctx.token)

        self.runner.start(
            "download",
            work,
            on_done=self._downloaded,
            on_failed=self._download_failed,
            on_progress=self._download_progress,
            throttle=_PROGRESS,
            if_running="keep",
        )
        self._set_downloading(True)

    def cancel_download(self) -> None:
        self.runner.cancel("download")

    def _download_progress(self, value: tuple) -> None:
        done, total, rate, eta = value
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
        self._say_progress(
            lambda: self.tr("{done} of {total} · {rate}/s · {eta} left").format(
                done=fmt.size(done), total=fmt.size(total), rate=fmt.rate(rate or 0), eta=fmt.duration(eta)
            )
        )

    def _say_progress(self, words: Callable[[], str] | None) -> None:
        """The figures beside the download's bar; `words` is kept so that `retranslate` says them again."""
        self._progress_words = words
        self.progress_text.setText(words() if words is not None else "")

    def _say_download(self, words: Callable[[], str] | None) -> None:
        """The line under the download's bar; `words` is kept so that `retranslate` says it again."""
        self._download_words = words
        self.download_status.setText(words() if words is not None else "")

    def _housekeeping(self, result: Any) -> list[str]:
        """What the download reused from an interrupted one, and the leftovers it cleaned up (the catalogue's words:
        `llm-advisor download` says the same)."""
        return catalog.housekeeping(
            wording.say(),
            resumed_bytes=getattr(result, "resumed_bytes", 0) or 0,
            leftovers_removed=getattr(result, "leftovers_removed", 0) or 0,
            freed_bytes=getattr(result, "freed_bytes", 0) or 0,
        )

    def _download_problem(self, problem: Any) -> str:
        values = dict(problem.values)
        if problem.code == "stalled":
            return self.tr(
                "The download stalled: nothing arrived for {seconds} s. The part already downloaded is "
                "kept: download again to resume."
            ).format(seconds=f"{values.get('stall_timeout_s', 0):g}")
        if problem.code == "busy":
            return self.tr("This file is already being downloaded by another window or program.")
        # the catalogue words an offline download as a failed download (not as a search's "showing the bundled list")
        return wording.catalog_problem(problem)

    def _downloaded(self, result: Any) -> None:
        self._set_downloading(False)
        problem = getattr(result, "problem", None)
        if problem is not None:
            if problem.code == "cancelled":
                self._say_download(lambda: "\n".join([wording.catalog_problem(problem), *self._housekeeping(result)]))
            else:
                self._say_download(lambda: "\n".join(self._housekeeping(result)))
                self.error.show_error(self._download_problem(problem), self.download)
            return
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._set_downloading(False, finished=True)
        paths = getattr(result, "paths", ()) or ()

        def done() -> str:
            said = self.tr("Downloaded to {path}").format(path=paths[0] if paths else "—")
            return "\n".join([said, *self._housekeeping(result)])

        self._say_download(done)

    def _download_failed(self, error: BaseException) -> None:
        self._set_downloading(False)
        if isinstance(error, Cancelled):
            self._say_download(lambda: self.tr("Download cancelled."))
            return
        self.show_error(self.tr("The download failed."), error, self.download)

    def _set_downloading(self, on: bool, *, finished: bool = False) -> None:
        """Show the bar, its figures and Cancel while a download runs; after it, the full bar only if it finished
        (a cancelled or failed download leaves no "8 %" beside its message)."""
        if not on and not finished:
            self.progress.setRange(0, 100)
            self.progress.setValue(0)
        self.progress.setVisible(on or self.progress.value() > 0)
        self.progress_text.setVisible(on)
        self.cancel_button.setVisible(on)
        self._update_buttons()

    # ------------------------------------------------------------------ verify
    def verify(self) -> None:
        """Check the GGUF files already in LM Studio's folder, in the background (hashing can take minutes)."""
        if self.runner.running("verify"):
            return
        self._say_verify(lambda: self.tr("Checking the downloaded models…"))
        self.verify_progress.setValue(0)
        verify_models = self.services.verify_models
        lms = getattr(self.state.profile, "lmstudio", None) if self.state.profile is not None else None
        folder = getattr(lms, "models_dir", None)

        def work(ctx):
            return verify_models(folder, progress=lambda *value: ctx.progress(value), cancel=ctx.token)

        self.runner.start(
            "verify",
            work,
            on_done=self._verified,
            on_failed=self._verify_failed,
            on_progress=self._verify_progress_shown,
            throttle=_PROGRESS,
        )
        self._set_verifying(True)

    def cancel_verify(self) -> None:
        self.runner.cancel("verify")

    def _verify_progress_shown(self, value: tuple) -> None:
        done, total, path = value
        if total:
            self.verify_progress.setValue(int(1000 * done / total))
        name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
        self._say_verify(
            lambda: self.tr("Checking {file}: {done} of {total}").format(
                file=name, done=fmt.size(done), total=fmt.size(total)
            )
        )

    def _say_verify(self, words: Callable[[], str] | None) -> None:
        """The line under the check's bar; `words` is kept so that `retranslate` says it again."""
        self._verify_words = words
        self.verify_status.setText(words() if words is not None else "")

    def _verify_line(self, f: Any) -> str:
        if f.status == "partial" and getattr(f, "missing_parts", None):
            # a whole part of a split model whose other parts are missing: name those, as `verify` does (code review:
            # the app said "Incomplete: …-00002-of-00003.gguf" of each whole part and never the missing one)
            from advisor.core.gguf.info import missing_parts_words

            msg, values = missing_parts_words(f.missing_parts)
            return f"{f.relative_path}: {wording.say().t(msg, **values)}"
        if f.status == "partial":
            return self.tr("Incomplete: {file} ({size}). Download it again.").format(
                file=f.relative_path, size=fmt.size(f.size_bytes)
            )
        if getattr(f, "header_reason", None):  # llama.cpp refuses it, or a newer tensor type: the catalogue's words
            return f"{f.relative_path}: {wording.say().t(f.header_reason, **f.header_values)}"
        if f.status == "corrupt":
            return self.tr("Damaged (header unreadable): {file}. Download it again.").format(file=f.relative_path)
        if f.status == "stale":
            return self.tr("Out of date (Hugging Face has a different file now): {file}.").format(file=f.relative_path)
        return self.tr("OK: {file}").format(file=f.relative_path)

    def _verified(self, result: Any) -> None:
        self._set_verifying(False)
        if result.models_dir is not None and result.files:
            self.verify_progress.setValue(1000)
        self._say_verify(lambda: self._verified_words(result))

    def _verified_words(self, result: Any) -> str:
        """What the check found, in the current language (said again from the same result on a language change)."""
        if result.models_dir is None:
            return self.tr("LM Studio's models folder was not found.")
        counts = result.counts
        if not result.files:
            return self.tr("No GGUF files in {folder}.").format(folder=result.models_dir)
        lines = [
            self.tr("{ok} OK, {stale} out of date, {corrupt} damaged, {partial} incomplete.").format(
                ok=counts["ok"], stale=counts["stale"], corrupt=counts["corrupt"], partial=counts["partial"]
            )
        ]
        # a file not damaged whose header was not read all the same (a tensor type newer than this version): said
        lines += [self._verify_line(f) for f in result.files if f.status != "ok" or getattr(f, "header_reason", None)]
        unchecked = sum(1 for f in result.files if f.hub == "not_checked")
        if unchecked:
            lines.append(
                self.tr("Not checked against Hugging Face: {count} (offline, or not downloaded from there).").format(
                    count=unchecked
                )
            )
        if result.cancelled:
            lines.append(self.tr("Stopped before the end."))
        return "\n".join(lines)

    def _verify_failed(self, error: BaseException) -> None:
        self._set_verifying(False)
        if isinstance(error, Cancelled):
            self._say_verify(lambda: self.tr("Check cancelled."))
            return
        self.show_error(self.tr("The check of the downloaded models failed."), error, self.verify)

    def _set_verifying(self, on: bool) -> None:
        self.verify_progress.setVisible(on)
        self.verify_cancel_button.setVisible(on)
        self.verify_button.setEnabled(not on)

    def open_in_lmstudio(self) -> None:
        row = self.selected_row()
        file = self.file_combo.currentData()
        if row is None or file is None:
            return
        url = self.services.lmstudio_deep_link(self.model.candidate(row).repo_id, file.path)
        self._show_lmstudio_note(None if self._open_url(url) else url)

    def _show_lmstudio_note(self, link: str | None) -> None:
        """The note belongs to the file LM Studio was asked to open: another file, search or language redoes it."""
        self._lmstudio_link = link
        if link is None:
            self.lmstudio_note.clear()
            self.lmstudio_note.hide()
            return
        self.lmstudio_note.setText(self.tr("LM Studio did not open. Is it installed? Link: {url}").format(url=link))
        self.lmstudio_note.show()

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        self._show_calibration(self.state.recommendation)
        self.setTitle(self.tr("Models"))
        self.setSubTitle(self.tr("GGUF files on Hugging Face that fit the recommended class."))
        current = self.tier.currentData()
        self.tier.clear()
        self.tier.addItem(self.tr("Any size"), _ANY)
        for t in TIERS:
            self.tier.addItem(t, t)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))
        self.tier_label.setText(self.tr("&Class:"))
        self.tier.setAccessibleName(self.tr("Model class"))
        self.tier.setToolTip(self.tr("Model size in parameters; prefilled with the recommendation."))
        self.text_label.setText(self.tr("Na&me:"))
        self.text.setPlaceholderText(self.tr("e.g. llama, qwen, gemma, mistral"))
        self.text.setAccessibleName(self.tr("Search text"))
        self.search_button.setText(self.tr("&Search"))
        self.only_here.setText(self.tr("&Only what runs here"))
        self.only_here.setToolTip(
            self.tr("Hide files that are too large for this computer or slower than the minimum speed.")
        )
        self.table.setAccessibleName(self.tr("Models found"))
        self.near_label.setText(
            self.tr(
                "Nothing found runs well on this computer. These come closest: a lower "
                "quantisation, a shorter context or more memory would make them run."
            )
        )
        self.empty_label.setText(
            self.tr('Nothing found. Try another class, clear the name, or switch off "Only what runs here".')
        )
        self.file_label.setText(self.tr("&File:"))
        self.file_combo.setAccessibleName(self.tr("File to download"))
        self.file_combo.setToolTip(self.tr("Every quantisation in the repository, with its size and fit here."))
        self.download_button.setText(self.tr("&Download"))
        self.download_button.setToolTip(self.tr("Download into LM Studio's models folder."))
        self.lmstudio_button.setText(self.tr("Open in &LM Studio"))
        self.lmstudio_button.setToolTip(self.tr("Let LM Studio download and manage this model itself."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel download"))
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.verify_button.setText(self.tr("&Verify downloaded models"))
        self.verify_button.setToolTip(
            self.tr("Check the GGUF files in LM Studio's models folder: size, header and SHA-256 against Hugging Face.")
        )
        self.verify_cancel_button.setText(self.tr("Stop"))
        self.verify_cancel_button.setAccessibleName(self.tr("Stop checking"))
        self.verify_progress.setAccessibleName(self.tr("Check progress"))
        self.model.retranslate()
        for i in range(self.file_combo.count()):
            self.file_combo.setItemText(i, self._file_text(self.file_combo.itemData(i)))
        self._show_hidden(self._hidden)
        self._show_quant_note()
        self._show_placement()
        self._show_lmstudio_note(self._lmstudio_link)
        self._show_source()
        for say, words in (
            (self._say_progress, self._progress_words),
            (self._say_download, self._download_words),
            (self._say_verify, self._verify_words),
        ):
            if words is not None:
                say(words)
