"""Dated exchange rates (units of a currency per US dollar) and conversion between the currencies we ship."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from advisor.core.names import UnknownNameError, close_names
from advisor.core.resources import load_json

_FILE = "exchange_rates.json"


class Money(NamedTuple):
    """An amount typed with its own currency ("20USD"), where the comparison counts in another: a subscription
    priced in dollars, typed in Argentina."""

    amount: float
    currency: str


def needs_usd_rate(currency: str) -> bool:
    """Whether a sum in `currency` rests on a dollar rate: dollars need none, so no rate (nor its date) is said."""
    return currency.strip().upper() != "USD"


# The currencies a word names, as people type it instead of a code ("pesos" is four countries' money, not the
# Peruvian sol that "PEN" is closest to by its letters); a country word picks one.
_MONEY_WORDS = {
    "peso": ("MXN", "ARS", "COP", "CLP"),
    "dolar": ("USD",),
    "dollar": ("USD",),
    "euro": ("EUR",),
    "sol": ("PEN",),
    "real": ("BRL",),
    "libra": ("GBP",),
    "pound": ("GBP",),
}
_COUNTRY_WORDS = {
    "mexicano": "MXN",
    "mexico": "MXN",
    "argentino": "ARS",
    "argentina": "ARS",
    "colombiano": "COP",
    "colombia": "COP",
    "chileno": "CLP",
    "chile": "CLP",
    "peruano": "PEN",
    "brasileno": "BRL",
    "estadounidense": "USD",
    "americano": "USD",
}


# words around a money's name that name no other country's ("US dollars", "libra esterlina", "nuevos soles")
_QUALIFIERS = frozenset(
    {"de", "del", "los", "las", "us", "usa", "eeuu", "eua", "american", "americanos", "sterling", "esterlina"}
    | {"esterlinas", "nuevo", "nuevos", "british", "britanica", "britanicas", "brazilian", "the", "of"}
)


def currency_words(text: str) -> tuple[str, ...]:
    """The codes a currency typed as words names ("pesos" → MXN, ARS, COP, CLP; "peso mexicano" → MXN), else ()."""
    plain = unicodedata.normalize("NFKD", text[:100].lower()).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z]+", plain)
    for word in words:
        for form in (word, word[:-1] if word.endswith("s") else word):  # argentinos, estadounidenses
            if form in _COUNTRY_WORDS:
                return (_COUNTRY_WORDS[form],)
    money = [_singular(w) for w in words if _singular(w) in _MONEY_WORDS]
    others = [w for w in words if _singular(w) not in _MONEY_WORDS and w not in _QUALIFIERS]
    if not money or others:
        return ()  # "peso uruguayo": a money we have no rate for; "solar": no money at all
    return _MONEY_WORDS[money[0]]


def _singular(word: str) -> str:
    """pesos → peso, dolares → dolar, reales → real, soles → sol; other words as they are."""
    for ending in ("es", "s"):
        if word.endswith(ending) and word[: -len(ending)] in _MONEY_WORDS:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True)
class ExchangeRates:
    base: str  # always "USD": every rate is units of that currency for one dollar
    as_of: str
    source: str
    rates: tuple[tuple[str, float], ...]
    # a currency's own date where the table gives one (`details`: the COP rate is of 2 March, the table of 8 May)
    dates: tuple[tuple[str, str], ...] = ()

    def date_of(self, code: str) -> str:
        """The date of `code`'s rate: its own where known, else the table's."""
        normalised = code.strip().upper()
        return next((date for known, date in self.dates if known == normalised), self.as_of)

    def rate(self, code: str) -> float:
        """Units of `code` for one US dollar; UnknownNameError("currency") for a code we have no rate for."""
        normalised = code.strip().upper()
        for known, value in self.rates:
            if known == normalised:
                return value
        named = currency_words(code)
        close = named or close_names(code, self.codes, n=3, cutoff=0.5)
        raise UnknownNameError("currency", code, tuple(c for c in close if c in self.codes), known=self.codes)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.rates)


@cache
def bundled_rates() -> ExchangeRates:
    raw = load_json(_FILE)
    return ExchangeRates(
        base=raw["base"],
        as_of=raw["as_of"],
        source=raw["source"],
        rates=tuple((code.upper(), float(value)) for code, value in raw["rates"].items()),
        dates=tuple(
            (code.upper(), str(detail["date"]))
            for code, detail in (raw.get("details") or {}).items()
            if isinstance(detail, dict) and isinstance(detail.get("date"), str)
        ),
    )


def normalise_code(code: str, rates: ExchangeRates | None = None) -> str:
    """'eur' → 'EUR'; an unknown code raises UnknownNameError("currency") (with close matches for the message)."""
    table = rates or bundled_rates()
    table.rate(code)
    return code.strip().upper()


def usd_rate(code: str, rates: ExchangeRates | None = None) -> float:
    return (rates or bundled_rates()).rate(code)


def convert(
    amount: float,
    source: str,
    target: str,
    *,
    target_usd_rate: float | None = None,
    rates: ExchangeRates | None = None,
) -> float:
    """`amount` in `source` expressed in `target`, going through the dollar.

    `target_usd_rate` is the user's own rate for `target` (--usd-rate) and wins over the table.
    """
    table = rates or bundled_rates()
    src, dst = source.strip().upper(), target.strip().upper()
    if src == dst:
        return amount
    dollars = amount if src == "USD" else amount / table.rate(src)
    if dst == "USD":
        return dollars
    return dollars * (target_usd_rate if target_usd_rate is not None else table.rate(dst))
