"""How honest the speed ranges are: the share of public measurements inside [low, high], and the measured ÷ predicted
spread per backend family from which advisor/core/sizing/speed.py's DECODE_SPREAD and PREFILL_SPREAD are chosen.

Used by benchmarks/bench_cpu_speed.py and bench_gpu_speed.py (calibration = even rows, hold-out = odd rows).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """One public measurement set against the estimate: the set ("calibration"/"hold-out"), what was measured
    ("tg" decode, "pp" prompt processing), the range family, the measured value and the estimate's point and range."""

    which: str
    kind: str
    family: str
    measured: float
    point: float
    low: float
    high: float

    @property
    def inside(self) -> bool:
        return self.low <= self.measured <= self.high

    @property
    def ratio(self) -> float:
        return self.measured / self.point


def coverage(runs: Iterable[Run]) -> float | None:
    """Share of runs whose measured value lies inside the estimate's range (None when there are none)."""
    runs = list(runs)
    return sum(r.inside for r in runs) / len(runs) if runs else None


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) with linear interpolation between order statistics (numpy's default)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    pos = q * (len(ordered) - 1)
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def spreads(runs: Iterable[Run], kind: str) -> dict[str, tuple[int, float, float]]:
    """Per family: (runs, 10th percentile, 90th percentile) of measured ÷ predicted on the calibration set."""
    by_family: dict[str, list[float]] = {}
    for r in runs:
        if r.which == "calibration" and r.kind == kind:
            by_family.setdefault(r.family, []).append(r.ratio)
    return {f: (len(v), percentile(v, 0.1), percentile(v, 0.9)) for f, v in sorted(by_family.items())}


def width(runs: Iterable[Run]) -> float | None:
    """Median of high ÷ low: how many times the top of the range is its bottom."""
    ratios = sorted(r.high / r.low for r in runs if r.low > 0)
    return percentile(ratios, 0.5) if ratios else None


def report(runs: Sequence[Run]) -> list[str]:
    """Lines: coverage and median width per set and kind, per family, and the calibration spreads."""
    lines = []
    for kind in sorted({r.kind for r in runs}, reverse=True):
        for which in ("calibration", "hold-out"):
            chosen = [r for r in runs if r.which == which and r.kind == kind]
            share = coverage(chosen)
            if share is None:
                continue
            families = ", ".join(
                f"{f} {sum(r.inside for r in chosen if r.family == f)}/{sum(r.family == f for r in chosen)}"
                for f in sorted({r.family for r in chosen})
            )
            lines.append(
                f"{which} {kind} range: {share:.0%} of {len(chosen)} runs inside, median high/low "
                f"{width(chosen):.2f}x ({families})"
            )
        for family, (n, p10, p90) in spreads(runs, kind).items():
            lines.append(
                f"calibration {kind} spread {family}: {n} runs, measured/predicted p10 {p10:.2f}, p90 {p90:.2f}"
            )
    return lines
