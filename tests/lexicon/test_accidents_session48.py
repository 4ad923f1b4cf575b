"""Session 48, helper accidents: a court's or an inspector's exhibit of the seller's ad.

Judgments, enforcement bulletins and accident reports show the ad they act on, number and all:
summarised after a label (广告大意是：…, 话术大致为：…, 朋友圈里是这么写的：…), set out on the lines
under an exhibit's heading (证据三：嫌疑人发布的帖子（截图）\\n…), quoted a line at a time with
the number on another quoted line, or captioned under its picture (图为涉事网店的商品页面). All
of it is the exhibit's; the seller who labels, heads or captions its own ad keeps its offer.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "被告人向客户群发的话术大致为：高处作业证不用考，可查，两千一本，加我微信 gc_2000",
        "被告人发布的帖子大意是：叉车证免考直接出证，一千五一本，联系 135 2222 3333",
        "嫌疑人朋友圈里是这么写的：低压电工证不用考试，包拿证，全国可查，私我 dg_3030",
        "查获的短信模板为：焊工证 免考 七天出证 官网可查 回复1办理 v：hg_1010",
    ],
)
def test_an_ad_summarised_after_a_courts_label_is_the_exhibits(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "证据三：嫌疑人发布的帖子（截图）\n焊工证 免考 七天出证 v：hg_3030",
        "通报附件2：违规商品信息摘录\n高压电工证 代办 不用考试 可查 微信 gy_8080\n登高证 三天拿证",
    ],
)
def test_lines_under_an_exhibits_heading_are_the_exhibit(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_number_on_another_quoted_line_of_an_excerpt_is_the_excerpts(det) -> None:
    text = "“叉车证 免考 一千二 可查”\n“需要的加微信 cc_1200”\n以上为被告人在朋友圈发布的内容。"
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "“焊工证包过 不过退钱 加v hg_5050”（图为某中介发布的小广告）",
        "高压电工证 免考 可查 微信 gy_6060\n图为涉事网店的商品页面",
        # the caption spaced out as the quoted ad is
        "“登⭐高证 包过 不过退⭐钱 加v dg_5151”（图⭐为某中⭐介发布⭐的小广⭐告）",
    ],
)
def test_a_caption_naming_someone_elses_ad_makes_it_an_exhibit(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # the seller's own heading, label and caption
        ("附件：本店广告内容\n电工证 代办 免考 包过 微信：zz1234", "CS-001"),
        ("最新广告\n焊工证 不用考 可查 微信 hg_9900", "CS-001"),
        ("我们的广告大意是：电工证免考，半个月出证，官网能查，联系微信 dg_5566。", "CS-001"),
        ("“电工证包过，不过全退，报名加微信 kk_3344”（图为本校招生广告）", "GP-001"),
        # a testimonial's picture is no exhibit
        ("电工证包过 加v dg_1122\n（图为学员朋友圈截图）", "GP-001"),
        # quoted lines with nothing that reports them
        ("“叉车证 不用考 包拿证 1500元”\n“需要的联系 微信 cc_1500”", "CS-001"),
    ],
)
def test_a_sellers_own_label_heading_or_caption_still_offers(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "承诺书：本单位不使用网购、代办证件。",
        "分包单位承诺不使用网购、借用、代办证件。",
        "承诺不使用代办证件上岗。",
        "项目部不认可代办的操作证，人员须持本人考取的证件进场。",
        "不接受任何形式的代办证书，请务必本人参加培训考试。",
        "分包单位须承诺：所派人员的操作证均为本人参加考试取得，无网购、代办、借用等情况。",
        "本公司拒收代办的证件，所有证件须本人考取。",
    ],
)
def test_an_employers_rule_against_errand_papers_is_no_offer(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "核查发现3人的焊工证系代办，已清退出场。",
        "入场人员的特种作业证如系代办取得，视同无证。",
    ],
)
def test_an_inspections_finding_of_where_a_paper_came_from_is_a_report(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the seller's call to contact it holds 系代办 (联系代办) and is still its call
        "焊工证 代办 免考 要的联系代办 微信 hg_3434",
        "需要电工证的联系代办 v：dg_7788 不用考试",
        # a waived chore before the errand is no refusal of it
        "拒绝繁琐，代办焊工证 一条龙 v：hg_0101",
        "无押金，代办叉车证，可查 电话 139 1111 2222",
    ],
)
def test_a_sellers_errand_still_offers(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "询问笔录\n问：你们是否对学员承诺过包过？\n答：是的，我们跟学员说过电工证包过，不过退费。",
        "讯问笔录（节选）\n问：你是怎么招揽客户的？\n答：我在网上发广告，说不用考试就能拿电工证，有人加我微信，"
        "我就报价，一本一千五。",
    ],
)
def test_an_answer_in_a_record_of_questioning_is_the_records(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a seller's FAQ answers 答： under no record's title
        (
            "常见问题\n问：你们是否包过？\n答：是的，我们电工证包过，不过退费，报名加微信 dg_1212",
            "GP-001",
        ),
        ("客户问答记录\n答：电工证不用考，一千五，加v dg_1414", "CS-001"),
    ],
)
def test_a_sellers_faq_answer_still_offers(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, ALL)
