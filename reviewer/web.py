"""What every page module uses: the app's state, the base page context, rendering, and the
dependencies that check the session, the role and the CSRF token.

A page module is an ``APIRouter`` whose handlers take ``user = Depends(login_required)`` (or
``Depends(role_required("supervisor"))``), build a context dataclass that extends :class:`Page`,
and return ``render(request, "name.html", ctx)``. Handlers that change anything also take
``Depends(csrf_required)``. See ``docs/reviewer.md`` ("Adding a page").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment

from lexicon.vocabulary import role_label
from pipelines.store import Store
from reviewer.accounts import has_role
from reviewer.config import ReviewerConfig
from reviewer.errors import Forbidden, LoginRequired
from reviewer.security import LoginLimiter, Passwords, Signer

__all__ = [
    "NAV",
    "Admin",
    "AppState",
    "NavItem",
    "Page",
    "Supervisor",
    "User",
    "client_address",
    "csrf_required",
    "csrf_token",
    "login_required",
    "render",
    "role_required",
    "state",
    "wants_json",
]


@dataclass(frozen=True, slots=True)
class NavItem:
    """One entry of the top menu: shown to users with at least ``role``."""

    key: str
    label: str
    path: str
    role: str = "reviewer"
    order: int = 50


#: The top menu. A page module adds its entry with ``NAV.append(NavItem(...))`` at import.
NAV: list[NavItem] = []


@dataclass(slots=True)
class AppState:
    """Everything the handlers share, on ``app.state.rv``."""

    store: Store
    config: ReviewerConfig
    signer: Signer
    passwords: Passwords
    limiter: LoginLimiter
    templates: Environment
    #: Epoch seconds; tests pass a fake clock to expire sessions and claims without waiting.
    clock: Callable[[], float] = time.time
    #: Page modules keep their caches here (facet counts, law texts …), by name.
    caches: dict[str, Any] = field(default_factory=dict)


def state(request: Request) -> AppState:
    return request.app.state.rv


@dataclass(kw_only=True)
class Page:
    """The context every template gets. Page modules extend it with their own fields."""

    #: The page title (also the browser tab's).
    title: str
    #: Key of the menu entry to highlight.
    active: str = ""
    #: A one-line message at the top (e.g. "已保存"); plain text, escaped like everything.
    flash: str = ""
    user: dict[str, Any] | None = None
    csrf: str = ""
    nav: list[NavItem] = field(default_factory=list)


def wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return request.url.path.startswith("/api/") or (
        "application/json" in accept and "text/html" not in accept
    )


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def csrf_token(request: Request) -> str:
    """The CSRF token for this session (or for the login form's pre-session)."""
    sid = getattr(request.state, "sid", None)
    return state(request).signer.token("csrf", sid) if sid else ""


def render(request: Request, template: str, ctx: Page, status: int = 200) -> HTMLResponse:
    user = getattr(request.state, "user", None)
    ctx.user = user
    ctx.csrf = csrf_token(request)
    ctx.nav = sorted((n for n in NAV if user and has_role(user, n.role)), key=lambda n: n.order)
    values = {f.name: getattr(ctx, f.name) for f in fields(ctx)}
    values["role_label"] = role_label
    html = state(request).templates.get_template(template).render(**values)
    return HTMLResponse(html, status_code=status)


def json_ok(**data: Any) -> JSONResponse:
    return JSONResponse({"ok": True, **data})


def login_required(request: Request) -> dict[str, Any]:
    user = getattr(request.state, "user", None)
    if user is None:
        if getattr(request.state, "session_expired", False):
            raise LoginRequired("登录已过期，请重新登录", expired=True)
        raise LoginRequired()
    return user


def role_required(role: str) -> Callable[[Request], dict[str, Any]]:
    """A dependency: the signed-in user, who must have at least ``role``."""

    def check(request: Request) -> dict[str, Any]:
        user = login_required(request)
        if not has_role(user, role):
            raise Forbidden(
                f"此操作需要{role_label(role)}权限，您的账号是{role_label(user.get('role', ''))}"
            )
        return user

    return check


#: Handler parameter types: ``user: User`` needs a session, ``user: Supervisor`` that role too.
User = Annotated[dict[str, Any], Depends(login_required)]
Supervisor = Annotated[dict[str, Any], Depends(role_required("supervisor"))]
Admin = Annotated[dict[str, Any], Depends(role_required("admin"))]


async def csrf_required(request: Request) -> None:
    """Refuse a state change whose CSRF token (form field or header) or Origin is wrong.

    Without a session (except on the login form itself) the answer is "sign in again", not a
    CSRF error: an expired session must say so, and keep the action for resubmission.
    """
    if request.state.user is None and request.url.path != "/login":
        login_required(request)
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin != _own_origin(request):
        raise Forbidden("请求来源与本系统不符，已拒绝（CSRF 防护）")
    sent = request.headers.get("x-csrf-token")
    if sent is None and "form" in request.headers.get("content-type", ""):
        sent = (await request.form()).get("csrf_token")
    expected = csrf_token(request)
    if not expected or not isinstance(sent, str) or not _same(sent, expected):
        raise Forbidden("表单已失效或来源不明（CSRF 校验失败），操作未执行，请刷新页面后重试")


def _same(a: str, b: str) -> bool:
    import hmac

    return hmac.compare_digest(a.encode(), b.encode())


def _own_origin(request: Request) -> str:
    url = request.url
    default = {"http": 80, "https": 443}.get(url.scheme)
    port = f":{url.port}" if url.port and url.port != default else ""
    return f"{url.scheme}://{url.hostname}{port}"
