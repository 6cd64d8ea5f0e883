"""The Hugging Face catalogue and downloads in words: a `CatalogProblem(code, repo_id, values)` as one sentence."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from advisor.core.messages.speaker import Speaker
from advisor.core.messages.translations import QT_TRANSLATE_NOOP

PROBLEMS = {
    "offline": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Hugging Face cannot be reached: showing the bundled list instead."
    ),
    # a download that cannot reach the Hub failed: "showing the bundled list" is what a search does
    "offline/download": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "The download failed: Hugging Face cannot be reached. Check the internet connection, then download again.",
    ),
    "timeout": QT_TRANSLATE_NOOP("CatalogProblems", "Hugging Face did not answer in time; try again later."),
    "server_error": QT_TRANSLATE_NOOP("CatalogProblems", "Hugging Face had an error ({status}); try again later."),
    "http_error": QT_TRANSLATE_NOOP("CatalogProblems", "{repo}: the Hugging Face request failed ({detail})."),
    "unauthorized": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{repo}: Hugging Face refused the request ({status}); check your access token (HF_TOKEN)."
    ),
    "repo_not_found": QT_TRANSLATE_NOOP("CatalogProblems", "{repo} does not exist (gone, renamed or private)."),
    "file_not_found": QT_TRANSLATE_NOOP("CatalogProblems", "{file} is no longer in {repo} (renamed or removed?)."),
    "no_gguf": QT_TRANSLATE_NOOP("CatalogProblems", "{repo} has no GGUF files."),
    # a repo the search found that is no chat model (by its Hub tags or its architecture): left out, said why
    "not_chat_model/embedding": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo} is an embedding model: it turns text into numbers for search and does not chat, so it is not listed.",
    ),
    "not_chat_model/embedding/many": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo} and {others} more are embedding models: they turn text into numbers for search and do not chat, "
        "so they are not listed.",
    ),
    "not_chat_model/diffusion/many": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo} and {others} more are text diffusion models, which llama.cpp does not serve for chat, so they are "
        "not listed.",
    ),
    "not_chat_model/many": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{repo} and {others} more are not chat models, so they are not listed."
    ),
    "not_chat_model/diffusion": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo} is a text diffusion model, which llama.cpp does not serve for chat, so it is not listed.",
    ),
    "not_chat_model": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{repo} is not a chat model ({architecture} architecture), so it is not listed."
    ),
    "odd_file_names": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Some files in {repo} have names we could not read a quant from: {files}"
    ),
    "incomplete_split": QT_TRANSLATE_NOOP(
        "CatalogProblems", "A split model in {repo} is missing parts and was left out: {files}"
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "Not enough free disk space for {file}: it needs {needed_bytes}, and {free_bytes} is free in {dest}.",
    ),
    "checksum_mismatch": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{file} arrived damaged (its SHA-256 is not the Hub's); nothing was kept: download it again."
    ),
    "cancelled": QT_TRANSLATE_NOOP("CatalogProblems", "Download cancelled; nothing was kept."),
    "write_failed": QT_TRANSLATE_NOOP("CatalogProblems", "{file} could not be written: {detail}"),
    "rate_limited": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Hugging Face asks us to slow down: try again in a few minutes."
    ),
    "rate_limited/after": QT_TRANSLATE_NOOP(
        "CatalogProblems", "Hugging Face asks us to slow down: try again in {retry_after_s} s."
    ),
    "gated": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo} is gated: accept its licence at {url} and log in (set HF_TOKEN or run `hf auth login`) to download it.",
    ),
    "gated/token": QT_TRANSLATE_NOOP(
        "CatalogProblems", "{repo} is gated: accept its licence at {url}; your token has no access to it yet."
    ),
    "stalled": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{file} stalled: no data for {stall_timeout_s} s ({done_bytes} of {total_bytes} kept); "
        "download it again to resume.",
    ),
    "busy": QT_TRANSLATE_NOOP("CatalogProblems", "{file} is being downloaded by another Local LLM Advisor right now."),
    # a name from the Hub (or a mirror) that would be written outside the models folder: refused, nothing written
    "unsafe_name": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{file} was refused: a file in a Hugging Face repository must be named by a plain path inside it (no '..', "
        "no leading '/', no backslash, drive letter or control character), or it would be written outside the "
        "models folder. Nothing was downloaded.",
    ),
    "unsafe_name/long": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{file} was refused: its name is too long to be saved on a disk (at most {part_bytes} bytes a file or folder "
        "name, {chars} characters in all). Nothing was downloaded.",
    ),
    "unsafe_name/repo": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo} was refused: a Hugging Face repository is named OWNER/NAME (letters, digits, '-', '_' and '.'), or "
        "it would be written outside the models folder. Nothing was downloaded.",
    ),
    # a listing or file tree that pages on and on (each page quick): given up at a cap, nothing of it used
    "endless_listing": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo}: the file list Hugging Face sent did not end (still going after {pages} pages), so none of it was "
        "used. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.",
    ),
    "endless_listing/entries": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo}: the file list Hugging Face sent did not end (more than {entries} files; the largest real "
        "repositories have a few thousand), so none of it was used. If HF_ENDPOINT points to a mirror, that mirror "
        "is misbehaving.",
    ),
    "endless_listing/search": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "The list of repositories Hugging Face sent did not end (still going after {pages} pages), so none of it "
        "was used. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.",
    ),
    # a redirect to an address that is not http or https (ftp://, file://): refused at once, not tried
    "odd_redirect": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo}: Hugging Face redirected the request to a non-web address ({scheme}://); only http and https "
        "addresses are followed, so it was refused. If HF_ENDPOINT points to a mirror, that mirror is misbehaving.",
    ),
    # a listing or file tree that is not the Hub's JSON (not a list, or no entry of it usable): nothing of it used
    "bad_answer": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{repo}: the file list Hugging Face sent could not be read, so none of it was used. If HF_ENDPOINT points to "
        "a mirror, that mirror is misbehaving.",
    ),
    "bad_answer/search": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "The list of repositories Hugging Face sent could not be read, so none of it was used. If HF_ENDPOINT points "
        "to a mirror, that mirror is misbehaving.",
    ),
    # a file the repo's tree lists without a usable size (none, not a number, negative): not downloaded
    "unsized_file": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{file}: Hugging Face listed it without a usable size, so it was not downloaded. If HF_ENDPOINT points to a "
        "mirror, that mirror is misbehaving.",
    ),
    # the server sent more bytes than the file's listed size: what came is not that file; nothing kept
    "too_much_data": QT_TRANSLATE_NOOP(
        "CatalogProblems",
        "{file}: the server sent more than the {expected_bytes} Hugging Face lists for it, so what arrived is not that "
        "file; nothing was kept: download it again.",
    ),
    "unknown": QT_TRANSLATE_NOOP("CatalogProblems", "Problem: {code}"),
}
SKIPPED = QT_TRANSLATE_NOOP("CatalogProblems", "{count} repositories were skipped.")
THE_HUB = "Hugging Face"
# where the bundled offline catalogue came from (`SearchResult.snapshot_source`, resources/catalog_snapshot.json's
# "source", in English): the catalogue's words around the Hub's name; another source line is shown as written
SNAPSHOT_SOURCE = QT_TRANSLATE_NOOP("Catalog", "{hub} repository file lists, checked against stored copies")


def snapshot_source(say: Speaker, source: str) -> str:
    """The offline catalogue's source line in `say`'s language ("Hugging Face repository file lists, …")."""
    if Speaker("en").t(SNAPSHOT_SOURCE, hub=THE_HUB) == source:
        return say.t(SNAPSHOT_SOURCE, hub=THE_HUB)
    return source


def problem(say: Speaker, code: str, repo_id: str | None, values: dict[str, Any] | Any) -> str:
    """A catalogue or download problem in one sentence (plus how many repositories it cost a search)."""
    v = dict(values or {})
    repos = v.get("repos") or []
    download = bool(v.get("file"))  # a download's problem names its file; a search's does not
    v["repo"] = repo_id or THE_HUB
    v["file"] = v.get("file") or repo_id or "?"
    v["files"] = ", ".join(str(f) for f in (v.get("files") or []))
    v["status"] = v.get("status") or "?"
    v["detail"] = v.get("detail") or v["status"]
    v["code"] = code
    v["url"] = v.get("url") or f"https://huggingface.co/{repo_id or ''}"
    for key in ("needed", "free", "done", "total"):
        if f"{key}_bytes" not in v:
            v[f"{key}_bytes"] = None
    if isinstance(v.get("stall_timeout_s"), int | float):
        v["stall_timeout_s"] = say.plain(float(v["stall_timeout_s"]))
    key = code
    if code == "offline" and download:
        key = "offline/download"
    elif code == "rate_limited" and v.get("retry_after_s"):
        key = "rate_limited/remembered" if v.get("path") else "rate_limited/after"
    elif code == "gated" and v.get("has_token"):
        key = "gated/token"
    elif code in ("disk_full", "write_failed"):
        key = _disk_key(code, dict(values or {}))
    elif code == "unsafe_name" and v.get("what") in ("repo", "long"):
        key = f"unsafe_name/{v['what']}"
        v["part_bytes"], v["chars"] = say.count(v.get("part_bytes")), say.count(v.get("chars"))
    elif code == "endless_listing":  # a file tree cut at its entries, else at its pages; a search's listing
        v["pages"] = v.get("pages") or 0
        if v.get("entries"):
            key = "endless_listing/entries"
        elif not repo_id:
            key = "endless_listing/search"
    elif code == "bad_answer" and not repo_id:
        key = "bad_answer/search"
    elif code == "not_chat_model":
        v["architecture"] = v.get("architecture") or "?"
        key = f"{code}/{v.get('kind')}" if f"{code}/{v.get('kind')}" in PROBLEMS else code
        if len(repos) > 1:  # several of one kind in one line: the first named, the others counted
            key += "/many"
            v["others"] = len(repos) - 1
    msg = PROBLEMS.get(key, PROBLEMS["unknown"])
    text = say.t(msg, **v)
    if repos and code in ("offline", "timeout", "server_error", "rate_limited"):
        text += " " + say.t(SKIPPED, count=len(repos))
    return text


# ---------------------------------------------------------------- what a download reused or cleaned up
RESUMED = QT_TRANSLATE_NOOP("Catalog", "Resumed an interrupted download: {resumed_bytes} were already there.")
LEFTOVERS_REMOVED = {
    "one": QT_TRANSLATE_NOOP("Catalog", "Removed the leftovers of an interrupted download: {freed_bytes} freed."),
    "many": QT_TRANSLATE_NOOP(
        "Catalog", "Removed the leftovers of {count} interrupted downloads: {freed_bytes} freed."
    ),
}


def housekeeping(
    say: Speaker, *, resumed_bytes: int = 0, leftovers_removed: int = 0, freed_bytes: int = 0
) -> list[str]:
    """What a download reused from an interrupted one, and the leftovers it cleaned up (empty when nothing)."""
    lines = []
    if resumed_bytes:
        lines.append(say.t(RESUMED, resumed_bytes=resumed_bytes))
    if leftovers_removed:
        key = "one" if leftovers_removed == 1 else "many"
        lines.append(say.t(LEFTOVERS_REMOVED[key], count=leftovers_removed, freed_bytes=freed_bytes))
    return lines


# ---------------------------------------------------------------- why a file does not run here
TOO_LARGE_NEEDS = QT_TRANSLATE_NOOP("Catalog", "too large: needs {needs_bytes}")
# what did not fit (QuantFile.too_large): the part of the model left in system RAM against the RAM budget, with what
# the graphics card holds beside it when it holds some
TOO_LARGE_MEMORY = QT_TRANSLATE_NOOP(
    "Catalog", "too large: needs {needs_bytes} of {memory}, only {available_bytes} free"
)
TOO_LARGE_SPLIT = QT_TRANSLATE_NOOP(
    "Catalog",
    "too large: with the graphics card full ({gpu_bytes}: whole layers and their buffers), the rest needs "
    "{needs_bytes} of {memory}, only {available_bytes} free",
)
TOO_LARGE = QT_TRANSLATE_NOOP("Catalog", "too large")
TOO_SLOW = QT_TRANSLATE_NOOP("Catalog", "too slow: under {speed} tok/s")
DOES_NOT_RUN = QT_TRANSLATE_NOOP("Catalog", "does not run here")
# the model was trained for fewer tokens than the context asked (ranking.SHORT_CONTEXT): llama.cpp loads it, but
# what it writes falls apart past that length
SHORT_CONTEXT = QT_TRANSLATE_NOOP(
    "Catalog", "trained for {context_train} tokens only, less than the context asked: longer texts fall apart"
)
RUNS_AT_CONTEXT = QT_TRANSLATE_NOOP("Catalog", "runs with a context of {context} tokens")
# The models a list without the ones that do not run leaves out (the app's "Only what runs here", the CLI without
# --all), counted by why their nearest file does not run.
HIDDEN = {
    "too_large/one": QT_TRANSLATE_NOOP("Catalog", "1 model hidden: too large for this computer."),
    "too_large/many": QT_TRANSLATE_NOOP("Catalog", "{count} models hidden: too large for this computer."),
    "too_slow/one": QT_TRANSLATE_NOOP("Catalog", "1 model hidden: under {speed} tok/s on this computer."),
    "too_slow/many": QT_TRANSLATE_NOOP("Catalog", "{count} models hidden: under {speed} tok/s on this computer."),
    "context/one": QT_TRANSLATE_NOOP("Catalog", "1 model hidden: trained for fewer tokens than the context asked."),
    "context/many": QT_TRANSLATE_NOOP(
        "Catalog", "{count} models hidden: trained for fewer tokens than the context asked."
    ),
    "mixed": QT_TRANSLATE_NOOP("Catalog", "{count} models hidden: {counts}."),  # each count in HIDDEN_PARTS
}
HIDDEN_PARTS = {
    "too_large": QT_TRANSLATE_NOOP("Catalog", "{n} too large"),
    "too_slow": QT_TRANSLATE_NOOP("Catalog", "{n} under {speed} tok/s"),
    "context": QT_TRANSLATE_NOOP("Catalog", "{n} trained for a shorter context"),
}
TOO_LARGE_CODE = "too_large"  # QuantFile.why_not (advisor.core.catalog.ranking)
TOO_SLOW_CODE = "too_slow"
SHORT_CONTEXT_CODE = "context"
# the link after that line that lists them again, in the number of the line's count ("Mostrarlo" / "Mostrarlos")
SHOW_HIDDEN = {
    "one": QT_TRANSLATE_NOOP("Catalog", "Show it"),
    "many": QT_TRANSLATE_NOOP("Catalog", "Show them"),
}


# "its best one" beside a larger file of the list that runs read as a contradiction (newcomer round: Q4_K_M "best" above
# Q6_K and Q8_0 at full GPU): the file suggested is picked as the recommendation picks, and the words say by what rule
LACKS_RECOMMENDED_QUANT = QT_TRANSLATE_NOOP(
    "Catalog",
    "The recommendation is {model} at {quant}, but this repository has no {quant} file that runs here: it suggests "
    "{shown}, picked as the recommendation picks (the best quality that runs at twice the usable speed or more).",
)


# the bundled list (offline) may lack files the repository has on Hugging Face
LACKS_RECOMMENDED_QUANT_OFFLINE = QT_TRANSLATE_NOOP(
    "Catalog",
    "The recommendation is {model} at {quant}, but the bundled list has no {quant} file of this repository that "
    "runs here (Hugging Face may have one): it suggests {shown}, picked as the recommendation picks (the best quality "
    "that runs at twice the usable speed or more).",
)


def lacks_recommended_quant(say: Speaker, quant: str, model: str, shown: str, *, offline: bool = False) -> str:
    """Why a repo of the recommended model shows another quant than the recommendation's."""
    msg = LACKS_RECOMMENDED_QUANT_OFFLINE if offline else LACKS_RECOMMENDED_QUANT
    return say.t(msg, quant=quant, model=model, shown=shown)


