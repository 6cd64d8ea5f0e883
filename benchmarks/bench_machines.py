"""Print the verdict for every realistic machine in tests/data/machines/ next to what people report for it.

    python benchmarks/bench_machines.py [--context 4096]

Columns: the recommended class, quant, fit (+ "tight"), predicted tokens/s, the class people expect (with the
alternatives a reasonable expert accepts) and the decode speed they report (tests/data/machines/README.md names
each source). It prints measured numbers; the test that asserts them is tests/core/sizing/test_machines.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from advisor.core.hardware.profile_io import load_profile  # noqa: E402
from advisor.core.sizing import recommend  # noqa: E402

MACHINES = ROOT / "tests" / "data" / "machines"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--context", type=int, default=4096)
    args = parser.parse_args()
    expected = json.loads((MACHINES / "expected.json").read_text())
    print(
        f"{'machine':<38} {'class':<5} {'quant':<7} {'fit':<16} {'tok/s':>6}  {'model':<18} | "
        f"{'expected':<12} {'people tok/s':<12} ok"
    )
    agree = 0
    for row in expected:
        rec = recommend(load_profile(MACHINES / row["file"]), context=args.context)
        fit = getattr(rec.fit, "value", str(rec.fit)) + (" tight" if getattr(rec, "tight", False) else "")
        accepted = [row["class"], *row["class_alternatives"]]
        ok = rec.tier in accepted
        agree += ok
        low, high = row["tokens_per_second_range"]
        exp = row["class"] + ("/" + "/".join(row["class_alternatives"]) if row["class_alternatives"] else "")
        print(
            f"{row['file'].removesuffix('.json'):<38} {rec.tier or '—':<5} {rec.quant or '—':<7} {fit:<16} "
            f"{rec.tokens_per_second or 0:>6.1f}  {getattr(rec, 'model', None) or '':<18} | {exp:<12} "
            f"{f'{low:g}–{high:g}':<12} {'yes' if ok else 'NO'}"
        )
    print(f"\n{agree} of {len(expected)} machines get a class people expect")


if __name__ == "__main__":
    main()
