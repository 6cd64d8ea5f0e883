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
