"""The certificates pack on papers the earlier sets seldom named (session 30, certs, holdout44):
a rent told by its terms (人证分离, 证到人不到) and a dealer collecting papers behind a buyer's
word, the construction safety officers' papers, proofs only a tax, social-security or register
office issues, a vehicle's plates, stickers and maker's certificate, an issuer's seal already on
the paper; and the lawful side of the same words (a crackdown, a tax office's window, a school
handing out stamped diplomas, the traffic police's own app).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "注安 注册安全工程师 人证分离可以做 年付 加v za_1199",
        "一级建造师（市政）只挂证 不用到岗 每年结一次 电话 139 2211 0088",
        "安管人员ABC证 挂出去 一年八千 私聊",
    ],
)
def test_a_rent_told_by_its_terms_is_a_sale(det, text: str) -> None:
    assert "CS-204" in rule_ids(det, text, CERTS)


def test_a_dealer_collecting_papers_to_rent_is_no_buyer(det) -> None:
    text = "高价收购一建证书 证到人不到 按年付 加v gk2031"
    assert "certificate_sale" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "住建厅开展专项整治，对人证分离、证到人不到的挂证行为一律清理",
        "招聘二级建造师，全职，人不到岗不予录用，电话 0571-8866 2233",
    ],
)
def test_a_crackdown_and_a_job_post_on_rented_papers_are_silent(det, text: str) -> None:
    assert "CS-204" not in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "纳税证明 完税证明 都能开 急用加v ns_5566",
        "签证用的存款证明、婚姻状况证明长期接单，私聊",
        "火化证明可以开 私我",
    ],
)
def test_proofs_only_an_office_issues_are_forged_when_offered(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "纳税人可登录电子税务局自行打印完税证明，也可到办税服务厅窗口开具",
        "办理居住证明需本人携带身份证到社区居委会申请",
    ],
)
def test_the_offices_own_proofs_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "环保标 年检标 和真件一模一样 贴上就走 私信",
        "新车合格证 车管所能过 上牌没问题 v hg_2288",
        "假号牌 假临牌 当天取 电 138 0022 5511",
    ],
)
def test_a_vehicles_plates_stickers_and_certificate_forged(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "交警提醒：使用伪造号牌、假临牌上路的，将依法扣车并处罚款",
        "二手车出售，手续齐全，年检刚做完，电话 13900002233",
        "记得把车辆合格证和购车发票带齐，去车管所上牌要用",
    ],
)
def test_traffic_warnings_and_car_sales_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_seal_already_on_a_paper_the_buyer_fills_is_forged(det) -> None:
    assert "FC-209" in rule_ids(det, "学位证 公章都已经盖好了 名字你自己填 私我", CERTS)


def test_a_school_handing_out_stamped_diplomas_is_silent(det) -> None:
    text = "毕业证书公章已经盖好，请各班班长于周五到学生处统一领取"
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "驾驶证到期换证可以在交管12123APP上办理，不用去现场，新证邮寄到家",
        "身份证异地换领已实现一网通办，无需回户籍地，办好邮寄",
    ],
)
def test_the_offices_own_online_errand_is_no_sale_rule(det, text: str) -> None:
    assert not rule_ids(det, text, ALL) & {"CS-001", "CS-201"}


def test_a_seller_citing_the_app_as_proof_still_sells(det) -> None:
    assert "CS-201" in rule_ids(det, "B2驾照不用考 直接出本 12123能查 私我", CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "计算机二级证书 编号官网可查 不用去考 加扣 5566 7788 9",
        "C1驾照 不用路考 直接拿 v jz_1122",
    ],
)
def test_the_test_skipped_with_a_verb_between_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "证书到期无违章的，不用参加考核，直接延期",
        "考普通话证需要本人去考点，不用去考的都是骗子",
    ],
)
def test_a_renewal_rule_and_a_warning_are_no_sale_rule(det, text: str) -> None:
    assert not rule_ids(det, text, ALL) & {"CS-001", "CS-201"}


def test_a_stand_in_told_as_a_service_stays_exam_fraud(det) -> None:
    text = "科目四不用去考场，我们安排人替你考，包满分，价格私聊"
    assert "CS-201" not in rule_ids(det, text, ALL)
    assert "exam_fraud" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "B2照 不用进驾校 后台录入 车管所能查 私聊价格",
        "心理咨询师证 系统直接录 两周出 加v xl_5522",
    ],
)
def test_a_record_put_straight_into_the_system_is_a_sale(det, text: str) -> None:
    assert "CS-207" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "学员理论和实操考试合格后，成绩由考点统一录入系统，证书约二十个工作日后可查",
        "所谓“驾照直接录进系统”的说法不可能实现，车管所系统不对外开放",
    ],
)
def test_the_lawful_order_and_a_warning_are_silent(det, text: str) -> None:
    assert "CS-207" not in rule_ids(det, text, ALL)
