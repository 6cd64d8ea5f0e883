"""API prices from genai-prices: look-up by id, search, dates, and an online refresh that falls back."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from genai_prices.types import _providers_from_raw

from advisor.core.costs import prices
from advisor.core.names import UnknownNameError

# The published v2 data format (a list of providers), trimmed to what a refresh needs.
PAYLOAD = [
    {
        "id": "openai",
        "name": "OpenAI",
        "api_pattern": "https://api\\.openai\\.com",
        "model_match": {"starts_with": "gpt-"},
        "price_comments": "Prices checked 2026-11-20.",
        "models": [
            {
                "id": "gpt-4o",
                "match": {"or": [{"equals": "gpt-4o"}, {"starts_with": "gpt-4o-2024"}]},
                "name": "gpt 4o",
                "prices": {"input_mtok": 2.0, "output_mtok": 8.0},
            },
            {
                "id": "gpt-new",
                "match": {"equals": "gpt-new"},
                "name": "new",
                "prices": [
                    {"prices": {"input_mtok": 1, "output_mtok": 2}},
                    {"constraint": {"start_date": "2026-11-15"}, "prices": {"input_mtok": 3, "output_mtok": 4}},
                    {"constraint": {"start_date": "2027-02-01"}, "prices": {"input_mtok": 5, "output_mtok": 6}},
                ],
            },
            {
                "id": "text-embedding-3-small",
                "match": {"equals": "text-embedding-3-small"},
                "prices": {"input_mtok": 0.02},
            },
        ],
    },
    {
        "id": "deepseek",
        "name": "DeepSeek",
        "api_pattern": "https://api\\.deepseek\\.com",
        "models": [
            {
                "id": "deepseek-chat",
                "match": {"equals": "deepseek-chat"},
                "prices": [
                    {"prices": {"input_mtok": 0.135, "output_mtok": 0.55}},
                    {
                        "constraint": {"start_time": "00:30:00Z", "end_time": "16:30:00Z"},
                        "prices": {"input_mtok": 0.27, "output_mtok": 1.1},
                    },
                ],
            },
        ],
    },
]
TODAY = dt.date(2026, 11, 26)


def small_data() -> prices.PriceData:
    providers = tuple(_providers_from_raw(PAYLOAD))
    latest = prices._latest_date_in(providers, TODAY)
    return prices.PriceData(providers, latest.isoformat(), "bundled", "test")


def test_bundled_prices_match_the_published_reference_figures():
    assert prices.price_for("gpt-4o").input_per_million_usd == 2.5
    assert prices.price_for("gpt-4o").output_per_million_usd == 10.0
    turbo = prices.price_for("openai/gpt-4-turbo")
    assert (turbo.provider, turbo.model_id, turbo.input_per_million_usd, turbo.output_per_million_usd) == (
        "openai",
        "gpt-4-turbo",
        10.0,
        30.0,
    )
    groq = prices.price_for("groq/llama-3.3-70b-versatile")
    assert (groq.input_per_million_usd, groq.output_per_million_usd) == (0.59, 0.79)


def test_every_price_carries_the_bundled_data_date():
    date = prices.data_date()
    assert dt.date.fromisoformat(date) <= dt.date.today()
    assert prices.price_for("gpt-4o").price_date == date


def test_data_date_is_the_latest_past_price_change_or_check():
    data = small_data()
    assert data.as_of == "2026-11-20"  # the 'checked' comment beats the 11-15 change; 2027-02-01 is in the future


def test_a_dated_model_id_resolves_to_its_model():
    assert prices.price_for("gpt-4o-2024-08-06", data=small_data()).model_id == "gpt-4o"


def test_the_price_in_force_on_a_date_is_used_and_says_since_when():
    data = small_data()
    now = prices.price_for("openai/gpt-new", data=data, on=TODAY)
    assert (now.input_per_million_usd, now.output_per_million_usd, now.price_since) == (3.0, 4.0, "2026-11-15")
    before = prices.price_for("openai/gpt-new", data=data, on=dt.date(2026, 11, 1))
    assert (before.input_per_million_usd, before.price_since) == (1.0, None)


def test_time_of_day_prices_use_the_peak_rate_whatever_the_hour():
    chat = prices.price_for("deepseek/deepseek-chat", data=small_data())
    assert (chat.input_per_million_usd, chat.output_per_million_usd) == (0.27, 1.1)
    assert "peak_price_used" in chat.notes


def test_an_unknown_id_lists_close_matches():
    with pytest.raises(UnknownNameError) as exc:
        prices.price_for("gpt-4oo")
    assert exc.value.kind == "api_model" and "openai/gpt-4o" in exc.value.suggestions
    assert "openai/gpt-4o" in str(exc.value)


def test_a_model_without_output_prices_is_refused_with_its_reason():
    with pytest.raises(UnknownNameError) as exc:
        prices.price_for("openai/text-embedding-3-small", data=small_data())
    assert exc.value.reason == "no_token_prices"


def test_models_can_be_listed_by_provider_and_searched_by_words():
    groq = prices.list_api_models("groq")
    assert groq and {m.provider for m in groq} == {"groq"}
    found = prices.list_api_models(text="llama 3.3 70b")
    assert "groq/llama-3.3-70b-versatile" in [m.ref for m in found]
    assert all("70b" in m.ref.lower() or "70b" in (m.name or "").lower() for m in found)
    listed = [m.ref for m in prices.list_api_models(data=small_data())]
    assert listed == ["deepseek/deepseek-chat", "openai/gpt-4o", "openai/gpt-new"]  # no embedding model


class _Handler(BaseHTTPRequestHandler):
    status = 200
    body = json.dumps(PAYLOAD).encode()

    def do_GET(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def price_server() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/data.json", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_refresh_uses_the_downloaded_prices_dated_today(price_server):
    url, _ = price_server
    result = prices.refresh(url=url, timeout_s=5, today=TODAY)
    assert result.refreshed and result.error is None
    assert (result.data.origin, result.data.as_of) == ("online", "2026-11-26")
    assert prices.price_for("gpt-4o", data=result.data).input_per_million_usd == 2.0
    assert prices.price_for("gpt-4o").input_per_million_usd == 2.5  # the bundled data is untouched


def test_refresh_falls_back_to_the_bundled_data_on_an_http_error(price_server):
    url, handler = price_server
    handler.status = 500
    result = prices.refresh(url=url, timeout_s=5)
    assert not result.refreshed and "500" in (result.error or "")
    assert result.data is prices.bundled_data()


def test_refresh_falls_back_when_nothing_listens():
    result = prices.refresh(url="http://127.0.0.1:9/data.json", timeout_s=2)
    assert not result.refreshed and result.data.origin == "bundled"


def test_a_price_server_trickling_its_answer_is_given_up_at_the_refresh_deadline():
    """httpx's timeout is per read: a proxy trickling a byte every 2 s kept `cost --refresh-prices` (a 10 s
    timeout) going past a minute (hostile review). The bundled data is used, within the time given."""
    import time

    from advisor.core.costs.prices import refresh
    from advisor.core.within import GRACE_S
    from tests.hostile.hostile_server import HostileServer

    with HostileServer("trickle_body") as server:
        started = time.monotonic()
        result = refresh(url=server.api_url + "/models", timeout_s=1.0)
        assert time.monotonic() - started < 1.0 + GRACE_S + 1.0
    assert not result.refreshed and result.data.origin == "bundled" and "within 1 s" in str(result.error)


def test_a_price_server_sending_gigabytes_is_cut_at_the_cap():
    """Hostile review (carried): the refresh read whatever the server sent within its deadline into memory; a body
    past PRICE_DATA_MAX_BYTES (the published data is ~1.5 MB) is given up and the bundled data used."""
    import time

    from advisor.core.costs.prices import PRICE_DATA_MAX_BYTES, refresh
    from tests.hostile.hostile_server import HostileServer

    with HostileServer("huge_body") as server:  # 8 GiB announced, sent as fast as the socket takes it
        started = time.monotonic()
        result = refresh(url=server.api_url + "/models", timeout_s=20.0)
        assert time.monotonic() - started < 20.0
    assert not result.refreshed and result.data.origin == "bundled"
    assert f"larger than {PRICE_DATA_MAX_BYTES // 2**20} MiB" in str(result.error)
