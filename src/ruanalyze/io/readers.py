"""Articles from files and folders, in any supported format; never an exception for bad input.

Every input that cannot be read yields an :class:`InputError` (path, line, reason) in its place,
so a batch goes on: a missing or vanished file, a symbolic link loop, an unknown file type,
binary data, a damaged gzip, a bad JSONL line or CSV row, a record without text, a file too big
to be one article. See ``formats`` for the formats and ``encoding`` for the encodings.
"""

from __future__ import annotations

import errno
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..document import Document
from .encoding import NotText
from .errors import InputError
from .formats import (
    ARTICLE_FORMATS,
    FORMATS,
    MAX_ARTICLE_BYTES,
    InputFile,
    read_article,
    read_records,
)
from .html import NoArticle
from .streams import DamagedGzip, TooLarge, TruncatedGzip

__all__ = ["MAX_ARTICLE_BYTES", "InputError", "iter_files", "read_file", "read_inputs"]

SUPPORTED = ", ".join(sorted(FORMATS))
OS_REASONS = {
    errno.ENOENT: "no such file (removed during the run, or a broken symbolic link)",
    errno.ELOOP: "symbolic link loop (too many levels of symbolic links)",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "is a folder",
}


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files named, and every file inside folders (recursively, sorted; hidden ones skipped).

    Symbolic links to folders are followed, once; a link back into a folder being read is
    reported as a loop.
    """
    visited: set[tuple[int, int]] = set()
    for path in map(Path, paths):
        if path.is_dir():
            yield from _walk(path, visited, frozenset())
        elif os.path.lexists(path):
            yield path
        else:
            yield InputError(str(path), "no such file or folder")


def _walk(
    folder: Path, visited: set[tuple[int, int]], ancestors: frozenset[tuple[int, int]]
) -> Iterator[Path | InputError]:
    try:
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            yield InputError(str(folder), "symbolic link loop: it leads back to a folder above it")
            return
        if key in visited:
            return  # already read through another link
        visited.add(key)
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(str(folder), f"cannot list the folder: {_os_reason(error)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = Path(entry.path)
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if is_folder:
            yield from _walk(child, visited, ancestors | {key})
        else:
            yield child


def _os_reason(error: OSError) -> str:
    return OS_REASONS.get(error.errno or 0) or error.strerror or str(error)


def read_file(
    path: Path,
    text_key: str = "text",
    force_text: bool = False,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Iterator[Document | InputError]:
    """The articles of one file; whatever goes wrong becomes an :class:`InputError`."""
    file = InputFile.of(path, force_text)
    source = str(path)
    if file.format is None:
        yield InputError(
            source,
            f"unsupported file type {file.suffix or '(no extension)'!r} (reads {SUPPORTED}, "
            "and .gz of them; --force-text reads any file as text)",
        )
        return
    last_line = 0
    try:
        if file.format in ARTICLE_FORMATS.values():
            yield read_article(file, max_bytes)
            return
        for item in read_records(file, text_key, max_bytes):
            last_line = (item.line if isinstance(item, InputError) else item.meta["line"]) or 0
            yield item
    except Exception as error:  # every failure of one input is reported, never raised
        line = last_line + 1 if last_line else None
        yield InputError(source, _reason(error), line)


def _reason(error: Exception) -> str:
    match error:
        case NotText() | NoArticle() | TooLarge() | DamagedGzip() | TruncatedGzip():
            return str(error)
        case UnicodeDecodeError():
            return f"not valid {error.encoding} text (byte {error.start} of the line)"
        case zlib.error():
            return f"damaged gzip data ({error})"
        case OSError():
            return f"cannot read: {_os_reason(error)}"
        case _:
            return f"cannot read: {type(error).__name__}: {error}"


def read_inputs(
    paths: Iterable[str | Path],
    text_key: str = "text",
    force_text: bool = False,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> Iterator[Document | InputError]:
    """Every article under ``paths``, in order, with an :class:`InputError` for each bad input."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, text_key, force_text, max_bytes)
