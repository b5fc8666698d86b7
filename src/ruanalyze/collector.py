"""Pausing Python's cyclic garbage collector while a batch is analyzed.

Analyzing a batch allocates a few hundred thousand small objects (tokens, readings, mentions),
and nearly none of them end up in reference cycles: reference counting frees them. The cyclic
collector is triggered by allocation counts all the same, and each of its passes walks the young
objects and, now and then, every long-lived one: the dictionaries, the models and the caches. On
news it took about a tenth of the analysis time, for nothing to collect.

So the collector is paused for the length of one batch and resumed after it: whatever cycles a
batch leaves are collected by the next pass, between batches, so memory stays bounded by the batch
size as before. If the collector was already disabled (by the application), it is left alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from threading import Lock

_lock = Lock()
_pausing = 0  # batches running with the collector paused (threads may analyze at once)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector disabled, if it was enabled."""
    global _pausing
    with _lock:
        if _pausing == 0 and not gc.isenabled():
            paused = False  # the application's own choice: not ours to undo
        else:
            paused = True
            _pausing += 1
            gc.disable()
    try:
        yield
    finally:
        if paused:
            with _lock:
                _pausing -= 1
                if _pausing == 0:
                    gc.enable()
