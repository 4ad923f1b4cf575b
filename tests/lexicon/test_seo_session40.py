"""SEO pages and search bait (session 40, helper seo, holdout84).

Sellers write for the search engine: doorway titles stuffed with city and certificate names, tag
clouds, an FAQ that asks the buyer's question and answers it in the seller's voice (…能拿吗？——能),
a Q&A site's chosen answer (最佳答案：能，我这边…), and a call to the shop's customer service
(添加客服). The same result pages hold lists of what other people searched (大家还在搜, 相关搜索,
热门搜索) that sell nothing, and guides that ask how to tell a fake (…怎么查真假 电工证…).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.context import _PIVOT
from lexicon.stance import _ANSWER_LABEL
from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不去考场也可以拿吗？——可以，两周左右。添加客服 hg_kf01",
        "电工证人不到场能拿吗？—能，资料发来就行。加客服微信 dg-2323",
        "制冷证不考试能下吗？～能，十五天。添加客服微信：zl_8080",
    ],
)
def test_a_seller_answering_its_own_question_after_a_dash_is_an_offer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不去考场也可以拿吗？——不可以，必须本人参加考试。",
        "电工证人不到场能拿吗？——不能，理论和实操都要本人考。",
    ],
)
def test_the_same_question_answered_no_stays_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


def test_the_dash_answer_is_a_turn_only_after_a_question_mark() -> None:
    assert _PIVOT.search("能拿吗？——能，加我") is not None
    assert _PIVOT.search("能拿吗？——能，加我").group("answer") is not None
    # a dash alone (no question before it) opens no answer
    turn = _PIVOT.search("电工证——能")
    assert turn is None or turn.group("answer") is None


@pytest.mark.parametrize(
    "text",
    [
        "百度知道：登高证不考能拿吗？最佳答案：能，我们就能办，本人不用去，加我微信 dg-7171",
        "问答：高压电工证不用培训能拿吗？推荐答案：可以，我这边直接出，私我",
    ],
)
def test_a_chosen_answer_in_the_seller_s_voice_is_an_offer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


def test_a_chosen_answer_that_denies_stays_silent(det) -> None:
    text = "百度知道：登高证不考能拿吗？最佳答案：不能，没有考试合格就不会发证。"
    assert rule_ids(det, text, ALL) == set()


def test_the_chosen_answer_is_a_label() -> None:
    assert _ANSWER_LABEL.match("最佳答案：能") is not None
    assert _ANSWER_LABEL.match("推荐回答：可以") is not None
    assert _ANSWER_LABEL.match("答案解析：本题选B") is None


@pytest.mark.parametrize(
    "text",
    [
        "大家还在搜：电工证代办 焊工证免考 登高证速成 高压电工证网上查询",
        "相关搜索：焊工证免考 电工证代办 制冷证复审流程 登高证报名时间",
        "热门搜索：登高证代办 电工证免考 焊工证查询",
        "其他人还搜了：焊工证代办多少钱 电工证免考是真的吗",
        # the queries' own weak offer words (定做, 报名) do not tip the list
        "其他人还搜了：毕业证制作 学位证定做 学信网可查学历",
        "大家都在搜：教资报名时间 教资报名条件 一建包过班是真的吗",
    ],
)
def test_a_list_of_what_others_searched_is_not_an_offer(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "相关搜索：电工证代办 焊工证免考 | 在线咨询微信 dz_6060",
        "热门搜索：登高证代办 焊工证免考 客服QQ 3322 1144",
        "相关搜索：健康证代办 健康证不用体检 当天出证 添加客服 jk_5151",
    ],
)
def test_a_seller_s_tag_list_with_its_call_is_still_an_offer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "相关搜索：登高证多少钱 登高证怎么查真假 登高证复审",
        "真假焊工证如何区分？先到官方平台输入编号查询",
    ],
)
def test_a_question_of_true_or_false_is_no_named_fake(det, text: str) -> None:
    assert "FC-004" not in rule_ids(det, text, ALL)


def test_a_named_fake_with_a_seller_s_boast_still_fires(det) -> None:
    text = "假焊工证 仿得像 老板都看不出真假 加V hz-9090"
    assert "FC-004" in rule_ids(det, text, DEFAULT)


def test_the_exam_stage_handed_over_with_days_to_the_paper_is_a_sale(det) -> None:
    text = "登高证 身份证发来 考试环节不用您操心 一个月拿证 私聊"
    assert "CS-007" in rule_ids(det, text, DEFAULT)


def test_a_school_that_only_arranges_the_exam_stays_silent(det) -> None:
    text = "报名登高证培训，考试的事不用你操心，学校统一安排考试时间，考试合格后发证"
    assert "CS-007" not in rule_ids(det, text, ALL)
