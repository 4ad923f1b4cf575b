"""Session 75, review173: second reading of review169 (``silence._home_wait_told``: the office's help
line past the wait's stop, the seller's bare 足不出户, the seller's application before the bare wait).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor the test files
of review159, review165 or review169).

1. review169 let a hand past the stop through when an office's service verb followed it within six
   characters (``_HOME_WAIT_SERVICE``). 处理 / 修改 / 更改 are the seller's verbs too (没时间考试？我们帮
   你处理; 分数不够我们帮你修改; 考不过也没事，找我处理): they are the office's only after the mail's own
   trouble (地址 / 信息 / 问题 / 疑问 / 进度 …) is named before the hand. 解答 / 查询 / 核对 / 邮寄 stay
   the office's.
2. review169 let 微信上 through for the office's 在微信上查询: 微信上联系 / 微信上聊 / 微信上找小王 are the
   seller's cue again; only 微信上查 / 微信查 (and 微信搜索 not followed by a chat id) is the office's.
   找我处 (the office's 处) was let through before 理 too: the seller's 找我处理 went silent.
3. 足不出户 became the seller's only between commas, after 全程 / 到家 / 你: the seller's bare word after
   ！ (a stop by now) and its 包您 / 保证 / 轻松 足不出户 went silent in every pack (CS-001 before review169).
4. What stays as it was, pinned: the office's twins of each line above; round 89's left lines (等本,
   semicolons, 帮你网上申请 under the rules' own 网上申请 exception, the employer's 统一代为申请) as
   strict xfail.
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

# -- 1 and 2. the seller's cue past the stop --------------------------------------------------------------

_CUE_SELLERS = [
    "焊工证考试合格后证书邮寄到家，在家等证即可。没时间考试？我们帮你处理。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。考试的事我们帮你处理好。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。分数不够我们帮你修改。",
    "电工证复审通过后证书快递到家，在家等证就行。考不过也没事，找我处理。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。没考过？我们帮你处理，放心。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。\n成绩不理想，找我修改。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。考不过有问题的找我处理。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。成绩有问题我们帮你修改。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。微信上联系。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。有意者微信上聊。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。\n微信上找小王。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。微信搜索hz5566加好友。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _CUE_SELLERS)
def test_the_sellers_cue_past_the_stop_is_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-001", packs)


#: The office's help line with the same verbs, its own trouble named first: silent everywhere.
_CUE_OFFICE = [
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。地址填错了，我们帮您修改。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。如有问题，工作人员帮你处理。",
    "电工证复审通过后证书快递到家，在家等证就行。信息有误的，我们帮你更改。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。\n对成绩有疑问的，我们帮您查询。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。寄送进度可在微信上查看。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。可在微信搜索本局服务号查询。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。快递进度可用微信查询。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。如对邮寄有疑问，我们帮您处理。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。如未收到，请找我处窗口。",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _CUE_OFFICE)
def test_the_offices_help_line_past_the_stop_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


# -- 3. the seller's 足不出户 -------------------------------------------------------------------------------

_AT_HOME_SELLERS = [
    "焊工证考试合格后证书邮寄到家！足不出户，在家等证即可",
    "焊工证考试合格后证书邮寄到家，轻松足不出户，在家等证即可",
    "焊工证考试合格后证书邮寄到家，包您足不出户，在家等证即可",
    "焊工证考试合格后证书邮寄到家，保证足不出户，在家等证即可",
    "焊工证考试合格后证书邮寄到家，“足不出户”，在家等证即可",
    "焊工证考试合格后证书邮寄到家,足不出户,在家等证即可",
    "焊工證考試合格後證書郵寄到家，足不出戶，在家等證即可",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _AT_HOME_SELLERS)
def test_the_sellers_at_home_is_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-001", packs)


_AT_HOME_OFFICE = [
    "焊工证考试合格后证书邮寄到家，让办事群众足不出户，在家等证即可。",
    "焊工证复审合格后证书邮寄到家，实现足不出户，在家等证即可。",
    "焊工证复审合格后证书邮寄到家，持证人足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，市民足不出户，在家等证即可！",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _AT_HOME_OFFICE)
def test_the_offices_at_home_stays_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 4. the application before the bare wait: guards and left lines ------------------------------------------

_PROXY_SELLERS = [
    "电工证换证我们统一代为申请，新证寄到，在家等证",
    "电工证换证报名后统一代为申请，新证寄到，在家等证",
    "电工证换证本单位代为申请，新证寄到，在家等证",
    "电工证换证代為提交申請，新证寄到，在家等证",
    "电工证换证我替你申请，新证寄到，在家等证",
    "电工证换证可在政务网申请，新证寄到，在家等证\nvx hz5566",
    "电工证换证可在政务网申请，新证寄到，在家等证。私聊",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _PROXY_SELLERS)
def test_the_sellers_application_before_the_bare_wait_is_read(
    det: Any, text: str, packs: Packs
) -> None:
    assert_sells(det, text, "CS-001", packs)


_OWN_APPLICATION = [
    "电工证换证由单位统一申请，新证寄到，在家等证",
    "电工证换证可在政务网申请，无需中介代理，新证寄到，在家等证",
    "电工证换证可在政务网申请，新证寄到，在家等证！",
]


@pytest.mark.parametrize("packs", EACH_PACK_RUNS)
@pytest.mark.parametrize("text", _OWN_APPLICATION)
def test_the_own_application_before_the_bare_wait_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


#: Round 89's left sellers, traced: 帮你网上申请 / 我们代为网上申请 fall under the rules' own 网上申请
#: exception (CS-001 / CS-229 / CS-243 ``unless_broken_by_private``), not under ``_home_wait_told``;
#: the semicolons leave CS-001 no candidate; 等本 is read by no rule.
_LEFT_SELLERS = [
    "电工证换证帮你网上申请，新证寄到，在家等证",
    "电工证换证我们代为网上申请，新证寄到，在家等证",
    "焊工证考试合格后证书邮寄到家；足不出户；在家等证即可",
    "叉车证换证后快递寄到，全程免跑，在家等本就行",
]


@pytest.mark.xfail(strict=True, reason="left: the rules' 网上申请 exception, the semicolons, 等本")
@pytest.mark.parametrize("text", _LEFT_SELLERS)
def test_the_left_sellers_are_read(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", SPECIAL)


@pytest.mark.xfail(
    strict=True, reason="left: the employer's filing fires CS-001 before this reading"
)
def test_the_employers_filing_stays_silent(det: Any) -> None:
    assert_silent(det, "电工证换证由用人单位统一代为申请，新证寄到，在家等证", SPECIAL)
