"""Files a person names or the app keeps: only regular files are read, writes are atomic, caches live in one place.

Reading a file a person named: it must be a regular file.

A named pipe (FIFO) blocks `open()` until some other program writes to it, and a device such as /dev/zero or
/dev/urandom never ends: `--gguf` or `--hardware` pointed at one hung or read until memory ran out.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from pathlib import Path

from advisor.core.messages.translations import QT_TRANSLATE_NOOP, Msg

# Why a file a person named cannot be read, as whole sentences of the catalogue (`cannot_read()`): what the path
# is instead of a file, and the system's refusals people meet. Context "HardwareFile", beside "cannot read the
# file: {reason}", which quotes the system's own text for the rest.
_FOLDER = QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: it is a folder")
_PIPE = QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: it is a named pipe, not a file")
_DEVICE = QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: it is a device, not a file")
_SOCKET = QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: it is a socket, not a file")
_SPECIAL = QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: it is a special file, not a regular one")
_KINDS = (
    (stat.S_ISDIR, "a folder", _FOLDER),
    (stat.S_ISFIFO, "a named pipe", _PIPE),
    (stat.S_ISCHR, "a device", _DEVICE),
    (stat.S_ISBLK, "a device", _DEVICE),
    (stat.S_ISSOCK, "a socket", _SOCKET),
)
_ERRNO_WORDS = {
    errno.ELOOP: QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: its links point back at each other"),
    errno.EACCES: QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: you have no permission to read it"),
    errno.EPERM: QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: you have no permission to read it"),
    errno.EISDIR: _FOLDER,
    errno.ENOTDIR: QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: part of its path is a file, not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("HardwareFile", "cannot read the file: its name is too long"),
}


class NotARegularFileError(OSError):
    """The path names a folder, a named pipe, a device or a socket where a file was expected; `msg` says which,
    as a catalogue sentence (`strerror` in English, for logs)."""

    msg: Msg = _SPECIAL


def require_regular_file(path: str | os.PathLike[str]) -> None:
    """Return when `path` (links followed) is a regular file; raise NotARegularFileError (its `strerror` says
    what it is instead), or the OSError of `stat` (FileNotFoundError, PermissionError)."""
    mode = os.stat(path).st_mode
    if stat.S_ISREG(mode):
        return
    kind, msg = next(((name, msg) for test, name, msg in _KINDS if test(mode)), ("a special file", _SPECIAL))
    error = NotARegularFileError(errno.EINVAL, f"not a regular file ({kind})", os.fspath(path))
    error.msg = msg
    raise error


class FileTooLargeError(ValueError):
    """A small file (a setting, a cache entry) larger than it can honestly be: not read further."""


def read_small_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of `path`, a regular file of at most `max_bytes` (links followed): for files another program
    or an earlier run wrote, where a pipe would block and a link to /dev/zero read until memory ran out. Raises
    NotARegularFileError, FileTooLargeError (a ValueError), or the OSError of opening it."""
    require_regular_file(path)
    # O_NONBLOCK: a pipe swapped in after the check opens without waiting for a writer (and reads nothing)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if data is None or len(data) > max_bytes:
        raise FileTooLargeError(f"larger than {max_bytes} bytes")
    return data


def expand_user(path: str | os.PathLike[str]) -> Path:
    """`path` with a leading "~" or "~user" expanded; as written where that user does not exist here (pathlib then
    raises RuntimeError, which reached people as "unexpected error": an LM Studio pointer or $OLLAMA_MODELS saying
    "~someone")."""
    try:
        return Path(path).expanduser()
    except RuntimeError:
        return Path(path)


def cannot_read(exc: BaseException) -> Msg | None:
    """Why a file a person named could not be read, as a catalogue sentence ("cannot read the file: it is a
    folder"), for what is not a regular file and the system's usual refusals; None when there are no words for it
    (then quote the system's own text)."""
    if isinstance(exc, NotARegularFileError):
        return exc.msg
    if isinstance(exc, OSError) and exc.errno is not None:
        return _ERRNO_WORDS.get(exc.errno)
    return None


APP_DIR = "llm-advisor"


def user_cache_dir(part: str) -> Path:
    """`LLM_ADVISOR_CACHE_DIR`/part, else the platform's user cache folder (XDG, ~/Library/Caches, %LOCALAPPDATA%)."""
    override = os.environ.get("LLM_ADVISOR_CACHE_DIR")
    if override:
        return Path(override) / part
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APP_DIR / "Cache" / part
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR / part
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_DIR / part


def user_config_dir() -> Path:
    """`LLM_ADVISOR_CONFIG_DIR`, else the platform's user settings folder (XDG, ~/Library/Application Support,
    %APPDATA%): what the app and the command line remember (the user's benchmark calibration)."""
    override = os.environ.get("LLM_ADVISOR_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / APP_DIR
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / APP_DIR


class NotRegularFileError(OSError):
    """The path names something a file must not replace: a device, a pipe, a socket, a link to nowhere."""


def is_regular_or_missing(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is nothing yet, or a regular file (through a link): what saving a file may create or replace.
    As root, `report --force -o /dev/null` turned /dev/null into a report, and a broken link was replaced unasked."""
    target = Path(path)
    if not os.path.lexists(target):
        return True
    try:
        return stat.S_ISREG(target.stat().st_mode)
    except OSError:  # a broken link, a loop
        return False


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, overwrite: bool = False) -> Path:
    """Write `data` (text as UTF-8) to a temporary file in the same folder, then rename it over `path`.

    Raises FileExistsError when `path` exists and `overwrite` is false (checked before and right before the
    rename), NotRegularFileError when it is not a regular file (`is_regular_or_missing`), whatever `overwrite` says,
    and OSError when the folder cannot be written; in every case nothing is left behind.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder", str(target))
    if not is_regular_or_missing(target):  # a device, a pipe, a socket, a broken link: never replaced
        raise NotRegularFileError(22, "is not a regular file", str(target))
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
