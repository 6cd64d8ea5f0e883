"""Hardware profiles as JSON: what `detect --json` writes, what `--hardware FILE` reads, and what-if variants.

A file may be what `detect --json` wrote, or a minimal hand-written one:
    {"ram": {"total_bytes": 34359738368},
     "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12884901888}]}
Missing values are filled: vendor from the name, bandwidth and board power from the GPU table, unified memory
for Apple chips and shared memory for integrated GPUs and APUs recognised by name (Iris Xe, Radeon 780M, 8060S…;
their `vram_total_bytes` may be left out), and available RAM by `assumed_available_bytes` — total minus the
system's reserve (the sizing engine's one rule: 15 %, 1–8 GiB), marked `available_source: "assumed"`.
A file whose `cpu.brand` is an Apple chip (Apple M2…) may leave `gpus` out: the GPU is the chip's own, found from
that name (as detection finds it on a Mac).
`ram.type`, `ram.speed_mts` and `ram.channels` (and the CPU's name) stand in for a bandwidth that is not given.
Errors are `HardwareFileError` (a ValueError) whose message starts with the field: `gpus[0].vram_total_bytes: ...`.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from advisor.core.files import FileTooLargeError, cannot_read, read_small_file
from advisor.core.hardware import ram_spec
from advisor.core.hardware.gpu import is_integrated_gpu_name, vendor_from_name, with_table
from advisor.core.hardware.gpu.apple import usable_gpu_bytes
from advisor.core.hardware.gpu_table import GpuSpec, find_gpu, lookup_gpu
from advisor.core.jsonio import finite_number, to_jsonable
from advisor.core.messages.speaker import ENGLISH
from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg
from advisor.core.names import UnknownNameError
from advisor.core.text import has_controls, outside_name
from advisor.core.types import (
    SCHEMA_VERSION,
    CpuInfo,
    GpuInfo,
    GpuVendor,
    HardwareProfile,
    LmStudioInfo,
    ModelFile,
    OsInfo,
    ProbeResult,
    RamInfo,
)

GIB = 2**30
MAX_FILE_BYTES = 16 * 2**20  # `detect --json` writes ~10 KB (a few MB with thousands of LM Studio models)
MIN_MEMORY_BYTES = 64 * 1024**2  # no machine that runs a model has less; 16 or 16384 is a size in GB or MiB
MAX_INT = 2**60  # 1 EiB: no real count or byte size comes near; above it is a typo (1e300) that would print nonsense
# llama.cpp's device limit (llama_max_devices(), GGML_SCHED_MAX_BACKENDS): no model is split over more cards
MAX_GPUS = 16
MAX_SHOWN_CHARS = 120  # a value quoted back in an error: enough to recognise it, never a page of it
RAM_TYPES = frozenset(
    {"DDR3", "DDR4", "DDR5", "LPDDR3", "LPDDR4", "LPDDR4X", "LPDDR5", "LPDDR5X", "GDDR6", "HBM", "UNIFIED"}
)


class HardwareFileError(ValueError):
    """A hardware file that cannot be used: `msg` (a catalogue message naming the field and what is wrong with it)
    and its `values`; `str()` is the English sentence, a front end words it in its language with `Speaker.t`."""

    def __init__(self, msg: Msg, **values: Any) -> None:
        self.msg = msg
        self.values = {key: _shown(str(value)) for key, value in values.items()}  # field names, repr()s, cut short
        super().__init__(ENGLISH.t(msg, **self.values))


def _shown(text: str) -> str:
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"


def _huge(value: int) -> str:
    """An integer too large to quote whole, as its first digits and power of ten (1e300 → "1.000e+300"); worked out
    without `str()`, which refuses integers of over 4,300 digits."""
    n = abs(value)
    exponent = int(math.log10(n))
    while 10**exponent > n:  # log10 of a huge integer may be off by one either way
        exponent -= 1
    while 10 ** (exponent + 1) <= n:
        exponent += 1
    lead = n // 10 ** (exponent - 3) if exponent >= 3 else n * 10 ** (3 - exponent)
    return f"{'-' if value < 0 else ''}{lead // 1000}.{lead % 1000:03d}e+{exponent}"


def _got(value: Any) -> str:
    """A value the file gave, as JSON writes it (true, null, "16GB"): the file's words, not Python's (True, None)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
        return _huge(value)
    try:
        return _shown(json.dumps(value, ensure_ascii=False, allow_nan=True))
    except (TypeError, ValueError, RecursionError):
        return _shown(repr(value))


_MISSING = QT_TRANSLATE_NOOP("HardwareFile", "{field}: missing")
_LIST = QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be a list (got {got})")
_ONE_OF = QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be one of {choices} (got {got})")
_NOT_ABOVE = QT_TRANSLATE_NOOP("HardwareFile", "{field}: must not exceed {limit} ({value} > {maximum})")
_GPU_UNKNOWN = QT_TRANSLATE_NOOP("HardwareFile", "{field}: missing (the GPU table does not know {name})")
_INT_ERRORS = {  # (positive, optional) → the sentence
    (True, False): QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be a positive integer (got {got})"),
    (True, True): QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be a positive integer or null (got {got})"),
    (False, False): QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be an integer of zero or more (got {got})"),
    (False, True): QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be an integer of zero or more or null (got {got})"),
}


