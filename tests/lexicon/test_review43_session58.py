"""Session 58, review43: a second reading of left24's changes (round 65).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- A school's own question on the promise answered no with the verb repeated (你们保证包过吗？答：不保证，
  …; 你们包过吗？答：不包，…; 包过吗？不敢包，…) is its FAQ, as left24's ``silence._ASKED_NO`` reads a
  bare 不，; a bare no followed at once by a stronger promise (包过吗？不，是稳过！; 不，我们包拿证) is the
  seller's joke, no answer.
- left24's refund-on-fail pledge with a 的 (``silence._FAIL_REFUND_AFTER``) read any 退 after the
  failure: a school's 没考过的退费按国家规定执行, 没通过的退出培训须申请, 没拿到证的退回重新培训一次 are its
  terms, no pledge.
- A rhetorical reversal whose denial is a warning word covering the candidate (叉车证考试不保证通过？我们
  保证！): left24's turn was read only for a candidate after the warning word.
- GP-104's bounded retraining (免费重学一次) was broken by a 退费 the school's terms send to the rules
  (退费按规定办理).
- The lawful text next to left24's other readings stays silent (regulators' FAQs with reversal
  questions, news quoting a seller's 号称全市最…的培训班, a school's 我们是正规渠道 with its landline, a
  regulator's 官方渠道 with its hotline, 托关系 / 由内部关系寄出 in a court finding or a warning), and
  close variants of its sellers are still caught.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

_PACKS = [None, DEFAULT, CERTS, TRAINING, ALL]
_GP_PACKS = [None, DEFAULT, ALL]

# --- defects: the school's FAQ answered no with the verb repeated ------------------------------

_ASKED_NO_VERB = [
    "问：你们保证包过吗？答：不保证，本校只保证课时和教学质量，报名电话0571-86001234。",
    "常见问题：你们包过吗？答：不包，考试成绩以应急管理局公布为准，报名电话0571-86002299。",
    "登高证包过吗？不敢包，也不该包，考试由应急管理局组织，报名电话0571-86003344。",
]


@pytest.mark.parametrize("text", _ASKED_NO_VERB)
@pytest.mark.parametrize("packs", _PACKS)
def test_school_faq_answered_no_with_the_verb_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


# --- defects: a bare no followed by a stronger promise -----------------------------------------

_NO_THEN_MORE = [
    "电工证包过吗？不，是稳过！加v dg_1234",
    "焊工证包过吗？不，我们包拿证，加v hg_1234",
    "电工证包过吗？不，是必过，电话13912345678",
]


@pytest.mark.parametrize("text", _NO_THEN_MORE)
@pytest.mark.parametrize("packs", _GP_PACKS)
def test_bare_no_then_a_stronger_promise_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


# --- defects: the school's refund terms after a denied pass ------------------------------------

_REFUND_TERMS = [
    "本校不承诺包过，没考过的退费按国家规定执行，报名电话0571-86001111。",
    "电工证培训不包过，没通过的退出培训须书面申请，学费按已上课时结算。",
    "本中心焊工证不包过，没拿到证的退回重新培训一次，不另收费。",
]


@pytest.mark.parametrize("text", _REFUND_TERMS)
@pytest.mark.parametrize("packs", _PACKS)
def test_refund_terms_after_a_denied_pass_are_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert "guarantee_promise" not in categories(det, text, packs)


def test_bounded_retraining_with_refund_by_the_rules_is_silent(det) -> None:
    text = "本校焊工证培训不承诺包过，没考过的可免费重学一次，退费按规定办理。"
    for packs in (TRAINING, ALL):
        assert "GP-104" not in rule_ids(det, text, packs)


def test_bounded_retraining_with_a_refund_pledge_still_fires(det) -> None:
    text = "焊工证培训没考过的可免费重学一次，再不过退费，加v hg_5511"
    assert "GP-104" in rule_ids(det, text, TRAINING)


# --- defects: a warning word covering the candidate, turned over -------------------------------

_WARNING_TURNED = [
    "叉车证考试不保证通过？我们保证！私聊",
    "叉车证不保证通过？我们保证！加v cc_1234",
]


@pytest.mark.parametrize("text", _WARNING_TURNED)
@pytest.mark.parametrize("packs", _GP_PACKS)
def test_warning_word_turned_over_fires(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


# --- guards: lawful text next to left24's readings ---------------------------------------------

_LAWFUL = [
    # regulators' and schools' FAQs with reversal questions
    "问：特种作业操作证培训能包过吗？答：不能。考试由应急管理部门统一组织，成绩不合格的可补考一次。",
    "有人问，我们不承诺包过？是的，我们不承诺，考试结果取决于学员本人。",
    "网上说焊工证没有包过一说？对，本局提醒，所谓包过都是骗局。",
    "学员常问：本校包过吗？当然不，考试由省应急管理厅统一组织。",
    "我们不承诺包过？不，我们从不承诺包过，也请学员不要相信任何包过的说法。",
    "我们不承诺包过？我们承诺的是教学质量和课时。",
    "学员问：本校承诺包过吗？答：不承诺，考试由应急管理局统一组织，咨询电话0571-86004455。",
    "焊工证能保证通过吗？答：不能保证，考试由应急管理部门组织，报名请到学校前台。",
    # news and court findings quoting 号称
    "记者调查发现，这家号称全市最正规的培训班，实际上在兜售假证。",
    "号称全市最便宜的培训班，其实是一个制售假证团伙，法院以伪造国家机关证件罪判处主犯有期徒刑三年。",
    "电工证号称全市最便宜的培训班，原来是无证经营的假证窝点，已被查处。",
    "网上有条广告写着：焊工证号称全市最快的考证班，包过。记者拨打电话后发现对方并无培训资质。",
    # schools' refund terms with a 的
    "电工证培训不包过，没考过的学员可参加一次免费补考，不退学费。",
    "我们不包过，开课前退出的学费全额退还，开课后退费按合同约定执行。",
    "不保证包过，因个人原因没考过的，培训费不予退还。",
    # a school's 正规渠道 with its landline, a regulator's 官方渠道 with its hotline
    "不要找中介买证，我们是正规渠道，报名电话0571-86005678，地址市应急管理局对面。",
    "别信中介，本校走的是正规渠道，必须参加培训和考试，报名请到学校前台。",
    "市应急管理局提醒：特种作业操作证请通过官方渠道申领，切勿相信免考办证广告，举报电话12350。",
    "别信中介，官方渠道，只有一个，就是到考点参加考试，查询请拨打12350。",
    "市应急管理局提醒：不要相信免考拿证广告，请通过正规渠道，到指定考点报名考试。",
    # 托关系 / 由内部关系寄出 in a court finding, a warning, an FAQ
    "法院审理查明，被告人谎称可以托关系办理电工证，收款后由他人伪造证件寄出。",
    "判决书认定：被告人称钱到位后由内部关系寄出证件，被害人付款后收到的是假证。",
    "问：网上说付款后由我们的关系直接寄出证书，可信吗？答：不可信，这是诈骗。",
    "千万别信“钱到位后由内部关系寄出”的说法，特种作业操作证必须考试取得。",
]


@pytest.mark.parametrize("text", _LAWFUL)
@pytest.mark.parametrize("packs", _PACKS)
def test_lawful_text_next_to_left24_readings_is_silent(
    det, text: str, packs: list[str] | None
) -> None:
    assert not rule_ids(det, text, packs) - {"ML-EF", "ML-FC", "ML-CS", "ML-GP", "ML-SS"}


# --- guards: close variants of left24's sellers ------------------------------------------------

_SELLERS_GP = [
    "电工证我们不承诺包过？错，我们承诺，加v dg_7781",
    "焊工证不能包过？在我们这儿能！微信 hg_5512",
    "登高证不敢承诺包过？咱家就敢！v dg_5566",
    "电工证不包过，但没考过的全额退款，加v dg_2231",
    "电工证不包过，没考过的学费如数返还，加v dg_7788",
    "焊工证号称全市最快的考证班，包过，加微 hg_4432",
    "焊工证包过吗？不是包过，是百分百拿证，微信 hg_4321",
]


@pytest.mark.parametrize("text", _SELLERS_GP)
@pytest.mark.parametrize("packs", _GP_PACKS)
def test_close_variants_of_left24_sellers_promise(det, text: str, packs: list[str] | None) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


_SELLERS_CS = [
    "千万别找中介买证，我们正规渠道，焊工证免考直接拿，加v hg_2201",
    "不要信黄牛，我们是官方渠道，电工证不用考，微信 dg_6650",
    "别信黄牛，我们官方渠道，焊工证直接下证，13612345678",
    "电工证补办要本人去吗？不用，款到后由我们的关系直接寄到家，加v dg_9090",
    "叉车证打款后托关系办，七天寄出，加v cc_3434",
]


@pytest.mark.parametrize("text", _SELLERS_CS)
@pytest.mark.parametrize("packs", _GP_PACKS)
def test_close_variants_of_left24_channel_and_connection_sellers(
    det, text: str, packs: list[str] | None
) -> None:
    assert "CS-001" in rule_ids(det, text, packs)
