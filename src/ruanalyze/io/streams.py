"""Bytes of a file, plain or gzip-compressed, in chunks and lines, without reading it whole.

Gzip is decompressed here rather than with :mod:`gzip` so that a truncated file still gives
every complete line before the cut, then :class:`TruncatedGzip`.
"""

from __future__ import annotations

import codecs
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path

CHUNK = 1 << 16


class TruncatedGzip(EOFError):
    """The compressed data ends before the end of the gzip stream."""


class DamagedGzip(ValueError):
    """Not gzip data, or corrupted gzip data."""


def check_regular_file(path: Path) -> os.stat_result:
    """``os.stat`` of a file we may open (never a FIFO or device, which could block)."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(0, "not a regular file (a device, socket or pipe)")
    return info


def chunks(path: Path, compressed: bool) -> Iterator[bytes]:
    """The file's bytes (decompressed when ``compressed``) in chunks."""
    with open(path, "rb") as file:
        if not compressed:
            while chunk := file.read(CHUNK):
                yield chunk
            return
        yield from _gunzip(file)


def _gunzip(file) -> Iterator[bytes]:
    decompressor = zlib.decompressobj(wbits=31)
    started = in_member = False
    while data := file.read(CHUNK):
        if not started and not data.startswith(b"\x1f\x8b"):
            raise DamagedGzip("not a gzip file (it does not start with the gzip signature)")
        started = True
        while data:
            try:
                out = decompressor.decompress(data)
            except zlib.error as error:
                raise DamagedGzip(f"damaged gzip data ({error})") from error
            if out:
                yield out
            in_member = not decompressor.eof
            data = b""
            if decompressor.eof:  # another gzip member may follow
                data = decompressor.unused_data
                decompressor = zlib.decompressobj(wbits=31)
                if data and not data.startswith(b"\x1f\x8b"):
                    return  # trailing garbage after the last member, as gzip(1) allows
    if not started:
        raise DamagedGzip("empty .gz file")
    if in_member:
        raise TruncatedGzip("truncated gzip file (the data ends before the end of the stream)")


def read_limited(path: Path, compressed: bool, limit: int) -> bytes:
    """The whole file's bytes, or :class:`TooLarge` when there are more than ``limit``."""
    parts, size = [], 0
    for chunk in chunks(path, compressed):
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise TooLarge(size, limit, compressed)
    return b"".join(parts)


class TooLarge(ValueError):
    def __init__(self, size: int, limit: int, compressed: bool = False) -> None:
        what = "decompresses to more than" if compressed else f"is {_mb(size)}, more than"
        super().__init__(
            f"too large for one article: the file {what} the {_mb(limit)} limit "
            "(split it, or put one article a line in a .jsonl file)"
        )


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size} bytes"


def byte_lines(parts: Iterator[bytes]) -> Iterator[bytes]:
    """Lines (ending in ``\\n``, the last one maybe not) of a stream of chunks."""
    yield from _split(parts, b"\n", b"")


def text_lines(parts: Iterator[bytes], encoding: str) -> Iterator[str]:
    """Lines of a stream of chunks in a multi-byte encoding such as UTF-16 (decoded strictly)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")

    def decoded() -> Iterator[str]:
        for part in parts:
            yield decoder.decode(part)
        yield decoder.decode(b"", final=True)

    yield from _split(decoded(), "\n", "")


def _split(parts, newline, empty):
    """Split chunks into lines in linear time, however long a line is."""
    buffer = []
    for part in parts:
        pieces = part.split(newline)
        buffer.append(pieces[0])
        if len(pieces) == 1:
            continue
        yield empty.join(buffer) + newline
        for piece in pieces[1:-1]:
            yield piece + newline
        buffer = [pieces[-1]]
    last = empty.join(buffer)
    if last:
        yield last
