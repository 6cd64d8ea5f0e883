"""URLs as they may be shown: without the password of `user:secret@host` nor the value of a token in the query;
and the one default server address (LM Studio's), here because this module imports nothing heavy: the CLI's start
and the app's state use it without loading the HTTP client.

`redact_url(url)` is the one place that decides what a secret in a URL is; everything that stores a URL in a result
that gets printed, written as JSON or put in a report passes it through here (or `redact_text` for a message that may
quote a URL). Redacting twice changes nothing.

A server may also quote a secret outside a URL: an OpenAI-compatible gateway that echoes the `Authorization` header
in its 400 message, or in a model id. So `redact_text` also masks the secrets *in play this run*: every API key put in
an `Authorization` header (`servers.http.auth_headers`, `servers.chat.openai_client` call `remember_secret`), the
password, user-name token and secret query values of every URL a request was sent to (`remember_url_secrets`, called
by the HTTP transport) and the Hub token of the environment. They are remembered for the life of the process (a key
the app's field held a minute ago is still masked), and found

* whole, anywhere in the text, also URL-encoded, JSON-escaped, HTML-escaped and in any letter case;
* as a piece: a run of token characters holding 8 or more characters in a row of a secret (a gateway that prints
  the first 12 characters of the key, or the key cut by a length limit and glued to other text);
* after `Bearer`/`Basic` or an `api_key=`/`Authorization:` label, whatever the value (a key sent by someone else).

The base64 form of `user:password` is what the client sends for a URL's user info (HTTP Basic), so that is remembered
too; other encodings (base64 of a Bearer key, hashes) are not searched: no server has a reason to write them, and a
front end cannot tell them from any other random string. A secret shorter than 4 characters is not searched (it
would mask ordinary words); one of 4 to 7 is masked only where it stands alone, not inside a longer word.
"""

from __future__ import annotations

import base64
import html
import json
import os
import re
import threading
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit, urlunsplit

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
    """`text` as it may be shown: every URL inside it redacted (an exception text or a server's error message may
    quote one), every secret in play this run masked, whole or in part, and any `Bearer <token>` or
    `api_key=<value>` masked. Never raises; redacting twice changes nothing."""
    if not isinstance(text, str) or not text:
        return text
    if "://" in text:
        text = _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)
    text = mask_secrets(text, pieces=True)
    text = _AUTH_SCHEME.sub(lambda m: m.group(1) + MASK, text)
    return _SECRET_LABEL.sub(lambda m: m.group(1) + MASK, text)


# ---------------------------------------------------------------------------------------------- secrets in play

SECRET_MIN_CHARS = 4  # shorter: not searched (a 1-3 character key would mask ordinary words)
ALONE_BELOW_CHARS = 8  # a secret shorter than this is masked only where it is not part of a longer word
PIECE_MIN_CHARS = 8  # a piece of a secret this long or longer is masked on its own
ENV_SECRETS = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")  # tokens huggingface_hub sends to the Hub

_lock = threading.Lock()
_remembered: tuple[str, ...] = ()
_compiled: dict[tuple[str, ...], tuple[re.Pattern[str] | None, frozenset[str]]] = {}

_TOKEN_RUN = re.compile(rf"[A-Za-z0-9_~+/=-]{{{PIECE_MIN_CHARS},}}")
_AUTH_SCHEME = re.compile(r"(?i)(\b(?:bearer|basic)\s+)(?=[A-Za-z0-9._~+/=-]*[0-9_~+/=-])[A-Za-z0-9._~+/=-]{4,}")
_SECRET_LABEL = re.compile(
    r"(?i)(\b(?:x[_-]api[_-]key|api[_-]?key|access[_-]token|hf[_-]token|password|passwd)[\"']?\s*[:=]\s*[\"']?)"
    r"(?!\*\*\*)[^\s\"',;&<>]{4,}"
)


