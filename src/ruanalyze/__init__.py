"""ruanalyze: people, places, organizations and topics in Russian-language news."""

from .analyzer import Analyzer, load
from .document import Document
from .export import to_frame
from .records import Entity, Mention, NameParts, Sentence, Token, Topic

__version__ = "0.1.0"

__all__ = [
    "Analyzer",
    "Document",
    "Entity",
    "Mention",
    "NameParts",
    "Sentence",
    "Token",
    "Topic",
    "__version__",
    "load",
    "to_frame",
]