def why_not(say: Speaker, quant_file: Any, min_tokens_per_second: float) -> str:
    """Why a file (a `QuantFile` with `why_not`) does not run here, and the shorter context at which it would."""
    from advisor.core.messages import sizing

    limit = getattr(quant_file, "too_large", None)
    if quant_file.why_not == TOO_LARGE_CODE and limit is not None:
        v = dict(limit.values)
        v["memory"] = sizing.memory_name(say, v.get("memory"))
        why = say.t(TOO_LARGE_SPLIT if v.get("gpu_bytes") else TOO_LARGE_MEMORY, **v)
    elif quant_file.why_not == TOO_LARGE_CODE:
        needs = quant_file.needs_bytes
        why = say.t(TOO_LARGE_NEEDS, needs_bytes=needs) if needs else say.t(TOO_LARGE)
    elif quant_file.why_not == SHORT_CONTEXT_CODE and getattr(quant_file, "context_train", None):
        why = say.t(SHORT_CONTEXT, context_train=quant_file.context_train)
    elif quant_file.why_not == TOO_SLOW_CODE:
        why = say.t(TOO_SLOW, speed=say.plain(min_tokens_per_second))
    else:
        why = say.t(DOES_NOT_RUN)
    shorter = quant_file.runs_at_context
    if shorter and not (
        quant_file.why_not == SHORT_CONTEXT_CODE and shorter == getattr(quant_file, "context_train", 0)
    ):
        why += "; " + say.t(RUNS_AT_CONTEXT, context=shorter)
    return why


