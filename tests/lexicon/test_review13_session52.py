"""Session 52, review13: a second reading of round 50's lexicon code (packs4, left10, review12,
lead). Sentences written for this file.

- ``stance._SCHOOL_DISCLAIMS`` dropped a school's own page voice wherever 不保过 / 不能保证 /
  不承诺 stood within the page reach, so a seller's no-pass-no-fee term on its own FAQ (不保过不收费,
  不能保证拿证的学员不收学费) read as the lawful school's disclaimer and silenced the page's refund
  promise. A disclaimer is no disclaimer where its own clause goes on to waive or refund the fee;
  a lawful school's 不承诺通过 / 仅供参考 (its clause ends before any refund) still keeps the page
  silent.
- ``context._rivals_turn`` read the rivals' place and demonstrative (网上那些, 外面那些) and the
  writer's call (加v) on the page as written, so the same pitch in traditional characters
  (網上那些), with spaces between the characters (外 面 那 些) or a full-width or spaced call
  (加ｖ, 加 V) stayed silent: it is read folded and without separators now, as the verdict word
  itself was found. An office's or a school's line in those forms, naming the lawful route or
  pitching nothing, stays silent.
- ``stance._TOLD_DEBUNK`` (review12) knew 骗, 假的, 不靠谱, 违法 but not the other words of an
  office's verdict after 可以明确地告诉你 (无稽之谈, 是不可能的, 属于违规行为, 虚假宣传, 拿的是假证,
  纯属谣言): the promise word opening such an answer was read as the seller's yes and the
  office's own landline as its call. A seller's denial of those words (不是假证, 并非谣言) is no
  verdict.
- ``stance._CHAT_PRICE_OPEN`` (left10) read any three to six digits opening a shop's turn as its
  price, a recent year too (卖家：2024 起全国联网 直接拿证没戏 reads 2024起…): the shop's no, dated,
  was voiced as the seller's and fired. A year of 2010-2029 before 起 / 以后 / 版 and the
  government hotlines (12345, 12350) are no sum; a round price (2000起, 九百) still is.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids

# --- 1. a no-pass-no-fee term is not a disclaimer ---


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "常见问题\n问：挂科了怎么办？\n答：签约班学员全额退费。\n问：学费怎么交？\n答：不保过不收费，先上课后交钱。",
        "常见问题\n问：挂科了怎么办？\n答：签约班学员全额退费。\n问：学费怎么交？\n答：不能保证拿证的学员一律不收学费。",
        "常见问题\n问：复试没录上怎么办？\n答：保录班学员按协议全额退款。\n问：学费怎么算？\n答：不保录全额退款，白纸黑字写进合同。",
    ],
)
def test_a_no_pass_no_fee_term_does_not_disclaim_the_school_page(
    det, text: str, packs: list[str]
) -> None:
    assert "GP-104" in rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        # the lawful school's own disclaimer, its clause ending before any fee is named
        "常见问题\n问：挂科了怎么办？\n答：签约班学员全额退费。\n问：能包过吗？\n答：本校不承诺通过，通过率仅供参考。",
        "常见问题\n问：挂科了怎么办？\n答：签约班学员全额退费。\n问：能包过吗？\n答：无法保证，学费按合同收取。",
    ],
)
def test_a_lawful_disclaimer_still_keeps_the_school_page_silent(det, text: str) -> None:
    assert "GP-104" not in rule_ids(det, text, TRAINING)


# --- 2. the rivals' verdict read in the evader's forms ---


@pytest.mark.parametrize(
    "text",
    [
        "網上那些包過的說法都是騙局，高處作業證 系統可查 不用考 加v gc5151",
        "外 面 那 些 免考的都是骗子，电工证系统可查 不用考 加v dg6262",
        "别家那些代办的都是骗子，焊工证系统可查 不用考 加ｖ hg7373",
        "有些店那些包过的说法都是骗局，叉车证系统可查 不用考 加 V cc8484",
    ],
)
def test_the_rivals_verdict_in_evaders_forms_keeps_the_pitch(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        # the lawful route named, or nothing pitched: an office's or a school's own warning
        "網上那些免考的說法都是騙局，電工證必須參加培訓並考試合格，舉報請撥打12350",
        "外 面 那 些 代办的都是骗子，证要自己考，有疑问加微信问我们老师",
    ],
)
def test_the_rivals_verdict_in_evaders_forms_stays_silent_without_a_pitch(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 3. an office's verdict after the sure preamble answers no ---


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证可以包过吗？\n答：可以肯定地告诉你，包过这种说法是无稽之谈，有疑问请联系我们0571-86661234",
        "问：电工证能免考吗？\n答：可以明确地告诉大家，免考拿证属于违规行为，有疑问请联系我们0571-86661234",
        "问：登高证能不考试直接拿证吗？\n答：可以负责任地说，直接拿证是不可能的，详情请咨询0571-86661234",
    ],
)
def test_an_office_verdict_after_the_preamble_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证能免考吗？\n答：可以明确地告诉你，免考，不是假证，系统可查，加微 hg_5353",
        "问：电工证能包过吗？\n答：可以肯定地说，包过，绝非谣言，加微 dg_5454",
    ],
)
def test_a_seller_denying_the_verdict_words_still_answers_yes(det, text: str) -> None:
    assert categories(det, text, DEFAULT)


# --- 4. a year or a hotline opening the shop's turn is no price ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：高处作业证能直接拿证吗\n卖家：2024 起全国联网了 直接拿证没戏",
        "买家：电工证能不考吗\n卖家：2023以后都要本人考 不用考的别想了",
    ],
)
def test_a_year_opening_the_shop_turn_is_no_price(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：登高证什么价\n卖家：2000起 不用考 直接拿证",
        "买家：焊工证多少\n卖家：一千八 人不用到场 直接拿证",
    ],
)
def test_a_round_price_opening_the_shop_turn_still_reads(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)
