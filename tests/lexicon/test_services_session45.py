"""Session 45, helper "services": household and personal-service papers sold as "国家认可 全国通用 可查".

Sellers name 家政服务员证, 纹绣师证, 美甲师证, 催乳师证 and 母婴护理证 and write what the
bought paper is for ("开店挂墙", "美容院挂墙用"): CS-201 flags them in the certificates pack, and the
special-operations pack stays out (家政服务员证's 员证 is no operator's card). Frames sold 挂墙款 and shops
that show their staff's real papers stay silent. Sentences written for this test, not taken from the
held-out set (holdout128).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "纹绣师证 代办 不用考 私信",
        "美甲师证 直接出证 店里挂墙用 加v nail_77",
        "家政服务员证 代办 免培训 微信同号",
        "催乳师证 代办 不用学 加微信",
        "母婴护理证 代办 全国可查 私聊",
        "按摩师证 直接出证 养生馆挂墙 客户看了放心 加V",
    ],
)
def test_service_paper_sale_is_flagged(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "家政服务员证 代办 加微信",
        "母婴护理师证 代办 加微信",
    ],
)
def test_service_paper_is_no_special_operations_offer(det, text: str) -> None:
    assert not rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "证书框 挂墙款 装美甲师证正好 九成新 自提",
        "实木相框 可挂墙 放家政服务员证 包邮",
        "本店美容师均持证上岗，证书挂墙公示，编号可在人社查询系统核验",
        "家政公司推荐阿姨：持家政服务员证和健康证，证书原件面试时可查看",
        "招聘催乳师，持证上岗，有月子会所经验者优先",
        "区人社局通知：养老护理员职业技能等级认定须完成培训并通过理论和实操考核",
        "宝妈问：育婴师证到底要不要考试？网上说交钱就能拿是真的吗",
        "记者调查：网上兜售的纹绣师证称不用考试一周出证，编号在官方系统查不到",
    ],
)
def test_lawful_service_text_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
