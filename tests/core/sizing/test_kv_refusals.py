"""KV-cache settings llama-server refuses to start with: different K and V types on a latent (MLA) cache, and a
quantized V cache with flash attention off. The estimate refuses exactly the combinations the real llama-server
refuses (and sizes the ones it starts), the command line says why with exit status 2, and the check after load
makes no prediction for such a command line."""

from __future__ import annotations

import pytest

from advisor.cli.main import main
from advisor.core.gguf import read_gguf, spec_from_gguf
from advisor.core.hardware.profile_io import load_profile
from advisor.core.servers import command_line as cl
from advisor.core.sizing import estimate
from advisor.core.sizing.errors import SizingError
from advisor.core.sizing.memory import Batching, KvLayout
from tests.support.gguf_factory import write_deepseek2_gguf, write_llama_gguf
from tests.support.llama_server import LlamaServer

GiB = 2**30
CPU_ONLY = {"ram": {"total_bytes": 16 * GiB, "available_bytes": 12 * GiB, "bandwidth_gbps": 20}, "gpus": []}

# (model, llama-server flags, -ctk, -ctv, flash attention on, whether llama-server starts)
CASES = [
    ("mla", ["-ctk", "q8_0"], "q8_0", "f16", True, False),  # V left at f16 on a latent cache
    ("mla", ["-ctk", "q8_0", "-ctv", "q8_0"], "q8_0", "q8_0", True, True),
    ("mla", ["-ctv", "q4_0", "-fa", "on"], "f16", "q4_0", True, False),
    ("llama", ["-ctv", "q8_0", "-fa", "off"], "f16", "q8_0", False, False),  # quantized V needs flash attention
    ("llama", ["-ctv", "q8_0", "-fa", "on"], "f16", "q8_0", True, True),
    ("llama", ["-ctk", "q8_0", "-fa", "off"], "q8_0", "f16", False, True),  # a quantized K alone is fine
]


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kv_refusals")
    return {
        "mla": write_deepseek2_gguf(folder / "deepseek2.gguf", mla=True),
        "llama": write_llama_gguf(folder / "llama.gguf", n_embd=128, n_head=2, n_layer=2),
    }


def _layout(k: str, v: str, flash: bool) -> KvLayout:
    return KvLayout(type_v=v if v != k else None, batching=Batching(flash_attn=flash))


@pytest.mark.parametrize(("model", "args", "k", "v", "flash", "starts"), CASES)
def test_the_estimate_refuses_what_llama_server_refuses(models, model, args, k, v, flash, starts):
    spec = spec_from_gguf(read_gguf(models[model]))
    profile = load_profile(CPU_ONLY)
    if starts:
        assert estimate(spec, profile, context=2048, kv_type=k, kv_layout=_layout(k, v, flash)).memory.kv_cache_bytes
    else:
        with pytest.raises(SizingError, match="llama-server does not start"):
            estimate(spec, profile, context=2048, kv_type=k, kv_layout=_layout(k, v, flash))


@pytest.mark.server
@pytest.mark.parametrize(("model", "args", "k", "v", "flash", "starts"), CASES)
def test_the_rule_is_the_real_servers(models, llama_server_bin, model, args, k, v, flash, starts):
    server = LlamaServer(models[model], ctx_size=2048, extra_args=args, binary=llama_server_bin, start_timeout_s=30)
    if starts:
        with server:
            pass
    else:
        with pytest.raises(RuntimeError) as refused:
            server.start()
        server.stop()
        assert "cache types" in str(refused.value) or "quantized V cache requires" in str(refused.value)


def test_the_cli_says_why_and_exits_2(models, capsys):
    mla = str(models["mla"])
    assert main(["--lang", "en", "estimate", "--gguf", mla, "--context", "8192", "-ctk", "q8_0"]) == 2
    err = capsys.readouterr().err
    assert "different K (q8_0) and V (f16) cache types" in err and "Traceback" not in err
    llama = str(models["llama"])
    assert main(["--lang", "en", "estimate", "--gguf", llama, "-ctv", "q8_0", "-fa", "off"]) == 2
    assert "quantized V cache (q8_0) and flash attention off" in capsys.readouterr().err
    assert main(["--lang", "en", "estimate", "--gguf", mla, "-ctk", "q8_0", "-ctv", "q8_0"]) == 0


def test_after_load_predicts_no_start_llama_server_refuses(models):
    spec = spec_from_gguf(read_gguf(models["mla"]))
    flags = cl.parse(["llama-server", "-m", "deepseek2.gguf", "-ctk", "q8_0"])
    with pytest.raises(cl.Refused) as refused:
        cl.as_started(spec, load_profile(CPU_ONLY), context=2048, flags=flags)
    assert refused.value.reason.code == cl.REFUSED and refused.value.reason.values == {"flags": "-ctk q8_0"}
    same = cl.parse(["llama-server", "-m", "deepseek2.gguf", "-ctk", "q8_0", "-ctv", "q8_0"])
    assert cl.as_started(spec, load_profile(CPU_ONLY), context=2048, flags=same).ram_bytes > 0