def hidden(say: Speaker, near: Iterable[Any], min_tokens_per_second: float) -> str | None:
    """How many models (the `near` Candidates of a search: none of their files runs here) a list leaves out, and
    why: too large when even their nearest file is, else too slow. None when it leaves none out."""
    reasons = [c.files[0].why_not for c in near if c.files]
    if not reasons:
        return None
    counts = {
        code: sum(1 for r in reasons if (r if r in (TOO_LARGE_CODE, SHORT_CONTEXT_CODE) else TOO_SLOW_CODE) == code)
        for code in HIDDEN_PARTS
    }
    speed = say.plain(min_tokens_per_second)
    present = [code for code, n in counts.items() if n]
    if len(present) == 1:
        key = present[0] + ("/one" if len(reasons) == 1 else "/many")
        return say.t(HIDDEN[key], count=len(reasons), speed=speed)
    parts = ", ".join(say.t(HIDDEN_PARTS[code], n=counts[code], speed=speed) for code in present)
    return say.t(HIDDEN["mixed"], count=len(reasons), counts=parts)


def show_hidden(say: Speaker, near: Iterable[Any]) -> str:
    """The link after `hidden()`'s line that shows those models: one or several, as that line counts them."""
    count = sum(1 for c in near if c.files)
    return say.t(SHOW_HIDDEN["one" if count == 1 else "many"])


