"""Session 57, fa12: lawful text round 63's helpers found firing (holdout186 measures it).
Sentences written for this file (not the holdout186 lines, nor the rules' fixtures).

- An organ's or an exam site's notice of an exam arrangement names the exam as the subject right
  before the organ (考试由市应急管理局指定的考点统一组织, 复审考核由省应急管理厅指定的机构实施):
  who holds the exam is a fact, not a seller's badge (SS-001 ``unless``: 考试由 / 考核由 + the
  organ's first characters). A school naming itself the designee, or a notice-shaped line with a
  promise or a contact beside it, still fires.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


@pytest.mark.parametrize(
    "text",
    [
        "架子工作业操作考试由县应急管理局指定的考点统一实施，请各位考生带好准考证准时到场",
        "本批次登高作业理论考试由市应急管理局指定考场统一组织，考生须提前半小时签到",
        "熔化焊接作业复审考核由省应急管理厅指定的考核机构组织，请持证人按通知时间参加",
        "通知：下周的制冷作业考试统一由当地应急管理部门指定的考试点承担，请考生按时参加",
    ],
)
@pytest.mark.parametrize("packs", EVERY)
def test_exam_arrangement_notice_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # a notice's words with the seller's promise and call beside them
        "考试由市应急管理局指定考点统一组织，报我们班包过，加v kd_3141",
        # the school as the designee, its own 考试由我们 after the badge
        "本培训部是县应急管理局授权考点，考试由我们自己安排，来电咨询15833446677",
        # the badge alone, no 考试由 before the organ
        "省应急管理厅指定考试机构，登高证考试轻松过，微信 dg_2718",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_designee_claim_still_fires(det, text: str, packs: list[str]) -> None:
    assert "state_symbol_misuse" in categories(det, text, packs)
    assert "SS-001" in rule_ids(det, text, packs)
