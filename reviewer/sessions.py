"""The HTTP middleware: session cookie in, user on the request, cookies and security headers out.

Every response carries a strict Content-Security-Policy (scripts, styles, images and
connections from this origin only, no framing, no plugins, no base or form targets elsewhere),
``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: same-origin``: whatever a scraped
page smuggled into a hit, the reviewer's browser will not load or run it.
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import Request, Response

from reviewer.accounts import public
from reviewer.security import Session
from reviewer.web import AppState, state

__all__ = ["PRE_COOKIE", "SECURITY_HEADERS", "SESSION_COOKIE", "session_middleware"]

SESSION_COOKIE = "adsweep_session"
#: A signed random id for visitors not signed in: the login form's CSRF token hangs on it.
PRE_COOKIE = "adsweep_pre"

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}

#: Re-issue the session cookie (sliding idle timeout) at most this often, in seconds.
_REFRESH_EVERY = 60.0


def _load_session(request: Request, rv: AppState, now: float) -> None:
    st = request.state
    st.user, st.session, st.session_expired = None, None, False
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return
    payload = rv.signer.loads("session", raw)
    sess = Session.from_payload(payload) if payload else None
    cfg = rv.config
    if sess is None or sess.expired(
        now, max_age=cfg.session_hours * 3600, idle=cfg.idle_minutes * 60
    ):
        st.session_expired = True
        return
    user = rv.store.get_user(sess.user)
    if user is None or user.get("disabled") or user.get("session_epoch", 0) != sess.epoch:
        st.session_expired = True
        return
    st.user, st.session, st.sid = public(user), sess, sess.sid


def _secure(request: Request, rv: AppState) -> bool:
    mode = rv.config.secure_cookies
    return mode == "always" or (mode == "auto" and request.url.scheme == "https")


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, samesite="lax", path="/",
        secure=_secure(request, state(request)),
    )  # fmt: skip


def _write_cookies(request: Request, response: Response, rv: AppState, now: float) -> None:
    st = request.state
    max_age = int(rv.config.session_hours * 3600)
    new: Session | None = getattr(st, "new_session", None)
    if new is not None:
        set_cookie(response, request, SESSION_COOKIE, rv.signer.dumps("session", new.to_payload()),
                   max_age)  # fmt: skip
        response.delete_cookie(PRE_COOKIE, path="/")
    elif getattr(st, "logout", False):  # an expired cookie stays: its next request says why
        response.delete_cookie(SESSION_COOKIE, path="/")
    elif st.session is not None and now - st.session.seen > _REFRESH_EVERY:
        st.session.seen = now
        set_cookie(response, request, SESSION_COOKIE,
                   rv.signer.dumps("session", st.session.to_payload()), max_age)  # fmt: skip
    pre = getattr(st, "new_pre", None)
    if pre and new is None:
        set_cookie(response, request, PRE_COOKIE, rv.signer.dumps("pre", {"s": pre}), 86400)


async def session_middleware(request: Request, call_next: Any) -> Response:
    if request.url.path.startswith("/static/"):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response
    rv = state(request)
    now = rv.clock()
    _load_session(request, rv, now)
    if request.state.user is None:
        pre = rv.signer.loads("pre", request.cookies.get(PRE_COOKIE, ""))
        request.state.sid = pre.get("s") if pre else None
        if not request.state.sid:
            request.state.sid = request.state.new_pre = secrets.token_urlsafe(16)
    response = await call_next(request)
    _write_cookies(request, response, rv, now)
    response.headers.update(SECURITY_HEADERS)
    response.headers.setdefault("Cache-Control", "no-store")
    return response
