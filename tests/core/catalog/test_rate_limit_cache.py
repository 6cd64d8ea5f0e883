"""A 429 and the cache that remembers it: what someone whose network once answered "too many requests" relies
on — the wait is at most an hour whatever the server asked, the message says how to ask again at once, and a
cache file damaged by hand, a disk error or an older version is a miss, never an error that hides the models."""

from __future__ import annotations

import json

import pytest

from advisor.cli.main import main
from advisor.core.catalog import search
from advisor.core.catalog.cache import MAX_RATE_LIMIT_WAIT_S, HubCache
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import catalog
from advisor.core.messages.speaker import ENGLISH
from tests.support.special_files import fifo, needs_fifo

GIB = 2**30
PC = load_profile(
    {"ram": {"total_bytes": 32 * GIB}, "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GIB}]}
)


def test_a_retry_after_of_years_waits_at_most_an_hour_and_says_how_to_ask_now(fake_hub, cache_dir):
    fake_hub.fail(429, path_contains="/api/models?", headers={"Retry-After": "999999999"})
    first = search(profile=PC, tier="7B", cache_dir=cache_dir)
    (problem,) = [p for p in first.errors if p.code == "rate_limited"]
    assert problem.values["retry_after_s"] == MAX_RATE_LIMIT_WAIT_S
    assert first.candidates  # the bundled list answers meanwhile

    again = search(profile=PC, tier="7B", cache_dir=cache_dir)
    (remembered,) = [p for p in again.errors if p.code == "rate_limited"]
    assert 0 < remembered.values["retry_after_s"] <= MAX_RATE_LIMIT_WAIT_S
    text = catalog.problem(ENGLISH, remembered.code, remembered.repo_id, remembered.values)
    path = HubCache(cache_dir).rate_limit_path(fake_hub.url)
    assert str(path) in text and "delete" in text
    path.unlink()  # what the sentence says to do: the next search asks the Hub again
    asked = fake_hub.count("GET", "/api/models?")
    search(profile=PC, tier="7B", cache_dir=cache_dir)
    assert fake_hub.count("GET", "/api/models?") == asked + 1


def test_a_wait_stored_by_an_older_version_is_cut_to_an_hour(tmp_path):
    now = [1_000_000.0]
    cache = HubCache(tmp_path, clock=lambda: now[0])
    cache.put("state", "rate-limit:http://hub", now[0] + 999_999_999)  # as stored before the cap
    assert cache.rate_limited_for_s("http://hub") == pytest.approx(MAX_RATE_LIMIT_WAIT_S)
    now[0] += MAX_RATE_LIMIT_WAIT_S + 1
    assert cache.rate_limited_for_s("http://hub") is None


@pytest.mark.parametrize("value", ["abc", [1], {"a": 1}, None, True, 1e308, "NaN"])
def test_a_damaged_rate_limit_record_is_a_miss(tmp_path, value):
    cache = HubCache(tmp_path)
    cache.remember_rate_limit("http://hub", 30)
    path = cache.rate_limit_path("http://hub")
    record = json.loads(path.read_text(encoding="utf-8"))
    record["value"] = value
    path.write_text(json.dumps(record), encoding="utf-8")
    left = cache.rate_limited_for_s("http://hub")
    assert left is None or 0 < left <= MAX_RATE_LIMIT_WAIT_S


@pytest.mark.parametrize("text", ['{"key": "k", "stored_at": 1}', "[1, 2]", "[" * 100_000, '{"stored_at": "x"}'])
def test_a_damaged_cache_file_of_any_shape_is_a_miss(tmp_path, text):
    cache = HubCache(tmp_path)
    cache.put("listing", "k", [1])
    path = next((tmp_path / "listing").glob("*.json"))
    path.write_text(text, encoding="utf-8")
    assert cache.get("listing", "k", None) is None


def test_models_still_lists_models_with_a_damaged_rate_limit_record(fake_hub, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LLM_ADVISOR_CACHE_DIR", str(tmp_path / "cache"))
    cache = HubCache(tmp_path / "cache" / "catalog")
    cache.remember_rate_limit(fake_hub.url, 30)
    path = cache.rate_limit_path(fake_hub.url)
    record = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**record, "value": "abc"}), encoding="utf-8")
    hardware = tmp_path / "pc.json"
    hardware.write_text(json.dumps({"ram": {"total_bytes": 32 * GIB}, "gpus": []}))
    code = main(["models", "--hardware", str(hardware), "--limit", "3"])
    _out, err = capsys.readouterr()
    assert "unexpected error" not in err and "ValueError" not in err
    assert code == 0, err
    assert fake_hub.count("GET", "/api/models?") >= 1  # the record was a miss: the Hub was asked


def test_a_listing_stored_in_the_future_is_never_fresh(tmp_path):
    """A cache record whose time lies ahead (a clock set back, a hand-edited file; review hostile5b: 1e12 made every
    `models` run fail with "year 33658 is out of range") is a miss, as any broken record is: the Hub is asked again.
    A few seconds ahead (clocks differ a little) still counts."""
    now = [1_800_000_000.0]
    cache = HubCache(tmp_path, clock=lambda: now[0])
    cache.put("listing", "k", {"repos": []})
    assert cache.get("listing", "k", max_age_s=3600) is not None
    now[0] -= 10  # this run's clock a little behind the one that wrote it
    assert cache.get("listing", "k", max_age_s=3600) is not None
    now[0] -= 10 * 365 * 24 * 3600  # ten years behind: the record claims to come from the future
    assert cache.get("listing", "k", max_age_s=3600) is None
    assert cache.get("listing", "k", max_age_s=None) is None


@needs_fifo
def test_a_pipe_or_a_device_in_place_of_a_cache_file_is_a_miss_not_a_hang(tmp_path):
    """A named pipe at a cache entry blocked every search (`HubCache.get` waited for a writer for ever)."""
    cache = HubCache(tmp_path)
    cache.put("listing", "k", [1])
    path = next((tmp_path / "listing").glob("*.json"))
    path.unlink()
    with fifo(path, release_after_s=2.0):
        assert cache.get("listing", "k", None) is None
    path.unlink()
    path.symlink_to("/dev/zero")
    assert cache.get("listing", "k", None) is None
