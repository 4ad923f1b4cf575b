"""Session 45, helper "victims": the buyers who were cheated, telling it -- complaint-platform
posts, 12315 complaints, rights threads, lawyer Q&A, chat screenshots of the scammer -- and the
sellers who pose as victims or as helpful ex-victims (被骗过的来找我, 后来在我这办的, 现在自己做
这行, 被骗了押题费？我们有真题).

Sentences written for this test, not taken from the held-out set (holdout121).
"""

from __future__ import annotations

import pytest

from lexicon.context import _CALLED, _PIVOT
from lexicon.stance import _described_contact
from tests.lexicon.scanning import ALL, SPECIAL, TRAINING, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the victims hailed as the seller's buyers (also with an evader's stars between)
        "学历被骗过的来找我，本科毕业证 学信网可查 先看图后付款 微信 bk-2468",
        "被⭐骗⭐过的来⭐找我，焊工证 免考 可查 微信 hg-7788",
        # the ex-victim turned seller, the shill's "later" shop
        "知道哪些是骗子，所以我自己做这行，焊工证 免考 包查 私聊",
        "办焊工证被骗了八百，后来在我这办的，不用考 半个月到手 可查，要的私我",
    ],
)
def test_a_seller_posing_as_a_victim_is_an_offer(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "四六级被骗了答案费？我们有真题 考前一小时发 不准全退 加我 vx cet-0101",
        "考研被骗了押题费？我们有真题，考前一天发，不对不要钱，加我 vx ky-2027",
    ],
)
def test_the_victims_question_answered_by_the_seller_is_an_offer(det, text: str) -> None:
    assert rule_ids(det, text, TRAINING) & {"EF-105", "EF-106"}


def test_the_victims_hail_is_read_right_after_the_warning_word() -> None:
    for tail in ("过的来找我", "过的看过来", "了别慌", "过的朋友们，", "过的同学注意了"):
        assert _CALLED.match(tail) is not None, tail
    for tail in ("了两千", "后我报了警", "的经过", "过的人很多"):
        assert _CALLED.match(tail) is None, tail
    assert _PIVOT.search("被骗了四百，后来在这里办的，不用体检", 2) is not None
    assert _PIVOT.search("知道哪些是骗子，现在自己做这行，", 2) is not None


@pytest.mark.parametrize(
    "text",
    [
        # complaints naming the scammer's number
        "【投诉】花了2600办电工证，说好不用考试当月拿证，对方微信号 dg-banzheng99，现在不回消息，请帮忙追回",
        "投诉：说好焊工证免考 官网可查，付了1500，骗子微信 hz-5656 已经把我拉黑",
        "被坑了？那个说叉车证免考的中介电话 139 0000 9999，已经跑路了",
        # a screenshot of the scammer's lines, labelled 他：
        "（聊天截图）他：焊工证 一千五 不用考 官网能查\n我：先付一半行吗\n他：全款\n——就是这个人骗了我",
        # the buyer's regret asked of a lawyer
        "问：我在网上找人代考了焊工证，现在后悔了，会有什么后果？答：代考属于组织考试作弊，可能构成犯罪。",
        "我找人代考了安全员C证，现在很后悔，证会被撤销吗？",
        # victims hailed by victims, the honest ex-victim, a warning under the same question
        "被骗过的朋友们，对方微信 bz-999 都是一个团伙，说电工证不用考 可查，大家一起去派出所报案",
        "去年办电工证被骗了两千，后来在这里报的名，老老实实上课考试，证是考下来的，大家别信免考",
        "被骗的工友注意了，那个说登高证不用考试 一千五一本的人已经被抓了",
        "考研被骗了押题费？记者调查发现，所谓押中真题都是骗局",
    ],
)
def test_a_victims_story_is_no_offer(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_the_scammers_number_is_described_not_offered() -> None:
    text = "钱转过去以后对方再也不回消息，对方微信号 hg-2020，请平台帮忙追回"
    assert _described_contact(text, 0, text.index("微信号"))
    own = "焊工证 免考 可查 我的微信 hg-2020"
    assert not _described_contact(own, 0, own.index("hg"))


def test_a_seller_hailing_victims_still_needs_to_sell(det) -> None:
    # the hail with no contact and no seller's call after it stays a warning
    assert not rule_ids(
        det, "被骗过的朋友，请保留好转账记录，到派出所报案，别再相信免考拿证", SPECIAL
    )
