"""Keep machine identifiers out of a report unless the user asks for them.

Identifiers are the host name, serial numbers / UUIDs / bus ids, and user paths (`/home/<user>/...`,
`/Users/<user>/...`, `C:\\Users\\<user>\\...`), which become `~`. Secrets (API keys, tokens) never go in a report, nor
does the password or a token in a URL (`advisor.core.urls.redact_url`), with or without identifiers.
Works on any tree of dataclasses, dicts, lists and strings, so fields added by other modules later are covered too.
Every string also loses the characters a terminal acts on (`advisor.core.text.strip_controls`): `cat report.md` must
not replay an escape sequence a file name carried. `final_text` is the last pass over the rendered report: the secrets
in play this run (`advisor.core.urls.known_secrets`: the API key, a URL's password) and control characters, once more,
whatever a section added after the scrub.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import socket
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from advisor.core.text import strip_controls
from advisor.core.urls import mask_secrets, redact_text

HOST_PLACEHOLDER = "[host]"

# Fields that identify a machine: dropped unless identifiers are wanted.
IDENTIFIER_KEYS = frozenset(
    {
        "hostname",
        "host_name",
        "serial",
        "serial_number",
        "uuid",
        "gpu_uuid",
        "machine_id",
        "mac",
        "mac_address",
        "pci_bus_id",
        "bus_id",
        "username",
        "user_name",
    }
)
# Fields that are secrets: dropped always.
SECRET_KEYS = frozenset({"api_key", "token", "hf_token", "authorization", "password", "secret"})

_USER_DIR = re.compile(
    r"(?:(?<![\w.~-])(?:/home|/Users|/var/home|/export/home)/[^/\\\s\"'<>]+"
    r"|\b[A-Za-z]:[\\/](?:Users|Documents and Settings)[\\/][^/\\\s\"'<>]+)",
)


@dataclasses.dataclass(frozen=True)
class Scrubber:
    """What to look for: this machine's home folder and host name (parameters so tests can pass their own)."""

    home: str | None = None
    hostnames: tuple[str, ...] = ()

    @classmethod
    def for_this_machine(cls) -> Scrubber:
        try:
            home = str(Path.home())
        except (RuntimeError, KeyError, OSError):
            home = None
        try:
            host = socket.gethostname()
        except OSError:
            host = ""
        return cls(home=home, hostnames=(host, host.split(".")[0]))

    def text(self, value: str) -> str:
        if self.home and len(self.home) > 1:
            value = re.sub(re.escape(self.home.rstrip("/\\")) + r"(?=[/\\]|$|[\s\"'<>])", "~", value)
        value = _USER_DIR.sub("~", value)
        for host in sorted(
            {h for h in self.hostnames if len(h) >= 3 and h.lower() != "localhost"}, key=len, reverse=True
        ):
            value = re.sub(rf"(?<![\w-]){re.escape(host)}(?![\w-])", HOST_PLACEHOLDER, value, flags=re.IGNORECASE)
        return value


def scrub(value: Any, *, include_identifiers: bool = False, scrubber: Scrubber | None = None) -> Any:
    """A copy of `value` without secrets, and without identifiers unless `include_identifiers`.

    Dataclasses stay dataclasses (dropped fields become None), dicts lose the key, strings are rewritten.
    """
    if scrubber is None:
        scrubber = Scrubber.for_this_machine()
    drop = SECRET_KEYS if include_identifiers else SECRET_KEYS | IDENTIFIER_KEYS

    def walk(v: Any) -> Any:
        if isinstance(v, enum.Enum):
            return v
        if isinstance(v, str):
            return strip_controls(redact_text(v if include_identifiers else scrubber.text(v)))
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            changes = {
                f.name: None if f.name.lower() in drop else walk(getattr(v, f.name))
                for f in dataclasses.fields(v)
                if f.init
            }
            return dataclasses.replace(v, **changes)
        if isinstance(v, Mapping):
            return {k: walk(x) for k, x in v.items() if str(k).lower() not in drop}
        if isinstance(v, tuple):
            items = [walk(x) for x in v]
            return type(v)(*items) if hasattr(v, "_fields") else tuple(items)
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    return walk(value)


def final_text(text: str) -> str:
    """The rendered report (Markdown, HTML or JSON) without a secret in play nor a control character: the safety net
    behind `scrub`, for words a section adds after it."""
    return mask_secrets(strip_controls(text))
