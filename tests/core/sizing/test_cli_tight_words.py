"""`recommend` and `estimate` write a fit with its tight flag the one way the report, the Models page and `models`
write it (`sizing.with_tight`: "CPU, tight"), in the verdict, the class table and an estimate's fit line; no CLI
line adds "tight" by hand ("CPU tight" in the table, the bare word in Spanish)."""

from __future__ import annotations

from pathlib import Path

from advisor.cli.main import main
from advisor.core.messages import ENGLISH, Speaker, sizing

MACHINES = Path(__file__).resolve().parents[2] / "data" / "machines"
LAPTOP_8GB = MACHINES / "laptop-i5-1135g7-8gb.json"  # its 7B pick runs on the CPU, tight
GIB = 2**30


def _run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _row(text: str, tier: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"{tier} "))


def test_recommend_writes_a_tight_fit_as_every_other_list_does(capsys):
    text = _run(capsys, "--lang", "en", "recommend", "--hardware", str(LAPTOP_8GB))
    assert "runs on the CPU (fits in RAM), tight, ~7.0 tokens/s" in text.splitlines()[0]
    assert sizing.with_tight(ENGLISH, "CPU", True) == "CPU, tight"
    assert " CPU, tight " in _row(text, "7B") and " CPU " in _row(text, "3B")  # the 3B row has room


def test_estimate_writes_a_tight_fit_the_same_way(capsys):
    text = _run(capsys, "--lang", "en", "estimate", "--hardware", str(LAPTOP_8GB), "--params", "8.03B")
    assert "Fit                runs on the CPU (fits in RAM), tight" in text.splitlines()


def test_in_spanish_the_tight_fit_is_the_catalogues_words_too(capsys):
    text = _run(capsys, "--lang", "es", "recommend", "--hardware", str(LAPTOP_8GB))
    spanish = Speaker("es")
    assert sizing.with_tight(spanish, "CPU", True) == "CPU, al límite"
    assert sizing.with_tight(spanish, "CPU", True) in _row(text, "7B")
    assert sizing.with_tight(spanish, "va en el procesador (cabe en la RAM)", True) in text.splitlines()[0]


def test_a_tight_model_never_shows_the_same_figure_for_what_it_leaves_and_what_is_needed():
    """Review round 6 (MacBook Air, gemma-3-12b Q5_K_M): "leave 6.4 GiB … need about 6.4 GiB", 13 MB apart."""
    values = {
        "needs_bytes": 9 * GIB,
        "total_bytes": 16 * GIB,
        "left_bytes": int(6.4 * GIB),
        "reserve_bytes": int(6.4 * GIB) + 13_000_000,
    }
    for text in (sizing.reason(ENGLISH, "tight", values), sizing.remark(ENGLISH, "tight_memory", values)):
        assert "leave 6.40 GiB" in text and "needs about 6.41 GiB" in text
    # a few MiB apart (a newcomer's Mac mini: "leave 9.60 GiB … need about 9.60 GiB", flagged tight): what it leaves
    # rounded down, what is needed rounded up
    close = {**values, "left_bytes": int(9.6 * GIB) + 2 * 2**20, "reserve_bytes": int(9.6 * GIB) + 5 * 2**20}
    for text in (sizing.reason(ENGLISH, "tight", close), sizing.remark(ENGLISH, "tight_memory", close)):
        assert "leave 9.60 GiB" in text and "needs about 9.61 GiB" in text
    # below a GiB the figures are MiB: rounded by the MiB, never to a hundredth of a GiB ("993 … 1004 MiB")
    small = {**values, "left_bytes": 1000 * 2**20 + 100, "reserve_bytes": 1000 * 2**20 + 300_000}
    assert "leave 1,000 MiB" in sizing.reason(ENGLISH, "tight", small)
    assert "needs about 1,001 MiB" in sizing.reason(ENGLISH, "tight", small)
    apart = {**values, "reserve_bytes": 7 * GIB}  # figures one decimal tells apart keep one decimal
    assert "leave 6.4 GiB" in sizing.reason(ENGLISH, "tight", apart) and "about 7.0 GiB" in sizing.reason(
        ENGLISH, "tight", apart
    )
