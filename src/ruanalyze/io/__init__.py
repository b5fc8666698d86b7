"""Reading article files and writing annotations."""

from .readers import InputError, read_inputs
from .writers import annotate, read_annotations

__all__ = ["InputError", "annotate", "read_annotations", "read_inputs"]
