"""The Summary page says what its report keeps of this computer's identity, and the report bears it out: the
LM Studio folder is in it, from ~ and without the user's name (`~/.lmstudio/models`), so the page must not
promise that paths are left out — it says the report's own sentence about folders, in the app's language."""

from __future__ import annotations

import pytest

from advisor.core.messages import Speaker
from advisor.core.messages.report import PRIVACY_NOTE
from advisor.qt.pages.summary import SummaryPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile

pytestmark = pytest.mark.gui


def test_the_subtitle_says_what_the_report_keeps_of_its_folders(qtbot):
    state = state_with_profile()  # LM Studio in /home/ana/.lmstudio/models
    state.set_recommendation(fakes.recommend(state.profile))
    page = make_page(qtbot, SummaryPage, state=state)
    page.initializePage()
    qtbot.waitUntil(lambda: "LM Studio" in page.preview.toPlainText(), timeout=5000)

    report = page.preview.toPlainText()
    assert "~/.lmstudio/models" in report and "/home/ana" not in report  # a folder is kept, the user's name is not
    subtitle = page.subTitle()
    assert "paths are left out" not in subtitle and "user folders are left out" not in subtitle
    assert "~" in subtitle and "user name" in subtitle
    assert Speaker("en").t(PRIVACY_NOTE) in subtitle  # the report's own words, from the one catalogue
    assert Speaker("en").t(PRIVACY_NOTE) in report
