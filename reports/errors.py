"""Errors of the reports package.

ReportError
├── ConfigError     the notices configuration file is missing a field or has a bad value
├── WorkflowError   a notice cannot move that way (approve a sent notice, approve one's own draft)
└── RenderError     a letter could not be written (its number is void, never reused)
"""

from __future__ import annotations

__all__ = ["ConfigError", "RenderError", "ReportError", "WorkflowError"]


class ReportError(Exception):
    """Base class of every reports failure; messages are Chinese, for the reviewer."""


class ConfigError(ReportError):
    """The notices configuration is unusable; the message names the file and the field."""


class WorkflowError(ReportError):
    """A state change the notice workflow does not allow."""


class RenderError(ReportError):
    """Rendering failed after a document number was taken; the number is recorded as void."""
