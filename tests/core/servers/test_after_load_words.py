"""The flags a llama-server was started with, in words: the "As started" row the CLI and the app show, what of a
command line could not be used among what was not measured, the first image a projector has not seen yet, and the
report's section, from a check and from its saved JSON (and from an older one without these fields)."""

from __future__ import annotations

import json

import pytest

from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import after_load as words
from advisor.core.messages.speaker import Speaker
from advisor.core.report import assemble_assessment, render
from advisor.core.servers import after_load as al
from advisor.core.servers import command_line as cl
from advisor.core.types import Reason
from tests.core.test_report import HARDWARE, SCRUB, _server

G = 2**30


def _checked(**kw) -> al.AfterLoad:
    """llama-server on this machine, started with a q8_0 cache and a projector, one flag it could not use."""
    return al.explain(
        al.AfterLoad(
            4242, 2 * G, 0, "/models/gemma-3-4b-it-Q4_K_M.gguf", 8192, 2 * G, 0,
            kind="llama.cpp", quant="Q4_K_M", assumed_context=8192,
            started_with=("-ctk q8_0", "-ctv q8_0", "--mmproj mmproj-F16.gguf"),
            **{
                "command_line": (
                    Reason(cl.BAD_VALUE, {"flag": "-ngl", "value": "-5"}),
                    Reason(cl.FILE_UNREADABLE, {"flag": "-md", "file": "draft.gguf", "reason": "missing"}),
                ),
                **kw,
            },
        )
    )  # fmt: skip


def test_the_rows_say_the_flags_in_the_prediction_and_what_could_not_be_used():
    say = Speaker("en")
    rows = dict(words.labelled_rows(say, _checked()))
    assert rows["As started"] == "-ctk q8_0, -ctv q8_0, --mmproj mmproj-F16.gguf (in the prediction)"
    assert rows["Not measured"] == [
        "-ngl -5: not a value llama-server accepts for it: left out of the prediction.",
        "-md draft.gguf: the file cannot be read here: left out of the prediction.",
    ]
    plain = dict(words.labelled_rows(say, al.explain(al.AfterLoad(1, G, 0, "/m/x.gguf", 4096, G, 0))))
    assert "As started" not in plain and plain["Not measured"] == []  # nothing said where nothing was taken


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        ({"reason": "access_denied"}, "The server's command line cannot be read (another user's process)"),
        ({"reason": "timeout"}, "The server's command line could not be read in time"),
    ],
)
def test_a_command_line_that_could_not_be_read_says_why(reason, sentence):
    a = _checked(command_line=(Reason(cl.UNREADABLE, reason),))
    assert words.missing(Speaker("en"), a)[0].startswith(sentence)
    long = words.reason(Speaker("en"), cl.TOO_LONG, {"words": 5000})
    assert long.startswith("The server's command line has 5,000 words")


def test_the_projectors_first_image_explains_a_prediction_above_use_before_any_image():
    mm = 200 * 2**20
    before = al.explain(al.AfterLoad(1, G, 0, "/m/x.gguf", 4096, G + mm, 0, image_bytes=mm))
    assert before.memory_gap == "less" and [r.code for r in before.explanations] == [al.IMAGE_NOT_SEEN]
    assert words.why(Speaker("en"), before) == [
        "The prediction counts 200 MiB for the vision projector's first image; llama-server takes that memory when "
        "it encodes one, so before the first image it is not in use."
    ]
    far = al.explain(al.AfterLoad(1, G, 0, "/m/x.gguf", 4096, 3 * G, 0, image_bytes=mm))  # more than the image
    assert [r.code for r in far.explanations] == [al.MEMORY_GAP_UNEXPLAINED]


def test_the_report_says_the_flags_and_a_saved_or_older_report_renders_the_same(tmp_path):
    path = tmp_path / "pc.json"
    path.write_text(json.dumps(HARDWARE), encoding="utf-8")
    a = assemble_assessment(load_profile(path), server=_server(), after_load=_checked(), scrubber=SCRUB)
    text = render(a, "md")
    section = text[text.index("Checked after load") :]
    assert "**As started:** -ctk q8_0, -ctv q8_0, --mmproj mmproj-F16.gguf" in section
    assert "-ngl -5: not a value llama-server accepts for it: left out of the prediction." in section
    saved = json.loads(render(a, "json"))
    assert saved["after_load"]["command_line"][0] == {"code": cl.BAD_VALUE, "values": {"flag": "-ngl", "value": "-5"}}
    assert render(saved, "md") == text
    for key in ("started_with", "command_line", "image_bytes"):  # a report saved before these fields existed
        del saved["after_load"][key]
    old = render(saved, "md")
    assert "As started" not in old and "Checked after load" in old


def test_the_flags_are_said_in_spanish():
    rows = dict(words.labelled_rows(Speaker("es"), _checked()))
    assert rows["Tal como se inició"] == "-ctk q8_0, -ctv q8_0, --mmproj mmproj-F16.gguf (en la predicción)"
