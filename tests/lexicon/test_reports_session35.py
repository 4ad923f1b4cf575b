"""Reports of the trade (session 35, reports, holdout66): news, court findings, police bulletins,
warnings and victims' posts that give a training ad's promise or a forger's offer word for word.
The writer shows the ad as an exhibit (涉案广告：…, 短信内容如下：…, 广告词是：…), points back at the
words just given (……，这是他们的原话 / ……——这样的小广告…), names a price quoted to it (该男子报价：…),
names someone else's number (该团伙的联系方式为 …), notes its source after the sentence
(……。（摘自涉案机构招生简章）), tells the refund refused (退费遭拒) or the seller
gone (交了定金就失联了), or a headline investigates (“……”的背后). The seller who disowns other
people's fakes (别信外面那些假证，我们代办的…) still offers.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import re

import pytest

from lexicon.frames import SHOWN
from lexicon.stance import _described_contact
from tests.lexicon.scanning import ALL, CERTS, TRAINING, categories


@pytest.mark.parametrize(
    "text",
    [
        # the ad shown as an exhibit, its number and all
        "涉案广告：低压电工证不用考，包拿证，微信 dg_7781。",
        "短信内容如下：焊工证、登高证免考办理，可查，详询 137 4410 2268。",
        "广告词是：制冷证不用考，五天拿证。",
        "该帖子原文：叉车证免考直接拿，全国可查，电话 186 0021 7745。",
        # the writer points back at the words it just gave
        "包过，不过全额退，这是招生人员的原话。",
        "焊工证免考拿证，五天出证——这样的小广告贴满了公交站。",
        "不用考试、一周出证、网上能查，这就是办证广告的典型说辞。",
        # a price named to the reporter
        "那名男子随即报价：毕业证六百，学位证九百，加急另收三百。",
        # someone else's number named as a fact of the story
        "该团伙的联系方式为 135 2290 6618，对外宣称能办理各类证书，不用考试。",
        "她留下的电话是 139 0412 7756，说不过退费，如今已经打不通了。",
        # a victim's post: the seller gone with the money
        "避雷！这个号码 137 6620 1145 说叉车证一周出证，交了定金就失联了。",
        # a headline: the refund refused, the story behind the slogan
        "考不过全额退款？多名学员退费遭拒",
        "“高压电工证三天出证”的背后",
        # an excerpt, its source noted after the sentence
        "一建协议班签约包过，不过全额退费，报名电话 137 3301 2289。（节选自被告人发布的广告）",
        "“押题班”学费九千八，不过退费。（摘自涉事机构的招生简章）",
        # a warning's plain verdict
        "别买网上那些假证，证书只能通过考试取得，代办的都无效。",
    ],
)
def test_reports_that_show_the_ad_are_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a seller's own number (我的, 咨询的) is no one else's
        "我的微信是 zs_4471，焊工证包拿证，不用考试，需要的私聊。",
        "咨询的电话是 158 2231 9904，焊工证不用考试，包拿证。",
        # a seller's own slogan keeps its 我们
        "电工证不用考试，三天出证，这是我们的口号，报名加微信 dg_1107。",
    ],
)
def test_a_sellers_own_number_and_slogan_still_offer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "别信外面那些假证，我们代办的职称证书官网能查，不用评审，两周出证，需要的私聊。",
        "不是假证，会计证书代办，学信网能查，不用考试，加微信 kj_7720。",
    ],
)
def test_a_seller_disowning_fakes_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, CERTS)


def test_news_phrase_in_a_training_ad_still_offers(det) -> None:
    text = "据了解今年二建题目变难，本校冲刺班签协议包过，考不过全额退，报名电话 0551-6620 3317。"
    assert "guarantee_promise" in categories(det, text, TRAINING)


def test_shown_labels() -> None:
    for label in ("涉案广告：", "短信内容如下：", "广告词是：", "该帖子原文：", "上述短信："):
        assert SHOWN.fullmatch(label), label
    # a classified site's bare field label and a seller's heading are no exhibit
    for label in ("广告内容：", "联系方式：", "新课发布："):
        assert not SHOWN.fullmatch(label), label


def test_described_contact() -> None:
    def at(text: str) -> bool:
        m = re.search(r"\d", text)
        assert m
        return _described_contact(text, 0, m.start())

    assert at("该团伙的联系方式为 137 0000 1111")
    assert at("对方微信号为 1234567")
    assert at("他留下的电话是 186 0000 2222")
    assert not at("我的电话是 186 0000 2222")
    assert not at("咨询的电话是 186 0000 2222")
    assert not at("联系电话：186 0000 2222")
