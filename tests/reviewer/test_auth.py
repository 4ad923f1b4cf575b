"""Accounts, sessions, CSRF, roles and login rate limits, through httpx's ASGI client."""

from __future__ import annotations

import html
import re

import pytest

from tests.reviewer.helpers import PASSWORD, app_for, make_config

pytestmark = pytest.mark.anyio


async def test_login_page_is_chinese_and_locked_down(fx, client_for):
    c = client_for(app_for(fx))
    r = await c.get("/login")
    assert r.status_code == 200 and "审核系统登录" in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    assert (await c.get("/admin/users")).status_code == 303  # not signed in: to the login page


async def test_login_sets_a_locked_down_cookie_and_audits(fx, client_for):
    c = client_for(app_for(fx))
    bad = await c.login("zhangsan", "wrong-password")
    assert bad.status_code == 401 and "账号或密码不正确" in bad.text
    ok = await c.login("zhangsan")
    assert ok.status_code == 303
    cookie = next(v for k, v in ok.headers.multi_items() if k == "set-cookie"
                  and v.startswith("adsweep_session="))  # fmt: skip
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    audit = fx.store.query_audit(action=["login", "login_failed"])
    assert [(e["action"], e["actor"]) for e in audit[:2]] == [
        ("login", "zhangsan"), ("login_failed", "zhangsan")]  # fmt: skip
    assert audit[1]["detail"]["reason"] == "bad_password"


async def test_cookie_is_secure_behind_tls(fx, client_for):
    import httpx

    from reviewer.app import create_app

    app = create_app(fx.store, make_config(fx))
    c = client_for(app)
    c.http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                               base_url="https://testserver")  # fmt: skip
    r = await c.login("zhangsan")
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie"
                  and v.startswith("adsweep_session="))  # fmt: skip
    assert "Secure" in cookie


async def test_csrf_is_required_for_every_change(fx, client_for):
    c = client_for(app_for(fx))
    await c.login("guanli")
    assert (await c.get("/admin/users")).status_code == 200
    form = {"op": "add", "name": "mallory", "role": "admin", "password": "p" * 10}
    missing = await c.post("/admin/users", form, csrf=False)
    forged = await c.post("/admin/users", {**form, "csrf_token": "forged-token-0123456789"})
    cross = await c.post("/admin/users", form, headers={"Origin": "http://evil.test"})
    for r in (missing, forged, cross):
        assert (r.status_code == 403 and "操作未执行" in r.text) or "来源" in r.text
    assert fx.store.get_user("mallory") is None  # nothing half-written
    ok = await c.post("/admin/users", form)
    assert ok.status_code == 303 and fx.store.get_user("mallory")["role"] == "admin"
    entry = fx.store.query_audit(action="user_add")[0]
    assert entry["actor"] == "guanli" and "password_hash" not in entry["detail"]["after"]


async def test_a_reviewer_cannot_reach_an_admin_action(fx, client_for):
    c = client_for(app_for(fx))
    await c.login("zhangsan")
    page = await c.get("/admin/users")
    assert page.status_code == 403 and "需要系统管理员权限" in page.text and "审核员" in page.text
    r = await c.post("/admin/users", {"op": "role", "name": "zhangsan", "role": "admin"})
    assert r.status_code == 403 and fx.store.get_user("zhangsan")["role"] == "reviewer"
    js = await c.http.post("/admin/users", data={"op": "role", "name": "zhangsan",
                                                 "role": "admin", "csrf_token": c.csrf},
                           headers={"Accept": "application/json"})  # fmt: skip
    assert js.status_code == 403 and js.json()["error"]["status"] == 403


