"""The Costs page follows the core's decisions, as the command line does: choosing an API model drops a flat monthly
fee, typed prices are the shown model's, an unknown model or card is said with the names meant."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from advisor.qt.pages.costs import CostsPage
from tests.qt import fakes
from tests.qt.helpers import make_page, state_with_profile, wait_idle


def _hosted_inputs(*args, **kwargs):
    """The fake defaults, compared against a hosted offer billed by the month (like the tutorial's Llama 2)."""
    inputs = fakes.default_cost_inputs(*args, **kwargs)
    return dataclasses.replace(
        inputs,
        api_model_id="Hosted Llama (flat)",
        api_price_input=0.0,
        api_price_output=0.0,
        api_fixed_per_month=1000.0,
    )


def _page(qtbot, settings, **services):
    state = state_with_profile()
    page = make_page(qtbot, CostsPage, state=state, settings=settings, services=fakes.services(**services))
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs is not None, timeout=5000)
    wait_idle(qtbot)
    return page, state


def _choose(qtbot, page, state, text: str) -> None:
    page.api_combo.setCurrentText(text)
    page.api_combo.activated.emit(0)


def test_choosing_an_api_model_drops_the_monthly_fee_as_the_command_line_does(qtbot, settings):
    page, state = _page(qtbot, settings, default_cost_inputs=_hosted_inputs)
    assert state.costs.api.fixed_per_month == 1000.0
    _choose(qtbot, page, state, "openai/gpt-4o-mini")
    qtbot.waitUntil(lambda: state.costs.inputs.api_model_id == "openai/gpt-4o-mini", timeout=5000)
    wait_idle(qtbot)
    assert state.costs.inputs.api_fixed_per_month == 0.0 and state.costs.api.fixed_per_month == 0.0
    assert state.costs.api.price_input_per_million > 0  # priced from the dated data
    # a new benchmark reloads the defaults: the choice stays, and so does the rule
    state.set_server(benchmark=fakes.benchmark("http://x"))
    page.initializePage()
    qtbot.waitUntil(lambda: state.costs.inputs.tokens_per_second == pytest.approx(24.6), timeout=5000)
    wait_idle(qtbot)
    assert state.costs.inputs.api_model_id == "openai/gpt-4o-mini" and state.costs.api.fixed_per_month == 0.0


def test_typed_prices_stay_the_shown_models_and_replace_its_fee(qtbot, settings):
    page, state = _page(qtbot, settings, default_cost_inputs=_hosted_inputs)
    page.spins["api_price_output"].setValue(3.0)
    qtbot.waitUntil(lambda: state.costs.api.price_output_per_million == pytest.approx(3.0), timeout=3000)
    wait_idle(qtbot)
    assert state.costs.api.model == "Hosted Llama (flat)" and state.costs.api.fixed_per_month == 0.0
    assert page.api_combo.currentText() == "Hosted Llama (flat)"


def test_an_unknown_api_model_is_said_with_the_models_meant(qtbot, settings):
    page, state = _page(qtbot, settings)
    before = state.costs
    _choose(qtbot, page, state, "gpt-4oo")
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=5000)
    wait_idle(qtbot)
    text = page.error.message.text()
    assert "gpt-4oo" in text and "Did you mean: " in text and "openai/gpt-4o" in text
    assert not page.error.retry_button.isVisibleTo(page)  # retrying the same name cannot help
    assert state.costs is before


@pytest.mark.parametrize(
    ("edits", "words"),
    [
        ({"hardware_cost": 0}, "saves"),  # at once: the hardware is already paid for
        ({"hardware_cost": 900}, "pays for itself after"),
        ({"lifetime_years": 0.5}, "in practice, never"),
        ({"api_price_input": 0.0, "api_price_output": 0.0}, "The API is cheaper"),  # never
    ],
)
def test_the_verdict_shown_is_the_cores(qtbot, settings, edits, words):
    page, state = _page(qtbot, settings)
    for name, value in edits.items():
        page.spins[name].setValue(value)
    qtbot.waitUntil(
        lambda: all(state.costs.inputs.__getattribute__(k) == pytest.approx(v) for k, v in edits.items()), timeout=3000
    )
    wait_idle(qtbot)
    assert words in page.verdict.text()


def test_a_typed_card_name_nothing_is_close_to_lists_the_names_meant(qtbot):
    from tests.qt.test_number_fields import _what_if_page

    page = _what_if_page(qtbot)
    box = page.gpu_combo
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "Radeon RX 7900 XTZ")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    assert page.gpu_note.isVisibleTo(page) and "Did you mean: Radeon RX 7900 XTX?" in page.gpu_note.text()


