"""Saving the report as a Spanish speaker does: the save dialog opens in Documents with a dated name in Spanish,
its labels are Spanish (Qt's own qtbase_es lacks two of them in Qt 6), and the PDF's title is translated."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel

from advisor.qt import i18n
from advisor.qt.pages.summary import SummaryPage, save_dialog
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish(qapp):
    i18n.install_language("es")
    yield
    i18n.install_language("en")


def test_the_save_dialog_speaks_spanish_with_the_app(qtbot, spanish, tmp_path):
    dialog = save_dialog(None, "Exportar el informe", str(tmp_path / "informe.pdf"), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the widget dialog Linux desktops get
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Buscar en:"
    assert labels["fileTypeLabel"] == "Archivos de &tipo:"
    assert labels["fileNameLabel"] == "&Nombre de archivo:"
    english = [t for t in labels.values() if t in ("&Look in:", "Files of &type:", "File &name:")]
    assert english == []
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)  # the page asks, once, in its own words
    assert [Path(p).name for p in dialog.selectedFiles()] == ["informe.pdf"]


def test_the_suggested_name_is_dated_and_in_the_apps_language(qtbot, spanish):
    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    suggested: list[str] = []
    page = make_page(
        qtbot,
        SummaryPage,
        state=state,
        today=lambda: datetime.date(2026, 12, 5),
        ask_save_path=lambda _p, _title, path, _filter: suggested.append(path) or None,
    )
    page.initializePage()
    qtbot.waitUntil(lambda: page.buttons["pdf"].isEnabled(), timeout=5000)
    page.export("pdf")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert [Path(p).name for p in suggested] == ["informe-llm-advisor-2026-12-05.pdf"]
    assert Path(suggested[0]).parent == Path(documents)
    wait_idle(qtbot)


def test_the_exported_pdf_has_the_spanish_title(qtbot, spanish, tmp_path):
    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    target = tmp_path / "informe.pdf"
    page = make_page(qtbot, SummaryPage, state=state, ask_save_path=lambda *a: str(target))
    page.initializePage()
    qtbot.waitUntil(lambda: page.buttons["pdf"].isEnabled(), timeout=5000)
    page.export("pdf")
    qtbot.waitUntil(lambda: target.exists(), timeout=10000)
    title = "Informe de Local LLM Advisor"
    data = target.read_bytes()
    assert title.encode("utf-16-be") in data or title.encode().hex().upper().encode() in data.upper()
    wait_idle(qtbot)
