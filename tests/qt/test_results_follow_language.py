"""Lines a page writes from the outcome of some work (where the Models list comes from, what the check of the
downloaded models found, the servers found, a download, a stopped prompt, a typed card name) are worded again when
the language changes on the Welcome page, from the outcome kept: nothing of the old language is left, and nothing is
searched, checked or looked for again.

A reviewer found "Offline: bundled list from 7 December 2026", "LM Studio's models folder was not found." and "No
local server found on the usual ports." still in English after switching to Español (and their Spanish after
switching back): they were written once, when the work ended, and never again."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from advisor.core.catalog.verify import VerifyResult
from advisor.qt import i18n
from advisor.qt.pages.hardware import HardwarePage
from advisor.qt.pages.models import ModelsPage
from advisor.qt.pages.server import ServerPage
from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui

SOURCE = {
    "en": "Offline: bundled list from 7 December 2026",
    "es": "Sin conexión: lista incluida del 7 de diciembre de 2026",
}
SOURCE_TIP = {
    "en": "Hugging Face could not be reached, so this is the list that ships with the app.",
    "es": "No se pudo conectar con Hugging Face, así que esta es la lista que viene con la aplicación.",
}
NO_FOLDER = {
    "en": "LM Studio's models folder was not found.",
    "es": "No se encontró la carpeta de modelos de LM Studio.",
}
NO_SERVER = {
    "en": "No local server found on the usual ports.",
    "es": "No hay ningún servidor local en los puertos habituales.",
}
TITLES = {"en": ("Models", "Local server"), "es": ("Modelos", "Servidor local")}
SWITCHES = [("en", "es"), ("es", "en")]


def _offline_search(**kwargs):
    return dataclasses.replace(fakes.search(**kwargs), source="offline", retrieved_at="2026-12-07")


def _no_models_folder(*_a, **_k):
    return VerifyResult(None, (), hashed=False, offline=True)


@pytest.mark.parametrize(("first", "second"), SWITCHES, ids=["english-to-spanish", "spanish-to-english"])
def test_the_offline_list_the_missing_folder_and_no_server_are_said_in_the_language_chosen(
    qtbot, settings, first, second
):
    calls = {"search": 0, "verify": 0, "discover": 0}

    def counted(name, fn):
        def call(*a, **k):
            calls[name] += 1
            return fn(*a, **k)

        return call

    services = fakes.services(
        search=counted("search", _offline_search),
        verify_models=counted("verify", _no_models_folder),
        discover_servers=counted("discover", lambda **_: []),
    )
    i18n.install_language(first)  # as the app starts: its language installed, then the wizard built in it
    wizard = AdvisorWizard(settings, services=services, language=first)
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        wizard.start_background_work()
        qtbot.waitUntil(lambda: wizard.state.recommendation is not None, timeout=5000)
        models, server = wizard.page(PageId.MODELS), wizard.page(PageId.SERVER)
        while wizard.currentId() != PageId.MODELS:
            qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=5000)
            wizard.next()
        qtbot.waitUntil(lambda: models.model.rowCount() > 0, timeout=5000)
        models.verify()
        qtbot.waitUntil(lambda: models.verify_status.text() == NO_FOLDER[first], timeout=5000)
        wizard.next()
        assert wizard.currentId() == PageId.SERVER
        qtbot.waitUntil(lambda: server.check.found.count() == 1, timeout=5000)
        wait_idle(qtbot)
        assert models.source_label.text() == SOURCE[first]
        assert models.source_label.toolTip().startswith(SOURCE_TIP[first])
        assert server.check.found.item(0).text() == NO_SERVER[first]
        done = dict(calls)

        welcome = wizard.page(PageId.WELCOME)
        welcome.language.setCurrentIndex(welcome.language.findData(second))  # as the user picks it there
        qtbot.waitUntil(lambda: (models.title(), server.title()) == TITLES[second], timeout=2000)

        assert models.source_label.text() == SOURCE[second]
        assert models.source_label.toolTip().startswith(SOURCE_TIP[second])
        assert models.verify_status.text() == NO_FOLDER[second]
        found = [server.check.found.item(r).text() for r in range(server.check.found.count())]
        shown = " ".join(
            [models.source_label.text(), models.source_label.toolTip(), models.verify_status.text(), *found]
        )
        assert found == [NO_SERVER[second]]
        for old in (SOURCE[first], SOURCE_TIP[first], NO_FOLDER[first], NO_SERVER[first]):
            assert old not in shown
        wait_idle(qtbot)
        assert calls == done  # said again from what was found: nothing searched, checked or looked for again
    finally:
        wizard.close()
        i18n.install_language("en")


def _models_page(qtbot, **services):
    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    page = make_page(qtbot, ModelsPage, state=state, services=fakes.services(**services), open_url=lambda url: True)
    page.initializePage()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    wait_idle(qtbot)
    return page


def test_a_finished_download_and_the_check_of_the_models_are_said_again(qtbot, switch):
    page = _models_page(qtbot)
    qtbot.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.download_status.text().startswith("Downloaded to "), timeout=5000)
    page.verify()
    qtbot.waitUntil(lambda: page.verify_status.text().startswith("1 OK,"), timeout=5000)
    wait_idle(qtbot)
    path = page.download_status.text().removeprefix("Downloaded to ")
    switch("es")
    assert page.download_status.text() == f"Descargado en {path}"
    checked = page.verify_status.text()
    assert checked.startswith("Correctos: 1; desactualizados: 0; dañados: 0; incompletos: 1.")
    assert "Incomplete" not in checked and "Incompleto: bartowski/" in checked
    switch("en")
    assert page.download_status.text() == f"Downloaded to {path}"
    assert page.verify_status.text().startswith("1 OK, 0 out of date, 0 damaged, 1 incomplete.")


def test_a_stopped_prompt_and_a_stopped_benchmark_say_so_in_the_new_language(qtbot, switch):
    def slow_chat(*a, **k):
        return fakes.stream_chat(*a, delay_s=0.2, **k)

    def slow_benchmark(*a, **k):
        return fakes.benchmark(*a, delay_s=3.0, **k)

    page = make_page(qtbot, ServerPage, services=fakes.services(stream_chat=slow_chat, benchmark=slow_benchmark))
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.chat.send_button.isEnabled(), timeout=3000)
    page.chat.prompt.setPlainText("hola")
    page.chat.send()
    qtbot.waitUntil(lambda: page.chat.reply.toPlainText() != "", timeout=3000)
    qtbot.mouseClick(page.chat.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chat.stats.text() == "Stopped.", timeout=3000)
    wait_idle(qtbot)
    page.bench.run()
    qtbot.waitUntil(lambda: page.bench.result.text().startswith("Measuring… run 1 of 3:"), timeout=3000)
    qtbot.mouseClick(page.bench.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.bench.result.text() == "Stopped.", timeout=2000)
    wait_idle(qtbot)
    switch("es")
    assert (page.chat.stats.text(), page.bench.result.text()) == ("Detenido.", "Detenido.")
    switch("en")
    assert (page.chat.stats.text(), page.bench.result.text()) == ("Stopped.", "Stopped.")


def test_the_note_on_a_typed_card_name_is_said_again(qtbot, switch):
    page = make_page(qtbot, HardwarePage)
    page.detect()
    qtbot.waitUntil(lambda: page.gpu_combo.count() > 2, timeout=3000)
    wait_idle(qtbot)
    page.what_if_box.setChecked(True)
    box = page.gpu_combo
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "Acme Turbo 7")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    english = page.gpu_note.text()
    assert page.gpu_note.isVisibleTo(page) and "not in the table" in english
    switch("es")
    assert page.gpu_note.isVisibleTo(page) and "no está en la tabla" in page.gpu_note.text()
    assert "not in the table" not in page.gpu_note.text()
    switch("en")
    assert page.gpu_note.text() == english


def test_why_llama_cpp_cannot_compare_is_said_again(qtbot, switch):
    from PySide6.QtWidgets import QWidget

    from advisor.qt.tasks import TaskRunner
    from advisor.qt.widgets.llama_compare import LlamaCompare

    owner = QWidget()
    qtbot.addWidget(owner)
    widget = LlamaCompare(owner, runner=TaskRunner(owner), find=lambda: None)
    widget.set_model("/models/a.gguf", fakes.profile(), 4096)
    qtbot.waitUntil(lambda: widget.result.text() != "", timeout=3000)
    wait_idle(qtbot)
    english = widget.result.text()
    assert "llama-fit-params was not found" in english
    switch("es")
    assert widget.result.text() not in ("", english) and widget.result.isVisibleTo(owner)
    assert widget.result.text() == widget.button.toolTip()  # the same sentence as the disabled button's
    switch("en")
    assert widget.result.text() == english