async def test_session_expires_when_idle_and_the_pending_action_is_kept(fx, client_for, clock):
    c = client_for(app_for(fx, clock, idle_minutes=30))
    await c.login("guanli")
    await c.get("/admin/users")
    clock.advance(31 * 60)
    page = await c.get("/admin/users")
    assert page.status_code == 303 and "expired=1" in page.headers["location"]
    r = await c.post("/admin/users", {"op": "role", "name": "lisi", "role": "supervisor"})
    assert r.status_code == 401 and "登录已过期" in r.text and "尚未执行" in r.text
    assert fx.store.get_user("lisi")["role"] == "reviewer"  # not applied, not half-applied
    assert "supervisor" in r.text  # the unsaved fields travel with the login form
    fields = {k: html.unescape(v) for k, v in re.findall(
        r'name="(resume_\w+|csrf_token)" value="([^"]*)"', r.text)}  # fmt: skip
    again = await c.post("/login", {"name": "guanli", "password": PASSWORD, **fields})
    assert again.status_code == 200 and "确认重新提交" in again.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', again.text).group(1)
    form = dict(re.findall(r'<input type="hidden" name="(op|name|role)" value="([^"]*)"',
                           again.text))  # fmt: skip
    assert form == {"op": "role", "name": "lisi", "role": "supervisor"}
    done = await c.post("/admin/users", {**form, "csrf_token": token})
    assert done.status_code == 303 and fx.store.get_user("lisi")["role"] == "supervisor"


async def test_session_has_an_absolute_lifetime(fx, client_for, clock):
    c = client_for(app_for(fx, clock, session_hours=2, idle_minutes=60))
    await c.login("zhangsan")
    for _ in range(5):  # active all the time, but the session still ends after two hours
        clock.advance(29 * 60)
        r = await c.get("/admin/users")
    assert r.status_code == 303 and "/login" in r.headers["location"]


async def test_password_change_and_disable_end_open_sessions(fx, client_for):
    app = app_for(fx)
    admin, user = client_for(app), client_for(app)
    await admin.login("guanli")
    await admin.get("/admin/users")
    await user.login("wangzhu")
    assert (await user.get("/")).status_code == 303
    r = await admin.post("/admin/users", {"op": "passwd", "name": "wangzhu",
                                          "password": "new-password-2"})  # fmt: skip
    assert r.status_code == 303
    assert "/login" in (await user.get("/admin/users")).headers["location"]
    assert (await user.login("wangzhu", PASSWORD)).status_code == 401
    assert (await user.login("wangzhu", "new-password-2")).status_code == 303
    await admin.post("/admin/users", {"op": "disable", "name": "wangzhu"})
    assert "/login" in (await user.get("/admin/users")).headers["location"]
    assert (await user.login("wangzhu", "new-password-2")).status_code == 401


async def test_login_attempts_are_limited_per_account(fx, client_for, clock):
    c = client_for(app_for(fx, clock, login_limit_account=3, login_window_minutes=10))
    for _ in range(3):
        assert (await c.login("lisi", "not-the-password")).status_code == 401
    blocked = await c.login("lisi")  # even the right password waits out the window
    assert blocked.status_code == 429 and "分钟后再试" in blocked.text
    assert int(blocked.headers["retry-after"]) > 0
    other = client_for(c.http._transport.app)
    assert (await other.login("zhangsan")).status_code == 303  # other accounts still may
    clock.advance(10 * 60 + 1)
    assert (await c.login("lisi")).status_code == 303
    reasons = [e["detail"]["reason"] for e in fx.store.query_audit(action="login_failed")]
    assert reasons.count("rate_limited") == 1 and reasons.count("bad_password") == 3


async def test_login_attempts_are_limited_per_address(fx, client_for, clock):
    c = client_for(app_for(fx, clock, login_limit_address=4, login_limit_account=100))
    for n in range(4):
        await c.login(f"guess{n}", "whatever-pass")
    assert (await c.login("zhangsan")).status_code == 429
    assert fx.store.query_audit(action="login")[:1] == []


async def test_unknown_and_disabled_accounts_get_the_same_answer(fx, client_for):
    c = client_for(app_for(fx))
    fx.store.update_user("lisi", disabled=True)
    a = await c.login("no-such-user", PASSWORD)
    b = await c.login("lisi", PASSWORD)
    assert a.status_code == b.status_code == 401
    assert "账号或密码不正确" in a.text and "账号或密码不正确" in b.text
