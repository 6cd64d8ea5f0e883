"""System RAM through psutil: total and what is available right now (free + reclaimable cache)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from advisor.core.types import RamInfo


def _virtual_memory() -> Any:
    import psutil

    return psutil.virtual_memory()


def probe_memory(*, virtual_memory: Callable[[], Any] = _virtual_memory) -> RamInfo:
    vm = virtual_memory()
    return RamInfo(total_bytes=int(vm.total), available_bytes=int(vm.available))
