"""Session 52, packs5: the certificates pack alone on real-shaped forgery ads. Sentences written
for this file (not the holdout163 lines).

Four classes: a seal ad that waives the licence in full (不要营业执照, 不需要营业执照) or does not
even ask for the papers (不问手续, 不看手续), with one offer cue and no number, was below FC-216's
two cues or read the first waiver as a denial of the second; a title seller's terms on the
appraisal's outcome (包评上, 评不上退) were no offer cue; a school's lawful degree route named by
its exam and its study years (须参加全国统考, 业余学习两年半) did not excuse the 毕业证 after it, while
the same route with the exam or the classes skipped must still be read.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "公章 法人章 今天刻今天拿 不要营业执照 不用公安备案 私我",
        "合同章 财务章 急单两小时 不需要营业执照也能刻",
        "发票专用章 哪个单位的都行 不问手续 拍图给你确认",
        "公章 合同章 全套 不看手续 今天下单明天到 你发图",
    ],
)
def test_a_seal_waiving_the_licence_or_the_papers_is_forged(
    det, text: str, packs: list[str]
) -> None:
    assert "FC-216" in rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "警方提醒：网上声称刻公章不要营业执照的店铺都是私刻，请勿购买",
        "本店刻公章须凭营业执照原件，公安备案，不问手续的店千万别去",
        "新闻：一男子在网上刻了一枚不需要营业执照的公章，被公安机关查处",
        "刻公章需要营业执照吗？需要，还要到公安备案的刻章店办理",
    ],
)
def test_the_waiver_quoted_by_a_warning_or_a_question_stays_silent(det, text: str) -> None:
    assert "fake_certificate" not in categories(det, text, CERTS)
    assert "fake_certificate" not in categories(det, text, ALL)


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "正高职称 包评上 材料我们准备",
        "中级职称代评 不写论文 包评上 评不上退全款",
    ],
)
def test_a_title_seller_promising_the_outcome_offers(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) & {"certificate_sale", "guarantee_promise"}


@pytest.mark.parametrize(
    "text",
    [
        "朋友花钱找人说包评上，结果没评上也没退钱，大家别信这种代评",
        "职称评审通知：评审结果以评审委员会公示为准，评不上的可以明年再申报",
    ],
)
def test_the_outcome_told_by_a_victim_or_a_notice_stays_silent(det, text: str) -> None:
    assert not categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "成人高考招生 须参加全国统考 录取后业余学习三年 毕业证学信网可查",
        "函授本科 参加全国统一考试 业余学习 毕业证可在学信网查询 报名咨询",
    ],
)
def test_a_lawful_degree_route_stays_silent(det, text: str) -> None:
    assert not categories(det, text, CERTS)
    assert not categories(det, text, ALL)


@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "业余学习一年 不用考试 毕业证学信网可查 私我",
        "全国统考不考试也行 不用上课 毕业证学信网可查 加v xl_8080",
    ],
)
def test_the_route_with_its_exam_or_classes_skipped_is_read(
    det, text: str, packs: list[str]
) -> None:
    assert categories(det, text, packs) & {"certificate_sale", "fake_certificate"}
