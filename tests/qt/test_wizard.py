"""The wizard as a whole: page order, live language switching, remembered settings, start-up entry point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from advisor.qt import i18n
from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qtbot, settings):
    w = AdvisorWizard(settings, services=fakes.services(), language="en")
    qtbot.addWidget(w)
    w.show()
    yield w
    i18n.install_language("en")


def test_pages_are_numbered_in_journey_order(wizard):
    assert wizard.pageIds() == [int(p) for p in PageId]
    assert [wizard.page(p).title() for p in PageId] == [
        "Welcome",
        "Hardware",
        "Recommendation",
        "Models",
        "Local server",
        "Costs",
        "Summary",
    ]


def test_walking_the_whole_journey_with_next(qtbot, wizard):
    wizard.start_background_work()
    qtbot.waitUntil(lambda: wizard.state.profile is not None, timeout=3000)
    for page_id in list(PageId)[1:]:
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=5000)
        wizard.next()
        assert wizard.currentId() == page_id
        qtbot.waitUntil(lambda: not wizard.currentPage().has_running_tasks(), timeout=5000)
    wait_idle(qtbot)
    assert wizard.state.recommendation.tier == "13B"
    assert wizard.state.chosen.repo_id == "bartowski/Qwen2.5-14B-Instruct-GGUF"
    assert wizard.state.costs is not None
    assert "13B" in wizard.page(PageId.SUMMARY).preview.toPlainText()


def test_choosing_spanish_retranslates_every_page_live_and_is_remembered(qtbot, wizard, settings):
    wizard.start_background_work()
    qtbot.waitUntil(lambda: wizard.state.recommendation is not None, timeout=3000)  # computed in the background
    wait_idle(qtbot)
    hardware = wizard.page(PageId.HARDWARE)
    welcome = wizard.page(PageId.WELCOME)
    welcome.language.setCurrentIndex(welcome.language.findData("es"))
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Bienvenida", timeout=2000)
    assert wizard.windowTitle() == "Asesor de LLM locales"
    assert [wizard.page(p).title() for p in PageId] == [
        "Bienvenida",
        "Hardware",
        "Recomendación",
        "Modelos",
        "Servidor local",
        "Costos",
        "Resumen",
    ]
    assert hardware.ram_value.text() == "32,0 GiB en total, 21,4 GiB libres ahora"  # figures too, with decimal comma
    assert hardware.cpu_value.text() == "AMD Ryzen 7 7700 (8 núcleos)"
    server = wizard.page(PageId.SERVER)  # its three panels follow the language on their own
    assert (server.check.test_button.text(), server.bench.title(), server.chat.title()) == (
        "&Probar la conexión",
        "Velocidad",
        "Prueba una pregunta",
    )
    assert settings.value("language") == "es"
    welcome.language.setCurrentIndex(welcome.language.findData("en"))
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Welcome", timeout=2000)
    assert hardware.ram_value.text() == "32.0 GiB total, 21.4 GiB available now"


def test_language_defaults_to_the_system_locale():
    assert i18n.system_language(QLocale("es_MX")) == "es"
    assert i18n.system_language(QLocale("es_ES")) == "es"
    assert i18n.system_language(QLocale("en_GB")) == "en"
    assert i18n.system_language(QLocale("pt_BR")) == "en"


def test_settings_remember_url_geometry_and_language(qtbot, tmp_path):
    path = str(tmp_path / "s.ini")
    first = AdvisorWizard(QSettings(path, QSettings.Format.IniFormat), services=fakes.services(), language="es")
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 580)
    first.state.server_url = "http://localhost:8080/v1"
    first.close()
    i18n.install_language("en")
    settings = QSettings(path, QSettings.Format.IniFormat)
    assert settings.value("language") == "es"
    assert isinstance(settings.value("window/geometry"), QByteArray)
    second = AdvisorWizard(settings, services=fakes.services())
    qtbot.addWidget(second)
    assert second.language == "es"
    assert (second.size().width(), second.size().height()) == (760, 580)
    assert second.page(PageId.SERVER).check.url.text() == "http://localhost:8080/v1"


def test_main_opens_the_window_and_starts_detection_after_it_is_shown(qtbot, settings, monkeypatch):
    from advisor.qt import app as app_module
    from advisor.qt import services as services_module

    calls = []

    def fake_detect():
        calls.append("detect")
        return fakes.profile()

    monkeypatch.setattr(
        services_module,
        "_lazy",
        lambda module, name: {"detect": fake_detect}.get(
            name, lambda *a, **k: (_ for _ in ()).throw(RuntimeError(name))
        ),
    )
    seen = {}

    def on_shown():
        seen["visible"] = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        QTimer.singleShot(300, QApplication.instance().quit)

    assert app_module.main([], on_shown=on_shown, settings=settings) == 0
    wait_idle(qtbot)
    assert "Local LLM Advisor" in seen["visible"]
    assert calls == ["detect"]
    for w in QApplication.topLevelWidgets():
        if isinstance(w, AdvisorWizard):
            w.close()
            w.deleteLater()


def test_opening_the_window_loads_nothing_heavy(tmp_path):
    """Start-up stays fast: charts, hardware probes and network clients load after the window is shown."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from advisor.qt.wizard import AdvisorWizard\n"
        f"w = AdvisorWizard(QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat), language='en')\n"
        "w.show(); app.processEvents()\n"
        "heavy = ('PySide6.QtCharts', 'psutil', 'cpuinfo', 'huggingface_hub', 'openai', 'httpx', 'genai_prices', "
        "'gguf', 'pynvml')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m == 'PySide6.QtCharts'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def _shown_texts(wizard) -> set[str]:
    """Every label, button, group title and placeholder the wizard shows, shortcut marks removed."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWizard

    texts = {
        wizard.buttonText(b)
        for b in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.FinishButton,
        )
    }
    for widget in wizard.findChildren(QLabel):
        texts.add(widget.text())
    for widget in wizard.findChildren(QAbstractButton):
        texts.add(widget.text())
    for widget in wizard.findChildren(QGroupBox):
        texts.add(widget.title())
    for widget in wizard.findChildren(QLineEdit):
        texts.add(widget.placeholderText())
    return {t.replace("&", "").strip() for t in texts if t and t.strip()}


def test_switching_language_leaves_no_word_of_the_other_language_on_any_page(qtbot, wizard):
    """Every page in Spanish shows no English label or button, and back in English no Spanish one is left (the
    wizard's own Next/Cancel buttons included)."""
    from advisor.core.messages.translations import translations

    spanish_only = {
        t.replace("&", "").strip()
        for (_, source), t in translations("es").items()
        if t.replace("&", "") != source.replace("&", "")
    }
    wizard.start_background_work()
    qtbot.waitUntil(lambda: wizard.state.recommendation is not None, timeout=3000)
    welcome = wizard.page(PageId.WELCOME)
    welcome.language.setCurrentIndex(welcome.language.findData("es"))
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Bienvenida", timeout=2000)
    english_only = {
        source.replace("&", "").strip()
        for (_, source), t in translations("es").items()
        if t.replace("&", "") != source.replace("&", "")
    }
    for _ in list(PageId)[1:]:  # visit every page in Spanish so each shows its state
        wizard.next()
        wait_idle(qtbot)
    assert sorted(_shown_texts(wizard) & english_only) == [], "English left on Spanish pages"
    wizard.restart()
    welcome.language.setCurrentIndex(welcome.language.findData("en"))
    qtbot.waitUntil(lambda: wizard.currentPage().title() == "Welcome", timeout=2000)
    wait_idle(qtbot)
    left = sorted(_shown_texts(wizard) & spanish_only)
    assert left == [], "Spanish left on English pages"
