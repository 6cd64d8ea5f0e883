"""What the sizing engine refuses, worded through the catalogue (advisor.core.messages.sizing)."""

from __future__ import annotations

from typing import Any

from advisor.core.messages.speaker import ENGLISH
from advisor.core.messages.translations import Msg


class SizingError(ValueError):
    """An input the engine cannot size (a context out of range, no parameters, an unknown quant): `msg` (a catalogue
    message) and its `values`; `str()` is the English sentence, a front end words it in its language with
    `Speaker.t(exc.msg, **exc.values)`."""

    def __init__(self, msg: Msg, **values: Any) -> None:
        self.msg = msg
        self.values = values
        super().__init__(ENGLISH.t(msg, **values))
