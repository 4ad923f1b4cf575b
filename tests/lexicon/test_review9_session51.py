"""Session 51, review9: a second reading of round 46's lexicon code. Sentences written for this
file.

- ``silence._CHAT_YES_AFTER`` read a seller's plain yes as vouching for the paper when the
  vouching word came refused within its six characters (卖家：能 但要考试 不能直接出; 可以 但不是免考;
  有 但网上不能查): a school's conditional yes unmade the buyer's 不考试能拿吗 as a warning.
- ``stance._LAWFUL_SEAL`` kept a seal forger's two-character waiver (无需携带营业执照, 不用凭执照,
  不用公安备案) for the lawful shop's terms: its look-behinds read one character, and the optional
  公安 let 备案 be read past the waiver before it.
- ``silence.Silencer.why`` read a negation before an exception word two characters back, so
  不需要 / 不要 (不需要本人到场, 不需要持营业执照) excused the offer as the bare 本人到场 does.
- ``stance._CHAT_PRICE`` read a bare sum in hundreds and thousands only: a seller quoting 一万二 or
  1.2万 spoke in no shop's voice, where 九百 did.
- ``posts._ASKING_END`` reads the raw line, whose buyer label had its traditional forms (買家, 顧客)
  but whose particle had not: 買家：焊工證有嗎 asked nothing, and a traditional chat stayed silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, categories, rule_ids

# --- silence._CHAT_YES_AFTER: a yes whose vouching word is refused vouches for nothing ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证不考试能拿吗\n卖家：能 但要考试 不能直接出 报名加v px_2233",
        "买家：电工证不考试能拿吗\n卖家：可以 但不是免考 要来上课 报名电话 0571-8812 3344",
        "买家：电工证不考试能办吗\n卖家：有 但网上不能查 别信 咨询加v px_2233",
        "买家：焊工证不考试能办吗\n卖家：可以 但必须考试 不包过 报名加v px_2233",
    ],
)
def test_a_yes_that_refuses_the_vouching_word_leaves_the_question_a_doubt(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("said", "vouches"),
    [
        ("卖家能出系统可查", True),
        ("卖家可以不用考直接出", True),
        ("店家有的官网能查", True),
        ("卖家能但要考试不能直接出", False),
        ("卖家可以但不是免考", False),
        ("卖家有但网上不能查", False),
        ("卖家能考过才能直接拿", False),
        ("卖家可以必须考试不包过", False),
        ("卖家不行不用考的都是假的", False),
        # the buyer's next line is not the seller's vouching
        ("卖家能。买家可查吗", False),
    ],
)
def test_the_plain_yes_pattern_reads_what_its_comment_says(said: str, vouches: bool) -> None:
    from lexicon.silence import _CHAT_YES_AFTER

    assert (_CHAT_YES_AFTER.match("。" + said) is not None) is vouches


@pytest.mark.parametrize(
    "text",
    [
        "买家：电工证不考试能拿吗\n卖家：能 出 系统可查 加v dg_4410",
        "顾客：焊工证不用考试能办吗\n店家：可以 不用考 直接出 微信 hg_90817",
        "买家：高处作业证不考能拿吗\n卖家：有 官网能查 加v gc_3390",
    ],
)
def test_a_yes_that_vouches_for_the_paper_still_answers_the_buyer(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


# --- stance._LAWFUL_SEAL: a waiver of two characters is no lawful term ---


@pytest.mark.parametrize(
    "text",
    [
        "刻制公章 无需携带营业执照 公安备案可查 电话 139 1234 5678",
        "财务章 合同章 不用凭营业执照 公安备案可查 加v kz_7012",
        "刻章 公章 不需要持营业执照 备案系统可查 微信 kz_6631",
    ],
)
def test_a_seal_forgers_waiver_is_no_lawful_term(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, ALL)


def test_the_lawful_seal_pattern_reads_no_waiver() -> None:
    from lexicon.stance import _LAWFUL_SEAL

    for waived in (
        "刻章无需携带营业执照公安备案可查",
        "刻章不用凭营业执照公安备案可查",
        "刻章不需要持营业执照公安备案可查",
        "刻章凭营业执照办理不用公安备案",
        "刻章须凭营业执照无需公安备案",
    ):
        assert _LAWFUL_SEAL.search(waived) is None, waived
    for lawful in (
        "刻制公章需凭营业执照原件已在公安备案",
        "刻章请携带营业执照和法人身份证印章公安备案",
        "刻章必须凭单位介绍信办理并备案",
    ):
        assert _LAWFUL_SEAL.search(lawful) is not None, lawful


@pytest.mark.parametrize(
    "text",
    [
        "本店刻制公章、财务章，需凭营业执照原件和经办人身份证，刻好后在公安备案，电话 0571-8123 4567。",
        "刻章请携带营业执照副本来店，印章信息统一公安备案，咨询 0571-8234 5678。",
    ],
)
def test_a_lawful_seal_shops_terms_still_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- silence: a negation of three characters before an exception word ---


def test_a_seal_forger_waiving_the_licence_in_three_characters_is_flagged(det) -> None:
    text = "刻章 公章 不需要持营业执照 公安备案随时可查 加v kz_5120"
    assert "fake_certificate" in categories(det, text, ALL)


def test_waiving_the_holders_presence_in_three_characters_is_the_sale(det) -> None:
    # the sale rule reads 不需要本人到场 as it reads 不用本人到场
    assert "CS-201" in rule_ids(det, "叉车证代办 不需要本人到场 网上可查 微信 cc_6612", CERTS)
    assert "CS-201" in rule_ids(det, "叉车证代办 不用本人到场 网上可查 微信 cc_6612", CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "刻制公章需要持营业执照原件到店，已在公安备案，电话 0571-8333 2211。",
        "叉车证复审需要本人到场，请带原证和身份证到考点，电话 0571-8444 1122。",
        "办理健康证需要本人到医院体检，不需要找中介，也不要相信“不用体检就能拿证”的广告。",
    ],
)
def test_the_requirement_itself_still_excuses(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


# --- stance._CHAT_PRICE: a bare sum in 万 ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：焊工证有吗\n卖家：有的 不用考\n买家：价格\n卖家：一万二",
        "买家：叉车证有没有\n卖家：有 免考\n买家：多少钱\n卖家：1.2万",
        "顾客：登高证有吗\n店主：有 不用去考\n顾客：怎么卖\n店主：两万",
    ],
)
def test_a_sellers_bare_sum_in_wan_trades_in_its_own_name(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        # the shop refuses the paper and prices its own goods
        "买家：焊工证有吗\n卖家：没有 本店只卖二手挖机\n买家：挖机多少\n卖家：八万",
        # a school's fee after the exam route
        "学员：学历提升多少钱\n老师：成人高考 报名后要考试\n学员：学费呢\n老师：一万二",
        # a reporter's transcript
        "记者暗访时以买家身份询问。\n买家：焊工证有吗\n卖家：有的 不用考\n买家：多少\n卖家：一万二\n"
        "记者随后将线索交给警方。",
    ],
)
def test_refusals_schools_and_reports_quoting_a_sum_in_wan_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("said", "price"),
    [
        ("一万二", True),
        ("两万五千", True),
        ("1.2万", True),
        ("3w", True),
        ("九百", True),
        ("十五", False),
        ("第三万", False),
        ("13812345678", False),
    ],
)
def test_the_bare_sum_pattern(said: str, price: bool) -> None:
    from lexicon.stance import _CHAT_PRICE

    assert (_CHAT_PRICE.search(said) is not None) is price


# --- posts.asks: a buyer's question in traditional characters ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("買家：叉車證有嗎\n賣家：有\n買家：好", (True, False, False)),
        ("顧客：登高證有沒有\n店主：有的\n顧客：行", (True, False, False)),
        ("買家：我要一個\n賣家：好的\n買家：謝謝", (False, False, False)),
    ],
)
def test_a_buyers_question_in_traditional_asks(text: str, expected: tuple[bool, ...]) -> None:
    from lexicon.posts import asks

    assert asks(text) == expected


def test_a_plain_sellers_chat_in_traditional_is_flagged_as_in_simplified(det) -> None:
    written = "買家：焊工證有嗎\n賣家：有的 不用考\n買家：價格\n賣家：九百"
    simplified = "买家：焊工证有吗\n卖家：有的 不用考\n买家：价格\n卖家：九百"
    assert "certificate_sale" in categories(det, simplified, SPECIAL)
    assert "certificate_sale" in categories(det, written, SPECIAL)


def test_a_reporters_traditional_transcript_stays_silent(det) -> None:
    text = "記者暗訪時以買家身份詢問。\n買家：焊工證有嗎\n賣家：有的 不用考\n買家：多少\n賣家：九百\n記者隨後向警方舉報。"
    assert categories(det, text, ALL) == set()
