"""Session 49, review5: a second read of round 41's code and its merges (session 49).

Each defect found is pinned here by sentences written for this test: the shape that showed it
(a seller's page the new code went silent on, or a lawful page it began to flag) and, beside
it, the page the round-41 change was made for, which must keep its verdict.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, rule_ids

# --- silence._broken / _NEGATED_BREAKER: FC-209's unless_broken_for (packs) ---


@pytest.mark.parametrize(
    "text",
    [
        # a negation of the shop's terms (不含运费, 不接急单) rules no paper out
        "荣誉证书 不含运费 资格证书 定制 可压钢印 加微 rz_4417",
        "荣誉证书 不接急单 毕业证 定制 可压钢印 加微 rz_4418",
        # 非标 (a print shop's non-standard size) rules no paper out
        "荣誉证书 非标 资格证书 定制 可压钢印 加微 rz_4419",
    ],
)
def test_a_negation_that_governs_another_word_breaks_the_print_shop_excuse(det, text: str) -> None:
    assert "FC-209" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        # the shop ruling the papers out, the negation governing them (as round 41's fixture)
        "荣誉证书定制 可加钢印 不涉及任何资格证书 电话 0571-8866 2213",
        "荣誉证书定制 可加钢印 不做毕业证 电话 0571-8866 2214",
        "荣誉证书定制 可加钢印 非职业资格证书 电话 0571-8866 2215",
        # ... and a list of them under one negation
        "荣誉证书定制 可加钢印 不做资格证、技能证书、毕业证 电话 0571-8866 2216",
    ],
)
def test_a_shop_ruling_the_office_papers_out_stays_silent(det, text: str) -> None:
    assert "FC-209" not in rule_ids(det, text, ALL)


# --- forge_any 专业做 (packs): a training school's trade named on the paper's course ---


@pytest.mark.parametrize(
    "text",
    [
        "本校专业做电工证、焊工证考前培训，学员本人参加考试，报名电话0531-8000 4321",
        "专业做特种作业操作证复审培训 报名电话0531-8000 4322",
        "我们专业做资格证考试辅导，考试由人社部门组织，电话0531-8000 4323",
    ],
)
def test_a_school_that_trains_for_the_paper_is_no_forger(det, text: str) -> None:
    assert "FC-201" not in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the course's word worn by a seller whose skip breaks it
        "专业做焊工证培训合格证 不用考 直接拿 加v hg_5511",
        "专业做电工证考前培训 包过 假证也有 加v hg_5512",
        # round 41's banner before a list of papers stays a forger's
        "专业做 身份证 驾驶证 各类证件 加v zj_5513",
    ],
)
def test_the_course_word_beside_a_skip_or_a_forgery_keeps_the_forger(det, text: str) -> None:
    assert "FC-201" in rule_ids(det, text, ALL)


# --- context._set_apart (left2): the seller's set-apart read in the forms evaders type ---


@pytest.mark.parametrize(
    "text",
    [
        # 一 typed as the Kangxi radical ⼀ (U+2F00), which the separator reader dropped
        "别把咱们跟那些骗子混为\u2f00谈，叉车证免考 私聊 cc_6621",
        "我们与那些骗子不\u2f00样，登高证不用考 加v dg_6622",
        # ... and the plain forms round 41 was made for
        "别把咱们跟那些骗子混为一谈，叉车证免考 私聊 cc_6621",
    ],
)
def test_a_seller_setting_itself_apart_in_kangxi_forms_is_read(det, text: str) -> None:
    assert rule_ids(det, text, ALL) & {"CS-001", "CS-201"}


@pytest.mark.parametrize(
    "text",
    [
        # a notice that names the scammers and sets the office apart from nothing
        "警方提醒：那些骗子与正规机构不\u2f00样，焊工证须本人参加考试，切勿轻信免考",
    ],
)
def test_a_notice_in_kangxi_forms_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
