"""Summary: the report preview, export to JSON / Markdown / HTML / PDF (with overwrite confirmation), copy."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTextBrowser, QVBoxLayout

from advisor.qt import wording
from advisor.qt.pages.base import Page
from advisor.qt.tasks import Cancelled
from advisor.qt.widgets.icons import icon

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("SummaryPage", "...") calls
FORMATS = (("json", "JSON", "json"), ("md", "Markdown", "md"), ("html", "HTML", "html"), ("pdf", "PDF", "pdf"))


def ask(parent, title: str, text: str) -> bool:
    """The one confirmation dialog (tests patch this seam instead of Qt's dialogs)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def save_dialog(parent, title: str, suggested: str, filter_text: str) -> QFileDialog:
    """The save dialog, in the app's language: Qt's own Spanish (qtbase_es) lacks the labels its widget dialog
    shows in Qt 6 ("&Look in:", "Files of &type:"), so they are set here. Our own `ask()` confirms overwriting,
    so Qt's confirmation is off. The platform's native dialog, where there is one, speaks the system's language."""
    dialog = QFileDialog(parent, title, suggested, filter_text)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("SummaryPage", "&Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("SummaryPage", "File &name:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, translate("SummaryPage", "Files of &type:"))
    dialog.selectFile(suggested)
    return dialog


def ask_save_path(parent, title: str, suggested: str, filter_text: str) -> str | None:
    """The save dialog (a seam too): the chosen path, or None when cancelled."""
    dialog = save_dialog(parent, title, suggested, filter_text)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0] or None
    finally:
        dialog.deleteLater()


def suggested_path(ext: str, day: datetime.date, stem: str = "llm-advisor-report") -> str:
    """Where the save dialog opens: the Documents folder, a dated name in the app's language ("informe-…" in
    Spanish), so reports of different days never clash."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / f"{stem}-{day.isoformat()}.{ext}")


def report_wording() -> Any:
    """The report's words in the app's language: the same catalogue the pages and the CLI speak through, numbers
    written the language's way (1450,0 in Spanish)."""
    from advisor.core.messages.report import report_wording as words

    return words(wording.say(), "report")


