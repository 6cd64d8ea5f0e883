"""One error for a name we have no data for — a GPU, a country, a currency, an API model, a cost preset — with the
names the person probably meant. Front ends word it (the CLI: one line and exit code 2; the app: beside the field)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Literal

NameKind = Literal["gpu", "country", "currency", "api_model", "preset"]
MAX_SUGGESTIONS = 5


class UnknownNameError(LookupError, ValueError):
    """`name` is not a known `kind`. `suggestions` are the known names closest to it (best first, maybe none);
    `known` lists every valid name where the list is short enough to show (countries, currencies, presets), else ();
    `reason` is "unknown", or "no_token_prices" for an API model that exists but has no per-token text price."""

    def __init__(
        self,
        kind: NameKind,
        name: str,
        suggestions: Iterable[str] = (),
        *,
        known: Iterable[str] = (),
        reason: str = "unknown",
    ) -> None:
        self.kind: NameKind = kind
        self.name = name
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        self.known: tuple[str, ...] = tuple(known)
        self.reason = reason
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown {kind} {name!r}{hint}" if reason == "unknown" else f"{kind} {name!r}: {reason}")


def close_names(
    name: str,
    candidates: Iterable[str] | Mapping[str, str],
    *,
    n: int = MAX_SUGGESTIONS,
    cutoff: float = 0.6,
    fold: bool = True,
) -> tuple[str, ...]:
    """The candidates closest to `name` (difflib), best first. A mapping maps the text compared to the name
    suggested (a country's English name → its code); `fold` compares case-insensitively."""
    table = dict(candidates) if isinstance(candidates, Mapping) else {c: c for c in candidates}
    keyed: dict[str, str] = {}
    for text, shown in table.items():
        keyed.setdefault(text.casefold() if fold else text, shown)
    wanted = name.strip().casefold() if fold else name.strip()
    hits = difflib.get_close_matches(wanted, list(keyed), n=n * 2, cutoff=cutoff)
    return tuple(dict.fromkeys(keyed[hit] for hit in hits))[:n]
