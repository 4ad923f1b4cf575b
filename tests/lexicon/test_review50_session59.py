"""Session 59, review50: a second reading of fa15's and left26's round-67 changes. Sentences written
for this file (not from holdout191 / holdout193 nor the rules' fixtures).

- fa15's exam-point reading (``silence._exam_site_told``) silenced costumed exam points whose pitch
  spares the training, hands out the booklet, takes the rest on itself, swears the pass in other
  words or calls without an id (考生无需培训，三天拿本; 考试我们安排，一次搞定，滴滴我; 其余我们负责，
  v信同号; 随便考，肯定过，联系王老师); exam points in other words (受…委托, 经…批准设立的考试点,
  本考点由…确定) stay silent.
- fa15's office mailing (``silence._OFFICE_MAILS_AFTER`` / ``_SELLER_PRICE``) silenced a seller who
  copies the office's words and gives its price in figures (1200元, 费用1500); the office's own
  工本费20元 stays silent.
- left26's disclaimer words 不含（任何）保过 / 包过承诺 (and the older 不作任何保过承诺) covered a pitch whose
  disclaimer is followed at once by the refund on a failed exam (不含保过承诺 考不过全额退费) or which
  sells leaked papers beside it (押中原题, 内部资料); honest schools' disclaimers stay silent.
- left26's candidates' wait words and 告示 hold: sellers with 坐等出证 / 坐等出分 / 求个好运 or a seal
  seller calling its ad a 告示 still fire; candidates' posts and seal shops' notices stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]

# --- (a) costumed exam points: fa15's reading silenced them ----------------------------------

_COSTUMED_EXAM_POINTS = [
    "考试由市应急管理局指定本单位作为考点，考生无需培训，三天拿本，电话0571-86001234",
    "本中心是应急管理局指定的考点，考生不用参加培训，考试我们安排，一次搞定，滴滴我",
    "本单位经市应急管理局指定为考试点，考生只管来签到，其余我们负责，v信同号",
    "考试由市应急管理局指定本单位作为考点，考生随便考，肯定过，联系王老师",
    "本单位经应急管理局指定为特种作业考点，考生不会做题也没关系，监考自己人，联系电话0571-86001234",
    "本单位受应急管理局指定为考点，考生无需培训，包过，私聊",
]


@pytest.mark.parametrize("text", _COSTUMED_EXAM_POINTS)
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_costumed_exam_point_still_fires(det, text: str, packs: list[str] | None) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)


_EXAM_POINTS_OTHER_WORDS = [
    "本单位受市应急管理局委托作为特种作业考试点，考生凭准考证和身份证入场",
    "考试经市应急管理局批准设立的考试点组织，考生须本人参加并携带身份证",
    "本考点由市应急管理局确定，考生请于考试当天提前三十分钟签到入场",
    "市应急管理局确定本单位为本期考点，考生请携带准考证和身份证",
    "考试由市应急管理局指定本单位作为考点组织实施，考生请携带身份证，如有疑问请联系考务老师",
]


@pytest.mark.parametrize("text", _EXAM_POINTS_OTHER_WORDS)
@pytest.mark.parametrize("packs", EVERY)
def test_exam_point_in_other_words_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- (a) the office's mailing words with a seller's price in figures -------------------------

_MAILING_SELLERS = [
    "焊工证补办，付款后由发证机关邮寄，无需本人到场，1200元",
    "焊工证补办，付款后由发证机关邮寄，无需本人到场，费用1500",
    "焊工证补办，付款后由发证机关邮寄，不用考，三天到家",
]


@pytest.mark.parametrize("text", _MAILING_SELLERS)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_mailing_seller_with_price_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_OFFICE_MAILING = [
    "焊工证补办，工本费20元，付款后由发证机关邮寄，无需本人到场",
    "焊工证换证，付款后由发证机关通过EMS寄出，无需本人到场",
    "焊工证补办，付款后由原发证机关以挂号信寄出，无需本人到场",
]


@pytest.mark.parametrize("text", _OFFICE_MAILING)
@pytest.mark.parametrize("packs", EVERY)
def test_office_mailing_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- (a) a course sheet's disclaimer beside the refund or the leaked papers -------------------

_DISCLAIMED_SELLERS = [
    "教资面试冲刺 不含保过承诺 押中原题 名额有限 加v jz_5512",
    "一建精讲班 课程不含保过承诺 考不过全额退费 私聊",
    "一建保过班 课程不含保过承诺 不过退费 内部资料押中原题 加v",
    "教资面试冲刺 不含保过承诺 不过全额退费 内部资料押中原题 名额有限",
    "本课程不含任何包过承诺，但是不过退费，押中原题，私聊",
    "一建精讲班 课程不作任何保过承诺 考前押题 命中率90% 不过退费 扣1",
]


@pytest.mark.parametrize("text", _DISCLAIMED_SELLERS)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_disclaimer_beside_refund_or_leak_still_fires(
    det, text: str, packs: list[str] | None
) -> None:
    assert categories(det, text, packs) & {"guarantee_promise", "exam_fraud"}


_HONEST_DISCLAIMERS = [
    "本课程不含保过承诺，考试不通过可免费重学一次，报名电话0571-86001234",
    "课程不含任何包过承诺，考试不通过的学费不退，请慎重报名",
    "本课程不保证通过，不过退费须在开课前申请，报名电话0571-86001234",
    "课程不含保过承诺，不提供所谓押题密卷，考试由人社部门统一组织",
    "本校不保证通过，网传的押中原题内部资料都是骗局，请勿轻信",
    "本课程不承诺通过率，学员需自行参加考试",
    "本校不设包过班，考试能否通过取决于学员自身",
]


@pytest.mark.parametrize("text", _HONEST_DISCLAIMERS)
@pytest.mark.parametrize("packs", EVERY)
def test_honest_disclaimer_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- left26's wait words and 告示: sellers still fire, candidates and shops stay silent --------

_WAITING_SELLERS = [
    "教资保过班 坐等出证 滴滴我",
    "一建稳过班 跟着学 坐等出分 加微 jz_8831",
    "消防工程师 包过 报名后坐等成绩就行 私聊",
    "教资不过退费班 报了就求个好运吧 稳过 加v",
]


@pytest.mark.parametrize("text", _WAITING_SELLERS)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_seller_waiting_words_still_fire(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_CANDIDATES_WAITING = [
    "一建考完了，感觉稳过，祈祷过",
    "考完教资面试，感觉稳了，祈祷能过，坐等成绩",
]


@pytest.mark.parametrize("text", _CANDIDATES_WAITING)
@pytest.mark.parametrize("packs", EVERY)
def test_candidate_waiting_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


_SEAL_SELLERS_NOTICE = [
    "刻章告示：公章 财务章 一比一 不用备案 两小时出 电话13812345678",
    "告示：专业仿刻公章 一比一 私聊",
    "刻章告示 一比一复刻各类印章 加v kz_1188",
]


@pytest.mark.parametrize("text", _SEAL_SELLERS_NOTICE)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_seal_seller_calling_its_ad_a_notice_fires(det, text: str, packs: list[str] | None) -> None:
    assert "fake_certificate" in categories(det, text, packs)


_SEAL_SHOP_NOTICES = [
    "刻章须知：刻制公章须凭营业执照和公安备案，一比一仿刻他人印章违法，本店不接",
    "刻章店公告：本店不做一比一复刻，公章需公安备案后刻制",
    "本店声明：一比一复刻印章违法，本店刻章均经公安备案",
]


@pytest.mark.parametrize("text", _SEAL_SHOP_NOTICES)
@pytest.mark.parametrize("packs", EVERY)
def test_seal_shop_notice_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids(det, text, packs) == set()


# --- left26's FC-209 / FC-216 words in lawful text and in sellers' lines -----------------------

_LAWFUL_BOOKLET_AND_FILING = [
    "刻章需要走公安备案吗？需要，本店刻章一律公安备案，不走公安的都是私刻",
    "新闻：某刻章店对顾客称不用走公安就能刻公章，警方已依法查处",
    "问：刻公章能不走公安吗？答：不能，刻制公章必须到公安机关备案",
    "二手考研书 要本的私我 笔记齐全 五块一本",
    "毕业证丢了怎么办？档案可调吗？答：可以到学校档案馆申请调取",
    "这家店各个单位的章都有备案，刻章要带营业执照",
    "我们公司的章都有公安备案号，合同盖章请放心",
]


@pytest.mark.parametrize("text", _LAWFUL_BOOKLET_AND_FILING)
@pytest.mark.parametrize("packs", EVERY)
def test_booklet_and_filing_words_in_lawful_text_are_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert rule_ids(det, text, packs) == set()


_BOOKLET_AND_FILING_SELLERS = [
    "公章 合同章 一比一 不走公安 当天取 加v kz_3321",
    "要本的私我 钢印 学信可查",
]


@pytest.mark.parametrize("text", _BOOKLET_AND_FILING_SELLERS)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_booklet_and_filing_sellers_fire(det, text: str, packs: list[str] | None) -> None:
    assert "fake_certificate" in categories(det, text, packs)
