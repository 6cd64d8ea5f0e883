"""Predicted vs publicly reported CPU-only decode (tg) and prompt-processing (pp) speed
(benchmarks/data/cpu_decode_public.csv, sources inside).

    python benchmarks/bench_cpu_speed.py [--only calibration]

`--only calibration` prints the calibration half alone (what a fit may look at; the hold-out is read once, at the
end, to report it).

Each row becomes a what-if machine (the CPU's name, cores, SIMD class and, where the source gives them, the memory's
type/speed/channels; nothing else) and a model of the stated size and quant; the engine's decode estimate is set
against the reported tokens/s, and where the row has one, its prompt-processing estimate against the reported pp
tokens/s (each with the thread count the source ran it at). Rows alternate by their place in the file between a
calibration set (even rows: the constants in advisor/core/sizing/quants.py were chosen looking at these) and a
hold-out (odd rows: never looked at while choosing). Errors are predicted/measured − 1; the summary gives the median
and worst absolute error of each set, the share of runs inside the estimate's range (about 80 % is the aim) and the
calibration set's 10th/90th percentile of measured/predicted, from which advisor/core/sizing/speed.py's
DECODE_SPREAD["cpu"] and PREFILL_SPREAD["cpu"] are chosen.

The newest batch of rows (from row FRESH_FROM_ROW on, counted from 0; benchmarks/data/README.md) was added after the
model was last fitted: its rows alone, both halves, are also printed as a fresh out-of-sample check.
"""

from __future__ import annotations

import csv
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor.core.hardware.profile_io import load_profile  # noqa: E402
from advisor.core.sizing import estimate  # noqa: E402
from advisor.core.types import Estimate, ModelSpec  # noqa: E402
from benchmarks.speed_ranges import Run, report  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "cpu_decode_public.csv"
GiB = 2**30
ISA_FLAGS = {"avx512": ["avx2", "avx512f"], "avx2": ["avx2"], "neon+dotprod": ["asimddp"], "neon": [], "avx": ["avx"]}
ACTIVE = {"Qwen3-30B-A3B": 3.35e9, "Mixtral": 12.9e9}
FRESH_FROM_ROW = 55  # counted from 0 like the row numbers in quants.py: the batch added 2026-12-09 (README rows 56-62)


def _quant(text: str) -> str:
    m = re.search(r"(IQ\d_\w+|Q\d_K_[SML]|Q\d_K|Q\d_\d|F16|BF16|F32)", text.upper())
    if m:
        return m.group(1)
    return {"Q5": "Q5_0", "Q4": "Q4_K_M"}.get(text.split()[0].upper(), "Q4_K_M")


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def predict(row: dict[str, str], threads_column: str = "threads") -> Estimate:
    isa = row["isa"].split("+amx")[0].replace("+avx_vnni", "")
    arch = "arm64" if isa.startswith("neon") else "x86_64"
    cores = int(_number(row["cores_physical"]) or 4)
    threads = _number(row[threads_column])
    if threads:
        cores = min(cores, int(threads))
    ram: dict[str, object] = {"total_bytes": 1024 * GiB}
    if row["ram_type"] not in ("", "n/a"):
        ram["type"] = row["ram_type"]
    if _number(row["ram_speed_mts"]):
        ram["speed_mts"] = int(float(row["ram_speed_mts"]))
    if _number(row["channels"]):
        ram["channels"] = float(row["channels"])
    if row["cpu"].startswith("Apple") and _number(row["ram_speed_mts"]) and _number(row["channels"]):
        # on a Mac, detect takes the chip's bandwidth from Apple's table: the memory's peak, not 75 % of it
        ram["bandwidth_gbps"] = float(row["channels"]) * 8 * float(row["ram_speed_mts"]) / 1000
    profile = load_profile(
        {
            "ram": ram,
            "gpus": [],
            "cpu": {
                "brand": row["cpu"],
                "arch": arch,
                "physical_cores": cores,
                "flags": ISA_FLAGS.get(isa, []),
                # big.LITTLE rows: the slower cores among those the threads ran on (None for the others); a Mac
                # run with a stated thread count ran on that many cores, all alike (0: none slower)
                "efficiency_cores": int(_number(row.get("efficiency_cores") or "") or 0)
                or (0 if threads and row["cpu"].startswith("Apple") else None),
            },
        }
    )
    params = float(row["params_b"]) * 1e9
    active = next((v for k, v in ACTIVE.items() if k in row["model"]), None)
    spec = ModelSpec(
        parameters=params,
        quant=_quant(row["quant"]),
        file_size_bytes=int(float(row["file_gb"]) * 1e9),
        active_parameters=active,
    )
    return estimate(spec, profile, context=512)


def main() -> None:
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None  # "calibration" while fitting
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    sets: dict[str, dict[str, list[float]]] = {"calibration": {"tg": [], "pp": []}, "hold-out": {"tg": [], "pp": []}}
    runs: list[Run] = []
    fresh: list[Run] = []  # the newest batch, every row, as an out-of-sample set
    print(
        f"{'set':<12} {'cpu':<34} {'model':<30} {'quant':<8} {'meas':>6} {'pred':>6} {'err':>6}"
        f" {'pp':>6} {'pred':>6} {'err':>6}"
    )
    for i, row in enumerate(rows):  # the set follows the row's place in the file, whatever it measured
        which = "calibration" if i % 2 == 0 else "hold-out"
        if only and which != only:
            continue
        cells = []
        for kind, measured, threads_column in (
            ("tg", row["tokens_per_second"], "threads"),
            ("pp", row["pp_tokens_per_second"], "pp_threads"),
        ):
            meas = _number(measured)
            est = predict(row, threads_column) if meas else None
            if kind == "tg":
                pred, span = (est.tokens_per_second, est.tokens_per_second_range) if est else (None, None)
            else:
                pred, span = (est.prompt_tokens_per_second, est.prompt_tokens_per_second_range) if est else (None, None)
            if not meas or pred is None or span is None:
                cells.append(f"{'':>6} {'':>6} {'':>6}")
                continue
            err = pred / meas - 1
            sets[which][kind].append(err)
            runs.append(Run(which, kind, "cpu", meas, pred, *span))
            if i >= FRESH_FROM_ROW:
                fresh.append(Run(which, kind, "cpu", meas, pred, *span))
            cells.append(f"{meas:>6.1f} {pred:>6.1f} {err:>+6.0%}")
        print(
            f"{which:<12} {row['cpu'][:34]:<34} {row['model'][:30]:<30} {_quant(row['quant']):<8} {cells[0]} {cells[1]}"
        )
    for name, kinds in sets.items():
        for kind, errs in kinds.items():
            if not errs:
                continue
            absolute = [abs(e) for e in errs]
            print(
                f"{name} {kind}: {len(errs)} rows, median |error| {statistics.median(absolute):.0%}, "
                f"worst {max(errs, key=abs):+.0%}, median signed {statistics.median(errs):+.0%}"
            )
    print("\n".join(report(runs)))
    for kind in ("tg", "pp"):
        chosen = [r for r in fresh if r.kind == kind]
        if chosen:
            errs = [r.point / r.measured - 1 for r in chosen]
            inside = sum(r.inside for r in chosen)
            print(
                f"batch from row {FRESH_FROM_ROW} alone, {kind}: {len(chosen)} runs, median |error| "
                f"{statistics.median(abs(e) for e in errs):.0%} (signed {statistics.median(errs):+.0%}), "
                f"{inside}/{len(chosen)} inside"
            )


if __name__ == "__main__":
    main()
