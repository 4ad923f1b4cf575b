"""Session 75, review181: second reading of review173 (``silence._home_wait_told`` read as one reading
in four steps: ``_HOME_WAIT`` with its ``closer`` group, ``_HOME_WAIT_HELP`` blanked before the cue past
the stop is read).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor the test files
of review159, review165, review169 or review173).

1. ``_HOME_WAIT_HELP`` blanked its whole match, from the sentence's start to the office's verb, when the
   mail's trouble came first: a seller's private contact between the trouble and the hand (地址有误，私聊
   我们帮您修改; 地址有误加v我们帮您修改) was blanked with it and the wait went silent in every pack. Only
   the hand and its verb are the office's; the rest of the line is read as before.
2. 没问题 is the seller's comfort, not the mail's trouble (资质不够也没问题，我们帮您处理), and the
   buyer's own shortfall (学历 / 年龄 / 资质 / 条件 不够) is no trouble of the mail's either.
3. The office's other mail troubles and hands (如遇退件，工作人员帮您处理; 快递退回的，工作人员帮您重新寄出;
   证书丢失的，我们帮您补寄; 证书有破损的，我们帮您更换) fired CS-001 / CS-201: they are its help line.
   The seller's 证书过期的，我们帮您更换 stays an offer.
4. The leftmost wait: ``_HOME_WAIT`` took the first wait in its window, so a bare wait right before the
   office's closed one (…新证寄到，在家等证。换证寄到，在家等证即可。) hid the one the candidate ends in.
5. What stays as it was, pinned: the office's notices review173 kept silent and the sellers it fires on.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import (
    EACH_PACK_RUNS,
    SELLER_RUNS,
    SPECIAL,
    Packs,
    assert_sells,
    assert_silent,
)

_WAIT = "焊工证复审通过后证书免费邮寄，持证人在家等证即可。"

# -- 1 and 2. the seller's contact or comfort inside the office's help line -----------------------------

_SELLERS = [
    _WAIT + "地址有误，私聊我们帮您修改。",
    _WAIT + "地址有误加v我们帮您修改。",
    _WAIT + "地址有误，私信我们帮您处理。",
    _WAIT + "信息有误，加微信我们帮您更改。",
    _WAIT + "地址有误，13812345678我们帮您修改。",
    _WAIT + "资质不够也没问题，我们帮您处理。",
    _WAIT + "学历年龄有问题的，我们帮你处理。",
    _WAIT + "条件不够的，有问题我们帮您处理。",
    # the seller one step past each office line of 3
    _WAIT + "证书过期的，我们帮您更换。",
    _WAIT + "如遇退件，我们帮你办，不用考。",
    _WAIT + "证书丢失的，我们帮您补寄，加v详谈。",
    _WAIT + "地址有误我们帮您修改，微信：abc123。",
    _WAIT + "快递退回的，私聊我们帮您重新寄出。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SELLERS)
def test_the_sellers_contact_inside_the_help_line_is_read(
    det: Any, text: str, packs: Packs
) -> None:
    assert_sells(det, text, "CS-001", packs)


# -- 3. the office's help line: silent in every pack -----------------------------------------------------

_OFFICE = [
    _WAIT + "如遇退件，工作人员帮您处理。",
    _WAIT + "退件由工作人员帮您处理。",
    _WAIT + "快递退回的，工作人员帮您重新寄出。",
    _WAIT + "如有丢失，我们帮您补寄。",
    _WAIT + "收到时有破损的，我们帮您更换。",
    # review173's own office lines, kept
    _WAIT + "地址变更请联系我们修改。",
    _WAIT + "信息有误可在小程序更改。",
    _WAIT + "收件地址填错的，我们帮您修改。",
    _WAIT + "如有疑问，我们帮您处理。",
    _WAIT + "进度可在微信上查。",
    _WAIT + "微信搜索本局服务号查询进度。",
    "焊工证复审通过后证书免费邮寄，持证人在家等证即可！地址变更请联系我们修改！",
    "焊工证复审通过后证书免费邮寄，让持证人足不出户，在家等证即可。",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _OFFICE)
def test_the_offices_help_line_is_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


#: The same help line opened by 证书: the candidate runs on past the stop (在家等证即可。证), so the wait is
#: not the one it ends in and the reading is never asked. Left as it was.
_OFFICE_PAST_THE_STOP = [
    _WAIT + "证书丢失的，我们帮您补寄。",
    _WAIT + "证书有破损的，我们帮您更换。",
]


@pytest.mark.xfail(
    strict=True, reason="the CS-001 candidate ends past the wait's stop (在家等证即可。证)"
)
@pytest.mark.parametrize("text", _OFFICE_PAST_THE_STOP)
def test_the_help_line_opened_by_the_certificate(det: Any, text: str) -> None:
    assert_silent(det, text, SPECIAL)


# -- 4. the wait the candidate ends in, not the leftmost one in the window -------------------------------

_TWO_WAITS = [
    "焊工证换证可在政务网申请，新证寄到，在家等证。换证寄到，在家等证即可。",
    "电工证换证可网上申请，新证寄到，在家等证。换证寄到，在家等证就行。",
    # the other order, as before
    "焊工证换证可在政务网申请，新证寄到，在家等证。复审通过后证书邮寄，在家等证即可。",
    "复审通过后证书邮寄，在家等证即可。换证可在政务网申请，在家等证。",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _TWO_WAITS)
def test_each_wait_is_read_as_its_own(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_TWO_WAITS_SOLD = [
    "焊工证换证可在政务网申请，新证寄到，在家等证。换证寄到，在家等证即可，不用考。",
    "焊工证换证我们帮你申请，新证寄到，在家等证。换证寄到，在家等证即可。",
    "复审通过后证书邮寄，在家等证即可。我们帮你办，在家等证。",
    "复审通过后证书邮寄，在家等证。在家等证即可，不用考。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _TWO_WAITS_SOLD)
def test_a_seller_beside_either_wait_is_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-001", packs)


# -- 5. review173's sellers past the stop, kept ----------------------------------------------------------

_KEPT_SELLERS = [
    _WAIT + "微信上联系。",
    _WAIT + "微信搜索 weld888。",
    _WAIT + "有事找我处理。",
    _WAIT + "没考过的，我们帮您处理。",
    "焊工证复审通过后证书免费邮寄，轻松足不出户，在家等证即可。",
    "焊工证复审通过后证书免费邮寄。足不出户，在家等证即可。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _KEPT_SELLERS)
def test_review173s_sellers_stay_offers(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-001", packs)
