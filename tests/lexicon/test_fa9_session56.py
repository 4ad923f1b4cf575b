"""Session 56, fa9: reports and lawful text earlier rounds left firing, and two sellers left
silent (holdout178 measures them). Sentences written for this file (not the holdout178 lines).

- A quoted rumour called one and the facts set against it (…是谣言，其实证书全国联网可查，假证一查
  便知): the facts are the debunker's (``stance._debunked_before``); a seller naming itself after
  the turn, denying the verdict or giving a contact still fires.
- The number a named party left in its ad, told in a court's account (被告人…发布广告，留下联系电话
  …，伪造印章): someone else's number (``stance._LEFT_BY``); a seller's 请留下联系电话 is not.
- An English sentence about the account credited to the one who acted (This account sold fake
  certificates, police said): the number or id is not read (``contacts._EN_ATTRIBUTED``).
- A refund policy conditioned on the class not begun, named before its condition (不能，不过退费
  政策是开课前申请全退): lawful (``terms/refund_window``), broken only by its own breakers
  (``unless_broken_for: $refund_window``); a refund on failing still fires.
- A denied pass (不包过) is no breaker of the bounded free re-study (``silence._PASS_DENIED``); the
  bare 包过 still is.
- The carver's own yes after a rival's refusal (…不给刻，我们能刻，当天取) with its number on the next
  line is an offer (``stance._SELF_CARVES``, ``terms/stance_offer_strong``).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "网上流传“焊工证交钱就能拿”，这是谣言，其实证书信息全国统一联网，假证一查就穿帮",
        "有说法称“电工证可以直接买”，系谣言。事实上证书全国都可核验，假证书经不起核验",
        "“叉车证花钱能买”纯属谣言，实际上全国联网可查，假证没用",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, CERTS, ALL])
def test_debunked_rumour_facts_are_silent(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the seller's own name after the turn
        "网上说“买焊工证会被查”是谣言，其实咱家的证全国联网可查，假证我们也能做",
        # the verdict denied: a seller's 不是谣言
        "焊工证能直接买，这不是谣言，其实全国联网可查的假证我们也做",
        # a contact near it
        "网传“电工证能买”是谣言，其实全国可查的假证件这里就有，微信 jz_4471",
    ],
)
def test_seller_after_a_rumour_still_fires(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "被告人周某在网上发布办证广告，留下联系电话13977014412，伪造印章三枚，用于办理假焊工证。",
        "被告人吴某在论坛发帖，留下手机号13877014413，伪造公章一枚，用于制作假电工证。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_number_a_defendant_left_is_a_fact(det, text: str, packs: list[str]) -> None:
    assert not rule_ids(det, text, packs)


def test_seller_asking_for_a_number_still_fires(det) -> None:
    text = "假电工证当天出，伪造印章也接，请留下联系电话13777014414，我们回电"
    assert "fake_certificate" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "qq 71529904. The account sold fake welding cards for two years, police said.",
        "QQ 71529905. It advertised fake diplomas online, according to investigators.",
        "WeChat zk_55210. This account offered fake certificates, officers said.",
    ],
)
def test_english_attributed_report_reads_no_contact(det, text: str) -> None:
    assert not extract_contacts(text)
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "qq 71529906. This account is my only one, fake certificates any kind.",
        "WeChat zk_55211. This account sells fake diplomas, police never check.",
    ],
)
def test_english_seller_after_its_id_keeps_it(det, text: str) -> None:
    assert extract_contacts(text)
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证包过吗\n答：不能包过，不过退费政策是未开课的全额退",
        "答：不承诺通过，不过学费在开班前可申请全退",
        "问：保证拿证吗\n答：不保证，不过报名费在还没上课时可全部退还",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, TRAINING, ALL])
def test_refund_named_before_its_class_condition_is_silent(
    det, text: str, packs: list[str]
) -> None:
    assert not {r for r in rule_ids(det, text, packs) if r.startswith("GP-")}


@pytest.mark.parametrize(
    "text",
    [
        "焊工证考不过全额退款，不过开课前报名打八折，电话13677014415",
        "问：电工证包过吗\n答：包过，考不过退全款，不过开课前报名的优先排班",
        "电工证考不过退费政策是开课前报名的全退，微信 dg_71530",
    ],
)
def test_refund_on_failing_still_fires(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


def test_refund_window_breakers_reach_every_composed_form() -> None:
    lex = fresh_lexicon()
    gp = next(r for r in lex.rules if r.id == "GP-002")
    own = gp.params["unless_broken_for"]
    for term in lex.sets["refund_window"].terms:
        assert "考不过" in own[term]


@pytest.mark.parametrize(
    "text",
    [
        "问：登高证包过吗\n答：不包过，第一次没考过的可以免费跟下一期再学一遍",
        "问：焊工证保过吗\n答：不保过，首次没过的可免费随下一期再学一遍",
    ],
)
@pytest.mark.parametrize("packs", [TRAINING, ALL])
def test_denied_pass_does_not_break_bounded_restudy(det, text: str, packs: list[str]) -> None:
    assert "GP-104" not in rule_ids(det, text, packs)


def test_bare_pass_still_breaks_bounded_restudy(det) -> None:
    text = "问：登高证包过吗\n答：包过，第一次没考过的可以免费跟下一期再学一遍"
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "刻章店老板说没营业执照不给刻，我们可以刻，两小时取。\n联系电话：13577014416",
        "店老板称没有执照一律不刻公章，本店能刻，当天拿。\n电话：13477014417",
    ],
)
def test_carver_saying_it_carves_after_a_refusal_sells(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "记者暗访，刻章店老板说没有营业执照不给刻，我们能刻吗？老板摇头说不行。",
        "刻章店老板说没营业执照不给刻，这是公安的规定，市民请带齐材料办理。\n政务热线：12345",
    ],
)
def test_carver_refusal_reported_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, CERTS)
