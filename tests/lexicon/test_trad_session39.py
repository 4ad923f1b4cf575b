"""Traditional-character offers in Hong Kong / Taiwan words (session 39, helper trad, holdout80).

Character folding (OpenCC t2s, one character at a time) already turns 證 into 证, but the writers
there change words, not only glyphs: a trade's licence is 牌 / 牌照 in Hong Kong and 證照 / 執照 in
Taiwan, the forklift is 堆高機, a profession's licence is 護士執照, the bypass is Cantonese (唔使考,
唔洗上堂) or the notices' 毋須考試, the seal trade is 刻印章, and a score target missed is 未達標.
The same register has its reports: Cantonese warnings (呃人, 唔好信), schools' 不設保證分數, and
the offices that verify a diploma (外交部領事事務局, 學歷採認由教育部辦理).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.rules import LEXICON_DIR, _load_sets
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工牌 代辦 免考 二千五蚊 WhatsApp 9123 4455",
        "高空作業牌 免考試 急件 pm我",
        "起重機證照 代辦 免考 加LINE詢問",
        "堆高機操作證 代辦 不用考 台幣七千 私訊",
        "電焊執照 免上課免考試 加賴",
    ],
)
def test_a_licence_named_the_hong_kong_or_taiwan_way_is_sold(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "低壓電工證 唔洗考 五日出證 inbox",
        "焊工證 唔使上堂 直接拎證 WhatsApp",
        "制冷證 毋須考試 港幣二千 TG聯絡",
    ],
)
def test_the_bypass_in_cantonese_or_formal_words_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


def test_the_licence_s_promise_is_read_beside_its_regional_name(det) -> None:
    assert "GP-001" in rule_ids(det, "吊車執照 包過 唔過退錢 密我", DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "會計師執照 代辦 免考 加LINE",
        "大陸醫師執照 唔使考 直接拎 WhatsApp",
    ],
)
def test_a_profession_s_licence_named_zhizhao_is_in_the_certificates_pack(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, CERTS)


def test_the_seal_trade_written_keyinzhang_is_a_forgery_offer(det) -> None:
    text = "刻印章 大小章 免證明 一小時取 加LINE"
    assert "fake_certificate" in categories(det, text, CERTS)


def test_a_seal_shop_that_asks_for_the_registration_is_silent(det) -> None:
    text = "印章店 代客刻印章 公司大小章 須出示公司登記證明 當日可取"
    assert categories(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "海外文憑驗證由外交部辦理，請至官網預約",
        "大陸學歷採認由教育部辦理，民眾切勿找人代辦",
    ],
)
def test_the_office_that_verifies_a_diploma_is_no_seller(det, text: str) -> None:
    assert categories(det, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "網上話電工牌唔使考嘅全部都係呃錢，千祈唔好信",
        "我朋友買咗個焊工證，結果中伏，證件根本查唔到",
    ],
)
def test_a_cantonese_warning_is_silent(det, text: str) -> None:
    assert categories(det, text) == set()


def test_a_school_that_offers_no_guaranteed_score_is_silent(det) -> None:
    text = "本中心雅思課程不設保證分數，小班教學，歡迎查詢"
    assert categories(det, text, TRAINING) == set()


@pytest.mark.parametrize(
    "text",
    [
        "全民英檢中高級保證通過 未達標全額退費 加LINE",
        "雅思保證7分 唔過退全數 WhatsApp報名",
    ],
)
def test_a_missed_score_target_with_its_remedy_is_a_promise(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


def test_the_forklift_s_plate_and_a_flat_to_let_are_no_offers(det) -> None:
    names = _load_sets(LEXICON_DIR)["cert_regional"].terms
    assert "叉车牌" not in names and "叉车牌照" not in names
    assert categories(det, "新裝修單位 直接拎包入住 月租一萬 WhatsApp 6677 8899") == set()


def test_the_business_licence_errand_stays_lawful(det) -> None:
    text = "會計師樓代辦營業執照 公司登記 記帳報稅 歡迎來電"
    assert "certificate_sale" not in categories(det, text, ALL)


def test_cantonese_characters_fold_to_their_mandarin_counterparts() -> None:
    from lexicon.normalize import normalize

    assert normalize("冇考試 直接攞證").text == "没考试直接拿证"
    # 唔 is left alone (唔該 is "thanks", not "shouldn't"); its phrases are terms of their own
    assert normalize("唔該").text == "唔该"


@pytest.mark.parametrize(
    "text",
    [
        "焊工證 冇考試 直接攞證 WhatsApp 6123 7788",
        "登高證 交錢就攞證 考試唔使理 pm我",
    ],
)
def test_a_cantonese_bypass_reads_as_its_mandarin_terms(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


def test_a_cantonese_learner_who_sat_the_exam_is_silent(det) -> None:
    text = "我喺深圳考咗焊工證，理論同實操都要考，考完一個月先攞到證"
    assert categories(det, text) == set()


def test_a_fee_that_includes_the_licence_test_is_no_proxy_exam(det) -> None:
    text = "堆高機課程 費用包考照費及證書費 名額有限 加LINE報名"
    assert "EF-101" not in rule_ids(det, text)
    # the proxy exam itself still is one
    assert "EF-101" in rule_ids(det, "四六級包考 替考 私聊", TRAINING)
