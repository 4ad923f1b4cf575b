"""Session 66, qa3: sellers who answer their own question in Q&A form, the offer in the answer.
Sentences written for this file (not from holdout227, any other holdout set, the corpus nor the
rules' fixtures).

- (a) Sellers: the question names the paper and asks for the skip (能免考吗？), the labelled answer
  says yes and names the lawful route in its own words, then takes it back in the seller's words
  (坐一下就行, 其余我们搞定, 签个到就走, 露个面就行, 题目提前发你), or grants a new paper's exam
  waived beside a course (能，不用考，本人参加培训即可). The answer's number was read as the
  enrolment line of another post (``_qa_post``) and the question as a plain question
  (``report:问句``).
- (b) Lawful twins that must stay silent: a training centre's or an office's FAQ whose answer says
  no, or names the route and takes nothing back (本人参加培训和考试; 补办本人带身份证到原发证机关;
  复审本人参加培训，不用重新考; 报名材料我们帮你整理; 考前给你模拟题练习; 培训要签到).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ANY_RULE, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (a) sellers ---------------------------------------------------------------------------------

_SELLERS = [
    # a new paper's exam waived beside a course: the skip sold, the course its cover
    "问：电工证能免考吗？\n答：能，不用考，本人参加培训即可，电话 13857149901",
    "Q：叉车证能免考吗？\nA：能，不用考，本人参加我们的培训即可，加v cc_9904",
    # the route said, then taken back in the seller's words
    "问：登高证能免考吗？\n答：可以，本人到考点坐一下就行，其余我们搞定，电话 13957149902",
    "问：焊工证能不考吗？\n答：能，本人到考场签个到就走，题目我们提前发你，微信 hg_9903",
    "【问】电工证可以免考吗？\n【答】可以，本人到考点露个面就行，剩下的我们包办，电话 13706549905",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS)
def test_seller_answering_its_own_question_fires(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


# --- (b) lawful twins ----------------------------------------------------------------------------

_LAWFUL = [
    "问：电工证能免考吗？\n答：不能，本人参加培训和考试，考试合格才发证，电话 13857149911",
    "问：焊工证丢了补办要重新考吗？\n答：不用考，本人带身份证到原发证机关补办，电话 13957149912",
    "问：登高证到期了要重新考吗？\n答：不用重新考，复审本人参加培训即可，电话 13706549913",
    "问：叉车证能直接报名吗？\n答：可以，本人到考点考试，报名材料我们帮你整理，电话 13588049914",
    "问：电工证能网上报名吗？\n答：可以，网上报名后本人到考点考试，考前给你模拟题练习，微信 pxzx_9915",
    "问：焊工证复审要本人去吗？\n答：要，本人参加复审培训，培训要签到，缺课不予复审，电话 0571-86049916",
    "问：高处作业证能免考吗？\n答：不可以，本人到考点参加理论和实操考试，考场有监控，电话 13957149917",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_faq_stays_silent(det, text, packs):
    assert_silent(det, text, packs)
