"""Session 62, review78: a second reading of review73 (``stance._PLAIN_DENIED``'s seller words after a
plain no, ``_OWN_CLAIM_AFTER``'s days, 认准 and 私发 readings, ``context._SELF_OFFERED_BODY``'s 就能…报名,
``_SELF_LEAD_IN``'s candid openers and ``_TRUST_GAP``'s traders).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful text firing: a plain no that judges the seller's words as a class (说自己有门路的都是骗子;
  说包过的全是忽悠) or denies them to anyone (没有人能搞定); 想拿证就报名考试 after 没有门路; a debunk
  counting the certificate's days from the exam passed (考试通过，15个工作日内出证; 一般三个工作日出证),
  sending the reader to the exam site the authority approved (认准我们应急管理局批准的考点), whose writer
  是真的交过钱, sending its course timetable or papers in private; a school's 就能线下 / 随时报名; a
  plain no before 找我们也不包过 / 也没用.
- Sellers missed: a plain no before 保过 / 保拿证, a fake verdict before 48小时出证 / 三日出证, the
  candid opener 跟您说实话, the trader as a WeChat group's; a fake verdict confirmed with 肯定 / 绝对
  or bare (是真的吗？肯定是假的！认准本店…加v …) before the writer's own claim and contact.
- Lawful near neighbours of each new reading stay silent in every pack combination.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_SILENT_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_RULE_PACKS = [None, DEFAULT, CERTS, ALL]
_SELL_PACKS = [None, DEFAULT, CERTS, ALL]

# --- (1) lawful text that fired ---------------------------------------------------------------------

_LAWFUL_FIRING = [
    # the seller's words judged as a class, or denied to anyone, after a plain no
    "叉车证能免考吗？当然不能！说自己有门路的都是骗子，想考证的评论区扣1",
    "焊工证能免考吗？肯定不行，说包过的全是忽悠，想考证的评论区扣1",
    "电工证能免考吗？当然不能，没有人能搞定，想考证的评论区扣1",
    # the days counted from the exam passed, or the usual wait after it
    "电工证免考是真的吗？当然是假的！考试通过，15个工作日内出证，想报名的评论区扣1",
    "电工证免考是真的吗？当然是假的！正规考试一般三个工作日出证，想报名的评论区扣1",
    # the exam site the authority approved
    "电工证免考是真的吗？当然是假的！认准我们应急管理局批准的考点，评论区扣1",
    # the victim's 是真的交过钱
    "电工证免考是真的吗？当然是假的！我是真的交过钱，最后什么都没拿到，想考证的评论区扣1",
    # the school's timetable or papers sent in private
    "焊工证免考靠谱吗？当然是骗人的，想考证的评论区扣1，私发培训课程表",
    "焊工证免考靠谱吗？当然是骗人的，想考证的评论区扣1，私发资料",
    # a school's enrolment said 线下 / 随时 after the warning
    "切勿找中介办免考电工证！其实我们这里就能线下报名，电话0571-88776655",
    "切勿找中介办免考电工证！其实我们这里就能随时报名，电话0571-88776655",
    # the writer saying it can do no more after 找我们
    "电工证能免考吗？当然不能，找我们也不包过，想报名的评论区扣1",
    "电工证能免考吗？当然不能，找我们也没用，想考证的评论区扣1",
]


@pytest.mark.parametrize("text", _LAWFUL_FIRING)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_neighbours_of_review73_readings_are_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text


# the school's route after 没有门路 (review73 left it), the writer's 找我们也拿不到: the rules fall
# silent; the training pack's learned model (ML-GP), not retrained here, is left out
_ROUTE_AFTER_NO = [
    "叉车证能免考吗？不行，没有门路可走，想拿证就报名参加培训考试，评论区扣1",
    "电工证能免考吗？不能，没有门路，也没有路子，想拿证就报名考试，评论区扣1",
    "电工证能免考吗？当然不能，找我们也拿不到，想考证的评论区扣1",
]


@pytest.mark.parametrize("text", _ROUTE_AFTER_NO)
@pytest.mark.parametrize("packs", _RULE_PACKS)
def test_the_route_after_no_way_is_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text


# --- (2) sellers still missed -----------------------------------------------------------------------

_SELLERS_MISSED = [
    # a plain no before the seller's own guarantee
    "电工证能免考吗？当然不能。评论区扣1，我们保过",
    "电工证能免考吗？当然不能。评论区扣1，我们保拿证",
    # a fake verdict before the seller's hook in hours or 日
    "电工证免考是真的吗？当然是假的，正规渠道找我，48小时出证 v dg_3131",
    "电工证免考是真的吗？当然是假的，正规渠道找我，三日出证 v dg_3131",
    # the candid opener said to 您
    "切勿找中介办免考电工证！跟您说实话，来我们这里就行，价格低一半，v信 dg_7788",
    # the trader as a WeChat group's
    "别信微信群里的免考电工证，来我们这里办，不用考试，v dg_1212",
    # the fake verdict said 肯定 / 绝对 / bare before the writer's own claim and contact (review73 left
    # the 肯定 one: only 当然 opened the warning's answer)
    "叉车证免考是真的吗？肯定是假的！认准本店，三天出证，加v dg_3131",
    "电工证免考是真的吗？绝对是假的！认准本店，三天出证，加v dg_3131",
    "电工证免考是真的吗？假的！我们包拿证，加v dg_3131",
    "焊工证免考靠谱吗？肯定是骗人的！我们这能办，加微 hg_2020",
    # the rivals called cheats in the answer, the contact bare (review73 left it)
    "电工证免考是真的吗？当然是假的！别家都是骗子，认准我们，包拿证，v dg_3131",
]


@pytest.mark.parametrize("text", _SELLERS_MISSED)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_sellers_beside_review73_readings_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# --- (3) lawful neighbours that stay silent ----------------------------------------------------------

_LAWFUL_KEPT = [
    "电工证能免考吗？当然不能！号称包拿证的都是骗人的，想报名的评论区扣1领流程",
    "电工证能免考吗？当然不能，哪有什么门路，老老实实报名考试，评论区扣1领报名流程",
    "电工证免考是真的吗？当然是假的！我们也是真的吃过亏，大家想考证的评论区扣1",
    "电工证免考是真的吗？当然是假的！想办的带上身份证去考点报名，评论区扣1",
    "小心被骗！外面免考电工证都是假的，我校只是培训机构，不能免考，报名电话0571-88776655",
    "别信朋友圈里的免考电工证，想考证请到应急管理局官网报名，咨询电话0571-88776655",
    "电工证能免考吗？当然不能，我们也不保过，想报名的评论区扣1",
    "电工证免考是真的吗？当然是假的！考试合格后48小时内可查询，想报名的评论区扣1",
    "别信微信群里的免考电工证，我们学校只提供培训，考试须本人参加，电话0571-88776655",
    "切勿找中介办免考电工证！跟您说实话，我们单位就有人被骗过，举报电话12350",
    # the confirmed verdict before a school's limit, a victim's story or a reporter's quotation
    "电工证免考是真的吗？肯定是假的！我们学校只负责培训，考试须本人参加，电话13812345678",
    "电工证免考是真的吗？肯定是假的！我是真的被骗过，骗子微信dg_3131，大家别加",
    "记者问：电工证免考是真的吗？民警：肯定是假的！骗子常说我们包拿证，加v就行，大家别信",
]


@pytest.mark.parametrize("text", _LAWFUL_KEPT)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text
