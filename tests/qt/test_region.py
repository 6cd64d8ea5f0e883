"""Numbers follow the user's region, not the interface language: a Mexican reads 11,500.00, a Spaniard 11.500,00, in
every field, label and in the report the app exports; the region is chosen on the Welcome page and applies live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from advisor.core import report
from advisor.core.messages.language import number_style
from advisor.qt import fmt, i18n, wording
from advisor.qt.pages.costs import CostsPage
from advisor.qt.pages.summary import report_wording
from advisor.qt.wizard import AdvisorWizard
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def region(qapp):
    """Install a (language, region) for one test; the tests' English without a region afterwards."""

    def install(language: str, code: str) -> None:
        i18n.install_language(language, code)

    yield install
    i18n.install_language("en", "")


def _costs_page(qtbot, settings):
    # 2,000 million tokens a month: the API bill runs to five digits (the fake prices gpt-4o at 2.30/9.20 EUR)
    settings.setValue("costs/tokens_per_month", 2e9)
    state = state_with_profile()
    page = make_page(qtbot, CostsPage, state=state, settings=settings)
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=5000)
    wait_idle(qtbot)
    return page, state


def _report(state) -> str:
    """The report exactly as the Summary page exports it: the app's wording, the page's cost comparison."""
    assessment = fakes.services().assemble_assessment(state.profile, costs=state.costs)
    return report.render(assessment, "md", wording=report_wording())


@pytest.mark.parametrize(
    ("language", "code", "bill", "price"),
    [
        ("es", "MX", "11,500.00 EUR", "9.20 EUR"),  # Spanish words, Mexican numbers
        ("es", "ES", "11.500,00 EUR", "9,20 EUR"),
        ("es", "AR", "11.500,00 EUR", "9,20 EUR"),
        ("en", "US", "11,500.00 EUR", "9.20 EUR"),
        ("en", "ES", "11.500,00 EUR", "9,20 EUR"),  # English words, Spanish numbers
    ],
)
def test_one_figure_reads_the_same_in_a_field_a_label_and_the_report(
    qtbot, settings, region, language, code, bill, price
):
    region(language, code)
    page, state = _costs_page(qtbot, settings)
    assert page.api_month.text() == bill  # a label
    assert page.spins["api_price_output"].text() == price  # a field
    assert f"+ {price} " in page.api_month.toolTip()  # a sentence beside it
    text = _report(state)
    assert bill in text and f"/ {price}" in text  # the report the app exports
    # the core's Speaker (catalogue sentences, the report) writes exactly what the app's QLocale writes
    say = wording.say()
    for value in (1450.5, 14500.25, 0.075, -3.5):
        assert say.number(value, 2) == fmt.number(value, 2)
    assert say.count(1234567) == fmt.count(1234567)


def test_the_region_chosen_on_the_welcome_page_rewrites_every_figure_live(qtbot, settings, region):
    region("es", "ES")
    wizard = AdvisorWizard(settings, fakes.services(), language="es")
    qtbot.addWidget(wizard)
    wizard.show()
    page = next(wizard.page(i) for i in wizard.pageIds() if isinstance(wizard.page(i), CostsPage))
    settings.setValue("costs/tokens_per_month", 2e9)
    page.initializePage()
    qtbot.waitUntil(lambda: wizard.state.costs is not None, timeout=5000)
    wait_idle(qtbot)
    assert page.api_month.text() == "11.500,00 EUR" and page.spins["api_price_output"].text() == "9,20 EUR"
    box = wizard.region_box
    assert box.currentData() == "ES" and box.currentText() == "España"  # named in the interface's language
    box.setCurrentIndex(box.findData("MX"))
    box.activated.emit(box.currentIndex())  # the user picks México
    assert QLocale().name() == "es_MX" and settings.value("region") == "MX"
    qtbot.waitUntil(lambda: page.api_month.text() == "11,500.00 EUR", timeout=3000)  # labels written again
    wait_idle(qtbot)
    assert page.spins["api_price_output"].text() == "9.20 EUR"  # and the fields
    assert "14,500.5" in box.toolTip()  # the example the box gives is the new one


def test_english_in_a_country_qt_has_no_english_locale_for_uses_that_countrys_signs(region):
    region("en", "AR")  # Qt has no en_AR: a locale of English writing numbers as Argentina does
    assert fmt.number(14500.5, 1) == "14.500,5" and i18n.current_region() == "AR"
    region("es", "GB")  # Spanish in the United Kingdom: 1,450.5 as the British write it
    assert fmt.number(1450.5, 1) == "1,450.5"


def test_the_region_defaults_from_the_system(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert i18n.system_region() == "MX"
    assert i18n.system_region(QLocale("en_GB")) == "GB"  # Windows and macOS: the system's own setting
    assert i18n.system_region(QLocale.c()) == ""


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_command_line_writes_numbers_as_the_app_does_for_the_same_locale(language):
    """`llm-advisor` (no Qt) picks its number style from the locale name; for every Spanish and English locale Qt
    knows, it writes what QLocale writes (Indian grouping, 12,34,567, aside)."""
    qt_language = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    locales = QLocale.matchingLocales(qt_language, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory)
    differ = []
    for locale in locales:
        if locale.name() == "en_IN":
            continue
        style = number_style(locale.name(), language)
        for value in (1450.5, 14500.25, 1234567.0, -0.05):
            if style.number(value, 2) != locale.toString(value, "f", 2):
                differ.append((locale.name(), value, style.number(value, 2), locale.toString(value, "f", 2)))
    assert not differ
