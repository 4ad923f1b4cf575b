"""Session 57, left22: sellers round 63's helpers found silent.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The lexicon's warning word 切勿 naming where not to buy (切勿通过中介办理…, 切勿找黄牛买…) that the
  writer follows by offering itself (来我们这里, 找本店, 我们内部渠道) steers the buyer to the writer,
  as ``context._steered`` reads the negation: the silencing stage asks ``context.steered_warning``.
  A warning followed by the lawful route, or by the writer's town alone, stays a warning.
- A fraud word of the writer's own question (是骗局吗, 是不是骗局) or of its denial after it (肯定不是
  骗局) that goes on in its own or its customers' name (老客户都拿到了, 上百学员已拿证) is the seller's
  hook (``silence._doubt_denied_around``); the question answered yes (肯定是骗局) and a court quoting the
  denial with no question before it keep their warning.
- A verdict on a rival's claim (别家说免考是假的) answered by the writer's own real one (我们才是真免考)
  is a seller outbidding rivals (``silence._RIVAL_BEFORE`` / ``_OWN_REAL_AFTER``); a school's
  我们才是正规培训机构 and a buyer's 别家说是假的 stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories

_SELLERS = [
    # 切勿 + route, then the writer
    "切勿通过代理办理免考架子工证，来我们这边直接出证，加v jz_4401",
    "切勿找黄牛买免考电工证，找我们便宜一半，电话13512349876",
    "切勿从网上中介办理免考焊工证，本店是源头，v hg_5503",
    "切勿向二道贩子购买免考高处作业证，我们直接对接，微信 gc_7702",
    # the own doubt denied in the writer's or its customers' name
    "电工证免考是骗局吗？当然不是骗局，我们已经办了好几年，加v dg_3108",
    "焊工证不用考是骗局吗？绝不是骗局，几百名学员都拿到了，电话13611112222",
    "登高证直接拿证是骗局吗？根本不是骗局，老顾客都拿证了，加v dg_7781",
    # a rival's claim called fake, the writer's the real one
    "架子工证，别人家说免考都是假的，我家才是真免考，加微 jz_2290",
    "制冷证，其他家不用考是骗人的，咱家才是真正不用考，v zl_3311",
]


@pytest.mark.parametrize("text", _SELLERS)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_seller_behind_a_warning_word_fires(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


_SILENT = [
    # warnings with the lawful route or the writer's town alone
    "切勿通过代理办理免考架子工证，请到应急管理部门指定机构参加培训考试",
    "切勿找黄牛买免考电工证，来我们培训中心报名参加正规考试",
    "切勿通过中介办理免考焊工证，我们这里好几个人都上当了",
    "切勿在网上找人办理免考高处作业证，我们提醒您证书可在官方平台查询",
    # a fraud question answered yes, a court quoting a denial
    "电工证免考是骗局吗？当然是骗局，证书都要考试才能取得",
    "焊工证不用考是不是骗局？是骗局，正规的证都要参加考核",
    "法院查明，被告人对被害人称绝不是骗局，老客户都拿到了，随后卖出伪造的焊工证",
    # a buyer or a school on a rival's claim
    "架子工证，别人家说免考都是假的，我们才是正规培训学校，要参加考试",
    "我咨询过，别家都说免考制冷证是骗人的，还是老实去考吧",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_warning_word_kept_where_no_seller_turns(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" not in categories(det, text, packs)


@pytest.mark.parametrize("packs", [["certificates"], ["training-ads"]])
def test_regulators_route_warning_silent_in_each_pack(det, packs: list[str]) -> None:
    assert not categories(det, "市应急管理局：切勿通过中介办理免考电工证，须经培训考试合格", packs)
