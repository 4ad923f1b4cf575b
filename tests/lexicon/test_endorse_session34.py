"""The training-ads pack on Advertising Law art. 24 items (二) and (三) (session 34, endorse, holdout62):
the teacher said to be a former or past examiner, a question setter or an examiner of the seller's
own (前面试考官坐镇, 出过题的老师, 考场考官是我们的教练, 面试组老师一对一), and the course endorsed by a
university professor, an expert, an association or a learner's testimony (北大教授推荐, 协会唯一指定,
学员现身说法). And the lawful side of the same words: exam offices' rules for their examiners, news of
a punished examiner or a fined school, a university's own course page, regulator Q&A, a learner.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, rule_categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "省考结构化面试班 前面试考官坐镇 报名私我",
        "护资冲刺 出过题的老师亲自带 报名加v hz_cc",
        "科目三速成 考场考官是我们的老师傅 报名电话 139 2211 0456",
        "考研复试班 面试组老师一对一 报名请加招生微信",
        "一建市政特训 曾任阅卷考官的老师主讲 扫码报名",
    ],
)
def test_an_examiner_teaching_is_an_insider_claim(det, text: str) -> None:
    found = rule_categories(det, text, TRAINING)
    assert found.get("EF-105") == "exam_fraud", found


@pytest.mark.parametrize(
    "text",
    [
        "人大教授倾情推荐 考研政治冲刺班 报名私我",
        "市会计学会唯一指定 初级会计培训 加v kj_px",
        "学员现身说法 事业编笔试一次过 想报的私我",
        "名师力荐 法考客观题精讲班 扫码报名",
    ],
)
def test_an_endorser_under_a_call_is_an_endorsement(det, text: str) -> None:
    found = rule_categories(det, text, TRAINING)
    assert found.get("GP-111") == "guarantee_promise", found


def test_the_endorsement_names_item_three(det) -> None:
    text = "清华教授推荐 考研英语全程班 报名加v ky_yy"
    hits = [f for f in det.scan_page(text=text, packs=TRAINING).findings if f.rule_id == "GP-111"]
    assert hits, text
    assert "ad-24-3" in hits[0].law


@pytest.mark.parametrize(
    "text",
    [
        "市人事考试院：面试考官一律不得参加任何考试培训，违者取消考官资格。",
        "一名前面试考官在培训班授课被查处，考试院取消其考官资格。",
        "有考研机构在广告里宣称北大教授推荐，被市场监管部门罚款。",
        "消防协会声明：本会从未指定任何消防工程师培训机构，请考生警惕。",
        "北京大学法学院秋季学期开设刑法课程，主讲教授为本院教师，请登录教务系统选课。",
        "问：培训广告能不能用学员现身说法？答：广告法第二十四条第三项禁止利用受益者的名义作推荐、证明。",
        "我自己看书考过了一建，没报班，分享一下复习计划。",
        "招聘教资面试培训讲师一名，有三年教学经验者优先。",
    ],
)
def test_the_lawful_side_is_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL), text
