"""The day a run is for: today, or the one LLM_ADVISOR_TODAY names, so that output dated by it reads the same on
any day (the docs' examples: a bundled rate's age, the API prices in force)."""

from __future__ import annotations

import datetime
import os

TODAY_VARIABLE = "LLM_ADVISOR_TODAY"  # an ISO date, 2026-12-07; anything else is ignored


def run_date() -> datetime.date:
    """Today, or the ISO date LLM_ADVISOR_TODAY gives (a value that is no such date is ignored, never an error)."""
    pinned = os.environ.get(TODAY_VARIABLE, "").strip()
    if pinned and pinned.isascii() and len(pinned) == 10:
        try:
            return datetime.date.fromisoformat(pinned)
        except ValueError:
            pass
    return datetime.date.today()
