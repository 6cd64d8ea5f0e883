"""GGUF header reading: local files, and remote files by HTTP Range requests (header only)."""

from advisor.core.gguf.info import GgufInfo, read_gguf, spec_from_gguf
from advisor.core.gguf.kinds import header_kind, is_model_name, non_model_kind
from advisor.core.gguf.reader import GgufError, TensorInfo
from advisor.core.gguf.remote import GgufFetchError, read_remote_gguf

__all__ = [
    "GgufError",
    "GgufFetchError",
    "GgufInfo",
    "TensorInfo",
    "header_kind",
    "is_model_name",
    "non_model_kind",
    "read_gguf",
    "read_remote_gguf",
    "spec_from_gguf",
]
