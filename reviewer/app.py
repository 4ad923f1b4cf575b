"""Build the reviewer app: state, middleware, page routers, static files and the error handler.

One handler renders every error: ``{status}.html`` (or ``error.html``) for people and
``{"ok": false, "error": {...}}`` for scripts and the page's own fetches. A request without a
valid session is sent to the login page; a form posted with an expired session shows the login
page with the unsaved action kept, so signing in again can resubmit it (nothing is lost).
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import TemplateNotFound
from starlette.exceptions import HTTPException as StarletteHTTPException

from pipelines.store import ConflictError, Store, StoreError, StoreUnavailable
from reviewer.config import ReviewerConfig, load_secret
from reviewer.errors import BadRequest, Conflict, HTTPError, LoginRequired, NotFound
from reviewer.pages import PAGE_MODULES
from reviewer.security import LoginLimiter, Passwords, Signer
from reviewer.sessions import SECURITY_HEADERS, session_middleware
from reviewer.templating import build_env
from reviewer.web import AppState, Page, render, wants_json

__all__ = ["create_app"]

STATIC = Path(__file__).with_name("static")


@dataclass(kw_only=True)
class ErrorPage(Page):
    """Context of ``error.html`` / ``{status}.html``."""

    status: int
    message: str
    #: Extra details of the error (e.g. ``other``: the change that won a conflict).
    extra: dict[str, Any] = field(default_factory=dict)


def create_app(
    store: Store,
    config: ReviewerConfig | None = None,
    *,
    clock: Callable[[], float] = time.time,
    pages: Iterable[str] = PAGE_MODULES,
    template_dirs: Iterable[str | Path] = (),
) -> FastAPI:
    """The reviewer as an ASGI app on ``store`` (the caller opens and closes the store)."""
    config = config or ReviewerConfig.from_env()
    app = FastAPI(title="adsweep 审核系统", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.rv = AppState(
        store=store,
        config=config,
        signer=Signer(load_secret(config)),
        passwords=Passwords(config.argon2_time_cost, config.argon2_memory_kib),
        limiter=LoginLimiter(
            config.login_limit_account,
            config.login_limit_address,
            config.login_window_minutes * 60,
            clock=clock,
        ),
        templates=build_env(template_dirs),
        clock=clock,
    )
    app.middleware("http")(session_middleware)
    for name in pages:
        module = importlib.import_module(f"reviewer.pages.{name}" if "." not in name else name)
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_api_route("/favicon.ico", _favicon, include_in_schema=False)
    _error_handlers(app)
    return app


async def _favicon() -> Response:
    """Browsers ask for /favicon.ico on pages without an icon link (a bare 500, a download)."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


def _error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(HTTPError, _handle)
    app.add_exception_handler(StarletteHTTPException, _handle_starlette)
    app.add_exception_handler(RequestValidationError, _handle_validation)
    app.add_exception_handler(StoreError, _handle_store)


async def _handle_starlette(request: Request, exc: StarletteHTTPException) -> Response:
    err = NotFound() if exc.status_code == 404 else HTTPError(str(exc.detail))
    err.status = exc.status_code
    return await _handle(request, err)


async def _handle_validation(request: Request, exc: RequestValidationError) -> Response:
    return await _handle(request, BadRequest("请求参数有误：" + "；".join(
        f"{'.'.join(map(str, e.get('loc', ())))} {e.get('msg', '')}" for e in exc.errors())))  # fmt: skip


async def _handle_store(request: Request, exc: StoreError) -> Response:
    if isinstance(exc, ConflictError):
        err: HTTPError = Conflict(str(exc))
    elif isinstance(exc, StoreUnavailable):
        err = HTTPError("存储暂时不可用，操作未执行，请稍后重试")
        err.status = 503
    else:
        err = BadRequest(f"存储拒绝了该请求：{exc}")
    return await _handle(request, err)


async def _handle(request: Request, exc: HTTPError) -> Response:
    if wants_json(request) or request.headers.get("x-requested-with") == "fetch":
        body = {"ok": False, "error": {"status": exc.status, "title": exc.title,
                                       "message": exc.message, **exc.extra}}  # fmt: skip
        resp: Response = JSONResponse(body, status_code=exc.status)
    elif isinstance(exc, LoginRequired) and request.method in ("GET", "HEAD"):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        expired = "&expired=1" if exc.extra.get("expired") else ""
        resp = RedirectResponse(f"/login?next={quote(target)}{expired}", status_code=303)
    elif isinstance(exc, LoginRequired):
        from reviewer.pages.login import login_page_for_expired_post

        resp = await login_page_for_expired_post(request, exc)
    else:
        resp = _error_page(request, exc)
    if getattr(exc, "retry_after", None):
        resp.headers["Retry-After"] = str(exc.retry_after)
    resp.headers.update(SECURITY_HEADERS)
    return resp


def _error_page(request: Request, exc: HTTPError) -> Response:
    if not hasattr(request.state, "user"):
        request.state.user = None
    ctx = ErrorPage(title=exc.title, status=exc.status, message=exc.message, extra=exc.extra)
    try:
        return render(request, f"{exc.status}.html", ctx, status=exc.status)
    except TemplateNotFound:
        return render(request, "error.html", ctx, status=exc.status)
