"""Session 50, left4: leftovers of rounds 41-43. Sentences written for this file (not the
holdout153 lines).

- A lawful errand word (签证) written inside the list a forger's sale word governs is one more
  paper sold (专业做户口本 结婚证 签证), while a visa agency's errand still excuses the papers it
  asks its client to bring (silence._errand_listed, FC-201).
- The 不想 of an A-not-A 想不想 asks, it denies nothing: the hook 想不想不考试…？加v is a seller's,
  a learner's 我想不想考…？当然想 is no one's offer (context.negation_before, silence).
- A print shop's blank awards (荣誉证书 聘书 奖状) carry the 钢印 a company or school orders; a list
  naming a paper only an issuing office awards is still the forger's (FC-212, FC-209).
- A school's trade course governed by 专业做 (专业做焊工培训) is no forged paper (FC-201, FC-202).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "专业做户口本 结婚证 签证，加v hk_1357",
        "专业制作驾驶证 身份证 签证 微信 jz_2468",
    ],
)
def test_a_visa_word_inside_a_forgers_list_does_not_excuse_it(det, text: str) -> None:
    assert "FC-201" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "商务签证代办，所需资料：身份证、户口本、房产证明，加v咨询 sw_1122",
        "专业做签证二十年，客户只需准备护照 身份证 户口本，微信 qz_3344",
        "日本签证加急办理，请带好身份证、户口簿原件，电话 139 8765 4321",
        "签证办理 需要提供：身份证 驾驶证 房产证复印件，详情加v",
    ],
)
def test_a_visa_agencys_material_list_fires_no_rule(det, text: str) -> None:
    """The learned model may still read such a list (low, for review: ML-*); no rule may."""
    assert rule_ids_no_model(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "想不想不考试就拿到焊工证？私我 hg_1470",
        "想不想不去考场就拿到高压电工证？加v gy_2581，三天出证",
    ],
)
def test_a_want_or_not_hook_for_a_paper_without_the_exam_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我想不想考焊工证？当然想，就是没时间去培训",
        "想不想不考试就拿到电工证？别做梦了，这种证都是假的",
    ],
)
def test_a_learners_own_want_or_not_and_a_warning_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


def test_the_sellers_own_no_exam_after_the_want_or_not_question_still_fires(det) -> None:
    """想不想考…？ asks; the 不想考 that answers it with the seller's skip is an offer."""
    text = "想不想考焊工证？不想考也能拿证，加v hg_3692"
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "奖状 荣誉证书定制 可加钢印 单位表彰用 加微 jz_4703",
        "聘书 奖状 批量定做，烫金，可加钢印，电话 136 2222 3333",
    ],
)
def test_a_print_shops_blank_awards_with_a_seal_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "荣誉证书 学位证 定制 可加钢印 加微 xw_5814",
        "奖状 职称证 定制 钢印 私我",
    ],
)
def test_an_office_paper_in_the_award_list_is_still_forged(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, ALL)


def test_a_schools_trade_course_is_no_forged_paper(det) -> None:
    """FC-209 still reads 证书…官网可查 here (a likeness boast it cannot tell from the school's
    lookup); the 专业做 rules must not read the course as a paper made."""
    text = "专业做电工培训二十年，证书由应急管理部门考试发放，考后官网可查，微信 dg_9630"
    assert not rule_ids(det, text, ALL) & {"FC-201", "FC-202"}


def test_a_trade_course_beside_a_skip_is_still_forged(det) -> None:
    text = "专业做焊工培训，证书保真，不用考，官网可查，微信 hg_7410"
    assert categories(det, text, ALL) & {"fake_certificate", "certificate_sale"}
