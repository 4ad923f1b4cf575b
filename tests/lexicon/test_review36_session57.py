"""Session 57, review36: a second reading of review31, review32 and review33 (round 62). Sentences
written for this file.

- The holder's own exam asked and waived (``silence._WAIVED_ON_ASKING``) after two hedges (看情况，
  一般不用), the shop's own side (我们这边不用) or its reassurance (放心，不用): still no yes on
  CS-201's 要本人考试 condition; 不用担心 and 不用说 waive no exam.
- A rumour verdict asked about with a doubled or exclaimed question mark (“…是谣言”？？真相是：…) is
  the seller's hook as the single mark is (``stance._DEBUNK_ASKED``); a debunker's 谣言！！ stays one.
- The shop's yes alone on its line said 没问题 or OK (``silence._CHAT_YES_AFTER``), and its boss quoted
  under the shop's own chat label or consenting (客服：老板发话了…; 老板同意了，不用考直接拿:
  ``silence._BOSS_SAID_SKIP``), lift the buyer's 能办吗 as 能 and 老板说了 do.
- A lawful online reissue answer naming the office by its name or as a department (由市应急管理局
  快递到家; 由应急管理部门寄送; 发证部门) is no sale (``stance._REISSUE_LAWFUL``); a seller's
  钱到位 or a bare 快递到家 still sells.
- The writer's denial of the fraud opening with 放心吧 (``silence._DOUBT_DENIED_OWN``).
- A disclaimer said of a rival (别家不保证通过，我们包过) covers no promise in its sentence
  (``silence._RIVAL_DISCLAIMS`` in ``_disclaimed``); the school's own still does.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids_no_model

# --- the holder's own exam asked and waived after more than one hedge -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "电工证能办，要本人考试吗？看情况，一般不用，加v dg_1122",
        "焊工证可以办，需要本人考试吗？这个看情况，不考也行",
        "焊工证可以办，需要本人考试吗？放心，不用",
        "焊工证可以办，需要本人考试吗？我们这边不用",
    ],
)
def test_the_exam_waived_after_hedges_is_no_condition(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-201" in rule_ids_no_model(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "焊工证复审要本人考试吗？放心，不用担心，按时参加复审培训考核即可",
        "电工证取证要本人考试吗？这个不用说，必须本人参加考试",
        "电工证取证要本人考试吗？看情况，初次取证必须本人考试",
        "电工证取证需要本人考试吗？其实要的，本人参加理论和实操考试",
    ],
)
def test_the_exam_kept_after_a_hedge_stays_silent(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, ALL) == set(), text


# --- a rumour verdict asked about with more than one mark -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“焊工证免考是谣言”?? 真相是：不用考试，直接拿证，全国联网可查，私信了解",
        "“焊工证免考是谣言”？？真相是：不用考试，直接拿证，全国联网可查，私信了解",
        "“焊工证免考是谣言”?! 其实不用考试，直接拿证，全国联网可查，私信了解",
    ],
)
def test_a_rumour_verdict_asked_twice_is_a_hook(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "certificate_sale" in categories(det, text, DEFAULT), text


@pytest.mark.parametrize(
    "text",
    [
        "网传“电工证不用考试直接拿证”是谣言！！真相是：证书须经培训考核合格后由应急管理部门颁发",
        "网传“电工证不用考试直接拿证”是谣言。。。其实证书须经培训考核合格后颁发，全国联网可查",
        "“焊工证不用考就能拿”是谣言……事实上，焊工证全国联网可查，须本人参加考试",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_debunker_stating_the_verdict_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text


# --- the shop's yes said otherwise, its boss under its label --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证能办吗？\n客服：没问题！\n客服：不用考，三天出证",
        "买家：焊工证能办吗？\n客服：OK\n客服：不用考，三天出证",
        "买家：焊工证能办吗？\n客服：没问题\n\n客服：不用考，三天出证",
    ],
)
def test_the_shops_yes_said_otherwise_lifts_the_question(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, DEFAULT), text


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证能办吗？\n客服：没问题，但要本人考试，不能直接出",
        "买家：电工证能办吗？\n客服：没问题！\n客服：免考不可能，要本人参加考试",
        "买家：电工证能办吗？\n客服：OK\n客服：培训后统一考试，考过才能拿证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_shops_yes_to_the_lawful_way_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证能办不？\n客服：老板说了，三天出证",
        "登高证能办不？老板同意了，不用考直接拿",
        "登高证能办不？老板答应了能办，不用考",
    ],
)
def test_the_boss_under_the_shops_label_or_consenting_is_the_shop(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-001" in rule_ids_no_model(det, text, DEFAULT), text


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证能办不？\n客服：老板说了，要先报名培训，考核合格后由发证机关发证",
        "买家：电工证能办不？\n客服：老板说不用考试是骗人的，必须参加考试",
        "电工证能办不？老板同意了，但必须本人参加考试",
        "判决书显示，被告人对买家称“老板说了能办，不用考”，收取费用后将买家拉黑",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_bosss_lawful_word_or_a_retold_one_stays_silent(
    det, text: str, packs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text


# --- the office that reissues named by its name -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证补办要去吗\n答：不用去，交费后就行，新证由市应急管理局快递到家",
        "问：登高证补办要去吗\n答：不用去，网上缴费后就行，证书由应急管理部门寄送",
        "问：焊工证补证需要本人到场吗\n答：不需要，缴费后即可，由发证部门寄送到家",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_a_reissue_by_the_named_office_stays_silent(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证补办要去吗\n答：不用去，钱到位就行，应急管理局系统可查，三天寄到",
        "问：电工证补办要去吗\n答：不用去，付款后等着，两天快递到家",
    ],
)
def test_a_reissue_for_the_money_still_sells(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "CS-004" in rule_ids_no_model(det, text, DEFAULT), text


# --- the denial of the fraud opening with 放心吧 ---------------------------------------------


def test_the_denial_after_fangxin_ba_is_the_sellers(det) -> None:  # type: ignore[no-untyped-def]
    text = "焊工证不用考靠谱吗？放心吧，不是骗子，我们做了十年了，加v hg_5566"
    assert "CS-001" in rule_ids_no_model(det, text, DEFAULT)


def test_a_reporter_retelling_the_denial_stays_silent(det) -> None:  # type: ignore[no-untyped-def]
    text = (
        "记者问：电工证不用考靠谱吗？店员答：放心吧，绝不是骗局，我们老客户都拿到了。"
        "经核实，该店所售证书均为假证"
    )
    assert categories(det, text, ALL) == set()


# --- a disclaimer said of a rival ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "电工证培训，别家不保证通过，我们包过，加v dg_1212",
        "电工证培训，别人不承诺通过，我们承诺包过，加v dg_1212",
        "焊工证培训签约班，其他机构不保证通过，我们签约班不过退费，加v hg_1212",
    ],
)
def test_a_rivals_disclaimer_covers_no_promise(det, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "guarantee_promise" in categories(det, text, DEFAULT), text


@pytest.mark.parametrize(
    "text",
    [
        "焊工证培训签约班：本校不保证通过，签约班仅指按协议安排课时，考试由应急管理部门组织",
        "焊工证培训协议班，本校与其他机构一样不承诺通过，考试由应急管理部门统一组织",
        "电工证培训签约班，不保证通过，别家也一样，请认真学习",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_the_schools_own_disclaimer_still_covers(det, text: str, packs: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert categories(det, text, packs) == set(), text
