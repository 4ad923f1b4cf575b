"""Session 56, review29: a second reading of review27's and review28's readings (round 60),
hunting in both directions. Sentences written for this file (none from the held-out sets or the
real corpus).

- The deal's instrument (``stance._deal_tool``): the shop's own word between the party and the
  number makes the writer the seller, but not where the party itself is the one speaking right
  after its name (被告人某某供述，我们通过微信 …): that 我们 is the accused's, in the confession the
  report quotes.
- CS-201's yes on the condition of the holder's own exam (要本人考试): not where the same answer
  asks the condition and waives it (要本人考试吗？不用，交钱就行).
- 男子汉 in a shop's name is no 男子 of a news story (``stance._TOOL_SUBJECT``, the report mask).
- The seller's boast after a QQ number in the perfect (Police have never caught us) keeps the
  number, as its present (Police never check) does since review27.
- The shop's buyers said never to have been cheated (从没被骗过的客户, 学员从未受骗) is its clean
  record, no warning (``silence._clients_never_cheated``); a victim's own 我从没被骗过 stays one.
- 某宝, 某鱼, 某音 … (the platforms a seller names coyly) hold no party of a story and no
  report's anonymous 某 (``stance._TOOL_SUBJECT``, the report mask).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, rule_ids_no_model

# --- the accused's own 我们 in a quoted confession -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "被告人周某供述，我们通过微信 qz_8181 以每本450元出售电工证，共卖出六十余本",
        "嫌疑人孙某交代说，本店通过微信 sd_2626 以每本380元出售高处作业证",
        "犯罪嫌疑人钱某在审讯中承认，我们利用QQ 739201845 以每本420元出售焊工证",
        "男子吴某坦白，我这里通过微信 wu_9090 以每本300元卖过叉车证，已被刑拘",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_accused_speaking_of_we_stays_a_report(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "男子焊工证，我们通过微信 nz_4545 以每本260元出售，不用考试当天出证",
        "郑某：老客户都知道，本店通过微信 zm_3131 以每本300元出售电工证，免考",
    ],
)
def test_the_shop_speaking_of_we_still_sells(det, text: str) -> None:
    assert rule_ids_no_model(det, text, ALL), text


# --- the holder's own exam asked and waived in one answer ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "电工证能不能办？店员：能办，要本人考试吗？不用，付钱就行，微信 dy_5858",
        "登高证可以办吗？老板：可以办，得本人考试？不需要，加v lg_1212",
        "焊工证能办吗？客服：能办，但须本人考试吗？不用的，加v kf_2727",
    ],
)
def test_the_exam_raised_and_waived_still_sells(det, text: str) -> None:
    assert "CS-201" in rule_ids_no_model(det, text, CERTS), text


@pytest.mark.parametrize(
    "text",
    [
        "电工证能不能办？店员：能办，但要本人考试。",
        "登高证可以办吗？老板：可以办，要本人考试吗？要的，必须本人参加",
        "焊工证能办吗？客服：能办，得本人参加考试，考试不用担心，有老师辅导",
    ],
)
def test_the_exam_kept_as_a_condition_stays_silent(det, text: str) -> None:
    assert "CS-201" not in rule_ids_no_model(det, text, CERTS), text


# --- 男子汉 in a shop's name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "男子汉电工证，源头直供，通过微信 nzh_6161 以每本300元出售，不用考",
        "男子汉焊工证，通过QQ 518273649 以每本260元出售，免考直接拿证",
    ],
)
def test_a_nanzihan_shop_still_sells(det, text: str) -> None:
    assert rule_ids_no_model(det, text, DEFAULT), text


@pytest.mark.parametrize(
    "text",
    [
        "一男子通过微信 nzh_6161 以每本300元出售假电工证，已被警方刑事拘留",
        "男子通过QQ 518273649 以每本260元出售焊工证，被法院判处有期徒刑十个月",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_man_in_the_news_stays_a_report(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- the seller's boast in the perfect after a QQ number ----------------------------------


def _qq(text: str) -> list[str]:
    flat = normalize(text).text
    return [flat[a:b] for a, b in contact_spans(flat) if "639182047" in flat[a:b]]


@pytest.mark.parametrize(
    "text",
    [
        "电工证免考 QQ 639182047. Police have never caught us.",
        "焊工证直接拿 QQ 639182047. Investigators have never found one of our buyers.",
    ],
)
def test_a_boast_in_the_perfect_keeps_the_number(text: str) -> None:
    assert _qq(text), text


def test_a_boast_in_the_perfect_sells(det) -> None:  # type: ignore[no-untyped-def]
    text = "电工证不用考试直接发证 QQ 639182047. Officers have never checked one of ours."
    assert rule_ids_no_model(det, text, DEFAULT), text


@pytest.mark.parametrize(
    "text",
    [
        "假证案：QQ 639182047. Police have arrested the seller.",
        "QQ 639182047. The seller has been detained.",
    ],
)
def test_a_report_after_the_number_still_drops_it(text: str) -> None:
    assert not _qq(text), text


# --- the shop's buyers never cheated --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "从没被骗过的老客户都回头找我们，电工证不用考试直接拿证，微信 kh_7373",
        "本店学员从未受骗，登高证免考出证，加v xy_1414",
        "在我们这办的没有一个被骗的，焊工证不用考，电话13822334455",
    ],
)
def test_buyers_never_cheated_is_no_warning(det, text: str) -> None:
    assert rule_ids_no_model(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "被害人陈某说：我以前从没被骗过，这次在网上买电工证被骗了一千八，对方微信 kh_7373 随即拉黑",
        "警方提醒：别以为自己从没被骗过就大意，所谓免考直接拿证都是骗局",
        "该店对外宣称客户从未受骗，称焊工证不用考试直接拿证，记者调查发现全是假证，已被查处",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_victim_or_warning_about_cheating_stays_silent(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text


# --- the platforms a seller names coyly (某宝, 某鱼, 某音) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "小店在某宝和某音都开了号，通过微信 mb_2424 以每本320元出售登高证，不用考",
        "某鱼上买不到的电工证，通过QQ 604918273 以每本300元出售，免考拿证",
    ],
)
def test_a_coy_platform_name_is_no_party(det, text: str) -> None:
    assert rule_ids_no_model(det, text, DEFAULT), text


@pytest.mark.parametrize(
    "text",
    [
        "据通报，李某在某宝通过微信 mb_2424 以每本320元出售假登高证，已被警方刑事拘留",
        "警方查明，某鱼店铺通过QQ 604918273 以每本300元出售伪造的电工证，店主已被刑拘",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_story_on_a_coy_platform_stays_a_report(det, text: str, packs: list[str]) -> None:
    assert rule_ids_no_model(det, text, packs) == set(), text