class SummaryPage(Page):
    def __init__(self, *args, ask=ask, ask_save_path=ask_save_path, today=datetime.date.today, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        self.ask = ask
        self.ask_save_path = ask_save_path
        self._assessment: Any | None = None
        self.preview = QTextBrowser(self)
        self.preview.setOpenExternalLinks(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        self.export_label = QLabel(self)
        row.addWidget(self.export_label)
        for key, _name, _ext in FORMATS:
            button = QPushButton(icon("save"), "", self)
            button.clicked.connect(lambda _c=False, k=key: self.export(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.copy_button = QPushButton(icon("copy"), "", self)
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._status_words: Callable[[], str] | None = None  # the status line, worded again on a change of language
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._set_enabled(False)
        self.retranslate()

    def initializePage(self) -> None:
        self.build()

    def build(self) -> None:
        from advisor.core.catalog.ranking import running_only

        s = self.state
        if s.profile is None:
            return
        parts = {
            "profile": s.profile,
            "recommendation": s.recommendation,
            "local_models": s.local_models,
            # what the Models page found that runs here, as `llm-advisor report` lists it (not only the repo picked)
            "candidates": running_only(s.candidates, s.min_tokens_per_second) if s.candidates_hold() else (),
            "server": s.server,
            "benchmark": s.benchmark,
            "after_load": s.after_load,
            "costs": s.costs,
            "hardware_origin": "what_if" if s.what_if_active else "detected",  # costs.ownership.HardwareOrigin
        }
        if s.catalog_source and s.candidates_hold():  # a list for another machine or context: no section at all
            parts["search"] = {
                "source": s.catalog_source,
                "retrieved_at": s.catalog_retrieved_at,
                "candidates": parts["candidates"],
            }
        assemble, render = self.services.assemble_assessment, self.services.render_report
        words = report_wording()
        lang = QLocale().name().split("_")[0]
        self.error.clear()

        def work(ctx):
            profile = parts.pop("profile")
            assessment = assemble(profile, **parts)
            return assessment, render(assessment, "html", wording=words, lang=lang)

        self.runner.start("report", work, on_done=self._built, on_failed=self._build_failed)

    def _built(self, result: tuple[Any, str]) -> None:
        self._assessment, html = result
        self.preview.setHtml(html)
        self._set_enabled(True)

    def _build_failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            self.show_error(self.tr("The report could not be prepared."), error, self.build)

    def _set_enabled(self, on: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(on)
        self.copy_button.setEnabled(on)

    # ------------------------------------------------------------------ export
    def export(self, fmt: str) -> None:
        if self._assessment is None:
            return
        ext = dict((k, e) for k, _n, e in FORMATS)[fmt]
        name = dict((k, n) for k, n, _e in FORMATS)[fmt]
        # the file's name, before its date and extension: lower case, no spaces (Spanish: "informe-llm-advisor")
        suggested = suggested_path(ext, self.today(), self.tr("llm-advisor-report"))
        path = self.ask_save_path(self, self.tr("Export the report"), suggested, f"{name} (*.{ext})")
        if not path:
            return
        overwrite = False
        if Path(path).exists():
            if not self.ask(
                self,
                self.tr("Replace the file?"),
                self.tr("{file} already exists. Replace it?").format(file=Path(path).name),
            ):
                self._say_status(lambda: self.tr("Not exported: the file was kept."))
                return
            overwrite = True
        assessment, render, write_pdf = self._assessment, self.services.render_report, self.services.write_pdf
        words = report_wording()
        lang = QLocale().name().split("_")[0]

        def work(ctx):
            if fmt == "pdf":
                return write_pdf(assessment, path, overwrite=overwrite, wording=words)
            from advisor.core.report import write_atomic

            text = render(assessment, fmt, wording=words, **({"lang": lang} if fmt == "html" else {}))
            return write_atomic(path, text, overwrite=overwrite)

        self.error.clear()
        self._say_status(lambda: self.tr("Exporting…"))
        self.runner.start(
            f"export {fmt}",
            work,
            on_done=lambda p: self._say_status(lambda: self.tr("Saved to {path}").format(path=str(p))),
            on_failed=lambda e: self._export_failed(fmt, e),
        )

    def _export_failed(self, fmt: str, error: BaseException) -> None:
        self._say_status(None)
        self.show_error(self.tr("The report could not be saved."), error, lambda: self.export(fmt))

    def copy(self) -> None:
        """Markdown on the clipboard: it pastes well into chats, issues and notes."""
        if self._assessment is None:
            return
        text = self.services.render_report(self._assessment, "md", wording=report_wording())
        QGuiApplication.clipboard().setText(text)
        self._say_status(lambda: self.tr("Copied the report to the clipboard (Markdown)."))

    def _say_status(self, words: Callable[[], str] | None) -> None:
        """Show the status line; `words` is kept so that `retranslate` says it again in the new language."""
        self._status_words = words
        self.status.setText(words() if words is not None else "")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Summary"))
        from advisor.core.messages.report import PRIVACY_NOTE  # the report's own words for what it keeps

        self.setSubTitle(
            self.tr("Everything in one report: save it or share it.") + " " + wording.say().t(PRIVACY_NOTE)
        )
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.export_label.setText(self.tr("Export:"))
        for key, name, _ext in FORMATS:
            self.buttons[key].setText(name)
            self.buttons[key].setAccessibleName(self.tr("Export as {format}").format(format=name))
            self.buttons[key].setToolTip(self.tr("Save the report as a {format} file.").format(format=name))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the report to the clipboard as Markdown."))
        if self._status_words is not None:
            self.status.setText(self._status_words())
        if self._assessment is not None:  # re-word the preview now (a few ms; the assessment stays as it is)
            try:
                self.preview.setHtml(
                    self.services.render_report(
                        self._assessment, "html", wording=report_wording(), lang=QLocale().name().split("_")[0]
                    )
                )
            except Exception as exc:  # a report that cannot be worded must not break the language switch
                self.show_error(self.tr("The report could not be prepared."), exc, self.build)
