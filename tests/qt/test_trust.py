"""What a newcomer must be able to trust: the keyboard acts like a desktop app, running work is never dropped
silently, each figure and note belongs to the input that produced it, and saving goes where people expect."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt

from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import wait_idle

pytestmark = pytest.mark.gui


def _wizard(qtbot, settings, ask=None, **services):
    kwargs = {"ask": ask} if ask is not None else {}
    w = AdvisorWizard(settings, services=fakes.services(**services), language="en", **kwargs)
    qtbot.addWidget(w)
    w.show()
    return w


def _go_to(qtbot, wizard, target: PageId) -> None:
    wizard.start_background_work()
    qtbot.waitUntil(lambda: wizard.state.profile is not None, timeout=3000)
    while wizard.currentId() != target:
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=5000)
        wizard.next()
    wait_idle(qtbot)


# ---------------------------------------------------------------- 1. keyboard
def test_enter_in_the_models_search_box_searches_and_stays_on_the_page(qtbot, settings):
    searched = []

    def search(**kw):
        searched.append(kw.get("text"))
        return fakes.search(**kw)

    wizard = _wizard(qtbot, settings, search=search)
    _go_to(qtbot, wizard, PageId.MODELS)
    page = wizard.currentPage()
    page.text.setFocus()
    page.text.setText("qwen")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert wizard.currentId() == PageId.MODELS
    assert searched[-1] == "qwen"
    assert all("qwen" in page.model.candidate(r).repo_id.lower() for r in range(page.model.rowCount()))


def test_enter_in_the_costs_fields_applies_them_and_stays_on_the_page(qtbot, settings):
    wizard = _wizard(qtbot, settings)
    _go_to(qtbot, wizard, PageId.COSTS)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: wizard.state.costs is not None, timeout=3000)
    page.currency.setFocus()
    page.currency.lineEdit().selectAll()
    qtbot.keyClicks(page.currency.lineEdit(), "EUR")
    qtbot.keyClick(page.currency.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.state.costs.currency == "EUR", timeout=3000)
    assert wizard.currentId() == PageId.COSTS
    wait_idle(qtbot)
    spin = page.spins["hours_per_day"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "10")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: wizard.state.costs.inputs.hours_per_day == 10, timeout=3000)
    wait_idle(qtbot)
    assert wizard.currentId() == PageId.COSTS


def _start_download(qtbot, wizard):
    _go_to(qtbot, wizard, PageId.MODELS)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.download_button.isEnabled(), timeout=3000)
    page.download()
    assert wizard.running_long_tasks() == ["download"]
    return page


def test_escape_during_a_download_asks_and_no_keeps_it_running(qtbot, settings):
    asked = []
    wizard = _wizard(
        qtbot,
        settings,
        ask=lambda _p, title, text: asked.append(text) or False,
        download=lambda *a, **k: fakes.download(*a, delay_s=0.5, **k),
    )
    page = _start_download(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == ["A download is still running. Stop it and close?"]
    assert wizard.isVisible() and wizard.running_long_tasks() == ["download"]
    wizard.close()  # the window's close button asks too
    assert len(asked) == 2 and wizard.isVisible()
    page.cancel_download()
    wait_idle(qtbot)


def test_cancel_during_a_benchmark_asks_and_yes_stops_it_and_closes(qtbot, settings):
    asked = []
    wizard = _wizard(
        qtbot,
        settings,
        ask=lambda _p, title, text: asked.append(text) or True,
        benchmark=lambda *a, **k: fakes.benchmark(*a, delay_s=4.0, **k),
    )
    _go_to(qtbot, wizard, PageId.SERVER)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.bench.button.isEnabled(), timeout=6000)
    page.bench.run()
    assert wizard.running_long_tasks() == ["benchmark"]
    wizard.button(wizard.WizardButton.CancelButton).click()
    assert asked == ["A benchmark is still running. Stop it and close?"]
    assert not wizard.isVisible()
    wait_idle(qtbot)


def test_closing_with_nothing_running_does_not_ask(qtbot, settings):
    asked = []
    wizard = _wizard(qtbot, settings, ask=lambda *a: asked.append(a) or False)
    wizard.close()
    assert not asked and not wizard.isVisible()


# ---------------------------------------------------------------- 2. minimum speed
def test_the_minimum_speed_recomputes_the_recommendation_and_is_remembered(qtbot, settings):
    from advisor.qt.pages.recommendation import RecommendationPage
    from tests.qt.helpers import make_page, state_with_profile

    calls = []

    def recording(profile, *, context=4096, min_tokens_per_second=5.0):
        calls.append(min_tokens_per_second)
        return fakes.recommend(profile, context=context, min_tokens_per_second=min_tokens_per_second)

    page = make_page(
        qtbot,
        RecommendationPage,
        state=state_with_profile(),
        settings=settings,
        services=fakes.services(recommend=recording),
    )
    assert page.min_speed.currentData() == 5.0 and page.min_speed.currentText() == "5 tok/s"
    assert [page.min_speed.itemData(i) for i in range(page.min_speed.count())] == [2, 3, 5, 8, 10, 15, 20]
    page.initializePage()
    qtbot.waitUntil(page.isComplete, timeout=3000)
    assert calls == [5.0]
    page.min_speed.setCurrentIndex(page.min_speed.findData(20.0))
    qtbot.waitUntil(lambda: page.state.recommendation.min_tokens_per_second == 20.0, timeout=3000)
    wait_idle(qtbot)
    assert calls == [5.0, 20.0]
    assert "Below 20 tok/s feels slow" in page.speed.toolTip()
    assert float(settings.value("recommendation/min_tokens_per_second")) == 20.0
    again = make_page(
        qtbot,
        RecommendationPage,
        state=state_with_profile(),
        settings=settings,
        services=fakes.services(recommend=recording),
    )
    assert again.min_speed.currentData() == 20.0 and again.state.min_tokens_per_second == 20.0
    again.initializePage()
    qtbot.waitUntil(again.isComplete, timeout=3000)
    wait_idle(qtbot)
    assert calls[-1] == 20.0


# ---------------------------------------------------------------- 3. local server
def _server_page(qtbot, **services):
    from advisor.qt.pages.server import ServerPage
    from tests.qt.helpers import make_page, state_with_profile

    page = make_page(qtbot, ServerPage, state=state_with_profile(), services=fakes.services(**services))
    return page


def test_a_server_of_unknown_kind_is_named_in_words_not_by_its_code(qtbot):
    import dataclasses

    from advisor.core.servers.types import ServerKind

    generic = dataclasses.replace(fakes.server_ok(), kind=ServerKind.OPENAI_COMPATIBLE, version=None)
    page = _server_page(qtbot, check_server=lambda url, **_: generic, discover_servers=lambda: [generic])
    page.initializePage()
    wait_idle(qtbot)
    found = page.check.found
    shown = page.check.diagnosis.text() + " ".join(found.item(i).text() for i in range(found.count()))
    assert "openai_compatible" not in shown
    assert "Connected to OpenAI-compatible server" in page.check.diagnosis.text()
    assert page.check.found.item(0).text().startswith("OpenAI-compatible server — ")


@pytest.mark.parametrize("typed", ["http://localhost:99999/v1", "notaurl"])
def test_an_impossible_url_is_said_next_to_the_field_without_an_exception_text(qtbot, typed):
    from advisor.core.servers import normalize_url

    def check(url, **kw):
        return fakes.server_ok(normalize_url(url))  # the core's own validation, as the real check does

    page = _server_page(qtbot, check_server=check)
    page.check.url.setText(typed)
    page.check.test_connection()
    wait_idle(qtbot)
    assert page.check.url_error.isVisibleTo(page)
    assert page.check.url_error.text() == f"Not a valid URL: {typed}. Write it like http://localhost:1234/v1"
    assert not page.error.isVisibleTo(page)  # no "ValueError: bad port …" banner
    assert "not started" not in page.check.diagnosis.text()
    assert "Error" not in page.check.url_error.text()
    page.check.url.setText("http://localhost:1234/v1")  # corrected: the message goes with the input it was about
    assert not page.check.url_error.isVisibleTo(page)


def test_a_new_url_or_a_failed_check_clears_the_connected_state_benchmark_and_servers_found(qtbot):
    answers = {"http://localhost:1234/v1": fakes.server_ok}
    found = []

    def discover():
        found.append(1)
        return fakes.discover() if len(found) == 1 else []

    page = _server_page(
        qtbot, check_server=lambda url, **kw: answers.get(url, fakes.server_refused)(url), discover_servers=discover
    )
    page.initializePage()
    wait_idle(qtbot)
    page.bench.run()
    wait_idle(qtbot)
    assert "Connected to LM Studio" in page.check.diagnosis.text()
    assert "24.6 tok/s" in page.bench.result.text() and page.state.benchmark is not None
    assert page.check.found.count() == 2
    page.check.url.setText("http://localhost:8080/v1")  # typing another address
    assert "Connected" not in page.check.diagnosis.text() and page.check.diagnosis.text() == "Not tested yet."
    assert page.bench.result.text() == "" and page.state.benchmark is None and page.state.server is None
    assert page.bench.model_combo.count() == 0 and not page.bench.button.isEnabled()
    page.check.test_connection()
    wait_idle(qtbot)
    assert "the server is not started" in page.check.diagnosis.text()
    assert len(found) == 2  # looked again: the list said servers were there
    assert page.check.found.count() == 1
    assert page.check.found.item(0).text() == "No local server found on the usual ports."


def test_a_failed_check_of_the_same_url_drops_its_old_benchmark(qtbot):
    answers = [fakes.server_ok]
    page = _server_page(qtbot, check_server=lambda url, **kw: answers[-1](url))
    page.initializePage()
    wait_idle(qtbot)
    page.bench.run()
    wait_idle(qtbot)
    assert page.state.benchmark is not None
    answers.append(fakes.server_refused)  # the server was stopped
    page.check.test_connection()
    wait_idle(qtbot)
    assert page.state.benchmark is None and page.bench.result.text() == ""
    assert "Connected" not in page.check.diagnosis.text() and page.bench.model_combo.count() == 0


# ---------------------------------------------------------------- 4. models page
def _models_page(qtbot, **kwargs):
    from advisor.qt.pages.models import ModelsPage
    from tests.qt.helpers import make_page, state_with_profile

    services = fakes.services(**kwargs.pop("services", {}))
    page = make_page(qtbot, ModelsPage, state=state_with_profile(), services=services, **kwargs)
    page.initializePage()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.download_button.isEnabled(), timeout=3000)
    return page


def test_the_lmstudio_note_goes_when_the_file_or_the_search_changes_and_follows_the_language(qtbot):
    from advisor.qt import i18n

    page = _models_page(qtbot, open_url=lambda url: False)

    def note() -> str:
        return page.lmstudio_note.text() if page.lmstudio_note.isVisibleTo(page) else ""

    page.open_in_lmstudio()
    assert note().startswith("LM Studio did not open. Is it installed? Link: lmstudio://")
    page.file_combo.setCurrentIndex((page.file_combo.currentIndex() + 1) % page.file_combo.count())
    assert note() == ""
    page.open_in_lmstudio()
    page.table.selectRow(1)
    assert note() == ""
    page.open_in_lmstudio()
    try:
        i18n.install_language("es")
        qtbot.waitUntil(
            lambda: note().startswith("LM Studio no se abrió. ¿Está instalado? Enlace: lmstudio://"), timeout=2000
        )
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: note().startswith("LM Studio did not open"), timeout=2000)
    page.text.setText("mistral")
    page.search()
    wait_idle(qtbot)
    assert note() == ""


def test_a_download_while_offline_says_the_download_failed(qtbot):
    from advisor.core.catalog.types import CatalogProblem, DownloadResult

    def offline(repo_id, filename, **_):
        return DownloadResult(
            repo_id,
            filename,
            fakes.MODELS_DIR,
            problem=CatalogProblem("offline", repo_id, {"file": filename, "detail": "no network"}),
        )

    page = _models_page(qtbot, services={"download": offline})
    page.download()
    wait_idle(qtbot)
    shown = page.error.message.text()
    assert shown.startswith("The download failed: Hugging Face cannot be reached.")
    assert "bundled list" not in shown + page.download_status.text()


# ---------------------------------------------------------------- 5. save dialog
def test_the_save_dialog_suggests_a_dated_name_in_the_documents_folder(qtbot):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from advisor.qt.pages.summary import SummaryPage
    from tests.qt.helpers import make_page, state_with_profile

    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    suggested = []
    page = make_page(
        qtbot,
        SummaryPage,
        state=state,
        today=lambda: datetime.date(2026, 12, 5),
        ask_save_path=lambda _p, _title, path, _filter: suggested.append(path) or None,
    )
    page.initializePage()
    qtbot.waitUntil(lambda: page.buttons["md"].isEnabled(), timeout=5000)
    page.export("md")
    page.export("json")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert [Path(p).name for p in suggested] == [
        "llm-advisor-report-2026-12-05.md",
        "llm-advisor-report-2026-12-05.json",
    ]
    assert all(Path(p).parent == Path(documents) for p in suggested)
    wait_idle(qtbot)


def test_qt_dialogs_speak_spanish_with_the_app(qtbot):
    from PySide6.QtCore import QCoreApplication

    from advisor.qt import i18n

    try:
        i18n.install_language("es")
        assert QCoreApplication.translate("QFileDialog", "Save As") == "Guardar como"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        i18n.install_language("en")


def test_a_server_cannot_write_markup_into_the_diagnosis(qtbot):
    """Model ids and versions come from the server: shown as text, never as rich text."""
    import dataclasses

    from advisor.qt.pages.server import ServerPage
    from tests.qt import fakes
    from tests.qt.helpers import make_page, state_with_profile

    state = state_with_profile()
    page = make_page(qtbot, ServerPage, state=state)
    status = fakes.server_ok()
    evil = dataclasses.replace(status.models[0], id="<b>BIG</b><a href='http://evil.example'>click</a>")
    state.server = dataclasses.replace(status, models=(evil,), version="<i>1.0</i>", problem=None)
    page.check.show_status()
    text = page.check.diagnosis.text()
    assert "<b>BIG</b>" not in text and "&lt;b&gt;BIG&lt;/b&gt;" in text and "<i>1.0</i>" not in text


def test_a_local_server_shows_what_it_really_uses_beside_the_estimate(qtbot):
    from advisor.qt.pages.server import ServerPage
    from tests.qt.helpers import make_page, state_with_profile, wait_idle

    page = make_page(qtbot, ServerPage, state=state_with_profile())
    page.check.test_connection()
    qtbot.waitUntil(lambda: page.check.after_load.isVisibleTo(page), timeout=5000)
    wait_idle(qtbot)
    text = page.check.after_load.text()
    assert "predicted 11.2 GiB · using 11.6 GiB" in text and "Qwen2.5-14B-Instruct-Q5_K_M.gguf" in text
    page.check.url.setText("http://localhost:9999/v1")  # a new URL: the old figures go
    assert not page.check.after_load.isVisibleTo(page)
