"""Estimate the models already downloaded in LM Studio's folder (their real headers, on this machine)."""

from __future__ import annotations

import logging
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from advisor.core.gguf import GgufError, GgufInfo, read_gguf, spec_from_gguf
from advisor.core.gguf.info import split_parts
from advisor.core.sizing import reasons
from advisor.core.sizing.estimate import placed_estimate_on
from advisor.core.sizing.machine import machine_from_profile
from advisor.core.types import Estimate, HardwareProfile, ModelFile, ModelSpec

log = logging.getLogger(__name__)
READ_TIME_LIMIT_S = 5.0  # per file: a real header parses in well under a second; a hostile one is given up on


def _read_bounded(path: str) -> GgufInfo:
    return read_gguf(path, time_limit_s=READ_TIME_LIMIT_S, allow_missing_parts=True)  # a download under way


@dataclass(frozen=True)
class LocalModelEstimate:
    model: ModelFile
    spec: ModelSpec | None
    estimate: Estimate | None
    error: str | None = None  # a reasons.LOCAL_* code when the file could not be read


def _is_model_file(path: Path) -> bool:
    """Skip what is not a model by its name (vision projectors, imatrix files, LoRA adapters: the catalogue's rule,
    `advisor.core.gguf.kinds`) and the later parts of split models (the first part stands for all)."""
    from advisor.core.gguf.kinds import is_model_name

    if not path.name.lower().endswith(".gguf") or not is_model_name(path.name):
        return False
    parts = split_parts(path)
    return parts is None or parts[0].name == path.name


def estimate_local_models(
    profile: HardwareProfile,
    *,
    context: int = 4096,
    kv_type: str = "f16",
    reader: Callable[[str], GgufInfo] = _read_bounded,
) -> list[LocalModelEstimate]:
    """One entry per model file LM Studio holds (from `profile.lmstudio.models`), sorted as listed there.

    A file that cannot be read, or whose header is corrupt, hostile or too slow to parse, is listed with its error
    code and the others go on: nothing a file holds stops the scan. Each is sized in the placement to load it with, as
    the recommendation and the Models list size theirs (`placed_estimate_on`: a mixture of experts too large for the
    graphics card with the routed experts of its first N layers in RAM where that is faster; `Estimate.n_cpu_moe`)."""
    machine = machine_from_profile(profile)
    out: list[LocalModelEstimate] = []
    for model in profile.lmstudio.models:
        if not _is_model_file(Path(model.path)):
            continue
        try:
            spec = spec_from_gguf(reader(model.path))
        except FileNotFoundError:
            out.append(LocalModelEstimate(model, None, None, reasons.LOCAL_NOT_FOUND))
            continue
        except GgufError as exc:
            log.info("%s: not a readable GGUF: %s", model.path, exc)
            out.append(LocalModelEstimate(model, None, None, reasons.LOCAL_NOT_GGUF))
            continue
        except (OSError, UnicodeError) as exc:  # UnicodeError: a path with a lone surrogate cannot be encoded
            log.info("%s: cannot read: %s", model.path, exc)
            out.append(LocalModelEstimate(model, None, None, reasons.LOCAL_UNREADABLE))
            continue
        except (ValueError, ArithmeticError, MemoryError, RecursionError, struct.error) as exc:
            # the reader raises GgufError for everything it checks; this is the guard for what it does not foresee
            log.info("%s: not a readable GGUF (%s: %s)", model.path, type(exc).__name__, exc)
            out.append(LocalModelEstimate(model, None, None, reasons.LOCAL_NOT_GGUF))
            continue
        out.append(LocalModelEstimate(model, spec, placed_estimate_on(spec, machine, context=context, kv_type=kv_type)))
    return out