_NOT_JSON = QT_TRANSLATE_NOOP(
    "HardwareFile", "not valid JSON at line {line}, column {column} (the JSON reader says: {reason})"
)
_JSON_PROBLEMS = {  # json.JSONDecodeError.msg → the sentence (3.13 adds the trailing-comma ones)
    "Expecting value": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: a value is missing there"
    ),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: a field name in double quotes is missing there"
    ),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: a comma is missing there"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: a colon is missing there"
    ),
    "Extra data": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: something follows the end of the data"
    ),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: a text there has no closing quote"
    ),
    "Illegal trailing comma before end of object": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: a comma before the closing brace"
    ),
    "Illegal trailing comma before end of array": QT_TRANSLATE_NOOP(
        "HardwareFile", "not valid JSON at line {line}, column {column}: a comma before the closing bracket"
    ),
}


# `"total_bytes": 32GB`: the reader stops at the unit and asks for a comma (newcomer round: "a comma is missing
# there" sent a person looking for a comma). A size in bytes says how many bytes; another field, the unit its name
# carries (`bandwidth_gbps`: GB/s)
_UNIT_AFTER_BYTES = QT_TRANSLATE_NOOP(
    "HardwareFile",
    "not valid JSON at line {line}, column {column}: a number there is followed by a unit; sizes are plain numbers "
    "of bytes (16 GiB is {example})",
)
_UNIT_AFTER_NUMBER = QT_TRANSLATE_NOOP(
    "HardwareFile",
    "not valid JSON at line {line}, column {column}: a number there is followed by a unit or a word; {field} takes "
    "the number alone",
)
_NUMBER_WITH_UNIT = re.compile(r'"([A-Za-z0-9_]+)"\s*:\s*-?[0-9][0-9.]*\s*$')


def _unit_after_number(exc: json.JSONDecodeError) -> str | None:
    """Where the reader stopped at a letter right after a number (`32GB`, `16 GiB`): the field's name ("" where it
    is not a field's value), else None."""
    if exc.msg not in ("Expecting ',' delimiter", "Extra data") or exc.pos >= len(exc.doc):
        return None
    before = exc.doc[: exc.pos].rstrip()
    if not (exc.doc[exc.pos].isalpha() and before[-1:].isdigit()):
        return None
    field = _NUMBER_WITH_UNIT.search(before[-200:])
    return field.group(1) if field else ""


def assumed_available_bytes(total_bytes: int) -> int:
    """RAM free for a model on a machine we cannot see: total − the system's reserve (sizing/machine.py's rule)."""
    from advisor.core.sizing.machine import system_reserve_bytes

    return max(0, total_bytes - system_reserve_bytes(total_bytes))


def profile_to_dict(profile: HardwareProfile) -> dict[str, Any]:
    """The `detect --json` document: schema_version first, then ram, cpu, gpus, os, lmstudio, probes."""
    data = to_jsonable(profile)
    return {"schema_version": data.pop("schema_version"), **data}


# --------------------------------------------------------------------------- reading


def _int(value: Any, field: str, *, positive: bool = True, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    ok = isinstance(value, int) and not isinstance(value, bool)
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value, ok = int(value), True
    if ok and value > MAX_INT:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "{field}: far more than any computer has; a typo? (got {got})"),
            field=field,
            got=_huge(value),
        )
    if not ok or value < (1 if positive else 0):
        raise HardwareFileError(_INT_ERRORS[positive, optional], field=field, got=_got(value))
    return int(value)


def _bytes_size(value: Any, field: str) -> int:
    """A memory size in bytes; one under MIN_MEMORY_BYTES is a size in other units ("total_bytes": 16 meant 16 GB),
    which would otherwise be read as no memory at all and advise nothing."""
    size = _int(value, field) or 0
    if size < MIN_MEMORY_BYTES:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP(
                "HardwareFile", "{field}: {got} bytes is too little memory; sizes are in bytes (16 GiB is {example})"
            ),
            field=field,
            got=_got(value),
            example=str(16 * 1024**3),
        )
    return size


def _number(value: Any, field: str, *, optional: bool = True) -> float | None:
    if value is None and optional:
        return None
    number = finite_number(value)
    if number is None or number <= 0:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be a number greater than zero or null (got {got})")
            if optional
            else QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be a number greater than zero (got {got})"),
            field=field,
            got=_got(value),
        )
    return number


def _str(value: Any, field: str, *, optional: bool = True, default: str | None = None) -> str | None:
    if value is None and optional:
        return default
    if not isinstance(value, str) or (not optional and not value.strip()):
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be a text string (got {got})"),
            field=field,
            got=_got(value),
        )
    return outside_name(value, max_chars=4096) if has_controls(value) else value  # shown: no terminal control


def _obj(value: Any, field: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be an object (got {got})"),
            field=field,
            got=type(value).__name__,
        )
    return value


