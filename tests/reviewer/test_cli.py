"""``adsweep users`` and ``adsweep serve`` as a user runs them.

The account commands run through the CLI's ``main`` in this process (a subprocess spends four
seconds importing Scrapy for the other commands); ``serve`` runs as a real subprocess.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from types import SimpleNamespace

import httpx
import pytest

from crawlers.cli import main
from tests.conftest import ROOT

CHEAP = {"REVIEWER_ARGON2_TIME_COST": "1", "REVIEWER_ARGON2_MEMORY_KIB": "1024"}


@pytest.fixture
def cli(monkeypatch, capsys):
    """``cli(*args, input=...)`` → (exit code, stdout, stderr) of ``adsweep`` in-process."""
    for k, v in CHEAP.items():
        monkeypatch.setenv(k, v)

    def run(*args: str, input: str = "") -> SimpleNamespace:
        monkeypatch.setattr(sys, "stdin", io.StringIO(input))
        code = main(list(args))
        out = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out.out, stderr=out.err)

    return run


def test_serve_refuses_to_start_without_an_account(tmp_path, cli, monkeypatch):
    monkeypatch.setenv("REVIEWER_SECRET_FILE", str(tmp_path / "k"))
    r = cli("serve", "--store", f"sqlite:///{tmp_path / 's.db'}", "--port", "0")
    assert r.returncode == 2
    assert "还没有任何账号" in r.stderr and "adsweep users add" in r.stderr


def test_users_add_list_passwd_disable(tmp_path, cli):
    store = f"sqlite:///{tmp_path / 's.db'}"
    add = cli(
        "users", "add", "zhao", "--role", "supervisor", "--store", store, input="s3cret-pass\n"
    )
    assert add.returncode == 0, add.stderr
    assert "已新增账号 zhao（审核主管）" in add.stdout
    again = cli("users", "add", "zhao", "--store", store, input="s3cret-pass\n")
    assert again.returncode == 2 and "已存在" in again.stderr
    short = cli("users", "add", "qian", "--store", store, input="short\n")
    assert short.returncode == 2 and "至少需要 8 个字符" in short.stderr
    bad_role = cli("users", "add", "sun", "--role", "boss", "--store", store, input="x" * 9)
    assert bad_role.returncode == 2
    assert cli("users", "passwd", "zhao", "--store", store, input="other-pass-9\n").returncode == 0
    assert cli("users", "disable", "zhao", "--store", store).returncode == 0
    listed = cli("users", "list", "--store", store)
    assert listed.stdout.split("\t")[:4] == ["zhao", "supervisor", "审核主管", "已停用"]
    from pipelines.store import open_store

    with open_store(store) as s:
        actions = [e["action"] for e in s.query_audit()]
        assert actions == ["user_disable", "user_passwd", "user_add"]
        assert s.query_audit()[0]["actor"].startswith("cli")


def test_serve_answers_on_the_printed_address(tmp_path, cli):
    store = f"sqlite:///{tmp_path / 's.db'}"
    cli("users", "add", "zhao", "--store", store, input="s3cret-pass\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REVIEWER_SECRET_FILE": str(tmp_path / "k")}
    with subprocess.Popen(
        [sys.executable, "-m", "crawlers", "serve", "--store", store, "--port", "0"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as proc:  # fmt: skip
        try:
            line = proc.stdout.readline()
            assert line.startswith("审核系统 (reviewer): http://127.0.0.1:"), line
            url = line.split()[2]
            r = httpx.get(url + "login", timeout=10)
            assert r.status_code == 200 and "审核系统登录" in r.text
            assert (tmp_path / "k").stat().st_mode & 0o777 == 0o600
        finally:
            proc.terminate()
            proc.wait(20)


def test_hits_triage_and_export_with_filters_and_columns(tmp_path, cli):
    from pipelines.store import open_store
    from tests.reviewer.fixture_store import build_fixture
    from tests.reviewer.helpers import TEST_PASSWORDS

    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as s:
        build_fixture(s, tmp_path / "ev", passwords=TEST_PASSWORDS)
        todo = s.count_hits(host="peixun.test", status="new")
    no_filter = cli("hits", "triage", "--set", "confirmed", "--by", "lisi", "--store", url)
    assert no_filter.returncode == 2 and "至少给出一个筛选条件" in no_filter.stderr
    no_reason = cli("hits", "triage", "--host", "peixun.test", "--set", "rejected", "--by",
                    "lisi", "--store", url)  # fmt: skip
    assert no_reason.returncode == 2 and "须选择原因" in no_reason.stderr
    ghost = cli("hits", "triage", "--host", "peixun.test", "--set", "confirmed", "--by", "x",
                "--store", url)  # fmt: skip
    assert ghost.returncode == 2 and "不存在" in ghost.stderr
    dry = cli("hits", "triage", "--filter", "host=peixun.test&status=new", "--set", "rejected",
              "--reason", "lawful_training", "--by", "lisi", "--dry-run", "--store", url)  # fmt: skip
    assert f"将有 {todo} 条" in dry.stdout
    done = cli("hits", "triage", "--filter", "host=peixun.test&status=new", "--set", "rejected",
               "--reason", "lawful_training", "--note", "正规机构", "--by", "lisi",
               "--store", url)  # fmt: skip
    assert done.returncode == 0 and f"已将 {todo} 条" in done.stdout
    with open_store(url) as s:
        assert s.count_hits(host="peixun.test", status="rejected") == todo
        entries = s.query_audit(actor="lisi", action=["status", "bulk_status"], limit=50)
        assert entries[0]["action"] == "bulk_status" and entries[0]["detail"]["changed"] == todo
        assert entries[1]["detail"]["reason"] == "lawful_training"
    out = cli("hits", "export", "--format", "csv", "--rule", "EF-001,EF-002", "--platform",
              "拼多多", "--columns", "id,platform,status,findings_summary", "--store", url)  # fmt: skip
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "id,platform,status,findings_summary" and len(lines) >= 3
    assert all(",拼多多," in ln and "EF-00" in ln for ln in lines[1:])
    bad = cli("hits", "export", "--columns", "id,password", "--store", url)
    assert bad.returncode == 2 and "未知的列" in bad.stderr
    js = cli("hits", "export", "--q", "叉车证", "--columns", "title", "--store", url)
    assert js.stdout.strip() == '{"title": "叉车证 人不用到场 一周出证"}'
    packs = cli("hits", "export", "--pack", "training-ads", "--columns", "host", "--store", url)
    assert packs.stdout.strip() == '{"host": "gongkao.test"}'
