"""What can be wrong with a local server, as codes; the CLI and the Qt layer word them (and translate them)."""

from __future__ import annotations

import enum
import errno
import socket


class ProblemCode(enum.StrEnum):
    CONNECTION_REFUSED = "connection_refused"  # nothing listens: the server is not started
    HOST_NOT_FOUND = "host_not_found"  # the host name does not resolve: a typo ("localhots"), not a stopped server
    HOST_UNREACHABLE = "host_unreachable"  # no network route to that address: a wrong address, a computer that is off
    TIMEOUT = "timeout"  # something listens but does not answer in time
    WRONG_PATH = "wrong_path"  # a server is there, the URL's path is not its API (e.g. `/v1` missing)
    NOT_OPENAI_COMPATIBLE = "not_openai_compatible"  # something else answers on that port
    AUTH_REQUIRED = "auth_required"  # 401/403: the server wants an API token
    NO_MODEL_LOADED = "no_model_loaded"  # reachable, but no model to answer with
    LOADING = "loading"  # 503 while a model loads
    HTTP_ERROR = "http_error"  # any other failure (status, broken stream)
    # an answer past its size cap: values `what` ("model_list", "response", "stream", ...) and `limit_bytes`
    # (or `limit_count` and `count` for a list with too many entries)
    RESPONSE_TOO_LARGE = "response_too_large"


# Why a connection failed, as the operating system said it: its common reasons by errno (POSIX and Windows' WSA
# codes), so front ends word them in the person's language instead of showing the system's English
# ("[Errno 111] Connection refused"). Anything else has no code: the system's own words are all there is.
REFUSED = "refused"
TIMED_OUT = "timed_out"
NO_ROUTE = "no_route"
NAME_NOT_RESOLVED = "name_not_resolved"
RESET = "reset"
_ERRNO_REASONS: dict[int, str] = {
    errno.ECONNREFUSED: REFUSED,
    10061: REFUSED,  # WSAECONNREFUSED
    errno.ETIMEDOUT: TIMED_OUT,
    10060: TIMED_OUT,  # WSAETIMEDOUT
    errno.EHOSTUNREACH: NO_ROUTE,
    errno.ENETUNREACH: NO_ROUTE,
    getattr(errno, "EHOSTDOWN", 112): NO_ROUTE,
    10065: NO_ROUTE,  # WSAEHOSTUNREACH
    10051: NO_ROUTE,  # WSAENETUNREACH
    errno.ECONNRESET: RESET,
    errno.ECONNABORTED: RESET,
    errno.EPIPE: RESET,
    10054: RESET,  # WSAECONNRESET
    10053: RESET,  # WSAECONNABORTED
}
OS_REASONS = (REFUSED, TIMED_OUT, NO_ROUTE, NAME_NOT_RESOLVED, RESET)


def os_reason(exc: BaseException | None) -> str | None:
    """The common reason (one of `OS_REASONS`) a network call failed, from the system's error anywhere in the chain
    of exceptions that wrap it (httpx, httpcore, urllib's URLError.reason); None for any other failure."""
    seen: set[int] = set()
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, socket.gaierror):
            return NAME_NOT_RESOLVED
        if isinstance(current, OSError):
            code = getattr(current, "winerror", None) or current.errno
            if isinstance(code, int) and code in _ERRNO_REASONS:
                return _ERRNO_REASONS[code]
            if isinstance(current, ConnectionRefusedError):
                return REFUSED
            if isinstance(current, ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
                return RESET
            if isinstance(current, TimeoutError):
                return TIMED_OUT
        reason = getattr(current, "reason", None)  # urllib.error.URLError keeps the OSError here
        current = reason if isinstance(reason, BaseException) else (current.__cause__ or current.__context__)
    return None
