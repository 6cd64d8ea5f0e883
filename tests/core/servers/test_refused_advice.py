"""A stopped server's advice sends the user where more servers can be found: on the command line to
`server --discover`; in the app to its list of servers found, but only when that list holds one (a list that says
"none found" is no place to click); a report lists nothing, so it sends nowhere."""

from __future__ import annotations

import pytest

from advisor.core.messages import ENGLISH, Speaker
from advisor.core.messages import servers as words
from advisor.core.servers import ProblemCode

REFUSED = {"url": "http://localhost:1234/v1", "host": "localhost", "port": 1234}
TO_THE_LIST = "click one to use it"
TO_DISCOVER = "llm-advisor server --discover"
SPANISH = Speaker("es")


@pytest.mark.parametrize(
    ("surface", "servers_listed", "to_list", "to_discover"),
    [
        ("app", True, True, False),
        ("app", False, False, False),
        ("cli", False, False, True),
        ("report", True, False, False),
    ],
)
def test_a_stopped_server_is_sent_to_the_list_only_when_it_holds_a_server(
    surface, servers_listed, to_list, to_discover
):
    what, advice = words.problem(
        ENGLISH, ProblemCode.CONNECTION_REFUSED, REFUSED, surface, servers_listed=servers_listed
    )
    assert what.startswith("Nothing is listening on localhost:1234")
    assert advice.startswith("In LM Studio open the Developer tab and press Start Server")  # how to start it: always
    assert (TO_THE_LIST in advice) is to_list
    assert (TO_DISCOVER in advice) is to_discover


@pytest.mark.parametrize(
    ("port", "said"),
    [
        (1234, "In LM Studio open the Developer tab and press Start Server"),
        (11434, "Start Ollama"),
        (8080, "llama-server -m MODEL.gguf --port PORT"),
        (18080, "Start the server meant to answer on port 18080: `llama-server -m MODEL.gguf --port 18080`"),
    ],
)
def test_a_stopped_servers_advice_follows_its_port(port, said):
    """Newcomer round: a stopped llama-server on port 18080 was told to press LM Studio's Start Server. Nothing
    answers on a stopped port, so its program is known only by the port: each program's default, else none."""
    refused = {"url": f"http://127.0.0.1:{port}/v1", "host": "127.0.0.1", "port": port}
    for say in (ENGLISH, SPANISH):
        what, advice = words.problem(say, ProblemCode.CONNECTION_REFUSED, refused, "cli")
        assert f"127.0.0.1:{port}" in what
    _, advice = words.problem(ENGLISH, ProblemCode.CONNECTION_REFUSED, refused, "cli")
    assert advice.startswith(said) if port != 8080 else said in advice
    assert (port == 18080) == ("Server Port set to 18080" in advice)
    _, spanish = words.problem(SPANISH, ProblemCode.CONNECTION_REFUSED, refused, "cli")
    assert spanish != advice and ("18080" in spanish) is (port == 18080)


def test_a_known_program_without_its_own_advice_is_told_by_its_port():
    """Code review: a stopped llama-cpp-python (named by an earlier check, no start advice of its own) on 8080 was sent
    to LM Studio's Start Server."""
    refused = {"url": "http://127.0.0.1:8080/v1", "host": "127.0.0.1", "port": 8080, "kind": "llama-cpp-python"}
    _, advice = words.problem(ENGLISH, ProblemCode.CONNECTION_REFUSED, refused, "cli")
    assert advice.startswith("Start the server meant to answer on port 8080: `llama-server -m MODEL.gguf --port 8080`")
    assert not advice.startswith("In LM Studio")
    refused["kind"] = "ollama"  # its own advice wins over the port's program
    assert words.problem(ENGLISH, ProblemCode.CONNECTION_REFUSED, refused, "cli")[1].startswith("Start Ollama")