def _gpu(raw: Any, field: str, ram_total: int, *, laptop: bool = False) -> GpuInfo:
    g = _obj(raw, field)
    if "name" not in g:
        raise HardwareFileError(_MISSING, field=f"{field}.name")
    name = _str(g["name"], f"{field}.name", optional=False) or ""
    vendor_raw = g.get("vendor")
    if vendor_raw is None:
        vendor = vendor_from_name(name)
    else:
        try:
            vendor = GpuVendor(vendor_raw)
        except ValueError:
            choices = "|".join(v.value for v in GpuVendor)
            raise HardwareFileError(_ONE_OF, field=f"{field}.vendor", choices=choices, got=_got(vendor_raw)) from None
    unified = g.get("unified_memory", vendor is GpuVendor.APPLE or is_integrated_gpu_name(name))
    if not isinstance(unified, bool):
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be true or false (got {got})"),
            field=f"{field}.unified_memory",
            got=_got(unified),
        )
    if "vram_total_bytes" in g or not unified:
        try:
            known = find_gpu(name) if "vram_total_bytes" not in g else None
        except UnknownNameError as exc:  # the cause carries the names the file probably meant
            raise HardwareFileError(_GPU_UNKNOWN, field=f"{field}.vram_total_bytes", name=repr(name)) from exc
        if "vram_total_bytes" not in g and (known is None or not known.vram_bytes):
            raise HardwareFileError(_GPU_UNKNOWN, field=f"{field}.vram_total_bytes", name=repr(name))
        # a card the table knows ("3090") may leave its memory out: the table's board is taken
        total = (
            known.vram_bytes
            if known is not None
            else _int(g["vram_total_bytes"], f"{field}.vram_total_bytes") or 0
            if unified  # an integrated GPU's BIOS carve-out may be 32 MiB: `detect --json` writes it so
            else _bytes_size(g["vram_total_bytes"], f"{field}.vram_total_bytes")
        )
    else:  # Apple's share of unified memory; an integrated GPU / APU without a stated carve-out: the driver's
        total = shared_gpu_bytes(vendor, ram_total)
    assert total is not None
    free = _int(g.get("vram_free_bytes"), f"{field}.vram_free_bytes", positive=False, optional=True)
    if free is not None and free > total:
        raise HardwareFileError(
            _NOT_ABOVE, field=f"{field}.vram_free_bytes", limit="vram_total_bytes", value=free, maximum=total
        )
    gpu = GpuInfo(
        name=name,
        vendor=vendor,
        vram_total_bytes=total,
        vram_free_bytes=free,
        unified_memory=unified,
        bandwidth_gbps=_number(g.get("bandwidth_gbps"), f"{field}.bandwidth_gbps"),
        power_limit_watts=_number(g.get("power_limit_watts"), f"{field}.power_limit_watts"),
        driver=_str(g.get("driver"), f"{field}.driver"),
        source=_str(g.get("source"), f"{field}.source", default="file") or "file",
        board_power_watts=_number(g.get("board_power_watts"), f"{field}.board_power_watts"),
        # what detect wrote: a Mac's rate for its own GPU cores, which the bare chip name no longer says
        fp32_tflops=_number(g.get("fp32_tflops"), f"{field}.fp32_tflops"),
        index=_int(g.get("index"), f"{field}.index", positive=False, optional=True),
    )
    return with_table(gpu, laptop=laptop)


# a system as people write it → the name Python's platform.system() gives (what detection writes and sizing reads:
# llama.cpp's default threads differ on Windows); the words after it are its release ("Windows 11" → "11")
_SYSTEM_WORDS = (
    # "Windows_NT" (Windows' %OS%, Node's os.type()) and "win32"/"win64" (a platform tag, no release) too
    (
        re.compile(r"(?:microsoft\s+)?(?:windows_nt|win(?:32|64)(?=$|\s)|windows|win)(?=$|[\s\d_-])", re.IGNORECASE),
        "Windows",
    ),
    (re.compile(r"(?:mac\s*os(?:\s*x)?|os\s*x|darwin|mac)(?=$|[\s\d_-])", re.IGNORECASE), "Darwin"),
    (re.compile(r"(?:gnu/)?linux(?=$|[\s\d_-])", re.IGNORECASE), "Linux"),
)
# a Linux distribution's name: the system is Linux, the whole name its release ("Ubuntu 22.04")
_LINUX_DISTRIBUTIONS = re.compile(r"(?:ubuntu|debian|fedora|linux\s*mint|arch\s*linux|archlinux|pop!?_os)\b", re.I)


def _os(raw: Any) -> Mapping[str, Any]:
    """`os` as an object, or as one string ("Windows 11", as a person writes it)."""
    if raw is None:
        return {}
    if isinstance(raw, str):
        return {"system": raw}
    return _obj(raw, "os")


