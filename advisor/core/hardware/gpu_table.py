"""The bundled GPU table (`resources/gpus.json`): specs by name, matched robustly from what drivers report.

Drivers and tables spell the same card differently ("NVIDIA GeForce RTX 4090 Laptop GPU" is TechPowerUp's
"GeForce RTX 4090 Mobile"; "Tesla V100-SXM2-16GB" is "Tesla V100 SXM2 16 GB"). Names are reduced to the tokens
that identify a model (numbers and suffixes such as Ti, SUPER, XTX, Max, Mobile); brand words are dropped; form
factor words (PCIe, SXM, HBM3) only break ties, and so does VRAM. A name that matches nothing gives None: no guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from advisor.core.names import UnknownNameError, close_names
from advisor.core.resources import load_json
from advisor.core.types import GpuVendor

TABLE_FILE = "gpus.json"

_FILLER = frozenset(
    {
        "nvidia",
        "amd",
        "ati",
        "intel",
        "apple",
        "geforce",
        "radeon",
        "tesla",
        "quadro",
        "graphics",
        "gpu",
        "corporation",
        "corp",
        "inc",
        "generation",
        "series",
        "edition",
        "founders",
        "with",
        "design",
        "the",
        "workstation",
    }
)
_FORM = frozenset(
    {
        "pcie",
        "sxm",
        "sxm2",
        "sxm3",
        "sxm4",
        "sxm5",
        "sxm6",
        "nvl",
        "hbm",
        "hbm2",
        "hbm2e",
        "hbm3",
        "hbm3e",
        "fhhl",
        "dgxs",
        "cnx",
        "oam",
        "gddr6",
        "gddr6x",
        "gddr7",
        "mxm",
        "sff",
    }
)
_SERIES = ("rtx", "gtx", "rx", "arc")  # series words a person may leave out of a card's name
_VENDOR_WORDS = (
    (GpuVendor.APPLE, ("apple",)),
    (GpuVendor.NVIDIA, ("nvidia", "geforce", "tesla", "quadro")),
    (GpuVendor.AMD, ("amd", "radeon", "instinct")),
    (GpuVendor.INTEL, ("intel",)),
)
# an Apple GPU's core count however it is written: macOS's "(10-core GPU)", Apple's "8-core CPU, 10‑core GPU, 16-core
# Neural Engine" (non-breaking hyphens), without the hyphen, or in Spanish as `detect --lang es` and Apple's Spanish
# pages write it ("GPU de 10 núcleos", "10 núcleos de GPU"); the CPU's and the Neural Engine's counts beside it are
# dropped, never taken for the GPU's. One bounded separator class: nested optional spaces made a long run of spaces
# quadratic (a hostile name), and a name is cut to NAME_CHARS before any of this.
_SEP = "[\\s\u2010\u2011\u2013-]{0,3}"
_CORES = re.compile(
    rf"\b(\d{{1,3}}){_SEP}cores?\s{{1,3}}gpu\b|\bgpu\s{{1,3}}(?:de|con)\s{{1,3}}(\d{{1,3}})\s{{1,3}}n[uú]cleos\b"
    rf"|\b(\d{{1,3}})\s{{1,3}}n[uú]cleos\s{{1,3}}de\s{{1,3}}(?:la\s{{1,3}})?gpu\b"
)
_OTHER_CORES = re.compile(
    rf"\b\d{{1,3}}{_SEP}cores?\s{{1,3}}(?:cpu|neural\s{{1,3}}engine)\b"
    rf"|\b(?:(?:y|and)\s{{1,3}})?(?:cpu|neural\s{{1,3}}engine)\s{{1,3}}de\s{{1,3}}\d{{1,3}}\s{{1,3}}n[uú]cleos\b"
    rf"|\b\d{{1,3}}\s{{1,3}}n[uú]cleos\s{{1,3}}de\s{{1,3}}(?:la\s{{1,3}})?(?:cpu|neural\s{{1,3}}engine)\b"
)
_APPLE_CHIP = re.compile(r"\bm[1-9]\b")
_BARE_CORES = re.compile(rf"\b(\d{{1,3}}){_SEP}cores?\b")
NAME_CHARS = 256  # longer than any GPU's name; a longer one (a hostile file) is cut before it is matched
_VRAM = re.compile(r"\b(\d+(?:\.\d+)?)\s*gb\b")


@dataclass(frozen=True)
class GpuSpec:
    name: str
    vendor: GpuVendor
    vram_bytes: int | None  # None for unified memory (it depends on the machine's configuration)
    bandwidth_gbps: float | None  # None: an integrated GPU reading the machine's RAM, whatever its speed
    board_power_watts: float | None
    unified_memory: bool = False
    family: str | None = None
    released: str | None = None  # ISO date
    gpu_cores: int | None = None  # Apple variants that differ by GPU core count
    memory_type: str | None = None  # GDDR6, GDDR6X, HBM2e, LPDDR (unified)...
    fp32_tflops: float | None = None  # the shader FP32 rate (prompt processing scales with compute)


@dataclass(frozen=True)
class _Key:
    tokens: frozenset[str]
    form: frozenset[str]
    vram_gib: float | None
    cores: int | None
    # an Apple chip's count without "GPU" or "CPU" ("Apple M2 8-core"): the GPU's where the chip has such a GPU
    # (its M2's 8-core one), else a count of something else (an M3 Max's 16 CPU cores), left aside
    bare_cores: int | None = None


def name_key(name: str) -> _Key:
    """The parts of a GPU name that identify the model (exposed for tests and the what-if editor's search)."""
    s = name[:NAME_CHARS].lower().replace("(r)", " ").replace("(tm)", " ").replace("®", " ").replace("™", " ")
    cores_m = _CORES.search(s)
    cores = int(next(g for g in cores_m.groups() if g)) if cores_m else None
    s = _OTHER_CORES.sub(" ", _CORES.sub(" ", s))
    bare_m = _BARE_CORES.search(s) if cores is None and _APPLE_CHIP.search(s) else None
    s = _BARE_CORES.sub(" ", s) if bare_m else s
    s = re.sub(r"max-q|maxq", " maxq ", s)
    vram_m = _VRAM.search(s)
    vram = float(vram_m.group(1)) if vram_m else None
    s = _VRAM.sub(" ", s)
    s = re.sub(r"\blaptop\b", " mobile ", s)
    words = [w for w in re.findall(r"[a-z0-9]+", s) if w not in _FILLER]
    # "RTX4090", "RX7900" written together → split letters from digits once
    tokens: list[str] = []
    for w in words:
        m = re.fullmatch(r"(rtx|gtx|rx)(\d+)", w)
        tokens.extend(m.groups() if m else [w])
    return _Key(
        tokens=frozenset(t for t in tokens if t not in _FORM),
        form=frozenset(t for t in tokens if t in _FORM),
        vram_gib=vram,
        cores=cores,
        bare_cores=int(bare_m.group(1)) if bare_m else None,
    )


@cache
def _table() -> tuple[dict[str, Any], tuple[GpuSpec, ...], tuple[tuple[_Key, GpuSpec], ...]]:
    raw = load_json(TABLE_FILE)
    specs: list[GpuSpec] = []
    keys: list[tuple[_Key, GpuSpec]] = []
    for row in raw["gpus"]:
        spec = GpuSpec(
            name=row["name"],
            vendor=GpuVendor(row["vendor"]),
            vram_bytes=row.get("vram_bytes"),
            bandwidth_gbps=float(row["bandwidth_gbps"]) if row.get("bandwidth_gbps") is not None else None,
            board_power_watts=row.get("board_power_watts"),
            unified_memory=bool(row.get("unified_memory", False)),
            family=row.get("family"),
            released=row.get("released"),
            gpu_cores=row.get("gpu_cores"),
            memory_type=row.get("memory_type"),
            fp32_tflops=row.get("fp32_tflops"),
        )
        specs.append(spec)
        for alias in (row["name"], *row.get("aliases", ())):
            key = name_key(alias)
            if spec.gpu_cores:
                key = _Key(key.tokens, key.form, key.vram_gib, spec.gpu_cores)
            keys.append((key, spec))
    meta = {k: v for k, v in raw.items() if k != "gpus"}
    return meta, tuple(specs), tuple(keys)


def all_gpus() -> list[GpuSpec]:
    """Every GPU in the bundled table, in table order (by release date; Apple last)."""
    return list(_table()[1])


def table_source() -> dict[str, Any]:
    """Where the table comes from and when: {"source", "source_url", "retrieved", "built", "count", ...}."""
    meta, specs, _ = _table()
    return {**meta, "count": len(specs)}


def _candidates(key: _Key) -> list[tuple[_Key, GpuSpec]]:
    return [(k, s) for k, s in _table()[2] if k.tokens == key.tokens]


def lookup_gpu(reported_name: str, vram_bytes: int | None = None, *, gpu_cores: int | None = None) -> GpuSpec | None:
    """The table's entry for a driver-reported name, or None when nothing matches it.

    `vram_bytes` picks between boards sold under one name with different memory (RTX 3060 12 GB / 8 GB);
    `gpu_cores` between an Apple chip's GPUs (M3 Max 30/40-core, M2 8/10-core), as does a name that says them
    ("Apple M2 (8-core GPU)"). An Apple name without them is the chip's first row in the table: a Pro, Max or
    Ultra's smaller GPU (the cautious figure), a base chip's full one (Apple's own figures for the chip).
    """
    if not reported_name or not reported_name.strip():
        return None
    key = name_key(reported_name)
    if not key.tokens:
        return None
    found = _candidates(key)
    if not found and "maxq" in key.tokens:  # no Max-Q entry: the laptop part is the nearest
        found = _candidates(_Key(key.tokens - {"maxq"} | {"mobile"}, key.form, key.vram_gib, key.cores))
    if not found and any(c.isdigit() for t in key.tokens for c in t):
        # "3090", "4060 Ti", "7900 XTX": people drop the series word; accept it when only one series fits
        by_series = {p: _candidates(_Key(key.tokens | {p}, key.form, key.vram_gib, key.cores)) for p in _SERIES}
        fits = {p: c for p, c in by_series.items() if c}
        if len(fits) == 1:
            found = next(iter(fits.values()))
    if not found and not key.tokens & {"mobile", "maxq"}:
        # a name only a laptop part carries ("GeForce GTX 1650 Ti", "RTX 2050": drivers give no "Laptop GPU" there):
        # that part, not the nearest desktop card (review: a laptop's GTX 1650 Ti was costed at a GTX 1650's 75 W)
        found = _candidates(_Key(key.tokens | {"mobile"}, key.form, key.vram_gib, key.cores))
    if not found:
        return None
    vram_gib = vram_bytes / 2**30 if vram_bytes else key.vram_gib
    cores = gpu_cores if gpu_cores is not None else key.cores
    if cores is None and key.bare_cores is not None:
        if any(spec.gpu_cores == key.bare_cores for _, spec in found):
            cores = key.bare_cores
        else:  # a CPU count that comes with one GPU only ("M3 Max 16-core": the 40-core GPU)
            cores = APPLE_GPU_CORES_BY_CPU_CORES.get(key.tokens, {}).get(key.bare_cores)
    # the vendor word the name carries: "Apple M4" is Apple's chip, not the Tesla M4 whose key is also {"m4"}
    said = reported_name.lower()
    vendor = next((v for v, words in _VENDOR_WORDS if any(w in said for w in words)), None)

    def rank(item: tuple[int, tuple[_Key, GpuSpec]]) -> tuple[bool, float, float, int, int]:
        order, (k, spec) = item
        vram_miss = abs(spec.vram_bytes / 2**30 - vram_gib) if vram_gib and spec.vram_bytes else 0.0
        core_miss = abs((spec.gpu_cores or 0) - cores) if cores and spec.gpu_cores else 0.0
        # with nothing to choose by, the table's order: an Apple chip's first row (see the docstring)
        other_vendor = vendor is not None and spec.vendor != vendor
        return (other_vendor, vram_miss + core_miss, -len(k.form & key.form), len(k.form ^ key.form), order)

    return min(enumerate(found), key=rank)[1][1]


# NVIDIA's drivers named its laptop chips as the desktop cards through the GeForce 10, 16 and RTX 20 series (a
# laptop's GTX 1650 reports "NVIDIA GeForce GTX 1650"); from the RTX 30 series on they say "Laptop GPU"
NAMED_AS_DESKTOP_FAMILIES = frozenset({"GeForce 10", "GeForce 16", "GeForce 20"})


def laptop_part(reported_name: str, vram_bytes: int | None = None) -> GpuSpec | None:
    """The laptop part sold under a desktop card's name (NAMED_AS_DESKTOP_FAMILIES), for a name that says neither
    "Laptop", "Mobile" nor "Max-Q": a laptop's "NVIDIA GeForce GTX 1650" is the 50 W GTX 1650 Mobile, not the 75 W
    desktop board. None where the table has no such part, or the name already says which one it is, or the family's
    laptop chips carry their own names."""
    if not reported_name or not reported_name.strip():
        return None
    key = name_key(reported_name)
    if not key.tokens or key.tokens & {"mobile", "maxq"}:
        return None
    desktop = lookup_gpu(reported_name, vram_bytes)
    if desktop is None or desktop.family not in NAMED_AS_DESKTOP_FAMILIES or desktop.unified_memory:
        return None
    found = _candidates(_Key(key.tokens | {"mobile"}, key.form, key.vram_gib, key.cores))
    if not found:
        return None
    vram_gib = vram_bytes / 2**30 if vram_bytes else key.vram_gib
    part = min(
        (spec for _, spec in found),
        key=lambda spec: abs(spec.vram_bytes / 2**30 - vram_gib) if vram_gib and spec.vram_bytes else 0.0,
    )
    # a part the table gives no power for is no better than the desktop's row (a GTX 1660 Ti Mobile's "— W")
    return part if part.board_power_watts else None


# Apple sold some chips' GPU variants only with certain memory sizes (Apple's technical specifications): the M3 Max
# with a 30-core GPU (300 GB/s) with 36 or 96 GB, with a 40-core GPU (400 GB/s) with 48, 64 or 128 GB; the M4 Max with
# a 32-core GPU (410 GB/s) only with 36 GB, with a 40-core GPU (546 GB/s) with 48, 64 or 128 GB. The M3 and M4 Pro's
# two GPUs (same memory speed) were sold with the same memory sizes, as the M3 Ultra's were, so the memory says nothing.
APPLE_CORES_BY_RAM_GIB: dict[frozenset[str], dict[int, int]] = {
    frozenset({"m3", "max"}): {36: 30, 96: 30, 48: 40, 64: 40, 128: 40},
    frozenset({"m4", "max"}): {36: 32, 48: 40, 64: 40, 128: 40},
}


# Apple's chips whose CPU core count comes with one GPU only (Apple's technical specifications): an M3 Pro with 11
# CPU cores has the 14-core GPU, with 12 the 18-core one; an M4 Pro 12 → 16, 14 → 20; an M3 Max 14 → 30, 16 → 40;
# an M4 Max 14 → 32, 16 → 40. (An M1 Pro's 10 CPU cores came with either GPU, as an M2 Max's 12 did: not here.)
APPLE_GPU_CORES_BY_CPU_CORES: dict[frozenset[str], dict[int, int]] = {
    frozenset({"m3", "pro"}): {11: 14, 12: 18},
    frozenset({"m4", "pro"}): {12: 16, 14: 20},
    frozenset({"m3", "max"}): {14: 30, 16: 40},
    frozenset({"m4", "max"}): {14: 32, 16: 40},
}


@dataclass(frozen=True)
class AppleVariant:
    """The variant of an Apple chip a name without its GPU core count is taken as, and why."""

    spec: GpuSpec
    # the memory size decides it (Apple sold only this variant with it); else the one `lookup_gpu` takes the bare
    # name as: a Pro, Max or Ultra's smaller GPU, a base chip's full one
    by_ram: bool
    others: tuple[GpuSpec, ...]  # the chip's other variants


def apple_variant(reported_name: str, ram_bytes: int | None) -> AppleVariant | None:
    """For an Apple chip named without its GPU core count ("Apple M3 Max", "Apple M2") whose table entry has several
    variants: the one its memory size says (an M3 Max with 64 GB has the 40-core GPU), else the one `lookup_gpu`
    takes the name as (the M3 Max's 30-core GPU; the M2's 10-core one). None for a name that says its cores, a chip
    with one entry, or any other GPU."""
    if not reported_name or "apple" not in reported_name.lower():
        return None
    key = name_key(reported_name)
    if key.cores is not None:
        return None
    variants = sorted(
        (s for _, s in _candidates(key) if s.vendor is GpuVendor.APPLE and s.gpu_cores), key=lambda s: s.gpu_cores or 0
    )
    if len(variants) < 2:
        return None
    by_size = APPLE_CORES_BY_RAM_GIB.get(key.tokens, {})
    cores = by_size.get(round(ram_bytes / 2**30)) if ram_bytes else None
    chosen = next((s for s in variants if s.gpu_cores == cores), None)
    named = lookup_gpu(reported_name)
    spec = chosen or (named if named in variants else variants[0])
    return AppleVariant(spec, chosen is not None, tuple(s for s in variants if s is not spec))


def resolve_pci_name(pci_name: str, vram_bytes: int | None) -> tuple[str, GpuSpec | None]:
    """Best display name for a pci.ids device line such as "Navi 31 [Radeon RX 7900 XT/7900 XTX/7900M]".

    The bracket lists the boards that share the chip; the one whose table VRAM equals the card's wins.
    Returns (name, spec or None).
    """
    inner = re.search(r"\[([^\]]+)\]", pci_name)
    text = inner.group(1) if inner else pci_name
    parts = [p.strip() for p in text.split("/") if p.strip()]
    if not parts:
        return pci_name, None
    first = parts[0]
    prefix_m = re.match(r"^(.*?)(\S*\d\S*)(\s.*)?$", first)
    prefix = prefix_m.group(1) if prefix_m else ""
    names = [first] + [p if " " in p and not p[0].isdigit() else prefix + p for p in parts[1:]]
    looked_up = [(n, lookup_gpu(n, vram_bytes)) for n in names]
    matches = [(n, s) for n, s in looked_up if s is not None]
    if vram_bytes:
        exact = [(n, s) for n, s in matches if s.vram_bytes and abs(s.vram_bytes - vram_bytes) <= 0.06 * s.vram_bytes]
        if len({s.name for _, s in exact}) == 1:
            return exact[0]
        if exact and len({s.bandwidth_gbps for _, s in exact}) == 1:
            # several boards fit (RX 6800 / 6800 XT / 6900 XT all have 16 GB at 512 GB/s): keep the chip's own
            # list as the name, but the bandwidth they share is still known
            return text, exact[0][1]
        if exact:
            return text, None
    if len(matches) == 1 and len(names) == 1:
        return matches[0]
    return text, None


MAX_NUMBER_GAP = 30  # "5050" borrows from "5060", never "6090" from a 2018 "RTX 6000"


def _model_number(tokens: frozenset[str]) -> tuple[str, int] | None:
    """("a", 770) for "a770", ("", 5050) for "5050", ("mi", 50) for "mi50": a card's model number and its prefix."""
    found = [re.fullmatch(r"([a-z]*)(\d{2,5})", t) for t in tokens]
    numbers = [(m.group(1), int(m.group(2))) for m in found if m]
    return numbers[0] if len(numbers) == 1 else None


def nearest_gpu(reported_name: str, vram_bytes: int | None = None) -> GpuSpec | None:
    """For a card the table does not know (newer than it, or a rare variant): the known card of the same series and
    generation with the nearest model number ("RTX 5050" → "RTX 5060"), or None when nothing is close enough.

    Same series words (rtx / rx / arc / instinct...), same number prefix and length, same leading digit (the
    generation); then the nearest number, then the nearest VRAM. Callers must say the figures are borrowed.
    """
    if not reported_name or not reported_name.strip():
        return None
    key = name_key(reported_name)
    number = _model_number(key.tokens)
    if number is None:
        return None
    prefix, value = number
    words = {t for t in key.tokens if not re.search(r"\d", t)} - {"mobile", "maxq", "ti", "super", "xt", "xtx"}
    best: tuple[float, float, GpuSpec] | None = None
    for k, spec in _table()[2]:
        other = _model_number(k.tokens)
        if other is None or other[0] != prefix or len(str(other[1])) != len(str(value)):
            continue
        if str(other[1])[0] != str(value)[0] or abs(other[1] - value) > MAX_NUMBER_GAP or not words <= set(k.tokens):
            continue
        if ("mobile" in key.tokens) != ("mobile" in k.tokens):
            continue
        vram_miss = abs((spec.vram_bytes or 0) - vram_bytes) / 2**30 if vram_bytes and spec.vram_bytes else 0.0
        score = (abs(other[1] - value), vram_miss, spec)
        if best is None or score[:2] < best[:2]:
            best = score
    return best[2] if best else None


def _plain(name: str) -> str:
    """A name as people compare them: lower case, brand words and punctuation out ("GeForce RTX 4090" → "rtx 4090")."""
    words = re.findall(r"[a-z0-9]+", name.lower().replace("laptop", "mobile"))
    return " ".join(w for w in words if w not in _FILLER)


def gpu_suggestions(name: str, n: int = 3) -> tuple[str, ...]:
    """Table names a person who typed `name` probably meant: the nearest sibling first, then the closest spellings."""
    nearest = nearest_gpu(name)
    by_plain = {_plain(spec.name): spec.name for spec in _table()[1]}
    close = close_names(_plain(name), by_plain, n=n, cutoff=0.6)
    return tuple(dict.fromkeys([*([nearest.name] if nearest else []), *close]))[:n]


def find_gpu(name: str, vram_bytes: int | None = None, *, gpu_cores: int | None = None) -> GpuSpec:
    """The table's entry for `name` (as `lookup_gpu` matches it); UnknownNameError("gpu") with the closest
    names when there is none."""
    spec = lookup_gpu(name, vram_bytes, gpu_cores=gpu_cores)
    if spec is None:
        raise UnknownNameError("gpu", name, gpu_suggestions(name))
    return spec
