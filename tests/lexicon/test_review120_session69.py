"""Session 69 (review120): the second reading of lawful5's exam-first excuses.

Sentences written for this file (not from holdout238 nor any other held-out set, nor the rules'
fixtures), in poster, marketplace, chat and moments styles.

lawful5 excused a school's paper time counted from the exam (GP-002: 考完 / 考后 / 考试后 / 考过后 /
考试通过后 / 考试合格后 / 考核合格后 before 二十天拿证), a poster's examined title (CS-003: 考试合格发证)
and a school's own examined paper said to be checkable (FC-209, certificates pack: 考出来 / 统一考试 /
考完 / 考后 / 考试后 / 考过后), each broken only by its own list of the seller's words, and kept the
learned model off the excused candidate. Sellers who wear the same exam words and sell in words
those lists do not name (考试有人带, 过不了全退, 考过再付款, 考试走形式, 包你合格, 题目提前发, 跟考出来
的差不多, 不去考也照样发) were found by these rules before lawful5 and were silent after it. They are
found again where their pack runs; the school's lines with the same words (考场有人监考, 考不过可免费
补考一次, 教学质量有保障, 不保证通过, 考前发放模拟题, 证书费用考后再交, 本校不代办) stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    ANY_RULE,
    DEFAULT,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

#: Special-operations sellers behind the time counted from the exam: GP-002 fired on them before
#: lawful5 (``c761ce48``'s rules) and is the only finding of the default pack on most.
_GP002_SELLERS = [
    # the exam handled by someone else
    "制冷证考完二十天拿证，考试有人带，放心，私聊",
    "电工证考后二十天拿证，考试有人帮你，私我",
    "学员：考试难吗？\n老师：考完二十天拿证，考试有人带，不用担心，私聊",
    "电工证考完二十天拿证，考试我们安排，你只管来，私我",
    "焊工证考完二十天拿证，考试全程托管，私我",
    "高处作业证考试后二十天拿证，考试走形式，私我",
    "熔化焊考试通过后二十天拿证，露个面就行，私聊",
    # the pass promised in other words
    "登高证 考完二十天拿证 包你过 加v dg_2204",
    "电工证考过后二十天拿证，保证通过，电话 13957182203",
    "制冷证考完二十天拿证，保证拿证，v zl_2214",
    "电工证考完二十天拿证，稳拿证，私聊",
    "焊工证考完二十天拿证，包通过，加微信 hg_2216",
    "制冷证考试通过后二十天拿证，通过率百分百，私信",
    "焊工证考过后二十天拿证，通过率100%，私我",
    "登高证考完二十天拿证，考试有保障，私我",
    "叉车证考完二十天拿证，通过有保障，私我",
    # the refund or the fee hung on the result
    "焊工证考后二十天拿证，没过全额退，私我",
    "电工证考完二十天拿证，考不过全额退款，电话 13957182212",
    "登高证考完二十天拿证，挂科退款，私我",
    "焊工证考完二十天拿证，过不了不收费，加v hg_2205",
    "电工证考后二十天拿证，不过不要钱，私我",
    "学员：考不过怎么办？\n老师：考完二十天拿证，过不了全退，放心",
    "📣制冷证\n考试通过后二十天拿证\n过不了全退\n私我",
    "焊工证考完二十天拿证，考过再付款，私我",
    "电工证考过后再付款，二十天拿证，私我",
    "焊工证先考试后付款，考完二十天拿证，私我",
    "叉车证考试通过后再交费，二十天拿证，v cc_2234",
    "【电工证】考完二十天拿证 一次通过 先考试后付款 vx dg_2210",
    # the questions given before the exam
    "登高证考完二十天拿证，考题提前给，私聊",
    "制冷证考完二十天拿证，原题直接给，私我",
    "学员：我怕考不过\n老师：考试合格后二十天拿证，题目提前发你，放心，私我",
    # the exam spared in words the list lacks
    "高处作业证考完二十天拿证，不去考也发，私我",
    # written with the fix, in other styles
    "焊工证 考后二十天拿证 过不了全额退 v hg_4102",
    "朋友圈：登高证考完二十天拿证🎉考试有人帮，需要的滴滴",
    "商品：制冷证 考完二十天出证 包你考过 可查",
    "学员：要考试吗？\n老师：要考，考完二十天拿证，考题提前给你，放心",
    "电工证考试合格后二十天拿证，考试托管，拿证后付款，v dg_4106",
    "制冷证考试合格后二十天拿证，考试不用担心，我们有渠道，vx zl_2223",
    "叉车证考核合格后二十天拿证，内部渠道，稳稳的，私我",
]

#: Special-operations sellers behind a poster's 考试合格: CS-003 fired before lawful5.
_CS003_SELLERS = [
    "电工证考试合格发证，全国通用，官网可查，题目提前发，电话 13957182305",
    "登高证 考试合格发证 包你合格 官网可查 全国通用",
    "【焊工证】考试合格发证 官网可查 全国通用 不去考也能发 私信",
]

#: Sellers of the examined card's likeness or of a card with the exam skipped: FC-209 fired on
#: them in the certificates pack before lawful5.
_FC209_SELLERS = [
    "焊工证跟考出来的差不多，官网可查，加微信 hg_2403",
    "电工证和考出来的看不出区别，官网可查，私信",
    "焊工证和统一考试出来的一个样，官网可查，加微 hg_3201",
    "电工证跟考出来的区别不大，官网可查，私信",
    "电工证考完就发，不去考也照样发，官网可查，私信",
    "【焊工证】考完二十天拿证 考场有人帮 官网可查 v hg_3101",
]

#: Sellers whose words (签个字就行, 不需要考试, 不用到场) a school's line also holds (领证时签个字, 复审不需要
#: 考试, 领证不用到场): left out of the breakers, they stay found in the default pack by other rules.
_SOLD_BY_OTHERS = [
    "叉车证考完二十天拿证，人到场签个字就行，加v cc_2209",
    "电工证考完二十天拿证，不需要考试，私我",
    "【焊工证】考试合格发证 官网可查 全国通用 不用到场 私信",
    "电工证考完二十天拿证，考场有人带你过，私我",
]

#: A school's, an exam point's and a learner's lines with the same words: silent, model included.
_LAWFUL_QUIET = [
    "焊工证培训，考完二十天拿证，考场有人监考，严禁作弊，报名电话 0571-86331001",
    "焊工证培训，我们不保证通过，考完二十天左右拿证，报名电话 0571-86331006",
    "电工证培训，本校不承诺百分百通过，考完二十天拿证，电话 0571-86331007",
    "制冷证培训，考试合格后二十天拿证，考前发放模拟题和复习资料，电话 0571-86331008",
    "学员：考完多久拿证？\n老师：考完二十天左右拿证，考试要本人去，别信不去考也能拿的，私聊",
    "【电工证培训】考试合格发证 官网可查 全国通用 本校不代办 报名电话 0571-86332001",
    "低压电工培训 考试合格发证 官网可查 不包过 不承诺包你合格 电话 0571-86332003",
    "学员：你们的证和别人考出来的一样吗？\n老师：都是自己考出来的，一样能查，报名电话 0571-86333005",
    # written with the fix: each new breaker beside the school's, the police's or a reporter's words
    "焊工证培训，考完二十天拿证，老师提前发题库给大家练，电话 0571-86334009",
    "警方提醒：有人声称考完二十天拿证、考试有人带，都是骗局，特种作业证须本人参加考试",
    "记者调查：中介称考完二十天拿证，没过全额退，实为诈骗，已有多人被骗",
    "应急管理局提醒：考试合格后二十日内发证，凡是说包你过、考题提前发的都是虚假宣传",
    "低压电工培训：考试合格发证，官网可查，警惕所谓包你合格的中介，电话 0571-86334016",
    "焊工证自己考出来的，和同事考出来的一个样，都是应急管理部门发的，官网能查",
    "电工证考完二十天拿证，本人不到场的不予发证，报名电话 0571-86334018",
    "学员：你们的证和统一考试出来的差不多吗？\n老师：我们就是统一考试，证书官网可查，报名电话 0571-86334019",
]

#: The same, where the learned model alone has a finding in some pack run (left to it): no rule.
_LAWFUL_NO_RULE = [
    "电工证培训，考完二十天拿证，考不过可免费补考一次，报名电话 0571-86331002",
    "登高证培训班，考完二十天拿证，教学质量有保障，电话 0571-86331004",
    "登高证培训，考完二十天拿证，考前老师带着刷真题，电话 0571-86331009",
    "电工证培训，考试通过后二十天拿证，证书费用考后再交，电话 0571-86331010",
    "焊工证培训，考完二十天拿证，考场全程录像，有人监考，报名电话 0571-86331013",
    "叉车证培训，考完二十天拿证，考试无需到外地，本校就是考点，电话 0571-86331014",
    "电工证培训，考试通过后二十天拿证，考试由考点安排，报名电话 0571-86331015",
    "【焊工证培训】考试合格发证 官网可查 全国通用 考前发复习资料 电话 0571-86332002",
    "【登高证培训】考试合格发证 官网可查 全国通用 微信报名 dg_px2004",
    "考出来的电工证全国通用，不去官网也能在app上查，报名电话 0571-86333003",
    # written with the fix
    "电工证培训，实操有人带，考完二十天拿证，报名电话 0571-86334002",
    "制冷证培训，零基础只管来，考完二十天拿证，报名电话 0571-86334003",
    "叉车证培训，考完二十天拿证，领证时本人签个字即可，电话 0571-86334004",
    "登高证培训，考完二十天拿证，住宿我们安排，电话 0571-86334005",
    "电工证培训，考前老师帮你过一遍重点，考完二十天拿证，电话 0571-86334007",
    "电工证培训，考完二十天拿证，一次过不了全部科目的可以补考，电话 0571-86334008",
    "叉车证培训，考完二十天拿证，考试严格不走过场，电话 0571-86334010",
    "【电工证培训】考试合格发证 官网可查 全国通用 考试严格 绝不走过场 电话 0571-86334014",
]


@pytest.mark.parametrize("packs", [None, DEFAULT])
@pytest.mark.parametrize("text", _GP002_SELLERS)
def test_sellers_behind_the_time_after_exam_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-002", packs)


@pytest.mark.parametrize("text", _GP002_SELLERS)
def test_sellers_behind_the_time_after_exam_fire_in_all_packs(det, text: str) -> None:
    # with every pack on, an exam-fraud or sale finding may take the place of GP-002
    assert_sells(det, text, ANY_RULE, ALL)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _CS003_SELLERS)
def test_sellers_behind_the_examined_title_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-003", packs)


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _FC209_SELLERS)
def test_sellers_behind_the_examined_paper_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "FC-209", packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SOLD_BY_OTHERS)
def test_sellers_sharing_a_school_word_are_found_by_other_rules(
    det, text: str, packs: Packs
) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_QUIET)
def test_school_lines_with_the_same_words_stay_quiet(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_NO_RULE)
def test_school_lines_with_the_same_words_fire_no_rule(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
