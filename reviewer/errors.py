"""Reviewer exceptions. Each HTTP error carries its status and a message a reviewer can act on.

ReviewerError
├── ConfigError          a setting or the secret file is unusable: the server does not start
└── HTTPError            rendered by the one error handler as ``{status}.html`` or JSON
    ├── BadRequest         400  a form or filter that cannot be understood
    ├── LoginRequired      401  no session, or it expired (pages redirect to the login page)
    ├── Forbidden          403  the role does not allow it, or the CSRF token is wrong
    ├── NotFound           404
    ├── Conflict           409  someone else changed the record first (``other`` says how)
    └── TooManyRequests    429  login attempts over the limit (``retry_after`` seconds)
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "BadRequest",
    "ConfigError",
    "Conflict",
    "Forbidden",
    "HTTPError",
    "LoginRequired",
    "NotFound",
    "ReviewerError",
    "TooManyRequests",
]


class ReviewerError(Exception):
    """Base of every reviewer failure."""


class ConfigError(ReviewerError):
    """The reviewer cannot start with these settings."""


class HTTPError(ReviewerError):
    status: int = 500
    title: str = "服务器内部错误"

    def __init__(self, message: str = "", **extra: Any) -> None:
        super().__init__(message or self.title)
        self.message = message or self.title
        self.extra = extra


class BadRequest(HTTPError):
    status, title = 400, "请求有误"


class LoginRequired(HTTPError):
    status, title = 401, "请先登录"


class Forbidden(HTTPError):
    status, title = 403, "没有权限"


class NotFound(HTTPError):
    status, title = 404, "找不到该页面或记录"


class Conflict(HTTPError):
    status, title = 409, "记录已被他人修改"


class TooManyRequests(HTTPError):
    status, title = 429, "尝试次数过多"

    def __init__(self, message: str = "", *, retry_after: int = 60, **extra: Any) -> None:
        super().__init__(message, **extra)
        self.retry_after = retry_after
