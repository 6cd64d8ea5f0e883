"""A fake energy counter that speaks the core's `EnergyMeter` protocol (`name`, `read_joules()`)."""

from __future__ import annotations


class StepMeter:
    """A cumulative counter that gains `joules_per_read` at every read: whoever uses it must subtract its first
    reading from its last (as the benchmark does with NVML and RAPL counters)."""

    def __init__(self, joules_per_read: float = 2.0, *, name: str = "fake", start: float = 100.0) -> None:
        self.name = name
        self.joules_per_read = joules_per_read
        self.joules = start

    def read_joules(self) -> float:
        self.joules += self.joules_per_read
        return self.joules
