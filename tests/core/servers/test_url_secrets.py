"""A token written as the URL's user name (http://sk-abc@host) is a secret too."""

from __future__ import annotations

from advisor.cli.main import main
from advisor.core.urls import redact_url


def test_a_user_name_without_password_is_masked():
    assert redact_url("http://sk-TOKEN123@127.0.0.1:9/v1") == "http://***@127.0.0.1:9/v1"
    assert redact_url("http://maria:pw@127.0.0.1:9/v1") == "http://maria:***@127.0.0.1:9/v1"
    assert redact_url("http://127.0.0.1:9/v1") == "http://127.0.0.1:9/v1"


def test_the_cli_never_prints_it(capsys):
    code = main(["server", "--url", "http://sk-TOKEN123@127.0.0.1:9/v1", "--timeout", "1"])
    out, err = capsys.readouterr()
    assert code == 1 and "sk-TOKEN123" not in out + err
    main(["server", "--url", "http://sk-TOKEN123@127.0.0.1:9/v1", "--timeout", "1", "--json"])
    out, err = capsys.readouterr()
    assert "sk-TOKEN123" not in out + err