def _os_info(raw: Mapping[str, Any]) -> OsInfo:
    """The system by the name detection writes ("Windows", "Darwin", "Linux"), whatever its case or spelling: a file
    saying "Windows 11" or "windows" was shown as Windows and sized with Linux's thread rule (newcomer round)."""
    system = (_str(raw.get("system"), "os.system", default="unknown") or "unknown").strip()
    release = (_str(raw.get("release"), "os.release", default="") or "").strip()
    for pattern, name in _SYSTEM_WORDS:
        match = pattern.match(system)
        if match is not None:
            rest = system[match.end() :].strip(" -")
            return OsInfo(system=name, release=release or rest)
    if _LINUX_DISTRIBUTIONS.match(system):
        return OsInfo(system="Linux", release=release or system)
    return OsInfo(system=system or "unknown", release=release)


def _cpu(raw: Any) -> CpuInfo:
    if raw is None:
        return CpuInfo(brand="unknown", arch="unknown", physical_cores=None, logical_cores=None)
    c = _obj(raw, "cpu")
    flags = c.get("flags", [])
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be a list of text strings"), field="cpu.flags"
        )
    return CpuInfo(
        # "name", as a GPU is named (newcomer round: {"cpu": {"name": "Intel Core i5-1235U"}} was ignored unsaid)
        brand=_str(c.get("brand", c.get("name")), "cpu.brand", default="unknown") or "unknown",
        arch=_str(c.get("arch"), "cpu.arch", default="unknown") or "unknown",
        physical_cores=_int(c.get("physical_cores"), "cpu.physical_cores", optional=True),
        logical_cores=_int(c.get("logical_cores"), "cpu.logical_cores", optional=True),
        flags=tuple(flags),
        max_mhz=_clock(c.get("max_mhz")),
        sockets=_int(c.get("sockets"), "cpu.sockets", optional=True),
        efficiency_cores=_int(c.get("efficiency_cores"), "cpu.efficiency_cores", positive=False, optional=True),
    )


def _clock(value: Any) -> float | None:
    mhz = _number(value, "cpu.max_mhz")
    if mhz is not None and not 300 <= mhz <= 7000:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP(
                "HardwareFile", "{field}: must be between 300 and 7000 (MHz; 4.7 GHz is 4700) (got {got})"
            ),
            field="cpu.max_mhz",
            got=f"{mhz:g}",
        )
    return mhz


def _lmstudio(raw: Any) -> LmStudioInfo:
    if raw is None:
        return LmStudioInfo(home=None, models_dir=None)
    s = _obj(raw, "lmstudio")
    models_raw = s.get("models", [])
    if not isinstance(models_raw, list):
        raise HardwareFileError(_LIST, field="lmstudio.models", got=type(models_raw).__name__)
    models = []
    for i, m in enumerate(models_raw):
        m = _obj(m, f"lmstudio.models[{i}]")
        path = _str(m.get("path"), f"lmstudio.models[{i}].path", optional=False) or ""
        size = _int(m.get("size_bytes"), f"lmstudio.models[{i}].size_bytes", positive=False)
        models.append(ModelFile(path, size or 0))
    return LmStudioInfo(
        home=_str(s.get("home"), "lmstudio.home"),
        models_dir=_str(s.get("models_dir"), "lmstudio.models_dir"),
        models=tuple(models),
        disk_free_bytes=_int(s.get("disk_free_bytes"), "lmstudio.disk_free_bytes", positive=False, optional=True),
    )


def _probes(raw: Any) -> tuple[ProbeResult, ...]:
    """Kept for the record when well formed; a hand edit that breaks them costs nothing."""
    kept = []
    for p in raw if isinstance(raw, list) else ():
        if isinstance(p, Mapping) and isinstance(p.get("name"), str) and isinstance(p.get("ok"), bool):
            seconds = p.get("seconds")
            kept.append(
                ProbeResult(
                    p["name"],
                    p["ok"],
                    float(seconds) if isinstance(seconds, int | float) else 0.0,
                    str(p.get("detail", "")),
                )
            )
    return tuple(kept)


def _battery(value: Any) -> bool | None:
    """`battery`: true for a laptop (what detection saw, or what the file's author says), false for none."""
    if value is None or isinstance(value, bool):
        return value
    raise HardwareFileError(_ONE_OF, field="battery", choices="true, false, null", got=_got(value))


