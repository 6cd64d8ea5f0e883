"""Keyboard and screen-reader basics on every page: named controls, mnemonics with buddies, tooltips on figures."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWizard,
)

from advisor.qt.wizard import AdvisorWizard, PageId
from tests.qt import fakes
from tests.qt.helpers import wait_idle

pytestmark = pytest.mark.gui
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QPlainTextEdit, QTextEdit, QAbstractItemView)


@pytest.fixture(params=["en", "es"])
def walked(request, qtbot, settings):
    """A wizard whose every page has been shown with data, as a user would see it (in each language)."""
    from advisor.qt import i18n

    i18n.install_language(request.param)
    request.addfinalizer(lambda: i18n.install_language("en"))
    wizard = AdvisorWizard(settings, services=fakes.services(), language=request.param)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_background_work()
    qtbot.waitUntil(lambda: wizard.state.profile is not None, timeout=3000)
    for _ in list(PageId)[1:]:
        qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=5000)
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.currentPage().has_running_tasks(), timeout=5000)
    wait_idle(qtbot)
    return wizard


def _widgets(wizard, kinds):
    from PySide6.QtWidgets import QWidget

    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    for page_id in PageId:
        for widget in wizard.page(page_id).findChildren(QWidget):
            if isinstance(widget, kinds) and not isinstance(widget, QScrollBar) and widget.window() is wizard:
                yield page_id, widget


def test_every_input_has_an_accessible_name_and_takes_keyboard_focus(walked):
    unnamed = [
        f"{p.name}: {type(w).__name__} {w.objectName()}"
        for p, w in _widgets(walked, INPUTS)
        if not w.accessibleName() and not isinstance(w.parent(), INPUTS) and w.isVisibleTo(w.window())
    ]
    assert unnamed == []
    unfocusable = [
        f"{p.name}: {type(w).__name__}"
        for p, w in _widgets(walked, INPUTS)
        if w.isVisibleTo(w.window())
        and not isinstance(w.parent(), INPUTS)
        and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ]
    assert unfocusable == []


def test_every_button_says_what_it_does(walked):
    silent = [
        f"{p.name}: {type(w).__name__}"
        for p, w in _widgets(walked, QAbstractButton)
        if not (w.text() or w.accessibleName()) and w.isVisibleTo(w.window())
    ]
    assert silent == []


def test_every_label_with_a_shortcut_moves_focus_to_its_control(walked):
    missing = [
        f"{p.name}: {w.text()!r}"
        for p, w in _widgets(walked, QLabel)
        if re.search(r"&\w", w.text()) and w.buddy() is None
    ]
    assert missing == []


def test_shortcuts_do_not_clash_within_a_page(walked):
    clashes = []
    for page_id in PageId:
        page = walked.page(page_id)
        keys: dict[str, str] = {}
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
        buttons = [QWizard.WizardButton.CancelButton]  # the wizard's own buttons shown on this page
        buttons += [QWizard.WizardButton.BackButton] if page_id != PageId.WELCOME else []
        buttons += [QWizard.WizardButton.FinishButton if page_id == PageId.SUMMARY else QWizard.WizardButton.NextButton]
        texts += [walked.button(b).text() for b in buttons]
        for text in texts:
            m = re.search(r"&(\w)", text or "")
            if not m:
                continue
            key = m.group(1).lower()
            if key in keys and keys[key] != text:
                clashes.append(f"{page_id.name}: {keys[key]!r} and {text!r} share Alt+{key}")
            keys[key] = text
    assert clashes == [], "\n".join(clashes)


def test_figures_explain_themselves_in_tooltips(walked):
    hardware = walked.page(PageId.HARDWARE)
    rec = walked.page(PageId.RECOMMENDATION)
    costs = walked.page(PageId.COSTS)
    figures = [
        hardware.ram_value,
        hardware.cpu_value,
        hardware.gpu_value,
        hardware.lms_value,
        hardware.disk_value,
        rec.badge,
        rec.speed,
        rec.memory_bar,
        costs.local_month,
        costs.api_month,
        costs.local_million,
        costs.api_million,
        costs.verdict,
        *costs.spins.values(),
    ]
    assert [type(w).__name__ for w in figures if not w.toolTip()] == []
