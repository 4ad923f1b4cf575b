"""The certificates pack on the papers and channels of the sixteenth shift (quality16c): street
ads in homophones, pinyin initials and split characters (办正, 刻张, bz kz, 亥刂章, 亻叚证), seals
offered without the police filing, travel papers made to order, a paper altered to carry the
buyer's name, state-issued personal papers sold as shop goods, a seal's name that holds the
report word 派出所, a shop listing's own headings, and a reader who asks the crowd about an
offer he was shown.

Each offer is paired with the lawful or reporting side of the same words, written for these
tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "办正 刻张 一三八 零零一一 二二三三",
        "ban证 刻章 加急 电话 139 2200 1144",
        "bz kz 同城 一五七 六六零零 三三二二",
        "亥刂章 办讠正 当天取 13566001122",
    ],
)
def test_a_street_ad_in_homophones_initials_or_split_characters_is_found(det, text: str) -> None:
    assert "FC-204" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "亻叚证 亻叚文凭 加v jz_4455",
        "假章 当天可取 微 gz_6060",
    ],
)
def test_a_fake_paper_named_in_split_characters_is_found(det, text: str) -> None:
    assert "FC-215" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "办证大厅搬到了政务中心二楼，咨询电话 0571-8800 1234",
        "那张小广告上写着“办正 刻张”，记者拨过去，对方称当天能取",
    ],
)
def test_the_office_and_the_report_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "公司印章全套：公章 财务章 发票章，免备案，三小时送到，微信 yz_7711",
        "合同章法人章都能刻，不用执照，不用手续，电话 186 0000 3322",
    ],
)
def test_a_seal_without_the_police_filing_is_a_forged_seal(det, text: str) -> None:
    assert "FC-216" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "本店是公安备案刻章企业，刻公章须凭营业执照原件办理，电话 0571-8765 4321",
        "市场监管部门提醒：声称刻章免备案的都是私刻，不要购买",
        "手工篆刻姓名章，无需备案，可刻闲章藏书印，私聊",
    ],
)
def test_a_filed_shop_a_warning_and_a_name_seal_stay_silent(det, text: str) -> None:
    assert "FC-216" not in rule_ids(det, text, ALL)


def test_travel_papers_made_to_order_are_forged_papers(det) -> None:
    assert "FC-201" in rule_ids(det, "台胞证、通行证都能制作，过关没问题，微信 tb_2299", CERTS)


def test_a_photo_studio_for_travel_papers_stays_silent(det) -> None:
    assert "FC-201" not in rule_ids(det, "护照照片拍摄制作，回执当场打印，门店在中山路", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "会计证转给你，名字可改，官网照样查得到，私聊",
        "房产证一本，信息按要求填写，三天好，微信 fc_8822",
    ],
)
def test_a_paper_altered_for_the_buyer_is_a_forged_paper(det, text: str) -> None:
    assert "FC-209" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "规格：驾驶证单本／驾驶证加行驶证，拍下后核对信息，两天内发货",
        "户口簿 整本 现货 包邮 私聊看样",
    ],
)
def test_a_personal_state_paper_sold_as_shop_goods_is_a_forged_paper(det, text: str) -> None:
    assert "FC-217" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "结婚证皮套 红色 烫金 包邮",
        "驾驶证补领后可以邮寄到家，在交管12123上申请，拍下页面截图备用",
        "警方查获一批伪造的户口簿，嫌疑人在网店下单后发货",
    ],
)
def test_goods_for_the_paper_the_office_mailing_it_and_the_report_stay_silent(det, text) -> None:
    assert "FC-217" not in rule_ids(det, text, ALL)


def test_a_seals_name_holding_police_station_is_no_report(det) -> None:
    text = "户口本内页 信息按要求填写 派出所户口专用章已盖 微信 hk_5151"
    assert "FC-209" in rule_ids(det, text, CERTS)


def test_a_reader_asking_the_crowd_about_an_offer_is_no_seller(det) -> None:
    text = "同事说有人能办证，驾照扣满分了不用学直接做一本，我感觉不靠谱，大家怎么看？"
    assert not rule_ids(det, text, ALL)


def test_a_listing_heading_is_the_sellers_page(det) -> None:
    text = "颜色分类：营业执照正本／副本，名称法人按要求定做"
    assert "FC-209" in rule_ids(det, text, CERTS)


def test_a_notary_translation_service_is_no_model_finding(det) -> None:
    text = "学位证、户口本、结婚证翻译盖章，公证处办理公证书，留学签证材料通用，收费按页计"
    assert not rule_ids(det, text, ALL)


def test_papers_made_beside_a_notary_word_still_reach_the_model(det) -> None:
    # (session 33, books2) the notary word listed with the diploma no longer excuses FC-205
    # (unless_generic_only): the rule reads it now, where only the model did
    assert {"ML-FC", "FC-205"} & rule_ids(det, "毕业证 公证书 都能做 私我 13800001111", CERTS)
