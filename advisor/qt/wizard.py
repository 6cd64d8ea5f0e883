"""The wizard: pages numbered by an IntEnum, shared state, remembered settings, language switching."""

from __future__ import annotations

import enum

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWizard

from advisor.qt import i18n, tasks
from advisor.qt.services import Services
from advisor.qt.state import WizardState
from advisor.qt.widgets.icons import icon

LONG_TASKS = ("download", "benchmark")  # work a person waits for: closing asks before abandoning it


def ask(parent, title: str, text: str) -> bool:
    """The confirmation before abandoning a download or a benchmark (tests pass their own, as the pages do)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class PageId(enum.IntEnum):
    WELCOME = 0
    HARDWARE = 1
    RECOMMENDATION = 2
    MODELS = 3
    SERVER = 4
    COSTS = 5
    SUMMARY = 6


class AdvisorWizard(QWizard):
    language_changed = Signal(str)

    def __init__(
        self, settings: QSettings, services: Services | None = None, language: str | None = None, *, ask=ask
    ) -> None:
        super().__init__()
        self.ask = ask
        self.settings = settings
        self.services = services or Services()
        self.state = WizardState(self)
        self.state.server_url = str(settings.value("server/url", self.state.server_url))
        self.language = language or str(settings.value("language", "")) or i18n.system_language()
        self.setObjectName("advisorWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWindowIcon(icon("app"))
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        self._add_pages()
        self.setStartId(PageId.WELCOME)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(940, 680)
        self.retranslate()

    def _add_pages(self) -> None:
        from advisor.qt.pages.welcome import WelcomePage

        common = {"state": self.state, "services": self.services, "settings": self.settings}
        welcome = WelcomePage(language=self.language, **common)
        welcome.language_chosen.connect(self.set_language)
        self.setPage(PageId.WELCOME, welcome)
        for page_id, page in self._later_pages(common):
            self.setPage(page_id, page)

    def _later_pages(self, common: dict) -> list:
        from advisor.qt.pages.costs import CostsPage
        from advisor.qt.pages.hardware import HardwarePage
        from advisor.qt.pages.models import ModelsPage
        from advisor.qt.pages.recommendation import RecommendationPage
        from advisor.qt.pages.server import ServerPage
        from advisor.qt.pages.summary import SummaryPage

        return [
            (PageId.HARDWARE, HardwarePage(**common)),
            (PageId.RECOMMENDATION, RecommendationPage(**common)),
            (PageId.MODELS, ModelsPage(**common)),
            (PageId.SERVER, ServerPage(**common)),
            (PageId.COSTS, CostsPage(**common)),
            (PageId.SUMMARY, SummaryPage(**common)),
        ]

    def start_background_work(self) -> None:
        """Called once the window is on screen: detection starts while the user reads the welcome page."""
        from advisor.qt.pages.hardware import HardwarePage

        hardware = self.page(PageId.HARDWARE)
        assert isinstance(hardware, HardwarePage)
        hardware.detect()

    def set_language(self, language: str) -> None:
        self.language = i18n.install_language(language)
        self.settings.setValue("language", self.language)
        self.language_changed.emit(self.language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Local LLM Advisor"))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def running_long_tasks(self) -> list[str]:
        return [task.name for task in tasks.active() if task.name in LONG_TASKS]

    def reject(self) -> None:
        """Escape, Cancel and closing the window all come here: a running download or benchmark is abandoned only
        after the person says so."""
        running = self.running_long_tasks()
        if running:
            if "download" in running and "benchmark" in running:
                text = self.tr("A download and a benchmark are still running. Stop them and close?")
            elif "download" in running:
                text = self.tr("A download is still running. Stop it and close?")
            else:
                text = self.tr("A benchmark is still running. Stop it and close?")
            if not self.ask(self, self.tr("Stop and close?"), text):
                return
        super().reject()

    def done(self, result: int) -> None:
        self.save_settings()
        for task in tasks.active():
            task.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("language", self.language)
        self.settings.setValue("server/url", self.state.server_url)
        self.settings.sync()
