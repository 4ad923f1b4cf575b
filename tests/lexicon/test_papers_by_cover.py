"""Special-operations certificates named by their cover instead of 证 (session 32, books,
holdout49): sellers and workers write the trade or the operation and then the card (上岗卡, 操作卡,
IC卡), the qualification (操作资格, 上岗资格), the red booklet (小红本) or the booklet for the post
(上岗本本). ``cert_paper`` composes those names; its tails are everyday words, so a match is read
only on word boundaries and never where the text runs on into a word that takes the tail (卡住,
资格审查, 本人, 本周). CS-006 also reads the booklet handed over (拿本, 下本, 出本) beside a trade.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import SPECIAL, rule_ids

SALE = {"CS-001", "CS-002", "CS-003", "CS-004", "CS-005", "CS-006"}


@pytest.mark.parametrize(
    "text",
    [
        "司炉上岗卡 免考试 资料发我就行 电话 135 6620 1187",
        "塔吊操作资格 帮你办下来 人不用去考场",
        "要架子工小红本的 不考也能拿 私我",
        "危化品作业上岗资格代办 半月就好 加v wh_5512",
        "起重的本本没时间考？直接帮办 联系我",
        "登高IC卡 不用考试 直接办理 全国可查",
        "干电焊的 不用考 直接下本 有意加微 dh_3009",
    ],
)
def test_a_certificate_named_by_its_cover_is_sold(det, text: str) -> None:
    assert SALE & set(rule_ids(det, text, SPECIAL))


@pytest.mark.parametrize(
    "text",
    [
        # the tail belongs to the word after it
        "塔吊卡住不动了，不用考虑换件，师傅直接上门",
        "安全员资格审查材料不用本人送，单位统一提交",
        "起重资格认定不用考试的传言不实",
        # everyday cards, booklets and qualifications with no trade in front
        "笔记本和银行卡都丢了，补办要本人到场",
        "会员卡免费办理，本周到店即送",
        "报考资格审查通过后，考生本人打印准考证",
        # a worker's own booklet, and a lawful notice
        "我的焊工上岗卡快到期了，复审要带什么",
        "司炉作业培训结束后统一考试，合格的发放IC卡证书，可在网上查询",
    ],
)
def test_everyday_cards_and_lawful_text_are_no_sale(det, text: str) -> None:
    assert not SALE & set(rule_ids(det, text, SPECIAL))


def test_every_composed_name_has_a_tail_that_is_checked() -> None:
    lex = fresh_lexicon()
    ts = lex.sets["cert_paper"]
    tails = [tail for tail, _after in ts.runs_on]
    assert {"本", "卡", "资格"} <= set(tails)
    assert all(any(t.endswith(tail) for tail in tails) for t in ts.terms)
    # a resident's lift card and a shop's card are no operation's paper
    assert "电梯卡" not in ts.terms and "空调卡" not in ts.terms
