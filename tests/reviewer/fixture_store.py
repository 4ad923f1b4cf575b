"""The reviewer's fixture store: hits made by the real detector from listings written here.

One seller (WeChat ``wang-zj888``) advertises on three platforms (a case across platforms and
hosts); a training school, a look-alike portal, an exam-cheating shop and a spread of ordinary
listings fill the queue; some hits are already triaged (confirmed, rejected with reasons,
escalated, assigned) so rule quality, the dashboard and the audit log have something to show.
One hit carries real evidence (WARC, screenshot, text) captured by the evidence pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lexicon import get_detector
from pipelines.hitbuild import build_hit
from pipelines.items import PageItem
from pipelines.store.base import Store

__all__ = ["ACCOUNTS", "CASE_WECHAT", "PASSWORD", "TRAINING_TITLE", "build_fixture", "listing"]

#: Every fixture account has this password.
PASSWORD = "correct-horse-1"
#: name → role
ACCOUNTS = {"guanli": "admin", "wangzhu": "supervisor", "zhangsan": "reviewer", "lisi": "reviewer"}
#: The one listing found by the training-ads pack (a civil-service exam course).
TRAINING_TITLE = "公考面试协议班 不过退费"
#: The seller that links listings on three platforms.
CASE_WECHAT = "wang-zj888"

#: A real 2×2 PNG (red), so the screenshot is an image a browser decodes.
PNG_2x2 = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000020000000208020000"
    "00fdd49a730000001249444154789c63f8cfc0f01f848186c1100000"
    "55c30bf50000000049454e44ae426082"
)

_CASE = [
    (
        "淘宝",
        "item.taobao.test",
        "老王证件代办",
        None,
        "低压电工证代办 不用考试 三天出证",
        f"低压电工证代办，不用考试，三天出证，全国通用，微信 {CASE_WECHAT}",
    ),
    (
        "淘宝",
        "item.taobao.test",
        "老王证件代办",
        None,
        "焊工证免考直接拿证",
        f"焊工证免考直接拿证，本人不用到场，加微信 {CASE_WECHAT} 咨询",
    ),
    (
        "淘宝",
        "item.taobao.test",
        "老王证件代办",
        None,
        "高处作业证 免培训 直接出证",
        f"高处作业证 免培训 直接出证 官网可查 vx：{CASE_WECHAT}",
    ),
    (
        "闲鱼",
        "2.xianyu.test",
        None,
        "老王",
        "电工证 代办 包过",
        f"转让名额 电工证代办 包过 不用考试 微信 {CASE_WECHAT}",
    ),
    (
        "闲鱼",
        "2.xianyu.test",
        None,
        "老王",
        "叉车证 人不用到场 一周出证",
        f"叉车证，人不用到场，一周出证，微信 {CASE_WECHAT}",
    ),
    (
        "58同城",
        "bj.58.test",
        None,
        "王先生",
        "各类操作证加急办理",
        f"各类操作证 加急办理 不用考试 直接拿证 电话 13912345678 微信 {CASE_WECHAT}",
    ),
]

_OTHERS = [
    (
        "培训网站",
        "peixun.test",
        "速通职业培训",
        None,
        "低压电工包过班",
        "低压电工包过班 1980 元，不过退款，签协议。电话 18800132266",
    ),
    (
        "培训网站",
        "peixun.test",
        "速通职业培训",
        None,
        "焊工速成班 零基础包过",
        "熔化焊接与热切割速成班，零基础包过，15 天拿证。电话 18800132266",
    ),
    (
        "培训网站",
        "peixun.test",
        "速通职业培训",
        None,
        "应急管理局指定培训机构",
        "应急管理局指定 电工证培训 政府认证 正规报名 电话 18800132266",
    ),
    (
        "仿冒网站",
        "cx-mem-gov.test",
        None,
        None,
        "特种作业操作证及安全生产知识和管理能力考核合格信息查询平台",
        "特种作业操作证查询 请输入证书编号 查询结果：有效 高仿证件 扫码可查",
    ),
    (
        "拼多多",
        "mobile.pdd.test",
        "考试助手",
        None,
        "电工证考试协助 代考 包过",
        "电工证 焊工证 考试协助 代考 包过 考场有人 QQ 123456789",
    ),
    (
        "拼多多",
        "mobile.pdd.test",
        "考试助手",
        None,
        "低压电工考试 答案同步 耳机",
        "低压电工考试 答案同步 耳机 考场内部安排 QQ 123456789",
    ),
]

_PHRASES = [
    "电工证代办 不用考试 直接拿证",
    "焊工证 包过 不过退款",
    "登高证 免考 当天出证",
    "制冷证 代办 全国通用 可查",
    "高压电工证 免培训 包过",
    "特种作业操作证 高仿 带钢印 扫码可查",
    "电工证 包拿证 人不用到场",
    "焊工证代考 枪手 考场内部安排",
]
_PLATFORMS = [("淘宝", "item.taobao.test"), ("闲鱼", "2.xianyu.test"), ("拼多多", "mobile.pdd.test"),
              ("58同城", "bj.58.test")]  # fmt: skip


def listing(n: int, platform: str, host: str, shop: str | None, seller: str | None, title: str,
            text: str, day: int = 20, run_id: str = "run-a",
            packs: tuple[str, ...] | None = None) -> PageItem:  # fmt: skip
    """A detected listing page (the detector runs on its text and title)."""
    url = f"http://{host}/item/{n}.html"
    scan = get_detector().scan_page(text=text, title=title, url=url, packs=packs)
    item = PageItem(
        url=url, title=title, text=text, platform=platform, shop=shop, seller=seller,
        status=200, headers={"Content-Type": "text/html; charset=utf-8"},
        body=f"<html><title>{title}</title><body>{text}</body></html>".encode(),
        request_headers={"User-Agent": "adsweep-test"}, scan=scan,
        fetched_at=f"2026-11-{day:02d}T{8 + n % 10:02d}:{n % 60:02d}:00Z", run_id=run_id,
    )  # fmt: skip
    item.hit = build_hit(item)  # as the detect pipeline leaves it
    return item


def _items() -> list[PageItem]:
    items = []
    for n, row in enumerate(_CASE + _OTHERS):
        items.append(listing(n, *row, day=18 + n % 5))
    for k in range(28):
        platform, host = _PLATFORMS[k % 4]
        phrase = _PHRASES[k % len(_PHRASES)]
        items.append(listing(100 + k, platform, host, f"店铺{k % 5}", None, f"{phrase} {k}号",
                             f"{phrase}，欢迎咨询。编号 {k}", day=15 + k % 8,
                             run_id="run-a" if k % 2 else "run-b"))  # fmt: skip
    # A civil-service course scanned with the training-ads pack too (the pack facet's other value).
    items.append(listing(200, "培训网站", "gongkao.test", "上岸公考", None, TRAINING_TITLE,
                         "公务员考试面试协议班，不过全额退费，押题资料内部提供，电话 13600001111",
                         packs=("special-ops", "training-ads")))  # fmt: skip
    return items


def _capture(items: list[PageItem], evidence_dir: Path) -> None:
    """Real evidence for the first listing (WARC record, screenshot, text, manifest entry)."""
    from scrapy.utils.test import get_crawler

    from crawlers.settings_docs import adsweep_defaults
    from pipelines.evidence.pipeline import EvidencePipeline

    crawler = get_crawler(settings_dict={**adsweep_defaults(), "EVIDENCE_DIR": str(evidence_dir),
                                         "ADSWEEP_RUN_ID": "run-a"})  # fmt: skip
    crawler.stats.open_spider()
    pipe = EvidencePipeline.from_crawler(crawler)
    pipe.open_spider()
    items[0].screenshot = PNG_2x2
    pipe.process_item(items[0])
    pipe.close_spider()
    assert items[0].hit.evidence.get("screenshot"), "the fixture's first hit has evidence"


def _triage(store: Store, ids: list[str]) -> None:
    """Decisions a team would have made already (rule quality and the audit log read them)."""
    at = "2026-11-21T09:{:02d}:00Z"
    for k, hid in enumerate(ids[12:17]):
        store.set_status(hid, "confirmed", actor="zhangsan", at=at.format(k))
    reasons = ["lawful_training", "lawful_training", "job_requirement", "unrelated_word"]
    for k, hid in enumerate(ids[17:21]):
        store.set_status(hid, "rejected", actor="lisi", reason=reasons[k],
                         note=f"说明 {k}", at=at.format(10 + k))  # fmt: skip
    store.set_status(ids[21], "escalated", actor="zhangsan", note="疑似伪造证件团伙")
    for hid in ids[22:25]:
        store.assign(hid, "lisi", actor="wangzhu")


def build_fixture(store: Store, evidence_dir: Path, *, passwords: Any) -> list[str]:
    """Fill ``store``: runs, hits (ids returned in insertion order), triage, accounts."""
    items = _items()
    _capture(items, evidence_dir)
    hits = [i.hit for i in items if i.hit is not None]
    assert len(hits) == len(items), "every fixture listing must be a hit"
    store.upsert_hits(hits)
    for rid, day, pages in (("run-a", 20, 120), ("run-b", 22, 80)):
        store.start_run({"id": rid, "started_at": f"2026-11-{day}T08:00:00Z", "target": "fixture",
                         "platform": "多平台", "status": "running"})  # fmt: skip
        store.finish_run(rid, status="finished", finished_at=f"2026-11-{day}T08:20:00Z",
                         stop_reason="finished", pages=pages, hits=len(hits) // 2,
                         errors=1 if rid == "run-b" else 0)  # fmt: skip
    for name, role in ACCOUNTS.items():
        store.put_user({"name": name, "role": role,
                        "password_hash": passwords.hash(PASSWORD)})  # fmt: skip
    ids = [h.id for h in hits]
    _triage(store, ids)
    store.refresh()
    return ids
