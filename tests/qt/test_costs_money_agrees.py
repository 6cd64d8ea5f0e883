"""One cost comparison, three renderings: the app's Costs page, the report the app exports and the `cost` command's
text write every money figure with the same digits — the local and API cost per million tokens and per month — in
Spain (euros: cents, 0,435 below one euro), Mexico (pesos with centavos, 1,077.25) and Colombia (whole pesos:
23.539 COP, never "23.539,375" whose last three digits read as a thousands group).

The real core defaults (bundled electricity table, exchange rates, API prices), with the page's region installed;
the command line renders the page's comparison with a Speaker writing numbers the same region's way."""

from __future__ import annotations

import re

import pytest

from advisor.cli import cost_words, speech
from advisor.core import report
from advisor.core.messages import Speaker
from advisor.qt import fmt
from advisor.qt.pages.summary import report_wording
from tests.qt import fakes
from tests.qt.helpers import costs_page_with_real_defaults

pytestmark = pytest.mark.gui

# region, currency, the decimal sign there, and the decimals a whole amount gets
PLACES = [("ES", "EUR", ",", 2), ("MX", "MXN", ".", 2), ("CO", "COP", ",", 0)]


@pytest.fixture
def cli_speaker(monkeypatch):
    """The command line's Speaker for the test: Spanish, numbers written as the app's region writes them."""

    def use() -> None:
        monkeypatch.setattr(speech, "_speaker", Speaker("es", fmt.number_style()))

    return use


def _decimals(text: str, currency: str, sign: str) -> int:
    figure = text.removesuffix(f" {currency}")
    return len(figure.rsplit(sign, 1)[1]) if sign in figure else 0


@pytest.mark.parametrize(("country", "currency", "sign", "whole"), PLACES)
def test_page_report_and_cli_write_the_same_money(qtbot, settings, region, cli_speaker, country, currency, sign, whole):
    region("es", country)
    page, state = costs_page_with_real_defaults(qtbot, settings)
    c = state.costs
    assert c.currency == currency
    local_million, api_million = page.local_million.text(), page.api_million.text()
    local_month, api_month = page.local_month.text(), page.api_month.text()

    # the currency's own decimals: cents in euros and Mexican pesos, none in Colombian pesos
    assert _decimals(api_month, currency, sign) == whole
    assert _decimals(api_million, currency, sign) == whole  # gpt-4o: well above one unit per million
    assert c.local.cost_per_million_tokens < c.api.cost_per_million_tokens
    if c.local.cost_per_million_tokens < 1:  # below one unit: three significant digits (0,435 EUR), never 0,44
        assert re.fullmatch(rf"0\{sign}0*[1-9]\d{{0,2}} {currency}", local_million), local_million
    else:
        assert _decimals(local_million, currency, sign) == whole
    for figure in (local_million, api_million, local_month, api_month):  # never a thousandth after a whole unit
        assert not re.search(rf"[1-9]\d*\{sign}\d{{3}}\b", figure), figure

    # the report the app exports: the same figures in its costs table
    md = report.render(fakes.services().assemble_assessment(fakes.profile(), costs=c), "md", wording=report_wording())
    per_million_row = next(line for line in md.splitlines() if line.startswith("| Por millón de tokens"))
    assert local_million in per_million_row and api_million in per_million_row
    month_row = next(line for line in md.splitlines() if line.startswith("| Al mes"))
    assert local_month in month_row and api_month in month_row

    # the command line's text for the same comparison
    cli_speaker()
    text = cost_words.render_text(c, None, {}, None)
    assert f"{local_month} al mes = {local_million} por millón de tokens" in text
    assert f"{api_month} al mes = {api_million} por millón de tokens" in text
