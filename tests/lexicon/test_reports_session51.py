"""Session 51, reports: reports of the certificates and training-ads packs' own trades read with
all three packs on (holdout159 measures them). Sentences written for this file (not the
holdout159 lines).

- A verdict that judges the lines above it as fake or a scam (以上说法均系虚假宣传; 经鉴定，上述
  证书均系伪造; 这些说法都是骗局) makes them an excerpt even when they are plain, unquoted lines,
  and it may be the next sentence of the same line (``frames._JUDGED_NOTE``, ``frames.note_after``).
- An exhibit already framed (以下为涉案广告原文：, 附件：…) and judged after the ad: the verdict
  weighs as a second frame over the shop's words the exhibit carries (本店, 货到付款;
  ``stance``).
- The words of an ad the writer came across, introduced without a colon (看到一则广告，上面写着…;
  收到一条短信，称…), or after a bare 写 with its place named (商品标题里写：…), are that ad's
  (``frames._FRAME``, ``frames._INSCRIBED``).
- Sellers keep firing: a negated or questioned verdict, one in the seller's own first person,
  and a call to those who saw the ad are no verdict or frame.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, TRAINING, categories

# --- 1. plain lines judged by the line after them ---

JUDGED = [
    "常见的办证广告大致如下：\n硕士学位证原版制作，学信网可查。\n不用入学考试，一个月拿证。\n以上说法均系虚假宣传，切勿上当。",
    "近期流传的几种招生话术：\n协议班保过，考不过退全款。\n老师有内部押题资源。\n经调查，上述话术均为虚假承诺。",
    "街头小广告常写：\n驾驶证不用考，直接下证。\n房产证加急办理，可验真。\n这些说法全是骗局，市民切勿相信。",
    "有人在群里发：健康证不用体检，当天拿证，加我。这种消息看到就举报，全是骗子。",
]


@pytest.mark.parametrize("text", JUDGED)
@pytest.mark.parametrize("packs", [ALL, CERTS, TRAINING], ids=["all", "certs", "training"])
def test_lines_judged_fake_after_them_are_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


# --- 2. a framed exhibit judged after the ad ---

EXHIBITS = [
    "附件三：涉案网店的商品介绍\n本店专业承接学历证书制作，钢印清晰，网上可查，支持货到付款。\n经鉴定，上述证书均系伪造。",
    "以下是涉案账号发布的原文：\n本公司代办各类证件，驾驶证、房产证均可，质量保证，全国包邮。\n经查，上述证件全系伪造。",
]


@pytest.mark.parametrize("text", EXHIBITS)
@pytest.mark.parametrize("packs", [ALL, CERTS], ids=["all", "certs"])
def test_a_framed_exhibit_judged_after_the_ad_is_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


# --- 3. an ad the writer came across, without a colon ---

SEEN = [
    "老陈在电线杆上看到一张小广告，上面写着焊工证不用考试直接拿，打电话过去对方要他先交定金。",
    "小吴刷到一条视频，里面说是教资包过，不过退钱，她报名交了三千元，最后没过也没退。",
    "刘女士收到一条短信，称花五百元就能办健康证，不用体检，转账后对方就失联了。",
    # the place named before a bare 写 (标题里写：)
    "不少店铺在商品标题里写：毕业证 定做 学信可查 三天发货，售价只要几百元。",
]


@pytest.mark.parametrize("text", SEEN)
@pytest.mark.parametrize("packs", [ALL, CERTS, TRAINING], ids=["all", "certs", "training"])
def test_an_ad_someone_came_across_is_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


# --- 4. sellers still fire ---

SELLERS = [
    # a verdict negated
    "学位证毕业证一比一 学信网可查\n钢印齐全 五天出货\n这些都不是假的，放心找我 加v xw_3344",
    # the seller's own excuse, not a verdict
    "叉车证焊工证免考直接拿证 系统可查 加v cc_5566\n以上证件均可办理，不是骗局，欢迎咨询",
    # a call on the readers who saw the ad
    "看到这条广告的朋友，电工证不用考试直接拿证，微信 dg_7788",
    # a verdict on others in the seller's first person
    "驾驶证免考下证 全国可查\n网上那些说法都是骗人的，我们这里先验后付 私我",
    # the shop's own listing title, a call in it
    "商品标题里写：叉车证 免考 直接拿证 加v cc_9090",
    # a question, no verdict
    "健康证不用体检 当天出证 加v jk_1212\n以上说法都是骗人的？老客户都知道我们的证能查",
]


@pytest.mark.parametrize("text", SELLERS)
def test_sellers_beside_a_verdict_still_fire(det, text: str) -> None:
    assert categories(det, text, ALL)
