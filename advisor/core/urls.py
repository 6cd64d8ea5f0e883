"""URLs as they may be shown: without the password of `user:secret@host` nor the value of a token in the query;
and the one default server address (LM Studio's), here because this module imports nothing heavy: the CLI's start
and the app's state use it without loading the HTTP client.

`redact_url(url)` is the one place that decides what a secret in a URL is; everything that stores a URL in a result
that gets printed, written as JSON or put in a report passes it through here (or `redact_text` for a message that may
quote a URL). Redacting twice changes nothing.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit, urlunsplit

DEFAULT_SERVER_URL = "http://localhost:1234/v1"  # LM Studio's local server, the OpenAI base URL tutorials give
MASK = "***"

# query parameters whose value is a secret (compared case-insensitively, '-' read as '_')
SECRET_QUERY_KEYS = frozenset(
    {
        "api_key",
        "apikey",
        "key",
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "auth",
        "auth_token",
        "authorization",
        "password",
        "passwd",
        "pwd",
        "secret",
        "client_secret",
        "sig",
        "signature",
        "session",
        "sessionid",
        "x_api_key",
        "hf_token",
    }
)

_URL_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>`]+")


def _secret_key(name: str) -> bool:
    return name.strip().lower().replace("-", "_") in SECRET_QUERY_KEYS


def _redact_query(query: str) -> str:
    if not query:
        return query
    parts = []
    for piece in query.split("&"):
        name, sep, _value = piece.partition("=")
        if sep and _secret_key(_unquote_name(name)):
            parts.append(f"{name}={MASK}")
        else:
            parts.append(piece)
    return "&".join(parts)


def _unquote_name(name: str) -> str:
    try:
        pairs = parse_qsl(name + "=", keep_blank_values=True)
    except ValueError:
        return name
    return pairs[0][0] if pairs else name


def _redact_netloc(netloc: str) -> str:
    userinfo, at, hostport = netloc.rpartition("@")
    if not at:
        return netloc
    user, colon, _password = userinfo.partition(":")
    # a token may be written as the user name alone (http://sk-abc@host): with no password, the user is masked
    return f"{user}:{MASK}@{hostport}" if colon else f"{MASK}@{hostport}"


def redact_url(url: str) -> str:
    """'http://me:pw@h:1234/v1?api_key=abc&x=1' → 'http://me:***@h:1234/v1?api_key=***&x=1'. Never raises.

    A URL typed without a scheme ('me:pw@localhost:1234/v1') is read as http:// and given back without it.
    """
    if not isinstance(url, str) or not url:
        return url
    text = url
    added = "://" not in text
    if added:
        text = "http://" + text
    try:
        parts = urlsplit(text)
        redacted = urlunsplit(
            (
                parts.scheme,
                _redact_netloc(parts.netloc),
                parts.path,
                _redact_query(parts.query),
                _redact_fragment(parts.fragment),
            )
        )
    except ValueError:  # e.g. a broken IPv6 literal: fall back to a plain textual cut
        redacted = _fallback(text)
    if added and redacted.startswith("http://"):
        redacted = redacted[len("http://") :]
    return redacted


def _redact_fragment(fragment: str) -> str:
    # OAuth implicit flows put `access_token=...` in the fragment
    return _redact_query(fragment) if "=" in fragment else fragment


def _fallback(text: str) -> str:
    scheme, sep, rest = text.partition("://")
    authority, slash, tail = rest.partition("/")
    path, q, query = tail.partition("?")
    return f"{scheme}{sep}{_redact_netloc(authority)}{slash}{path}{q}{_redact_query(query)}"


def redact_text(text: str) -> str:
    """Every URL inside a message redacted (an exception text or a server's error message may quote one)."""
    if not isinstance(text, str) or "://" not in text:
        return text
    return _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)


def has_secret(url: str) -> bool:
    """Whether `redact_url` would hide something in `url`."""
    return redact_url(url) != url


__all__ = ["DEFAULT_SERVER_URL", "MASK", "SECRET_QUERY_KEYS", "has_secret", "redact_text", "redact_url"]
