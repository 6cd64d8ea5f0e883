"""The one rule for names that come from the Hub (or a mirror set in HF_ENDPOINT) and end up as paths on disk.

A repo's file names and its id are joined onto LM Studio's models folder (`<models>/<owner>/<repo>/<file>`), so a
hostile listing that names a file `../../../home/me/.bashrc.gguf` or `/abs/x.gguf` — or a repo `../../x` — would
write outside it (`Path("dest") / "/abs"` is `/abs`). Every name is checked where it enters the core (the listing,
the file tree, a download request) and every destination once more after resolving symlinks:

- a repo file name is a relative POSIX path: `/`-separated parts, none of them empty, `.` or `..`; no backslash,
  no drive letter (`C:`), no control character (C0, DEL, C1, bidi controls, line separators), valid UTF-8, at most
  MAX_REPO_FILE_CHARS characters and MAX_PART_BYTES bytes a part (what a file system takes);
- a repo id is `OWNER/NAME` by the Hub's own rule: letters, digits, `-`, `_`, `.`, each part at most 96 characters,
  not starting or ending with `-` or `.`, no `--` or `..` anywhere.

Entries that break the rule are dropped from listings (never offered for download); a download of one is refused
with the problem `unsafe_name` before anything is fetched or written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from advisor.core.text import has_controls

MAX_REPO_FILE_CHARS = 1000  # the Hub's longest real names are ~150 characters
MAX_PART_BYTES = 255  # one folder or file name: what ext4, NTFS and APFS accept
# The Hub's rule for a repo id (huggingface_hub.utils.validate_repo_id, with the owner required)
_ID_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?"
REPO_ID_PATTERN = re.compile(rf"(?!.*(?:--|\.\.)){_ID_PART}/{_ID_PART}")
# A relative POSIX path: no leading '/', no empty, '.' or '..' part, no backslash or control character, and no drive
# letter ('C:' at the start of a part, which Windows joins as an absolute or drive-relative path)
REPO_FILE_PATTERN = re.compile(
    r"(?!(?:.*/)?[A-Za-z]:)"
    r"(?!(?:.*/)?\.{1,2}(?:/|$))"
    r"[^/\\\x00-\x1f\x7f-\x9f]+(?:/[^/\\\x00-\x1f\x7f-\x9f]+)*"
)


class UnsafePath(ValueError):
    """A name from the Hub that would land outside the folder it is meant for."""

    def __init__(self, name: str, kind: str = "file") -> None:
        super().__init__(f"refused {kind} name from the Hub: {name!r}")
        self.name = name
        self.kind = kind  # "file" or "repo"


def is_repo_id(value: object) -> bool:
    """Whether `value` is an `OWNER/NAME` repo id by the Hub's rule (and so one safe folder pair on disk)."""
    return isinstance(value, str) and REPO_ID_PATTERN.fullmatch(value) is not None


def is_safe_repo_file(name: object) -> bool:
    """Whether `name` is a file path inside a repo that stays inside any folder it is joined onto."""
    return file_refusal(name) is None


def file_refusal(name: object) -> str | None:
    """Why `name` is no safe repo file path: None when it is one; "long" when its only fault is its length (more
    than MAX_REPO_FILE_CHARS characters, or a file or folder name of more than MAX_PART_BYTES bytes: no disk takes
    it); "file" for anything else (a `..`, a leading `/`, a control character...)."""
    if not isinstance(name, str) or not name:
        return "file"
    if len(name) > MAX_REPO_FILE_CHARS:  # checked first: a hostile megabyte-long name is never scanned
        return "long"
    if REPO_FILE_PATTERN.fullmatch(name) is None or has_controls(name):
        return "file"
    try:
        parts = [part.encode("utf-8") for part in name.split("/")]
    except UnicodeEncodeError:  # a lone surrogate: no file system can name it the same way twice
        return "file"
    if any(len(part) > MAX_PART_BYTES for part in parts):
        return "long"
    return None


def inside(folder: str | os.PathLike[str], name: str) -> Path:
    """`folder / name`, refused (UnsafePath) unless `name` passes `is_safe_repo_file` and the result, once the
    symlinks of its existing parents are resolved, is still inside `folder` (a folder on the way that is a link to
    elsewhere does not carry a download out). The file itself may be a link: it is replaced, never written through."""
    if not is_safe_repo_file(name):
        raise UnsafePath(name)
    base = Path(folder)
    target = base.joinpath(*name.split("/"))
    real_base = base.resolve()
    real_parent = target.parent.resolve()
    if not real_parent.is_relative_to(real_base):
        raise UnsafePath(name)
    return target


def repo_folder(root: str | os.PathLike[str], repo_id: str) -> Path:
    """`<root>/<owner>/<name>` for a valid repo id; UnsafePath (kind "repo") for anything else."""
    if not is_repo_id(repo_id):
        raise UnsafePath(repo_id, "repo")
    owner, _, name = repo_id.partition("/")
    return Path(root) / owner / name
