"""The record of an input that could not be read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class InputError:
    """One input that could not be read: where, and why, in one line."""

    source: str
    reason: str
    line: int | None = None

    def __post_init__(self) -> None:
        # One line on stderr and one record in the output, whatever the reason's source said.
        object.__setattr__(self, "reason", " ".join(self.reason.split()))

    def as_json(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "error": self.reason}

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"
