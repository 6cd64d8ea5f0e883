"""Costs: local (hardware + electricity) against an API, per month and per million tokens, break-even, a chart.

Every input is prefilled from the earlier pages (measured speed and power when the benchmark measured the
recommended model, else the recommendation's estimates) and editable;
the country, currency, electricity price and usage are remembered.

One currency for everything: the country (by default the app's region) sets the electricity price from the bundled
table and the currency, unless the user picked a currency; every figure on the page, the chart and the report comes
from one computation in that currency (API prices converted once, at the dated rate shown). Switching the currency
converts the amounts the user typed, once; a new country brings its own electricity price.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from advisor.core.costs.bounds import USD_BOUNDS, below_any_plan, money_bounds, money_decimals, money_step
from advisor.core.costs.currency import bundled_rates
from advisor.core.costs.defaults import DEFAULT_API_MODEL, DEFAULT_TOKENS_PER_MONTH, electricity_origin
from advisor.core.costs.electricity import bundled_table
from advisor.core.costs.resolve import MONEY_INPUTS, SUBSCRIPTION_API
from advisor.core.messages.costs import CUSTOM_API, api_label
from advisor.core.messages.figures import COST_INPUT_KINDS
from advisor.core.messages.figures import decimals as figure_decimals
from advisor.qt import fmt, i18n, wording
from advisor.qt.pages.base import Page
from advisor.qt.tasks import Cancelled
from advisor.qt.widgets.checked_spin import CheckedSpinBox
from advisor.qt.widgets.column_scroll import ColumnScroll
from advisor.qt.widgets.region import RegionBox, region_name
from advisor.qt.widgets.source_label import SourceLabel

_DEBOUNCE_MS = 250
# (field, minimum, maximum, decimals, step) — the editable inputs, in the order shown; the money fields' range and
# step are in US dollars here and follow the currency shown (`money_bounds`, `money_step`)
FIELDS = (
    ("tokens_per_month", 0.1, 100_000, 1, 1),  # shown in millions
    ("hours_per_day", 0.5, 24, 1, 1),
    ("electricity_price_per_kwh", 0.001, 10, 3, 0.01),
    ("power_watts", 1, 5000, 0, 10),
    ("idle_watts", 0, 2000, 0, 5),
    ("tokens_per_second", 0.1, 10_000, 1, 1),
    ("hardware_cost", 0, 1_000_000, 0, 50),
    ("lifetime_years", 0.5, 15, 1, 0.5),
    ("api_price_input", 0, 1000, 3, 0.1),  # per million tokens: 0.075 must not round to 0.08
    ("api_price_output", 0, 1000, 3, 0.1),
    ("api_fixed_per_month", 0, 100_000, 2, 1),  # a subscription (ChatGPT Plus): a flat fee, whatever the tokens
)
_MILLION = 1e6
_CHOSEN_BY_THE_BOXES = {"currency", "usd_rate"}  # never carried over as a typed value: the currency box decides
_REMEMBERED = {
    "electricity_price_per_kwh": "costs/electricity_price",
    "tokens_per_month": "costs/tokens_per_month",
    "hours_per_day": "costs/hours_per_day",
}


_MAX_REMEMBERED_PRICE = 1e6  # per kWh, in any currency (a Colombian kWh is about 900 pesos)


def _rememberable(name: str, value: float) -> bool:
    """Whether a remembered `value` fits its field: finite, and inside the field's range (tokens are kept whole, the
    field shows millions; a price is in the currency it was typed in, so only a loose bound applies)."""
    if not math.isfinite(value):
        return False
    if name == "electricity_price_per_kwh":  # at least the field's smallest (in US dollars, the cheapest unit)
        return USD_BOUNDS[name][0] <= value <= _MAX_REMEMBERED_PRICE
    low, high = next((lo, hi) for field, lo, hi, _d, _s in FIELDS if field == name)
    shown = value / _MILLION if name == "tokens_per_month" else value
    return low <= shown <= high


def _money(value: float, currency: str) -> str:
    """An amount with its currency's decimals (4,35 EUR, 23.539 COP): the core's rule, as the CLI and report
    write it."""
    return wording.say().money(value, currency)


def _per_million(value: float, currency: str) -> str:
    """A price per million tokens: 0,435 EUR, 2,50 EUR, 0,0075 EUR, 23.539 COP (the core's rule, as the CLI and
    report write it)."""
    return wording.say().money(value, currency, "price_per_million")


class CurrencyValidator(QValidator):
    """Only a currency we have a rate for can stand in the box: letters are upper-cased, a keystroke that leads to
    no known code is refused, and a code left unfinished is completed when one code starts that way ("EU" → "EUR"),
    else put back to the code in use."""

    def __init__(self, codes: Sequence[str], current: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.codes = tuple(codes)
        self._current = current

    def validate(self, text: str, pos: int) -> object:
        code = text.strip().upper()
        if code in self.codes:
            return QValidator.State.Acceptable, code, pos
        if any(known.startswith(code) for known in self.codes):
            return QValidator.State.Intermediate, code, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        code = text.strip().upper()
        matches = [known for known in self.codes if known.startswith(code)] if code else []
        return matches[0] if len(matches) == 1 else self._current()


def _plain(value: float, spin: QDoubleSpinBox) -> str:
    """`value` with no thousands sign and no trailing zeros, in the field's decimal sign: "1500", "1,5"."""
    text = f"{value:.{spin.decimals()}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(".", spin.locale().decimalPoint())


