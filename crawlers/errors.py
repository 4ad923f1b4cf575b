"""Every error the crawlers package raises on purpose: targets, the demo and the command line.

The hierarchy::

    TargetsError(ValueError)   problems in a targets file, each prefixed with ``file:line``;
                               found before anything is fetched
    ExportError(ValueError)    a platform's export that cannot be read as asked (an unknown
                               field in ``--map``, no title or description column)
    LabelError(ValueError)     the demo's ``labels.yaml`` breaks its schema (a bug in the demo)
    RenderError                a page chromium could not finish rendering (timeout, crash,
                               refused navigation): counted, and the page read statically
    CliError                   a usage or input problem: ``adsweep: error: …`` on stderr and
                               exit code 2 (or the ``code`` it carries, 1 for a job that failed)

Scrapy's own exceptions (``IgnoreRequest``, ``NotConfigured``, ``DropItem``) keep their
meaning in middlewares and pipelines and are not wrapped.
"""

from __future__ import annotations

__all__ = ["CliError", "ExportError", "LabelError", "RenderError", "TargetsError"]


class RenderError(Exception):
    """A render that could not finish (timeout, a page that crashed, a refused navigation)."""


class TargetsError(ValueError):
    """One or more problems in a targets file, each prefixed with ``file:line``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class ExportError(ValueError):
    """An export that cannot be read as asked (an unknown field, a missing column)."""


class LabelError(ValueError):
    """``labels.yaml`` does not follow its schema (a bug in the demo, not in the caller)."""


class CliError(Exception):
    """A usage or input problem: printed as ``adsweep: error: …`` with exit code 2."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code
