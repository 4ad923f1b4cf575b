"""No adsweep crawl runs Scrapy 2.19's remote-control HTTP server.

Scrapy 2.19 added ``RemoteControl``, on by default: every crawl process imports aiohttp, listens
on a port of 127.0.0.1 with an ``/execute`` endpoint that runs any Python code sent to it, and
writes its port and token to a job file under ``~/.local/state/scrapy/job_files`` (a crawl
killed with SIGKILL leaves the file behind). adsweep's settings say nothing listens on a port
during a crawl (``TELNETCONSOLE_ENABLED = False``); ``REMOTE_CONTROL_ENABLED = False`` keeps it so.
The profiling of the slow tests found it: each of the suite's hundreds of crawl processes started
that server (Scrapy still imports the module to read its priority). These tests pin the setting where the CLI reads it
(``crawlers.settings``, through the project settings) without starting a crawl. The file has no
detector sentences: it was written for this setting.
"""

from __future__ import annotations

import pytest


def test_the_settings_module_turns_remote_control_off() -> None:
    from crawlers import settings

    assert settings.REMOTE_CONTROL_ENABLED is False


def test_the_project_settings_the_cli_reads_turn_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from scrapy.utils.project import get_project_settings

    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    assert get_project_settings().getbool("REMOTE_CONTROL_ENABLED") is False


def test_no_crawl_loads_the_remote_control_extension(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not in the extension list, so never built: off even if ``-s REMOTE_CONTROL_ENABLED=true``."""
    from scrapy.utils.conf import build_component_list
    from scrapy.utils.project import get_project_settings

    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawlers.settings")
    settings = get_project_settings()
    loaded = build_component_list(settings.getwithbase("EXTENSIONS"))
    assert "crawlers.progress.ProgressExtension" in loaded
    assert not [e for e in loaded if "remote_control" in str(e)], loaded
