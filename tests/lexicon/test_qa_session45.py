"""Session 45, helper "qa": community Q&A threads (百度知道, 知乎, 贴吧, 小红书评论区, 悟空问答) -- answerers
who are sellers (网友回复：已私信你; 热心网友：v在昵称; 要联系方式的私我), and the lawful text of the same
pages (honest answers that deny, 知乎 answers that quote what such ads write, the lawful route named
before an office, a thread where an honest answer sits below a seller's).

Sentences written for this test, not taken from the held-out set (holdout126).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the post label is the answerer's own, not someone the writer quotes
        "叉车证去哪里考最快？\n网友回答：已私信你，免考，直接出证，官网可查",
        "求问高处作业证能不能不考？\n热心网友：能，不用考，v在昵称",
        "问：焊工证真的能买吗？\n答：能，我这边就办，不用考，私你了",
        # the referral voice: the story, then the contact offered to whoever asks
        "我表姐也是找人办的叉车证，没去考，十天就到了，需要联系方式的私我",
    ],
)
def test_a_seller_answering_in_a_thread_is_an_offer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


def test_a_reported_reply_is_still_a_report(det) -> None:
    # mid-sentence, 有网友回复 is someone the writer quotes
    text = "记者在帖子下看到，有网友回复：不用培训，直接拿证，全国联网可查，已私你"
    assert not rule_ids(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证网上说能直接买靠谱吗？\n答：不靠谱，特种作业证必须经培训考核合格才发，没有哪家能让你不考就拿证",
        "问：二建有保过班吗？\n答：不能信，考试全国统一组织，所谓保过班都是噱头",
        "知乎回答：这种帖子通常写“不用考 包查询 加V”，点进去就是一个假查询网站",
        "问：高压电工证怎么考？\n答：正规渠道是报名应急管理局认可的培训机构，培训合格再考试",
        "问：制冷证可以花钱直接拿吗？\n答：不能，必须参加培训和考试，花钱买的证查不到",
    ],
)
def test_honest_answers_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text)


def test_an_honest_answer_below_a_seller_is_not_flagged(det) -> None:
    text = (
        "问：电工证可以不考直接拿吗？\n"
        "答1：可以，我们这里免考直接拿证，可查，加微信 dgz_8866\n"
        "答2：楼上是卖假证的，正规的证必须参加培训和考试，别信"
    )
    findings = det.scan_page(text=text, packs=ALL).findings
    assert "CS-001" in {f.rule_id for f in findings}
    second = text.index("答2：")
    # no finding lies wholly in the honest answer (its 卖假证 is an accusation)
    assert not [f for f in findings if f.start >= second]


def test_the_sellers_channel_is_not_an_insiders_exam_help(det) -> None:
    text = (
        "追问：能不能不考试？\n网友回复：能，我这有渠道，登高证两千五一本，官网能查，QQ 3456 7812"
    )
    cats = categories(det, text, ALL)
    assert "certificate_sale" in cats
    assert "exam_fraud" not in cats
    assert "fake_certificate" not in cats
