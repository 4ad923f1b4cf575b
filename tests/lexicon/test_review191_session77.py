"""Session 77, review191: second reading of review185 (``silence._home_wait_told``, step 4: the office's
help line past the wait's stop; ``_HOME_WAIT_PITCH``, ``_HOME_WAIT_REACH``, ``_HOME_WAIT_HELP_SOLD``,
``_HOME_WAIT_SHORT`` and the price read after the stop).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor the test files
of review159 to review185).

1. review185's new chat words caught the office's and the school's own channels: the WeChat mini program
   written wx (进度可在wx小程序查询), a QQ group with a word between (班级qq交流群), a QQ mailbox, and the
   county 威信县; its hand's reach read 微信查询 / 在微信里查询 as the seller's chat.
2. Its trade words in the help line's sentence caught the office's words: 关系 (与持证人关系; 也没有关系), 过期
   (快递过期未取), 没过 (还没过来), 不考 (不考虑); its shortfall 资料 caught 邮寄资料填错.
3. The price it reads after the stop caught the office's warning (谨防…几百块…, 千万别信…八百块…) and its
   postage (快递费二十块左右).
4. Each of those office lines has its seller one step further (加威信, 走关系, 证书过期的也
   不怕, 缺材料, 微信处理, the price without the warning): they still sell. And the seller's chat in
   other scripts the lists missed (v我们帮您修改, 嘉微, +v, 有事加我, 扣1) and its price in capital numerals
   or 800r are read too; 800米 (metres or yuan), a bare 薇 and a chat word past the 30 characters read
   after the stop stay unread (pinned as strict xfail).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import SELLER_RUNS, SPECIAL, Packs, assert_sells, assert_silent

_WAIT = "焊工证复审合格后，证书免费快递到家，持证人在家等证就行。"
_WAIT2 = "低压电工证换证办结后，新证快递到家，持证人在家等证就行。"

# -- 1 to 3. the office's and the school's lines past the wait: silent -----------------------------------

_OFFICE = [
    _WAIT + "进度可在wx小程序查询。",
    _WAIT + "进度请在班级QQ交流群查询。",
    _WAIT + "电子证照同时发到您的qq邮箱。",
    _WAIT2 + "如有疑问请到威信县政务服务中心咨询。",
    _WAIT + "工作人员可帮您微信查询进度。",
    _WAIT + "工作人员帮您在微信里查询。",
    _WAIT + "他人代收的请注明与持证人关系，我们帮您寄出。",
    _WAIT + "快递过期未取被退回的，我们帮您重寄。",
    _WAIT2 + "快递一直没过来的，我们帮您查询。",
    _WAIT + "不考虑邮寄的，工作人员帮您查询窗口自取时间。",
    _WAIT + "邮寄资料填错的，我们帮您修改。",
    _WAIT + "谨防诈骗，网上几百块包拿证的都是骗子。",
    _WAIT2 + "千万别信网上八百块代办的中介。",
    _WAIT + "快递费二十块左右，到付。",
    # silent before review185 and after it: guards
    _WAIT + "地址有误，请拨打11183，我们帮您修改。",
    _WAIT + "地址填错了也没有关系，我们帮您修改。",
    _WAIT2 + "复审培训请参加我中心的网络课堂。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _OFFICE)
def test_the_offices_line_past_the_wait_is_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


# -- 4. the seller one step further -----------------------------------------------------------------------

_SELLERS = [
    _WAIT2 + "有事加威信。",
    _WAIT + "走关系的，我们帮你补寄一本。",
    _WAIT + "证书过期的也不怕，我们帮您重寄一本。",
    _WAIT + "缺材料有问题的，我们帮您处理。",
    _WAIT + "地址有误，我们帮您微信处理。",
    _WAIT2 + "网上八百块就能拿证，私聊。",
    _WAIT + "邮费二十块，证另收八百。",
    # the chat and the price in words the lists missed
    _WAIT + "地址有误，v我们帮您修改。",
    _WAIT + "地址有误，嘉微我们帮您修改。",
    _WAIT2 + "地址有误，+v我们帮您修改。",
    _WAIT + "有事加我。",
    _WAIT + "想办的扣1。",
    _WAIT2 + "费用捌佰。",
    _WAIT + "我们帮你补寄一本，800r。",
    _WAIT + "没过的，我们帮您查询。",
]


@pytest.mark.parametrize("packs", SELLER_RUNS)
@pytest.mark.parametrize("text", _SELLERS)
def test_the_seller_one_step_further_sells(det: Any, text: str, packs: Packs) -> None:
    assert_sells(det, text, "CS-001", packs)


_STILL_MISSED = [
    # 米 is metres as often as yuan (距离考点800米): not read as the seller's price after the wait
    _WAIT + "我们帮你补寄一本，800米。",
    # the bare 薇 with a heart (the heart is dropped in normalizing): only 加薇 / 薇信 are chat words
    _WAIT + "地址有误，薇❤我们帮您修改。",
    # two help lines: the seller's 加v falls past the 30 characters read after the wait's stop
    _WAIT + "地址有误的，工作人员帮您修改；邮寄途中遗失的，我们帮您补寄。其他加v。",
]


@pytest.mark.xfail(strict=True, reason="not read yet: see the comment above each sentence")
@pytest.mark.parametrize("text", _STILL_MISSED)
def test_the_seller_still_missed(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", SPECIAL)
