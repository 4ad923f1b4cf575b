"""Session 62, review73: a second reading of review68 (``stance._PLAIN_DENIED``'s window breakers,
``_OWN_CLAIM_AFTER``'s exclusions and hooks, ``context._SELF_OFFERED_BODY``'s 就能在线报名,
``_SELF_LEAD_IN``'s candid openers, ``_TRUST_GAP``'s other traders and ``stance.OWN_NAMES``).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- Lawful text firing: a plain no before 没有办法 (read as the seller's 有办法); a debunk counting the
  certificate's days from the exam passed (考试合格后15天内出证), sending its study papers or the
  official site's link in private, sending the asker with an ID card to the citizens' hall, or whose
  writer 是真的遇到过 / 见过 the cheat; a warning that names the rivals' hook (别信三天出证的广告); a
  school's 就能线上 / 直接 / 免费报名 read as a counter.
- Sellers missed: longer candid openers (不瞒你说 / 说句实话 / 坦白讲 / 实不相瞒), the flyer's hand and
  the friends' feed or group as the trader (路边发传单的 / 朋友圈里的 / 群里的), a plain no before
  包拿证 / 能搞定 / 有路子, a fake verdict before 当天出证 / 三天到手 / 认准本中心 or 我们包拿证 with a
  call, the writer named 我校 / 俺家.
- Lawful near neighbours of each new reading stay silent in every pack combination.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_SILENT_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_SELL_PACKS = [None, DEFAULT, CERTS, ALL]

# --- (1) lawful text that fired ---------------------------------------------------------------------

_LAWFUL_FIRING = [
    # 没有办法 is no seller's 有办法
    "电工证能免考吗？当然不能，没有办法，只能老老实实报名参加考试，评论区扣1领报名流程",
    # the days counted from the exam passed, not from the seller's word
    "电工证免考是真的吗？当然是假的！必须参加考试，考试合格后15天内出证，想报名的评论区扣1",
    "电工证免考是真的吗？当然是假的！考试合格后7天出证，想报名的评论区扣1",
    # the rivals' hook named, not the writer's own
    "电工证免考是真的吗？当然是假的！别信三天出证的广告，想考证的评论区扣1",
    # the study papers or the official site sent in private, the office as the citizens' hall
    "焊工证免考靠谱吗？当然是骗人的，想考证的评论区扣1，私发备考资料",
    "焊工证免考靠谱吗？当然是骗人的，想考证的评论区扣1，私发官网链接",
    "电工证免考是真的吗？当然是假的！想办理的请携带身份证到市民中心办理，评论区扣1",
    # 是真的 as the victim's intensifier before what befell it
    "电工证免考是真的吗？当然是假的！我们是真的遇到过这种骗子，想考证的评论区扣1",
    "电工证免考是真的吗？当然是假的，我是真的见过有人被骗，评论区扣1了解正规报名",
    # a school's enrolment said 线上 / 直接 / 免费 after the warning
    "切勿找中介办免考电工证！其实我们这里就能线上报名，电话0571-88776655",
    "切勿找中介办免考电工证！其实我们这里就能直接报名，电话0571-88776655",
    "切勿找中介办免考焊工证！其实我们这里就能免费报名，电话0571-88776655",
]


@pytest.mark.parametrize("text", _LAWFUL_FIRING)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_neighbours_of_review68_readings_are_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text


# --- (2) sellers still missed -----------------------------------------------------------------------

_SELLERS_MISSED = [
    # the counter after a longer candid opener
    "切勿找中介办免考电工证！不瞒你说，来我们这里就行，价格低一半，v信 dg_7788",
    "切勿找中介办免考电工证！说句实话，来我们这里就行，价格低一半，v信 dg_7788",
    "切勿找中介办免考电工证！坦白讲找我们就行，价格低一半，v信 dg_7788",
    "切勿找中介办免考叉车证！实不相瞒，找我们就行，便宜一半，加微 cc_3344",
    # the trader as a flyer's hand, the friends' feed, a group
    "别信路边发传单的免考电工证，来我们这里办，不用考试，v dg_1212",
    "别信朋友圈里的免考焊工证，找我们直接拿，加v hg_5151",
    "不要轻信群里的免考电工证，来我们这里办，不用考试，v dg_1212",
    # a plain no before the seller's own way
    "电工证能免考吗？当然不能。评论区扣1，我们包拿证",
    "叉车证能免考吗？肯定不行！评论区扣1，我们能搞定",
    "电工证能免考吗？当然不能。评论区扣1，我们有路子让你拿证",
    # a fake verdict before the seller's own hook
    "电工证免考是真的吗？当然是假的，正规渠道找我，当天出证 v dg_3131",
    "电工证免考是真的吗？当然是假的，别处都是忽悠，认准本中心，三天到手，加v dg_3131",
    "电工证免考是真的吗？当然是假的！我们包拿证，加v dg_3131",
    # the writer named as a school or in dialect
    "小心被骗，别家免考叉车证都是假的，我校才真能免考，电话 13812345678",
    "小心被骗，别家免考叉车证都是假的，俺家才真能免考，电话 13812345678",
]


@pytest.mark.parametrize("text", _SELLERS_MISSED)
@pytest.mark.parametrize("packs", _SELL_PACKS)
def test_sellers_beside_review68_readings_fire(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, packs), text


# --- (3) lawful neighbours that stay silent ----------------------------------------------------------

_LAWFUL_KEPT = [
    # the school's own no to the guarantee, the hook denied as a class
    "电工证能免考吗？当然不能，我们也不包过，想报名的评论区扣1",
    "电工证能免考吗？当然不能！我们不包拿证，只负责培训，想报名的评论区扣1",
    "焊工证能免考吗？肯定不行！不用考也能拿证的都是骗子，想考证的评论区扣1",
    # the days after the exam, the rivals' hook judged, the victim's retelling of it
    "电工证免考是真的吗？当然是假的！考完试一周左右出证，想报名的评论区扣1",
    "电工证免考是真的吗？当然是假的！正规考试合格后10个工作日内出证，咨询电话0571-88776655",
    "焊工证免考是真的吗？当然是假的！当天出证的都是假证，想考证的评论区扣1",
    "电工证免考靠谱吗？当然是骗人的！对方说认准他们，三天出证，结果收了钱就拉黑了",
    "电工证免考靠谱吗？当然是骗人的！我就是信了三天出证，结果收了钱就拉黑了，大家别上当",
    # 认准 the exam site's own window or the school's route
    "电工证免考是真的吗？当然是假的！认准本中心的报名窗口，评论区扣1",
    "焊工证免考靠谱吗？当然是骗人的！认准我们培训学校，报名参加考试，电话0571-88776655",
    # victims
    "电工证免考是真的吗？当然是假的！我是真的差点上当，大家别信，评论区扣1",
    "电工证免考是真的吗？当然是假的！我们当年也以为能办，结果被骗了2000，大家别信",
    # the trader named, the school's route or limit after it
    "别信街边小广告的免考电工证，来我们学校报名参加考试，电话0571-88776655",
    "不要轻信朋友圈里的免考电工证，我们学校只提供培训，考试须本人参加，电话0571-88776655",
    "切勿找中介办免考电工证！不瞒你说，我们单位就有人被骗过，举报电话12350",
    "切勿找中介办免考电工证！其实我们这里就能预约考试，电话0571-88776655",
    # the exam site outbidding the rivals with its authority, a forum user's question
    "小心被骗，外面免考电工证都是假的，我校才是应急管理局授权考点，报名电话0571-88776655",
    "网友：别家免考叉车证都是假的，我校真能免考吗？",
]


@pytest.mark.parametrize("text", _LAWFUL_KEPT)
@pytest.mark.parametrize("packs", _SILENT_PACKS)
def test_lawful_neighbours_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids(det, text, packs) == set(), text
