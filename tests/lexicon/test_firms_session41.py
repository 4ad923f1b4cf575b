"""The company side of the trade (session 41, helper firms, holdout86).

Sellers who pitch to employers, contractors and HR take the exam off the company's hands
(考试环节我们处理, 考试我们搞定, 考核由我方代劳) and sell a firm's 资质 as an outcome: the approval
promised (保证下证), its failure refunded (下不来全额退, 不成功不收费), the staff and the record the
firm lacks supplied (人员我们给你配齐, 业绩可以帮你做). The same market's lawful text uses the same
words: a job post turning certificate renters away (挂证勿扰, 拒绝挂靠), a school arranging the exam
its students sit themselves, a consultancy refunding part of its fee when the authority says no,
a Q&A on the rules for a firm's staff and record.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 工厂整批办理 考试环节我们处理 员工不耽误生产 电话 136 1111 2222",
        "低压电工证 考试我们搞定 贵司员工只管上班 加v dg_qiye",
        "高处作业证 企业打包 考核由我方代劳 半个月下证 私聊",
    ],
)
def test_the_exam_taken_off_the_company_s_hands_is_a_sale(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "建筑企业资质 三级新办 人员我们给你配齐 批不下来全额退 电话 139 2222 3333",
        "劳务资质 新办 社保全部帮你搞定 不成功不收费 微信 lw_zizhi",
        "企业资质增项 保证下证 业绩我们帮你做 私聊",
    ],
)
def test_a_firm_s_qualification_sold_as_an_outcome(det, text: str) -> None:
    assert "CS-205" in rule_ids(det, text, CERTS)


def test_the_segmenter_s_one_word_for_a_firm_s_qualification_is_read(det) -> None:
    # 企业资质 is one word to the segmenter: 资质 alone fell inside it
    text = "施工企业资质 下不来全额退 加微 sg_zz01"
    assert "CS-205" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "招聘：项目部招专职安全员，须持有效的安全员C证，证书可在住建厅网站查询，挂证勿扰。",
        "招电工两名，持低压电工证书，证书官网可查，全职坐班，拒绝挂靠。",
        "项目部招安全员，持C证书，全职驻场，挂证免谈，电话 13800004444",
    ],
)
def test_a_job_post_turning_renters_away_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_seller_who_writes_the_refusal_is_still_read(det) -> None:
    # the refusal excuses a job post, not a seller's no-exam paper beside a call
    text = "安全员证 不考试 直接出 自用 挂靠勿扰 加v aq_7788"
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考试由我们统一安排考场和车辆，员工须本人参加考试，电工证合格后由应急管理局发证。",
        "资质代办：负责材料整理和网上申报，审批不成功的咨询费退还一半，能否获批由住建部门决定。",
        "资质申报问答：人员社保必须在本企业缴纳，业绩必须真实，否则审批不予通过。",
        "我们是资质咨询公司，不成功不收费指的是咨询服务费，审批结果以主管部门为准。",
        "关于企业资质审批的说明：申请须具备真实的人员和业绩，不成功的申请可以重新提交。",
    ],
)
def test_the_same_market_s_lawful_text_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
