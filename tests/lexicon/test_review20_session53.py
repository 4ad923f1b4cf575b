"""Session 53, review20: a second reading of packs6's sanction words and the lead's
``silence._FEARLESS_BEFORE``. Sentences written for this file.

- A sanction warning word (按作弊处理, 被查处) the seller says it bears for the buyer (按作弊处理的
  风险我们担, 被查处我们兜底) warned of nothing, yet silenced the inside man and the pass promise
  of the same sentence.
- A study book the seller throws in (送辅导书, 附赠教材) was read as the goods of the ad (CS-001's
  and CS-002's ``$goods`` exception), so 直接出证 beside it went silent in the default pack.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "考场里有自己人，按作弊处理的风险我们来担，包过，加v ks_2281",
        "科目一有内部人员，按考试作弊处理我们兜底，保过 vx kt_7745",
        "焊工证考场安排好了，被查处的风险我方承担，包过拿证 微信 hg_3390",
    ],
)
def test_sanction_borne_by_seller_is_no_warning(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考场纪律：携带通讯工具进入考场按作弊处理，后果由考生自行承担。",
        "替考一经发现按作弊处理，由此产生的一切后果由本人承担。",
        "发现代考行为以作弊论处，相关风险由当事人自负。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_exam_rule_sanction_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "低压电工证 直接出证 送辅导书一本 加v dg_5512",
        "高处作业证 免考直接拿证 再赠送全套复习书 vx gc_8830",
        "焊工证不用考试直接发证，附赠教材，联系微信 hg_1207",
    ],
)
def test_book_given_away_beside_the_paper_excuses_nothing(det, text: str) -> None:
    """A book the seller throws in is no goods sold: the paper stays the thing offered, read by
    the pack's own certificate rules (not only the model)."""
    assert any(r.startswith("CS-") for r in rule_ids(det, text, DEFAULT))


@pytest.mark.parametrize(
    "text",
    [
        "电工证考试复习书 现货出售 买两本送一本 包邮",
        "报名低压电工培训班，赠送辅导书一套，考试由应急管理部门统一组织。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_book_sold_or_given_with_a_course_stays_silent(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "别怕举报，发现有人代考请拨打12345热线。",
        "有人觉得买假证不担心被查处，这种想法很危险。",
        "别以为花钱办证不怕被查，购买假证同样违法。",
        "考生以为不怕按作弊处理，找枪手代考被当场抓获。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_fearless_words_in_a_warning_stay_silent(det, text: str, packs: list[str]) -> None:
    """The lead's ``_FEARLESS_BEFORE`` drops the one warning word after 不怕; the belief the
    writer refutes (以为 / 觉得 …) and its report cues keep these silent."""
    assert not categories(det, text, packs)


def test_fearless_word_read_across_a_space(det) -> None:
    """Normalized text drops the space: 不怕 被查处 waves the threat away as 不怕被查处 does."""
    assert "guarantee_promise" in categories(det, "电工证 不怕 被查处 包过 加v dg_4410", DEFAULT)
