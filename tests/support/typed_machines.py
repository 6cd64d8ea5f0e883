"""Machines as a newcomer types them in a hardware file (README "--hardware FILE"): a name and a size, nothing
measured — the files two app reviews wrote, shared by the tests that hold the app, the CLI and the report to them."""

from __future__ import annotations

G = 2**30

IRIS_8GB = {  # an 8 GB Windows laptop with Intel Iris Xe and no graphics card
    "ram": {"total_bytes": 8 * G},
    "cpu": {"brand": "11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz"},
    "gpus": [{"name": "Intel(R) Iris(R) Xe Graphics"}],
    "os": {"system": "Windows", "release": "11"},
}
# the app review's what-if PC (32 GB, a GeForce RTX 5060 Ti 16 GB) and Mac (a 16 GB M4)
RTX5060TI_32GB = {
    "ram": {"total_bytes": 32 * G},
    "cpu": {"brand": "AMD Ryzen 5 7600 6-Core Processor"},
    "gpus": [{"name": "NVIDIA GeForce RTX 5060 Ti 16 GB", "vram_total_bytes": 16 * G}],
    "battery": False,
}
M4_16GB = {
    "ram": {"total_bytes": 16 * G},
    "cpu": {"brand": "Apple M4", "arch": "arm64"},
    "gpus": [{"name": "Apple M4"}],
}
