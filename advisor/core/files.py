"""Reading a file a person named: it must be a regular file.

A named pipe (FIFO) blocks `open()` until some other program writes to it, and a device such as /dev/zero or
/dev/urandom never ends: `--gguf` or `--hardware` pointed at one hung or read until memory ran out.
"""

from __future__ import annotations

import errno
import os
import stat

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotARegularFileError(OSError):
    """The path names a folder, a named pipe, a device or a socket where a file was expected."""


def require_regular_file(path: str | os.PathLike[str]) -> None:
    """Return when `path` (links followed) is a regular file; raise NotARegularFileError (its `strerror` says
    what it is instead), or the OSError of `stat` (FileNotFoundError, PermissionError)."""
    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    raise NotARegularFileError(errno.EINVAL, f"not a regular file ({kind})", os.fspath(path))
