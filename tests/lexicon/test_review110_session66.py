"""Session 66, review110: second reading of qa3's Q&A sellers. Sentences written for this file
(not from holdout227, holdout164, any other holdout set, the corpus nor the rules' fixtures).

- (a) A reissue answer that sends the holder to the issuing office and then takes the rest of the
  errand over in the seller's words (本人带身份证到原发证机关，其余我们帮你办 / 剩下的我们来):
  CS-001's own exception 原发证机关 excused it, whatever followed.
- (b) An exam-registration answer that hands the exam's questions and answers over before the
  sitting (考前给你题目和答案 / 考前我们把原题和答案打包发你): exam fraud in every pack, read by
  the default pack's EF-003 too, not only by the training pack's EF-106.
- (c) Lawful twins that must stay silent: offices' reissue answers (本人带身份证到原发证机关申请补发),
  a school that helps with a paper's number, schools handing over the question bank or mock papers
  before the exam (考前给你题库和模拟题), and the official answers published after the exam.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

# --- (a) the reissue's route taken back ----------------------------------------------------------

_REISSUE_SELLERS = [
    "问：电工证丢了补办要重新考吗？\n答：不用考，本人带身份证到原发证机关，剩下的我们帮你办，微信 dgbb_6602",
    "问：高处作业证遗失了怎么补？\n答：本人带身份证到原发证机关走一趟，其余我们帮你搞定，电话 13957146603",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _REISSUE_SELLERS)
def test_reissue_route_taken_back_fires(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


# --- (b) the exam's questions and answers handed over before the sitting ----------------------

_LEAK_SELLERS = [
    "问：叉车证怎么报名？\n答：本人到考点考试就行，考前给你题目和答案，电话 13957146621",
    "问：电工证能报名吗？\n答：可以，本人到考场考，考前给你考题和答案，微信 dg_kq6622",
    "问：焊工证好考吗？\n答：好考，考前我们把原题和答案打包发你，电话 13857146623",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _LEAK_SELLERS)
def test_answers_before_the_exam_fire_in_the_default_pack(det, text, packs):
    assert_sells(det, text, "exam_fraud", packs)


# --- (c) lawful twins ----------------------------------------------------------------------------

_LAWFUL = [
    "问：电工证丢了补办要重新考吗？\n答：不用考，本人带身份证到原发证机关申请补发，电话 0571-86046611",
    "问：焊工证遗失了怎么补？\n答：本人带身份证到原发证机关办理，其余材料以窗口告知为准，电话 0571-86046612",
    "问：登高证丢了怎么办？\n答：本人带身份证到原发证机关补办，我们可以帮你查原证编号，电话 13957146613",
    "问：叉车证能报名吗？\n答：可以，本人到考点考试，考前给你题库和模拟题练习，电话 13957146631",
    "问：电工证考试难吗？\n答：不难，考前我们把题库发给你多练几遍，电话 13857146632",
    "问：焊工证考试什么时候公布答案？\n答：考试结束后由考试机构公布参考答案，电话 0571-86046633",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_reissue_and_registration_answers_stay_silent(det, text, packs):
    assert_silent(det, text, packs)
