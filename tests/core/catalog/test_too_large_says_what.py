"""A file too large for the machine says what did not fit, with the figures that failed (review "newcomer",
finding 8): on a 16 GB laptop with an 8 GB RTX 4060, Mixtral 8x7B Q3_K_M was "too large: needs 20.1 GiB" while the
page said 20.7 GiB was free. 20.1 GiB is the all-on-GPU total; what fails is the split's RAM part."""

from __future__ import annotations

from advisor.core.catalog import search
from advisor.core.catalog.ranking import TOO_LARGE
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, catalog
from advisor.core.sizing import recommend
from advisor.core.types import FitLevel

G = 2**30
RTX4060_LAPTOP = {
    "ram": {"total_bytes": 16 * G},
    "cpu": {"brand": "13th Gen Intel(R) Core(TM) i7-13620H"},
    "gpus": [{"name": "NVIDIA GeForce RTX 4060 Laptop GPU", "vram_total_bytes": 8 * G}],
    "os": {"system": "Windows", "release": "11"},
}
# with 2 GB held by open programs: Mixtral Q3_K_M is again just too large for it (sized as -ngl N loads it, the output
# layer on the card with the last layers, it fits the idle laptop's RAM budget with a few MB to spare)
RTX4060_LAPTOP_BUSY = {**RTX4060_LAPTOP, "ram": {"total_bytes": 16 * G, "available_bytes": 14 * G}}


def _too_large_files(profile):
    result = search(profile=profile, tier="40B", offline=True, include_all=True, read_headers=False)
    return [(c, f) for c in result.candidates for f in c.files if f.fit is FitLevel.TOO_LARGE]


def test_a_too_large_file_names_the_memory_that_ran_out_with_the_figures_that_failed():
    profile = load_profile(RTX4060_LAPTOP_BUSY)
    budget = recommend(profile).budget
    assert budget is not None
    files = _too_large_files(profile)
    mixtral = next(f for c, f in files if "mixtral" in c.repo_id.lower() and f.quant == "Q3_K_M")
    limit = mixtral.too_large
    assert limit is not None and limit.code == TOO_LARGE
    v = limit.values
    # what the machine has: the one RAM budget the recommendation states, "13.5 GiB for the model"
    assert v["memory"] == "ram" and v["available_bytes"] == budget.usable_bytes
    # what failed is over it; the GPU holds its share (whole layers) beside it, within the card's budget
    assert v["needs_bytes"] > v["available_bytes"]
    assert 0 < v["gpu_bytes"] <= budget.gpu_bytes
    # the old figure (all on the GPU) is below GPU + RAM together: it could not be what failed
    assert mixtral.needs_bytes is not None and mixtral.needs_bytes < budget.usable_bytes + budget.gpu_bytes
    said = catalog.why_not(ENGLISH, mixtral, 5.0)
    gib = ENGLISH.gib
    assert said.startswith(
        "too large: with the graphics card full"
        f" ({gib(v['gpu_bytes'])}: whole layers and their buffers), the rest needs {gib(v['needs_bytes'])} of "
        f"system RAM, only {gib(v['available_bytes'])} free"
    ), said
    assert gib(mixtral.needs_bytes) not in said


def test_on_a_machine_without_a_gpu_the_ram_the_model_needs_is_the_figure():
    profile = load_profile({"ram": {"total_bytes": 8 * G}, "cpu": {"brand": "AMD Ryzen 5 5600X"}, "gpus": []})
    files = _too_large_files(profile)
    assert files
    for _, f in files:
        v = f.too_large.values
        assert v["gpu_bytes"] == 0 and v["needs_bytes"] > v["available_bytes"]
        assert catalog.why_not(ENGLISH, f, 5.0).startswith(f"too large: needs {ENGLISH.gib(v['needs_bytes'])} of")


def test_files_that_fit_carry_no_limit():
    profile = load_profile(RTX4060_LAPTOP)
    result = search(profile=profile, tier="7B", offline=True, include_all=True, read_headers=False)
    fitting = [f for c in result.candidates for f in c.files if f.fit not in (None, FitLevel.TOO_LARGE)]
    assert fitting and all(f.too_large is None for f in fitting)
