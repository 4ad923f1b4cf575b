"""Account management (admins): add accounts, change roles, reset passwords, disable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from lexicon.vocabulary import ROLES
from reviewer import accounts
from reviewer.errors import BadRequest
from reviewer.web import NAV, Admin, NavItem, Page, csrf_required, render, state

__all__ = ["UsersPage", "router"]

router = APIRouter()
NAV.append(NavItem("users", "账号管理", "/admin/users", role="admin", order=90))

_DONE = {
    "add": "账号已创建",
    "role": "角色已修改",
    "passwd": "密码已重置，该账号的登录已全部失效",
    "disable": "账号已停用，其登录已全部失效",
    "enable": "账号已启用",
}


@dataclass(kw_only=True)
class UsersPage(Page):
    """Context of ``users.html``: every account (without password hashes) and the roles."""

    users: list[dict[str, Any]] = field(default_factory=list)
    roles: tuple[str, ...] = ROLES


@router.get("/admin/users")
async def users_page(request: Request, user: Admin, done: str = "") -> Response:
    rows = [accounts.public(u) for u in state(request).store.list_users()]
    ctx = UsersPage(title="账号管理", active="users", users=rows, flash=_DONE.get(done, ""))
    return render(request, "users.html", ctx)


def _field(form: Any, name: str) -> str:
    value = form.get(name)
    if not isinstance(value, str) or not value.strip():
        raise BadRequest(f"缺少字段：{name}")
    return value.strip() if name != "password" else value


@router.post("/admin/users", dependencies=[Depends(csrf_required)])
async def users_change(request: Request, user: Admin) -> Response:
    rv, form = state(request), await request.form()
    op, actor = _field(form, "op"), user["name"]
    if op == "add":
        accounts.add_user(rv.store, rv.passwords, _field(form, "name"), _field(form, "role"),
                          _field(form, "password"), actor=actor)  # fmt: skip
    elif op == "role":
        accounts.set_role(rv.store, _field(form, "name"), _field(form, "role"), actor=actor)
    elif op == "passwd":
        accounts.set_password(rv.store, rv.passwords, _field(form, "name"),
                              _field(form, "password"), actor=actor)  # fmt: skip
    elif op in ("disable", "enable"):
        name = _field(form, "name")
        if name == actor and op == "disable":
            raise BadRequest("不能停用自己的账号")
        accounts.set_disabled(rv.store, name, op == "disable", actor=actor)
    else:
        raise BadRequest(f"未知操作：{op}")
    return RedirectResponse(f"/admin/users?done={op}", status_code=303)
