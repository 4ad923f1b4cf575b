"""``adsweep demo`` ends in a running reviewer on the demo's hits, with a demo account."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import httpx
import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_demo_ends_serving_the_reviewer_until_ctrl_c(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REVIEWER_SECRET_FILE": str(tmp_path / "k")}
    env.pop("ADSWEEP_STORE", None)
    cmd = [sys.executable, "-m", "crawlers", "demo", "--store", f"sqlite:///{tmp_path / 'd.db'}",
           "--evidence-dir", str(tmp_path / "ev"), "--out", str(tmp_path / "out"),
           "--port", "0", "--reviewer-port", "0",
           "--render", "never", "--depth", "1"]  # fmt: skip
    err_path = tmp_path / "stderr.txt"
    with (
        open(err_path, "w") as err,
        subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=err, text=True
        ) as proc,
    ):
        try:
            lines = []
            for line in proc.stdout:
                lines.append(line)
                if "密码 (password)" in line:
                    break
            out = "".join(lines)
            found = re.search(r"审核系统 \(reviewer\): (http://127\.0\.0\.1:\d+/)", out)
            assert found, out + err_path.read_text()[-2000:]
            url = found.group(1)
            password = re.search(r"演示账号 \(demo account\): demo\s+密码 \(password\): (\S+)",
                                 out).group(1)  # fmt: skip
            with httpx.Client(base_url=url, timeout=30) as c:
                page = c.get("/login")
                token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
                r = c.post("/login", data={"name": "demo", "password": password,
                                           "csrf_token": token})  # fmt: skip
                assert r.status_code == 303
                queue = c.get("/queue?status=all")  # the demo reviewer has already triaged them
                assert queue.status_code == 200 and queue.text.count('class="hit-row"') >= 3
            proc.send_signal(signal.SIGINT)
            # Ctrl-C ends every command the same way: 130 and one line, no traceback.
            assert proc.wait(30) == 130
            tail = err_path.read_text()
            assert "已中断" in tail and "Traceback" not in tail, tail[-2000:]
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
