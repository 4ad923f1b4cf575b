"""Session 72, review145: the second reading of review142 (GP-006's backing vetoed by the lawful
route to the paper: 合格后 / 通过后 / 考过后 / 考完) and GP-103's employer reading (who speaks is the
one who sells the course). Sentences written for this file (not from any held-out set, the corpus
nor the rules' fixtures).

- (a) sellers hiding behind review142's route vetoes: the reassurance (考试全包 / 考试不用愁 / 考试
  稳稳的) and the route (考完当月拿证, 通过后直接寄证) end on a bare private contact (私聊, 加v, v信同号)
  with no enrolment or teaching word; and sellers found already, kept so.
- (b) schools, learners, offices, the news: the same route words with the enrolment (报名, 咨询,
  预约), 考试的事 / 摆平 / 兜着 / 躺平 / 稳稳的 / 不用管 / 帮你查 in lawful talk, complaints and reports.
- (c) GP-103 (training-ads): a school naming the workshop it works with (某职校与车间合作 / 我校与车间
  合作) still sells the retake; an employer's own notice (公司通知 / 单位通知) pays its worker's retake.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: (a) Sellers behind the route vetoes: found with the default pack on.
_SELLERS = [
    # GP-006 silent on the unchanged code (review142's route vetoes)
    "焊工证考试全包，考完当月拿证，私聊",
    "电工证考试不用愁，考完当月拿证，私聊",
    "登高证考试稳稳的，考完就拿证，私我",
    "叉车证考试全包，通过后直接寄证，加v",
    "焊工证考试不用愁，合格后当月出证，v信同号",
    "制冷证考试你放心，考过后直接下证，vx同号",
    # found on the unchanged code already: kept so
    "焊工证考试不用愁，考完直接拿证不用去，私",
    "电工证考试我们包，合格后证寄到家，v信同号",
    "焊工证考试不用愁，考试通过后当月拿证，包过，私",
]

#: Still missed (strict): the OCR's lines read as sentences, GP-006 passes review145's reading but
#: the stance finds no offer cue on the promise's own line (needs_offer:0/2), as in wepack2's
#: 高压电工证⏎考试不用愁⏎当月出证⏎私我.
_SELLERS_MISSED = [
    "焊工证考试全包\n考完当月拿证\n私聊",
]

#: (b) Schools, learners, offices, the news: silent in every pack run.
_LAWFUL = [
    # the route with the enrolment or the teaching beside the contact
    "焊工证考试不用愁，考完20天出证，私信咨询",
    "电工证考试你放心，合格后统一下证，v信报名",
    "叉车证考试不用愁，考试通过后由考点发证，私聊预约试听",
    "登高证考试稳稳的，考完20天出证，加我微信报名",
    "电工证考试不用愁了，考完当月就拿证了，私聊交流",
    # found by the second reading: the teaching word after the contact (GP-006 fired on the first fix)
    "焊工证考试不用愁，合格后拿证，加我微信了解课程",
    "叉车证考试全包，考完20天出证，私聊问老师",
    # 考试的事 in lawful talk
    "电工证考试的事请咨询考点",
    "焊工证考试的事我们不参与，请以考点通知为准",
    "电工证考试的事以应急管理局通知为准",
    "焊工证考试的事我们负责通知，报名电话13812345678",
    # 摆平 / 兜着 / 躺平 in complaints and reports
    "他说焊工证考试的事他们摆平，结果被骗了三千",
    "记者调查：对方称电工证考试的事他们摆平，交钱就行",
    "有人说电工证考试的事给你摆平，千万别信，都是骗子",
    "中介说焊工证考试我们兜着，我交了钱人就联系不上了",
    "电工证考试你躺平就行？别信这种话，考试必须本人参加",
    "学员吐槽：说好考试这块躺平就行，结果证是假的",
    # 稳稳的 / 不用管 in schools' notices
    "我校电工证考试通过率稳稳的，报名电话13812345678",
    "焊工证考试稳稳的，老师一对一辅导，报名电话13812345678",
    "电工证考试不用管报名流程，学校统一办理，电话13812345678",
    # a friend's help
    "焊工证考试的事交给我吧，我帮你问问考点",
    "电工证考试交给我，我帮你打听一下报名时间",
]

#: (c) A school naming the workshop it works with: GP-103 fires in the training runs.
_RETAKE_SELLERS = [
    "某职校与车间合作：电工证没过补考费我们出，报名电话13912345678",
    "我校与车间合作：电工证没过补考费我们出，报名电话13912345678",
    "技校与车间合作：焊工证没过补考费我们出，报名电话13912345678",
    "本校与车间合作：电工证没过补考费我们出，报名电话13912345678",
    # fired on the unchanged code: kept so
    "公司合作班：电工证没过补考费我们出，报名电话13912345678",
    "公司通知：电工证培训班招生，没过补考费我们出，报名电话13912345678",
    "职校联合车间开班：电工证没过补考费我们出，报名电话13912345678",
]

#: (c) An employer paying its own worker's retake: silent in every pack run.
_EMPLOYERS = [
    "公司通知：电工证没过补考费我们出，补考本人参加，联系人张工13912345678",
    "单位通知：电工证没过补考费我们出，补考本人参加，联系人张工13912345678",
    # silent on the unchanged code: kept so
    "车间通知：与职校合作培训，电工证没过补考费我们出，报名找班组长",
    "本公司与职校合作：电工证没过补考费公司出，报名找人事",
    "公司通知：焊工证复审没过的，补考费我们出，名单报人事",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_behind_the_route_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="no offer cue on the OCR line of the promise (write-up)")
@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_MISSED)
def test_ocr_seller_behind_the_route_still_missed(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_schools_learners_and_reports_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _RETAKE_SELLERS)
def test_school_naming_the_workshop_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-103", packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EMPLOYERS)
def test_employer_paying_the_retake_is_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
