"""Session 75, helper lawful14: lawful lines round 89 left firing.

Sentences written for this file (none is a row of a held-out set or of any real text; the task's
own examples are quoted from the task, not from a set).

Round 89 ("仍然误报") left three shapes of lawful line firing. The one fixed here: a question
asking whether the exam can be skipped, answered by the writer himself with a yes that grants the
exemption only as the law does (符合条件的复审可免考, 按规定…可免考, 满足条件的复审免考) and a call to
ask about the procedure: an office's or a school's FAQ, read by ``stance.Stance._answered`` as the
seller's hook answered yes (default pack CS-001). Its sellers one step away -- the exemption for
those the condition misses, the money, the paper handed, the way in -- must still fire.

Left alone and pinned as strict xfails: the face-check and surveillance lines whose own breaker
words (枪手进不去, 会被发现) break them into the trade (EF-002, ``silence._own_breaker`` shared by
every rule), and two asked-and-refused exchanges one after the other pairing across lines (GP-001).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    assert_sells,
    assert_silent,
)

#: The skip asked and granted only as the law grants it, with a call to ask the procedure: silent
#: in every pack (certificates was silent before too).
_EXEMPT_BY_LAW_EVERY_PACK = [
    # the task's line
    "有人问电工证能不能免考？可以的，符合条件的复审可免考，私信问流程",
    "有人问登高证能不能免考？可以的，符合规定的复审可以免考，私信问流程",
    # review153's strict xfail (round 88), silent now too
    "有人问电工证不用考不可能？可以的，复审时符合条件可以免考，私信问流程",
]
#: The same with the renewal named in the question or the answer: certificates' CS-201 read 复审 +
#: 免考 before; it is silenced with the stance's answer now.
_EXEMPT_BY_LAW_RENEWAL = [
    "有人问焊工证复审能免考吗？可以的，符合条件的可以免考，私信问需要什么材料",
    "网友问登高证复审能不能免考？能的，按规定连续从业满十年且无违章的可免考，私信问流程",
    "有人问叉车证复审能免考吗？可以，满足条件的复审免考，私信问流程",
]
#: Their sellers one step away: the exemption for those the condition misses, the condition made up
#: for them, the paper handed, the money, the way in, the new paper exempted too. Fired before.
_EXEMPT_SOLD = [
    "有人问电工证能不能免考？可以的，符合条件的复审可免考，不符合的交钱也能办，私信",
    "有人问电工证能不能免考？可以的，符合条件的复审可免考，条件不够我们帮你搞定，私信",
    "有人问焊工证能不能免考？可以的，符合条件的可免考，不用到场直接出证，私信",
    "有人问电工证能不能免考？可以的，按规定可免考，交钱包过，加微信 dg_5566",
    "有人问登高证能不能免考？可以的，符合条件的可免考，内部渠道，私信",
    "有人问电工证能不能免考？可以的，免考，私信问流程",
    "有人问焊工证能不能免考？可以的，不符合条件的也能免考，私信问流程",
    "有人问电工证能不能免考？可以的，符合条件的复审可免考，新证也能免考，私信",
    "有人问焊工证能不能免考？可以的，符合条件的可免考，300元，私信",
    "有人问叉车证能不能免考？可以，符合条件的可免考，没条件的我们包办，私信",
    "有人问电工证能不能免考？可以的，符合条件的复审可免考，本人不用到场，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，符合条件我们说了算，私信",
    "有人问电工证能不能免考？可以的，符合条件的可免考，条件看我们，私信",
]

#: Left alone: the face-check and surveillance lines broken by their own breaker words (default
#: EF-002, shared ``silence._own_breaker``), and two asked-and-refused exchanges pairing across
#: lines into GP-001 (the earlier answer's 报名加微信 with the next asker's 包过).
_LAWFUL_LEFT = [
    "焊工证考场有人脸识别，枪手进不去，请考生本人参加",
    "电工证代考不了，考场有监控，远程作弊会被发现",
    "叉车证考场装了人脸识别，替考的人进不去，请考生本人带身份证参加",
    "前台：包过？这个保证不了，我们只负责上课培训，报名加微信 kq_50318\n\n学员：焊工证能包过吗？\n"
    "老师：包过？谁都保证不了，我们只管教学，报名电话 0531-86027714",
    "客服：包过？这个真保证不了，我们只管上课，报名加微信 hx_20771\n学员：电工证能包过吗？\n"
    "老师：包过？没人敢保证，考试靠自己，报名电话 0532-86017721",
]
#: The seller of that second shape, which must keep firing whatever is done about it.
_EXCHANGE_SOLD = [
    "老师：包过？这个真没法保证，我们只负责培训，报名加微信 hx_20771\n学员：电工证能包过吗？\n"
    "老师：包过？这个保证不了，内部渠道稳过，加微信 hx_20771",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _EXEMPT_BY_LAW_EVERY_PACK + _EXEMPT_BY_LAW_RENEWAL)
def test_the_exemption_granted_as_the_law_does_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _EXEMPT_SOLD + _EXCHANGE_SOLD)
def test_the_exemption_sold_still_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(strict=True, reason="left alone: breaker words / exchanges pairing across lines")
@pytest.mark.parametrize("text", _LAWFUL_LEFT)
def test_lawful_lines_left_firing(det, text: str) -> None:
    assert_silent(det, text, DEFAULT)
