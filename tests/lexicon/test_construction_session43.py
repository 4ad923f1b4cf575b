"""The construction side of the papers (session 43, helper construction, holdout99).

Housing-and-construction offices issue the construction special-operations papers, the
safety managers' papers of 三类人员 (A, B and C) and the 八大员 site staff's papers; firms rent
registered papers (二建, 一建, 安全员) for bids. Sellers name the safety managers' paper by its
group name (三类人员, 安管人员) or its formal name (安全生产考核合格证书), skip the continuing
education that extends it (不用继续教育), call the construction office by its older names (建设厅,
建委), and rent papers for a project at a fee per appearance (挂项目, 出场费). The same words run
through the offices' notices, the online continuing education, schools' disclaimers, tenders and
news of the 挂证 clean-up.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "安管人员证 不考试 住建系统可查 十天到手 加v ag_2026",
        "三类人员 A证B证 免考直接出 工程投标用 电话 137 2222 4444",
        "安全生产考核合格证书（C证）代办 本人不用参加考试 私聊",
    ],
)
def test_the_safety_managers_paper_by_its_group_or_formal_name_is_this_pack_s(
    det, text: str
) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


def test_a_pass_promise_for_the_safety_managers_paper_is_read_in_the_default_pack(det) -> None:
    # 安管人员 was another pack's paper (rent_cert): the promise went silent as other_paper
    text = "安管人员证 考前培训 包过 考不过全退 报名电话 135 6666 7777"
    assert "guarantee_promise" in categories(det, text, DEFAULT)


def test_skipping_the_continuing_education_is_a_bypass(det) -> None:
    text = "三类人员证书到期 无需继续教育 三天延好 住建可查 微信 yq_3lei"
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "求一建 市政专业 挂项目 出场费面议 私聊",
        "二建机电 长期收 出场费另付 一年一万 v jd_erjian",
    ],
)
def test_renting_a_paper_for_a_project_is_read(det, text: str) -> None:
    assert "CS-204" in rule_ids(det, text, CERTS)


def test_the_construction_office_by_its_older_name_is_an_organ(det) -> None:
    text = "建委授权 塔吊证 架子工证 免考 直接出 私聊"
    assert "state_symbol_misuse" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "安管人员证书继续教育不用到现场，可在住建厅线上学习平台完成，完成后自动延期。",
        "本中心三类人员培训课程不作任何包过承诺，考试由住建部门统一组织。",
        "招标文件：项目负责人须持有效的安全生产考核合格证书，不得挂靠。",
        "住建委提醒：任何单位不得以出场费名义借用他人注册证书参与投标。",
        "某公司投标时使用网上买来的三类人员证书，被建设局认定弄虚作假。",
        "问：三类人员证书延期需要考试吗？答：不需要考试，但须完成继续教育学时。",
        "项目经理挂项目不在岗，被市建设局记入不良行为记录。",
        "建设厅发布的三类人员考核合格名单已公示，请考生自行查询。",
        "建委指定的塔吊司机考核单位名单已在官网公布，请到名单内的考点报名。",
    ],
)
def test_the_same_words_in_lawful_text_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_seller_behind_the_online_learning_platform_is_still_read(det) -> None:
    # the office's platform excuses an extension by learning online, not a seller's call beside it
    text = "三类人员证 继续教育不用到现场 线上学习平台我们帮你挂 直接延期 加v"
    assert "CS-001" in rule_ids(det, text, DEFAULT)
