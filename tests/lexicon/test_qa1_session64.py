"""Session 64, qa1: a Q&A answer's own contact (``stance._answered``'s read-back of the contacts
``stance._qa_post`` sets aside as the answer post's) and the FAQ's letter labels (``posts.post_heads``:
Q：/ A：, Ｑ：/ Ａ：, labels only where both stand). Sentences written for this file (not from any
holdout set, the corpus nor the rules' fixtures).

- (a) Sellers missed: the answer grants the asked skip in its own words (可以，不用考 / 能拿，不用来考)
  and ends on its own mobile number, QQ or chat id: the Q&A reading set the number aside as the
  answer post's and nothing read it back, so the question stood unanswered (``report:问句``).
- (b) Lawful FAQs firing: an honest answer under Q：/ A： or Ｑ：/ Ａ： with the school's contact
  (the letters were no labels, the contact read as the question's call); 答复：/ 回答：/ A：/ 【答】
  before the asked no (``silence._ASKED_NO`` knew only 答：) in the training pack.
- The rest pins what stays: the Q：/ A： seller with no question mark (holdout174 p011's shape),
  the schools' and offices' lawful yes and no with their own numbers, warnings quoting a chat.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import CERTS, EVERY_PACK, WITH_SPECIAL, assert_sells, assert_silent

# --- (a) sellers: the granted skip and the answer's own contact --------------------------------

_SELLERS_FIXED = [
    "问：熔化焊证可以不考试拿吗？\n答：可以，不用考，电话 13605718842",
    "问：低压电工证能免考吗？\n答：能，不用来考，手机 18968031175",
    "提问：高处作业证不考能拿吗？\n回答：能拿，不用考，本人不用到场，电话 15372019946",
    "问：叉车证能不能不考？\n答：可以，不用考试，QQ 3021887465",
    "问：焊工证可以免考吗？\n答：可以的，不用考，电话 137-0571-6628",
]

_SELLERS_KEPT = [
    # the answer's own call word was read before this round
    "问：熔化焊证可以不考试拿吗？\n答：可以，不用考，私聊",
    # Q：/ A： with no question mark: the answer still takes the question's object
    "Q：电工证好过吗\nA：包过，加微 dg0707",
    "Q：登高证可以免考吗？\nA：可以，不用考，一周出证，vx dg4512",
    "问：焊工证包过吗？\n答：包的，考不过退钱，电话 13588201174",
    "【问】叉车证能直接拿证吗？\n【答】可以，免考直接出证，QQ 2871103356",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SELLERS_FIXED + _SELLERS_KEPT)
def test_seller_answering_its_own_question_fires(det, text, packs):
    assert_sells(det, text, {"CS-001", "CS-005", "CS-006", "GP-001", "GP-002"}, packs)


# (熔化焊证 / 低压电工证 are named in the default pack only)
@pytest.mark.parametrize("text", _SELLERS_FIXED[2:])
def test_seller_answering_its_own_question_fires_in_certificates(det, text):
    assert_sells(det, text, "CS-201", CERTS)


def test_health_check_waived_under_q_a(det):
    text = "Q：健康证不用体检能拿吗？\nA：能办，不用去体检，微信 jkz_5521"
    assert_sells(det, text, "CS-201", CERTS)


# --- (b) lawful FAQs: silent in every pack ----------------------------------------------------

_LAWFUL_FIXED = [
    "Ｑ：熔化焊证能免考吗？\nＡ：不能免考，须本人参加考试，报名咨询微信 rhh_6650",
    "Ｑ：电工证能保过吗？\nＡ：不保过，成绩看自己，报名微信 dgpx_3390",
    "Q：叉车证包过吗？\nA：不包过，考试靠自己，报名咨询微信 ccpx_1180",
    "Q：电工证包过吗\nA：不包过，好好学才能考过，咨询电话 0571-86443120",
    "问题：焊工证包过吗？\n答复：不包过，考试由应急管理局组织，考试中心电话 0571-88109920",
    "提问：登高证包过吗？\n回答：不能保过，考试靠自己，报名咨询微信 dgpx_5531",
    "【问】电工证包过吗？\n【答】不包过，考试靠自己，报名咨询微信 dgpx_7712",
]

_LAWFUL_KEPT = [
    "问：熔化焊证可以不考试拿吗？\n答：不可以，须本人参加理论和实操考试，报名电话 0571-86550021",
    "问：电工证能免考吗？\n答：不能，考试合格才发证，咨询电话 13605718843",
    "Q：登高证可以免考吗？\nA：不可以，必须本人参加考试，报名咨询微信 dgpx_0921",
    "问：登高证能网上报名吗？\n答：可以，网上报名，考试须本人到考点，咨询微信 dgpx_4410",
    "问：叉车证丢了能补办吗？\n答：可以，带身份证到发证机关申请补办，咨询电话 0571-86550177",
    "问：电工证复审需要考试吗？\n答：需要，复审要参加安全培训并考试合格，咨询电话 0571-86550188",
    "问：焊工证包过吗？\n答：哪有包过的呢？考试靠自己，报名咨询微信 px_1203",
    "有网友晒出聊天：对方说“问：电工证能不考吗？答：能，交钱就行，微信 dg4410”，结果被拉黑，这就是典型骗局",
    "网友提醒：有人在群里发“问：焊工证包过吗？答：包过，微信 hg7701”，这种都是骗钱的，大家别加",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _LAWFUL_FIXED + _LAWFUL_KEPT)
def test_lawful_faq_stays_silent(det, text, packs):
    assert_silent(det, text, packs)