def profile_from_dict(data: Any) -> HardwareProfile:
    top = _obj(data, "the file")
    version = top.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise HardwareFileError(_INT_ERRORS[True, False], field="schema_version", got=_got(version))
    if version > SCHEMA_VERSION:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "schema_version: {version} is newer than this version reads ({known})"),
            version=version,
            known=SCHEMA_VERSION,
        )
    if "ram" not in top:
        raise HardwareFileError(QT_TRANSLATE_NOOP("HardwareFile", "ram: missing (needs at least ram.total_bytes)"))
    ram_raw = _obj(top["ram"], "ram")
    if "total_bytes" not in ram_raw:
        raise HardwareFileError(_MISSING, field="ram.total_bytes")
    total = _bytes_size(ram_raw["total_bytes"], "ram.total_bytes")
    available = _int(ram_raw.get("available_bytes"), "ram.available_bytes", positive=False, optional=True)
    available_source = "detected"
    if ram_raw.get("available_source") == "assumed":
        available_source = "assumed"
    if available is None:
        available, available_source = assumed_available_bytes(total), "assumed"
    elif available > total:
        raise HardwareFileError(
            _NOT_ABOVE, field="ram.available_bytes", limit="ram.total_bytes", value=available, maximum=total
        )
    cpu = _cpu(top.get("cpu"))
    battery = _battery(top.get("battery"))
    if "gpus" not in top and vendor_from_name(cpu.brand) is GpuVendor.APPLE:
        # an Apple chip's GPU is part of the chip: found from its name, as detection finds it on a Mac
        gpus: tuple[GpuInfo, ...] = (_gpu({"name": cpu.brand}, "cpu.brand", total),)
    elif "gpus" not in top:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "gpus: missing (write [] for a machine without a GPU)")
        )
    elif not isinstance(top["gpus"], list):
        raise HardwareFileError(_LIST, field="gpus", got=type(top["gpus"]).__name__)
    elif len(top["gpus"]) > MAX_GPUS:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP(
                "HardwareFile",
                "gpus: lists {count} graphics cards; llama.cpp uses at most {most} in one machine, so this file "
                "cannot describe a real one",
            ),
            count=len(top["gpus"]),
            most=MAX_GPUS,
        )
    else:
        # on a laptop (a battery) a desktop card's name is its laptop part's figures where the file gives none
        gpus = tuple(_gpu(g, f"gpus[{i}]", total, laptop=battery is True) for i, g in enumerate(top["gpus"]))
    apple = next((g for g in gpus if g.vendor is GpuVendor.APPLE), None)
    chip_name = _apple_chip_name(apple.name) if apple is not None else None
    if "cpu" not in top and chip_name is not None:
        # a Mac described by its chip's GPU alone ({"gpus": [{"name": "Apple M2"}]}): its processor is that chip,
        # never a typical PC's x86 one
        cpu = apple_cpu(chip_name)
    elif cpu.physical_cores is None and (chip := ram_spec.apple_chip(cpu.brand)) is not None:
        # an Apple chip named without its counts ({"cpu": {"brand": "Apple M2 Pro"}}): its cores are Apple's, not a
        # typical laptop's 8 — its GPU's variant where the file gives the same chip's GPU (an M3 Pro's 11 or 12)
        same = chip_name is not None and ram_spec.apple_chip(chip_name) == chip
        cpu = _with_apple_counts(cpu, apple_cpu(chip_name if same and chip_name else cpu.brand))
    if ram_spec.apple_chip(cpu.brand) is not None and (cpu.arch == "unknown" or not cpu.flags):
        # an Apple M chip's processor is Arm with NEON (and its dot product) whatever the file leaves out: {"cpu":
        # {"brand": "Apple M1 Pro"}} was "arch unknown, no instructions" and its assumptions asked for the brand given
        cpu = dataclasses.replace(
            cpu, arch="arm64" if cpu.arch == "unknown" else cpu.arch, flags=cpu.flags or ("neon",)
        )
    ram_bw = _number(ram_raw.get("bandwidth_gbps"), "ram.bandwidth_gbps")
    source = _str(ram_raw.get("bandwidth_source"), "ram.bandwidth_source")
    ram_kind = _str(ram_raw.get("kind", ram_raw.get("type")), "ram.type")
    if ram_kind is not None and ram_kind.strip().upper().replace("-", "") not in RAM_TYPES:
        raise HardwareFileError(_ONE_OF, field="ram.type", choices=", ".join(sorted(RAM_TYPES)), got=_got(ram_kind))
    speed = _int(ram_raw.get("speed_mts"), "ram.speed_mts", optional=True)
    if speed is not None and not 400 <= speed <= 20000:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP(
                "HardwareFile", "{field}: must be between 400 and 20000 (MT/s, as in DDR5-5600) (got {got})"
            ),
            field="ram.speed_mts",
            got=speed,
        )
    channels = _number(ram_raw.get("channels"), "ram.channels")
    if channels is not None and not 0.25 <= channels <= 24:
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "{field}: must be between 0.25 and 24 (64-bit channels) (got {got})"),
            field="ram.channels",
            got=f"{channels:g}",
        )
    if ram_bw is not None and source in ("estimated", "ram_spec", "cpu_family"):
        # an edited `detect --json` file: a figure that is not the one derived was typed by a person — it is stated
        derived = ram_spec.derive_bandwidth(ram_kind, speed, channels, cpu.brand)
        if abs(derived.bandwidth_gbps - ram_bw) > 0.05:
            source = "file"
    if ram_bw is None:
        apple = next((g for g in gpus if g.vendor is GpuVendor.APPLE and g.bandwidth_gbps), None)
        if apple:
            ram_bw, source = apple.bandwidth_gbps, "table"
        else:
            derived = ram_spec.derive_bandwidth(ram_kind, speed, channels, cpu.brand)
            ram_bw, source = derived.bandwidth_gbps, "estimated" if derived.basis == "typical" else derived.basis
    os_info = _os_info(_os(top.get("os")))
    if os_info.system == "unknown" and (apple is not None or ram_spec.apple_chip(cpu.brand) is not None):
        os_info = OsInfo(system="Darwin", release="")  # an Apple chip runs macOS ("unknown system" beside an M1 Pro)
    return HardwareProfile(
        ram=RamInfo(
            total,
            available,
            ram_bw,
            source or "file",
            kind=ram_kind.strip().upper() if ram_kind else None,
            speed_mts=speed,
            channels=channels,
            available_source=available_source,
        ),
        cpu=cpu,
        gpus=gpus,
        os=os_info,
        lmstudio=_lmstudio(top.get("lmstudio")),
        probes=_probes(top.get("probes")),
        battery=battery,
    )


