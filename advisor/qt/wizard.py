"""The wizard: pages numbered by an IntEnum, shared state, remembered settings, language switching."""

from __future__ import annotations

import enum

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWizard

from advisor.qt import fmt, i18n, tasks
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
        self._add_region_box(welcome)
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

    def _add_region_box(self, welcome) -> None:
        """The region, under the language on the Welcome page (as a system's first-run setup asks both): it decides
        how numbers are written everywhere in the app and the report, and the country the Costs page starts from."""
        from PySide6.QtWidgets import QFormLayout

        from advisor.core.costs.electricity import bundled_table
        from advisor.qt.widgets.region import SPANISH_SPEAKING, RegionBox

        codes = (*SPANISH_SPEAKING, *bundled_table().countries)
        self.region_box = RegionBox(codes, self._shown_region(), welcome)
        self.region_box.chosen.connect(self.set_region)
        form = next((f for f in welcome.findChildren(QFormLayout) if f.indexOf(welcome.language) >= 0), None)
        if form is not None:
            form.addRow(self.region_box.label, self.region_box)

    def _shown_region(self) -> str:
        """The region numbers follow now: the one chosen (or the system's), else the language's usual country."""
        return i18n.current_region() or ("ES" if self.language == "es" else "US")

    def set_region(self, region: str) -> None:
        """Numbers written the way of `region` (a country code) everywhere, from now on: every page writes its figures
        again, spin boxes included; remembered like the language."""
        i18n.install_language(self.language, region)
        self.settings.setValue("region", i18n.current_region())

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
        box = getattr(self, "region_box", None)
        if box is not None:
            box.set_region(self._shown_region())  # no region known: it follows the language's usual country
            box.label.setText(self.tr("Country or re&gion:"))
            box.setAccessibleName(self.tr("Country or region"))
            box.setToolTip(
                self.tr(
                    "Numbers are written as in this country ({example}) on every page and in the report; "
                    "the Costs page starts from its electricity price and currency."
                ).format(example=fmt.number(14500.5, 1))
            )
        # QWizard words its own buttons once, when they are made: set them here so a language switch reaches them
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("< &Back"))
        self.setButtonText(buttons.NextButton, self.tr("&Next >"))
        self.setButtonText(buttons.CommitButton, self.tr("Co&ntinue"))
        self.setButtonText(buttons.FinishButton, self.tr("&Finish"))
        self.setButtonText(buttons.CancelButton, self.tr("Cancel"))
        self.setButtonText(buttons.HelpButton, self.tr("&Help"))

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
