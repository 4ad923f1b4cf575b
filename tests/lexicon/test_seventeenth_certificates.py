"""The certificates pack on the sellers' wording of the seventeenth shift (quality17c): phone
numbers that write zero as a circle or a Latin o, a sticker's pair of goods, the whole exam waived
in one breath, a paper likened to the real one or carrying the buyer's photo, a code that scans
to the buyer's details, reports offered without their test, a goods page's own headings; and the
lawful or reporting side of the same words (an office disowning agents, a print shop's service
list, a reader asking whether to believe a message, a sticker that is only a sticker).

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


def _phones(text: str) -> set[str]:
    return {c.value for c in extract_contacts(text) if c.kind == "phone"}


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("刻章 137 ○ 20 ○ 5566", "13702005566"),
        ("壹叁玖○○捌捌柒柒陆陆", "13900887766"),
        ("微信同号 18O 6655 4433", "18066554433"),
        ("电话 1 5 8 o o 2 2 3 3 4 4", "15800223344"),
        ("联系 一三六◯二二◯五五八八", "13602205588"),
    ],
)
def test_a_zero_written_as_a_circle_or_a_latin_o_still_reads_as_a_phone(
    text: str, phone: str
) -> None:
    assert phone in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "room 13 is on floor o",
        "○○市○○区○○路",
        "订单号 1o 2o 3o",
    ],
)
def test_circles_and_letters_alone_are_no_phone(text: str) -> None:
    assert not _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "办证 刻章 一三八○二二一○九九七",
        "公章 发票章 不要执照 不用备案 壹叁陆○伍伍○贰贰叁叁",
    ],
)
def test_street_and_seal_ads_with_a_circled_zero_are_found(det, text: str) -> None:
    assert rule_ids(det, text, CERTS) & {"FC-204", "FC-216"}


def test_a_stickers_pair_of_goods_is_a_street_ad(det) -> None:
    assert "FC-204" in rule_ids(
        det, "门上贴的不干胶：证件 印章 急办 一五零 六六七七 二二一一", CERTS
    )


def test_a_print_shops_sticker_service_is_silent(det) -> None:
    assert not rule_ids(det, "本店承接不干胶标签、名片、宣传单印刷，电话 0571-8866 1122", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "保育员证要吗？理论实操都不用考，交钱就等证，v bq_2020",
        "护士证的笔试面试都不用去，直接出证，私我",
    ],
)
def test_every_part_of_the_exam_waived_is_a_sale(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "你订的那本房产证做好了，和真证没两样，尾款转我就发货",
        "驾驶证已经做好，照片都换成你的，收到付尾款",
        "工作证带二维码，扫码信息都对得上，私我下单",
        "身份证卡片按你提供的信息做，芯片可读，拍下备注姓名",
    ],
)
def test_a_paper_likened_to_the_real_one_or_filled_for_the_buyer_is_forged(det, text: str) -> None:
    assert "FC-209" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "办理流程：持身份证和照片到窗口，补办的证件和原来的一样有效",
        "证件照拍摄，照片可以换成你喜欢的底色，电话 0571-8800 9911",
    ],
)
def test_the_office_and_the_studio_are_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "食品检测报告可出，不用送样，CMA章都能加，加v jc_3311",
        "入职体检报告代做，无需体检，任何医院模板，电话 186 3300 2211",
    ],
)
def test_a_report_without_its_test_is_forged(det, text: str) -> None:
    assert "FC-218" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "本中心为CMA认证实验室，客户送样后出具检测报告，报告二维码可查，咨询 0571-8701 2200",
        "监管部门提醒：号称检测报告不用送样的多为虚假报告，请选择有资质的机构",
        "某检测公司不用送样就出具检测报告，被判决承担法律责任",
    ],
)
def test_a_lab_and_a_warning_about_reports_are_silent(det, text: str) -> None:
    assert "FC-218" not in rule_ids(det, text, ALL)


def test_an_office_disowning_agents_is_silent(det) -> None:
    text = "本院声明：我院从未委托任何机构办理学位证补发，遗失者请到学院办公室咨询"
    assert not rule_ids(det, text, ALL)


def test_a_reader_asking_whether_to_believe_a_message_is_silent(det) -> None:
    text = "刚收到一条消息说电工证不考也能拿，还能官网查，这能信吗？"
    assert not rule_ids(det, text, ALL)


def test_a_print_shops_service_list_is_silent(det) -> None:
    text = "图文店：证书彩色复印、照片扫描、名片制作、展板喷绘，价格实惠"
    assert not rule_ids(det, text, ALL)


def test_a_classified_sites_column_heading_is_no_report_frame(det) -> None:
    text = "信息发布：护士资格证不用考试，内部渠道办理，全国可查，需者速联"
    assert rule_ids(det, text, CERTS) & {"CS-201", "FC-202", "CS-001"}


def test_a_goods_pages_heading_is_an_offer(det) -> None:
    text = "宝贝描述：毕业证定制，信息按您提供的填，一比一还原"
    assert rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "兄弟，高级职称证走内部渠道出证，免评审，人社网可查，私聊",
        "B2驾照有内部指标，不用考直接拿本，12123能查，加v jz_5151",
    ],
)
def test_an_inside_channel_to_the_certificate_is_a_sale_not_exam_fraud(det, text: str) -> None:
    found = categories(det, text)
    assert "certificate_sale" in found
    assert "exam_fraud" not in found


def test_an_inside_channel_to_the_exam_paper_stays_exam_fraud(det) -> None:
    text = "二建走内部渠道，考场有人传答案，直接拿证，v jz_7373"
    assert "exam_fraud" in categories(det, text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("毕业证可做，徽心 xl_2024", "wechat", "xl_2024"),
        ("证件加急，q群 61827735", "qq", "61827735"),
    ],
)
def test_more_contact_disguises_are_read(text: str, kind: str, value: str) -> None:
    assert (kind, value) in {(c.kind, c.value) for c in extract_contacts(text)}


@pytest.mark.parametrize(
    "text",
    [
        "财务章 法人章 都能刻 免备案 vx同号",
        "发票章合同章刻制，不要执照，电话见头像",
        "公章当天刻好，不用备案，联系方式见主页",
        "各类印章都能刻，无需备案，纸飞机 kz_seal",
    ],
)
def test_a_contact_given_elsewhere_is_a_sellers_call(det, text: str) -> None:
    assert "FC-216" in rule_ids(det, text, CERTS)