def load_profile(source: str | Path | Mapping[str, Any]) -> HardwareProfile:
    """A profile from a file path (JSON) or an already parsed mapping; HardwareFileError when unusable."""
    if not isinstance(source, str | Path):
        return profile_from_dict(source)
    path = Path(source)
    try:
        try:  # a FIFO would block the read, /dev/zero would fill the memory: only a regular file, so far
            raw = read_small_file(path, MAX_FILE_BYTES)
        except FileTooLargeError:
            raise HardwareFileError(
                QT_TRANSLATE_NOOP(
                    "HardwareFile", "the file is larger than {mib} MiB; a hardware file is a few kilobytes"
                ),
                mib=MAX_FILE_BYTES // 2**20,
            ) from None
        # PowerShell 5's `detect --json > pc.json` writes UTF-16 with a BOM; Notepad may add a UTF-8 BOM
        utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        text = raw.decode("utf-16" if utf16 else "utf-8-sig")
    except FileNotFoundError:
        raise HardwareFileError(QT_TRANSLATE_NOOP("HardwareFile", "file not found")) from None
    except (OSError, UnicodeError) as exc:  # UnicodeEncodeError: a path with a lone surrogate
        raise HardwareFileError(
            cannot_read(exc) or QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: {reason}"),
            reason=getattr(exc, "strerror", None) or exc,
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:  # Python's own words are English: the usual ones are said in ours
        field = _unit_after_number(exc)
        if field is not None and (field.endswith("_bytes") or not field):
            raise HardwareFileError(
                _UNIT_AFTER_BYTES, line=exc.lineno, column=exc.colno, example=str(16 * 1024**3)
            ) from None
        if field is not None:
            raise HardwareFileError(_UNIT_AFTER_NUMBER, line=exc.lineno, column=exc.colno, field=field) from None
        raise HardwareFileError(
            _JSON_PROBLEMS.get(exc.msg, _NOT_JSON), reason=exc.msg, line=exc.lineno, column=exc.colno
        ) from None
    except RecursionError:  # [[[[…]]]] thousands deep: the parser runs out of stack
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "not a hardware file: its JSON is nested too deeply")
        ) from None
    except ValueError as exc:  # an integer of thousands of digits exceeds Python's int-from-text limit
        raise HardwareFileError(
            QT_TRANSLATE_NOOP("HardwareFile", "not a hardware file: a number in it is too long ({reason})"), reason=exc
        ) from None
    return profile_from_dict(data)


# --------------------------------------------------------------------------- what-if

# An integrated GPU's (or APU's) default share of RAM when no carve-out is stated: Windows' shared GPU memory and
# Linux's GTT default are half of it (docs/readme/hardware.md). The sizing engine's SHARED_GPU_SHARE is the same.
INTEGRATED_GPU_SHARE = 0.5


def shared_gpu_bytes(vendor: GpuVendor, ram_total_bytes: int) -> int:
    """The memory a GPU without memory of its own may use of `ram_total_bytes`, the one rule for a hardware file
    and a what-if: Apple silicon's Metal working set (`gpu.apple.usable_gpu_bytes`), any other integrated GPU
    `INTEGRATED_GPU_SHARE` of RAM."""
    if vendor is GpuVendor.APPLE:
        return usable_gpu_bytes(ram_total_bytes)
    return int(ram_total_bytes * INTEGRATED_GPU_SHARE)


# Apple silicon's processor, per chip as the GPU table names it: (performance, efficiency) cores, from Apple's
# specifications. A chip sold with two processors under one GPU row (M1 Pro 8/10-core, M2 Pro 10/12-core) is the
# larger one; a chip not listed (M5 Pro/Max) gets no core count, and the engine assumes one and says so.
APPLE_CPU_CORES: dict[str, tuple[int, int]] = {
    "Apple M1": (4, 4),
    "Apple M1 Pro": (8, 2),
    "Apple M1 Max": (8, 2),
    "Apple M1 Ultra": (16, 4),
    "Apple M2": (4, 4),
    "Apple M2 Pro": (8, 4),
    "Apple M2 Max": (8, 4),
    "Apple M2 Ultra": (16, 8),
    "Apple M3": (4, 4),
    "Apple M3 Pro (14-core GPU)": (5, 6),
    "Apple M3 Pro (18-core GPU)": (6, 6),
    "Apple M3 Max (30-core GPU)": (10, 4),
    "Apple M3 Max (40-core GPU)": (12, 4),
    "Apple M3 Ultra (60-core GPU)": (20, 8),
    "Apple M3 Ultra (80-core GPU)": (24, 8),
    "Apple M4": (4, 6),
    "Apple M4 Pro (16-core GPU)": (8, 4),
    "Apple M4 Pro (20-core GPU)": (10, 4),
    "Apple M4 Max (32-core GPU)": (10, 4),
    "Apple M4 Max (40-core GPU)": (12, 4),
    "Apple M5": (4, 6),
}
UNKNOWN_CPU = CpuInfo(brand="unknown", arch="unknown", physical_cores=None, logical_cores=None)


