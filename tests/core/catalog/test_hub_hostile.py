"""A hostile Hub mirror (HF_ENDPOINT) against the real huggingface_hub client: file names that climb out of LM
Studio's folder (`../../x.gguf`, `/abs/x.gguf`, backslashes, a repo id `evil/../..`) are never offered and never
written, and a file tree or listing that pages for ever — each page quick — ends at the operation's total deadline
or its caps on pages and entries, with one clear problem and bounded memory."""

from __future__ import annotations

import json
import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from advisor.core.catalog import download, group_files, search
from advisor.core.catalog.hub import MAX_TREE_ENTRIES, make_api, repo_files
from advisor.core.catalog.hub_http import MAX_PAGES
from advisor.core.hardware.profile_io import load_profile
from advisor.core.messages import catalog as catalog_words
from advisor.core.messages.speaker import Speaker
from tests.support.fake_hub import FakeHub

GIB = 2**30
RTX_4070 = load_profile(
    {"ram": {"total_bytes": 32 * GIB}, "gpus": [{"name": "NVIDIA GeForce RTX 4070", "vram_total_bytes": 12 * GIB}]}
)
EN = Speaker("en")
SMOL = "bartowski/SmolLM2-135M-Instruct-GGUF"
Q8_FIRST = "SmolLM2-135M-Instruct-Q8_0/SmolLM2-135M-Instruct-Q8_0-00001-of-00002.gguf"
EVIL = "evil/Evil-7B-GGUF"
GOOD = "Good-7B-Q4_K_M.gguf"
GGUF_BYTES = b"GGUF" + bytes(4092)


def _climbing(kind: str, dest: Path, outside: Path) -> str:
    """A name that, joined onto `dest`, lands in `outside` (the reviewer's names, made for this temp folder)."""
    if kind == "traversal":
        return "../" * (len(dest.parts) - 1) + str(outside).lstrip("/") + "/Climb-7B-Q4_K_M.gguf"
    if kind == "absolute":
        return str(outside / "Abs-7B-Q4_K_M.gguf")
    return "..\\..\\..\\escape\\Back-7B-Q4_K_M.gguf"  # a backslash path: Windows climbs with it


KINDS = ("traversal", "absolute", "backslash")


def _gguf_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and ".gguf" in p.name) if root.exists() else []


def _evil_repo() -> dict:
    gguf = {"total": 7e9, "architecture": "llama", "context_length": 4096}
    return {"id": EVIL, "sha": "e" * 40, "tags": ["gguf"], "downloads": 5, "likes": 1, "gguf": gguf, "files": []}


# ------------------------------------------------------------------------------------ names that climb out


def test_a_listing_never_offers_a_name_that_climbs_out_of_the_folder(hf_home, tmp_path, cache_dir):
    dest, outside = tmp_path / "models" / "evil" / "Evil-7B-GGUF", tmp_path / "outside"
    climbing = [_climbing(kind, dest, outside) for kind in KINDS]
    with FakeHub(repos=[_evil_repo()]) as hub:
        for name in (*climbing, GOOD):
            hub.add_file(EVIL, name, GGUF_BYTES)
        entries = repo_files(make_api(hub.url, False), EVIL)
        result = search(
            profile=RTX_4070, text="Evil", include_all=True, endpoint=hub.url, cache_dir=cache_dir, read_headers=False
        )
    assert [path for path, _, _ in entries] == [GOOD]  # the tree as read: the climbing names are dropped
    (candidate,) = result.candidates
    assert [f.path for f in candidate.files] == [GOOD]  # what the Models page and `models` offer to download
    # a tree cached by an earlier version, with the names still in it, offers them no more either
    assert [f.path for f in group_files([(n, 4096, None) for n in (*climbing, GOOD)])] == [GOOD]