class CostsPage(Page):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._generation = 0
        self._bad_currency = False  # the error shown is about an unknown currency code
        self._loading = False  # new defaults (a country, a currency, a benchmark) are being computed
        self._chart: Any | None = None
        self._inputs: Any | None = None
        self._shown: dict[str, float] = {}
        self._series: Any | None = None
        self._region_seen = i18n.current_region()  # the app's region the country followed last
        self._inputs_currency: str | None = None  # the currency the fields' amounts were last filled in
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)

        self.inputs_box = QGroupBox(self)
        fields_column = QWidget(self)  # the inputs scroll inside their box where the window is too short for them
        form = QFormLayout(fields_column)
        form.setContentsMargins(0, 0, 0, 0)
        self.inputs_scroll = ColumnScroll(fields_column, self.inputs_box)
        QVBoxLayout(self.inputs_box).addWidget(self.inputs_scroll)
        table = bundled_table()
        self._countries = table.countries
        saved_country = str(self.settings.value("costs/country", "") or "") if self.settings is not None else ""
        self._country_user: str | None = saved_country if saved_country in self._countries else None
        self.country = RegionBox(self._countries, self._country() or "", self)
        self.country_label = self.country.label
        # where the electricity price comes from, in the user's language: under the country, across the whole box
        # (its reliability and date are what a user checks, and the field column is too narrow for them)
        self._source_sentences: dict[tuple[str, str], list[str]] = {}
        self.country_source = SourceLabel(self._every_country_source, self)
        self.country_source.setStyleSheet("color: #5f6368")
        form.addRow(self.country_label, self.country)
        form.addRow(self.country_source)
        self.country.chosen.connect(self._country_chosen)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(bundled_rates().codes)
        self.currency_label = QLabel(self)
        self.currency_label.setBuddy(self.currency)
        form.addRow(self.currency_label, self.currency)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.field_problems: dict[str, QLabel] = {}  # what a field could not take, said next to it
        self._problem_codes: dict[str, str] = {}  # why, as the field said it: worded again in a new language
        for name, low, high, decimals, step in FIELDS:
            spin = CheckedSpinBox(self)
            spin.setRange(low, high)
            spin.setDecimals(decimals)
            spin.setSingleStep(step)
            spin.setKeyboardTracking(False)
            label = QLabel(self)
            label.setBuddy(spin)
            problem = QLabel(self)
            problem.setStyleSheet("color: #b3261e")
            problem.setWordWrap(True)
            problem.hide()
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(spin)
            column.addWidget(problem)
            if name in USD_BOUNDS:  # amounts of money grouped as the table beside them: 3.517,50 ARS
                spin.setGroupSeparatorShown(True)
            if name == "tokens_per_month":  # fewer than the usual default: why, said beside the field (as the CLI)
                self.usage_hint = QLabel(self)
                self.usage_hint.setWordWrap(True)
                self.usage_hint.setStyleSheet("color: #5f6368")
                self.usage_hint.hide()
                column.addWidget(self.usage_hint)
            if name == "api_fixed_per_month":  # a fee under any paid plan: a price in dollars typed in pesos
                self.fee_hint = QLabel(self)
                self.fee_hint.setWordWrap(True)
                self.fee_hint.setStyleSheet("color: #b3261e")
                self.fee_hint.hide()
                column.addWidget(self.fee_hint)
            if name == "hardware_cost":  # 0 is "already owned" or "no price given", said beside it, never silent
                self.hardware_hint = QLabel(self)
                self.hardware_hint.setWordWrap(True)
                self.hardware_hint.setStyleSheet("color: #5f6368")
                self.hardware_hint.hide()
                column.addWidget(self.hardware_hint)
            form.addRow(label, cell)
            self.spins[name], self.labels[name], self.field_problems[name] = spin, label, problem
            spin.valueChanged.connect(lambda _v, n=name: self._edited(n))
            spin.problem.connect(lambda code, n=name: self._field_problem(n, code))
        # a code is applied when it is finished (Enter, leaving the box, or picked from the list), never per
        # keystroke: recomputing mid-typing rewrote the box under the user's fingers ("EUR" became "USDUR"); and only
        # a code with a rate can be typed at all
        self.currency.setValidator(CurrencyValidator(bundled_rates().codes, self._currency_in_use, self))
        self._currency_typing = False  # the user is typing a code: it is applied when finished
        currency_edit = self.currency.lineEdit()
        assert currency_edit is not None  # an editable combo box has one
        self.currency_edit = currency_edit
        currency_edit.textEdited.connect(lambda _t: setattr(self, "_currency_typing", True))
        self.currency.activated.connect(lambda _i: self._currency_finished())
        currency_edit.editingFinished.connect(self._currency_finished)
        self.currency.currentTextChanged.connect(lambda _t: self._currency_set())
        self.api_combo = QComboBox(self)
        self.api_combo.setEditable(True)
        self.api_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.api_combo.setMinimumContentsLength(18)
        self.api_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer, api_edit = self.api_combo.completer(), self.api_combo.lineEdit()
        assert completer is not None and api_edit is not None  # an editable combo box has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.api_combo.activated.connect(lambda _i: self._api_model_chosen())
        api_edit.editingFinished.connect(self._api_model_chosen)
        self.api_combo_label = QLabel(self)
        self.api_combo_label.setBuddy(self.api_combo)
        form.insertRow(3, self.api_combo_label, self.api_combo)  # after the country, its source and the currency
        self._api_models_loaded = False

        self.results_box = QGroupBox(self)
        grid = QGridLayout(self.results_box)
        self.head_local, self.head_api = QLabel(self), QLabel(self)
        self.row_month, self.row_million = QLabel(self), QLabel(self)
        self.local_month, self.api_month = QLabel(self), QLabel(self)
        self.local_million, self.api_million = QLabel(self), QLabel(self)
        for w in (self.head_local, self.head_api):
            w.setStyleSheet("font-weight: bold")
        grid.addWidget(self.head_local, 0, 1)
        grid.addWidget(self.head_api, 0, 2)
        grid.addWidget(self.row_month, 1, 0)
        grid.addWidget(self.local_month, 1, 1)
        grid.addWidget(self.api_month, 1, 2)
        grid.addWidget(self.row_million, 2, 0)
        grid.addWidget(self.local_million, 2, 1)
        grid.addWidget(self.api_million, 2, 2)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-weight: bold")
        grid.addWidget(self.verdict, 3, 0, 1, 3)
        self.dates = QLabel(self)
        self.dates.setWordWrap(True)
        self.dates.setStyleSheet("color: #5f6368")
        grid.addWidget(self.dates, 4, 0, 1, 3)

        self.chart_holder = QWidget(self)
        self.chart_holder.setMinimumHeight(200)
        self._chart_layout = QVBoxLayout(self.chart_holder)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)

        # the usage is more than this machine generates in the hours it is on: said above the totals it cannot reach
        self.capacity_warning = QLabel(self)
        self.capacity_warning.setWordWrap(True)
        self.capacity_warning.setStyleSheet("color: #b3261e; font-weight: bold")
        self.capacity_warning.hide()

        right = QVBoxLayout()
        right.addWidget(self.capacity_warning)
        right.addWidget(self.results_box)
        right.addWidget(self.chart_holder, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.inputs_box, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(columns, 1)
        saved = self.settings.value("costs/currency", "") if self.settings is not None else ""
        # a remembered currency this version has no rate for (a newer version's, a hand edit, a list) is dropped:
        # the country's currency then, never a page that cannot compute
        saved = saved if isinstance(saved, str) and saved.strip().upper() in bundled_rates().codes else ""
        if saved:
            self.currency.setCurrentText(str(saved))
        self._currency_choice: str | None = str(saved).strip().upper() if saved else None  # the user's currency
        # (profile, benchmark, context, minimum speed) the defaults were computed from: the last two pick the model
        self._based_on: tuple[Any, Any, int, float] | None = None
        self._costed_what_if = False  # that profile was the what-if (hardware being considered, not this computer)
        self.retranslate()

    def initializePage(self) -> None:
        if self._inputs is None or self._based_on != self._basis():
            # new hardware, a new benchmark, or another context or minimum speed on the Recommendation page (another
            # model may be recommended) changes the defaults; the user's edits stay
            self.load_defaults()
        if not self._api_models_loaded:
            self._api_models_loaded = True
            list_models = self.services.list_api_models
            self.runner.start(
                "api models",
                lambda ctx: [m.ref for m in list_models() if not m.deprecated],
                on_done=self._api_models_listed,
            )

    def _country(self) -> str | None:
        """The country of the comparison: the one picked here, else the app's region when the table has it; None lets
        the core say what it assumed (`_region_without_data`, else the system's region, else its fallback)."""
        if self._country_user is not None:
            return self._country_user
        region = i18n.current_region()
        return region if region in self._countries else None

    def _region_without_data(self) -> str | None:
        """The app's region (Welcome page) where the electricity table has no row for it and no country is picked
        here: the core reads it before the system's locale and says it has no data for it (app review: Uruguay
        picked, and the price was the United States' "from the system's region", or Mexico's on a Mexican system)."""
        region = i18n.current_region()
        return region if region and self._country() is None else None

    def _currency_in_use(self) -> str:
        return self._inputs.currency if self._inputs is not None else self.currency.itemText(0)

    def _api_models_listed(self, refs: list[str]) -> None:
        current = self.api_combo.currentText()
        self.api_combo.blockSignals(True)
        self.api_combo.clear()
        self.api_combo.addItems(refs)
        self.api_combo.setCurrentText(current)
        self.api_combo.blockSignals(False)

    def _api_model_chosen(self) -> None:
        ref = self.api_combo.currentText().strip()
        if self._inputs is None or not ref or ref == self._inputs.api_model_id:
            return
        if ref == api_label(wording.say(), self._inputs.api_model_id or ""):  # "a subscription", as shown
            return
        self._apply({"api_model_id": ref})  # the core's rule: priced from the data; typed prices and a fee go

    # ------------------------------------------------------------------ work
    def _basis(self) -> tuple[Any, Any, int, float]:
        """What the defaults rest on: the machine, its benchmark, and the context and minimum speed the recommended
        model is sized at (the Recommendation page's)."""
        return (self.state.profile, self.state.benchmark, self.state.context, self.state.min_tokens_per_second)

    def load_defaults(self, *, new_country: bool = False) -> None:
        """The inputs from this machine's defaults in the country and currency shown, with the user's values on top.

        Amounts of money the user typed follow a currency switch, converted once at the bundled rates (the core's
        `in_currency`); a `new_country` brings its own electricity price, so the one typed goes."""
        profile, measured = self.state.profile, self.state.benchmark
        what_if = self.state.what_if_active
        # a price typed for one machine is not another's: it goes when the machine costed changes to or from a
        # what-if (the computer being considered), and stays for a new benchmark of the same machine
        other_machine = self._based_on is not None and self._based_on[0] is not profile
        new_price = other_machine and (what_if or self._costed_what_if)
        self._based_on = self._basis()
        self._costed_what_if = what_if
        currency = self._currency_choice  # never the box's text: it may be half typed
        country = self._country()
        from_region = self._country_user is None  # the app's region: said so, never "you entered it"
        region = self._region_without_data()
        previous = self._inputs
        typed = {**self._user_edits(), **self._edits()}  # what is typed and not yet computed counts too
        self._debounce.stop()
        if previous is None:
            typed = {**self._remembered(), **typed}  # the first time: what was typed in an earlier session
        if new_country:
            typed.pop("electricity_price_per_kwh", None)
        if new_price:
            typed.pop("hardware_cost", None)
            typed.pop("resale_value", None)
        money = {name: value for name, value in typed.items() if name in MONEY_INPUTS}
        others = {name: value for name, value in typed.items() if name not in MONEY_INPUTS}
        if {"api_price_input", "api_price_output"} & money.keys() and "api_model_id" in others:
            money["api_model_id"] = others.pop("api_model_id")  # typed prices stay the named model's
        money_currency = previous.currency if previous is not None else None
        default_inputs, compare, series = (
            self.services.default_cost_inputs,
            self.services.compare_costs,
            self.services.cumulative_series,
        )
        # the model the Recommendation page recommends at its context and minimum speed, as `cost --context` and the
        # report cost it (a 32K context may pick a smaller model than the 4,096 tokens the costs assumed alone)
        default_inputs = functools.partial(
            default_inputs,
            context=self.state.context,
            min_tokens_per_second=self.state.min_tokens_per_second,
            **({"region": region} if region else {}),
        )
        self.error.clear()

        def work(ctx: Any) -> tuple[Any, Any, Any]:
            from advisor.core.costs.resolve import apply_user_values, in_currency, resolve_inputs

            inputs = resolve_inputs(  # which figure wins: decided in the core
                profile,
                hardware_file=what_if,
                measured=measured,
                country=country,
                country_is_region=from_region,
                currency=currency,
                user=others,
                defaults=default_inputs,
            )
            if money:
                inputs = apply_user_values(
                    inputs, in_currency(money, money_currency or inputs.currency, inputs.currency)
                )
            return inputs, compare(inputs), series(inputs)

        self._loading = True
        self._start(work)

    def _user_edits(self) -> dict[str, Any]:
        """What the user typed into the current inputs (the currency and its rate are the currency box's)."""
        if self._inputs is None:
            return {}
        names = {f.name for f in fields(self._inputs)} - _CHOSEN_BY_THE_BOXES
        edited = {o.input for o in self._inputs.origins if o.code == "user"} & names
        return {name: getattr(self._inputs, name) for name in edited}

    def _remembered(self) -> dict[str, float]:
        """What was typed in an earlier session, as the settings file keeps it; a value its field could not hold
        (a hand-edited, damaged or other version's file: inf, nan, -1, 1e308) is dropped, never fed to the costs."""
        if self.settings is None:
            return {}
        out = {}
        for name, key in _REMEMBERED.items():
            value = self.settings.value(key)
            try:
                number = float(value) if value not in (None, "") else None
            except (TypeError, ValueError, OverflowError):
                continue
            if number is not None and _rememberable(name, number):
                out[name] = number
        return out

    def _start(self, work: Callable[[Any], tuple[Any, Any, Any]]) -> None:
        self._generation += 1
        generation = self._generation
        self.runner.start(
            "costs", work, on_done=lambda r: self._done(generation, r), on_failed=lambda e: self._failed(generation, e)
        )  # replaces a run under way

    def recompute(self) -> None:
        if self._inputs is None:
            return
        if self._loading:  # new defaults are on their way: an edit joins them rather than replacing them
            self.load_defaults()
            return
        edits: dict[str, Any] = dict(self._edits())
        if {"api_price_input", "api_price_output"} & edits.keys():
            # the prices typed are the shown model's; a subscription's name is no model's: "your own prices"
            shown = self._inputs.api_model_id
            edits["api_model_id"] = None if shown == SUBSCRIPTION_API else shown
        elif "api_fixed_per_month" in edits:  # a subscription: the fee is its whole price (the core's rule)
            current = self._inputs
            flat = bool(current.api_fixed_per_month) and not (current.api_price_input or current.api_price_output)
            if flat and edits["api_fixed_per_month"] == 0:  # no fee, no comparison: back to the default API
                edits.pop("api_fixed_per_month")
                edits["api_model_id"] = DEFAULT_API_MODEL
            elif flat:  # the subscription shown keeps its name ("Hosted Llama (flat)", "a subscription")
                edits["api_model_id"] = current.api_model_id
        self._apply(edits)

    def _apply(self, user: dict[str, Any]) -> None:
        """Recompute with the user's values on the current inputs, by the core's rules (`apply_user_values`)."""
        current, compare, series = self._inputs, self.services.compare_costs, self.services.cumulative_series
        if current is None:
            return

        def work(ctx: Any) -> tuple[Any, Any, Any]:
            from advisor.core.costs.resolve import apply_user_values

            inputs = apply_user_values(current, user)
            return inputs, compare(inputs), series(inputs)

        self._start(work)

    def _edits(self) -> dict[str, float]:
        """The inputs whose field differs from what was last shown (API prices go in pairs: the core needs both)."""
        edits: dict[str, float] = {}
        if not self._shown:
            return edits
        for name, spin in self.spins.items():
            if abs(spin.value() - self._shown.get(name, spin.value())) > 10 ** -(spin.decimals() + 1):
                edits[name] = spin.value() * (_MILLION if name == "tokens_per_month" else 1)
        if {"api_price_input", "api_price_output"} & edits.keys():
            edits["api_price_input"] = self.spins["api_price_input"].value()
            edits["api_price_output"] = self.spins["api_price_output"].value()
        return edits

    def _field_problem(self, name: str, code: str) -> None:
        """Say, next to the field, why what was typed was not taken (the field keeps its last good value), with the
        range in the field's unit (a money field's currency)."""
        label, spin = self.field_problems[name], self.spins[name]
        if not code:
            self._problem_codes.pop(name, None)
            label.clear()
            label.hide()
            return
        self._problem_codes[name] = code
        low, high = (
            fmt.number(x, 0 if float(x).is_integer() else spin.decimals()) + spin.suffix()
            for x in (spin.minimum(), spin.maximum())
        )
        if code == "out_of_range":
            text = self.tr("Not taken: the value must be between {low} and {high}.").format(low=low, high=high)
        elif code == "ambiguous" and isinstance(spin, CheckedSpinBox):  # "1.500": thousands here, 1.5 elsewhere
            typed, first, second = spin.ambiguity
            text = self.tr(
                "Not taken: {typed} reads as {first} here, which is not between {low} and {high}. If you meant "
                "{second}, write it that way."
            ).format(
                typed=typed,
                first=_plain(first, spin) + spin.suffix(),  # 1500, 1,5: no sign that could be read either way
                second=_plain(second, spin) + spin.suffix(),
                low=low,
                high=high,
            )
        else:
            text = self.tr(
                "Not taken: write a number between {low} and {high} (a decimal point or comma are both fine)."
            ).format(low=low, high=high)
        label.setText(text)
        label.show()

    def _clear_problems(self, names: Iterable[str] | None = None) -> None:
        """The fields' "not taken" lines go (all of them, or those `names`): what they said no longer applies."""
        for name in list(self._problem_codes if names is None else names):
            self._field_problem(name, "")

    def _edited(self, name: str) -> None:
        if self._inputs is None or self.spins[name].signalsBlocked():
            return
        self._clear_problems([name])  # the field holds a good value again
        if self.settings is not None and name in _REMEMBERED:
            factor = _MILLION if name == "tokens_per_month" else 1
            self.settings.setValue(_REMEMBERED[name], self.spins[name].value() * factor)
        self._debounce.start()

    def _currency_set(self) -> None:
        """A code set by the program (a saved one, a choice from the list): applied at once; a typed one waits."""
        if not self._currency_typing:
            self._currency_changed()

    def _currency_finished(self) -> None:
        self._currency_typing = False
        self._currency_changed()

    def _currency_changed(self) -> None:
        code = self.currency.currentText().strip().upper()
        if self._inputs is not None and code == self._inputs.currency:
            if self._bad_currency:  # back to the currency shown: the message about the unknown one goes
                self._bad_currency = False
                self.error.clear()
            return
        if len(code) != 3 or (self._inputs is None and not self._bad_currency and not self._loading):
            return
        self._currency_choice = code
        self.load_defaults()  # what was typed follows, converted; remembered in _done, once the code is known good

    def _country_chosen(self, code: str) -> None:
        """A country picked here: its electricity price (the one typed or remembered goes) and, unless the user chose
        a currency, its currency; remembered once it worked."""
        self._country_user = code
        self._clear_problems()  # a new country brings new figures: what an old one refused no longer applies
        if self.settings is not None:
            self.settings.remove(_REMEMBERED["electricity_price_per_kwh"])
        if self._inputs is not None or self._loading or self._bad_currency:
            self.load_defaults(new_country=True)

    def _follow_region(self) -> None:
        """The app's region changed (Welcome page): a country not picked here follows it."""
        region = i18n.current_region()
        if region == self._region_seen:
            return
        self._region_seen = region
        if self._country_user is None:
            self._clear_problems()
            self.country.set_region(self._country() or "")
            if self._inputs is not None:
                self.load_defaults(new_country=True)

    def _done(self, generation: int, result: tuple[Any, Any, Any]) -> None:
        if generation != self._generation:
            return
        inputs, comparison, series = result
        self._inputs = inputs
        self._loading = False
        self._bad_currency = False
        self._remember_currency(inputs.currency)
        if self.settings is not None and self._country_user is not None:
            self.settings.setValue("costs/country", self._country_user)
        self.state.set_costs(inputs, comparison)
        self._fill_inputs(inputs, comparison)
        self._show(comparison)
        self._series = series
        self._show_chart(series)

    def _remember_currency(self, code: str) -> None:
        """Save a currency the user chose only once it worked: a bad code saved would break the page at every start.
        The remembered electricity price was in the old currency, so it goes."""
        if self.settings is None or self._currency_choice is None or self.settings.value("costs/currency", "") == code:
            return
        self.settings.remove(_REMEMBERED["electricity_price_per_kwh"])
        self.settings.setValue("costs/currency", code)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, Cancelled):
            return
        self._loading = False
        from advisor.core.names import UnknownNameError

        if isinstance(error, UnknownNameError) and error.kind == "currency":  # no Retry: they pick another one
            self._bad_currency = True
            # the code that failed is not kept as the user's choice: the next computation uses the one shown
            shown = self._inputs
            chosen = shown.origin("currency") if shown is not None else None
            self._currency_choice = shown.currency if shown is not None and chosen and chosen.code == "user" else None
            self.error.show_error(
                self.tr("There is no exchange rate for {code}. Choose one of: {known}.").format(
                    code=error.name, known=", ".join(error.known)
                ),
                None,
            )
            return
        if isinstance(error, UnknownNameError) and error.kind == "api_model":  # typed in the box: no Retry either
            text = self.tr("There is no published per-token price for the API model “{name}”.").format(name=error.name)
            if error.suggestions:
                text += " " + self.tr("Did you mean: {names}?").format(names=", ".join(error.suggestions))
            self.error.show_error(text, None)
            return
        self.show_error(
            self.tr("The costs could not be computed."),
            error,
            self.recompute if self._inputs is not None else self.load_defaults,
        )

    # ------------------------------------------------------------------ display
    def _fill_inputs(self, inputs: Any, comparison: Any) -> None:
        prices = {
            "api_price_input": comparison.api.price_input_per_million,
            "api_price_output": comparison.api.price_output_per_million,
        }
        if self._inputs_currency is not None and self._inputs_currency != inputs.currency:
            self._clear_problems(USD_BOUNDS)  # their range was in the other currency
        self._inputs_currency = inputs.currency
        rate = getattr(inputs, "usd_rate", 1.0)
        for name, spin in self.spins.items():
            value = prices[name] if name in prices else getattr(inputs, name, None)
            shown = (value or 0) / (_MILLION if name == "tokens_per_month" else 1)
            spin.blockSignals(True)
            if name in USD_BOUNDS:  # in the currency shown, and never narrower than the figure the totals use
                spin.setDecimals(
                    money_decimals(name, rate, inputs.currency)
                )  # a peso's cents, never a thousandth of one
                if isinstance(spin, CheckedSpinBox):  # written as the labels and the report write the figure
                    kind, currency = COST_INPUT_KINDS.get(name, "money"), inputs.currency
                    spin.shown_decimals = lambda v, kind=kind, currency=currency: figure_decimals(v, kind, currency)
                low, high = money_bounds(name, rate, shown)
                smallest = 10.0 ** -spin.decimals()  # what the field can write (0.0005 EUR would show as 0)
                spin.setRange(smallest if 0 < low < smallest else low, high)
                spin.setSingleStep(max(money_step(name, rate), smallest))  # 1,000 MXN on a computer, not 50
            spin.setValue(shown)
            spin.blockSignals(False)
            if name in self._shown and spin.value() != self._shown[name]:
                self._clear_problems([name])  # a new figure stands in the field
            self._shown[name] = spin.value()
        if not (self._currency_typing and self.currency_edit.hasFocus()):  # never rewrite what is being typed
            self.currency.blockSignals(True)
            self.currency.setCurrentText(inputs.currency)
            self.currency.blockSignals(False)
        country = inputs.origin("country") if hasattr(inputs, "origin") else None
        if country is not None and country.values.get("country"):
            self.country.set_region(str(country.values["country"]))
        self.api_combo.blockSignals(True)
        shown_api = inputs.api_model_id or comparison.api.model
        # prices or a fee typed without a name: "your own prices", "a subscription", never the internal label
        self.api_combo.setCurrentText(api_label(wording.say(), shown_api))
        self.api_combo.blockSignals(False)
        for name in (
            "electricity_price_per_kwh",
            "hardware_cost",
            "api_price_input",
            "api_price_output",
            "api_fixed_per_month",
        ):
            self.spins[name].setSuffix(f" {inputs.currency}")
        self._set_origin_tooltips(inputs)
        self._show_country_source(inputs)
        self._show_hardware_hint(inputs)
        self._show_usage_hint(inputs)
        self._show_fee_hint(inputs)

    def _show_fee_hint(self, inputs: Any) -> None:
        """Under the subscription: a fee under what any paid plan costs is a price read in the wrong currency
        (`bounds.below_any_plan`; the CLI refuses it): what it is in dollars, and what the same figure in dollars
        would be here (newcomer round: ChatGPT Plus's 20 typed in Argentina was 20 ARS)."""
        fee = float(getattr(inputs, "api_fixed_per_month", 0) or 0)
        rate = float(getattr(inputs, "usd_rate", 1) or 1)
        rate = rate if math.isfinite(rate) and rate > 0 else 1.0
        # in dollars there is no other currency the figure could have meant
        low = inputs.currency != "USD" and below_any_plan(fee, rate)
        self.fee_hint.setText(
            self.tr(
                "{fee} {currency} a month is about {usd} USD, less than any paid plan costs: a plan priced in "
                "dollars is {dollars} {currency} here."
            ).format(
                fee=fmt.number(fee, 2),
                currency=inputs.currency,
                usd=fmt.number(fee / rate, 2),
                dollars=fmt.number(fee * rate, 2),
            )
            if low
            else ""
        )
        self.fee_hint.setVisible(low)

    def _show_usage_hint(self, inputs: Any) -> None:
        """Under the tokens per month: a default lowered to what this machine can generate says so, and why (the
        origin the CLI prints beside the figure)."""
        origin = inputs.origin("tokens_per_month") if hasattr(inputs, "origin") else None
        lowered = origin is not None and origin.code == "default_usage_capacity"
        self.usage_hint.setText(
            self.tr("Lowered from {usual} million: {why}.").format(
                usual=fmt.number(DEFAULT_TOKENS_PER_MONTH / _MILLION, 0),
                why=wording.cost_origin(origin.code, origin.values, inputs.currency),
            )
            if lowered and origin is not None
            else ""
        )
        self.usage_hint.setVisible(lowered)

    def _show_hardware_hint(self, inputs: Any) -> None:
        """Beside the hardware cost: a 0 is the computer counted as already owned, and how to count buying it; for
        hardware being considered (the what-if: `costs.ownership`), no price yet, the field asking for it."""
        from advisor.core.costs.model import hardware_priced

        zero = getattr(inputs, "hardware_cost", None) == 0
        unpriced = zero and hasattr(inputs, "origin") and not hardware_priced(inputs)
        if unpriced:
            text = self.tr(
                "Not counted: the price of the hardware you are considering is not known. Type it to see when it "
                "pays for itself."
            )
        else:
            text = self.tr("Counted as already owned (0). Enter what it cost to count buying it.") if zero else ""
        self.hardware_hint.setText(text)
        self.hardware_hint.setVisible(zero)
        # an empty-looking field that asks for the price, rather than a 0 that reads as "free"
        self.spins["hardware_cost"].setSpecialValueText(self.tr("type its price") if unpriced else "")

    def _every_country_source(self) -> list[str]:
        """Each country's electricity-source sentence in each currency the page may show it in (every country's own
        and the one shown now), in the app's language: what the line under the country must have room for, whichever
        country is chosen next. Kept per language and shown currency."""
        currency = self.state.costs.inputs.currency if self.state.costs is not None else "USD"
        key = (i18n.current_language(), currency)
        if key not in self._source_sentences:
            table = bundled_table()
            currencies = {table.lookup(c).local_currency for c in self._countries} | {currency}
            origins = [electricity_origin(country) for country in self._countries]
            self._source_sentences[key] = [
                wording.cost_origin(o.code, o.values, money) for o in origins for money in sorted(currencies)
            ]
        return self._source_sentences[key]

    def _show_country_source(self, inputs: Any) -> None:
        """Under the country: where its electricity price comes from (the catalogue's sentence, in the user's language
        and numbers), or what was assumed when there is no country."""
        origin = inputs.origin("electricity_price_per_kwh") if hasattr(inputs, "origin") else None
        country = inputs.origin("country") if hasattr(inputs, "origin") else None
        lines = []
        if country is not None and country.code in ("country_fallback", "country_not_in_table"):
            values = dict(country.values)
            if values.get("locale_country"):
                values["locale_country"] = region_name(str(values["locale_country"]))
            lines.append(wording.cost_origin(country.code, values, inputs.currency))
        if origin is not None and origin.code == "country_table":
            lines.append(wording.cost_origin(origin.code, origin.values, inputs.currency))
        elif origin is not None and origin.code == "user":
            lines.append(f"{wording.cost_input('electricity_price_per_kwh')}: {wording.cost_origin('user')}")
        self.country_source.setText("\n".join(lines))
        self.country_source.setVisible(bool(lines))
        self.country_source.reserve()

    def _set_origin_tooltips(self, inputs: Any) -> None:
        for name, spin in self.spins.items():
            base = self._tooltips().get(name, "")
            origin = inputs.origin(name) if hasattr(inputs, "origin") else None
            source = (
                self.tr("Source: {where}").format(
                    where=wording.cost_origin(origin.code, origin.values, getattr(inputs, "currency", ""))
                )
                if origin
                else ""
            )
            spin.setToolTip(f"{base}\n{source}" if source else base)

    def _show(self, c: Any) -> None:
        from advisor.core.messages import costs as cost_words

        cur = c.currency
        over = c.break_even.kind == "over_capacity"  # the core's verdict: this machine cannot keep up
        self.capacity_warning.setText(
            cost_words.over_capacity(wording.say(), c.local.hours_per_day_needed, c.inputs.hours_per_day)
            if over
            else ""
        )
        self.capacity_warning.setVisible(over)
        local_total = _money(c.local.total_per_month, cur)
        self.local_month.setText(
            self.tr("{amount} (not achievable here)").format(amount=local_total) if over else local_total
        )
        self.local_month.setToolTip(
            self.tr("Electricity {electricity} + hardware {hardware} per month").format(
                electricity=_money(c.local.electricity_per_month, cur),
                hardware=_money(c.local.amortisation_per_month, cur),
            )
        )
        self.api_month.setText(_money(c.api.total_per_month, cur))
        self.api_month.setToolTip(
            self.tr("{model}: {input} input + {output} output per million tokens").format(
                model=c.api.model,
                input=_per_million(c.api.price_input_per_million, cur),
                output=_per_million(c.api.price_output_per_million, cur),
            )
        )
        self.local_million.setText(_per_million(c.local.cost_per_million_tokens, cur))
        self.local_million.setToolTip(self.tr("What one million generated tokens cost you locally."))
        self.api_million.setText(_per_million(c.api.cost_per_million_tokens, cur))
        self.api_million.setToolTip(self.tr("What one million tokens cost through the API, at your input/output mix."))
        if over:
            verdict = self.tr("Break-even: {verdict}").format(
                verdict=cost_words.break_even(wording.say(), c.break_even.kind, None, c.break_even.lifetime_years)
            )
        elif c.break_even.kind == "past_lifetime":  # the core's verdict (`costs.BreakEven`)
            verdict = self.tr(
                "The hardware would pay for itself only after {months} months, beyond its "
                "{years}-year lifetime: in practice, never."
            ).format(months=fmt.number(c.break_even.months, 1), years=fmt.number(c.break_even.lifetime_years, 1))
        elif c.break_even.kind == "months":
            verdict = self.tr("The hardware pays for itself after {months} months.").format(
                months=fmt.number(c.break_even.months, 1)
            )
        elif c.savings_per_month >= 0 and c.break_even.kind == "unpriced":  # hardware considered, price not given
            verdict = cost_words.unpriced_saving(wording.say(), _money(c.savings_per_month, cur), "app")
        elif c.savings_per_month > 0 and c.break_even.kind == "at_once":  # no hardware price counted: said so
            verdict = self.tr(
                "Running it locally saves {amount} a month, with no hardware cost counted: the computer is counted "
                "as already owned."
            ).format(amount=_money(c.savings_per_month, cur))
        elif c.savings_per_month > 0:
            verdict = self.tr("Running it locally saves {amount} a month.").format(
                amount=_money(c.savings_per_month, cur)
            )
        else:
            verdict = self.tr("The API is cheaper by {amount} a month at this usage.").format(
                amount=_money(-c.savings_per_month, cur)
            )
        self.verdict.setText(verdict)
        self.verdict.setToolTip(self.tr("Break-even = hardware price ÷ (API per month − electricity per month)."))
        parts = []
        if c.api.price_date:
            parts.append(
                self.tr("API prices as of {date}").format(date=wording.long_date(c.api.price_date, after_of=True))
            )
        origin = c.inputs.origin("electricity_price_per_kwh") if hasattr(c.inputs, "origin") else None
        if origin is not None and origin.values.get("retrieved"):  # its source: under the country
            parts.append(
                self.tr("electricity prices as of {date}").format(
                    date=wording.long_date(str(origin.values.get("retrieved") or ""), after_of=True)
                )
            )
        rate = c.inputs.origin("usd_rate") if hasattr(c.inputs, "origin") else None
        as_of = rate.values.get("as_of") if rate is not None else None
        if c.api.price_currency != cur:  # converted once, in the core: the rate and its date said
            rate_text = cost_words.value_with_unit(wording.say(), "usd_rate", c.inputs.usd_rate, cur)
            if as_of:
                parts.append(
                    self.tr("API prices converted from {source} at {rate} (rate of {date})").format(
                        source=c.api.price_currency, rate=rate_text, date=wording.long_date(str(as_of), after_of=True)
                    )
                )
            else:
                parts.append(
                    self.tr("API prices converted from {source} at {rate}").format(
                        source=c.api.price_currency, rate=rate_text
                    )
                )
        elif hasattr(c.inputs, "table_rate_dates") and c.inputs.table_rate_dates():  # the oldest rate used
            parts.append(
                self.tr("exchange rate as of {date}").format(
                    date=wording.long_date(c.inputs.table_rate_dates()[0], after_of=True)
                )
            )
        self.dates.setText(" · ".join(parts))

    def _show_chart(self, series: Any) -> None:
        from advisor.qt.widgets.cost_chart import CostChart  # QtCharts loads only when this page is first shown

        if self._chart is None:
            self._chart = CostChart(self.chart_holder)
            self._chart_layout.addWidget(self._chart)
        # each API's line by its name as the page says it ("a subscription", never the internal label)
        say = wording.say()
        named = dataclasses.replace(
            series, apis=tuple(dataclasses.replace(line, label=api_label(say, line.label)) for line in series.apis)
        )
        self._chart.set_series(
            named, local_label=self.tr("Local"), title=self.tr("Cumulative cost"), month_label=self.tr("Months")
        )

    def _tooltips(self) -> dict[str, str]:
        return {
            "tokens_per_month": self.tr("Tokens you expect to use per month (input plus output), in millions."),
            "hours_per_day": self.tr("Hours a day the computer is switched on for this work."),
            "electricity_price_per_kwh": self.tr("Price of one kilowatt-hour on your bill, taxes included."),
            "power_watts": self.tr("Power the whole computer draws while generating."),
            "idle_watts": self.tr("Power the computer draws while on but not generating."),
            "tokens_per_second": self.tr(
                "Generation speed of the recommended model: from your benchmark when it measured that model, else "
                "the estimate."
            ),
            "hardware_cost": self.tr("What you pay for hardware for this; 0 if you already own the computer."),
            "lifetime_years": self.tr("Years over which the hardware is paid off."),
            "api_price_input": self.tr("API price per million input tokens."),
            "api_price_output": self.tr("API price per million output tokens."),
            "api_fixed_per_month": self.tr(
                "A flat monthly fee to compare with instead of prices per token (ChatGPT Plus: 20 USD); 0 for none."
            ),
        }

    def retranslate(self) -> None:
        self._follow_region()  # a region change reinstalls the language: this runs then too
        self.setTitle(self.tr("Costs"))
        self.setSubTitle(self.tr("Running it yourself against paying an API. Change any number."))
        self.inputs_box.setTitle(self.tr("Your numbers"))
        self.results_box.setTitle(self.tr("Per month"))
        self.currency_label.setText(self.tr("C&urrency:"))
        self.country_label.setText(self.tr("Countr&y:"))
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setToolTip(
            self.tr(
                "Sets the electricity price (from the bundled table, its source shown below) and the currency, "
                "unless you chose one. Starts as the country or region chosen on the Welcome page."
            )
        )
        self.api_combo_label.setText(self.tr("Compare &with:"))
        self.api_combo.setAccessibleName(self.tr("API model to compare with"))
        self.api_combo.setToolTip(
            self.tr(
                "Any API model with a published price (type to search), e.g. "
                "openai/gpt-4o-mini or anthropic/claude-sonnet-4-5."
            )
        )
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setToolTip(
            self.tr("Every amount on this page, in the chart and in the report is in this currency: {codes}.").format(
                codes=", ".join(bundled_rates().codes)
            )
        )
        names = {
            "tokens_per_month": self.tr("&Tokens per month (millions):"),
            "hours_per_day": self.tr("&Hours on per day:"),
            "electricity_price_per_kwh": self.tr("&Electricity per kWh:"),
            "power_watts": self.tr("&Power while generating (W):"),
            "idle_watts": self.tr("&Idle power (W):"),
            "tokens_per_second": self.tr("&Speed (tokens/s):"),
            "hardware_cost": self.tr("H&ardware cost:"),
            "lifetime_years": self.tr("&Lifetime (years):"),
            "api_price_input": self.tr("API input per 1&M tokens:"),
            "api_price_output": self.tr("API &output per 1M tokens:"),
            "api_fixed_per_month": self.tr("API subs&cription a month:"),
        }
        for name, text in names.items():
            self.labels[name].setText(text)
            self.spins[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        for name, tip in self._tooltips().items():
            self.spins[name].setToolTip(tip)
        for name, code in list(self._problem_codes.items()):  # said again in the new language and numbers
            self._field_problem(name, code)
        self.head_local.setText(self.tr("Local"))
        self.head_api.setText(self.tr("API"))
        self.row_month.setText(self.tr("Per month"))
        self.row_million.setText(self.tr("Per million tokens"))
        if self.state.costs is not None:
            self._show(self.state.costs)
            self._set_origin_tooltips(self.state.costs.inputs)
            self._show_country_source(self.state.costs.inputs)
            self._show_hardware_hint(self.state.costs.inputs)
            self._show_usage_hint(self.state.costs.inputs)
            self._show_fee_hint(self.state.costs.inputs)
        if self._series is not None:
            self._show_chart(self._series)
        shown_id = self._inputs.api_model_id if self._inputs is not None else None
        if shown_id in (
            CUSTOM_API,
            SUBSCRIPTION_API,
        ):  # its name in the new language (Enter on the old one was a model)
            self.api_combo.blockSignals(True)
            self.api_combo.setCurrentText(api_label(wording.say(), str(shown_id)))
            self.api_combo.blockSignals(False)
        self.chart_holder.setAccessibleName(self.tr("Cumulative cost chart"))
        self.chart_holder.setToolTip(
            self.tr(
                "Money spent over time: the local line starts at the hardware price, "
                "then adds electricity; the API line adds its monthly bill."
            )
        )
        self.chart_holder.setAttribute(Qt.WidgetAttribute.WA_AlwaysShowToolTips, True)