def _apple_chip_name(gpu_name: str) -> str:
    """An Apple GPU's name as the chip's ("Apple M1 (7-core GPU)"), where the file wrote it short ("M1", "Apple M1
    7-core GPU": newcomer round, whose processor was then a typical laptop's 8 cores, assumed): the GPU table's
    entry for it; a name that already says the chip, as written."""
    if ram_spec.apple_chip(gpu_name) is not None and (" (" in gpu_name or "core" not in gpu_name.lower()):
        return gpu_name
    entry = lookup_gpu(gpu_name)
    return entry.name if entry is not None and ram_spec.apple_chip(entry.name) is not None else gpu_name


def apple_cpu(chip: str) -> CpuInfo:
    """The processor of the Apple chip `chip` (a GPU table name, "Apple M3 Max (40-core GPU)"): its name without
    the GPU's variant, arm64, and its cores where `APPLE_CPU_CORES` knows them (no SMT: one thread per core)."""
    brand = chip.split(" (", 1)[0].strip()
    # a chip sold with two GPUs, named without one (a hardware file's "Apple M3 Pro"): the smaller's processor
    variants = [cores for name, cores in APPLE_CPU_CORES.items() if name.startswith(brand + " (")]
    cores = APPLE_CPU_CORES.get(chip) or APPLE_CPU_CORES.get(brand) or (min(variants, key=sum) if variants else None)
    total = sum(cores) if cores else None
    return CpuInfo(
        brand=brand,
        arch="arm64",
        physical_cores=total,
        logical_cores=total,
        flags=("neon",),
        efficiency_cores=cores[1] if cores else None,
    )


def _with_apple_counts(cpu: CpuInfo, chip: CpuInfo) -> CpuInfo:
    """`cpu` with the counts of the Apple chip it names, where it states none of its own (its architecture and flags
    are the chip's where none are stated: `load_profile`)."""
    if chip.physical_cores is None:
        return cpu
    return dataclasses.replace(
        cpu,
        physical_cores=chip.physical_cores,
        logical_cores=cpu.logical_cores or chip.logical_cores,
        efficiency_cores=cpu.efficiency_cores if cpu.efficiency_cores is not None else chip.efficiency_cores,
    )


def _what_if_machine(profile: HardwareProfile, gpus: tuple[GpuInfo, ...]) -> tuple[CpuInfo, OsInfo] | None:
    """The processor and system of the machine `gpus` make up, where it cannot be this one's (None: it can).

    An Apple GPU is a chip with its own processor: a what-if Mac runs on that chip's CPU and macOS, never beside
    this PC's processor (or another Mac's chip). Apple silicon takes no other graphics card: a card picked for a
    Mac describes some other computer, whose processor is not known (the engine assumes a typical one, said).

    An integrated GPU is part of its processor too: one of another maker than this processor's (a Radeon 780M on
    an Intel PC, an Iris Xe on a Ryzen or a Mac) makes another PC, whose processor is the family that GPU is built
    into (`integrated_gpu_cpu`: a Radeon 780M's Ryzen 7040/8040, with its DDR5), its cores and memory that
    family's usual ones (assumed, said); its system is kept (a PC stays a PC). One of this processor's maker keeps
    this processor: it may be its own."""
    this_chip = ram_spec.apple_chip(profile.cpu.brand)
    apple = next((g for g in gpus if g.vendor is GpuVendor.APPLE), None)
    if apple is not None:
        cpu = apple_cpu(apple.name)
        same_chip = this_chip is not None and this_chip == ram_spec.apple_chip(cpu.brand)
        if same_chip and cpu.physical_cores in (None, profile.cpu.physical_cores):
            return None  # this Mac's own chip: the processor detection found
        return cpu, OsInfo(system="Darwin", release="")
    maker = None if this_chip is not None else _cpu_vendor(profile.cpu.brand)
    own = {g.name for g in profile.gpus}
    other = next(
        (
            g
            for g in gpus
            if g.unified_memory and g.vendor in _CPU_MAKERS and g.vendor is not maker and g.name not in own
        ),
        None,
    )
    if this_chip is not None and gpus:  # a Mac takes no other GPU: another computer, a PC
        return integrated_gpu_cpu(other.name) if other else UNKNOWN_CPU, OsInfo(system="unknown", release="")
    if other is not None:
        cpu = integrated_gpu_cpu(other.name)
        # an Arm chip (NVIDIA's GB10) runs its own Linux, never this PC's Windows; an x86 one keeps the system
        return cpu, OsInfo(system="Linux", release="") if cpu.arch == "aarch64" else profile.os
    return None


