"""Predicted vs publicly reported GPU decode (tg) and prompt-processing (pp) speed
(benchmarks/data/gpu_decode_public.csv, each row with its source; benchmarks/data/gpu_README.md).

    python benchmarks/bench_gpu_speed.py

Each row becomes a what-if machine with that GPU (matched in the bundled GPU table, or the row's bandwidth) and
plenty of RAM, and a model of the stated size, quant and file size; the estimate's decode and prompt speeds are set
against the reported ones. Even rows are the calibration set, odd rows a hold-out. Rows the estimate cannot place on
the GPU alone, runs the source made with part of the model in RAM ("partial offload" in `context_or_prompt`), and
models under 2 B parameters (overhead-bound), are listed but left out of the summary. Errors are
predicted/measured − 1. The summary also gives the share of runs inside the estimate's range (about 80 % is the
aim) and, per backend family, the 10th/90th percentile of measured/predicted on the calibration set, from which
advisor/core/sizing/speed.py's DECODE_SPREAD and PREFILL_SPREAD are chosen.

Rows carry a `batch` (gpu_README.md): the newest batch was added after the model was last fitted, so its rows alone
are first printed as a fresh out-of-sample check (every row of it, both halves), then the usual per-set summary,
and per group of cards (discrete NVIDIA, AMD, Intel; Apple; integrated; HBM).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor.core.hardware.profile_io import load_profile  # noqa: E402
from advisor.core.sizing import estimate  # noqa: E402
from advisor.core.sizing.machine import machine_from_profile  # noqa: E402
from advisor.core.sizing.shape import complete_shape  # noqa: E402
from advisor.core.sizing.speed import prefill_speed, range_family  # noqa: E402
from advisor.core.types import Estimate, FitLevel, ModelSpec  # noqa: E402
from benchmarks.speed_ranges import Run, report  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "gpu_decode_public.csv"
GiB = 2**30


def _num(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def _quant(text: str) -> str:
    m = re.search(r"(IQ\d_\w+|Q\d_K_[SML]|Q\d_K|Q\d_\d|F16|BF16|F32|MXFP4)", text.upper())
    return m.group(1) if m else "Q4_K_M"


def _gpu_name(text: str) -> str:
    """The row's GPU as a driver names it: notes in brackets dropped, except an Apple chip's "(40-core GPU)", which
    picks its variant in the GPU table (an M3 Max 30- or 40-core) as macOS's core count does."""
    return re.sub(r"\((?!\d+-core GPU\)).*?\)|\bGB\b", " ", text).strip()


def predict(row: dict[str, str]) -> tuple[Estimate, str]:
    """The estimate for the row's GPU and model, and the range family it was given. Its prompt speed and range are
    for the row's prompt length (pp512 unless `pp_prompt_tokens` says otherwise): attention grows with the prompt."""
    gpu: dict[str, object] = {"name": _gpu_name(row["gpu"]), "vram_total_bytes": 192 * GiB}
    if _num(row["bandwidth_gbps"]):
        gpu["bandwidth_gbps"] = float(row["bandwidth_gbps"])
    if "apple" in row["vendor"].lower():
        gpu = {"name": _gpu_name(row["gpu"]), "vendor": "apple", "unified_memory": True}
    elif re.search(r"8060S|Vega \d|780M|890M", row["gpu"]):
        gpu["unified_memory"] = True
    described: dict[str, object] = {"ram": {"total_bytes": 512 * GiB}, "gpus": [gpu]}
    if "apple" in row["vendor"].lower():  # a Mac's CPU is the same chip: its name sets the CPU side's share
        described["cpu"] = {"brand": _gpu_name(row["gpu"]), "arch": "arm64"}
    profile = load_profile(described)
    params = float(row["params_b"]) * 1e9
    active = _num(row["active_params_b"])
    spec = ModelSpec(
        parameters=params,
        quant=_quant(row["quant"]),
        file_size_bytes=int(float(row["file_gb"]) * 1e9) if _num(row["file_gb"]) else None,
        active_parameters=active * 1e9 if active and active * 1e9 < params else None,
    )
    est = estimate(spec, profile, context=512)
    machine = machine_from_profile(profile)
    prompt = int(_num(row["pp_prompt_tokens"]) or 512)
    if prompt != 512 and est.prompt_tokens_per_second and est.prompt_tokens_per_second_range:
        shape = complete_shape(spec)
        at = functools.partial(prefill_speed, spec, shape, machine, gpu_layers=est.gpu_layers, context=512)
        scale = at(prompt_tokens=prompt) / at(prompt_tokens=512)
        low, high = est.prompt_tokens_per_second_range
        est = dataclasses.replace(
            est,
            prompt_tokens_per_second=est.prompt_tokens_per_second * scale,
            prompt_tokens_per_second_range=(low * scale, high * scale),
        )
    return est, range_family(machine, est.gpu_layers, est.total_layers)


