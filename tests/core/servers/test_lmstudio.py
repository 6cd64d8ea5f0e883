"""LM Studio, through an emulation of its documented replies (tests/support/lmstudio_emulator.py)."""

from __future__ import annotations

import pytest

from advisor.core.servers import ProblemCode, ServerKind, ServerProblemError, benchmark, check, stream_chat
from tests.support.lmstudio_emulator import NO_MODELS_MESSAGE, LmStudioEmulator, model_entry


def test_lm_studio_is_recognised_and_its_native_api_describes_the_models():
    models = [
        model_entry("qwen2.5-7b-instruct", loaded=True, quant="Q4_K_M", arch="qwen2", max_context=32768),
        model_entry("meta-llama-3.1-8b-instruct", loaded=False, quant="Q8_0", arch="llama", max_context=131072),
        model_entry("text-embedding-nomic-embed-text-v1.5", loaded=True, type="embeddings", arch="nomic-bert"),
    ]
    with LmStudioEmulator(models, jit=True) as lms:
        status = check(lms.base_url + "/v1")
        assert status.usable and status.kind is ServerKind.LMSTUDIO
        by_id = {m.id: m for m in status.models}
        assert set(by_id) == {"qwen2.5-7b-instruct", "meta-llama-3.1-8b-instruct"}  # embeddings cannot chat
        qwen, llama = by_id["qwen2.5-7b-instruct"], by_id["meta-llama-3.1-8b-instruct"]
        assert (qwen.loaded, qwen.quant, qwen.arch, qwen.max_context) == (True, "Q4_K_M", "qwen2", 32768)
        assert (llama.loaded, llama.quant, llama.max_context) == (False, "Q8_0", 131072)
        chats = [r for r in lms.requests if r == "POST /v1/chat/completions"]
        assert len(chats) == 1  # the one-token chat through the openai client


def test_nothing_loaded_per_the_native_api_is_no_model_loaded_without_triggering_a_jit_load():
    with LmStudioEmulator([model_entry("qwen2.5-7b-instruct", loaded=False)], jit=True) as lms:
        status = check(lms.base_url + "/v1")
        assert status.problem is not None and status.problem.code is ProblemCode.NO_MODEL_LOADED
        assert status.problem.values["models_available"] == 1
        assert "POST /v1/chat/completions" not in lms.requests


@pytest.mark.parametrize("status_code", [400, 404])
def test_no_models_loaded_error_is_recognised_by_its_message_whatever_the_status(status_code):
    # An LM Studio without the native API (before 0.3.6) that still lists a model: the chat says what is wrong.
    with LmStudioEmulator(
        [model_entry("qwen2.5-7b-instruct", loaded=False)], native_api=False, jit=True, no_models_status=status_code
    ) as lms:
        status = check(lms.base_url + "/v1")
        assert status.kind is ServerKind.LMSTUDIO
        assert status.problem is not None and status.problem.code is ProblemCode.NO_MODEL_LOADED
        assert status.problem.values["status"] == status_code
        assert status.problem.values["message"] == NO_MODELS_MESSAGE


def test_an_empty_model_list_with_jit_off_is_no_model_loaded():
    with LmStudioEmulator([], native_api=False) as lms:
        status = check(lms.base_url + "/v1")
        assert status.problem is not None and status.problem.code is ProblemCode.NO_MODEL_LOADED


def test_missing_v1_gets_wrong_path_even_though_lm_studio_answers_200_with_an_error_body():
    with LmStudioEmulator() as lms:
        status = check(lms.base_url)
        assert status.reachable and status.kind is ServerKind.LMSTUDIO
        assert status.problem is not None and status.problem.code is ProblemCode.WRONG_PATH
        assert status.problem.values["suggested_url"] == lms.base_url + "/v1"


def test_authentication_on_lm_studio_needs_the_token():
    with LmStudioEmulator(api_token="lms-token") as lms:
        status = check(lms.base_url + "/v1")
        assert status.problem is not None and status.problem.code is ProblemCode.AUTH_REQUIRED
        assert status.kind is ServerKind.LMSTUDIO  # the greeting is enough to know who asks
        assert check(lms.base_url + "/v1", api_key="lms-token").usable


def test_benchmark_on_lm_studio_reads_its_native_stats():
    with LmStudioEmulator(tokens_per_second=37.5) as lms:
        bench = benchmark(lms.base_url + "/v1", runs=3, max_tokens=6)
        assert bench.source == "lmstudio_stats"
        assert bench.tokens_per_second == pytest.approx(37.5)
        assert bench.completion_tokens == 6  # from the streamed usage chunk
        assert bench.prompt_tokens == 57
        assert bench.prompt_tokens_per_second == pytest.approx(57 / 0.114)
        assert bench.client_tokens_per_second is not None
        assert lms.requests.count("POST /v1/chat/completions") == 3
        assert lms.requests.count("POST /api/v0/chat/completions") == 1


def test_benchmark_refuses_a_server_without_a_loaded_model():
    with LmStudioEmulator([model_entry("qwen2.5-7b-instruct", loaded=False)]) as lms:
        with pytest.raises(ServerProblemError) as exc:
            benchmark(lms.base_url + "/v1", runs=1, max_tokens=4)
        assert exc.value.problem.code is ProblemCode.NO_MODEL_LOADED


def test_try_a_prompt_without_a_loaded_model_returns_the_problem_not_an_exception():
    with LmStudioEmulator([model_entry("qwen2.5-7b-instruct", loaded=False)], native_api=False, jit=True) as lms:
        result = stream_chat(
            lms.base_url + "/v1", model="qwen2.5-7b-instruct", system=None, prompt="Hola", temperature=0.2
        )
        assert result.problem is not None and result.problem.code is ProblemCode.NO_MODEL_LOADED
        assert result.text == ""
