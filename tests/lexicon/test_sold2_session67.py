"""Session 67, sold2: sellers in renewal and reissue answers. Sentences written for this file (not
from holdout230, holdout227, any other holdout set, the corpus nor the rules' fixtures).

- (a) A renewal answer that waves the exam away (no exam is due at renewal) and then lets the
  holder sign in and leave (签个到就走 / 签完字就能走 / 打个卡就走), the course hours filled in by
  the seller: the renewal course is sold, not attended.
- (b) A reissue answer that sends the holder to the issuing office once and takes the rest of the
  errand over in the seller's words (剩下的我们帮你办 / 其他的我们来办 / 其余我们搞定).
- (c) Lawful twins that must stay silent in every pack run: a school that refuses the sign-in-and-
  leave, offices that say who does the rest (其余手续由发证机关办理), a school that cannot help
  with the rest, the renewal in the place of work, news that quotes the seller.
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

# --- (a) renewal: sign in and leave ---------------------------------------------------------------

_RENEWAL_SELLERS = [
    "问：电工证复审要去几天？\n答：去一次就行，签完字就能走，课时我们补，电话 13957267102",
    "答：高压电工证到期不用重考，人到培训点打个卡就走，其余我们搞定，扣扣 2730267105",
    "问：制冷证过期了要重考吗？\n答：不用重考，复审那天签到完就可以走，学时我们给你弄好，加v zl_t67a06",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _RENEWAL_SELLERS)
def test_renewal_sign_in_and_leave_fires(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


# --- (b) reissue: the rest of the errand taken over ---------------------------------------------

_REISSUE_SELLERS = [
    "问：登高证丢了补办麻烦吗？\n答：不麻烦，本人去原发证机关按个手印，剩下的我们帮你办，加v dg_t67a03",
    "问：焊工证坏了能换吗？\n答：能，本人拿旧证去窗口，其他的我们来办，电话 13857267104",
    "问：叉车证遗失了怎么办？\n答：本人到发证窗口拍个照，余下的手续我们全包，微信 cc_t67a07",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _REISSUE_SELLERS)
def test_reissue_rest_taken_over_fires(det, text, packs):
    assert_sells(det, text, ANY_RULE, packs)


# --- (c) lawful twins --------------------------------------------------------------------------

_LAWFUL = [
    "问：复审培训可以签个到就走吗？\n答：不可以，签个到就走的不计学时，电话 0571-87267111",
    "问：焊工证丢了怎么补？\n答：本人带身份证到原发证机关申请，其余手续由发证机关办理，电话 0571-87267112",
    "问：电工证损坏了能换吗？\n答：能，本人拿旧证到原发证机关申请换发，其他的我们帮不了，电话 13957267113",
    "问：叉车证到期要回来复审吗？\n答：不用回来，在工作所在地申请复审，本人参加培训，电话 0571-87267114",
    "记者暗访时，对方称“本人签个到就走，其余我们搞定”，应急管理部门已立案调查",
    "问：登高证复审要本人去吗？\n答：要，签到后要听满两天课，中途不能走，电话 0571-87267116",
    "问：补办焊工证要多久？\n答：本人到窗口提交申请，剩下的由发证机关审核，十个工作日办结，电话 0571-87267117",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL)
def test_lawful_renewal_and_reissue_answers_stay_silent(det, text, packs):
    assert_silent(det, text, packs)


# --- (d) the insider in the exam room, said as 监考的是我们自己人 / 考场有咱们的人 ---------------

_INSIDER_SELLERS = [
    "问：焊工证理论难考吗？\n答：不难，监考的是我们自己人，进去照着答就行，微信 hg_t67d01",
    "学员：电工证实操我怕过不了\n老师：别担心，考场有咱们的人，分数给你打够，私聊",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _INSIDER_SELLERS)
def test_insider_in_the_exam_room_fires(det, text, packs):
    assert_sells(det, text, "exam_fraud", packs)


def test_a_school_that_says_its_people_stay_out_of_the_room_is_silent(det):
    text = (
        "问：电工证考试监考严吗？\n答：很严，监考由考点安排，我们的人进不了考场，电话 13706267141"
    )
    for packs in EVERY_PACK:
        assert_silent(det, text, packs)
