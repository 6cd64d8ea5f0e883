"""Hardware detection: `detect()` → `HardwareProfile` (RAM, CPU, GPUs, OS, LM Studio), one module per source.

Also here: `gpu_table` (bundled GPU specs, `lookup_gpu`), `profile_io` (JSON in and out, `--hardware` files,
what-if profiles). `power.py` (energy meters) belongs to the costs work.
"""

from __future__ import annotations

from advisor.core.hardware.detection import detect
from advisor.core.types import HardwareProfile

__all__ = ["HardwareProfile", "detect"]
