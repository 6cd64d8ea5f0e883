"""At a long context `recommend` names what a q8_0 KV cache lets run, as `estimate` already did for one model
(newcomer round: an 8 GB laptop with a GTX 1650 at 64K was told Llama-3.2-3B at IQ4_XS, "expect noticeably worse
answers", when 7 GiB of its need was the f16 cache a q8_0 cache halves, and Q4_K_M runs with it)."""

from __future__ import annotations

import json

from advisor.cli.main import main
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import ENGLISH, Speaker, sizing
from advisor.core.sizing import estimate, recommend
from advisor.core.sizing.tiers import LLAMA_3_2_3B, reference_at

LAPTOP = {
    "ram": {"total_bytes": 8 * 2**30, "type": "DDR4", "speed_mts": 2400, "channels": 2},
    "cpu": {"brand": "AMD Ryzen 5 3550H with Radeon Vega Mobile Gfx", "physical_cores": 4},
    "gpus": [{"name": "NVIDIA GeForce GTX 1650", "vram_total_bytes": 4 * 2**30}],
}


def _kv(rec):
    return [r for r in rec.reasons if r.code == "kv_q8_0_choice"]


def test_a_long_context_names_the_quant_a_q8_0_cache_lets_run(tmp_path, capsys):
    profile = load_profile(LAPTOP)
    rec = recommend(profile, context=65536)
    assert rec.quant == "IQ4_XS"  # the f16 cache leaves room for a low quant only
    (said,) = _kv(rec)
    assert said.values["model"] == "Llama-3.2-3B" and said.values["quant"] == "Q4_K_M"
    assert said.values["kv_bytes"] * 1.8 < said.values["f16_kv_bytes"]  # about half
    # the speed is the one `estimate` gives that file with that cache: one answer, not two
    alone = estimate(reference_at(LLAMA_3_2_3B, "Q4_K_M"), profile, context=65536, kv_type="q8_0")
    assert said.values["tokens_per_second"] == alone.tokens_per_second
    english = sizing.reason(ENGLISH, said.code, said.values)
    spanish = sizing.reason(Speaker("es"), said.code, said.values)
    assert "-ctk q8_0 -ctv q8_0" in english and "K Cache Quantization Type" in english
    assert "Con una caché KV q8_0" in spanish and "Llama-3.2-3B" in spanish
    hardware = tmp_path / "laptop.json"
    hardware.write_text(json.dumps(LAPTOP))
    assert main(["recommend", "--hardware", str(hardware), "--context", "64K", "--json"]) == 0
    assert "kv_q8_0_choice" in [r["code"] for r in json.loads(capsys.readouterr().out)["reasons"]]


def test_a_short_context_is_not_told_about_the_cache():
    assert not _kv(recommend(load_profile(LAPTOP)))
    assert not _kv(recommend(load_profile(LAPTOP), context=8192))
