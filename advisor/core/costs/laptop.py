"""Whether the machine is a laptop, and what a laptop draws: the cost estimate's power without a measurement.

A laptop is told from what the profile names, best evidence first:

1. a graphics card's name: NVIDIA's "… Laptop GPU" and "Max-Q", TechPowerUp's "… Mobile", GeForce MX, AMD's
   "RX 6800M" / "RX 7600S", Radeon Pro "5500M", Intel Arc "A770M";
2. a battery seen by detection (`HardwareProfile.battery`; a hardware file may say `"battery": true`);
3. the processor's name: the makers' mobile suffixes, with the processor's base power (below). Mini PCs use the same
   processors and draw about the same, so this one is worded "a laptop or mini PC".

Apple silicon is not judged here: a MacBook and a Mac mini or Mac Studio with the same chip have the same name; only
a battery tells them apart (the cost wording says so). AMD's Ryzen AI Max (Strix Halo) ships in laptops, mini PCs
and desktops at 45–120 W: its name says nothing of the machine, so it is not counted as a laptop processor.

Figures (each the maker's, or a reviewer's measurements where no maker publishes one):

- Processor base power, what a laptop sustains with all cores busy (Intel's long-term limit PL1 defaults to it;
  AMD's default TDP is the same idea). Decoding on the processor keeps every core busy, memory-bound.
  Intel ark.intel.com product pages (Intel, retrieved 2026-11): Core U 15 W (8th–14th gen, Core 5/7 1xxU), Core
  Ultra U 15 W (Meteor Lake), Core Ultra V 17 W (Core Ultra 7 258V, Lunar Lake, 2024-09), P 28 W (12th–13th gen),
  Core Ultra H 28 W (Core Ultra 7 155H, 2023-12), H/HK/HS 45 W (i7-13620H: "Processor Base Power 45 W", 2023-01),
  11th gen H35 35 W (i7-11370H), HX 55 W (i9-13980HX), Y / Core m 7 W, 10th gen G1–G7 (Ice Lake) 15 W, 11th gen
  UP3 G4/G7 28 W (i5-1135G7: configurable 12–28 W, 2020-09), UP4 (i7-1160G7) 15 W, Alder Lake-N 6 W (N100, N200,
  2023-01; Core i3-N300 7 W, i3-N305 15 W).
  AMD amd.com product pages (AMD, retrieved 2026-11), "Default TDP": Ryzen U 15 W (Ryzen 7 5700U), Ryzen 7x40U /
  8x40U 28 W (Ryzen 7 7840U: 28 W, cTDP 15–30 W, 2023-05), HS 35 W (Ryzen 9 7940HS), H 45 W (Ryzen 7 5800H), HX
  55 W (Ryzen 9 7945HX; 45 W for the 5000/6000 HX), Ryzen AI 300 28 W (Ryzen AI 9 HX 370: 28 W, cTDP 15–54 W,
  2024-07).
- Laptop graphics power (TGP): NVIDIA gives each laptop GPU a range the laptop maker picks from, 35–115 W for the
  RTX 4050/4060/4070 Laptop GPU, 60–150 W for the RTX 4080 and 80–150 W for the RTX 4090 (TechSpot, "Nvidia RTX
  4090 and 4080 gaming laptops…", 2023-01; Notebookcheck, "Nvidia's TDP values for the RTX 4050, 4060 and 4070
  Laptop do not matter for gaming", 2023-03: an RTX 4070 Laptop drew ~100 W gaming at a 140 W limit). The GPU
  table (TechPowerUp) gives one figure per part ("RTX 4060 Mobile": 115 W, the top of its range): used as it is.
- The rest of a laptop, at the wall: its display (3–6 W), memory, SSD, board and the charger's losses, about 10 W;
  with the graphics card generating, the processor feeding it adds 10–15 W. Idle, screen on: 5–10 W for a thin
  laptop without a graphics card (Notebookcheck's review measurements, "Power Consumption: Idle Average", 2021–2024
  reviews of Tiger Lake and Alder Lake U/P laptops), 10–25 W for a gaming laptop with its graphics card asleep
  (NVIDIA Optimus; Notebookcheck's RTX 4050/4060 laptop reviews, 2023–2024). A desktop with a graphics card idles at
  ~50 W (`defaults.GPU_DESKTOP_IDLE_WATTS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from advisor.core.types import GpuVendor, HardwareProfile

LAPTOP_REST_OF_SYSTEM_WATTS = 10.0  # display, memory, SSD, board, charger losses, generating on the processor
LAPTOP_GPU_REST_OF_SYSTEM_WATTS = 25.0  # the same + the processor feeding the laptop's graphics card
LAPTOP_TYPICAL_CPU_WATTS = 28.0  # a laptop processor whose class the name does not give (Intel P, AMD 28 W class)
LAPTOP_IDLE_WATTS = 8.0  # a thin laptop without a graphics card, on, screen on, not generating
LAPTOP_DGPU_IDLE_WATTS = 15.0  # a laptop with a graphics card asleep (Optimus), on, screen on, not generating
UNKNOWN_LAPTOP_GPU_BOARD_WATTS = 80.0  # a laptop graphics card the GPU table does not know: the middle of 35–115 W

Evidence = Literal["gpu_name", "battery", "cpu_name"]


@dataclass(frozen=True)
class Laptop:
    """Why the machine is taken for a laptop, and its processor's base power when the name gives it."""

    evidence: Evidence
    gpu: str | None = None  # the laptop graphics card named (evidence "gpu_name")
    cpu: str | None = None  # the processor, when its class is known
    cpu_base_power_watts: float | None = None


