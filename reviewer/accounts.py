"""Reviewer accounts: add, change role, set password, disable — each with an audit entry.

Used by ``adsweep users`` and by the admin page, so both leave the same trace. Password hashes
never reach the audit log; a password change or a disabled account bumps ``session_epoch``,
which ends every open session of that account.
"""

from __future__ import annotations

import re
from typing import Any

from lexicon.vocabulary import ROLES, role_label
from pipelines.store import ConflictError, Store
from reviewer.errors import BadRequest, Conflict, NotFound
from reviewer.security import Passwords

__all__ = [
    "ROLE_RANK",
    "add_user",
    "has_role",
    "public",
    "set_disabled",
    "set_password",
    "set_role",
]

#: Each role includes the rights of those before it.
ROLE_RANK = {role: n for n, role in enumerate(ROLES)}

_NAME = re.compile(r"^[\w.\-]{1,32}$")


def has_role(user: dict[str, Any], role: str) -> bool:
    return ROLE_RANK.get(user.get("role", ""), -1) >= ROLE_RANK[role]


def public(user: dict[str, Any]) -> dict[str, Any]:
    """An account as the audit log and the pages may show it (no password hash)."""
    return {k: v for k, v in user.items() if k != "password_hash"}


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise BadRequest(f"角色只能是 {'、'.join(ROLES)}（{'、'.join(map(role_label, ROLES))}）")


def _get(store: Store, name: str) -> dict[str, Any]:
    user = store.get_user(name)
    if user is None:
        raise NotFound(f"账号 {name} 不存在")
    return user


def add_user(
    store: Store, passwords: Passwords, name: str, role: str, password: str, *, actor: str
) -> dict[str, Any]:
    if not _NAME.match(name):
        raise BadRequest("账号名只能包含字母、数字、汉字和 . _ -，最长 32 个字符")
    _check_role(role)
    doc = {"name": name, "role": role, "password_hash": passwords.hash(password)}
    try:
        user = store.put_user(doc)
    except ConflictError as e:
        raise Conflict(f"账号 {name} 已存在") from e
    store.append_audit("user_add", actor=actor, detail={"name": name, "after": public(user)})
    return user


def _update(store: Store, name: str, action: str, actor: str, **fields: Any) -> dict[str, Any]:
    before = _get(store, name)
    try:
        after = store.update_user(name, expected_version=before["version"], **fields)
    except ConflictError as e:
        raise Conflict(str(e)) from e
    shown = [k for k in fields if k != "password_hash"]
    store.append_audit(action, actor=actor, detail={
        "name": name,
        "before": {k: before.get(k) for k in shown},
        "after": {k: after.get(k) for k in shown},
    })  # fmt: skip
    return after


def set_password(
    store: Store, passwords: Passwords, name: str, password: str, *, actor: str
) -> dict[str, Any]:
    epoch = _get(store, name).get("session_epoch", 0) + 1
    return _update(store, name, "user_passwd", actor,
                   password_hash=passwords.hash(password), session_epoch=epoch)  # fmt: skip


def set_disabled(store: Store, name: str, disabled: bool, *, actor: str) -> dict[str, Any]:
    user = _get(store, name)
    action = "user_disable" if disabled else "user_enable"
    epoch = user.get("session_epoch", 0) + (1 if disabled else 0)
    return _update(store, name, action, actor, disabled=disabled, session_epoch=epoch)


def set_role(store: Store, name: str, role: str, *, actor: str) -> dict[str, Any]:
    _check_role(role)
    return _update(store, name, "user_update", actor, role=role)
