"""The app's voice: the core message catalogue (`advisor.core.messages`) in the language the app shows.

The sentences live once, in core, for the CLI, the app and the report; this module only picks the `Speaker` for
the app's current language and region (numbers exactly as `fmt.number` writes them, through the app's QLocale) and
keeps the pages' short call names.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from advisor.core.messages import Speaker, catalog, costs, servers, sizing
from advisor.qt import fmt, i18n


def say() -> Speaker:
    """A Speaker in the app's language, writing numbers the way the app's QLocale (language + region) does."""
    return Speaker(i18n.current_language(), fmt.number_style())


def reason(r: Any) -> str:
    """A sizing `Reason(code, values)` in words."""
    return sizing.reason(say(), r.code, r.values)


def estimate_notes(est: Any) -> list[str]:
    """An estimate's notes and its remarks with figures (checkpoints, draft, experts in RAM), in the app's words."""
    say_ = say()
    return sizing.notes(say_, getattr(est, "notes", ()), getattr(est, "assumptions", ())) + [
        sizing.remark(say_, r.code, r.values) for r in getattr(est, "remarks", ())
    ]


def assumption(a: Any) -> str:
    """A value the verdict had to assume (`Recommendation.assumptions`), and how to give the real one."""
    return sizing.assumption(say(), a.code, a.values)


def budget_lines(budget: Any) -> list[str]:
    return sizing.budget_lines(say(), budget)


def prompt_wait(prompt_tokens_per_second: float | None, context: int | None = None) -> str | None:
    return sizing.prompt_wait(say(), prompt_tokens_per_second, context)


def server_kind_name(kind: Any) -> str:
    return servers.kind_name(say(), kind)


def server_problem(problem: Any, *, servers_listed: bool = False) -> tuple[str, str]:
    """(what is wrong, what to do) for a server `Problem(code, values)`; `servers_listed`: the Local server page's
    list of servers found holds at least one (the advice may point to it)."""
    return servers.problem(say(), problem.code, problem.values, "app", servers_listed=servers_listed)


def catalog_problem(problem: Any) -> str:
    """A catalogue `CatalogProblem(code, repo_id, values)` in words."""
    return catalog.problem(say(), problem.code, problem.repo_id, problem.values)


def cost_input(name: str) -> str:
    return costs.input_name(say(), name)


def cost_origin(code: str, values: Mapping[str, Any] | None = None, currency: str = "") -> str:
    return costs.origin(say(), code, values or {}, currency, "app")


def cost_assumption(code: str, values: Mapping[str, Any]) -> str:
    return costs.assumption(say(), code, values, "app")


def long_date(text: str, *, after_of: bool = False) -> str:
    """An ISO date as people write it in the app's language ("3 de noviembre de 2026"); other text as it is
    (`after_of`: written after "of", as in "prices as of {date}")."""
    from advisor.core.messages.dates import long_date as words

    return words(say(), text, after_of=after_of)
