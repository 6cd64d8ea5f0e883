"""The check after load on llama-server's slots and context checkpoints, decided and worded: memory above the
prediction that the checkpoints can hold is said to be theirs (not "nothing explains it"), and the slots the
prediction counted are shown as a row."""

from __future__ import annotations

from advisor.core.messages import after_load as words
from advisor.core.messages.speaker import Speaker
from advisor.core.servers import after_load as al

MiB = 2**20


def _checked(used_mib: int, **kw) -> al.AfterLoad:
    """llama-server on a CPU: 600 MiB predicted; 40 MiB checkpoints, up to 32 of them."""
    values = {"checkpoint_bytes": 40 * MiB, "checkpoints": 32, "slots": 1, "kv_unified": False, **kw}
    return al.explain(
        al.AfterLoad(
            4242, used_mib * MiB, None, "/m/gemma-3-12b-it-Q4_K_M.gguf", 8192, 600 * MiB, None,
            kind="llama.cpp", **values,
        )
    )  # fmt: skip


def codes(a: al.AfterLoad) -> list[str]:
    return [r.code for r in a.explanations]


def test_a_gap_within_what_the_checkpoints_hold_is_theirs():
    a = _checked(1000)  # 400 MiB above: within 150 MiB + 32 × 40 MiB
    assert a.memory_gap == "more" and codes(a) == [al.CONTEXT_CHECKPOINTS]
    values = a.explanations[0].values
    assert values == {"gap_bytes": 400 * MiB, "each_bytes": 40 * MiB, "checkpoints": 32, "most_bytes": 1280 * MiB}
    text = words.why(Speaker("en"), a)[0]
    assert "context checkpoints" in text and "40 MiB each" in text and "The 400 MiB above" in text


def test_a_gap_beyond_them_or_without_them_stays_unexplained():
    assert codes(_checked(2100)) == [al.MEMORY_GAP_UNEXPLAINED]  # 1.5 GiB above: more than they can hold
    assert codes(_checked(1000, checkpoints=0)) == [al.MEMORY_GAP_UNEXPLAINED]  # -ctxcp 0
    assert codes(_checked(1000, checkpoint_bytes=None)) == [al.MEMORY_GAP_UNEXPLAINED]  # a model that needs none
    assert codes(_checked(300)) == [al.MEMORY_GAP_UNEXPLAINED]  # less than predicted: never theirs


def test_the_slots_counted_are_a_row():
    say = Speaker("en")
    shared = dict(words.rows(say, _checked(620, slots=4, kv_unified=True)))
    assert shared["Slots"] == "4 parallel requests sharing one KV cache (in the prediction)"
    split = dict(words.rows(say, _checked(620, slots=4)))
    assert split["Slots"] == "4 parallel requests, each with a KV cache of its own for 8,192 tokens (in the prediction)"
    assert "Slots" not in dict(words.rows(say, _checked(620)))  # one slot: nothing to say
