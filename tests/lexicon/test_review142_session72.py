"""Session 72, review142: the second reading of wepack2 (GP-006's reassurance on the exam read by
what backs it, GP-103 silent on an employer paying its worker's retake). Sentences written for this
file (not from any held-out set, the corpus nor the rules' fixtures).

- (a) a school's reassurance resting on its teaching or on the lawful route to the paper in words
  wepack2's veto list did not have (模拟考过了再报, 理论实操我们都有场地, 考试合格后拿证, 考完20天出证,
  考试通过后当月拿证, 考点合格后统一下证): GP-006 read the contact or the paper after it as backing.
- (b) offices, the news and the court quoting the reassurance, fee lists written other ways: silent
  on the unchanged code, kept so.
- (c) employers who are really sellers, schools wearing the employer's words (GP-103).
- (d) sellers one step from wepack2's words: 考试这块你躺平就行, 考试的事我们摆平, 考试稳稳的,
  考试交给我们兜着, 考试不用管, in chat, poster, OCR, transcript and traditional characters.
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

#: (d) Sellers one step from wepack2's words: found with the default pack on.
_SELLERS = [
    # chat
    "焊工证考试这块你躺平就行，私聊",
    "电工证考试的事我们摆平，私聊",
    "叉车证考试稳稳的，当月拿证，私聊",
    "登高证考试交给我们兜着，私聊",
    "焊工证考试不用管，加v详谈",
    "电工证考试的事交给我们摆平，私聊",
    "焊工证考试这关你躺平就行，当月拿证，私聊",
    "登高证考试我们兜着，当月拿证，电话13912345678",
    # poster, OCR, transcript, traditional characters
    "【焊工证】考试这块躺平就行 当月出证 v信同号",
    "制冷证\n考试稳稳的\n当月拿证\nvx zl_2231",
    "嗯那个电工证嘛考试的事我们给你摆平的你加我微信就行",
    "焊工證考試這塊你躺平就行，私聊",
    # found on the unchanged code already: kept so
    "高压电工证 考试不用管 人不用来 当月出证 私我",
    "电工证考试不用你管，私聊",
    "焊工证考试不用愁，合格证当月拿，私聊",
    "叉车证考试你放心，包合格，当月拿证，私聊",
    # found by the second reading: the sellers' neighbours of the new words and vetoes
    "焊工证考试全包，模拟一下就行，当月拿证，私聊",
    "焊工证考试的事我们包了，当月拿证，私聊",
    "叉车证考试你躺平就行，证我们来办，私聊",
    "制冷证考试不用管，我们搞定，当月拿证，私聊",
    "登高证 考试稳稳的 包过 v信同号",
    # (review145) traded here, found again: the route (考完) ends on a bare private contact
    "焊工证考试全包，考完当月拿证，私聊",
]

#: (a, b, d) Schools, learners, offices, the news and the court: silent in every pack run.
_LAWFUL = [
    # (a) GP-006 fired on these on the unchanged code
    "焊工证考试不用愁，模拟考过了再报，加我微信预约",
    "电工证考试不用愁，理论实操我们都有场地，加我微信看场地",
    "电工证考试不用愁，考试合格后拿证，加我微信报名",
    "焊工证考试不用愁，考完20天出证，加我微信报名",
    "焊工证考试不用愁，考试通过后当月拿证，加我微信报名",
    "电工证考试你放心，考点合格后统一下证，私信报名",
    # (a) silent already
    "电工证考试不用愁，题库刷三遍就够，报名电话13912345678",
    "叉车证考试不用愁，我们有专职老师，私聊报名",
    "焊工证考试不用愁，课后免费辅导，电话13912345678",
    "叉车证考试不用愁，模拟题库刷熟了，私聊",
    "焊工证考试不用愁，考点就在本校，考完20天出证，报名电话13912345678",
    "登高证考试你放心，实操场地就在学校，合格后出证，报名电话13912345678",
    # (b) offices, fee lists, the news and the court
    "办事指南：电工证考试不用愁，网上报名，考点就近安排，出证后短信通知",
    "考前须知：焊工证考试不用愁，带好身份证准考证，按时到场",
    "12345答复：焊工证考试不用愁，可到应急管理局官网查询考点，合格后出证",
    "考点温馨提示：叉车证考试你放心，机考有人指导操作，成绩当场出，合格后领证",
    "电工证考试费全包，一价全包不含补考，电话13912345678",
    "叉车证考试全包，培训费加考试费共2800，拿证前不再收费，电话13912345678",
    "叉车证考试全包，一次交清，当月开班，合格拿证，电话13912345678",
    "登高证一价全包，考试全包不含补考费，拿证后无其他费用，私聊咨询",
    "法院审理查明：被告人以“焊工证考试不用愁，我们兜底”招揽考生，收取费用后安排替考",
    "记者调查：有中介称电工证考试不用愁，我们兜底，当月拿证，实为假证",
    "网友曝光：某中介说叉车证考试全包，私聊拿证，结果证是假的",
    # (d) the twins of the new readings
    "焊工证考试这块你躺平是过不了的，报名电话13912345678",
    "老师说：电工证考试别想着躺平就行，得天天练，报名电话13912345678",
    "有中介说焊工证考试这块你躺平就行，私聊，这都是骗人的",
    "电工证考试的事我们摆平不了，只能靠你自己学，报名电话13912345678",
    "记者暗访：中介称电工证考试的事他们摆平，私聊，实为替考",
    "我焊工证考试稳稳的，下个月就拿证了，开心",
    "电工证考试稳稳的？别信这种话，要靠自己学，报名电话13912345678",
    "登高证考试我们兜着的只有食宿，报名电话13912345678",
    "叉车证考试交给我们兜着的是接送和食宿，报名电话13912345678",
    "焊工证考试不用管报名，学校统一办理，电话13912345678",
    "电工证考试不用管太多，把实操练熟，报名电话13912345678",
    "考前须知：焊工证考试不用管座位，考点统一安排",
    # found by the second reading: the twins of 考试的事, 你躺平, 不用管, 兜着 and 稳稳的
    "电工证考试的事我们负责通知，请留意短信",
    "焊工证考试的事我们来讲一下注意事项，须本人参加",
    "叉车证考试的事你不用管了，学校统一报名，电话13912345678",
    "记者调查：“电工证考试的事交给我们”？这类广告多是骗局",
    "登高证考试的事我们负责组织，考生须本人到场",
    "电工证考试你躺平？那肯定过不了，报名电话13912345678",
    "焊工证考试你躺平，证是不会自己来的，报名电话13912345678",
    "有人说焊工证考试你躺平就行？别信，报名电话13912345678",
    "电工证报名交资料后，考试不用管，考点会短信通知时间，报名电话13912345678",
    "焊工证考试不用管准考证，考点现场打印，报名电话13912345678",
    "叉车证考试不用管，到时候老师带队，报名电话13912345678",
    "电工证考试我们兜着底，但得你自己考，报名电话13912345678",
    "焊工证考试我们兜着，不过还是得本人参加考试，报名电话13912345678",
    "学员反馈：焊工证考试稳稳的，一次过，谢谢老师",
    "我电工证考试稳稳的，拿证了，加我微信交流经验",
    "应急局提醒：说电工证考试稳稳的、当月拿证的都是骗子",
    "跟着老师练了一个月，焊工证考试稳稳的，考完当月拿证，报名电话13912345678",
    "叉车证考试稳稳当当，全靠平时多练，私聊报名",
    # ... two of them fired GP-006 on the unchanged code in wepack2's own words
    "我电工证考试不用愁，拿证了，加我微信交流经验",
    "焊工证考试交给我吧，我帮你查考点",
    "焊工证考试的事交给我吧，我帮你查考点",
]

#: (c) An employer's name on a seller's notice: the paper without attendance is still found.
_EMPLOYER_SELLERS = [
    "公司代办：电工证补考费我们出，不用到场，证下来寄给你",
    "车间通知：电工证补考费我们出，考试不用到场，当月拿证，联系人13912345678",
    "人事代办焊工证，补考费我们出，人不用来，一个月下证",
]

#: (c) A school's class sold with a company's name: GP-103 still fires in the training runs.
_RETAKE_SELLERS = [
    "公司合作班：电工证没过补考费我们出，报名电话13912345678",
    # (review145) missed here, found since: the school speaking first (职校与) breaks the employer reading
    "某职校与车间合作：电工证没过补考费我们出，报名电话13912345678",
]

#: Still fires (strict): CS-001 reads the price list's 全包价 on the unchanged code (not wepack2's).
_LAWFUL_STILL_FIRING = [
    "焊工证全包价=培训费+考试费，报名电话13912345678",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_sellers_one_step_from_wepack2_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_schools_offices_and_reports_are_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _EMPLOYER_SELLERS)
def test_employer_named_sellers_fire(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _RETAKE_SELLERS)
def test_school_with_company_name_fires(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, "GP-103", packs)


@pytest.mark.xfail(strict=True, reason="CS-001 reads 全包价 on the unchanged code (write-up)")
@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _LAWFUL_STILL_FIRING)
def test_price_list_still_firing(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