@pytest.mark.parametrize("kind", KINDS)
def test_a_download_of_a_climbing_name_is_refused_before_any_request_or_byte(fake_hub, tmp_path, kind):
    models = tmp_path / "models"
    outside = tmp_path / "outside"
    name = _climbing(kind, models / "bartowski" / "SmolLM2-135M-Instruct-GGUF", outside)
    fake_hub.add_file(SMOL, name, GGUF_BYTES)  # the mirror lists it and serves its bytes

    result = download(SMOL, name, models_dir=str(models))

    assert not result.ok and result.problem.code == "unsafe_name"
    assert result.paths == ()
    assert _gguf_files(tmp_path) == []  # nothing outside, nothing inside, no staging `.partial`
    assert not outside.exists() and not (tmp_path / "escape").exists()
    assert not models.exists()  # no empty owner/repo folders left either
    assert fake_hub.requests == []  # refused before asking the Hub anything
    sentence = catalog_words.problem(EN, result.problem.code, result.problem.repo_id, result.problem.values)
    assert sentence.startswith(name[:40]) and "was refused" in sentence and "Nothing was downloaded." in sentence


def test_a_folder_on_the_way_that_links_outside_is_never_written_through(fake_hub, tmp_path):
    dest = tmp_path / "models" / "bartowski" / "SmolLM2-135M-Instruct-GGUF"
    outside = tmp_path / "outside"
    outside.mkdir()
    dest.mkdir(parents=True)
    (dest / "SmolLM2-135M-Instruct-Q8_0").symlink_to(outside, target_is_directory=True)  # the split's folder

    result = download(SMOL, Q8_FIRST, dest_dir=str(dest))

    assert result.problem is not None and result.problem.code == "unsafe_name"
    assert list(outside.iterdir()) == []
    assert fake_hub.count("GET", "/resolve/") == 0  # no byte was even asked for


def test_a_repo_id_that_is_a_path_is_refused_and_never_listed(hf_home, tmp_path, cache_dir):
    models = tmp_path / "models"
    refused = download("evil/../../../escape", GOOD, models_dir=str(models))
    assert refused.problem is not None and refused.problem.code == "unsafe_name"
    assert refused.problem.values["what"] == "repo"
    sentence = catalog_words.problem(EN, "unsafe_name", refused.problem.repo_id, refused.problem.values)
    assert sentence.startswith("evil/../../../escape was refused") and "OWNER/NAME" in sentence
    assert not models.exists() and not (tmp_path / "escape").exists()

    bad = {**_evil_repo(), "id": "evil/../../escape-7B-GGUF"}
    with FakeHub(repos=[bad, _evil_repo()]) as hub:
        hub.add_file(EVIL, GOOD, GGUF_BYTES)
        result = search(
            profile=RTX_4070, text="evil", include_all=True, endpoint=hub.url, cache_dir=cache_dir, read_headers=False
        )
        asked = [path for _, path in hub.requests]
    assert [c.repo_id for c in result.candidates] == [EVIL]
    assert not any("escape" in path for path in asked if "/tree/" in path or "/resolve/" in path)


# ------------------------------------------------------------------------------------ listings that never end


