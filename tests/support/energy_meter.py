"""A fake energy counter that speaks the core's `EnergyMeter` protocol (`name`, `read_joules()`)."""

from __future__ import annotations


class StepMeter:
    """A cumulative counter that gains `joules_per_read` at every read: whoever uses it must subtract its first
    reading from its last (as the benchmark does with NVML and RAPL counters)."""

    def __init__(
        self,
        joules_per_read: float = 2.0,
        *,
        name: str = "fake",
        start: float = 100.0,
        unreadable_from_read: int | None = None,
    ) -> None:
        self.name = name
        self.joules_per_read = joules_per_read
        self.joules = start
        self.unreadable_from_read = unreadable_from_read  # 1: the first read fails, 2: the second, ...
        self.reads = 0

    def read_joules(self) -> float:
        """As RAPL's `energy_uj` behaves when its permissions change mid-run: PermissionError from then on."""
        self.reads += 1
        if self.unreadable_from_read is not None and self.reads >= self.unreadable_from_read:
            raise PermissionError(13, "Permission denied", "/sys/class/powercap/intel-rapl:0/energy_uj")
        self.joules += self.joules_per_read
        return self.joules
