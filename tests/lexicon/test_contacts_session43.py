"""Session 43, helper "contacts": ways to reach a seller the contact stage did not read.

An e-mail address, a bare number ending a keyword line, the last digits of a phone, an 800
hotline, WeChat called 绿色软件, and pointers to the avatar, nickname, signature or the QR code in
the picture count as the seller's contact; the same shapes in a regulator's, a school's, a news or
a job text do not make an offer. Sentences written for this test, not taken from the held-out set.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import categories, rule_ids


def _cues(det, text: str, word: str) -> tuple[str, ...]:
    at = text.index(word)
    return det._stance.judge(text, at, at + len(word), []).cues


@pytest.mark.parametrize(
    ("text", "word", "cue"),
    [
        ("司炉证 免考 资料发 sl_zheng88@126.com", "司炉证", "offer:邮箱"),
        ("电焊证 不用去考 网上能查 3344 5566 77", "电焊证", "offer:句末号码"),
        ("熔化焊证 免培训 认准尾号5521 张工", "熔化焊证", "offer:尾号"),
        ("架子工证 不用考试 服务热线 800-720-3311", "架子工证", "offer:座机/热线"),
        ("司炉证 不考试 见我签名", "司炉证", "offer:见我签名"),
        ("电焊证 直接拿 微信同上", "电焊证", "offer:微信同上"),
        ("中专毕业证 学信可查 二维码在图上", "毕业证", "offer:二维码在图上"),
        ("电焊证 免考 要的踢我", "电焊证", "offer:踢我"),
    ],
)
def test_the_other_ways_to_reach_a_seller_are_read(det, text: str, word: str, cue: str) -> None:
    assert cue in _cues(det, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an office's e-mail, one for reports or CVs
        ("免考电焊证的广告请截图发至 tip@ajj.example.gov.cn", "电焊证"),
        ("发现代办司炉证的线索，请发邮件至 clue@example.com 举报", "司炉证"),
        ("持电焊证优先 简历请发 job@factory.example.com", "电焊证"),
        # a date, a number a word names, a price
        ("电焊证 复审 20270611", "电焊证"),
        ("电焊证 证书编号 4455667788", "电焊证"),
        ("电焊证培训 1980", "电焊证"),
        # a redaction in a report
        ("嫌疑人赵某（手机尾号5521）出售电焊证", "电焊证"),
        ("被告人用尾号为5521的号码卖电焊证", "电焊证"),
    ],
)
def test_the_same_shapes_elsewhere_are_no_contact(det, text: str, word: str) -> None:
    cues = _cues(det, text, word)
    assert not {"offer:邮箱", "offer:句末号码", "offer:尾号"} & set(cues)


def test_a_report_word_inside_a_kept_offer_cue_is_not_read(det) -> None:
    # 看我昵称 holds 昵称 (masked for its 称): read as the call only, not as 称 (someone "said")
    cues = _cues(det, "中专毕业证 学信可查 看我昵称", "毕业证")
    assert "offer:看我昵称" in cues
    assert "report:称" not in cues


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("耳机传答案 绿色软件 ans_6612", "wechat", "ans_6612"),
        ("耳机传答案 绿色软件搜 ans_6612", "wechat", "ans_6612"),
    ],
)
def test_wechat_called_the_green_app_is_a_contact(text: str, kind: str, value: str) -> None:
    assert (kind, value) in {(c.kind, c.value) for c in extract_contacts(text)}


def test_the_green_app_in_a_warning_is_no_contact() -> None:
    assert extract_contacts("在绿色软件上卖答案的都是骗子，别信") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("中专毕业证 学信网能查 不用上课 看我签名", "certificate_sale"),
        ("电焊证 不用考试 资料发 dh_zheng77@126.com", "certificate_sale"),
        ("教资笔试 包过 不过退费 见我签名", "guarantee_promise"),
    ],
)
def test_offers_with_only_such_a_contact_are_flagged(det, text: str, category: str) -> None:
    assert category in categories(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "安监局提醒：凡是让你看他头像、看他签名办电焊证的，都是骗子，线索请拨打12350。",
        "电焊培训 考试由应急管理部门组织 合格发证 报名资料发 peixun@school.example.com",
        "法院查明，被告人孙某（手机尾号5521）在网上出售免考的电焊证，获利一万余元。",
        "电焊工具 焊帽 焊钳 全国联保 售后热线 800-720-3311",
        "招电焊工 持证上岗 电话 186****3321（点击查看）",
        "电焊证真伪查询：扫描证书上的二维码，或登录应急管理部官方查询平台输入证件号。",
    ],
)
def test_lawful_texts_with_the_same_shapes_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text) == set()