def group(row: dict[str, str], family: str) -> str:
    """The group of cards a row is reported in: discrete GPUs by vendor, the other range families as they are."""
    return f"{row['vendor'].lower()}" if family == "gpu" else family


def summary(runs: list[Run]) -> str:
    """Runs, median |error| and the share inside the range."""
    if not runs:
        return "no runs"
    errs = [r.point / r.measured - 1 for r in runs]
    inside = sum(r.inside for r in runs)
    return (
        f"{len(runs)} runs, median |error| {statistics.median(abs(e) for e in errs):.0%}"
        f" (signed {statistics.median(errs):+.0%}), {inside}/{len(runs)} = {inside / len(runs):.0%} inside"
    )


def main() -> None:
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    newest = max((row.get("batch") or "" for row in rows), default="")
    sets: dict[str, dict[str, list[float]]] = {"calibration": {"tg": [], "pp": []}, "hold-out": {"tg": [], "pp": []}}
    runs: list[Run] = []
    fresh: list[tuple[str, Run]] = []  # the newest batch, every row, as an out-of-sample set, with its group
    by_group: dict[tuple[str, str, str], list[Run]] = {}
    print(
        f"{'set':<11} {'gpu':<30} {'backend':<12} {'model':<24} {'quant':<6} {'tg':>6} {'pred':>6} {'err':>6}"
        f" {'pp':>7} {'pred':>7} {'err':>6}"
    )
    for i, row in enumerate(rows):
        which = "calibration" if i % 2 == 0 else "hold-out"
        tg, pp = _num(row["tg_tokens_per_second"]), _num(row["pp_tokens_per_second"])
        try:
            est, family = predict(row)
        except Exception as exc:  # a row the table cannot place: shown, not counted
            print(f"{which:<11} {row['gpu'][:30]:<30} skipped: {exc}")
            continue
        # a run with layers or experts left in RAM (-ngl below full, --n-cpu-moe) is listed, not scored: the what-if
        # machine has room for every layer, and the sources rarely state the CPU and RAM the rest ran on
        partial = "partial offload" in row["context_or_prompt"]
        counted = est.fit == FitLevel.FULL_GPU and float(row["params_b"]) >= 2 and not partial
        cells = []
        for kind, meas, pred, span in (
            ("tg", tg, est.tokens_per_second, est.tokens_per_second_range),
            ("pp", pp, est.prompt_tokens_per_second, est.prompt_tokens_per_second_range),
        ):
            if meas and pred:
                err = pred / meas - 1
                if counted:
                    sets[which][kind].append(err)
                    if span:
                        run = Run(which, kind, family, meas, pred, *span)
                        runs.append(run)
                        by_group.setdefault((kind, group(row, family), which), []).append(run)
                        if newest and row.get("batch") == newest:
                            fresh.append((group(row, family), run))
                cells.append(f"{meas:>6.0f} {pred:>6.0f} {err:>+6.0%}")
            else:
                cells.append(f"{'':>6} {'':>6} {'':>6}")
        print(
            f"{which:<11} {row['gpu'][:30]:<30} {row['backend'][:12]:<12} {row['model'][:24]:<24} "
            f"{_quant(row['quant']):<6} {cells[0]} {cells[1]}{'' if counted else '  (not counted)'}"
        )
    for name, kinds in sets.items():
        for kind, errs in kinds.items():
            if errs:
                print(
                    f"{name} {kind}: {len(errs)} rows, median |error| {statistics.median(abs(e) for e in errs):.0%}, "
                    f"median signed {statistics.median(errs):+.0%}, worst {max(errs, key=abs):+.0%}"
                )
    print("\n".join(report(runs)))
    if newest:
        for kind in ("tg", "pp"):
            print(f"batch {newest} alone, {kind}: {summary([r for _, r in fresh if r.kind == kind])}")
            for g in sorted({g for g, r in fresh if r.kind == kind}):
                print(f"  {g}: {summary([r for h, r in fresh if r.kind == kind and h == g])}")
    for (kind, g, which), chosen in sorted(by_group.items()):
        print(f"{kind} {g:<10} {which:<11} {summary(chosen)}")


if __name__ == "__main__":
    main()
