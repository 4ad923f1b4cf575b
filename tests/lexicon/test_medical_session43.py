"""Session 43, helper "medical": papers of health and medicine forged or sold.

Health certificates without the check-up (the CDC or the check-up centre named beside a skip is the
seller's cover), a hospital's papers by the names patients and sellers use (病假单, 病历本, 出院记录,
化验单, 报告单), the forger's boasts about them (the result written to order, the seal already on,
the employer's check not feared, every hospital's template), the health professions' licences by their
short names, and the lawful texts that use the same words. Sentences written for this test, not
taken from the held-out set.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the check-up's verdict skipped beside the check-up's own name
        "家政保洁健康证 体检不合格也能出 两天到 私我 jz_77",
        # the CDC named as the place it "can be looked up", beside a skipped check-up
        "食品健康证 不用去医院 免体检 疾控能查 薇 jkz_5501",
        # the licences by their short names
        "中药师证 西药师证 都能办 不用考 两个月下证 私",
        "乡村医生证 快速办理 不用考试 加微 xc_2020",
    ],
)
def test_health_certificates_and_licences_sold_fire_cs201(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "化验单 肝功能 可以改成正常 医院章齐 加微 hy_0902",
        "病假单 三甲医院 写几天都行 带门诊章 私我",
        "体检表 各大医院模板 盖好章的 直接填 V tjb_661",
        "出院记录 按你要的病情写 单位核实也不怕 微信 cy_515",
        "各大医院 诊断证明专用章 电子章 直接P上去 一个二十 私我 zhang_01",
    ],
)
def test_a_hospitals_paper_with_a_forgers_boast_fires_fc209(det, text: str) -> None:
    assert "FC-209" in rule_ids(det, text, CERTS)


def test_a_medical_record_book_made_to_order_fires_fc208(det) -> None:
    ids = rule_ids(det, "门诊病历本 代开 一本六十 加v mz_bl01", CERTS)
    assert {"FC-208", "FC-212"} <= ids


@pytest.mark.parametrize(
    "text",
    [
        "健康证办理：请本人到区疾控体检，五个工作日后领证，咨询电话 0731-8456 2210",
        "诊断证明由医院按统一格式开具，各大医院样式不同，单位核实时以原件为准。",
        "本店刻章须凭单位介绍信和营业执照副本，依法备案后方可刻制公章。",
        "体检报告单出来了，转氨酶偏高，医生让我一个月后复查",
        "新闻：有人在网上出售盖好章的空白体检表，警方已立案调查。",
        "入职体检要求：体检不合格的不予录用，请提前空腹到体检中心。",
        "请问病假单丢了，可以去医院补开吗？",
        "招聘中药师一名，持中药师证，需在本店注册，挂证勿扰。",
        "疫苗本丢了怎么办？可到原接种门诊凭身份证补办预防接种证。",
        "护士执业证注册变更须本人登录护士注册系统申请，医院审核后生效。",
        "卫健委通报：多家医院存在医生违规出具诊断证明书的问题，已责令整改。",
        "化验报告单上的数据仅供参考，请遵医嘱。",
    ],
)
def test_lawful_medical_text_stays_silent_in_every_pack(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


def test_the_default_pack_reads_no_medical_paper(det) -> None:
    assert rule_ids(det, "病假单 三甲医院 写几天都行 带门诊章 私我", DEFAULT) == set()