# Why a GGUF header could not be fetched from the Hub (gguf.remote.GgufFetchError: `msg` and `values`)
GGUF_FETCH_HTTP = QT_TRANSLATE_NOOP("GgufFetch", "HTTP {code} for {url}")
GGUF_FETCH_UNREACHABLE = QT_TRANSLATE_NOOP("GgufFetch", "cannot reach {host}: {reason}")
GGUF_FETCH_NOT_HTTP = QT_TRANSLATE_NOOP("GgufFetch", "{host} did not answer as an HTTP server ({error})")
GGUF_FETCH_DEADLINE = QT_TRANSLATE_NOOP("GgufFetch", "reading the header took longer than {seconds} s")
GGUF_FETCH_REDIRECT = QT_TRANSLATE_NOOP(
    "GgufFetch", "{host} redirected to a non-web address ({scheme}://); only http and https addresses are followed"
)

# A GGUF file llama.cpp refuses to load, though its header reads (gguf.reader.LlamaCppRefusesError: `msg` and
# `values`), in the order llama.cpp checks: gguf_init_from_file (ggml/src/gguf.cpp), then llama_model's
# load_hparams (src/llama-model.cpp, get_key_or_arr) and the tensor shapes (check_tensor_dims)
GGUF_DUPLICATE_KEY = QT_TRANSLATE_NOOP(
    "GgufRefused", "llama.cpp refuses to load this file: its metadata holds the key {key} twice"
)
GGUF_KEY_NOT_U32 = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its {key} is stored as {type}, and llama.cpp reads it only as u32 (a "
    "32-bit unsigned whole number)",
)
GGUF_LIST_NOT_U32 = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its {key} is a list of {type} values, and llama.cpp reads a per-layer "
    "list only as u32, i32 or true/false values",
)
GGUF_ALIGNMENT_TYPE = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its general.alignment is stored as {type}, and llama.cpp reads it only "
    "as u32 (a 32-bit unsigned whole number)",
)
GGUF_DUPLICATE_TENSOR = QT_TRANSLATE_NOOP(
    "GgufRefused", "llama.cpp refuses to load this file: it lists the tensor {name} twice"
)
GGUF_TOO_MANY_LAYERS = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its block_count is {layers}, and llama.cpp loads at most {limit} layers",
)
GGUF_PER_LAYER_LENGTH = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: {key} is a list of length {count}, but block_count is {layers} (it must "
    "be one value, or one per layer)",
)
GGUF_TOO_MANY_EXPERTS = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: it has {experts} experts, and llama.cpp loads at most {limit}",
)
GGUF_EXPERTS_UNUSED = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its expert_count is {experts} and its expert_used_count {used} (a mixture "
    "of experts must use some per token, and a model without experts none)",
)
GGUF_NO_KV_HEADS = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: {key} gives layer {layer} no KV heads, yet that layer has key and value "
    "weights",
)
GGUF_NO_ARCHITECTURE = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its metadata has no general.architecture key (the model's architecture)",
)
GGUF_UNKNOWN_TENSOR_TYPE = QT_TRANSLATE_NOOP(
    "GgufRefused", "llama.cpp refuses to load this file: its tensor {name} has an unknown tensor type ({type})"
)
# a header that lists no tensors: no model in it (verify calls it damaged, not a partial download)
GGUF_NO_TENSORS = QT_TRANSLATE_NOOP("GgufRefused", "the file lists no tensors, so it holds no model")
# a type id just past the ones this version knows: a newer llama.cpp's, perhaps, so not called refused
GGUF_NEWER_TENSOR_TYPE = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "its tensor {name} has tensor type {type}, newer than this version of the advisor knows: a newer llama.cpp may "
    "load it, but its size cannot be worked out here",
)
GGUF_KEY_NOT_U16 = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its {key} is stored as {type}, and llama.cpp reads it only as u16 (a "
    "16-bit unsigned whole number)",
)
# A split model (`NAME-00001-of-00003.gguf`): llama.cpp names the other parts from the first one's name and its
# split.count (llama_split_prefix: "invalid split file name"), and loads the model only with every part there
GGUF_SPLIT_NAME = QT_TRANSLATE_NOOP(
    "GgufRefused",
    "llama.cpp refuses to load this file: its split.count says the model is in {count} parts, so its name must end "
    "in {ending}",
)
GGUF_SPLIT_MISSING = {
    "one": QT_TRANSLATE_NOOP(
        "GgufRefused", "llama.cpp cannot load this model: its part {names} is missing (or is not a regular file)"
    ),
    "many": QT_TRANSLATE_NOOP(
        "GgufRefused", "llama.cpp cannot load this model: its parts {names} are missing (or are not regular files)"
    ),
}


