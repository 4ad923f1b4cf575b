"""Session 60, review60: a second reading of fa17's and review54's round-69 changes. Every sentence
here was written for this file (none from a corpus, a holdout set or a rule's fixtures).

- fa17's provincial apps (``silence._OFFICE_APP``): the app named earlier in the clause than the
  rule's window (可在粤省事小程序办理，不用本人到场) is the same lawful route; the short names inside
  other words (北京通州, 完全省事, 办事通道) are no app; a seller's 内部通道 / 内部窗口 / 内部关系 beside
  the office's words breaks them (``office_no_visit``'s breakers).
- fa17's office mailing and review54's priced errand (``silence._SELLER_PRICE``): a price in ¥ or
  in k (无需本人到场，￥1500; 服务费 1.2k) is the seller's, an office's batch fee (统一缴纳手续费) is not.
- fa17's and review54's exam point named before the organ (``silence._exam_site_told``): a site
  that spares the exam, the visit or sells a four-figure package fires; SS-201 / SS-101's bare 由
  breaks beside 名额有限 / 报名从速 and a mobile as SS-001 fires there.
- review54's 100 % pass rate, candour openers and 挂了全退: 包过率做到了百分之百, 说句实话，能拿, 挂了包退
  fire; news of a school's 100 % rate, a warning quoting 挂科全额退 and 说实话，能考过就能拿证 stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
#: The packs that hold the certificate-sale rules (CS-001 / CS-004 in special-ops, CS-201 / CS-203
#: in certificates).
SALE_PACKS = [None, DEFAULT, CERTS, ALL]


# --- (a) lawful text: offices, news, warnings, honest schools -----------------------------

_LAWFUL = [
    # an office's batch service: the company pays the fee, the office mails the cards
    "企业批量办理，统一缴纳手续费1200元，由市政务服务中心统一邮寄，无需本人到场",
    "特种作业操作证复审企业批量办理的，由单位统一缴纳手续费，共计1200元，咨询电话0571-86001234",
    # news of a school's results, and reports quoting a seller's 100 %
    "本报讯 该校今年电工作业考试通过率达到百分之百，校长表示将继续严格教学",
    "本报讯 某职业学校焊工班今年考试通过率达到百分之百，学校负责人介绍，学员均经过系统培训",
    "记者暗访发现，某培训机构宣称“包过率100%”，实际上多名学员考试未通过，已被市场监管部门立案",
    "某网店宣称电工证包过率100%，加v即可办理，市应急管理局提醒：此类广告均系诈骗",
    # a regulator's warnings quoting 挂科全额退 / 挂了全退
    "市应急管理局提醒：凡是宣称“挂科全额退”“包过”的培训广告，均属虚假宣传，请勿相信",
    "警惕！有机构打出“挂了全退，不过退费”的招牌招揽考生，应急管理部门提醒特种作业证必须考试",
    # the provincial app further back in the clause than the rule's window
    "电工证补办可在粤省事小程序办理，不用本人到场，新证邮寄到家",
    "焊工证补办可登录皖事通提交申请，不用本人到场，新证邮寄到家",
    "焊工证复审可在皖事通上申请，审核通过后无需本人到场，新证由发证机关邮寄",
    # the office's fee and postage
    "焊工证补办，缴纳工本费10元后由发证机关邮寄，邮费到付",
    # debunks in the candour openers
    "网传焊工证免考是假的？说实话，能考过就能拿证，报名电话0571-86001234",
    "电工证免考是谣言？实话告诉你，可以拿，但必须考试合格",
    "焊工证不用考是骗人的？老实说，能拿，只要你认真学，考试并不难",
    # a course sheet's honest terms and its judgement of the refund pitch
    "课程不含保过承诺，挂科可免费重修，报名电话0571-86001234",
    "课程不含保过承诺，挂了全退是骗人的，报名电话0571-86001234",
    # exam points' notices
    "本考点经省应急管理厅授权，承办特种作业考试，考试费每人150元，咨询电话0571-86001234",
    "本考点由市应急管理局指定，考生请携带身份证，咨询电话0571-86001234",
    "本考点由市应急管理局指定，负责电工作业实操考试，考生请按准考证时间入场",
    # this round's own readings, checked from the lawful side
    "电工证复审，可通过北京通APP办理，无需本人到场，咨询电话010-12345678",
    "焊工证复审可在随申办提交材料，审核通过后无需本人到场，新证由发证机关邮寄，工本费10元",
    "焊工证补办，付款后由发证机关邮寄，无需本人到场，工本费 20，邮费 12",
    "电工证培训不保证通过，但是包过率做到了百分之百的说法不可信，报名电话0571-86001234",
    "焊工证免考是假的？说句实话，必须考试，报名电话0571-86001234",
    "本考点由市应急管理局指定，负责电工作业考试，考试费每人120元，咨询电话0571-86001234",
    "本考点由市应急管理局指定，负责特种作业考试，延期复审无需考试，考生请携带身份证，咨询电话0571-86001234",
    "本考点由市应急管理局指定，负责特种作业考试，考生无需来考点现场确认，咨询电话0571-86001234",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", EVERY)
def test_lawful_text_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- (b) sellers: the office's words, the apps and the exam point worn by a seller ----------

_SALES = [
    # copying the office's mailing, then the seller's skip, promise or call
    "电工证补办，付款后由应急管理局统一邮寄，不用考试，加v dg_1234",
    "焊工证补办，付款后由窗口寄送，包过，微信hg_5566",
    # the app named as the seller's channel or proof
    "电工证走浙里办内部通道，不用考，加v zj_7788",
    "电工证走浙里办内部通道，不用本人到场，新证邮寄到家",
    "电工证补办可在粤省事小程序办理，不用本人到场，新证邮寄到家，加v yss_1234",
    "电工证补办粤省事可查，不用本人到场，新证邮寄到家，价格私聊",
    "焊工证补办，粤省事上就能查到，不用本人到场，新证邮寄到家，一千二全包",
    # the short app names inside other words: no app
    "北京通州焊工证补办，无需本人到场，三天到手",
    "电工证补办，完全省事，无需本人到场，新证邮寄到家",
    "电工证补办走办事通道，无需本人到场，新证邮寄到家",
    # the office's window as the seller's inside line
    "电工证复审，付款后由内部窗口寄出，无需本人到场",
    "电工证复审，有内部关系，付款后由窗口寄出，无需本人到场",
    # the errand's price in ¥ or in k
    "电工证补办，付款后由应急管理局邮寄，无需本人到场，办理费￥1500",
    "电工证补办，付款后由应急管理局邮寄，无需本人到场，费用￥1500",
    "焊工证补办，付款后由发证机关邮寄，无需本人到场，服务费 1.2k",
    "焊工证补办，付款后由发证机关邮寄，无需本人到场，￥1500",
]


@pytest.mark.parametrize("text", _SALES)
@pytest.mark.parametrize("packs", SALE_PACKS)
def test_seller_in_office_words_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_COSTUMED_SITES = [
    "本考点由市应急管理局指定，名额有限，报名从速，13912345678",
    "本校由市应急管理局指定，名额有限，报名从速，13912345678",
    "本考点由市应急管理局指定，考生无需参加考试，交资料即可，13912345678",
]


@pytest.mark.parametrize("text", _COSTUMED_SITES)
@pytest.mark.parametrize("packs", EVERY)
def test_costumed_site_fires_in_every_pack(det, text: str, packs: list[str] | None) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)


_SITES_SELLING = [
    "本考点由市应急管理局指定，考生无需参加考试，交资料即可",
    "本考点由市应急管理局指定，负责焊工考试，不用来现场，资料发过来就行",
    "本考点由应急管理局指定，负责特种作业考试，费用1500元一站式服务",
]


@pytest.mark.parametrize("text", _SITES_SELLING)
# the certificates and training packs read organ_neutral's bare 由 (SS-201 / SS-101), broken only
# by a seller's call or contact, which these lines do not give
@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_site_selling_fires(det, text: str, packs: list[str] | None) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
def test_full_rate_achieved_fires(det, packs: list[str] | None) -> None:
    text = "电工证培训不保证通过，但是包过率做到了百分之百，加v px_2231"
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "电工证免考是谣言？说句实话，能拿，私聊",
        "焊工证免考是假的？说句老实话，在我这就能拿，加v hg_1234",
    ],
)
@pytest.mark.parametrize("packs", SALE_PACKS)
def test_reversal_said_plainly_fires(det, text: str, packs: list[str] | None) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "一建精讲班 课程不含保过承诺 挂了包退 加v yj_2231",
        "二建冲刺班 课程不含保过承诺 挂科包退 私聊",
    ],
)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_sheet_refund_said_baotui_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)
