"""Session 61, review68: a second reading of review63 (``stance._PLAIN_DENIED``, ``_TRUTH_ASKED`` /
``_OWN_CLAIM_AFTER`` in ``_VERDICT_CONFIRMED``, ``context._SELF_LEAD_IN``'s 其实, ``_SELF_OFFERED_BODY``'s
就能考, ``_TRUST_WORD`` / ``_TRUST_GAP``, the writer's place words in ``silence._OWN_REAL_AFTER`` /
``_OUTBID_TURN`` / ``stance._OWN_REAL_SKIP`` and FC-005's 们才是真).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful text still firing: a plain no before 有需要的 … 扣1 (需要的 read as the seller's 要的), before a
  school's 来我们学校报名参加培训考试; a debunk whose writer says 我是真的被骗过, sends the asker to the
  office's window (想办理的请到 …) or sends the official entry in private (私发官方报名入口); a school's
  就能在线报名 read as a counter.
- Sellers still missed: other lead-ins than 其实 (说实话 / 老实讲), other trust words and traders (轻信,
  街边小广告的, 外面那些黄牛的, 其他家的), a plain no before the seller's own way (有办法 / 不考拿证), a fake
  verdict before 认准我家 / 三天出证, a fake card's 我们才是真便宜, the writer named 我司 / 本中心.
- Lawful near neighbours of each reading stay silent in every pack combination.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_SILENT_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SELL_PACKS = [None, DEFAULT, CERTS, ALL]

# --- (1) lawful text that fired ---------------------------------------------------------------------

_LAWFUL_FIRING = [
    # a plain no, then the school's own call: 需要的 is no seller's 要的, 来我们学校报名 names the route
    "网传电工证能免考？当然不能，有需要的评论区扣1，发你官方报名流程",
    "焊工证可以不考吗？肯定不行！有需要的同学评论区扣1，我们发正规报考流程",
    "电工证能免考吗？不能，来我们学校报名参加培训考试吧，评论区扣1",
    "叉车证能免考吗？当然不能，找我们学校报名参加正规培训，评论区扣1",
    # a debunk whose writer is a victim, sends the asker to the office, or sends the entry in private
    "电工证免考是真的吗？当然是假的！我是真的被骗过，想考证的评论区扣1",
    "焊工证免考靠谱吗？当然是骗人的，我们是真的上过当，想正规报考的评论区扣1",
    "电工证免考是真的吗？当然是假的！想办理的请到当地应急管理局政务窗口报名，评论区扣1了解流程",
    "焊工证免考靠谱吗？当然是骗人的，想考证的评论区扣1，私发官方报名入口",
    # a school's exam site after the warning, the enrolment said 在线 / 网上
    "切勿找中介办免考电工证！其实我们这里就能在线报名，电话0571-88776655",
    "切勿找中介办免考电工证！其实我们这里就能网上报名，电话0571-88776655",
]


@pytest.mark.parametrize("text", _LAWFUL_FIRING)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_neighbours_of_review63_readings_are_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text


# --- (2) sellers still missed -----------------------------------------------------------------------

_SELLERS_MISSED = [
    # the counter after another lead-in than 其实
    "切勿找中介办免考电工证！说实话来我们这里就行，价格低一半，v信 dg_7788",
    "切勿找中介办免考电工证！老实讲找我们就行，价格低一半，v信 dg_7788",
    # other trust words and other traders named with 的
    "不要轻信中介的免考电工证，来我们这里办，不用考试，v dg_1212",
    "别信街边小广告的免考电工证，来我们这里办，不用考试，v dg_1212",
    "别信外面那些黄牛的免考焊工证，找我们直接拿，加v hg_5151",
    "别信其他家的免考焊工证，找我们直接拿，加v hg_5151",
    "请勿轻信黄牛的免考焊工证，找我们直接拿，加v hg_5151",
    # a plain no before the seller's own way
    "电工证能免考吗？当然不能。评论区扣1，我们有办法让你拿证",
    "叉车证能免考吗？肯定不行！评论区扣1，教你怎么不考拿证",
    # a fake verdict before the seller's own hook
    "电工证免考是真的吗？当然是假的，正规渠道找我，三天出证 v dg_3131",
    "电工证免考是真的吗？当然是假的，别处都是忽悠，认准我家，两天下证，加v dg_3131",
    "焊工证免考靠谱吗？当然是骗人的，想要真的私我，5天拿证，薇 hg_2020",
    # the writer named as a company or a centre
    "小心被骗，别家免考叉车证都是假的，我司才真能免考，电话 13812345678",
    "小心被骗，别家免考焊工证都是假的，本中心真能免考，电话 13812345678",
    # pinned: the seller's no that turns to itself still sells
    "电工证能免考吗？不能，找我们就能，加v dg_1212",
    "电工证能免考吗？不能，来我们这里，不用考试直接拿证，v dg_1212",
    "焊工证 假的 我们才是真正的免考 加v hg_1111",
]


@pytest.mark.parametrize("text", _SELLERS_MISSED)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_close_variants_of_review63_sellers_sell(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


_FAKE_BOASTS = [
    "焊工证假的，我们才是真便宜，包用，加v fk_2222",
    "电工证 假的 咱们才是真划算 包用 加v fk_3333",
]


@pytest.mark.parametrize("text", _FAKE_BOASTS)
def test_fake_card_boast_with_own_name_fires_fc005(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "FC-005" in rule_ids(det, text, DEFAULT), text
    assert "fake_certificate" in categories(det, text, ALL), text


# --- (3) lawful near neighbours that stay silent ----------------------------------------------------

_STILL_SILENT = [
    "网传电工证能免考？当然不能，需要的同学请到官网报名参加考试",
    "别信别人的免考电工证，我们这里已经有人被骗了，报警电话110",
    "别信黄牛的免考焊工证，来我们学校正规培训，考试合格发证，电话0571-88776655",
    "不要轻信中介的免考电工证，我们单位已经有人被骗了，报警电话110",
    "别信其他家的免考焊工证，来我们学校报名参加培训考试，电话0571-88776655",
    "切勿找中介办免考电工证！说实话我们这里也有人被骗过，报警电话110",
    "切勿找中介办免考电工证！其实我们这里价格不贵，报名参加培训考试，电话0571-88776655",
    "切勿找中介办免考电工证！其实我们直接去政务大厅报名就行，费用很低",
    "切勿找中介办免考电工证！其实我们这里就能预约考试，每月一期，电话0571-88776655",
    "电工证免考是真的吗？当然是假的！想考证的评论区扣1，考试合格后一个月内出证",
    "听说我们这边真能免考，结果交了2000就被拉黑了",
    "记者：对方称“我这里真能免考”，随后要求转账，警方提醒谨防受骗",
    "网友：别家免考叉车证都是假的，我司真能免考吗？",
    "电工证能免考吗？当然不能，免考都是骗人的，想报名的评论区扣1",
    "电工证能免考吗？当然不能，需要报名的同学找我们学校教务处，电话0571-88776655",
    "焊工证免考是真的吗？当然是假的！我们这里只做正规培训，想考证的评论区扣1",
    "叉车证免考靠谱吗？当然是骗人的，想办理的请带身份证到政务服务中心报名考试",
    "不要轻信中介的免考电工证，来我们学校报名参加培训考试，电话0571-88776655",
    "轻信中介的免考电工证，结果钱没了，来我们这里报警的人不少",
    "切勿找中介办免考电工证！讲真，我们这边也有学员被骗过，报警电话110",
    "说实话，切勿找中介办免考电工证！说真的我们这里就能考，每月一期",
]


@pytest.mark.parametrize("text", _STILL_SILENT)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_near_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text
