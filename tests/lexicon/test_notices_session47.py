"""Session 46, helper "notices": fake official notices that sell -- "关于…的补充通知", 【紧急通知】,
📢重要通知： over the notice's own promise of the result (本中心保证一次通过, 考不过全额退费, 不用参加
考试 直接发证) and a landline or a 400 number to call (报名电话 0531-…, 报名热线 400 …) -- against the
bureau's own supplementary and urgent notices, lawful enrolment notices with a landline and no
promise, notices warning that whoever promises 包过 is a fraud, and schools' 停课 notices.

Sentences written for this test, not taken from the held-out set (holdout139).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # a supplementary notice's title (关于…的补充通知) and a landline after the promise
        "关于电工取证培训班的补充通知\n本期学员由我校统一安排考试，保证一次通过，不通过全额退费。报名电话 0532-8860 4127",
        # 补充说明通知, a 400 number
        "关于2026年叉车证培训的补充说明通知：凡在本中心报名的学员考试包过，考不过不收学费。报名热线 400-702-3318",
        # a bare urgent heading over the promise
        "【紧急通知】本期登高作业培训最后五个名额，本中心保证一次通过，过不了退全款。咨询电话 0411-8275 6630",
        # the emoji heading
        "📢重要通知：制冷作业培训签约保过，考不过学费全退。报名座机 0898-6613 2240",
    ],
)
def test_a_notice_promising_the_pass_with_a_landline_is_flagged(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "紧急通知\n今年最后一批焊工证，不用参加考试，直接发证，十天拿证。办理电话 0311-8870 1652",
        "关于高处作业证办理的补充通知：本期免考办理，人不用到场，半个月出证。咨询热线 400-663-5120",
    ],
)
def test_a_notice_selling_the_paper_with_a_landline_is_flagged(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


def test_a_training_notice_in_another_pack_is_flagged(det) -> None:
    text = (
        "关于消防设施操作员培训的紧急通知：本机构保证一次通过，不过全额退费。报名电话 025-8466 3021"
    )
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # the bureau's supplementary notice on a changed date, its office landline
        "关于焊工证实操考试时间调整的补充通知\n原定本月12日的实操考试改为19日，请考生携带身份证按时参加。咨询电话 0532-8860 4100",
        # an urgent notice of a closed exam site
        "紧急通知：受暴雨影响，明日高处作业考试暂停，考试另行安排，已缴考试费不另收取。咨询电话 0311-8870 1600",
        # a lawful enrolment notice with a landline and no promise
        "关于低压电工培训开班的通知：本期理论80学时，实操在实训室进行，结业后参加考试中心统一考试。报名电话 0411-8275 6600",
        # a school that says it promises nothing (内部名额 denied)
        "重要通知：本校不承诺考试通过，也没有任何内部名额，请学员按时完成学时。招生电话 0898-6613 2200",
        # a notice warning of the promise, its numbers unquoted and quoted
        "【重要通知】凡称焊工证不用考试、保证一次通过的均为诈骗，本中心从未委托任何机构代办。咨询电话 0532-8860 4100",
        "📢紧急通知 有人冒用我局名义发布“包过”“免考”信息，请勿轻信。咨询电话 400-655-9100",
        # a school's 停课 notice and a retake notice
        "关于寒潮期间停课的通知\n明天电工和焊工培训班停课一天，考试时间不变。联系电话 0311-8870 1611",
        "关于补考的通知：上期未通过焊工实操考试的学员可报名补考一次，补考费按规定缴纳。报名电话 0411-8275 6611",
    ],
)
def test_real_notices_with_a_landline_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


def test_a_court_report_quoting_the_fake_notice_stays_silent(det) -> None:
    text = "法院查明，被告人以“关于开展取证工作的补充通知”为名发布广告，称保证一次通过，留有座机号码，骗取培训费十余万元。"
    assert rule_ids(det, text, ALL) == set()


def test_a_traditional_notice_title_is_read_in_its_simplified_form(det) -> None:
    sells = "關於電工培訓班的補充通知：本中心保證一次通過，不通過全額退費。報名電話 0532-8860 4127"
    office = "關於焊工證考試時間調整的補充通知：考生須完成培訓學時，按新時間參加考試。諮詢電話 0371-6521 4400"
    assert "guarantee_promise" in categories(det, sells, SPECIAL)
    assert rule_ids(det, office, ALL) == set()
