"""Write a report so that a reader never sees half a file and an existing file is only replaced when asked."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, overwrite: bool = False) -> Path:
    """Write `data` (text as UTF-8) to a temporary file in the same folder, then rename it over `path`.

    Raises FileExistsError when `path` exists and `overwrite` is false (checked before and right before the
    rename), and OSError when the folder cannot be written; in both cases nothing is left behind.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder", str(target))
    if not overwrite and target.exists():
        raise FileExistsError(17, "already exists", str(target))
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    # 0o666 & ~umask, like any file the user saves; O_EXCL so we never write into someone else's file
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if not overwrite and target.exists():
            raise FileExistsError(17, "already exists", str(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target
