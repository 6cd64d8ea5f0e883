"""Turn core dataclasses into JSON-ready values (and back for the few that users feed us)."""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any


def finite_number(value: object) -> float | None:
    """`value` as a float when it is a finite number (not a bool), else None: an integer too large for a float
    (JSON allows 10**400; `math.isfinite` raises on it) is no number we can use either."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def to_jsonable(value: Any) -> Any:
    """Dataclasses → dicts, enums → values, tuples → lists, non-finite floats → None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, PurePath):
        return str(value)
    return value
