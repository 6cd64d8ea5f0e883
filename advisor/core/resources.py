"""Where bundled data lives: `advisor/resources` in a wheel, the top-level `resources/` in a checkout."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def resources_dir() -> Path:
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / "resources"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bundled resources not found next to {_PACKAGE_DIR}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def load_json(*parts: str) -> Any:
    """Parsed bundled JSON; cached because bundled files never change at run time."""
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
