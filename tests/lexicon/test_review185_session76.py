"""Session 76, review185: second reading of review173 and review181 (``silence._home_wait_told``, its
step 4: the office's help line past the wait's stop, ``_HOME_WAIT_HELP`` with ``_HOME_WAIT_TROUBLE``
and ``_HOME_WAIT_SHORT``, blanked before the seller's cue there is read).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor the test files
of review159, review165, review169, review173 or review181).

1. A chat word in another script between the mail's trouble and the hand (加薇信, 扣扣, 加q, wx, 威信)
   or past the stop on its own (滴滴我, 加qq) was no cue: ``_HOME_WAIT_PITCH`` knew 加v / vx / 微信 only.
2. The hand's six-character reach to the office's verb swallowed the seller's words inside it (找我私聊
   修改, 我们帮你私下补寄, 我们帮您vx处理): they were blanked with the hand.
3. The help line is the office's only while its sentence sells nothing: 补寄 / 重寄 with the exam skipped
   (我们帮你补寄一本，不用重新考; 没考过也没事，我们帮您补寄一本), a price after the stop (一千二全包, 八百包邮).
4. The buyer's shortfall beside a bare 问题 was read as the mail's trouble (超龄问题, 体检有问题, 工作年限有
   问题, 实操有问题, 人来不了有问题, 资料不全有问题 + 我们帮您处理).
5. The office's help line reached past its own landline (如地址变更，请致电0531-…，我们帮您修改) fired:
   the trouble-to-hand reach was 12 characters. The office's and the school's other wordings stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import SELLER_RUNS, Packs, assert_sells, assert_silent

_WAIT = "电工证复审合格后，证书免费快递到家，持证人在家等证就行。"

# -- 1 to 4. the seller one step past the office's help line ---------------------------------------------

_SELLERS = [
    # 1. chat words in other scripts
    _WAIT + "地址有误，加薇信我们帮您修改。",
    _WAIT + "地址有误，扣扣我们帮您修改。",
    _WAIT + "地址有误，加q我们帮您修改。",
    _WAIT + "地址有误，wx我们帮您修改。",
    _WAIT + "地址有误，加威信我们帮您修改。",
    _WAIT + "\n信息填错了，扣扣我们帮您处理。",
    _WAIT + "有事滴滴我。",
    _WAIT + "加qq详谈。",
    # 2. the seller's words inside the hand's reach
    _WAIT + "地址有误，找我私聊修改。",
    _WAIT + "我们帮你私下补寄一本。",
    _WAIT + "地址有误，我们帮您vx处理。",
    _WAIT + "如有丢失，我们帮你走内部渠道补寄。",
    # 3. the help line's sentence sells
    _WAIT + "证丢了？我们帮你补寄一本，不用重新考。",
    _WAIT + "没考过也没事，我们帮您补寄一本。",
    _WAIT + "证过期了？我们帮你重寄新的。",
    _WAIT + "地址有误我们帮您修改，一千二全包。",
    _WAIT + "我们帮你补寄一本，八百包邮。",
    _WAIT + "费用八百。",
    # 4. the buyer's shortfall beside 问题
    _WAIT + "超龄问题我们帮你处理。",
    _WAIT + "体检有问题我们帮您处理。",
    _WAIT + "工作年限有问题，我们帮您处理。",
    _WAIT + "实操有问题，我们帮您处理。",
    _WAIT + "人来不了有问题，我们帮你处理。",
    _WAIT + "资料不全有问题，我们帮您处理。",
    # already read before this change: guards
    _WAIT + "地址有误我们帮您修改，不用考试。",
    _WAIT + "学历不够我们帮你处理。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SELLERS)
def test_the_seller_past_the_help_line_is_read(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-001", packs)


# -- 5. the office's and the school's mail notices: silent ----------------------------------------------

_OFFICE = [
    _WAIT,
    _WAIT + "如地址变更，请致电0531-86501234，我们帮您修改。",
    _WAIT + "如地址变更请致电0531-86501234。",
    "电工证复审合格后，证书经EMS寄递到家，持证人在家等证就行。",
    _WAIT + "地址不详被退回的，工作人员帮您重寄。",
    _WAIT + "邮寄途中遗失的，我们帮您补寄。",
    _WAIT + "如有丢失，我们帮您补寄，工本费20元。",
    _WAIT + "有任何问题，工作人员帮您处理。",
    _WAIT + "收件人信息有变，工作人员帮您更改。",
    _WAIT + "工作人员会帮你查询寄送进度。",
    _WAIT + "工作人员帮您在微信上查询。",
    _WAIT + "我们帮您在wx小程序查询。",
    _WAIT + "如有疑问，我们帮您解答，也帮您查询邮寄进度。",
    _WAIT + "进度请在班级qq群查询。",
    "本校学员考试合格后，证书由市应急管理局统一邮寄，学员在家等证即可。地址有误的，班主任帮您修改。",
    "本校学员考试合格后，证书由市应急管理局统一邮寄，学员在家等证即可，无需返校。",
    "焊工班的同学们：考试合格后证书由应急管理局邮寄到家，大家在家等证就行。地址有变的，我们帮大家统一更改。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _OFFICE)
def test_the_offices_mail_notice_is_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)
