"""Qt test set-up: offscreen platform, temporary settings, and a guard against tasks left running."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pytest.importorskip("PySide6")

from advisor.qt import tasks


@pytest.fixture(autouse=True)
def no_task_left_running(qtbot):
    """Fail the test that leaves background work behind: it would call back into a later test's widgets."""
    yield
    left = [task.name for task in tasks.active()]
    if left:
        tasks.shutdown(5000)
        qtbot.waitUntil(lambda: not tasks.active(), timeout=5000)
        pytest.fail(f"the test left background tasks running: {left}")


@pytest.fixture
def settings(tmp_path):
    """A QSettings on a temporary file, so tests never read or write the user's real settings."""
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The app installs its language at start-up; tests run in English (with English plural forms).

    Like the app, the tests collect garbage on the UI thread only (advisor.qt.ui_thread_gc): widgets of earlier
    tests freed by a worker thread's collection crash the process."""
    from advisor.qt import i18n, ui_thread_gc

    collector = ui_thread_gc.install(qapp)
    i18n.install_language("en")
    yield
    tasks.shutdown(5000, release=True)  # no worker thread outlives the QApplication
    collector.stop()


@pytest.fixture
def region(qapp):
    """Install a language and region (`region("es", "CO")`) for one test; English, no region, afterwards."""
    from advisor.qt import i18n

    def install(language: str, code: str) -> None:
        i18n.install_language(language, code)

    yield install
    i18n.install_language("en", "")


@pytest.fixture
def switch(qapp):
    """Switch the app's language mid-test (`switch("es")`), as the Welcome page does; English afterwards."""
    from advisor.qt import i18n

    def install(language: str) -> None:
        i18n.install_language(language)
        qapp.processEvents()  # the LanguageChange events are posted: each page retranslates itself on them

    yield install
    i18n.install_language("en")
