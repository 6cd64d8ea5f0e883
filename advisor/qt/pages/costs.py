"""Costs: local (hardware + electricity) against an API, per month and per million tokens, break-even, a chart.

Every input is prefilled from the earlier pages (measured speed and power when a benchmark ran) and editable;
the currency, electricity price and usage are remembered.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
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

from advisor.qt import fmt, wording
from advisor.qt.pages.base import Page
from advisor.qt.tasks import Cancelled
from advisor.qt.widgets.checked_spin import CheckedSpinBox

_DEBOUNCE_MS = 250
CURRENCIES = ("USD", "EUR", "GBP", "MXN", "ARS", "COP", "CLP", "BRL", "PEN")
# (field, minimum, maximum, decimals, step) — the editable inputs, in the order shown
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
)
_MILLION = 1e6
_MONEY = {
    "electricity_price_per_kwh",
    "hardware_cost",
    "resale_value",
    "api_price_input",
    "api_price_output",
    "api_fixed_per_month",
    "usd_rate",
}
_REMEMBERED = {
    "electricity_price_per_kwh": "costs/electricity_price",
    "tokens_per_month": "costs/tokens_per_month",
    "hours_per_day": "costs/hours_per_day",
}


def _per_million(value: float, currency: str) -> str:
    """A price per million tokens: 0,150 EUR, and 0,0075 EUR where three decimals would round it away."""
    return f"{fmt.figure(value, 'price_per_million')} {currency}"


class CostsPage(Page):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._generation = 0
        self._bad_currency = False  # the error shown is about an unknown currency code
        self._task = None
        self._chart = None
        self._inputs: Any | None = None
        self._shown: dict[str, float] = {}
        self._series: Any | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)

        self.inputs_box = QGroupBox(self)
        form = QFormLayout(self.inputs_box)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency_label = QLabel(self)
        self.currency_label.setBuddy(self.currency)
        form.addRow(self.currency_label, self.currency)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.field_problems: dict[str, QLabel] = {}  # what a field could not take, said next to it
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
            form.addRow(label, cell)
            self.spins[name], self.labels[name], self.field_problems[name] = spin, label, problem
            spin.valueChanged.connect(lambda _v, n=name: self._edited(n))
            spin.problem.connect(lambda code, n=name: self._field_problem(n, code))
        # a code is applied when it is finished (Enter, leaving the box, or picked from the list), never per
        # keystroke: recomputing mid-typing rewrote the box under the user's fingers ("EUR" became "USDUR")
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self))
        self._currency_typing = False  # the user is typing a code: it is applied when finished
        self.currency.lineEdit().textEdited.connect(lambda _t: setattr(self, "_currency_typing", True))
        self.currency.activated.connect(lambda _i: self._currency_finished())
        self.currency.lineEdit().editingFinished.connect(self._currency_finished)
        self.currency.currentTextChanged.connect(lambda _t: self._currency_set())
        self.api_combo = QComboBox(self)
        self.api_combo.setEditable(True)
        self.api_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.api_combo.setMinimumContentsLength(18)
        self.api_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.api_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.api_combo.activated.connect(lambda _i: self._api_model_chosen())
        self.api_combo.lineEdit().editingFinished.connect(self._api_model_chosen)
        self.api_combo_label = QLabel(self)
        self.api_combo_label.setBuddy(self.api_combo)
        form.insertRow(0, self.api_combo_label, self.api_combo)
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
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)

        right = QVBoxLayout()
        right.addWidget(self.results_box)
        right.addWidget(self.chart_holder, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.inputs_box, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(columns, 1)
        saved = self.settings.value("costs/currency", "") if self.settings is not None else ""
        if saved:
            self.currency.setCurrentText(str(saved))
        self._currency_user_set = bool(saved)
        self._based_on: tuple[Any, Any] | None = None  # (profile, benchmark) the defaults were computed from
        self.retranslate()

    def initializePage(self) -> None:
        if self._inputs is None or self._based_on != (self.state.profile, self.state.benchmark):
            self.load_defaults()  # new hardware or a new benchmark changes the defaults; the user's edits stay
        if not self._api_models_loaded:
            self._api_models_loaded = True
            list_models = self.services.list_api_models
            self.runner.start(
                "api models",
                lambda ctx: [m.ref for m in list_models() if not m.deprecated],
                on_done=self._api_models_listed,
            )

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
        self._apply({"api_model_id": ref})  # the core's rule: priced from the data; typed prices and a fee go

    # ------------------------------------------------------------------ work
    def load_defaults(self, *, keep_money: bool = True, new_currency: bool = False) -> None:
        profile, measured = self.state.profile, self.state.benchmark
        self._based_on = (profile, measured)
        currency = self.currency.currentText().strip().upper() if self._currency_user_set else None
        remembered = {**self._remembered(), **self._user_edits(keep_money=keep_money)}
        if new_currency:
            remembered.pop("electricity_price_per_kwh", None)  # a price in the old currency
        default_inputs, compare, series = (
            self.services.default_cost_inputs,
            self.services.compare_costs,
            self.services.cumulative_series,
        )
        what_if = self.state.what_if_active
        self.error.clear()

        def work(ctx):
            from advisor.core.costs.resolve import resolve_inputs  # which figure wins: decided in the core

            inputs = resolve_inputs(
                profile,
                hardware_file=what_if,
                measured=measured,
                currency=currency,
                user=remembered,
                defaults=default_inputs,
            )
            return inputs, compare(inputs), series(inputs)

        self._start(work)

    def _user_edits(self, *, keep_money: bool) -> dict[str, Any]:
        """What the user typed into the current inputs (money amounts only while the currency stays)."""
        if self._inputs is None:
            return {}
        edited = {o.input for o in self._inputs.origins if o.code == "user"} & {f.name for f in fields(self._inputs)}
        if not keep_money:
            edited -= _MONEY
        return {name: getattr(self._inputs, name) for name in edited}

    def _remembered(self) -> dict[str, float]:
        if self.settings is None:
            return {}
        out = {}
        for name, key in _REMEMBERED.items():
            value = self.settings.value(key)
            try:
                if value not in (None, ""):
                    out[name] = float(value)
            except (TypeError, ValueError):
                continue
        return out

    def _start(self, work) -> None:
        self._generation += 1
        generation = self._generation
        self._task = self.runner.start(
            "costs", work, on_done=lambda r: self._done(generation, r), on_failed=lambda e: self._failed(generation, e)
        )  # replaces a run under way

    def recompute(self) -> None:
        if self._inputs is None:
            return
        edits = self._edits()
        if {"api_price_input", "api_price_output"} & edits.keys():
            edits["api_model_id"] = self._inputs.api_model_id  # the prices typed are the shown model's
        self._apply(edits)

    def _apply(self, user: dict[str, Any]) -> None:
        """Recompute with the user's values on the current inputs, by the core's rules (`apply_user_values`)."""
        current, compare, series = self._inputs, self.services.compare_costs, self.services.cumulative_series

        def work(ctx):
            from advisor.core.costs.resolve import apply_user_values

            inputs = apply_user_values(current, user)
            return inputs, compare(inputs), series(inputs)

        self._start(work)

    def _edits(self) -> dict[str, float]:
        """The inputs whose field differs from what was last shown (API prices go in pairs: the core needs both)."""
        edits = {}
        for name, spin in self.spins.items():
            if abs(spin.value() - self._shown.get(name, spin.value())) > 10 ** -(spin.decimals() + 1):
                edits[name] = spin.value() * (_MILLION if name == "tokens_per_month" else 1)
        if {"api_price_input", "api_price_output"} & edits.keys():
            edits["api_price_input"] = self.spins["api_price_input"].value()
            edits["api_price_output"] = self.spins["api_price_output"].value()
        return edits

    def _field_problem(self, name: str, code: str) -> None:
        """Say, next to the field, why what was typed was not taken (the field keeps its last good value)."""
        label, spin = self.field_problems[name], self.spins[name]
        if not code:
            label.clear()
            label.hide()
            return
        low, high = (
            fmt.number(x, 0 if float(x).is_integer() else spin.decimals()) for x in (spin.minimum(), spin.maximum())
        )
        if code == "out_of_range":
            text = self.tr("Not taken: the value must be between {low} and {high}.").format(low=low, high=high)
        else:
            text = self.tr(
                "Not taken: write a number between {low} and {high} (a decimal point or comma are both fine)."
            ).format(low=low, high=high)
        label.setText(text)
        label.show()

    def _edited(self, name: str) -> None:
        if self._inputs is None or self.spins[name].signalsBlocked():
            return
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
        if len(code) != 3 or (self._inputs is None and not self._bad_currency):
            return
        self._currency_user_set = True
        self.load_defaults(keep_money=False, new_currency=True)  # remembered in _done, once the code is known good

    def _done(self, generation: int, result: tuple[Any, Any, Any]) -> None:
        if generation != self._generation:
            return
        inputs, comparison, series = result
        self._inputs = inputs
        self._bad_currency = False
        self._remember_currency(inputs.currency)
        self.state.set_costs(inputs, comparison)
        self._fill_inputs(inputs, comparison)
        self._show(comparison)
        self._series = series
        self._show_chart(series)

    def _remember_currency(self, code: str) -> None:
        """Save a currency the user chose only once it worked: a bad code saved would break the page at every start.
        The remembered electricity price was in the old currency, so it goes."""
        if self.settings is None or not self._currency_user_set or self.settings.value("costs/currency", "") == code:
            return
        self.settings.remove(_REMEMBERED["electricity_price_per_kwh"])
        self.settings.setValue("costs/currency", code)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, Cancelled):
            return
        from advisor.core.names import UnknownNameError

        if isinstance(error, UnknownNameError) and error.kind == "currency":  # no Retry: they pick another one
            self._bad_currency = True
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
        for name, spin in self.spins.items():
            value = prices[name] if name in prices else getattr(inputs, name, None)
            spin.blockSignals(True)
            spin.setValue((value or 0) / (_MILLION if name == "tokens_per_month" else 1))
            spin.blockSignals(False)
            self._shown[name] = spin.value()
        self.currency.blockSignals(True)
        self.currency.setCurrentText(inputs.currency)
        self.currency.blockSignals(False)
        self.api_combo.blockSignals(True)
        self.api_combo.setCurrentText(inputs.api_model_id or comparison.api.model)
        self.api_combo.blockSignals(False)
        for name in ("electricity_price_per_kwh", "hardware_cost", "api_price_input", "api_price_output"):
            self.spins[name].setSuffix(f" {inputs.currency}")
        self._set_origin_tooltips(inputs)

    def _set_origin_tooltips(self, inputs: Any) -> None:
        for name, spin in self.spins.items():
            base = self._tooltips().get(name, "")
            origin = inputs.origin(name) if hasattr(inputs, "origin") else None
            source = self.tr("Source: {where}").format(where=wording.cost_origin(origin.code)) if origin else ""
            spin.setToolTip(f"{base}\n{source}" if source else base)

    def _show(self, c: Any) -> None:
        cur = c.currency
        self.local_month.setText(fmt.money(c.local.total_per_month, cur))
        self.local_month.setToolTip(
            self.tr("Electricity {electricity} + hardware {hardware} per month").format(
                electricity=fmt.money(c.local.electricity_per_month, cur),
                hardware=fmt.money(c.local.amortisation_per_month, cur),
            )
        )
        self.api_month.setText(fmt.money(c.api.total_per_month, cur))
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
        if not c.capacity_ok:
            verdict = self.tr(
                "This computer cannot generate that many tokens in the hours it is on: "
                "it would need {hours} hours a day."
            ).format(hours=fmt.number(c.local.hours_per_day_needed, 1))
        elif c.break_even.kind == "past_lifetime":  # the core's verdict (`costs.BreakEven`)
            verdict = self.tr(
                "The hardware would pay for itself only after {months} months, beyond its "
                "{years}-year lifetime: in practice, never."
            ).format(months=fmt.number(c.break_even.months, 1), years=fmt.number(c.break_even.lifetime_years, 1))
        elif c.break_even.kind == "months":
            verdict = self.tr("The hardware pays for itself after {months} months.").format(
                months=fmt.number(c.break_even.months, 1)
            )
        elif c.savings_per_month > 0:
            verdict = self.tr("Running it locally saves {amount} a month.").format(
                amount=fmt.money(c.savings_per_month, cur)
            )
        else:
            verdict = self.tr("The API is cheaper by {amount} a month at this usage.").format(
                amount=fmt.money(-c.savings_per_month, cur)
            )
        self.verdict.setText(verdict)
        self.verdict.setToolTip(self.tr("Break-even = hardware price ÷ (API per month − electricity per month)."))
        parts = []
        if c.api.price_date:
            parts.append(self.tr("API prices as of {date}").format(date=c.api.price_date))
        origin = c.inputs.origin("electricity_price_per_kwh") if hasattr(c.inputs, "origin") else None
        if origin is not None and origin.values.get("retrieved"):
            parts.append(
                self.tr("electricity prices as of {date} ({source})").format(
                    date=origin.values.get("retrieved"), source=origin.values.get("source", "")
                )
            )
        rate = c.inputs.origin("usd_rate") if hasattr(c.inputs, "origin") else None
        if rate is not None and rate.values.get("as_of") and c.currency != "USD":
            parts.append(self.tr("exchange rate as of {date}").format(date=rate.values["as_of"]))
        self.dates.setText(" · ".join(parts))

    def _show_chart(self, series: Any) -> None:
        from advisor.qt.widgets.cost_chart import CostChart  # QtCharts loads only when this page is first shown

        if self._chart is None:
            self._chart = CostChart(self.chart_holder)
            self.chart_holder.layout().addWidget(self._chart)
        self._chart.set_series(
            series, local_label=self.tr("Local"), title=self.tr("Cumulative cost"), month_label=self.tr("Months")
        )

    def _tooltips(self) -> dict[str, str]:
        return {
            "tokens_per_month": self.tr("Tokens you expect to use per month (input plus output), in millions."),
            "hours_per_day": self.tr("Hours a day the computer is switched on for this work."),
            "electricity_price_per_kwh": self.tr("Price of one kilowatt-hour on your bill, taxes included."),
            "power_watts": self.tr("Power the whole computer draws while generating."),
            "idle_watts": self.tr("Power the computer draws while on but not generating."),
            "tokens_per_second": self.tr("Generation speed: from the benchmark when it ran, else the estimate."),
            "hardware_cost": self.tr("What you pay for hardware for this; 0 if you already own the computer."),
            "lifetime_years": self.tr("Years over which the hardware is paid off."),
            "api_price_input": self.tr("API price per million input tokens."),
            "api_price_output": self.tr("API price per million output tokens."),
        }

    def retranslate(self) -> None:
        self.setTitle(self.tr("Costs"))
        self.setSubTitle(self.tr("Running it yourself against paying an API. Change any number."))
        self.inputs_box.setTitle(self.tr("Your numbers"))
        self.results_box.setTitle(self.tr("Per month"))
        self.currency_label.setText(self.tr("C&urrency:"))
        self.api_combo_label.setText(self.tr("Compare &with:"))
        self.api_combo.setAccessibleName(self.tr("API model to compare with"))
        self.api_combo.setToolTip(
            self.tr(
                "Any API model with a published price (type to search), e.g. "
                "openai/gpt-4o-mini or anthropic/claude-sonnet-4-5."
            )
        )
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setToolTip(self.tr("ISO 4217 code, e.g. EUR, USD, MXN."))
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
        }
        for name, text in names.items():
            self.labels[name].setText(text)
            self.spins[name].setAccessibleName(text.replace("&", "").rstrip(":"))
        for name, tip in self._tooltips().items():
            self.spins[name].setToolTip(tip)
        self.head_local.setText(self.tr("Local"))
        self.head_api.setText(self.tr("API"))
        self.row_month.setText(self.tr("Per month"))
        self.row_million.setText(self.tr("Per million tokens"))
        if self.state.costs is not None:
            self._show(self.state.costs)
            self._set_origin_tooltips(self.state.costs.inputs)
        if self._series is not None:
            self._show_chart(self._series)
        self.chart_holder.setAccessibleName(self.tr("Cumulative cost chart"))
        self.chart_holder.setToolTip(
            self.tr(
                "Money spent over time: the local line starts at the hardware price, "
                "then adds electricity; the API line adds its monthly bill."
            )
        )
        self.chart_holder.setAttribute(Qt.WidgetAttribute.WA_AlwaysShowToolTips, True)
