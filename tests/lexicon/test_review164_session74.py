"""Session 74, review164: a second reading of review158 (``detector._STAFF_DESK``: an employer's 人事 /
行政 stays an institution beside an exemption that names its rule, unless a seller's way word is in
the window; ``silence._BEFORE_THE_PAPER``: review150's cleft breakers that read the paper handed over
break nothing before 前 / 之前 / 以前 unless the clause goes on to the fee, the waived step or the job).
Sentences written for this file.

What the reading checks, in every pack run: the employer's lawful notice that names a recipient for
its list or its questions (名单私信发给班组长, 有疑问的私聊人事小王, 名单内部通知), or holds 有人 inside
another word (所有人员, 有人事变动), or refuses the exemption with 无法 — all of which review158's way
words took for the seller's; the seller who dresses the exemption in a rule word and then gives it to
those who do not qualify (符合条件的免考，不符合的也能办), or names his connections in words review158
did not list (有路子, 认识人, 私下联系); the school's cleft whose money words are its own lawful fee or
a fee explained (帮你拿证前先交培训费, 把考试费标准告诉你, 把所有费用公示清楚, 把一切考点讲透); and the
sellers one step away from each (帮你拿证前收一半定金; 帮你拿证前，…全部搞定).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ANY_RULE,
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. the employer's lawful notice after its own 人事 / 行政 --------------------------------------

_DESK_LAWFUL = [
    # a recipient named for the private message or chat: the employer's own channel
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，名单私信发给班组长",
    "焊工证复审不要找外面代办，我们人事统一代办，按规定免考的名单私信发给各班组长",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，有疑问的私聊人事小王",
    "叉车证复审不要找外面代办，我们行政统一代办，符合条件的免考，名单私聊各车间主任确认",
    # 内部 as the employer's internal notice
    "电工证复审不要找外面代办，我们人事统一代办，符合条件的免考，具体名单内部通知",
    "焊工证复审不要找外面代办，我们人事统一代办，依规免考的人员名单内部公示三天",
    # 有人 inside another word
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，所有人员名单已公示",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，有人事变动的另行通知",
    "叉车证复审不要找外面代办，我们行政统一代办，按规定免考，所有人都一样",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，没有人能例外",
    # the exemption refused with 无法
    "电工证复审不要找外面代办，我们人事统一代办，逾期的无法免考",
    # lawful twins of the new way words: those who do not qualify sit the exam; no private errand
    "电工证复审不要找外面代办，我们人事统一代办，符合条件的免考，不符合的也要参加考试",
    "焊工证复审不要找外面代办，我们人事统一代办，符合条件的免考，不符合条件的也可以参加复审考试",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，切勿私下联系中介",
    "电工证复审不要找外面代办，我们人事统一代办，符合条件的免考，不符合的同样要考",
    # second reading (written after the fix)
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，不够条件的也得参加考试",
    "电工证复审不要找外面代办，我们人事统一代办，符合条件的免考，达不到条件的都要考",
    "焊工证复审不要找外面代办，我们人事统一代办，符合条件的免考，不符合的我们会提前通知本人报名",
    "电工证复审不要找外面代办，我们行政统一代办，按规定免考，严禁私下找人代考",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，不要私下办",
    "电工证复审不要找外面代办，我们人事统一代办，依规免考，有问题私信人事部门",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，内部审核后公布名单",
    "电工证复审不要找外面代办，我们人事统一代办，按规定不予免考的本人参加考试",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，有人数限制",
    "电工证复审不要找外面代办，我们人事统一代办，按规定免考，有人问能不能全免，不能",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _DESK_LAWFUL)
def test_an_employers_notice_with_a_recipient_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: special-operations papers: read where the special-operations pack runs
_DESK_SELLERS = [
    "电工证不要找外面代办，我们人事统一代办，按规定免考，三天出证，有意向的朋友抓紧加微",
    # the exemption given to those who do not qualify
    "电工证不要找外面代办，我们人事统一代办，符合条件的免考，不符合的也能办",
    "焊工证不要找外面代办，我们人事统一代办，符合条件的免考，不符合的也能搞定",
    "电工证不要找外面代办，我们行政统一代办，符合规定的免考，不符合规定的我们想办法",
    "叉车证不要找外面代办，我们人事统一代办，满足条件的免考，不满足的照样能过",
    # connections and private calls review158 did not list
    "电工证不要找外面代办，我们人事统一代办，按规定免考，有需要的私下联系",
    "电工证不要找外面代办，我们人事有路子，按规定免考",
    "电工证不要找外面代办，我们人事认识人，按规定免考",
    "焊工证不要找外面代办，我们人事这边有人，按规定免考，私信我",
    # second reading (written after the fix)
    "电工证不要找外面代办，我们人事统一代办，按规定免考，不够条件的也能办",
    "电工证不要找外面代办，我们人事统一代办，符合条件的免考，达不到的一样给办",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，有熟人，三天出证",
    "电工证不要找外面代办，我们人事这边有人，按规定免考，名单私信我",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，内部名额",
    "电工证不要找外面代办，我们人事统一代办，按规定免考，内部渠道拿证",
]


@pytest.mark.parametrize("packs", WITH_SPECIAL)
@pytest.mark.parametrize("text", _DESK_SELLERS)
def test_a_seller_in_the_employers_rule_words_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="依法 reads as a warning word (suppressed warning:依法 on every candidate of the line), "
    "before review150 too: not _STAFF_DESK's doing",
)
def test_a_seller_who_names_the_law_is_still_silenced(det) -> None:
    assert_sells(det, "电工证不要找外面代办，我们人事那边有人，依法免考，三天出证", ANY_RULE, None)


# -- 2. the cleft on the work before the paper, with the school's own fee ---------------------------

_CLEFT_LAWFUL = [
    "电工证学校能做的就是帮你拿证前先交培训费",
    "电工证我们能做的就是帮你拿证前把培训费的明细讲清楚",
    "健康证机构能做的只是帮你把证办下来之前提醒你体检费自理",
    "电工证培训学校能做的就是帮你拿证前把考试费标准告诉你",
    "电工证学校能做的就是帮你拿证前讲清楚交费标准",
    "电工证学校能做的就是帮你拿证前把一切考点讲透",
    "电工证学校能做的就是帮你拿证以前把所有费用公示清楚",
    "焊工证学校能做的就是帮你把证拿到手之前把报名费和考试费都列清楚",
    # already silent on c3198dab: the warning that names the seller's promise
    "帮你把证办下来之前不收一分钱的是骗子",
    "电工证学校能做的就是帮你拿证前收齐报名材料和培训费",
    # second reading (written after the fix)
    "电工证学校能做的就是帮你拿证前把收费标准讲明白",
    "电工证学校能做的就是帮你拿证前把复训费和工本费的标准讲清楚",
    "电工证学校能做的就是帮你拿证前把课讲透，我们不搞一条龙包办",
    "电工证学校能做的就是帮你拿证前把课讲透，拒绝代考",
    "电工证学校能做的就是帮你拿证前把课讲透，考试要靠你自己搞定",
    "健康证学校能做的只是帮你把证办下来之前提醒你体检费用自理",
    "电工证学校能做的就是帮你拿证前把学费的用途说清楚",
    "电工证学校能做的就是帮你拿证前把课讲透，找人替考是违法的",
    "电工证学校能做的就是帮你拿证前把课讲透，外面那些一条龙包办的都是骗子",
    "电工证学校能做的就是帮你拿证前把课讲透，说能代考的别信",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _CLEFT_LAWFUL)
def test_a_cleft_with_the_schools_own_fee_stays_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_CLEFT_SELLERS = [
    # the fee for the paper itself, or part of it
    "电工证我们能做的就是帮你拿证前收一半定金",
    "电工证我们能做的就是帮你拿证前只收一半，拿证后付清",
    "电工证我们能做的就是帮你拿证前先交一半办证费",
    "焊工证我们能做的就是帮你拿证前先付三成首付",
    # the whole job past the comma
    "电工证我们能做的就是帮你拿证前，我们这边的老师全部搞定",
    "电工证我们能做的就是帮你拿证前，考试这些环节全部搞定",
    "电工证我们能做的就是帮你拿证前，报名考试体检一条龙包办",
    # second reading (written after the fix)
    "电工证我们能做的就是帮你拿证前先交培训费一半，剩下的拿证再付",
    "电工证我们能做的就是帮你拿证前收培训费，考试不用去，全部搞定",
    "电工证我们能做的就是帮你拿证前把定金交了",
    "电工证我们能做的就是帮你拿证前，考试找人替考",
    "电工证我们能做的就是帮你拿证前收钱，考试全包",
    "电工证我们能做的就是帮你拿证前先收培训费，其余的全部搞定",
]


@pytest.mark.parametrize("packs", WITH_CERTS)
@pytest.mark.parametrize("text", _CLEFT_SELLERS)
def test_a_cleft_that_sells_the_paper_is_read(det, text: str, packs: Packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)
