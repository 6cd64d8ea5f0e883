"""On a Mac there is no graphics card: the GPU shares the computer's memory. Review round 5 (a Spanish-speaking
newcomer with an M3 Pro): the reasons said "34 of 40 layers on the graphics card" ("en la tarjeta gráfica") while
the memory line above them said "the graphics may use up to 11.8 GiB" — two names for one thing, one of them wrong.
The words a Mac gets say "the GPU" ("la GPU"); a PC with a card keeps "the graphics card"."""

from __future__ import annotations

import dataclasses

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import Speaker, sizing
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.tiers import QWEN_2_5_7B, reference_at

EN, ES = Speaker("en"), Speaker("es")
G = 2**30
CARD = ("graphics card", "tarjeta gráfica")


def _mac(chip: str, ram_gb: int):
    return load_profile({"ram": {"total_bytes": ram_gb * G}, "cpu": {"brand": chip}, "gpus": [{"name": chip}]})


def _said(rec) -> list[tuple[str, str, str]]:
    return [(r.code, sizing.reason(EN, r.code, r.values), sizing.reason(ES, r.code, r.values)) for r in rec.reasons]


@pytest.mark.parametrize("chip", ["Apple M1", "Apple M2", "Apple M3 Pro", "Apple M4 Pro", "Apple M2 Max"])
@pytest.mark.parametrize("ram_gb", [8, 16, 18, 24, 36, 64])
@pytest.mark.parametrize("context", [4096, 32768])
def test_no_reason_a_mac_is_given_names_a_graphics_card(chip, ram_gb, context):
    for code, english, spanish in _said(recommend(_mac(chip, ram_gb), context=context)):
        assert not any(word in english or word in spanish for word in CARD), (code, english, spanish)


def test_the_m3_pros_larger_class_is_split_on_its_gpu():
    said = {code: (en, es) for code, en, es in _said(recommend(_mac("Apple M3 Pro", 18)))}
    english, spanish = said["bigger_tight_split"]
    assert "34 of 40 layers on the GPU" in english and "34 de 40 capas en la GPU" in spanish


def test_a_pc_with_a_card_keeps_the_card():
    pc = load_profile(
        {
            "ram": {"total_bytes": 16 * G},
            "cpu": {"brand": "AMD Ryzen 5 7600"},
            "gpus": [{"name": "GeForce RTX 4060", "vendor": "nvidia", "vram_total_bytes": 8 * G}],
        }
    )
    said = _said(recommend(pc, context=32768))
    split = [(en, es) for code, en, es in said if code in ("partial_offload", "moe_placement", "bigger_tight_split")]
    assert split and all("graphics card" in en and "tarjeta gráfica" in es for en, es in split)


@pytest.mark.parametrize(
    ("code", "values"),
    [
        ("partial_offload", {"gpu_layers": 30, "total_layers": 40}),
        ("faster_choice", {"tier": "7B", "model": "Qwen2.5-7B", "quant": "Q4_K_M", "fit": "full_gpu",
                           "tokens_per_second": 30.0}),
        ("moe_placement", {"model": "Qwen3-30B-A3B", "n_cpu_moe": 20, "total_layers": 48, "expert_bytes": 8 * G,
                           "layer_tokens_per_second": 12.0}),
        ("moe_placement", {"model": "Qwen3-30B-A3B", "n_cpu_moe": 48, "total_layers": 48, "expert_bytes": 17 * G,
                           "layer_tokens_per_second": 12.0}),
    ],
)  # fmt: skip
def test_every_split_reason_has_the_gpus_words_on_unified_memory(code, values):
    on_card = (
        sizing.reason(EN, code, {**values, "unified": False}),
        sizing.reason(ES, code, {**values, "unified": False}),
    )
    on_mac = (
        sizing.reason(EN, code, {**values, "unified": True}),
        sizing.reason(ES, code, {**values, "unified": True}),
    )
    assert "graphics card" in on_card[0] and "tarjeta gráfica" in on_card[1]
    assert "GPU" in on_mac[0] and "GPU" in on_mac[1]
    assert not any(word in text for word in CARD for text in on_mac)
    # a report saved before the value was kept reads as before
    assert sizing.reason(EN, code, values) == on_card[0]


def test_a_vision_projector_on_a_mac_is_on_its_gpu():
    spec = dataclasses.replace(reference_at(QWEN_2_5_7B, "Q4_K_M"), projector_bytes=600 * 2**20)
    mac = estimate(spec, _mac("Apple M3 Pro", 18))
    assert "vision_projector_unified" in mac.notes and "vision_projector" not in mac.notes
    assert "on the GPU" in sizing.note(EN, "vision_projector_unified")


def test_a_draft_model_on_a_mac_adds_its_memory_on_the_gpu():
    """A draft model beside Qwen2.5-7B on an M3 Pro: one figure, on the GPU with the model, not "on the graphics
    card" and again "of system RAM" — one memory."""
    from advisor.core.sizing.tiers import LLAMA_3_2_1B

    spec = reference_at(QWEN_2_5_7B, "Q4_K_M")
    mac = estimate(spec, _mac("Apple M3 Pro", 18), draft=reference_at(LLAMA_3_2_1B, "Q8_0"))
    (said,) = [r for r in mac.remarks if r.code.startswith("draft_model")]
    assert said.code == "draft_model_unified"
    assert (
        said.values["draft_bytes"]
        == mac.memory.total_bytes - estimate(spec, _mac("Apple M3 Pro", 18)).memory.total_bytes
    )
    english = sizing.remark(EN, said.code, said.values)
    assert "on the GPU with the model" in english and "graphics card" not in english


def test_a_mac_is_not_told_its_embeddings_need_no_graphics_memory():
    """ "The token-embedding table stays in system RAM; it needs no graphics memory" says nothing on one memory."""
    spec = reference_at(QWEN_2_5_7B, "Q4_K_M")
    assert "embedding_in_host_ram" not in estimate(spec, _mac("Apple M2", 16)).notes
    pc = load_profile(
        {
            "ram": {"total_bytes": 16 * G},
            "cpu": {"brand": "AMD Ryzen 5 7600"},
            "gpus": [{"name": "GeForce RTX 4060", "vendor": "nvidia", "vram_total_bytes": 8 * G}],
        }
    )
    assert "embedding_in_host_ram" in estimate(spec, pc).notes
