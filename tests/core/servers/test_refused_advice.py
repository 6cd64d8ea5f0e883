"""A stopped server's advice sends the user where more servers can be found: on the command line to
`server --discover`; in the app to its list of servers found, but only when that list holds one (a list that says
"none found" is no place to click); a report lists nothing, so it sends nowhere."""

from __future__ import annotations

import pytest

from advisor.core.messages import ENGLISH
from advisor.core.messages import servers as words
from advisor.core.servers import ProblemCode

REFUSED = {"url": "http://localhost:1234/v1", "host": "localhost", "port": 1234}
TO_THE_LIST = "click one to use it"
TO_DISCOVER = "llm-advisor server --discover"


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
