"""What counts as an echo of a secret in play (advisor.core.urls.redact_text) and what a name from outside becomes
(advisor.core.text): the rules the end-to-end tests in tests/hostile/ rest on, one case each."""

from __future__ import annotations

import base64

import pytest

from advisor.core.report.redact import final_text
from advisor.core.servers.http import auth_headers
from advisor.core.servers.types import ServerModel
from advisor.core.text import outside_name, outside_text, strip_controls
from advisor.core.urls import forget_secrets, redact_text, remember_secret, remember_url_secrets

KEY = "sk-live-4f9a2c7e1b"


@pytest.fixture(autouse=True)
def fresh():
    forget_secrets()
    yield
    forget_secrets()


def test_a_key_sent_in_a_header_is_masked_in_any_later_server_text():
    assert redact_text(f"bad key {KEY}") == f"bad key {KEY}"  # not sent yet: nothing to know it by
    auth_headers(KEY)
    assert redact_text(f"bad key {KEY}.") == "bad key ***."
    assert redact_text(f"model-{KEY.upper()}") == "model-***"  # a gateway that changed its case
    assert redact_text(f"proxy/{KEY[:12]}") == "***"  # cut at 12 characters: still 8 of it in a row
    assert ServerModel(id=f"m-{KEY}").id == "m-***"


def test_a_key_is_masked_url_encoded_too():
    remember_secret("sk/live+4f9a=")
    assert redact_text("GET /models?k=sk%2Flive%2B4f9a%3D refused") == "GET /models?k=*** refused"


def test_short_keys_are_masked_only_where_they_stand_alone():
    remember_secret("abc1")
    assert redact_text("key abc1 refused") == "key *** refused"
    assert redact_text("xabc12 model") == "xabc12 model"  # inside a longer word: ordinary text
    remember_secret("ab")  # too short to tell from any text: not searched
    assert redact_text("a tab") == "a tab"


def test_a_urls_password_is_masked_alone_and_as_the_basic_credential_the_client_sends():
    remember_url_secrets("http://me:pa55-word@127.0.0.1:1234/v1?token=tok-9911&x=1")
    basic = base64.b64encode(b"me:pa55-word").decode()
    assert redact_text(f"auth {basic} from me, pass pa55-word, tok-9911") == "auth *** from me, pass ***, ***"


def test_bearer_and_labelled_values_are_masked_even_when_unknown():
    assert redact_text("got Authorization: Bearer eyJ0.abc-123") == "got Authorization: Bearer ***"
    assert redact_text('{"api_key": "other-key-77"}') == '{"api_key": "***"}'
    assert redact_text("Bearer authentication required.") == "Bearer authentication required."  # a word, no token


def test_redacting_twice_changes_nothing_and_text_without_secrets_is_untouched():
    auth_headers(KEY)
    once = redact_text(f"http://u:p@h/v1 said Bearer {KEY}")
    assert redact_text(once) == once
    plain = "Qwen2.5-7B-Instruct-Q4_K_M.gguf loaded at http://127.0.0.1:1234/v1"
    assert redact_text(plain) == plain


def test_the_reports_last_pass_finds_the_key_in_json_and_html_escaping():
    remember_secret('k3y"<&>-long-secret')
    assert final_text('{"m": "k3y\\"<&>-long-secret"}') == '{"m": "***"}'
    assert final_text("<td>k3y&quot;&lt;&amp;&gt;-long-secret</td>") == "<td>***</td>"
    assert final_text("a\x1b[31mb\u202ec\n") == "a[31mbc\n"


def test_a_name_from_outside_is_one_printable_bounded_line():
    assert outside_name("\x1b[2J\nRecommended\r\x07") == "\ufffd[2J Recommended \ufffd"
    assert outside_name("a\u202eexe.gguf") == "a\ufffdexe.gguf"
    assert outside_name("bad\udcff.gguf") == "bad\ufffd.gguf"  # a file name that is not UTF-8
    cut = outside_name("A" * 8 * 2**20)
    assert len(cut) == 256 and cut.endswith("…")
    assert outside_name("Llama 3.1 8B Instruct") == "Llama 3.1 8B Instruct"


def test_multi_line_text_keeps_its_lines_and_loses_the_rest():
    assert outside_text("one\r\ntwo\x1b[2J\tthree") == "one\ntwo[2J\tthree"
    assert strip_controls("ok\n") == "ok\n"
