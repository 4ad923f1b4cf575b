"""Session 71, helper lawful10: warnings, debunks, refusal lists and notices that still fired.

Sentences written for this file (none is a row of holdout250, of any other set or of any real
text). Families of lawful lines that fired on main ``6b5fc971``:

- a school's refusal list headed by what it will not say, promise or write (我们不会说的话：包过、稳过;
  本校从不承诺：包过、保过): the refusal head read only 做 / 干 / 接 / 办 / 提供, and the items
  稳过 / 不过退费 / 保证通过 / 百分百通过 / 代替考试 were not banned trades of the list;
- an office's or a learner's note that an exam cannot be taken without the holder there
  (本人不到场不能考, 不露面是考不了的, 不露面办不了): CS-001 read the skipped attendance as offered;
- forum debunks whose verdict (没有这回事, 不存在的, 根本不可能) comes after the claim, and warnings
  turned against a pass promise (然而稳过的说法并无依据).

Each reading is tested with its lawful twins (no rule fires in any pack run) and with the sellers who
use the same words and cross the line (a rule still fires where its pack runs).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

#: A school's or a seller-watcher's list of the words it will not say, promise or write.
_REFUSED_WORDS = [
    "我们不会说的话：包过、稳过、不过退费",
    "本校从不承诺：包过、保过、不考拿证",
    "我们的招生简章里不会写：包过、免考、代考",
    "本机构绝不承诺的事情：保证通过、免考发证、代替考试",
    "咨询老师不会讲的话：稳过、包过、代考",
    "本培训中心不承诺：包过、稳过、免考",
    "我们从来不讲：包过、保过、不用考",
    # the second reading (issue 9, session 71, lawful10)
    "招生时不会对学员说：包过、稳过、不过退钱",
]
#: The same heads turned into a menu or followed by the seller's own promise.
_REFUSED_WORDS_SOLD = [
    "我们不会说的话：乱收费。我们会说的：教资面试稳过，私我",
    "本校从不承诺包过，但教资笔试稳过，不过退费，加v jz_7101",
    "我们不说虚的：教资面试包过，不过全退，私聊",
    "不会说的话：学费贵，教资面试包过，加v jz_7102",
]
#: The same heads before a special-operations paper sold.
_REFUSED_WORDS_SOLD_SPECIAL = [
    "我们不说虚的：叉车证不用考，交钱十天出证，可查，私聊",
    "本校从不承诺包过，但焊工证可以不用考直接拿，加v lw_7103",
    "我们不会说的话：麻烦。电工证不用考直接拿，私聊",
    "我们不承诺：包过。我们只说：电工证不用考直接拿，私聊",
    "不会说的话：包过、稳过，焊工证直接出证，私我",
    "本校从不承诺：包过、稳过，但电工证可以免考，加v lw_7107",
]

#: Notices and notes that the exam or the renewal cannot be done without the holder there.
_MUST_ATTEND = [
    "新规落地：电工证考试实行人脸识别，本人不到场不能考",
    "焊工证不露面是考不了的",
    "电工证复审也要本人到场签字，不露面办不了",
    "叉车证考试本人不到场不能考，请按准考证时间到考点",
    "登高证不露面是拿不到的，考试要刷脸进场",
    "焊工证复审本人不到场不能办理，请带身份证原件",
    # the second reading (issue 9, session 71, lawful10)
    "特种作业考试要刷身份证进考场，不到场是不可能拿到证的",
    "叉车证理论和实操都要本人参加，人不来是考不了的",
    "电工证考试本人不到场的一律不能考，请提前候考",
    "焊工证不露面是考不了的。报名请到考点窗口，咨询电话 0571-86345100",
    "不露面就能拿证？焊工证本人不到场是考不了的，别信",
]
#: Sellers who say the others cannot skip it and they can, or who sell the skipped attendance.
_MUST_ATTEND_SOLD = [
    "别家本人不到场不能考，我们这电工证不用到场，直接出证，私我",
    "焊工证不露面也能拿，我们安排替考，可查，加v lw_7104",
    "不到场考不了？找我，登高证全程不露面，包拿证，私聊",
    "电工证不露面，直接拿证，不能考的也能办，私聊",
    "焊工证本人不到场，不能考试的我们包办，加v lw_7105",
    "电工证不到场也能办，考不了的找我，私聊",
    # the second reading: the denial asked, answered or followed by the seller's own way
    "焊工证本人不到场不能考？我们能，私聊",
    "电工证不露面考不了，找我们就行，加v lw_7108",
    "焊工证不露面考不了的，我们有办法，私聊",
    "电工证本人不到场不能考，但我们内部有人，直接出证，电话 13812345678",
    "焊工证不露面是考不了的，交钱我们帮你办，加v lw_7109",
    "焊工证不露面考不了。找我们，私聊",
    "电工证本人不到场不能考。有内部渠道，加v lw_7110",
]

#: Forum debunks and warnings whose verdict comes after the claim (round 85 left them firing).
_DEBUNKS = [
    "楼主说的制冷证不用考就能拿，我问了培训学校，根本没有这回事",
    "楼主问的叉车证免考，我问过应急局了，没有免考这回事，必须培训考试",
    "我报了个电工证班，只不过稳过这种话我从来不信",
    # the second reading (issue 9, session 71, lawful10)
    "姐妹们别信焊工证不用考试交钱就发的说法，我打电话问了考点，不存在的",
    "评论区说高处作业证免考直接拿证，我专门问了安监站，人家说绝对没有这种事",
    "网友说的登高证不用考就发，记者向应急管理局核实，根本没有这回事",
    "楼主说的电工证免考，考点老师说不存在的，要考试",
    "千万别信什么叉车证不用考，那是假的，都得去考点考试",
    "楼主说的电工证不用考直接拿证可查，根本没有这回事",
    "电工证包过的说法毫无依据，考试由考点统一组织",
    "叉车证稳过这种话我不信，还是自己多练",
    # (issue 9, session 72, lawful11) the claim inside the candidate turned down (silence._claim_turned_down)
    "焊工证网上宣称包过，然而稳过的说法并无依据，市应急管理局提醒",
]
#: Lines that still fire where named (left alone this round): a list whose skip and paper items CS-001
#: reads together (as it did under 不会做的 on the unchanged code), and the debunk's 那是假证 FC-201 reads
#: in the certificates pack. (The turned warning's 宣称包过 is silent since session 72, lawful11.)
_STILL_FIRING = [
    ("我们不说的话：百分百通过、不用考试、包拿证", WITH_SPECIAL),
    ("宝宝们别再信什么电工证不用考直接拿了 那是假证 考试得自己去", WITH_CERTS),
]
#: Sellers who debunk or warn and then sell.
_DEBUNKS_SOLD = [
    "别再信网上的假证了，焊工证找我不用考，真证可查，私聊",
    "楼主别信免考那些，那是假的，我这电工证不用考直接拿，官网可查，私我",
    "焊工证网上说包过的都不靠谱，然而我们班真的稳过，加v lw_7106",
    # the second reading: the hearsay answered by the writer's own paper, the saying judged and then sold
    "楼主说的电工证不用考，根本没有这回事？我这就能办，私聊",
    "别信什么电工证不用考那是假的，我们这里真证免考，加v lw_7111",
    "楼主说的焊工证免考是真的，我就是这么拿的，需要的私我",
    "别再信什么焊工证要考试了，那是假的，找我直接出证，私聊",
    "楼主说的电工证不用考直接拿证，不存在的？我们这就能办，加v lw_7113",
    "焊工证稳过的说法并无依据？我们真稳过，私聊",
    "电工证包过这种话我不信？来我们班就信了，稳过，加v lw_7114",
    "别人稳过的说法毫无依据，我们焊工证包过，不过全退，私我",
    "叉车证稳过的说法并无依据，我们内部渠道包过，电话 13812345678",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _REFUSED_WORDS)
def test_a_list_of_words_a_school_will_not_say_is_a_refusal(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_TRAINING)
@pytest.mark.parametrize("text", _REFUSED_WORDS_SOLD)
def test_a_refused_word_then_a_promise_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _REFUSED_WORDS_SOLD_SPECIAL)
def test_a_refused_word_then_a_paper_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _MUST_ATTEND)
def test_an_exam_that_cannot_be_taken_unseen_is_no_offer(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _MUST_ATTEND_SOLD)
def test_the_skipped_attendance_sold_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DEBUNKS)
def test_a_debunk_with_its_verdict_after_the_claim_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DEBUNKS_SOLD)
def test_a_debunk_then_a_sale_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="left alone this round: see _STILL_FIRING")
@pytest.mark.parametrize(("text", "packs"), [(t, p) for t, runs in _STILL_FIRING for p in runs])
def test_lines_left_firing_still_fire(det, text: str, packs) -> None:
    assert_silent(det, text, packs)
