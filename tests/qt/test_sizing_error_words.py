"""What the sizing engine refuses (`SizingError`: a catalogue message and its values) is said on the app's pages in
the catalogue's sentence, in the app's language, as `llm-advisor` says it: never the exception's English text
behind its class name ("SizingError: the context must be …")."""

from __future__ import annotations

import pytest

from advisor.core.messages import sizing as sizing_words
from advisor.core.sizing.errors import SizingError
from advisor.qt import i18n
from advisor.qt.pages.costs import CostsPage
from advisor.qt.pages.models import ModelsPage
from advisor.qt.pages.recommendation import RecommendationPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


def _refuse(*_a, **_k):
    raise SizingError(sizing_words.SIZING_CONTEXT, maximum=1_048_576, context=2_000_000)


def _start(page) -> None:
    page.initializePage()
    if isinstance(page, RecommendationPage):
        page.refresh()


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


@pytest.mark.parametrize(
    ("page_class", "service"),
    [(RecommendationPage, "recommend"), (ModelsPage, "search"), (CostsPage, "default_cost_inputs")],
)
def test_a_sizing_refusal_is_the_catalogues_sentence_in_the_apps_language(
    qtbot, settings, language, page_class, service
):
    state = state_with_profile()
    state.set_recommendation(fakes.recommend(state.profile))
    page = make_page(qtbot, page_class, state=state, settings=settings, services=fakes.services(**{service: _refuse}))
    _start(page)
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=5000)
    wait_idle(qtbot)

    shown = page.error.message.text()
    words = {  # the catalogue's sentence (advisor/core/messages/sizing.py SIZING_CONTEXT) in each language
        "en": ("the context must be from 1 to", "tokens (got"),
        "es": ("el contexto debe estar entre 1 y", "tokens (se indicó"),
    }[language]
    assert all(part in shown for part in words), shown
    assert "SizingError" not in shown
    assert language == "en" or "the context must be" not in shown  # not the exception's English
