"""Session 63, review83: a second reading of round 74's review79 (``silence._OUTBID_TO_EXAM``, the
office's reply to a rumour in ``stance._HEARSAY_FIX``) and of the lead's join of that reply with
fa22's named office answer (…管理局答复：不能免考) and the traditional 答覆 / 回覆. Sentences written
for this file (not from any holdout set, the corpus nor the rules' fixtures).

- (a) Lawful text still firing: the office's reply through 正规渠道 (``_HEARSAY_SELLER`` read its
  渠道 as a seller's); the refusal stressed (绝对不能), said of everyone (任何人都不能), of the card
  named again (叉车证不能免考), quoted (“不能免考”), told as 没有免考一说 / 从来没有免考; 答复如下;
  the reply opening its own sentence (。本中心答复：); a school's or an association's reply (本校 /
  我校 / 本协会); 经核实 with a colon.
- (b) Sellers still missed: the nameless reply (回复：不能免考) followed by a coded call and a bare
  chat id (懂的来，hg8899; 需要的滴滴); the can-do whose 本人 asks papers or waives the exam (要本人身份证
  就行; 本人参加不了也行; 免 / 用不着 / 免去 本人参加), which ``_OUTBID_TO_EXAM`` read as the
  exam in person.
- The rest pins what review79 and the join got right, both ways, and review79's open case (焊工证包过
  是骗局？哪里是骗局，本校通过率高，报名私我: a seller defending the pass promise, kept firing).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

# --- (a) lawful text: silent in every pack --------------------------------------------------

_OFFICE_LAWFUL_FIXED = [
    # the office sends the reader to the lawful route: its 正规渠道 is no seller's 渠道
    "网传焊工证可以免考，市应急管理局回复：不能免考，请通过正规渠道报名",
    # the refusal stressed, said of everyone, told as no such thing
    "网传焊工证可以免考，本中心答复：绝对不能免考，请本人参加考试",
    "网传电工证可以免考，本局答复：任何人都不能免考",
    "网传焊工证可以免考，本中心答复：没有免考一说，须本人参加考试",
    "网传叉车证可以免考，本中心答复：从来没有免考，须本人参加考试",
    # the card named again before the refusal
    "网传焊工证可以免考，本中心答复：特种作业操作证不能免考",
    "网传叉车证不用考试，本中心答复：叉车证不能免考，须本人参加考试",
    # the refusal quoted; 答复如下
    "网传焊工证可以免考，本中心答复：“不能免考”，请本人参加考试",
    "网传登高证可以免考，本中心答复如下：不能免考，须本人参加考试",
    # the reply opening its own sentence
    "网传焊工证可以免考。本中心答复：不能免考，须本人参加考试",
    "网传焊工证可以免考；本中心答复：不能免考，须本人参加考试",
    # a school's or an association's reply
    "网传电工证可以免考，本协会答复：不能免考，须本人参加考试",
    "网传焊工证可以免考，本校答复：不能免考，须本人参加考试",
    "网传焊工证可以免考，我校回复：不能免考，须本人参加考试",
    # 经核实 with a colon
    "网传焊工证可以免考，经核实：不能免考，须本人参加考试",
]

_OFFICE_LAWFUL_KEPT = [
    "网传焊工证可以免考，本中心答复：不能免考，报名咨询0571-86501234",
    "網傳焊工證可以免考，本中心答覆：不能免考，請本人參加考試",
    "网传焊工证交钱就能拿，本中心答复：不能，必须参加考试",
    "网传焊工证可以免考，本中心答复：不存在免考，须本人参加考试",
    "网传焊工证可以免考，本中心答复：一律不能免考",
    "网传焊工证可以免考，本中心答复：不能免考，考试安排见官网",
    "网友留言：听说焊工证可以免考？\n回复：不能免考，请本人参加考试",
    "焊工证包过是骗局？当然是骗局，本校不承诺包过，报名请到前台",
    # the school's can-do sent to the exam in person (review79's reading, kept)
    "很多人说电工证不能免考，我们可以，须本人参加考试，报名电话 0571-86501234",
    "很多人说叉车证不能免考，我们可以，必须本人到场考试，咨询 0571-86501234",
    "大家都说焊工证不能免考，本中心可以，提供正规培训，考试本人参加",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OFFICE_LAWFUL_FIXED + _OFFICE_LAWFUL_KEPT)
def test_lawful_text_is_silent(det, text: str, packs: list[str] | None) -> None:
    assert_silent(det, text, packs)


# --- (b) sellers: the skip fires ------------------------------------------------------------

_SKIP_SELLERS_FIXED = [
    # the nameless reply, then a coded call and a bare chat id
    "网传焊工证可以免考，回复：不能免考，懂的来，hg8899",
    "网传电工证可以免考，答复：不能免考，需要的滴滴，dg6688",
    "网传叉车证可以免考，回复：不能免考，有需要的来，cc5566",
    # the can-do whose 本人 asks papers or waives the exam
    "大家都说焊工证不能免考，我们可以，本人参加不了也行，加v hg8899",
    "大家都说焊工证不能免考，我们可以，要本人身份证就行，加v hg8899",
    "大家都说焊工证不能免考，我们可以，只要本人身份证复印件，加v hg8899",
    "很多人说电工证不能免考，我们可以，本人亲自来一趟拍照就行，v dg6688",
    "很多人说电工证不能免考，我们可以，免本人到场，v dg6688",
    "很多人说电工证不能免考，我们可以，用不着本人参加，v dg6688",
    "很多人说电工证不能免考，我们可以，免去本人参加，v dg6688",
]

_SKIP_SELLERS_KEPT = [
    # the new names and the stressed refusal still turn to the sale after them
    "网传焊工证可以免考，本校答复：不能免考，懂的来，hg8899",
    "网传电工证可以免考，本局答复：任何人都不能免考，懂的来，dg6688",
    "网传焊工证可以免考。本中心答复：能，交钱就行，私聊",
    "网传焊工证可以免考，本中心答复：焊工证能免考，交钱就行",
    "网传焊工证可以免考，本中心答复：没有问题，交钱就行",
    "网传焊工证可以免考，市应急管理局回复：不能免考，走正规渠道太慢，内部名额找我，hg8899",
    # a shop's or a service desk's reply is no office's
    "网传焊工证可以免考，客服回复：不能免考的是别家，我们这边直接拿证，加v hg8899",
    "网传焊工证可以免考，店家回复：不能免考，但有办法，私聊",
    "網傳焊工證可以免考，客服回覆：不能免考，但我們有門路，加v hg8899",
    "網傳焊工證可以免考，本中心答覆：能，交錢就行，私聊",
    "网传焊工证可以免考，经核实，可以，加v hg8899",
    "大家都说焊工证不能免考，我们能，无需本人到场，加v hg8899",
]


@pytest.mark.parametrize("text", _SKIP_SELLERS_FIXED + _SKIP_SELLERS_KEPT)
def test_skip_sellers_fire(det, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)
    assert_sells(det, text, "CS-201", CERTS)
    assert_sells(det, text, "CS-001", ALL)
    assert_sells(det, text, "CS-201", ALL)
    assert_sells(det, text, "CS-001", None)


#: Sellers whose 本人 asks papers (照片 / 签字): the default pack fires now; the certificates pack's
#: CS-201 is silenced by its own YAML ``unless`` (须本人 / 需本人), left to it (see the docs section).
_SKIP_SELLERS_DEFAULT = [
    "大家都说焊工证不能免考，我们能，须本人提供照片，十天出证，加v hg8899",
    "很多人说电工证不能免考，我们可以，需本人签字即可，v dg6688",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _SKIP_SELLERS_DEFAULT)
def test_skip_sellers_fire_by_default(det, text: str, packs: list[str] | None) -> None:
    assert_sells(det, text, "CS-001", packs)


#: review79's open case: the writer denies the pass promise is a scam, vouches its school and calls
#: the reader to enrol in private. Read as a seller's implied pass guarantee (广告法第二十四条).
_PLEDGE_SELLERS = [
    "焊工证包过是骗局？哪里是骗局，本校通过率高，报名私我",
    "电工证包过是骗局？哪里是骗局，我们通过率九成，报名私我",
]


@pytest.mark.parametrize("text", _PLEDGE_SELLERS)
def test_pass_defended_as_no_scam_fires(det, text: str) -> None:
    assert_sells(det, text, "GP-001", DEFAULT)
    assert_sells(det, text, "GP-001", None)
    assert_sells(det, text, "GP-101", TRAINING)
    assert_sells(det, text, "GP-001", ALL)
    assert_sells(det, text, "GP-101", ALL)
