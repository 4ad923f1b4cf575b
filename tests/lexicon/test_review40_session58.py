"""Session 58, review40: a second reading of review38's changes (round 64). Sentences written for
this file.

- The seller's own 号称 (``silence._own_claim``): review38 let a course name run to 12 characters
  and a bare 的 close the claim. Normalizing drops the colon after a report's frame, so the frame
  and the certificate's name read as one long "name" (网友晒出聊天截图：电工证号称…; 涉案人员兜售
  电工证号称…); a bare 的 after a verb's claim is a nominal subject (号称包过的，十有八九拿不到证), no
  boast. Reports and warnings like these stay silent; a report's frame in the clause before (据考生
  反映，…号称包过) is a report as well. The sellers' own long names with 国家 or the shop's 咱家 in them
  fire.
- The seller's wager on its own word (``silence._lie_wager``): 若 with the seller as subject, what
  the seller says or sells as subject (如果我们说的是假的), and a refund pledged as 包退 or 无条件退款.
- The writer's 放心 after its own question (the context pivot after the question mark): a school's
  reassurance that goes on to deny the trade or name the lawful route (放心，不用考的证都是假的; 放心，
  正规途径必须本人考试) is no yes, even with a WeChat id; the seller's 您放心 / 请放心 / 绝对放心 is.
- 不包过 followed by not a cent (``silence._FAIL_REFUND``): 不收任何费用, 一毛钱都不收, 不收您一分钱,
  一分钱都不用花, 全款退还 are the refund-on-fail pledge; a school's other fees named after 一分钱 stay
  its own terms.
- The shop's OK alone on its chat turn (``stance._CHAT_YES``, ``silence._CHAT_YES_AFTER``): okk,
  okay, ok啦, a spaced O K and OK 没问题 are the same yes; a court's or a journalist's transcript and an
  OK that goes on to the lawful course stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids_no_model

# --- 号称: reports and warnings review38's widening made fire ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "网友晒出聊天截图：电工证号称全市最快，包过，加微 dg_6610",
        "网友晒出聊天截图：电工证号称全市最好的，包过，加微 dg_6611",
        "涉案人员兜售电工证号称包过，加微信 dg_6606 即可办理。",
        "号称包过的，十有八九拿不到证，想办电工证的加微信前一定要先核实。",
        "据考生反映，电工证号称包过，加v dg_6609 后被骗三千元。",
        "据考生反映，高处作业登高架设证号称包过，加v dg_6612 后被骗三千元。",
    ],
)
@pytest.mark.parametrize("packs", [None, DEFAULT, TRAINING, ALL])
def test_a_report_or_warning_quoting_the_boast_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "全国通用国家职业资格证号称最省心，包过，加微 dg_6614",
        "咱家焊工证号称最快的啦，包过，v hg_6618",
        "电工证号称全市最好的呢，包过，加微 dg_6619",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_sellers_own_boast_with_a_longer_name_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


# --- the seller's wager on its own word -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "若我们是骗人的，全额退款，电工证免考包过，加v dg_7731",
        "如果我们说的是假的，全额退款，焊工证免考直接拿，加v hg_1209",
        "如果证是假的，包退包换，叉车证免考直接拿，加v cc_2208",
        "如果是骗人的，无条件全额退款，登高证免考直接拿证，微信 dg_9036",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
def test_the_sellers_wager_in_other_words_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "对方拍胸脯说焊工证免考包过，如果是骗人的全额退款，结果付款后就被拉黑了。",
        "被告人向买家承诺叉车证免考包过，如果我们是骗人的，全额退款，法院查明其出售的证书均系伪造。",
        "如果我们是骗人的，全额退款？这种话千万别信，免考包过的焊工证都是假的。",
        "若我们说的是假的，包退？这种话别信，免考电工证一律是假证。",
    ],
)
def test_a_wager_retold_or_doubted_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text


# --- 放心 after the writer's own question -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "网上说电工证不用考也能办吗？放心，不用考的证都是假的，我们只做正规培训，报名加v dg_8801",
        "焊工证不用考能办吗？放心，正规途径必须本人考试，报名加v hg_8813",
        "叉车证免考能办吗？放心，免考是骗人的，本校按规定组织培训考试，加v cc_8814",
    ],
)
@pytest.mark.parametrize("packs", [None, DEFAULT, CERTS, ALL])
def test_a_schools_reassurance_denying_the_trade_stays_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "焊工证能办吗？您放心，不用考，加v hg_8803",
        "焊工证能办吗？请放心，免考直接拿，加v hg_8804",
        "焊工证能办吗？绝对放心，不用考，加v hg_8809",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
def test_the_sellers_reassurance_in_other_words_fires(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs), text


# --- 不包过 + not a cent -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "叉车证不包过不收任何费用，加v cc_3319",
        "登高证不包过，一毛钱都不收，加v dg_3321",
        "电工证不包过不收您一分钱，加v dg_3322",
        "焊工证不包过，一分钱都不用花，加v hg_3326",
        "叉车证不包过，全款退还，加v cc_3327",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_not_a_cent_in_other_words_is_a_pledge(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


@pytest.mark.parametrize(
    "text",
    [
        "本校电工培训不包过，不收一分钱好处费，报名电话 0571-6612 3303",
        "叉车证培训不包过，一分钱都不会多收，报名电话 0571-6612 3305",
        "本校焊工证培训不包过，不收一分钱定金，开课后按月交费，报名电话 0571-6612 3309",
        "本校叉车证培训不包过，不收任何费用以外的押金，报名电话 0571-6612 3310",
        "登高证培训不包过，一毛钱也不少收，报名电话 0571-6612 3311",
    ],
)
@pytest.mark.parametrize("packs", [None, ALL])
def test_a_schools_terms_after_not_a_cent_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text


# --- the shop's OK in its own transcript ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "买家：叉车证能办吗？\n客服：okk\n客服：免考直接拿，v cc_6122",
        "买家：叉车证能办吗？\n客服：okay\n客服：免考直接拿，v cc_6135",
        "买家：叉车证能办吗？\n客服：ok啦\n客服：免考直接拿，v cc_6128",
        "买家：叉车证能办吗？\n卖家：O K\n卖家：免考直接拿，v cc_6124",
        "买家：叉车证能办吗？\n客服：OK 没问题\n客服：免考直接拿，v cc_6132",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_the_shops_ok_in_other_spellings_answers_the_buyer(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "法院查明：\n买家：叉车证能办吗？\n被告人：OK\n被告人：不用考，三天出证。",
        "记者暗访记录如下。\n记者：焊工证能办吗？\n客服：okk\n客服：免考直接拿。\n该店已被市场监管部门查处。",
        "顾客：电工证复审能办吗？\n客服：OK啦，请本人携带身份证到应急管理局指定的考点参加复审考试。",
        "买家：叉车证能办吗？\n客服：okay，先报名参加培训，考试合格后由应急管理部门发证，电话 0571-6612 3300",
    ],
)
def test_an_ok_in_a_report_or_before_the_lawful_course_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text
