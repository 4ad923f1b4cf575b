"""Login, logout and the resubmission of an action whose session expired mid-way.

Failed logins are counted per account and per client address (``LoginLimiter``) and written
to the audit log; an unknown account costs as much time as a wrong password, so the answer
does not tell which accounts exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from reviewer.accounts import has_role
from reviewer.errors import LoginRequired
from reviewer.security import Session
from reviewer.web import NAV, Page, client_address, csrf_required, render, state

__all__ = ["LoginPage", "login_page_for_expired_post", "router"]

router = APIRouter()


@dataclass(kw_only=True)
class LoginPage(Page):
    """Context of ``login.html``."""

    #: Where to go after signing in (a path on this site).
    next: str = "/"
    error: str = ""
    #: An action posted with an expired session: its path and its fields, kept for resubmission.
    resume_action: str = ""
    resume_fields: str = ""


@dataclass(kw_only=True)
class ResumePage(Page):
    """Context of ``resume.html``: the unsaved action, shown before it is sent again."""

    action: str
    fields: list[tuple[str, str]] = field(default_factory=list)


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host, no ``//``) is followed after login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else "/"


@router.get("/login")
async def login_form(request: Request, next: str = "/", expired: int = 0) -> Response:
    if request.state.user is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    msg = "登录已过期，请重新登录" if expired else ""
    return render(request, "login.html", LoginPage(title="登录", next=_safe_next(next), flash=msg))


async def login_page_for_expired_post(request: Request, exc: LoginRequired) -> Response:
    """A form posted without a valid session: ask to sign in, keeping what was submitted."""
    form = await request.form() if "form" in request.headers.get("content-type", "") else {}
    kept = [(k, v) for k, v in form.items() if k != "csrf_token" and isinstance(v, str)]
    referer = request.headers.get("referer", "")
    ctx = LoginPage(
        title="登录",
        next=_safe_next(urlsplit(referer).path if referer else "/"),
        flash=f"{exc.message}。刚才的操作尚未执行，重新登录后可确认再次提交。",
        resume_action=request.url.path,
        resume_fields=json.dumps(kept, ensure_ascii=False),
    )
    return render(request, "login.html", ctx, status=401)


def _fail(request: Request, ctx: LoginPage, name: str, reason: str, status: int = 401) -> Response:
    rv = state(request)
    rv.limiter.failed(name, client_address(request))
    rv.store.append_audit("login_failed", actor=name[:64] or "?",
                          detail={"address": client_address(request), "reason": reason})  # fmt: skip
    ctx.error = "账号或密码不正确"
    return render(request, "login.html", ctx, status=status)


@router.post("/login", dependencies=[Depends(csrf_required)])
async def login(request: Request) -> Response:
    rv = state(request)
    form = await request.form()
    name = str(form.get("name", "")).strip()
    password = str(form.get("password", ""))
    ctx = LoginPage(title="登录", next=_safe_next(str(form.get("next", "/"))),
                    resume_action=str(form.get("resume_action", "")),
                    resume_fields=str(form.get("resume_fields", "")))  # fmt: skip
    wait = rv.limiter.blocked(name, client_address(request))
    if wait:
        rv.store.append_audit("login_failed", actor=name[:64] or "?",
                              detail={"address": client_address(request),
                                      "reason": "rate_limited"})  # fmt: skip
        ctx.error = f"登录失败次数过多，已暂停登录，请 {max(1, wait // 60)} 分钟后再试"
        resp = render(request, "login.html", ctx, status=429)
        resp.headers["Retry-After"] = str(wait)
        return resp
    user = rv.store.get_user(name) if name else None
    if user is None or user.get("disabled"):
        rv.passwords.dummy_verify()
        return _fail(request, ctx, name, "disabled" if user else "unknown_account")
    if not rv.passwords.verify(user.get("password_hash", ""), password):
        return _fail(request, ctx, name, "bad_password")
    rv.limiter.succeeded(name)
    session = Session.new(name, int(user.get("session_epoch", 0)), rv.clock())
    request.state.new_session = session
    request.state.sid = session.sid
    request.state.user = {k: v for k, v in user.items() if k != "password_hash"}
    rv.store.append_audit("login", actor=name, detail={"address": client_address(request)})
    if ctx.resume_action:
        return _resume(request, ctx)
    return RedirectResponse(ctx.next, status_code=303)


def _resume(request: Request, ctx: LoginPage) -> Response:
    try:
        kept = [(str(k), str(v)) for k, v in json.loads(ctx.resume_fields or "[]")]
    except (ValueError, TypeError):
        kept = []
    action = _safe_next(ctx.resume_action)
    page = ResumePage(title="确认重新提交", action=action, fields=kept,
                      flash="已重新登录。以下操作因登录过期尚未执行，请确认后提交。")  # fmt: skip
    return render(request, "resume.html", page)


@router.post("/logout")
async def logout(request: Request) -> Response:
    user: dict[str, Any] | None = request.state.user
    if user is None:  # already signed out (or the session expired): nothing to change
        return RedirectResponse("/login", status_code=303)
    await csrf_required(request)
    state(request).store.append_audit("logout", actor=user["name"])
    request.state.logout = True
    return RedirectResponse("/login", status_code=303)


@router.get("/")
async def home(request: Request) -> Response:
    """The first menu entry the user may open (the queue for everyone once it exists)."""
    user = request.state.user
    if user is None:
        return RedirectResponse("/login", status_code=303)
    items = sorted((n for n in NAV if has_role(user, n.role)), key=lambda n: n.order)
    return RedirectResponse(items[0].path if items else "/queue", status_code=303)
