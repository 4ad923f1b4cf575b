"""Session 78, helper review199: second reading of review193 (round 92, ``stance._exempt_by_law``).

Sentences written for this file (none is a row of a held-out set or of any real text).

Round 92 made the law's clause of an answer to an asked skip (有人问…能不能免考？可以的，…) carry the
statute's ten years (``_LAW_YEARS``), read 办理 / 申请 bare after the call (私信办理, 联系我们办理) as
the writer taking the job, and let an office's own clauses stand beside the law. What this reading
found:

- the call clause was rebuilt around what is asked, and its bare 一下 (私信一下, the same call as the
  bare 私信 round 90 let be) was lost: an office's answer ending 私信一下 fired CS-001 again;
- 办理手续 / 申请手续 after the call (联系我们办理手续, 私信办理手续) is the writer taking the job as
  联系我们办理 is, and stayed silent;
- the law's everyday 凡是…都可以免考 / 凡…均可免考 (round 92 took 凡是 but not the 都 that goes with it),
  the statute's ten years written before the work (连续十年从事本工种, 从事本工种连续十年以上, 在本工种
  连续从业十年以上) and 一十年 fired CS-001.

Pinned: those lawful answers are silent in the default and all-packs runs; the counts short of ten
years (两年, 一年半, 半年, 三个月) and the seller one step past each lawful line (代办, a WeChat id, the
exam skipped, 不用到场, 三天出证, the others handled for money) fire there. What is left is a strict
xfail.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, ANY_RULE, DEFAULT, assert_sells, assert_silent

_ASK = "有人问电工证能不能免考？可以的，"
_ASK_WELD = "有人问焊工证能不能免考？可以的，"

#: An office's or a school's answer granting the skip only as the law does.
_LAWFUL = [
    # round 92's ten years, in its written forms (checked, kept)
    _ASK + "连续从业满十年的复审可免考，私信问流程",
    _ASK + "连续从业满１０年的复审可免考，私信问流程",
    _ASK_WELD + "连续从事本工种10年以上的复审可免考，私信问流程",
    "有人問電工證能不能免考？可以的，連續從業滿十年的複審可免考，私信問流程",
    # the other calls to ask (checked, kept); the bare 私信 as round 90 let it be
    _ASK + "连续从业满十年的复审可免考，私聊了解",
    _ASK + "连续从业满十年的复审可免考，私信",
    _ASK + "符合条件的复审可免考，咨询电话：0531-86501234，私信问流程",
    # fired on 328171c9: the call's bare 一下, 都 / 均 after 凡是, the years before the work
    _ASK + "符合条件的复审可免考，私信一下",
    _ASK + "符合条件的复审可免考，私信一下哦",
    _ASK + "凡是符合条件的都可以免考，私信问流程",
    _ASK_WELD + "凡符合条件的均可免考，私信问流程",
    _ASK_WELD + "连续十年从事本工种且无违章的复审可免考，私信问流程",
    _ASK_WELD + "从事本工种连续十年以上的复审可免考，私信问流程",
    _ASK + "在本工种连续从业十年以上的复审可免考，私信问流程",
    _ASK + "连续从业满一十年的可免考，私信问流程",
]


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize("text", _LAWFUL)
def test_the_law_s_exemption_with_the_office_s_call_is_silent(det, text: str, packs) -> None:
    assert_silent(det, text, packs)


#: Sellers: a condition short of the statute's ten years, the writer taking the job after the call,
#: and one step past each lawful line above.
_SOLD = [
    _ASK + "连续从业满两年的复审可免考，私信问流程",
    _ASK + "连续从业满一年半的复审可免考，私信问流程",
    _ASK + "连续从业满半年的复审可免考，私信问流程",
    _ASK + "连续从业满三个月的复审可免考，私信问流程",
    # silent on 328171c9: the job taken with its 手续
    _ASK + "符合条件的复审可免考，联系我们办理手续",
    _ASK + "符合条件的复审可免考，私信办理手续",
    # one step further
    _ASK + "满十年不用考，私信代办",
    _ASK + "连续从业满十年的复审可免考，私信代办",
    _ASK + "连续从业满十年的复审可免考，加微信dgz8899",
    _ASK + "符合条件的复审可免考，私信一下，三天出证",
    _ASK + "符合条件的复审可免考，私信一下，不用到场",
    _ASK + "凡是符合条件的都可以免考，不符合的我们也能办，私信",
    _ASK_WELD + "连续十年从事本工种的复审可免考，不满十年的也能办，私信",
    _ASK_WELD + "在本工种连续从业满一年的可免考，私信",
    _ASK + "符合条件的复审可免考，详情咨询当地应急管理局，电话13912345678",
]


@pytest.mark.parametrize("packs", [DEFAULT, ALL])
@pytest.mark.parametrize("text", _SOLD)
def test_the_seller_beside_the_law_s_words_sells(det, text: str, packs) -> None:
    assert_sells(det, text, ANY_RULE, packs)


@pytest.mark.xfail(
    strict=True,
    reason="left alone: an answer to the asked skip with no contact and no call (我们可以帮您办理复审"
    "手续（不用到场）) is not read as the hook answered yes; round 92's reading never sees it",
)
def test_the_errand_without_a_call_is_left_silent(det) -> None:
    assert_sells(
        det, _ASK + "符合条件的复审可免考，我们可以帮您办理复审手续（不用到场）", ANY_RULE, DEFAULT
    )
