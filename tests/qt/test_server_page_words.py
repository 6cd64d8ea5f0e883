"""The Local server page says true things in a person's words: the advice for a stopped server points at the list
of servers found by its title (it stands beside the diagnosis, not below it), and only when that list has a server
to click; a llama-server's model, which the
server names by the path it loaded, is offered by its file name (no folders, no user name); and a host the network
cannot reach is said in the catalogue's words, never the system's "[Errno 113] No route to host"."""

from __future__ import annotations

import dataclasses
import errno

import pytest
from PySide6.QtCore import Qt

from advisor.core.servers import ServerProblemError
from advisor.core.servers.http import httpx, problem_from_exception
from advisor.core.servers.types import ServerKind, ServerModel, ServerStatus
from advisor.qt.pages.server import ServerPage
from tests.qt import fakes
from tests.qt.helpers import make_page, wait_idle

pytestmark = pytest.mark.gui

LOADED = "/home/ana/models/bartowski/Qwen2.5-7B-Instruct-GGUF/Qwen2.5-7B-Instruct-Q4_K_M.gguf"


def _check(qtbot, page: ServerPage, url: str) -> None:
    page.check.url.setText(url)
    qtbot.mouseClick(page.check.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state.server is not None, timeout=5000)
    wait_idle(qtbot)


def test_the_advice_for_a_stopped_server_names_the_list_where_it_is(qtbot):
    page = make_page(qtbot, ServerPage, services=fakes.services(check_server=fakes.server_refused))
    _check(qtbot, page, "http://localhost:1235/v1")
    diagnosis = page.check.diagnosis.text()
    assert "Nothing is listening on" in diagnosis
    assert "below" not in diagnosis  # the list stands to the right of the diagnosis
    assert f"“{page.check.found_box.title()}”" in diagnosis  # named as the page titles it


def _ollama_only(**_):
    return [dataclasses.replace(fakes.server_ok("http://localhost:11434/v1"), kind=ServerKind.OLLAMA)]


@pytest.mark.parametrize(("found", "listed"), [(lambda **_: [], False), (_ollama_only, True)], ids=["none", "one"])
def test_a_stopped_server_is_sent_to_the_list_only_when_it_lists_a_server(qtbot, found, listed):
    page = make_page(
        qtbot, ServerPage, services=fakes.services(check_server=fakes.server_refused, discover_servers=found)
    )
    page.initializePage()  # as the wizard shows it: the servers are looked for, and the address checked
    qtbot.waitUntil(lambda: page.state.server is not None, timeout=5000)
    wait_idle(qtbot)
    diagnosis = page.check.diagnosis.text()
    assert "Nothing is listening on" in diagnosis and "Start Server" in diagnosis  # what is wrong, how to start it
    items = [page.check.found.item(row).text() for row in range(page.check.found.count())]
    if listed:
        assert items == ["Ollama — http://localhost:11434/v1 (ready)"]
        assert "click one to use it" in diagnosis and f"“{page.check.found_box.title()}”" in diagnosis
    else:
        assert items == ["No local server found on the usual ports."]
        assert "click one" not in diagnosis and page.check.found_box.title() not in diagnosis

    # a benchmark refused by the same stopped server says the same, in the page's error banner
    refused = fakes.server_refused().problem
    page.show_problem("The benchmark failed.", ServerProblemError(refused), lambda: None)
    assert ("click one to use it" in page.error.message.text()) is listed


def test_a_llama_servers_model_is_offered_by_its_file_name(qtbot):
    def llama_server(url: str, **_):
        return dataclasses.replace(
            fakes.server_ok(url),
            kind=ServerKind.LLAMA_CPP,
            version=None,
            models=(ServerModel(LOADED, loaded=True, loaded_context=8192),),
        )

    page = make_page(qtbot, ServerPage, services=fakes.services(check_server=llama_server))
    _check(qtbot, page, "http://127.0.0.1:8080/v1")
    combo = page.bench.model_combo
    assert combo.count() == 1
    shown = combo.itemText(0)
    assert shown.startswith("Qwen2.5-7B-Instruct-Q4_K_M.gguf") and "/home" not in shown and "ana/" not in shown
    assert combo.currentData() == LOADED  # the server is still asked for the model by its own name
    assert "/home/ana" not in page.check.diagnosis.text()


def test_a_host_with_no_route_is_said_in_words_not_the_systems(qtbot):
    def no_route(url: str, **_):
        try:
            raise httpx.ConnectError("[Errno 113] No route to host") from OSError(
                errno.EHOSTUNREACH, "No route to host"
            )
        except httpx.ConnectError as exc:
            problem = problem_from_exception(exc, url=url, timeout_s=5)
        return ServerStatus(url=url, reachable=False, kind=None, version=None, models=(), problem=problem)

    page = make_page(qtbot, ServerPage, services=fakes.services(check_server=no_route))
    _check(qtbot, page, "http://192.168.1.50:1234/v1")
    diagnosis = page.check.diagnosis.text()
    assert "192.168.1.50 cannot be reached: no network route leads there" in diagnosis
    assert "Errno" not in diagnosis and "No route to host" not in diagnosis
    assert "Nothing is listening" not in diagnosis  # not a stopped server
