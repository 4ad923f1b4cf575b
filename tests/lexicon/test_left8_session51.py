"""Session 51, left8: round 47's leftovers (holdout158 measures them). Sentences written for this
file (not the holdout158 lines).

- A buyer's or a reporter's whole turn asking the price (顾客：价格, 记者：多少钱) is the one asking,
  not the seller's offer (``stance._BUYER_ASKS_PRICE``): a reporter's transcript of a seller's
  chat stays silent; the seller's own chat still fires.
- FC-216's waiver with 凭 before the licence or 公安 before the filing (无需凭营业执照, 不用公安备案).
- A school's chat whose teacher refuses the pass (学员：能保证过吗 / 老师：这个没法保证) is read as a
  shop's refusing turn (``stance._TEACHER_DENY``); a teacher's yes (老师：可以 包过) still fires.
- A seller's apology for the wait before its yes answers the buyer's 拿吗 (``silence._SHOP_SORRY``
  in ``_CHAT_YES_AFTER``); an apology before a no does not.
- GP-101 reads a few hand-picked homophones of 包过 (苞过, 葆过, 褒过), not ordinary words (抱过, 煲过).
- A shop assistant (店员) is a seller's label in a chat (``stance._CHAT_SELLERS``).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids

# --- 1. the price asked in a transcript ---


@pytest.mark.parametrize(
    "text",
    [
        "记者以顾客身份私信。\n买家：叉车证有没有？\n卖家：有 不用考\n买家：价格\n卖家：六百\n该账号现已被封。",
        "记者假扮学员咨询\n顾客：登高证有没有\n卖家：有的 免考\n顾客：价钱多少\n卖家：一千二\n随后记者报了警。",
        "暗访中\n记者：焊工证有吗\n店主：有 不用考试\n记者：价格呢\n店主：九百\n该店已被市场监管部门查处。",
    ],
)
def test_a_reporters_transcript_asking_the_price_is_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：叉车证有没有？\n卖家：有 不用考 包邮\n买家：价格\n卖家：六百 加v cc_3131",
        "顾客：电工证能不考试拿吗\n客服：可以的亲 不用考\n顾客：价格\n客服：八百",
    ],
)
def test_a_sellers_own_chat_with_the_price_asked_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


# --- 2. FC-216's waiver with words between ---


@pytest.mark.parametrize(
    "text",
    [
        "合同章 法人章 无需凭营业执照 加v kz_2828",
        "公章 发票章 无须凭执照 免公安备案 今天刻明天到 私聊",
        "财务章刻制 不用公安备案 顺丰到付 私聊",
    ],
)
def test_a_seal_waived_with_words_between_is_flagged(det, text: str) -> None:
    assert "FC-216" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "刻制公章、财务章须凭营业执照原件，刻后到公安备案，电话 0571 7070 8080",
        "警方提醒：号称无需凭营业执照、不用公安备案的刻章都是私刻，请到备案刻章店办理",
    ],
)
def test_a_lawful_seal_shop_or_warning_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 3. a teacher refusing the pass ---


@pytest.mark.parametrize(
    "text",
    [
        "学员：老师报了这个班能保证考过吗\n老师：这个保证不了的，要靠自己多练",
        "学生：交了钱能包过吗\n班主任：包过是不可能的，我们只负责教",
        "家长：这个班能保证孩子过吗\n老师：谁都保证不了，只能尽力",
        "学员：叉车证能保过吗\n老师：没有保过这回事，考试都得自己考",
    ],
)
def test_a_teacher_refusing_the_pass_is_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "学员：电工证能保证过吗\n老师：可以 包过 不过全退",
        "学员：焊工证这次能保证过吗\n老师：不能保证百分百 但是包过 考不过退钱",
    ],
)
def test_a_teacher_promising_the_pass_still_fires(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, DEFAULT)


# --- 4. an apology before the seller's yes ---


@pytest.mark.parametrize(
    "text",
    [
        "顾客：登高证不去考能拿吗\n卖家：抱歉刚看到 可以的 不用考",
        "顾客：高处作业证能不考试拿吗\n卖家：抱歉回复晚了 可以的 不用考 一周出",
    ],
)
def test_an_apology_before_the_yes_answers_the_buyer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "顾客：登高证不去考能拿吗\n卖家：抱歉 拿不了 必须本人考试",
        "买家：焊工证能直接拿吗\n客服：不好意思 直接拿不了的 要报名培训",
    ],
)
def test_an_apology_before_a_no_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 5. homophones of 包过 on a training page ---


@pytest.mark.parametrize(
    "text",
    [
        "事业单位考试培训苞过 事业单位培训哪家好 本地培训学校电话 0571 4545 6767",
        "二建培训葆过班 二建网课哪家好 咨询电话 0571 1313 2424",
    ],
)
def test_a_homophone_of_the_pass_on_a_training_page_is_flagged(det, text: str) -> None:
    assert "GP-101" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "小时候我被班主任抱过，长大后考上了事业单位",
        "煲过汤的人都明白火候，考研复习也要掌握节奏",
    ],
)
def test_ordinary_words_like_the_homophone_stay_silent(det, text: str) -> None:
    assert not categories(det, text, TRAINING)


# --- 6. a shop assistant's label (店员) ---


def test_a_shop_assistants_refusal_stays_silent(det) -> None:
    text = "顾客：学位证能做吗\n店员：不好意思 我们这只拍证件照 证件类的做不了"
    assert not categories(det, text, ALL)


def test_a_shop_assistants_yes_still_fires(det) -> None:
    text = "顾客：焊工证有吗\n店员：有的亲 不用考 加v hg_4242"
    assert "certificate_sale" in categories(det, text, DEFAULT)