def test_a_subscription_typed_on_the_page_is_compared_as_its_fee_and_cleared_back_to_the_default_api(qtbot, settings):
    """ "Is it cheaper than the ChatGPT Plus I pay?" (newcomer round): the page's subscription field, as `cost
    --subscription`; a fee of 0 goes back to the default API priced per token."""
    page, state = _page(qtbot, settings)
    assert state.costs.inputs.api_model_id == "openai/gpt-4o"
    page.spins["api_fixed_per_month"].setValue(20.0)
    qtbot.waitUntil(lambda: state.costs.api.fixed_per_month == pytest.approx(20.0), timeout=3000)
    wait_idle(qtbot)
    assert state.costs.api.total_per_month == pytest.approx(20.0)
    assert state.costs.api.price_input_per_million == state.costs.api.price_output_per_million == 0
    assert page.api_combo.currentText() == "a subscription"  # never its internal label
    page.api_combo.activated.emit(0)  # Enter on the name shown changes nothing
    wait_idle(qtbot)
    assert state.costs.api.fixed_per_month == pytest.approx(20.0) and not page.error.isVisibleTo(page)
    page.spins["api_fixed_per_month"].setValue(30.0)  # a new fee keeps the subscription
    qtbot.waitUntil(lambda: state.costs.api.total_per_month == pytest.approx(30.0), timeout=3000)
    wait_idle(qtbot)
    assert state.costs.inputs.api_price_date is None  # no publisher's date for a fee typed
    page.spins["api_fixed_per_month"].setValue(0.0)
    qtbot.waitUntil(lambda: state.costs.inputs.api_model_id == "openai/gpt-4o", timeout=3000)
    wait_idle(qtbot)
    assert state.costs.api.fixed_per_month == 0.0 and state.costs.api.price_input_per_million > 0


def test_a_fee_under_any_paid_plan_says_what_it_is_in_dollars_beside_the_field(qtbot, settings):
    """Newcomer round (Buenos Aires): ChatGPT Plus's "20" typed in pesos is 20 ARS, 0.01 USD; the page says so under
    the field, with what the figure in dollars is there, as `cost --subscription 20` refuses it; a plan's price
    hides it."""
    page, state = _page(qtbot, settings)
    page.currency.setCurrentText("MXN")  # 18.3 to the dollar in the fake defaults
    qtbot.waitUntil(lambda: state.costs.currency == "MXN", timeout=3000)
    wait_idle(qtbot)
    page.spins["api_fixed_per_month"].setValue(10.0)
    qtbot.waitUntil(lambda: state.costs.api.fixed_per_month == pytest.approx(10.0), timeout=3000)
    wait_idle(qtbot)
    assert page.fee_hint.isVisibleTo(page)
    assert page.fee_hint.text() == (
        "10.00 MXN a month is about 0.55 USD, less than any paid plan costs: a plan priced in dollars is 183.00 MXN "
        "here."
    )
    page.spins["api_fixed_per_month"].setValue(183.0)
    qtbot.waitUntil(lambda: state.costs.api.fixed_per_month == pytest.approx(183.0), timeout=3000)
    wait_idle(qtbot)
    assert not page.fee_hint.isVisibleTo(page)


def test_prices_typed_over_a_subscription_are_your_own_not_the_subscriptions(qtbot, settings):
    """Code review: typing a price per token while "a subscription" was shown kept that name on per-token prices."""
    page, state = _page(qtbot, settings)
    page.spins["api_fixed_per_month"].setValue(20.0)
    qtbot.waitUntil(lambda: state.costs.api.fixed_per_month == pytest.approx(20.0), timeout=3000)
    wait_idle(qtbot)
    page.spins["api_price_input"].setValue(1.0)
    qtbot.waitUntil(lambda: state.costs.api.price_input_per_million == pytest.approx(1.0), timeout=3000)
    wait_idle(qtbot)
    assert state.costs.api.model == "custom" and page.api_combo.currentText() == "your own prices"


def test_a_subscriptions_name_follows_the_language_and_enter_on_it_changes_nothing(qtbot, settings):
    """Final review: after a switch to Spanish the box still said "a subscription", and Enter on it asked for a
    model of that name."""
    from advisor.qt import i18n

    page, state = _page(qtbot, settings)
    page.spins["api_fixed_per_month"].setValue(20.0)
    qtbot.waitUntil(lambda: state.costs.api.fixed_per_month == pytest.approx(20.0), timeout=3000)
    wait_idle(qtbot)
    try:
        i18n.install_language("es")
        page.retranslate()
        assert page.api_combo.currentText() == "una suscripción"
        page.api_combo.activated.emit(0)
        wait_idle(qtbot)
        assert state.costs.api.fixed_per_month == pytest.approx(20.0) and not page.error.isVisibleTo(page)
    finally:
        i18n.install_language("en")
        page.retranslate()
