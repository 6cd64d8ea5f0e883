"""A model's name as people and repos write it, reduced to what tells one model from another: `gemma-3-12b`,
`gemma3:12b` (Ollama's tag), `unsloth/gemma-3-12b-it-GGUF` and `google_gemma-3-12b-it` are one model. `--model`
matches the models `recommend` names and the bundled list's by these words, so that one model gets one answer however
it is typed (code review: `Meta-Llama-3.1-8B-Instruct` was sized at Q4_K_M where `Llama-3.1-8B` got recommend's
Q6_K)."""

from __future__ import annotations

import re

# Reference models whose releases are not named by the reference's name: Mistral NeMo 12B was published as
# Mistral-Nemo-Instruct-2407 / Mistral-Nemo-Base-2407 (mistralai on Hugging Face, July 2024), and no other Mistral NeMo
# size exists, so its repos are the ones with "Mistral-Nemo" in their name.
RELEASE_NAMES = {"Mistral-Nemo-12B": "Mistral-Nemo"}
# ...and the version tag of the reference models whose releases carry one (Mistral AI's Mixtral-8x7B-Instruct-v0.1 and
# Mixtral-8x22B-Instruct-v0.1 on Hugging Face): a version typed is that model only where it is its release's
RELEASE_VERSIONS = {"Mixtral-8x7B": "0.1", "Mixtral-8x22B": "0.1"}

# Words a GGUF repo adds to a model's own name (its chat release, the format, Meta's prefix), dropped on both sides
# when a typed name is matched: "gemma-3-12b" is unsloth/gemma-3-12b-it-GGUF
_ADDED_WORDS = frozenset({"instruct", "it", "chat", "gguf", "meta", "hf"})
_VERSION = re.compile(r"(?:^|(?<=[-_ .]))v(\d+(?:\.\d+)*)(?=$|[-_ .])")  # Mistral-7B-Instruct-v0.3
_RELEASE_MONTH = re.compile(r"\d{4}")  # Mistral's 2501, Qwen's 2507


def shown_name(name: str) -> str:
    """A model's name as a repo writes it, without the repo's owner, an organisation prefix (bartowski's
    `Qwen_Qwen3-8B`, `google_gemma-3-4b-it`; not `gemma_3_12b`) and `-GGUF`: `unsloth/gemma-3-12b-it-GGUF` is
    gemma-3-12b-it."""
    base = name.strip().rsplit("/", 1)[-1]
    owner, _, rest = base.partition("_")
    if owner.isalpha() and rest[:1].isalpha() and "-" in rest:
        base = rest
    return re.sub(r"[-_.]GGUF$", "", base, flags=re.IGNORECASE)


def model_words(name: str) -> tuple[str, ...]:
    """A model's name as the words and numbers that tell it from another: the repo's owner, an organisation prefix
    (bartowski's `Qwen_Qwen3-8B`), a version tag (`model_version`), a release month and the words `_ADDED_WORDS`
    left out, letters and digits split (`gemma3:12b`, Ollama's tag, is `gemma-3-12b`)."""
    base = _VERSION.sub(" ", shown_name(name).lower())
    words = re.findall(r"[a-z]+|\d+", base)
    return tuple(w for w in words if w not in _ADDED_WORDS and not _RELEASE_MONTH.fullmatch(w))


def model_version(name: str) -> str | None:
    """The version tag a name carries ("0.3" of Mistral-7B-Instruct-v0.3), None without one: a name typed with its
    version is that version only (code review: v0.1 typed was sized as the list's v0.3)."""
    found = _VERSION.search(shown_name(name).lower())
    return found.group(1) if found else None