# A download's disk problems, by what happened (CatalogProblem "disk_full" / "write_failed" values; see problem()):
# the up-front check names the file's size and the margin kept free (fetch.DISK_MARGIN_BYTES) apart; a disk that
# filled up during the download says the bytes so far are kept; a write the system refused says why in words, with
# the system's code (EROFS, EACCES...) in brackets only when there are no words for it.
PROBLEMS.update(
    {
        "disk_full/margin": QT_TRANSLATE_NOOP(
            "CatalogProblems",
            "Not enough free disk space for {file}: it needs {file_bytes}, plus {margin_bytes} kept free so other "
            "programs keep working, and {free_bytes} is free in {dest}.",
        ),
        "disk_full/during": QT_TRANSLATE_NOOP(
            "CatalogProblems",
            "The disk filled up while downloading {file}: the {done_bytes} downloaded so far are kept in {dest}. "
            "Free at least {needed_bytes} there ({file_bytes} still to come, plus {margin_bytes} kept free), then "
            "download it again to resume.",
        ),
        "disk_full/plain": QT_TRANSLATE_NOOP("CatalogProblems", "Not enough free disk space for {file}."),
        "write_failed/read_only": QT_TRANSLATE_NOOP(
            "CatalogProblems", "{file} could not be written: {dest} is on a read-only disk. Choose another folder."
        ),
        "write_failed/permission": QT_TRANSLATE_NOOP(
            "CatalogProblems",
            "{file} could not be written: you have no permission to write in {dest}. Choose another folder.",
        ),
        "write_failed/not_a_folder": QT_TRANSLATE_NOOP(
            "CatalogProblems", "{file} could not be written: part of {dest} is a file, not a folder."
        ),
        "write_failed/error": QT_TRANSLATE_NOOP(
            "CatalogProblems", "{file} could not be written in {dest} (system error {error})."
        ),
        "write_failed/error/nowhere": QT_TRANSLATE_NOOP(
            "CatalogProblems", "{file} could not be written (system error {error})."
        ),
        # a 429 remembered from an earlier search (at most an hour, catalog.cache.MAX_RATE_LIMIT_WAIT_S): nothing was
        # asked this time; `path` is the file that remembers it
        "rate_limited/remembered": QT_TRANSLATE_NOOP(
            "CatalogProblems",
            "Hugging Face asked us to slow down a short while ago: it is not asked again for {retry_after_s} s. To "
            "ask now, delete {path}.",
        ),
    }
)
_WRITE_FAILED = {
    "EROFS": "write_failed/read_only",
    "EACCES": "write_failed/permission",
    "EPERM": "write_failed/permission",
    "ENOTDIR": "write_failed/not_a_folder",
    "EEXIST": "write_failed/not_a_folder",  # mkdir over a file of that name
}


def _disk_key(code: str, values: dict[str, Any]) -> str:
    """Which sentence a disk problem gets from the values it carries (an older report's JSON may carry fewer)."""
    if code == "disk_full":
        if values.get("during") and values.get("dest"):
            return "disk_full/during"
        if values.get("margin_bytes") is not None and values.get("free_bytes") is not None:
            return "disk_full/margin"
        if values.get("needed_bytes") is not None and values.get("free_bytes") is not None:
            return "disk_full"
        return "disk_full/plain"
    if not values.get("error"):  # an older report: the system's own text
        return "write_failed"
    if not values.get("dest"):
        return "write_failed/error/nowhere"
    return _WRITE_FAILED.get(str(values["error"]), "write_failed/error")
