"""Session 61, review69: a second reading of round 71's review64 (``stance._SELF_DISOWNS``,
``silence._hearsay_outbid``, ``_RIVAL_BEFORE``'s picked shops, ``_OWN_REAL_AFTER``, the denial
asked back in ``_DOUBT_DENIED_OWN``) and review65 (``_seller_price``, ``_RELATION_DENIED``,
``_SITE_SOLD``'s renewal, the apps' short names, ``_PROMISE_TURN``'s rate verbs, 说句大实话,
``_FAIL_REFUND_NEXT``'s 可退 / 就退, 过不过都给证, ``_WAIVED_RIGHT_AFTER``'s 考试不用到现场, and the
chat's yes 嗯嗯 / 是滴 / 对呀). Sentences written for this file (not from any holdout set, the corpus
nor the rules' fixtures).

- (a) Lawful text: an office calling a pass promise 是谣言 and disowning it in its own name
  (网传焊工证包过是谣言，本中心从未与任何培训机构合作) fired GP-101 with the training pack, the
  verdict standing inside the candidate's span where ``stance._called_inside`` did not read it.
- (b) Sellers in close variants still missed: the crowd said 大家都说 before the outbid, the outbid
  after ！ or 。 instead of a comma, or in the writer's 我这; the denial asked back as 哪能是 / 哪儿是 /
  咋会是; and the chat's yes said 嗯呢 / 嗯嗯嗯 / 对滴 / 是哒 / 对头.
- The rest pins what review64 and review65 got right, both ways.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids_no_model

EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]


# --- (a) lawful text: silent in every pack --------------------------------------------------

_LAWFUL_FIXED = [
    # the office's verdict 是谣言 inside the training pack's span, then its disclaimer
    "网传焊工证包过是谣言，本中心从未与任何培训机构合作，请考生认准官方渠道",
    "网传焊工证包过是谣言，本中心从未发布此类消息，请考生认准官方渠道",
    "网传焊工证包过是谣言，本中心从未与任何培训机构合作",
]

_LAWFUL_KEPT = [
    # review64's disclaimers in other words
    "网传电工证交钱包过是谣言，本机构从未发布此类广告",
    "网传焊工证免考不属实，本中心从未委托任何中介代办，咨询电话 0571-86661234",
    "网传电工证可以代考不实，本局从未授权任何机构开展此类业务",
    # the crowd's 不能 the school agrees with, or goes on to its lawful help
    "很多人说电工证不能免考，我们也不能，必须本人参加考试",
    "很多人说电工证不能免考，我们可以帮你报名，考试须本人参加，电话 0571-86501234",
    "好多人说焊工证不能免考，确实不能，本校只负责培训",
    "有人说电工证不能免考，我们就能告诉你：确实不能，必须考试",
    "网上说焊工证不能免考，我们能做的是帮你把理论课讲透",
    "大家说电工证不能免考，我们也不能，必须本人参加考试",
    "很多人说电工证不能免考！我们也不能！请本人考试",
    "很多人说电工证不能免考。我们可以帮你报名。咨询 0571-86501234",
    "很多人说焊工证不能免考，我这里也不能，必须考试",
    "大家都说电工证不能免考，我这就能帮你报名",
    "大家都说焊工证不能免考。我们也是这么提醒学员的。",
    "大家都说焊工证不能免考，我这边也不建议找中介",
    # the verdict inside the span, then the office's own lawful words
    "网传焊工证包过纯属谣言，本中心提醒考生必须本人参加考试，报名电话 0571-86661234",
    # picked shops' verdicts the school agrees with
    "那些店说电工证免考是假的，本中心提醒：真正的证书必须考试取得",
    "有的平台说焊工证包过是骗人的，我们真心建议大家本人考试",
    # the doubt asked back, then the victim's or the reporter's words
    "焊工证包过是骗子？哪里是骗子，是彻头彻尾的诈骗团伙，我们已报警",
    "电工证免考是骗局？谁说是骗局，我们调查后确认这就是骗局",
    "焊工证包过是骗子？哪能是骗子，简直是强盗，我们被骗了两千，大家别信",
    "电工证免考是骗局？哪能是骗局，分明是违法犯罪，请拨打 12350 举报",
    "焊工证包过是骗子？咋会是骗子呢，那是诈骗，我们已经报警了",
    # review65's office notices in other words
    "焊工证补办请通过赣服通申请，无需本人到场，办理时限 15 个工作日起",
    "电工证复审可通过浙里办申请，无需本人到场，工本费 0 元，咨询 0571 8650 1234",
    "本考点提醒：换证不用考试，但须在有效期内提出申请，逾期需重新考试",
    "不用找关系，焊工证考试合格即可发证，请勿相信中介",
    "通知：本次考试不用到现场确认，考试当天须本人到场",
    # reports quoting review65's seller words
    "法院查明，被告人称“过不过都给证”，收取费用共计12万元",
    "记者暗访时对方称“挂了就退”，实际从未退款",
    "警惕“包过率能做到百分之百”的虚假宣传，考试由考点统一组织",
    "市民反映：对方说“考试不用到现场，包拿证”，交钱后联系不上",
    "判决书载明：被告人对外宣称考试可以不去，包拿证，非法获利五万元",
    # honest schools and shops that send the buyer to the exam
    "说句大实话，焊工证没有免考的，必须本人参加考试",
    "客服：嗯嗯，这个需要本人去考点考试的，我们只负责报名",
    "学员：焊工证可以不考吗？\n老师：是滴，不考是拿不到的，必须到考点考试",
    "考生问：考试可以不去吗？答：不可以，缺考视为放弃",
    "买家：电工证能不考直接拿吗？\n客服：嗯呢，必须本人到考点考试",
    "买家：电工证能不考直接拿吗？\n客服：对头，不用考的都是骗子",
    "买家：电工证能不考直接拿吗？\n客服：嗯嗯嗯，这个得本人考试",
]


@pytest.mark.parametrize("packs", EVERY)
@pytest.mark.parametrize("text", _LAWFUL_FIXED + _LAWFUL_KEPT)
def test_lawful_text_stays_silent(det, text: str, packs: list[str] | None) -> None:
    assert rule_ids_no_model(det, text, packs) == set()


# --- (b) sellers: the rule each pack must fire ------------------------------------------------

#: (text, default pack's rule, certificates pack's rule); None where that pack has no reading.
_SKIP_SELLERS_FIXED = [
    # the crowd said 大家都说, the outbid after ！ / 。, or in the writer's 我这
    ("大家都说焊工证不能免考，我们就能，vx：dg3311", "CS-001", "CS-201"),
    ("大家说电工证不能免考，本店就可以，加v dg_9090", "CS-001", "CS-201"),
    ("很多人说电工证不能免考！我们就能！加薇 dg_9090", "CS-001", "CS-201"),
    ("很多人说电工证不能免考。我们就能。加薇 dg_9090", "CS-001", "CS-201"),
    ("很多人说电工证不能免考！我们就能，加v dg_9090", "CS-001", "CS-201"),
    ("很多人说焊工证不能免考，我这就能，vx：dg3311", "CS-001", "CS-201"),
    # the chat's yes in its other spoken forms
    (
        "买家：电工证能不考直接拿吗？\n客服：嗯呢，不用考，一周寄到，电话 13912345678",
        "CS-001",
        "CS-201",
    ),
    (
        "买家：电工证能不考直接拿吗？\n客服：嗯嗯嗯，不用考，一周寄到，电话 13912345678",
        "CS-001",
        "CS-201",
    ),
    (
        "买家：电工证能不考直接拿吗？\n客服：对滴，不用考，一周寄到，电话 13912345678",
        "CS-001",
        "CS-201",
    ),
    (
        "买家：电工证能不考直接拿吗？\n客服：是哒，不用考，一周寄到，电话 13912345678",
        "CS-001",
        "CS-201",
    ),
    (
        "买家：电工证能不考直接拿吗？\n客服：对头，不用考，一周寄到，电话 13912345678",
        "CS-001",
        "CS-201",
    ),
]

_SKIP_SELLERS_KEPT = [
    ("很多人说电工证不能免考，我们就可以，加v dg_9090", "CS-001", "CS-201"),
    ("网上都说登高证不能免考，本店就可以，扣扣 123456789", "CS-001", "CS-201"),
    ("很多人说电工证不能免考，咱们就能，加v dg_9090", "CS-001", "CS-201"),
    ("好多人说叉车证不能免考，找我们就能，微 dg_9090", "CS-001", "CS-201"),
    ("那些店说焊工证免考是骗局，我们才是真的免考，加v dg_9090", "CS-001", "CS-201"),
    ("那些平台说电工证免考是假的，我们真能免考，私我", "CS-001", "CS-201"),
    ("很多人说电工证免考是骗局，本机构真能免考，电话 13905711234", "CS-001", "CS-201"),
    ("电工证免考是假的？谁说是假的，我们老客户上百，加v dg_9090", "CS-001", "CS-201"),
    ("网传焊工证免考不属实？本中心从未失手，真能免考，加v dg_9090", "CS-001", "CS-201"),
    ("电工证补办，无需本人到场，三天到手，1500元起", "CS-001", "CS-201"),
    ("焊工证补办无需本人到场，一周拿证，价格 1800 起，vx dg_3311", "CS-001", "CS-201"),
    ("高处作业证，考试不用去现场，包拿证，vx dg_3311", "CS-001", "CS-221"),
    ("电工证考试不用本人去，包拿证，加v dg_9090", "CS-001", "CS-221"),
    ("买家：焊工证能办吗？\n卖家：可以，不用考，过不过都给证，加v dg_9090", "GP-004", "CS-201"),
]


@pytest.mark.parametrize(("text", "default", "certs"), _SKIP_SELLERS_FIXED + _SKIP_SELLERS_KEPT)
def test_skip_sellers_fire(det, text: str, default: str, certs: str) -> None:
    assert default in rule_ids_no_model(det, text, None)
    assert default in rule_ids_no_model(det, text, DEFAULT)
    assert certs in rule_ids_no_model(det, text, CERTS)
    assert {default, certs} <= rule_ids_no_model(det, text, ALL)


#: Pass-promise sellers: the default pack's GP-001 (and every pack with it).
_PASS_SELLERS_FIXED = [
    "焊工证包过是骗子？哪能是骗子，我们签合同，加v dg_9090",
    "焊工证包过是骗子？哪儿是骗子，我们签合同，加v dg_9090",
    "焊工证包过是骗子？咋会是骗子，我们签合同，加v dg_9090",
]

_PASS_SELLERS_KEPT = [
    "焊工证包过是骗子？怎么会是骗子呢，我们签合同，加v dg_9090",
    "焊工证包过是骗子？哪里是骗子！我们签合同，加v dg_9090",
    # the verdict's reading must not take the seller's own name for a disclaimer
    "网传焊工证包过是谣言，本中心真包过，加v dg_9090",
    "网传焊工证包过是谣言，本中心从未失手，真包过，加v dg_9090",
    "网传焊工证包过是谣言？本中心真包过，加v dg_9090",
    "焊工证包过是骗子？哪能是骗子呢？我们合同保障，加v dg_9090",
]


@pytest.mark.parametrize("packs", [None, DEFAULT, ALL])
@pytest.mark.parametrize("text", _PASS_SELLERS_FIXED + _PASS_SELLERS_KEPT)
def test_pass_sellers_fire(det, text: str, packs: list[str] | None) -> None:
    assert "GP-001" in rule_ids_no_model(det, text, packs)


#: review65's refunds on a failed exam after a school's disclaimer, with the training pack.
_REFUND_SELLERS = [
    "一建精讲班 课程不含保过承诺 没考过就退 加v jz8899",
    "一建精讲班 课程不保过 挂了就退 加v jz8899",
    "一建精讲班 课程不含保过承诺 挂了直接退 加v jz8899",
]


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize("text", _REFUND_SELLERS)
def test_refund_sellers_fire(det, text: str, packs: list[str] | None) -> None:
    assert "GP-101" in rule_ids_no_model(det, text, packs)
