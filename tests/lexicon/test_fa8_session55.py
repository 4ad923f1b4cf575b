"""Session 55, fa8: false alarms earlier rounds left standing (holdout175 measures them).
Sentences written for this file (not the holdout175 lines).

- A school's denial after the classes it names (普通班和强化班都不承诺) is the answerer's denial
  (``stance._ANSWER_DENIES``); one class denied to sell another (普通班不包过，VIP班包过) is not.
- A school calling other people's pass promise 都是空话 / 全是大话 / 纯属噱头 warns (``terms/warning``);
  a seller's boast 不说空话 judges nothing, and a seller who turns on its rivals and then sells
  (our own shop, 我家, included: ``context._PIVOT``) is still read by the turn.
- One round of free retraining after a denied pass (不保证，考不过可以免费重修一次) is a fee term
  (GP-104's exceptions); with a refund or an end beside it, still the promise.
- The buyer's 能办不 asks as 能办吗 does (``terms/warning``, ``silence.Silencer._warning_word``),
  never 能办不了; the owner's label 老板： answers with the shop's voice where its yes follows
  (``context._OWNER_LABEL``, ``context._SHOP_LABEL``, ``silence._SHOP_LABELS``).
- 是不是真的 asked and answered no at once (其实不是，…) keeps its warning (``gate._EITHER_DENIED``).
- A headline quoting the trade's phrase and asking its price, answered by the report (``stance``:
  the quoted candidate's 问句后接报道 weighs two); a judgment's subjectless finding of counted forged
  pieces and their use (``stance._FORGED_FOR``).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证能保证通过吗\n答：两种班型都不承诺通过，区别只是课时长短",
        "问：电工证能保证拿证吗\n答：全日制班和业余班均不承诺拿证，考试由考点组织",
        "问：登高证能保证过吗？\n答：所有班次都不保证通过，实操要自己练熟",
        "问：熔化焊证能保过吗\n答：初级班和冲刺班都不承诺通过，冲刺班只是多做两套模拟题",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_school_denial_after_naming_its_classes_is_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证能保过吗\n答：初级班不包过，尊享班焊工证包过，考不过全退，加v rh_3355",
        "答：初级班和冲刺班都不保证，尊享班低压电工证包拿证，v dy_7788",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_one_class_denied_to_sell_another_still_sells(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "外头那些熔化焊证包过都是空话，本校按学时授课，考试须本人到考点",
        "市面上的稳过承诺全是大话，我们协议里只约定课时，不写考试结果",
        "所谓低压电工证保过纯属噱头，本中心只负责教学，考试看个人",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL, TRAINING])
def test_school_calling_pass_promises_empty_talk_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "别人的包过都是空话，我们焊工证真保过，加v rh_4646",
        "外面那些保过全是大话，我家低压电工证签协议保过，没过全额退",
        "焊工证包过，我们从不说空话，加v rh_5757",
        "我们不玩噱头，低压电工证保过，微信 dy_8989",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_seller_turning_on_empty_talk_still_sells(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：熔化焊证包过吗？答：不保证，没考过的可以免费重学一次，补考费另交",
        "问：低压电工证保过吗\n答：不承诺，考不过的学员可免费重新培训一次，考试费按标准交",
    ],
)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_one_round_of_free_retraining_after_a_denial_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "熔化焊证班 考不过免费重学一次，再不过全额退款，加v rh_1212",
        "中级经济师考不过免费重修一次，直到考过为止",
    ],
)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_free_retraining_with_refund_or_no_end_still_promises(
    det, text: str, packs: list[str]
) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：制冷证能办不\n掌柜：可以，要本人来参加培训和考试，资料发我帮你约时间",
        "问：焊工证能办不\n掌柜：可以的，要本人参加培训和考试，资料发过来帮你约考",
        "问：焊工证可以办不？\n老板：可以，要本人上课和考试，资料先发我",
        "问：登高证还能办不\n店主：能办，先培训再考试，合格才发证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_neng_ban_bu_answered_with_the_lawful_route_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：低压电工证能办不\n掌柜：能，不用考试，资料发我，v dy_2424",
        "问：熔化焊证可以办不？\n老板：可以，免考直接出证，加v rh_6868",
        "熔化焊证能办不了？别家办不了的我们能办，不用考试，加v rh_9191",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_neng_ban_bu_answered_with_the_skip_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_owner_label_yes_with_skip_sells(det, packs: list[str]) -> None:
    text = "问：健康证还能办不\n老板：能办，不用体检，当天拿，v jk_4343"
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_owner_refusing_under_its_label_is_silent(det, packs: list[str]) -> None:
    text = "问：熔化焊证不考试能拿吗\n老板：不能，必须本人考，我们这里只做劳保鞋"
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "“免考电工证”600元一本？警方捣毁制假窝点",
        "“不用体检的健康证”40元一张？两家网店被罚",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
def test_headline_quoting_the_trade_and_asking_its_price_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_seller_headline_question_still_sells(det, packs: list[str]) -> None:
    text = "“免考低压电工证”六百元一本？找我们，当天发货，v dy_5151"
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "私刻单位公章三枚，用于签订虚假购销合同",
        "伪造不动产权证书一本，用于向他人抵押借款",
        "变造营业执照一份，用于骗取银行开户",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
def test_subjectless_finding_of_counted_forged_pieces_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    ["伪造公章两枚，用于对公开户，需要的加v gz_3030", "代刻各类公章，当天取，加v gz_4040"],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_forgery_offer_with_contact_still_reported(det, text: str, packs: list[str]) -> None:
    assert "fake_certificate" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "有人问免考是不是真的？其实不是，所有操作证都要考试，请以应急管理部门公告为准",
        "有人问焊工证免考是不是真的？其实不是，特种作业操作证都要考试合格才发",
        "常有人问叉车证免考是不是真的？当然不是，请到正规培训机构报名",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_either_or_question_answered_no_is_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "有人问免考是不是真的？其实不是，我们真有渠道，焊工证不用考，加v hg_1313",
        "电工证免考是不是真的？其实不是假的，我们真能办，加v dg_1414",
        "问我电工证免考是不是真的，是真的，加v dg_1515",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_either_or_question_turned_by_the_seller_still_sells(
    det, text: str, packs: list[str]
) -> None:
    assert "certificate_sale" in categories(det, text, packs)
