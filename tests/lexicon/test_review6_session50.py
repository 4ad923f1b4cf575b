"""Session 50, review6: a second reading of session 49's lexicon code. Sentences written for this
file (none taken from a held-out set or the real corpus); each test names the defect it pins.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids

#: The rules that read a seller's own offer of a paper without the exam (CS-001, CS-201).
_OFFER_RULES = {"CS-001", "CS-201"}


# stance._TELL_ME read the seller's own call as the asker's plea to be told: 在线等 matched 在线等你
# (the seller's "waiting for you"), and a know-word matched the reader who does not know yet
# (想了解的, 不懂的, 不清楚的 … 私信告诉我), so the seller's number after its hook was dropped.
@pytest.mark.parametrize(
    "text",
    [
        "叉车证不参加考试也能拿证吗？全国联网可查 微信 cc_7070 客服在线等你",
        "电工证不用考试就能拿到吗？网上可查，电话 137 2222 3333，老师在线等您",
        "焊工证不用考试就能拿证吗？想了解的私信告诉我 微信 hg_5151",
        "登高证不去考场也能拿证吗？不懂的直接告诉我 微信 dg_9090",
        "电工证不用考就能到手吗？不了解流程的朋友可以私信告诉我，v：dg_3434",
    ],
)
def test_a_sellers_call_after_its_hook_is_no_askers_plea(det, text: str) -> None:
    assert rule_ids(det, text, ALL) & _OFFER_RULES


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不考试真能拿到吗？我微信 hg_1212，在线等，急",
        "登高证考前有人发答案吗？我QQ 3049581726 在线等！",
        "电工证能花钱直接买吗？我电话 136 8888 1111，了解的告诉我一声",
        "叉车证不考能拿到吗？我微信 cc_4545 有知道的朋友说一下",
    ],
)
def test_an_askers_plea_to_be_told_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# EF-128's exception 求 (a buyer's 求原题) was one character: it held for the seller's own call
# 有需求的 / 要求, so the hook answered by its contact went silent.
@pytest.mark.parametrize(
    "text",
    [
        "想要焊工证考前一晚的原题吗？有需求的加v hg_6060",
        "考前一天的电工证答案，想要吗？有这个需求的私我",
        "想要登高证考前一晚的原题吗？私我，有要求尽管提",
    ],
)
def test_a_sellers_need_word_does_not_excuse_its_hook(det, text: str) -> None:
    assert "EF-128" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "求考前一晚的焊工证原题，我想要，微信 hg_2323",
        "跪求电工证考前一天的答案，想要的不止我一个",
    ],
)
def test_a_buyers_plea_for_the_paper_still_excuses_ef128(det, text: str) -> None:
    assert "EF-128" not in rule_ids(det, text, ALL)


# context.negation_before read the 不想 inside the wish asked A-not-A (想不想要) as a denial of what
# follows it, so EF-128's own hook 想不想要 + the night-before paper went silent as negated.
@pytest.mark.parametrize(
    "text",
    [
        "想不想要考前一晚的焊工证原题？私我",
        "想不想要电工证考前一天的答案？加v dg_8181",
    ],
)
def test_the_wish_asked_a_not_a_is_no_denial(det, text: str) -> None:
    assert "EF-128" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我不想要考前一晚的原题，只想自己认真复习",
        "想不想考前一晚拿到焊工证原题？别做梦了，这都是骗局",
    ],
)
def test_a_learners_no_and_a_warning_stay_silent(det, text: str) -> None:
    assert "EF-128" not in rule_ids(det, text, ALL)


# context._NEG_NEAR's standing refusal (不提供代办，代考，…) reached over a comma from a refusal of
# the forgery alone: the seller's stock reassurance 不做假证， then its offer (包过拿证, 免考直接拿)
# read as one more item refused, and every rule on the offer went silent.
@pytest.mark.parametrize(
    "text",
    [
        "叉车证 我们不做假证，包过拿证 微信 cc_9898",
        "电工证报名 不接假证，免考直接拿证 私我 dg_7676",
    ],
)
def test_a_refusal_of_the_forgery_alone_does_not_deny_the_offer_after_it(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "本校郑重声明：不提供代办，代考，包过等服务，请通过正规渠道报名考试",
        "我们拒绝假证，拒绝代考，请认准官方考试渠道",
        "本单位不认可假证，代办证件一律不予录用",
    ],
)
def test_a_standing_refusal_list_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# CS-225 and EF-128 (session 49's new rules) listed warning words (谨防, 骗子, 骗局, 所谓, 严禁 …) as
# plain exceptions: a seller's own header 谨防骗子！ before its pitch excused it, where the silencing
# stage reads such a word and finds the seller's turn after it (认准我们 … 加v).
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("谨防骗子！登高证到期不用重新考 带旧证 三天换新证 手机 139 3344 5566", "CS-225"),
        ("谨防骗子，认准我们！电工证过期了不用再考 旧证寄过来 五天出新证 微信 dg_2929", "CS-225"),
        ("谨防骗子！想要焊工证考前一晚的原题吗？加v hg_4747", "EF-128"),
    ],
)
def test_a_sellers_own_warning_header_does_not_excuse_its_pitch(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "警方提醒：所谓“证书到期不用重新考，寄旧证五天出新证”都是骗局，请到发证机关办理",
        "谨防诈骗：有人在网上兜售“考前一晚的原题”，想要的考生千万别信",
    ],
)
def test_a_warning_about_the_pitch_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()