def integrated_gpu_cpu(gpu_name: str) -> CpuInfo:
    """The processor of a what-if integrated GPU: the family the GPU table's `gpu_name` is built into
    (`ram_spec.family_of_integrated_gpu`), named by that family's name so that its memory, cores and instructions
    are the family's (each said as assumed); `UNKNOWN_CPU` for a GPU linked to no family."""
    family = ram_spec.family_of_integrated_gpu(gpu_name)
    if family is None:
        return UNKNOWN_CPU
    arch = "aarch64" if family.isa.startswith("neon") else "x86_64"  # NVIDIA's GB10: Arm cores beside its GPU
    return CpuInfo(brand=family.family, arch=arch, physical_cores=None, logical_cores=None)


# the makers whose processors carry an integrated GPU of their own (NVIDIA: the GB10 of the DGX Spark)
_CPU_MAKERS = (GpuVendor.INTEL, GpuVendor.AMD, GpuVendor.NVIDIA)


def _cpu_vendor(brand: str) -> GpuVendor | None:
    """Intel or AMD, where the processor's name says it (None for any other or an unknown name)."""
    name = brand.lower()
    if "intel" in name:
        return GpuVendor.INTEL
    if any(word in name for word in ("amd", "ryzen", "epyc", "threadripper")):
        return GpuVendor.AMD
    family = ram_spec.lookup_cpu_family(brand)
    if family is not None and family.family.startswith("NVIDIA"):  # a DGX Spark's own GB10 processor
        return GpuVendor.NVIDIA
    return None


def _what_if_gpu(gpu: GpuInfo | GpuSpec | str, ram_total: int, index: int) -> GpuInfo:
    if isinstance(gpu, GpuInfo):
        return gpu
    spec = find_gpu(gpu) if isinstance(gpu, str) else gpu  # an unknown name: UnknownNameError with suggestions
    own = None if spec.unified_memory else spec.vram_bytes  # a GPU without memory of its own shares the RAM
    vram = shared_gpu_bytes(spec.vendor, ram_total) if own is None else own
    return GpuInfo(
        name=spec.name,
        vendor=spec.vendor,
        vram_total_bytes=vram,
        unified_memory=spec.unified_memory,
        bandwidth_gbps=spec.bandwidth_gbps,
        board_power_watts=spec.board_power_watts,
        source="what-if",
        index=index,
    )


def what_if(
    profile: HardwareProfile,
    *,
    ram_total_bytes: int | None = None,
    gpus: Sequence[GpuInfo | GpuSpec | str] | None = None,
) -> HardwareProfile:
    """This profile with other RAM and/or other GPUs (table entries, names, or GpuInfo) — the GUI's what-if.

    New RAM gets the documented available-RAM rule; Apple GPUs follow the RAM (their share of unified memory).
    GPUs that make another kind of machine bring its processor (`_what_if_machine`: a what-if Mac has its chip's
    CPU), and this machine's memory type, speed and channels stay with it. Probe results are dropped: the machine
    described was not detected.
    """
    ram = profile.ram
    if ram_total_bytes is not None:
        if ram_total_bytes <= 0:
            raise ValueError("ram_total_bytes: must be greater than zero")
        ram = dataclasses.replace(
            ram,
            total_bytes=ram_total_bytes,
            available_bytes=assumed_available_bytes(ram_total_bytes),
            available_source="assumed",
        )
    new_gpus = profile.gpus if gpus is None else tuple(_what_if_gpu(g, ram.total_bytes, i) for i, g in enumerate(gpus))
    if ram_total_bytes is not None:
        new_gpus = tuple(
            dataclasses.replace(g, vram_total_bytes=shared_gpu_bytes(g.vendor, ram.total_bytes), vram_free_bytes=None)
            if g.unified_memory
            else g
            for g in new_gpus
        )
    cpu, os_info = profile.cpu, profile.os
    other = _what_if_machine(profile, new_gpus) if gpus is not None else None
    if other is not None:
        cpu, os_info = other
        ram = dataclasses.replace(ram, kind=None, speed_mts=None, channels=None)
    unified = next((g for g in new_gpus if g.vendor is GpuVendor.APPLE and g.bandwidth_gbps), None)
    if unified is not None:
        ram = dataclasses.replace(ram, bandwidth_gbps=unified.bandwidth_gbps, bandwidth_source="table")
    elif ram.bandwidth_source == "table" or other is not None:  # the Apple chip or the machine was swapped out
        derived = ram_spec.derive_bandwidth(ram.kind, ram.speed_mts, ram.channels, cpu.brand)
        ram = dataclasses.replace(ram, bandwidth_gbps=derived.bandwidth_gbps, bandwidth_source="estimated")
    battery = profile.battery if gpus is None else None  # other graphics cards: another machine, not detected
    return dataclasses.replace(profile, ram=ram, cpu=cpu, os=os_info, gpus=new_gpus, probes=(), battery=battery)
