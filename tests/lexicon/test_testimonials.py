"""Shill testimonials (issue 9, fourteenth shift): a "customer" tells how a certificate, a diploma
or a pass came by paying someone, then hands the reader on to the broker. The referral
(stance_referral, lexicon.stance._REFERRAL_GAP) makes the story the pitch; a paid-for diploma
breaks the graduate's-chat exception. Sentences written for this test, in the project's own words."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL

SHILLS = [
    # a diploma bought, the broker handed on in the next sentence
    "前年我托一位老师办了个本科毕业证，花了一万出头，学信网上查得到，现在已经入职了。"
    "想要的朋友找这个老师就行，电话 13766201948，报我名字",
    "我姐学历不够，花钱找人弄了个大专证，学信网能查。要办的留言，我把老师的微信发你",
    # a certificate without an exam, the contact "placed" for the reader
    "跟大伙说一下，登高证我没考就拿到手了，上网查得到，交了一千五。\n老师微信我贴在评论区了，说是阿强介绍的有优惠",
    # a guaranteed-pass class praised, then the referral
    "这个包过班是真的，我同事去年报的，考前发了原题，轻松拿证。想报的私我，我给你推荐班主任",
]

GENUINE = [
    # the writer's own study, own certificate; no broker, no one handed on
    "前年我在夜大读了三年拿到本科毕业证，学信网上查得到，现在已经入职新公司了",
    "登高证我考了两次才过，理论靠刷题，实操跟着教练练，大家有问题可以在帖子下面问",
    # a victim who was handed on by a shill: the broker's contact sent to the writer, not the reader
    "群里有个人说她的本科是花钱办的，学信网能查，还把那个老师的微信推给我，结果交了钱就被拉黑了",
    # a guide quoting the shill's script
    "识别托儿的办法：帖子末尾写着“就说是我介绍的”“老师微信放下面了”，多半是一伙人在引流",
    # a lawful school's public number after a pass
    "在市技工学校学了一个月，电工证考过了，学校的报名电话官网上都有",
]


@pytest.mark.parametrize("text", SHILLS)
def test_a_testimonial_that_hands_the_reader_on_is_an_offer(det, text: str) -> None:
    res = det.scan(text, packs=ALL)
    assert res.findings, text
    assert all(any(c.startswith("offer:引荐") for c in f.cues) for f in res.findings)


@pytest.mark.parametrize("text", GENUINE)
def test_own_experience_victims_and_guides_stay_silent(det, text: str) -> None:
    assert det.scan(text, packs=ALL).findings == [], text


def test_the_referral_reads_past_the_sentence_and_names_itself() -> None:
    from lexicon.stance import StanceReader, referral
    from tests.lexicon.lexicon_once import fresh_lexicon

    lex = fresh_lexicon()
    sets = {ts.name: (ts.weight, ts.terms) for ts in lex.sets.values() if ts.role == "stance"}
    story = "去年同事介绍了个老师，交了八千拿到了大专证。有一样需要的找这个老师"
    a = story.index("大专证")
    plain = StanceReader(sets).judge(story, a, a + 3, [])
    told = StanceReader(sets, referral(lex)).judge(story, a, a + 3, [])
    assert plain.verdict != "offer"
    assert told.verdict == "offer" and "offer:引荐(找这个老师)" in told.cues
    # a strong report word keeps a report a report, referral or not
    news = "警方通报，嫌疑人交了八千拿到了大专证。有一样需要的找这个老师"
    b = news.index("大专证")
    assert StanceReader(sets, referral(lex)).judge(news, b, b + 3, []).verdict == "report"
