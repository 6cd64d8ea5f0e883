"""Small helpers shared by the page tests."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt

from advisor.core.costs import default_inputs
from advisor.qt import tasks
from advisor.qt.state import WizardState
from tests.qt import fakes


def make_page(qtbot, page_class, services=None, settings=None, state=None, **kwargs):
    state = state or WizardState()
    page = page_class(state=state, services=services or fakes.services(), settings=settings, **kwargs)
    qtbot.addWidget(page)
    page.show()
    return page


def state_with_profile() -> WizardState:
    state = WizardState()
    state.set_profile(fakes.profile(), detected=True)
    return state


def wait_idle(qtbot, timeout: int = 5000) -> None:
    """Wait until every background task has delivered its outcome."""
    qtbot.waitUntil(lambda: not tasks.active(), timeout=timeout)


def costs_page_with_real_defaults(qtbot, settings):
    """The Costs page on the real core defaults (bundled electricity table, exchange rates, API prices) without a
    sizing estimate (speed falls back to the documented 10 tok/s, so nothing slow runs), ready: (page, state)."""
    from advisor.qt.pages.costs import CostsPage

    services = fakes.services(default_cost_inputs=functools.partial(default_inputs, speed_estimator=lambda _p: None))
    state = state_with_profile()
    page = make_page(qtbot, CostsPage, state=state, settings=settings, services=services)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=10000)
    wait_idle(qtbot)
    return page, state


def type_into(qtbot, spin, text: str) -> None:
    """Type `text` over a spin box's contents as a person does, then leave the field with Tab."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)


def pdf_laid_out(html: str):
    """The report laid out on the PDF writer's A4 pages, exactly as pdf_bytes() prints it: (document, writer,
    buffer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from advisor.qt import pdf

    pdf._ensure_gui_app()
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf._writer(buffer)
    return pdf.layout(html, writer), writer, buffer
