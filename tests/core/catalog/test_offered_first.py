"""Which repo of a model list is offered first: the recommendation's own model and quant where the list has it, in
the list's own order (the one `llm-advisor models` prints), else the list's first.

A designer was recommended Mistral-Small-24B at Q4_K_M, and the app's Models page then offered (selected, ready
to download) a 30 GiB Qwen3-30B-A3B Q8_0 — the most downloaded repo, not the recommended one.
"""

from __future__ import annotations

import re

from advisor.core.catalog import search
from advisor.core.catalog.ranking import offered_first, suggested_file
from advisor.core.hardware.profile_io import load_profile
from advisor.core.sizing import recommend
from advisor.core.types import FitLevel
from tests.support.candidates import candidate
from tests.support.typed_machines import M4_16GB, RTX5060TI_32GB

FULL, PART = FitLevel.FULL_GPU, FitLevel.PARTIAL_OFFLOAD
PC, MAC = RTX5060TI_32GB, M4_16GB  # the designer's what-if PC and Mac


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def test_the_recommended_model_and_quant_are_offered_first_on_the_real_catalogue():
    """The bundled catalogue on two machines of the review: the repo offered is the recommendation's model, its file
    the recommended quant — on the Mac that repo is not the list's first, so the list's order alone would not do."""
    offered_not_first = 0
    for machine in (PC, MAC):
        profile = load_profile(machine)
        rec = recommend(profile)
        assert rec.model and rec.quant
        result = search(profile=profile, tier=rec.tier, offline=True)
        index = offered_first(result.candidates, rec.model, rec.quant)
        assert index is not None
        chosen = result.candidates[index]
        shown = suggested_file(chosen, rec.quant, rec.model)
        assert shown is not None and shown.quant == rec.quant
        assert _letters(rec.model) in _letters(chosen.repo_id)  # "Mistral-Small-24B" in "…/Mistral-Small-24B-…"
        offered_not_first += index > 0
    assert offered_not_first  # the list's first row is another model's on at least one of them


def test_a_repo_of_the_recommended_quant_before_one_without_it_before_the_lists_first():
    other = candidate("unsloth/gemma-3-12b-it-GGUF", ("Q4_K_M", 6.8, FULL, 12.0))
    without = candidate("someone/Qwen2.5-14B-Instruct-GGUF", ("Q5_K_M", 9.8, FULL, 9.0))
    with_quant = candidate("bartowski/Qwen2.5-14B-Instruct-GGUF", ("Q4_K_M", 8.4, FULL, 11.0))
    listed = (other, without, with_quant)
    assert offered_first(listed, "Qwen2.5-14B", "Q4_K_M") == 2  # the recommendation's own file
    # no repo of the model has the quant: its first repo, whose list says why it offers another
    assert offered_first((other, without), "Qwen2.5-14B", "Q4_K_M") == 1
    # no repo of the recommended model, or no recommendation: the list's first, in the list's order
    assert offered_first((other, without, with_quant), "Mistral-Nemo-12B", "Q4_K_M") == 0
    assert offered_first((without, other), None, None) == 0
    assert offered_first((), "Qwen2.5-14B", "Q4_K_M") is None


def test_the_recommended_quant_is_offered_only_where_its_repo_suggests_it():
    """A repo of the model whose Q4_K_M is only partly on the GPU (a re-upload with 16-bit embeddings, larger) while
    its Q5_K_M runs fully on it suggests the Q5_K_M (the recommendation's order: the best fit first): the repo that
    suggests the Q4_K_M itself is offered, though listed after it."""
    partial = candidate("a/Qwen2.5-14B-Instruct-GGUF", ("Q4_K_M", 10.2, PART, 6.0), ("Q5_K_M", 9.8, FULL, 12.0))
    full = candidate("b/Qwen2.5-14B-Instruct-GGUF", ("Q4_K_M", 8.4, FULL, 11.0))
    assert suggested_file(partial, "Q4_K_M", "Qwen2.5-14B").quant == "Q5_K_M"
    assert offered_first((partial, full), "Qwen2.5-14B", "Q4_K_M") == 1


def test_the_models_own_release_before_a_fine_tune_or_its_base_model():
    """Review round 5: the arrow could land on a fine-tune whose name holds the model's ("Qwen2.5-14B-Instruct-
    abliterated") or on the base model, listed first by downloads: the recommendation is the model's chat release."""
    tune = candidate("someone/Qwen2.5-14B-Instruct-abliterated-GGUF", ("Q4_K_M", 8.4, FULL, 11.0))
    base = candidate("someone/Qwen2.5-14B-GGUF", ("Q4_K_M", 8.4, FULL, 11.0))
    release = candidate("bartowski/Qwen2.5-14B-Instruct-GGUF", ("Q4_K_M", 8.4, FULL, 11.0))
    assert offered_first((tune, base, release), "Qwen2.5-14B", "Q4_K_M") == 2
    assert offered_first((tune, base), "Qwen2.5-14B", "Q4_K_M") == 1  # the name alone before a fine-tune
    assert offered_first((tune,), "Qwen2.5-14B", "Q4_K_M") == 0  # a fine-tune is still the model's, when alone
    # a model that is its own chat model (no "Instruct"), and Mistral's dated releases
    qwen3 = candidate("unsloth/Qwen3-30B-A3B-GGUF", ("Q4_K_M", 17.3, FULL, 50.0))
    coder = candidate("unsloth/Qwen3-30B-A3B-Thinking-abliterated-GGUF", ("Q4_K_M", 17.3, FULL, 50.0))
    assert offered_first((coder, qwen3), "Qwen3-30B-A3B", "Q4_K_M") == 1
    small = candidate("bartowski/Mistral-Small-24B-Instruct-2501-GGUF", ("Q4_K_M", 13.3, FULL, 20.0))
    assert offered_first((coder, small), "Mistral-Small-24B", "Q4_K_M") == 1
