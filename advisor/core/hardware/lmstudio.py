"""LM Studio's home folder, the GGUF files already downloaded there, and the free disk space where models go.

Home (shared/reference/servers.md): the path written in `~/.lmstudio-home-pointer`, else `~/.cache/lm-studio` if
it exists, else `~/.lmstudio`. Models live in `<home>/models/<publisher>/<repo>/<file>.gguf`; a user who moved
them has the new folder in `<home>/settings.json` as `downloadsFolder`, which wins when it exists.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
from pathlib import Path

from advisor.core.files import expand_user, read_small_file
from advisor.core.text import has_controls, outside_name
from advisor.core.types import LmStudioInfo, ModelFile

log = logging.getLogger(__name__)

MAX_MODEL_FILES = 2000  # a guard against a models folder pointed at a whole disk
MAX_DEPTH = 4  # publisher/repo/file.gguf, plus one level for the odd sub-folder
MAX_POINTER_BYTES = 64 * 1024  # a path: far under this
MAX_SETTINGS_BYTES = 8 * 1024 * 1024  # LM Studio's settings.json is a few KiB; a link to /dev/zero is not read whole


def find_home(home: Path) -> Path | None:
    """LM Studio's home folder for the user whose home is `home`, or None when LM Studio left no trace."""
    pointer = home / ".lmstudio-home-pointer"
    try:  # utf-8-sig: a pointer saved by Windows Notepad starts with a BOM
        target = read_small_file(pointer, MAX_POINTER_BYTES).decode("utf-8-sig").strip()
        path = expand_user(target)
        if target and path.is_dir():
            return path
    except (OSError, ValueError):  # unreadable, not UTF-8, or a NUL byte in the path: fall back to the defaults
        pass
    for candidate in (home / ".cache" / "lm-studio", home / ".lmstudio"):
        if candidate.is_dir():
            return candidate
    return None


def models_dir(lm_home: Path) -> Path:
    try:
        settings = json.loads(read_small_file(lm_home / "settings.json", MAX_SETTINGS_BYTES).decode("utf-8-sig"))
        moved = settings.get("downloadsFolder") if isinstance(settings, dict) else None
        if isinstance(moved, str) and moved and expand_user(moved).is_dir():
            return expand_user(moved)
    except (OSError, ValueError, RecursionError):  # unreadable, too large, not JSON (or nested past recursion)
        pass
    return lm_home / "models"


def list_gguf(folder: Path) -> tuple[ModelFile, ...]:
    """Every *.gguf under `folder` (bounded depth and count), largest first; a file whose name (or folder's) holds a
    control character or a bidi override is left out (`advisor.core.text.has_controls`)."""
    found: list[ModelFile] = []
    base_depth = len(folder.parts)
    for root, dirs, files in os.walk(folder):
        if len(Path(root).parts) - base_depth >= MAX_DEPTH:
            dirs.clear()
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.lower().endswith(".gguf"):
                path = Path(root) / name
                shown = os.path.relpath(path, folder)
                if has_controls(shown):
                    # a name with a line break, an escape sequence or a bidi override would rewrite the terminal (or
                    # fake a line) wherever it is listed; no file LM Studio downloads is named so: left out (said with
                    # --debug: a log line is English, and the list itself is what a person reads)
                    log.info(
                        "left out of LM Studio's models, its name holds control characters: %s", outside_name(shown)
                    )
                    continue
                try:
                    st = path.stat()  # links followed: a link to a model is a model
                except OSError:
                    continue
                if not stat.S_ISREG(st.st_mode):  # a named pipe, a device (a link to /dev/zero), a socket: no model
                    continue
                found.append(ModelFile(str(path), st.st_size))
                if len(found) >= MAX_MODEL_FILES:
                    return tuple(sorted(found, key=lambda m: (-m.size_bytes, m.path)))
    return tuple(sorted(found, key=lambda m: (-m.size_bytes, m.path)))


def free_bytes(path: Path) -> int | None:
    """Free space on the disk that holds `path` (or its nearest existing parent)."""
    for candidate in (path, *path.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                return None
    return None


def probe_lmstudio(*, home: Path | None = None) -> LmStudioInfo:
    user_home = home if home is not None else Path.home()
    lm_home = find_home(user_home)
    if lm_home is None:
        # not installed (or never started): models would go to ~/.lmstudio/models — report that disk's space
        return LmStudioInfo(home=None, models_dir=None, models=(), disk_free_bytes=free_bytes(user_home))
    folder = models_dir(lm_home)
    models = list_gguf(folder) if folder.is_dir() else ()
    return LmStudioInfo(home=str(lm_home), models_dir=str(folder), models=models, disk_free_bytes=free_bytes(folder))
