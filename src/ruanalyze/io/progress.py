"""A one-line progress display on a terminal: articles done and articles per second."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Rewrites one line of ``stream`` at most every ``interval`` seconds; silent when the
    stream is not a terminal (a log file or a pipe gets no control characters)."""

    def __init__(
        self, stream: TextIO | None = None, interval: float = 0.5, enabled: bool | None = None
    ) -> None:
        self.stream = stream or sys.stderr
        self.interval = interval
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done = 0
        self.skipped = 0
        self.started = time.monotonic()
        self._shown = 0.0

    def skip(self, count: int) -> None:
        """Articles already in the output from an earlier run (not counted in the rate)."""
        self.skipped += count
        self._show(force=True)

    def advance(self, count: int) -> None:
        self.done += count
        self._show()

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def _show(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._shown < self.interval:
            return
        self._shown = now
        skipped = f" ({self.skipped} done before)" if self.skipped else ""
        self.stream.write(
            f"\rruanalyze: {self.done} articles, {self.rate():.1f} articles/s{skipped}"
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._show(force=True)
            self.stream.write("\n")
            self.stream.flush()
