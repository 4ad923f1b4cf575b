"""Session 47 (round 39), review2: a second reading of round 38's code.

Three defects the round's cues opened, each shown by the reviewer's own sentences:
a transcript's report frame cut away from the pitch it reports (``stance._spoken``), a shill's
bare 他的微信 read as someone else's number told in a report (``stance._DESCRIBED``), and
体检都不用做 no longer the seller's "not even" (``silence._NEGATE_AFTER``).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # a viewer telling of a host's pitch, unpunctuated: the frame 主播说 reaches past 啊
        "昨天刷直播有个主播说焊工证不用考试啊交一千八直接拿证啊我差点信了后来一查全是骗人的",
        "我同事跟我讲他表弟找人办了个电工证说不用考啊三天就下证啊结果单位查出来是假的被辞退了",
    ],
)
def test_a_spoken_report_keeps_its_frame_across_particles(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the host quoting the warning, then turning to its own offer: still the sale
        "有人讲不用考试的焊工证都是假的哈宝子们我们家的就是免考的证官网可查想要的私我",
        "宝子们焊工证不用考哈我们家直接出证呀价格美丽哦想要的私我",
    ],
)
def test_a_host_turning_to_its_own_offer_still_fires(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith("CS-")}


@pytest.mark.parametrize(
    "text",
    [
        "我表哥做这行的，焊工证免考，她的电话 13912345678",
        "我朋友在做这个，电工证不用考试直接拿证，他的微信 dg7788",
    ],
)
def test_a_shill_handing_over_his_number_still_fires(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith("CS-")}


@pytest.mark.parametrize(
    "text",
    [
        "被坑了，有人说叉车证免考，交了八百就没影了，他的微信 cc-31，大家当心",
        "有个中介说焊工证不用考，我没信，他的微信 hg22，大家别上当",
    ],
)
def test_a_victim_telling_the_scammers_number_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_the_check_not_even_done_is_the_sale(det) -> None:
    assert "CS-201" in rule_ids(det, "健康证 体检都不用做 当天出证 加微 jk22", ALL)
    assert "CS-201" in rule_ids(det, "食品健康证 体检也不用做 两天出证 私聊", ALL)
    assert not rule_ids(det, "健康证需本人到医院体检，体检合格后一周内出证", ALL)


def test_a_past_years_paper_shared_is_no_leak(det) -> None:
    assert not rule_ids(det, "我手里有原题的电子版，是去年的真题，可以免费分享给大家复习", ALL)
    # the seller's own leak, even beside a past paper, with its call
    assert "EF-109" in rule_ids(det, "我手里有原题 去年真题也有 考前发你 加v kt_3321", ALL)
