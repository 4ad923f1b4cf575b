"""Session 44, helper "govqa": government message boards and hotline replies -- sellers posing as
bureau staff or the 12345 hotline, and the lawful text of the same places (citizens quoting a
seller in a question or complaint, officials naming what is forbidden, FAQ pages, real staff).

Sentences written for this test, not taken from the held-out set (holdout109).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "您好，我是住建局工作人员，你的司炉证可以加急办理，不用考试，联系赵科长 139 0000 2468",
        "我是市应急管理局窗口的，你的叉车证我能内部办，不用考，加我微信 yj-chuangkou7",
        "人社局考核中心客服：您的电焊证可申请免考，直接出证，微信 rsj-kf88",
    ],
)
def test_a_seller_posing_as_bureau_staff_misuses_the_state_organ(det, text: str) -> None:
    ids = rule_ids(det, text, SPECIAL)
    assert "SS-205" in ids
    assert "state_symbol_misuse" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        # real staff: the official channel, no bypass, an office landline
        "您好，我是区应急管理局培训科工作人员，您的司炉证复审请到政务服务中心窗口办理，电话 0571-8123 4567",
        "我是人社局窗口工作人员，您的电子证书已生成，可在政务服务平台下载，不用另外办理",
        # the impersonation reported, asked about, or disowned
        "市民反映：有人自称人社局工作人员，说叉车证可以加急办理，让他先转账，请核实",
        "通报：近期有不法分子冒充应急管理局工作人员，以“免考直接发证”为名骗取钱财，请勿相信",
        "答复：我局工作人员从不通过私人微信办理证书，不存在“内部名额”，举报电话 12350",
    ],
)
def test_real_staff_and_reports_of_impersonation_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text)


def test_a_reminder_salutation_over_a_sellers_pitch_does_not_warn(det) -> None:
    # the seller wears the hotline's 提醒您 over its own pitch with a mobile number
    text = "12345热线工作人员提醒您：司炉证考试我们安排好了，考场有自己人，交钱稳过，联系 138 6600 7788"
    assert "exam_fraud" in categories(det, text, SPECIAL)
    assert "SS-205" in rule_ids(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "市应急管理局提醒您：网上宣称司炉证不用考、交钱稳过的都是骗局，举报电话 12350",
        "12345热线提醒您：特种作业操作证须考试合格后发证，所谓“交钱包过”不可信，咨询 0571-8765 4321",
    ],
)
def test_an_offices_own_reminder_still_warns(det, text: str) -> None:
    assert not rule_ids(det, text)


@pytest.mark.parametrize(
    "text",
    [
        # the citizen asks the office to act on a seller whose WeChat is quoted
        "网友留言：有人加我说叉车证不用考试就能办，微信 cc-1357，请市场监管局核查一下",
        # the broken promise in a complaint
        "投诉：某培训学校报名时承诺司炉证保证拿证，结果没考过也不退费，请求协调处理",
        "举报：有个公众号天天发“电焊证免考 包过”，请相关部门查处",
        "网民：买的登高证网上查不到，卖家说“官网可查”，现在人联系不上了，我该找哪个部门？",
    ],
)
def test_a_citizens_request_to_the_office_is_a_report(det, text: str) -> None:
    assert not rule_ids(det, text)


@pytest.mark.parametrize(
    "text",
    [
        "答复：特种作业操作证须经培训考试合格后由应急管理部门颁发，网上承诺“免考”“包过”的均属违法，请拨打12350举报。",
        "常见问题\n问：能不能请人替考？\n答：不能。替考、代考属于违法行为，一经查实取消成绩并追究责任。",
        "12345热线办理结果：来电人反映某机构宣传“叉车证不用培训直接发证”，已转市场监管局核查。",
        "政务公开问答：问：司炉证丢了怎么补？答：向原发证机关申请补发，网上“按原证号重做”的都是假证。",
        # the applicant's own ID brought along, not a paper sold (携身份证 … 办理)
        "答复：您好，叉车证复审请携身份证到考点办理，如有疑问请致电我局培训科，电话 0571-8222 4444",
    ],
)
def test_regulator_replies_and_faq_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text)
