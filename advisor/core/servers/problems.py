"""What can be wrong with a local server, as codes; the CLI and the Qt layer word them (and translate them)."""

from __future__ import annotations

import enum


class ProblemCode(enum.StrEnum):
    CONNECTION_REFUSED = "connection_refused"  # nothing listens: the server is not started
    HOST_NOT_FOUND = "host_not_found"  # the host name does not resolve: a typo ("localhots"), not a stopped server
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
