"""Every error the lexicon raises on purpose, in one place.

The hierarchy::

    RuleError(ValueError)    a rule, term set or law file breaks its schema: a bug in the rules,
                             found when the lexicon loads, never in the middle of a crawl
    ImageError(ValueError)   image bytes that cannot be decoded or exceed the size caps
                             (``reason`` says which): the page is kept, its image is not read

Both are ``ValueError``s (bad input data), so callers that only know Python's own exceptions
still catch them.
"""

from __future__ import annotations

__all__ = ["ImageError", "RuleError"]


class RuleError(ValueError):
    """A rule, term set or law file fails the schema."""


class ImageError(ValueError):
    """The bytes are not a decodable image, or exceed the caps; ``reason`` names which
    (``empty``, ``bytes``, ``format``, ``undecodable``, ``pixels``)."""

    def __init__(self, message: str, reason: str = "undecodable") -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self):  # type: ignore[no-untyped-def]  # survive the trip from the worker
        return (type(self), (str(self), self.reason))
