"""Small helpers shared by the page tests."""

from __future__ import annotations

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
