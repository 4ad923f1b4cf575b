"""Session 57, review38: a second reading of review34, review36 and left21 (round 63). Sentences
written for this file.

- The seller's wager on its own word (``silence._lie_wager``): the lie as the condition of a refund
  it pledges. The condition may close with a bare 的 before the comma (要是骗人的，全额退款), open
  with 如果是 / 假如是 (review34's comment named them, its reading looked only two characters back),
  or carry the seller or its card as subject (如果我们是骗人的; 要是证是假的; 如果发现是骗人的). A
  warning that doubts the refund (若是骗人的，退款也只是空话) keeps its warning word.
- The seller's own 号称 (``silence._own_claim``): a claim that closes its clause with 的 (号称全市
  最好的，包过) is no relative clause naming a third party, and the course's name before the word
  may be longer than six characters (高处作业登高架设作业证号称…).
- The shop's OK alone on its chat turn answers the buyer's 能办吗 in the stance reading as well
  (``stance._CHAT_YES``; review36 taught only ``silence._CHAT_YES_AFTER``).
- The writer's own 放心 right after its question (焊工证能办吗？放心，不用考) answers it as 可以 does
  (the context pivot after the question mark).
- 不包过 followed by not a cent or the whole fee (不收一分钱, 分文不收, 退还全部学费) is the
  refund-on-fail pledge (``silence._FAIL_REFUND``), which review34's closing of the clause missed.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids_no_model

# --- the seller's wager on its own word ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "要是骗人的，全额退款，叉车证免考包过，加v cc_2087",
        "如果是骗人的，学费全退，焊工证不用考试直接拿，微信 hg_5316",
        "假如是骗人的，双倍赔偿，登高证包过拿证，电话 139 0021 4455",
        "如果我们是骗人的，全额退款，电工证免考包过，加v dg_7730",
        "要是证是假的，全额退款，焊工证免考直接拿，加v hg_1208",
        "如果发现是骗人的，十倍赔偿，低压电工证包过，v dg_3391",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_sellers_wager_is_no_warning(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "若是骗人的，全额退款也只是空话，免考包过的证请勿购买。",
        "如果有人说焊工证免考包过，那就是骗人的，退款也很难追回。",
        "网上免考包过的电工证是骗人的，全额退款的承诺都是话术，请走正规培训。",
        "免考拿证都是骗人的，考不过也不会退款，应急管理局提醒考生警惕。",
    ],
)
def test_a_warning_that_doubts_the_refund_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text


# --- the seller's own 号称 -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "电工证号称全市最好的，包过，加微 dg_6604",
        "焊工证号称本地最快的哦，保过拿证，电话 137 5512 0098",
        "高处作业登高架设作业证号称全市最快，包过，加微 dg_2251",
        "特种作业操作证熔化焊接证号称最省心，包过，v hg_4417",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_sellers_own_boast_fires(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert any(r.startswith("GP-") for r in rule_ids_no_model(det, text, packs)), text


@pytest.mark.parametrize(
    "text",
    [
        "号称包过的培训点不少，记者拨打其中一家的电话 138 0000 5566，对方称不用考试。",
        "网上搜索到的高处作业证号称包过，记者拨打电话 138 0000 5566 询问，对方称交钱就行。",
        "这家机构的特种作业证号称全市最好的，包过，举报电话 12350。",
        "本校所谓的保障，就是认真上课、按规定考试，报名电话 0571-8888 6666",
    ],
)
def test_a_report_quoting_the_boast_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text


# --- the shop's OK in its own transcript -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "买家：叉车证能办吗？\n客服：OK！\n客服：免考直接拿，v cc_6120",
        "顾客：焊工证可以办吗？\n客服：ok\n客服：不用考试直接拿，加v hg_0917",
    ],
)
def test_the_shops_ok_answers_the_buyer(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "顾客：叉车证能办吗？\n客服：OK，先报名参加培训，考试合格后由应急管理部门发证，电话 0571-6612 3300",
        "记者以买家身份咨询。\n买家：叉车证能办吗？\n客服：OK！\n客服：免考直接拿。\n目前该店已被查处。",
    ],
)
def test_the_shops_ok_to_a_lawful_course_or_in_a_report_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text


# --- the writer's own 放心 after the buyer's question ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "叉车证能办吗？放心，不用考，加v cc_4471",
        "登高证能办吗？放心吧，免考直接拿，微信 dg_9035",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_writers_reassurance_answers_its_question(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "叉车证能办吗？放心，按规定参加培训和考试就能拿证，报名电话 0571-6612 3300",
        "叉车证能办吗？放心地告诉你，不用考的都是假证，举报电话 12350",
        "叉车证免考能办吗？放心，正规渠道没有免考，必须本人考试，咨询电话 0571-6612 3300",
    ],
)
def test_a_schools_reassurance_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text


# --- 不包过 + a refund that names not a cent or the whole fee ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "叉车证不包过不收一分钱，加v cc_3318",
        "登高证不包过，分文不收，微信 dg_7702",
        "焊工证不包过，一分都不要，电话 135 6620 1187",
        "电工证不包过，退还全部学费，加v dg_0453",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_not_a_cent_if_failed_is_a_pledge(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert rule_ids_no_model(det, text, packs), text


@pytest.mark.parametrize(
    "text",
    [
        "叉车证培训不包过，一分钱都不退，报名电话 0571-6612 3300",
        "叉车证培训不包过，不收取额外费用，报名电话 0571-6612 3300",
        "叉车证培训不包过，全部费用不退，凭自己本事考，报名电话 0571-6612 3300",
    ],
)
def test_a_schools_denial_with_its_fees_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text