# the test's own bound, three times past where the client must stop: a regression fails, it does not hang
LAST_PAGE = {"full": 3 * MAX_TREE_ENTRIES // 1000, "empty": 3 * MAX_PAGES, "slow": 10}


class _EndlessHub(BaseHTTPRequestHandler):
    """The Hub's tree and listing APIs, paged through an absolute `Link: <…&cursor=N+1>; rel="next"` for ever."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body leave at once, as from a real server (no 40 ms delayed ACK)
    mode = "full"  # "full": 1,000 files a page at once; "empty": empty pages; "slow": 10 files a page, 0.3 s each
    served: list[int]
    lock: threading.Lock

    def do_GET(self) -> None:
        split = urlsplit(self.path)
        cursor = int((parse_qs(split.query).get("cursor") or ["0"])[0])
        if split.path == "/api/agent-harnesses":
            return self._json({"standardEnvVars": [], "harnesses": {}})
        if split.path == "/api/models" and self.mode != "empty":  # one repo, whose tree never ends
            gguf = {"total": 7e9, "architecture": "llama", "context_length": 4096}
            item = {"id": EVIL, "_id": "1", "sha": "e" * 40, "tags": ["gguf"], "gguf": gguf}
            return self._json([{**item, "siblings": [{"rfilename": GOOD}], "downloads": 5, "likes": 1}])
        if split.path != "/api/models" and not split.path.startswith(f"/api/models/{EVIL}/tree/"):
            return self._json({"error": "Not Found"}, status=404)
        with self.lock:
            self.served.append(cursor)
        if self.mode == "slow":
            time.sleep(0.3)
        count = {"full": 1000, "empty": 0, "slow": 10}[self.mode]
        page = [
            {"type": "file", "path": f"f{cursor}-{i}-Q4_K_M.gguf", "size": 1, "oid": "0" * 40} for i in range(count)
        ]
        port = self.server.server_address[1]
        link = f'<http://127.0.0.1:{port}{split.path}?recursive=true&cursor={cursor + 1}>; rel="next"'
        self._json(page, {"Link": link} if cursor < LAST_PAGE[self.mode] else None)

    def _json(self, data: object, headers: dict[str, str] | None = None, status: int = 200) -> None:
        body = json.dumps(data).encode()
        self.send_response(status)
        for key, value in {"Content-Type": "application/json", **(headers or {})}.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def endless_hub(request, hf_home) -> Iterator[tuple[str, list[int]]]:
    served: list[int] = []
    handler = type("Handler", (_EndlessHub,), {"mode": request.param, "served": served, "lock": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize("endless_hub", ["full"], indirect=True)
def test_an_endless_tree_of_full_pages_ends_at_the_entry_cap_within_bounded_memory(endless_hub, tmp_path):
    url, served = endless_hub
    dest = tmp_path / "dest"
    tracemalloc.start()
    try:
        started = time.monotonic()
        result = download(EVIL, "f0-0-Q4_K_M.gguf", dest_dir=str(dest), endpoint=url, timeout_s=10)
        took = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.problem is not None and result.problem.code == "endless_listing"
    assert result.problem.values["entries"] == MAX_TREE_ENTRIES
    assert len(served) == MAX_TREE_ENTRIES // 1000 + 1  # one page past the cap, then it stopped asking
    assert took < 15  # the reviewer's run was killed at 60 s with 1 GiB
    assert peak < 96 * 2**20, f"{peak / 2**20:.0f} MiB traced"
    assert not dest.exists()  # nothing kept of the half-read tree
    sentence = catalog_words.problem(EN, "endless_listing", EVIL, result.problem.values)
    assert "did not end (more than 20,000 files" in sentence


@pytest.mark.parametrize("endless_hub", ["empty"], indirect=True)
def test_an_endless_tree_of_empty_pages_ends_at_the_page_cap(endless_hub, tmp_path):
    url, served = endless_hub
    result = download(EVIL, "f0-0-Q4_K_M.gguf", dest_dir=str(tmp_path / "dest"), endpoint=url, timeout_s=10)
    assert result.problem is not None and result.problem.code == "endless_listing"
    assert result.problem.values["pages"] == MAX_PAGES
    assert MAX_PAGES - 2 <= len(served) <= MAX_PAGES  # the library's own first request (its agent list) counts too
    sentence = catalog_words.problem(EN, "endless_listing", EVIL, result.problem.values)
    assert f"still going after {MAX_PAGES} pages" in sentence


@pytest.mark.parametrize("endless_hub", ["slow"], indirect=True)
def test_an_endless_tree_of_slow_pages_ends_at_the_total_deadline(endless_hub, tmp_path, cache_dir):
    url, served = endless_hub
    started = time.monotonic()
    result = download(EVIL, "f0-0-Q4_K_M.gguf", dest_dir=str(tmp_path / "dest"), endpoint=url, timeout_s=0.5)
    took = time.monotonic() - started
    # each page (0.3 s) is within the request's 0.5 s: it is the operation's total (twice that, 1 s) that ends it
    assert result.problem is not None and result.problem.code == "timeout"
    assert 0.9 <= took < 2.5 and len(served) >= 3

    started = time.monotonic()
    listed = search(profile=RTX_4070, text="Evil", endpoint=url, cache_dir=cache_dir, timeout_s=0.5, read_headers=False)
    assert time.monotonic() - started < 4.0  # the listing (one page) and the tree's 1 s, not for ever
    assert [p.code for p in listed.errors] == ["timeout"], listed.errors
    assert listed.candidates == ()


@pytest.mark.parametrize("endless_hub", ["empty"], indirect=True)
def test_an_endless_repo_listing_ends_at_the_page_cap_and_the_bundled_list_answers(endless_hub, cache_dir):
    url, served = endless_hub
    result = search(profile=RTX_4070, tier="7B", endpoint=url, cache_dir=cache_dir, timeout_s=10, read_headers=False)
    assert result.source == "offline" and result.candidates  # the bundled list instead
    (problem,) = [p for p in result.errors if p.code == "endless_listing"]
    assert MAX_PAGES - 2 <= len(served) <= MAX_PAGES
    sentence = catalog_words.problem(EN, problem.code, problem.repo_id, problem.values)
    assert sentence.startswith(f"The list of repositories Hugging Face sent did not end (still going after {MAX_PAGES}")


def test_the_largest_real_repos_are_read_whole_page_after_page(hf_home):
    """A few thousand files in per-quant folders (the largest GGUF repos: ~2,000), served 100 a page: far below the
    caps, every file is read."""
    files = [{"path": f"Q{q}/Big-Q4_K_M-{i + 1:05d}-of-00100.gguf", "size": 10} for q in range(30) for i in range(100)]
    repo = {**_evil_repo(), "files": files}
    with FakeHub(repos=[repo], tree_page_size=100) as hub:
        entries = repo_files(make_api(hub.url, False), EVIL)
        pages = hub.count("GET", "/tree/")
    assert len(entries) == 3000 and pages == 31  # 3,000 files and 30 folders, 100 a page


# ------------------------------------------------------------------------------------ fields a mirror garbles

GGUF_FIELDS = {"total": 7e9, "architecture": "llama", "context_length": 4096}


@pytest.fixture
def point_at(hf_home, monkeypatch):
    """Point the library's default endpoint (HF_ENDPOINT) at a local server, as the command line reads it."""
    import huggingface_hub.constants as c

    def point(url: str) -> None:
        monkeypatch.setenv("HF_ENDPOINT", url)
        monkeypatch.setattr(c, "ENDPOINT", url)
        monkeypatch.setattr(c, "HUGGINGFACE_CO_URL_TEMPLATE", url + "/{repo_id}/resolve/{revision}/{filename}")

    return point


# each: the repo's fields as a mirror sends them, and what the candidate shows (a bad field is unknown, not an error)
ODD_FIELDS = {
    "architecture a dict": ({"gguf": {**GGUF_FIELDS, "architecture": {"x": 1}}}, {"architecture": None}),
    "downloads Infinity": ({"downloads": float("inf"), "likes": float("nan")}, {"downloads": 0, "likes": 0}),
    "downloads a word": ({"downloads": "abc", "likes": [1]}, {"downloads": 0, "likes": 0}),
    "parameters a word": ({"gguf": {**GGUF_FIELDS, "total": "7B"}}, {"parameters": 7e9}),  # read from the name
    "parameters absurd": ({"gguf": {**GGUF_FIELDS, "total": 1e30}}, {"parameters": 7e9}),
    "context a word": ({"gguf": {**GGUF_FIELDS, "context_length": "4096"}}, {"context_length": None}),
    "context negative": ({"gguf": {**GGUF_FIELDS, "context_length": -5}}, {"context_length": None}),
    "context Infinity": ({"gguf": {**GGUF_FIELDS, "context_length": float("inf")}}, {"context_length": None}),
    "date no date": ({"lastModified": "99999-99-99T99:99:99Z"}, {"last_modified": None}),
    "date a number": ({"lastModified": 12345}, {"last_modified": None}),
    "licence a dict": ({"cardData": {"license": {"a": 1}}, "tags": ["gguf", 5, None]}, {"license": None}),
    "licence too long": ({"tags": ["gguf", "license:" + "x" * 100_000]}, {}),
    "siblings odd": ({"siblings": [{"rfilename": 5}, {"x": 1}, "str", {"rfilename": GOOD}]}, {}),
    "gguf a list": ({"gguf": [1, 2]}, {"architecture": None, "parameters": 7e9}),
}


@pytest.mark.parametrize("fields, shown", ODD_FIELDS.values(), ids=ODD_FIELDS.keys())
def test_a_listing_field_of_the_wrong_type_is_unknown_and_the_repo_still_listed(hf_home, cache_dir, fields, shown):
    repo = {**_evil_repo(), "lastModified": "2026-01-02T03:04:05.000Z", **fields}
    with FakeHub(repos=[repo]) as hub:
        hub.add_file(EVIL, GOOD, GGUF_BYTES)
        result = search(profile=RTX_4070, text="evil", include_all=True, endpoint=hub.url, cache_dir=cache_dir)
    assert [p.code for p in result.errors] == [] and result.source == "hub"
    (candidate,) = result.candidates
    assert [f.path for f in candidate.files] == [GOOD]
    for name, value in shown.items():
        assert getattr(candidate, name) == value, name
    assert candidate.license is None or len(candidate.license) <= 64  # a licence id, never a page of text
    if "lastModified" not in fields:
        assert candidate.last_modified == "2026-01-02T03:04:05+00:00"  # a good date is still read


def test_the_models_command_shows_a_garbled_listing_without_an_error(fake_hub, tmp_path, capsys, monkeypatch):
    """The reviewer's `models --search evil` against `"gguf": {"architecture": {"x": 1}}` ended in 'unexpected
    error: TypeError: unhashable type: dict' (exit 1)."""
    from advisor.cli.main import main

    bad = {**_evil_repo(), "gguf": {"total": -7e9, "architecture": {"x": 1}, "context_length": 1e309}}
    fake_hub.repos[EVIL] = bad
    fake_hub.files[EVIL] = {}
    fake_hub.add_file(EVIL, GOOD, GGUF_BYTES)
    machine = tmp_path / "machine.json"
    machine.write_text(json.dumps({"ram": {"total_bytes": 32 * GIB}, "gpus": []}), encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    code = main(["models", "--hardware", str(machine), "--search", "Evil-7B", "--all"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert EVIL in out and "7.0B" in out  # the parameters from the name, not -7 billion
    assert "error" not in err and "Traceback" not in err


UNUSABLE = {
    "no entry usable": [{"id": 5}, "str", None, {"id": "evil/../.."}],
    "not a list": {"error": "maintenance"},
    "not JSON": "<html>maintenance</html>",
}


@pytest.mark.parametrize("body", UNUSABLE.values(), ids=UNUSABLE.keys())
def test_a_listing_with_nothing_usable_is_one_problem_and_the_bundled_list_answers(
    point_at, tmp_path, capsys, monkeypatch, body
):
    from advisor.cli.main import main
    from tests.support.fake_http import FakeServer, json_reply

    reply = (200, body, "text/html") if isinstance(body, str) else json_reply(body)
    machine = tmp_path / "machine.json"
    machine.write_text(json.dumps({"ram": {"total_bytes": 32 * GIB}, "gpus": []}), encoding="utf-8")
    with FakeServer({"GET /api/models": reply}) as server:
        point_at(server.base_url)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        code = main(["models", "--hardware", str(machine), "--search", "evil"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip().endswith(
        "The list of repositories Hugging Face sent could not be read, so none of it was used. If HF_ENDPOINT points "
        "to a mirror, that mirror is misbehaving."
    )
    assert err.count("\n") == 1 and "Traceback" not in err and "Error" not in err
    assert "offline snapshot" in out  # the bundled list answered


# ------------------------------------------------------------------------------------ file trees a mirror garbles


def test_a_tree_entry_without_a_usable_size_is_left_out_and_named(hf_home):
    names = {n: f"{n}-7B-Q4_K_M.gguf" for n in ("nosize", "word", "negative", "lfs", "badsha")}
    with FakeHub(repos=[_evil_repo()]) as hub:
        for name in names.values():
            hub.add_file(EVIL, name, GGUF_BYTES)
        hub.edit_tree_entry(EVIL, names["nosize"], size=None, lfs=None)
        hub.edit_tree_entry(EVIL, names["word"], size="abc", lfs=None)
        hub.edit_tree_entry(EVIL, names["negative"], size=-5, lfs={"oid": "0" * 64, "size": -5})
        hub.edit_tree_entry(EVIL, names["lfs"], size="abc")  # the LFS size still says it
        hub.edit_tree_entry(EVIL, names["badsha"], lfs={"oid": "../../x", "size": len(GGUF_BYTES)})
        unsized: list[str] = []
        entries = repo_files(make_api(hub.url, False), EVIL, unsized=unsized)
    assert sorted(unsized) == sorted([names["nosize"], names["word"], names["negative"]])
    by_path = {path: (size, sha) for path, size, sha in entries}
    assert set(by_path) == {names["lfs"], names["badsha"]}
    assert by_path[names["lfs"]][0] == len(GGUF_BYTES) and by_path[names["lfs"]][1] is not None
    assert by_path[names["badsha"]] == (len(GGUF_BYTES), None)  # not a SHA-256: no hash known


def test_a_download_of_a_file_listed_without_a_size_says_so_and_writes_nothing(fake_hub, tmp_path):
    fake_hub.add_file(EVIL, GOOD, GGUF_BYTES)
    fake_hub.edit_tree_entry(EVIL, GOOD, size=None, lfs=None)
    result = download(EVIL, GOOD, dest_dir=str(tmp_path / "dest"))
    assert result.problem is not None and result.problem.code == "unsized_file"
    assert not (tmp_path / "dest").exists() and fake_hub.count("GET", "/resolve/") == 0
    sentence = catalog_words.problem(EN, result.problem.code, result.problem.repo_id, result.problem.values)
    assert sentence.startswith(f"{GOOD}: Hugging Face listed it without a usable size, so it was not downloaded.")


def test_a_server_that_sends_more_than_the_listed_size_is_not_blamed_on_the_disk(fake_hub, tmp_path):
    """The reviewer's mirror sent a megabyte more than the file's size: 'could not be written (system error EIO)'."""
    listed = GGUF_BYTES * 512  # 2 MiB
    fake_hub.add_file(EVIL, GOOD, listed + bytes(2**20), size=len(listed))
    dest = tmp_path / "dest"
    result = download(EVIL, GOOD, dest_dir=str(dest))
    assert result.problem is not None and result.problem.code == "too_much_data"
    assert result.problem.values == {"file": GOOD, "expected_bytes": len(listed)}
    assert _gguf_files(tmp_path) == [] and not dest.exists()  # nothing kept, no staging leftovers
    sentence = catalog_words.problem(EN, result.problem.code, result.problem.repo_id, result.problem.values)
    assert sentence == (
        f"{GOOD}: the server sent more than the 2 MiB Hugging Face lists for it, so what arrived is not that file; "
        "nothing was kept: download it again."
    )


# ------------------------------------------------------------------------------------ redirects elsewhere


@pytest.mark.parametrize("target", ["ftp://127.0.0.1:{port}/x.gguf", "file:///etc/passwd"])
def test_a_download_redirected_off_http_is_refused_at_once(fake_hub, tmp_path, target):
    fake_hub.add_file(EVIL, GOOD, GGUF_BYTES)
    fake_hub.redirect_to = target.format(port=urlsplit(fake_hub.url).port)
    started = time.monotonic()
    result = download(EVIL, GOOD, dest_dir=str(tmp_path / "dest"), timeout_s=10)
    assert time.monotonic() - started < 5
    assert result.problem is not None and result.problem.code == "odd_redirect"
    assert not (tmp_path / "dest").exists()
    sentence = catalog_words.problem(EN, result.problem.code, result.problem.repo_id, result.problem.values)
    scheme = target.split(":")[0]
    assert sentence.startswith(
        f"{EVIL}: Hugging Face redirected the request to a non-web address ({scheme}://); only http and https "
        "addresses are followed, so it was refused."
    )