def remember_secret(value: str | None) -> None:
    """From now on, `redact_text` masks `value` (an API key; a leading `Bearer ` is dropped). None or a value shorter
    than `SECRET_MIN_CHARS` is ignored."""
    global _remembered
    if not isinstance(value, str):
        return
    value = value.strip()
    scheme, _, rest = value.partition(" ")
    if scheme.lower() in ("bearer", "basic") and rest.strip():
        value = rest.strip()
    if len(value) < SECRET_MIN_CHARS:
        return
    with _lock:
        if value not in _remembered:
            _remembered = (*_remembered, value)


def remember_url_secrets(url: str) -> None:
    """Remember the password (or a user name standing alone, read as a token), the value of each secret query or
    fragment parameter, and the HTTP Basic credential the client builds from the user info of `url`."""
    if not isinstance(url, str) or not url:
        return
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        userinfo, at, _host = parts.netloc.rpartition("@")
        if at:
            user, colon, password = userinfo.partition(":")
            user, password = unquote(user), unquote(password)
            remember_secret(password if colon else user)
            if colon and password:
                remember_secret(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))
        for query in (parts.query, parts.fragment):
            for name, value in parse_qsl(query, keep_blank_values=False):
                if _secret_key(name):
                    remember_secret(value)
    except ValueError:
        return


def forget_secrets() -> None:
    """Forget every remembered secret (tests; the environment's tokens are read again on each call)."""
    global _remembered
    with _lock:
        _remembered = ()


def known_secrets() -> tuple[str, ...]:
    """The secrets `redact_text` masks now: those remembered, then the environment's Hub token."""
    found = list(_remembered)
    for name in ENV_SECRETS:
        value = os.environ.get(name, "").strip()
        if len(value) >= SECRET_MIN_CHARS and value not in found:
            found.append(value)
    return tuple(found)


def _forms(secret: str) -> Iterable[str]:
    yield secret
    yield quote(secret, safe="")
    yield quote_plus(secret, safe="")
    yield html.escape(secret)
    yield json.dumps(secret)[1:-1]


def _pattern(secrets: tuple[str, ...]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The pattern of every form of `secrets`, and the set of their pieces (each run of `PIECE_MIN_CHARS`), cached."""
    with _lock:
        if secrets in _compiled:
            return _compiled[secrets]
    alternatives = []
    for form in sorted({f for s in secrets for f in _forms(s)}, key=len, reverse=True):
        escaped = re.escape(form)
        alternatives.append(escaped if len(form) >= ALONE_BELOW_CHARS else rf"(?<![A-Za-z0-9]){escaped}(?![A-Za-z0-9])")
    pattern = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None
    pieces = frozenset(
        s.casefold()[i : i + PIECE_MIN_CHARS] for s in secrets for i in range(len(s) - PIECE_MIN_CHARS + 1)
    )
    with _lock:
        if len(_compiled) > 64:
            _compiled.clear()
        _compiled[secrets] = (pattern, pieces)
    return pattern, pieces


def mask_secrets(text: str, *, pieces: bool = False) -> str:
    """`text` with every secret in play (`known_secrets()`) replaced by `MASK`; with `pieces`, also every run of token
    characters that holds `PIECE_MIN_CHARS` or more characters in a row of one (a key cut short, or glued to more)."""
    if not isinstance(text, str) or not text:
        return text
    secrets = known_secrets()
    if not secrets:
        return text
    pattern, windows = _pattern(secrets)
    if pattern is not None:
        text = pattern.sub(MASK, text)
    if pieces and windows:

        def piece(m: re.Match[str]) -> str:
            run = m.group(0).casefold()
            hit = any(run[i : i + PIECE_MIN_CHARS] in windows for i in range(len(run) - PIECE_MIN_CHARS + 1))
            return MASK if hit else m.group(0)

        text = _TOKEN_RUN.sub(piece, text)
    return text


def has_secret(url: str) -> bool:
    """Whether `redact_url` would hide something in `url`."""
    return redact_url(url) != url


__all__ = [
    "DEFAULT_SERVER_URL",
    "MASK",
    "SECRET_QUERY_KEYS",
    "forget_secrets",
    "has_secret",
    "known_secrets",
    "mask_secrets",
    "redact_text",
    "redact_url",
    "remember_secret",
    "remember_url_secrets",
]