_LAPTOP_GPU = re.compile(
    r"laptop\s+gpu|max-?q|\bmobile\b|\bgeforce\s+mx\s?\d{3}\b|\brx\s?\d{4}\s?[ms]\b|\bradeon\s+pro\s+\d{4}m\b"
    r"|\barc(?:\s*\(tm\))?\s+a\d{3}m\b",
    re.IGNORECASE,
)


def laptop_gpu(name: str) -> bool:
    """Whether a graphics card's name is a laptop part ("NVIDIA GeForce RTX 4060 Laptop GPU", "RX 7600S")."""
    return bool(_LAPTOP_GPU.search(name))


def _clean(brand: str) -> str:
    return re.sub(r"\((?:r|tm)\)|®|™", "", brand, flags=re.IGNORECASE).lower()


_CORE_ULTRA = re.compile(r"core\s+ultra\s+[3579]\s+(\d{3})([a-z]*)\b")
_CORE_SERIES = re.compile(r"core\s+[357]\s+(\d{3})([a-z]*)\b")  # Core 5 120U, Core 7 240H
_CORE_I = re.compile(r"core\s+i[3579]-(\d{4,5})([a-z][a-z0-9]*)\b")
_CORE_M = re.compile(r"core\s+m[357]\b|\bm[357]-\d{4}y")
_INTEL_N = re.compile(r"(?:\bintel\s+|core\s+i3-)n(\d{2,3})\b")  # Alder Lake-N: N100, N200, Core i3-N305
_RYZEN_AI = re.compile(r"ryzen\s+ai\s+(max\+?\s+)?[3579]\b")
_RYZEN = re.compile(r"ryzen\s+[3579]\s+(?:pro\s+)?(\d{4})(u|hs|hx|h)\b")
_ULTRA_WATTS = {"u": 15.0, "v": 17.0, "h": 28.0, "hx": 55.0}
_CORE_WATTS = {"u": 15.0, "p": 28.0, "h": 45.0, "hk": 45.0, "hs": 45.0, "hq": 45.0, "hx": 55.0, "y": 7.0}


def _intel_core_i(model: str, suffix: str) -> float | None:
    if suffix in _CORE_WATTS:
        if suffix == "h" and model.startswith("113"):  # 11th gen H35: i5-11300H, i7-11370H
            return 35.0
        return _CORE_WATTS[suffix]
    if re.fullmatch(r"g[1-7]", suffix):
        if model.startswith("10"):  # Ice Lake, i7-1065G7
            return 15.0
        if model.startswith("11"):  # Tiger Lake: UP3 (i5-1135G7) 28 W, UP4 (i7-1160G7) 15 W
            return 28.0 if model.endswith("5") else 15.0
    return None


def laptop_cpu_base_watts(brand: str) -> float | None:
    """A laptop processor's base power from its name (see the module's sources), None for a desktop one or a name
    that does not say."""
    name = _clean(brand)
    if m := _CORE_ULTRA.search(name):
        return _ULTRA_WATTS.get(m.group(2))
    if m := _CORE_I.search(name):
        return _intel_core_i(m.group(1), m.group(2))
    if m := _CORE_SERIES.search(name):
        return {"u": 15.0, "h": 45.0, "hx": 55.0}.get(m.group(2))
    if _CORE_M.search(name):
        return 7.0
    if m := _INTEL_N.search(name):
        return {"300": 7.0, "305": 15.0}.get(m.group(1), 6.0)
    if m := _RYZEN_AI.search(name):
        return None if m.group(1) else 28.0  # Ryzen AI Max: laptops, mini PCs and desktops alike
    if m := _RYZEN.search(name):
        model, suffix = m.group(1), m.group(2)
        if suffix == "u":
            return 28.0 if re.fullmatch(r"[78]\d40", model) else 15.0
        if suffix == "hx":
            return 45.0 if model[0] in "56" else 55.0
        return {"hs": 35.0, "h": 45.0}[suffix]
    return None


def shown_cpu(brand: str) -> str:
    """A processor's name as a person reads it: "11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz" → "Intel Core
    i5-1135G7", "AMD Ryzen 7 7840U w/ Radeon 780M Graphics" → "AMD Ryzen 7 7840U"."""
    name = re.sub(r"\((?:r|tm)\)|®|™", "", brand, flags=re.IGNORECASE)
    name = re.sub(
        r"\b\d+(?:st|nd|rd|th)\s+gen\b|@.*$|\bw/.*$|\bwith radeon.*$|\bcpu\b|\bprocessor\b", "", name, flags=re.I
    )
    return " ".join(name.split())


def laptop(profile: HardwareProfile) -> Laptop | None:
    """Why this machine is a laptop (the first evidence of the module's list), None when nothing says so."""
    named = next((g.name for g in profile.gpus if laptop_gpu(g.name)), None)
    base = laptop_cpu_base_watts(profile.cpu.brand) if profile.cpu.brand else None
    cpu = shown_cpu(profile.cpu.brand) if base is not None else None
    if named is not None:
        return Laptop("gpu_name", gpu=named, cpu=cpu, cpu_base_power_watts=base)
    apple = any(g.vendor is GpuVendor.APPLE for g in profile.gpus)
    if profile.battery and not apple:  # a MacBook is said with its chip by the Apple estimate
        return Laptop("battery", cpu=cpu, cpu_base_power_watts=base)
    if base is not None:
        return Laptop("cpu_name", cpu=cpu, cpu_base_power_watts=base)
    return None
