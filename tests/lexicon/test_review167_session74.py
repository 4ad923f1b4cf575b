"""Session 74, review167: second reading of fresh (session 73).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor
``test_fresh_session73.py``).

fresh added three readings; each is read again here in every pack run:

* toned pinyin folds to the plain letters (``normalize._tables``): the finding's span must still
  cover the toned characters the reviewer sees, on the short (dict) and the page (array) path;
  accented names and words (Nguyễn, résumé, Zhāng lǎoshī) beside a paper's name stay silent;
* gk / gaokong before 证 / 本 is 高空 (``normalize._LATIN_PAPERS``): gk is also 高考's and 国考's
  initials, so 高考证件照, gk本一线, gk证明材料, gk本岗位 must stay silent;
* ``stance._SKIPS_EXAM`` (a buyer who will not sit the exam and calls on a channel is no plain
  buyer). Its negative lookahead (考试挂科, 考试时, 考了) sat after an optional 试 / 证 the regex
  engine gave back: 不想考试挂科 matched as 不想考 + 试, and a learner asking for study help with
  有办法 / 有渠道 fired CS-001 / CS-201. The learner's lines are pinned silent here.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- the tone fold keeps the span on the toned characters ----------------------------------------

_TONED_SELLER = "hàn gōng zhèng 不去考点 十天出 官网能查 私我"
_PAD = "今天天气不错，大家注意防暑降温。\n" * 30  # past the short path: the page's table array


@pytest.mark.parametrize("page", [_TONED_SELLER, _PAD + _TONED_SELLER + "\n" + _PAD])
def test_toned_pinyin_span_covers_the_toned_characters(det: Any, page: str) -> None:
    findings = det.scan_page(text=page, packs=DEFAULT).findings
    assert findings, "the toned seller should fire in the default pack"
    at = page.index("hàn")
    for f in findings:
        assert page[f.start : f.end] == f.matched
    assert any(f.start == at and f.matched.startswith("hàn gōng zhèng") for f in findings)


_TONED_LAWFUL = [
    "Nguyễn Văn Hùng 持有焊工证，在工厂做维修，已工作三年",
    "法语课：résumé 就是简历，简历里写清你的电工证和工作经历",
    "注音：电工证（diàngōngzhèng），由应急管理部门考核发证，须本人参加考试",
    "拼音课：特种作业操作证读作 tèzhǒng zuòyè cāozuò zhèng，考试合格才发",
    "Zhāng lǎoshī 教焊工实操，学员考焊工证须本人到考点",
    "导游 Lǐ Míng 的高空作业证在有效期内，单位已经核验过",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TONED_LAWFUL)
def test_accented_words_beside_a_paper_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_TONED_SELLERS = [
    "diàngōngzhèng 免考 包拿 可查 v我",
    "chā chē zhèng 不用考 直接出 可查 私聊",
    "Gāo Kōng Zuò Yè Zhèng 免考 可查 私我",
]


@pytest.mark.parametrize("text", _TONED_SELLERS)
def test_toned_sellers_written_otherwise_still_fire(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


#: Tone marks typed as combining characters (a + U+0300): missed in session 74 (the mark, a
#: separator between two letters, was kept as a space: dia n); session 75 (seller2) drops the
#: mark inside the run, so the pinyin reads as the composed one (test_seller2_session75.py).
def test_decomposed_tone_marks_read_as_pinyin(det: Any) -> None:
    assert_sells(
        det,
        unicodedata.normalize("NFD", "diàn gōng zhèng 免考 十天拿 能查 私我"),
        ANY_RULE,
        DEFAULT,
    )


# -- gk: 高空 before 证 / 本, but also 高考 and 国考 ---------------------------------------------------

_GK_LAWFUL = [
    "gk证件照要求白底，拍照三十元一次，工作室在学校门口",
    "gk证件照 包过审 当天出 加v预约",
    "gk本一线多少分？今年分数线出来了吗",
    "gk本岗位要求本科以上学历，专业不限",
    "gk证明材料下周一前交到班主任那里",
    "gk本轮报名已截止，请考生关注准考证打印时间",
    "港口gk证件办理须本人携带身份证到窗口",
    "gk证 考不过的别慌 明年再考 本人报名",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _GK_LAWFUL)
def test_gk_as_gaokao_or_guokao_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_GK_SELLERS = [
    "gk证 包过 不用到场 能查 加v",
    "gk本 不用考 三天出 官网可查 私我",
    "出gk证 免考试 可查 v",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _GK_SELLERS)
def test_gk_sellers_fire_with_the_special_pack(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


# -- _SKIPS_EXAM: the learner's 不想考试挂科 is no skipped exam ------------------------------------

#: A learner asking for study help, the 不想考… a sigh about the exam (failing it, the nerves, the
#: moment) and the 有办法 / 有渠道 about the help. Fired CS-001 (default) and CS-201 (certificates)
#: on the unchanged code: the lookahead that keeps 考试挂科 / 考试时 out was read after 考 alone.
_LEARNERS = [
    "求个高处作业证的学习资料，不想考试挂科，有办法的说下",
    "求个焊工证的真题，不想考试时手忙脚乱，有渠道买正版书的推荐下",
    "求个电工证 不想考试的时候紧张 有办法的说说",
    "求个叉车证的教练，不想考试前心慌，有办法的说说",
    "求个电工证的学习方法，太难了不想考试了，有办法的说说",
    "求个叉车证的学习搭子，一个人不想考试了，有办法互相督促的来",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LEARNERS)
def test_learners_sighing_about_the_exam_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: Lawful lines with fresh's words that were silent and must stay so: a reporter and the police
#: quoting the buyer, a Q&A that answers no, job seekers, a learner's way to the exam hall.
_LAWFUL_TWINS = [
    "记者在论坛看到有人发帖：求个电工证，不想考，有渠道的来，随后有人私信报价",
    "警方提醒：有人在网上发帖“收个焊工证 不想考 能查的”，这类交易属违法",
    "网友问：求个电工证，不想考，有渠道吗？答：没有，必须本人参加考试",
    "不想考了，有门路介绍工作的来，本人有电工证",
    "求电工的活，有电工证，不想考别的证了，有门路介绍的来",
    "求个电工证的复习方法，不想考两次，有办法的说说",
    "求个焊工证培训名额，没空去考点排队，有办法提前预约的说下",
    "求个电工证复审的流程，没时间去考点，能查到复审时间吗",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_TWINS)
def test_lawful_twins_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: The buyers fresh meant, written otherwise, and sellers posing as buyers: still read. The first
#: two have 不想考试 / 没空去考试 with the 试 the fix must still take.
_BUYERS_AND_POSERS = [
    "急求焊工证 不想考试 能查就行 v我",
    "求个制冷证，没空去考试，有渠道的私",
    "收个高处作业证 没时间考证 有门路的来",
    "求带，不想考，价格好说，我这也能出电工证",
    "收电工证 不想考 有渠道的来 我这边也有货 可代办",
]


@pytest.mark.parametrize("text", _BUYERS_AND_POSERS)
def test_buyers_who_skip_the_exam_and_posers_still_fire(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


#: The buyer's plea answered in the same thread by a refusal still fires on the plea: the project
#: reads a thread's offer the same way when a reply warns against it (电工证 不用考 能查 私我 ⏎
#: 回复：别信) and a buyer asking for the 免考 paper (求购电工证 免考的 有的私) was read so before
#: fresh; the plea on the page calls on sellers whatever the reply says.
@pytest.mark.parametrize(
    "text",
    [
        "求个电工证，不想考，有渠道的来\n回复：没有渠道，必须本人考，别信",
        "楼主：收个焊工证 没空去考 能查的私\n2楼：别想了，焊工证必须本人考",
    ],
)
def test_answered_plea_still_fires_on_the_plea(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, DEFAULT)


#: The trade of the fix: 不想考试了 is the learner's 不想考了 (fresh's sigh, kept out), so a buyer
#: who writes it before a channel is no longer read in the certificates pack (CS-201 fired there
#: on c3198dab only through the given-back 试; the default pack was silent before and after).
#: The learner's 太难了不想考试了，有办法的说说 (above) is what the same words mostly say.
@pytest.mark.xfail(strict=True, reason="still missed (issue 9, session 74, review167)")
@pytest.mark.parametrize(
    "text", ["求个电工证 不想考试了 有渠道的来", "求个电工证 不想考了 有渠道的来"]
)
def test_buyer_who_no_longer_wants_the_exam_still_missed(det: Any, text: str) -> None:
    assert_sells(det, text, ANY_RULE, CERTS)
