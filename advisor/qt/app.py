"""QApplication start-up: translators, settings, the wizard on screen first, the slow work after.

Start-up budget (< 1 s to the first window): only QtCore/QtGui/QtWidgets are imported before `show()`;
QtCharts, psutil, huggingface_hub, openai and friends load later, on first use, mostly on worker threads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

ORGANIZATION = "LocalLLMAdvisor"
APPLICATION = "Local LLM Advisor"


def create_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0], *argv])
    if not isinstance(app, QApplication):  # a QCoreApplication (no widgets) already runs in this process
        raise RuntimeError("the Qt application running here cannot show windows")
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    from advisor.qt import ui_thread_gc

    ui_thread_gc.install(app)  # no worker thread may ever free a widget
    return app


def main(argv: Sequence[str], *, on_shown: Callable[[], None] | None = None, settings: QSettings | None = None) -> int:
    """Open the wizard. `on_shown` runs once the window is on screen (the start-up benchmark uses it)."""
    app = create_application(argv)
    from advisor.qt import i18n, tasks
    from advisor.qt.wizard import AdvisorWizard

    settings = settings or QSettings(ORGANIZATION, "advisor")
    language = i18n.install_language(
        str(settings.value("language", "")) or i18n.system_language(),
        str(settings.value("region", "")) or i18n.system_region(),  # numbers as written there, whatever the language
    )
    wizard = AdvisorWizard(settings, language=language)
    app.aboutToQuit.connect(lambda: tasks.shutdown(3000, release=True))
    wizard.show()
    QTimer.singleShot(0, wizard.start_background_work)
    if on_shown is not None:
        QTimer.singleShot(0, on_shown)
    return app.exec()
