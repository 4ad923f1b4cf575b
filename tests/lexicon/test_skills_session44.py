"""Session 44, helper "skills": vocational skill-level certificates (职业技能等级证书).

The skill levels of the 人社 register (初级工 / 中级工 / 高级工 / 技师 / 高级技师) sold without the
assessment (认定, 鉴定), forged with every field changed or likened to the 人社 paper, and the papers
kept apart from the special-operations 操作证: a listing that names only a skill level is the
certificates pack's, not the default pack's. Lawful notices, courses, job posts and questions with the
same words stay silent. Sentences written for this test, not taken from the held-out set.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the assessment skipped by name
        "铣工高级工 技能等级证 不用参加认定 二十天出证 私聊 xg_2026",
        "钳工技师证 免鉴定 直接出证 加v qgjs_88",
        "电焊工 技能等级证 无需参加鉴定 出证快 微信 dhg_303",
        # the skill levels by their own names
        "中级工证书 直接出证 不用来考 两千一本 私聊 zjg_33",
        "高级技师证 不用考 交钱就出 人社平台能查 vx gjjs_9",
    ],
)
def test_skill_level_papers_sold_fire_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


def test_every_field_changed_at_will_breaks_the_photo_exception(det) -> None:
    text = "职业技能等级证书 制作 姓名 照片 工种 随便改 私聊 zs_01"
    assert "FC-201" in rule_ids(det, text, CERTS)


def test_a_paper_likened_to_the_one_renshe_issues_is_a_forgery(det) -> None:
    text = "技能等级证书 跟人社发的一模一样 细节随便比 私我 jn_01"
    assert "FC-221" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "高级工 技师证 免考 直接出证 私聊 gj_01",
        "职业技能等级证书 免考申领 中级高级都有 回复1办理",
        "技能鉴定 内部名额 直接出证 私信",
    ],
)
def test_a_skill_level_alone_is_not_read_as_an_operation_certificate(det, text: str) -> None:
    """The generic 出证 / 证书 beside a skill level is that paper's: silent in the default pack."""
    assert not {"CS-001", "GP-001"} & rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "电工证 技能等级证 两证一起办 免考 直接出证 私聊",
        "低压电工操作证 + 高级工证 一起办 不用考试 加微 dg_22",
    ],
)
def test_an_operation_certificate_sold_beside_a_skill_level_stays_in_the_default_pack(
    det, text: str
) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "认定考试不设代考，考生须持本人身份证入场，严禁替考",
        "本次技能鉴定不设代办窗口，请考生本人到场确认信息",
        "中级工证书由评价机构考核合格后颁发，可在技能人才评价证书全国联网查询",
        "钳工高级工认定报名：理论和实操都要考，合格后出证，可申请技能提升补贴，咨询 0512-6543 2100",
        "市人社局：取得技师证书的职工，可按规定申领技能提升补贴，须本人在网上申请",
        "网上说高级工证书可以免鉴定直接出证，这是真的吗？",
        "警方提醒：所谓“技能等级证书跟人社发的一模一样”的都是假证，请勿购买",
        "招聘数控车工，有中级工证或高级工证优先，联系人事部 0757-2233 0000",
        "高级工证书和低压电工证不是一回事，上岗作业必须持操作证",
        "职业技能等级认定报名须提交本人近期照片，考核合格后由评价机构制作并颁发证书",
    ],
)
def test_lawful_skill_level_text_stays_silent_in_every_pack(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()
