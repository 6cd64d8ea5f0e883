"""Whose computer is costed: one the user has, or hardware they are considering — decided once for every front end.

The hardware cost's default is 0. What that 0 means depends on where the machine came from (`hardware_origin`):

- "detected": this computer, detected here (the app's "This computer", any command without `--hardware`);
- "saved_detection": a `--hardware` file that `detect --json` wrote (it carries the detection's probes): a computer
  someone has, described by its own detection;
- "file": a `--hardware` file without probes, written by hand (the README's "hand-written what-if");
- "what_if": the app's what-if (another RAM size or graphics card: "not this computer").

On a computer the user has, 0 is "already paid for" (origin "hardware_owned"): running it locally saves money from
the first month. On hardware described by hand or in the what-if, the price is not known: 0 is no price at all
(origin `model.NOT_PRICED`), so the break-even is "unpriced" (not known until the price is given) and the saving
is said to come before that price. Giving the price — or 0, for a machine already owned — makes it the user's
value, as any other (`--hardware-cost`, the app's Hardware cost field). No typical price is assumed: nothing
bundled prices a computer (the GPU table has board power, not prices; the only priced machine is the 2024
tutorial preset's).
"""

from __future__ import annotations

import dataclasses
from typing import Literal, get_args

from advisor.core.costs.model import NOT_PRICED, CostInputs, InputOrigin
from advisor.core.types import HardwareProfile

HardwareOrigin = Literal["detected", "saved_detection", "file", "what_if"]
HARDWARE_ORIGINS: tuple[str, ...] = get_args(HardwareOrigin)
CONSIDERED_ORIGINS = ("file", "what_if")  # hardware described, not one the user has: its price is not known


def hardware_origin(profile: HardwareProfile | None, *, from_file: bool, what_if: bool = False) -> HardwareOrigin:
    """Where the machine came from: the app's what-if (`what_if`), a `--hardware` file (`from_file`: a saved
    detection when it carries the probes `detect --json` writes, else a described one), or this computer."""
    if what_if:
        return "what_if"
    if not from_file:
        return "detected"
    return "saved_detection" if profile is not None and profile.probes else "file"


def owned(origin: str) -> bool:
    """Whether a machine of this origin counts as already owned (its hardware cost of 0 is "paid for"); an origin
    this version does not know (a saved report of another) counts as owned, as every machine did before."""
    return origin not in CONSIDERED_ORIGINS


def price_not_given(inputs: CostInputs) -> CostInputs:
    """`inputs` for hardware being considered: the default hardware cost (0, "hardware_owned") becomes a price not
    given (`NOT_PRICED`); a price from a preset or the user stays as it is."""
    origin = inputs.origin("hardware_cost")
    if origin is None or origin.code != "hardware_owned":
        return inputs
    origins = tuple(InputOrigin(o.input, NOT_PRICED) if o.input == "hardware_cost" else o for o in inputs.origins)
    return dataclasses.replace(inputs, origins=origins)


def for_origin(inputs: CostInputs, origin: str) -> CostInputs:
    """`inputs` as a machine of `origin` is costed: its default hardware cost is "not given" unless it is owned."""
    return inputs if owned(origin) else price_not_given(inputs)
