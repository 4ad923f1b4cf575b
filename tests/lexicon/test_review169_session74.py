"""Session 74, review169: second reading of review165 (``silence._home_wait_told``: the seller's cue in
the next sentence, the seller's 足不出户, the bare wait after the holder's own application).

Sentences written for this file (not from any held-out set, nor the rules' fixtures, nor review159's
or review165's test files).

1. The look 30 characters past the wait's stop read an office's or a school's next sentence as the
   seller's cue: its help line (我们帮您解答, 工作人员会帮你查询寄送进度, 本中心帮您免费邮寄), its own
   office (请找我局窗口) and its WeChat mini program or search (微信小程序, 在微信上查询). CS-001 read
   them in the default pack after review165; nothing did before. The seller's 找我 / 加微信 / 我们帮你办
   after the stop stay read.
2. 足不出户 was the seller's unless 让 / 持证人 / 考生 / 学员 / 群众 stood right before it: an office's
   市民 / 您 / 企业 / 办事人 / 申请人 / 持证人员 and its 实现 / 做到 / 群众可 足不出户 made the wait CS-001.
   The seller's bare 足不出户 between commas, 全程足不出户 and 你足不出户 stay read.
3. The bare wait (no 即可) after an application: a seller applying for the buyer in words
   ``_OFFICE_APPLIES`` does not see (代为提交申请, 全程代理申请, 由我方负责申请, 中介代理申请) went silent
   in every pack; CS-001 read them before review165.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lexicon.scanning import (
    DEFAULT,
    EVERY_PACK,
    Packs,
    assert_sells,
    assert_silent,
)

# -- 1. the office's next sentence after the wait -----------------------------------------------------

_NEXT_OFFICE = [
    "焊工证复审合格后证书邮寄到家，持证人在家等证即可。如有疑问可拨打咨询电话，我们帮您解答。",
    "焊工证复审合格后证书邮寄到家，持证人在家等证即可。工作人员会帮你查询寄送进度。",
    "电工证换证通过后新证快递到家，在家等证就行。\n如未收到，请找我局窗口工作人员。",
    "电工证换证通过后新证快递到家，在家等证就行。\n有问题请到窗口，我们帮您处理。",
    "考试合格后证书邮寄到家，考生在家等证即可。邮寄进度可在微信上查询。",
    "考试合格后证书邮寄到家，考生在家等证即可。本中心帮您免费邮寄，不收取任何费用。",
    "考试合格后证书邮寄到家，考生在家等证即可。我们替您把证书装袋封好。",
    "考试合格后证书邮寄到家，考生在家等证即可。\n中心帮你核对地址，请填写准确。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。快递单号可通过微信小程序查询。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。可在微信搜索本局服务号查看进度。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。地址有变请找我们窗口更改。",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _NEXT_OFFICE)
def test_the_offices_help_line_after_the_wait_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


#: The seller's cue after the stop, in the same places: still CS-001 in the default pack.
_NEXT_SELLERS = [
    "考试合格后证书邮寄到家，在家等证即可。需要的找我。",
    "考试合格后证书邮寄到家，在家等证即可。加微信详谈。",
    "焊工证换证后证书邮寄，在家等证即可。我们帮你办。",
    "焊工证换证后证书邮寄，在家等证即可。找我们办，三天出证。",
    "焊工证换证后证书邮寄，在家等证即可。微信同号，随时问。",
    "电工证复审通过后证书快递到家，在家等证就行。\n我们帮你搞定，放心。",
    "电工证复审通过后证书快递到家，在家等证就行。有意者微信联系。",
]


@pytest.mark.parametrize("text", _NEXT_SELLERS)
def test_the_sellers_cue_after_the_wait_is_read(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


# -- 2. 足不出户 after an office's subject ---------------------------------------------------------------

_AT_HOME_OFFICE = [
    "焊工证考试合格后证书邮寄到家，市民足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，让您足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，企业足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，办事人足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，申请人足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，您足不出户，在家等证就行。",
    "焊工证考试合格后证书邮寄到家，真正做到足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，群众可足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，持证人员足不出户，在家等证即可。",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _AT_HOME_OFFICE)
def test_the_offices_at_home_beside_the_wait_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


#: The seller's own 足不出户 (bare between commas, 全程, 你, or its 拿证): still CS-001.
_AT_HOME_SELLERS = [
    "焊工证考试合格后证书邮寄到家，足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，全程足不出户，在家等证即可。",
    "焊工证考试合格后证书邮寄到家，你足不出户，在家等证即可。",
    "焊工证复审通过后证书邮寄到家，足不出户拿证，在家等证即可。",
    "焊工证复审通过后证书邮寄到家，足不出户，证到家，在家等证即可。",
    "登高证复审合格后证书快递到家，在家等证即可，足不出户",
]


@pytest.mark.parametrize("text", _AT_HOME_SELLERS)
def test_the_sellers_at_home_beside_the_wait_is_read(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


# -- 3. the bare wait after a seller's application ------------------------------------------------------

_PROXY_SELLERS = [
    "电工证换证代为提交申请，新证寄到，在家等证",
    "电工证换证全程代理申请，新证寄到，在家等证",
    "电工证换证由我方负责申请，新证寄到，在家等证",
    "电工证换证中介代理申请，新证寄到，在家等证",
    "焊工证复审我们代理申请，新证快递到家，在家等证",
]


@pytest.mark.parametrize("text", _PROXY_SELLERS)
def test_the_sellers_application_before_the_bare_wait_is_read(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)


#: The holder's or the office's own application before the bare wait: silent everywhere.
_OWN_APPLICATION = [
    "电工证换证可在政务网申请，新证寄到，在家等证",
    "电工证换证本人网上申请，新证寄到，在家等证",
    "电工证换证由持证人自行申请，新证寄到，在家等证",
    "焊工证复审可通过掌上办提交申请，证书快递到家，在家等证。",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _OWN_APPLICATION)
def test_the_holders_own_application_before_the_bare_wait_stays_silent(
    det: Any, text: str, packs: Packs
) -> None:
    assert_silent(det, text, packs)


# -- second reading of this change: lawful twins and sellers of the neighbouring shape ---------------------

_TWINS_LAWFUL = [
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。如有疑问，工作人员帮您核实。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。\n请关注本局微信公众号，随时查看办理进度。",
    "电工证复审合格后证书邮寄，持证人在家等证即可。具体寄送进度可通过微信查询。",
    "焊工证考试合格后证书邮寄到家，考生在家等证即可。如需更改地址，请找我中心工作人员。",
    "焊工证复审合格后证书邮寄到家，实现群众足不出户，在家等证即可。",
    "焊工证复审合格后证书邮寄到家，使你足不出户，在家等证即可。",
    "焊工证换证可通过一网通办申请，无需中介代理，新证寄到，在家等证",
    "焊工证复审可在政务服务网申请，不要找中介，证书邮寄到家，在家等证",
    "电工证换证可在政务网申请，谨防中介代理收费，新证寄到，在家等证",
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", _TWINS_LAWFUL)
def test_the_lawful_twins_of_this_reading_stay_silent(det: Any, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs)


_TWINS_SELLERS = [
    "焊工证考试合格后证书邮寄到家，在家等证即可。有需要找我。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。帮你把证办下来，私聊。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。我们帮你办理，放心。",
    "焊工证考试合格后证书邮寄到家，在家等证即可。我们替你跑，你只管等。",
    "焊工证考试合格后证书邮寄到家，足不出户、在家等证即可",
    "焊工证考试合格后证书邮寄到家 足不出户 在家等证即可",
    "焊工证考试合格后证书邮寄到家，您全程足不出户，在家等证即可",
    "电工证换证代为网上提交，新证寄到，在家等证",
    "电工证换证我方代为申请，新证寄到，在家等证",
]


@pytest.mark.parametrize("text", _TWINS_SELLERS)
def test_the_sellers_of_the_neighbouring_shape_are_read(det: Any, text: str) -> None:
    assert_sells(det, text, "CS-001", DEFAULT)
