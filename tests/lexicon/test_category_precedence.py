"""Which category wins on one clause (issue 9, quality15c): ``lexicon/precedence.yaml``.

When two categories fire on the same clause for the same object, the one the domain names the
offence with stays and the other is recorded as a named suppression
(``precedence:<row>(<winner rule>)``); a second offence in another sentence keeps its own
category. Every example is in the project's own words and none is a line of holdout35.
"""

from __future__ import annotations

import pytest

from lexicon.finding import CATEGORIES
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import ALL
from tests.lexicon.scanning import categories as _cats


def _scan(det, text: str):  # type: ignore[no-untyped-def]
    return det.scan_page(text=text, packs=ALL)


def _rows(det, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The precedence rows that silenced a finding of ``text``."""
    return {
        s.reason.split(":", 1)[1].split("(", 1)[0]
        for s in _scan(det, text).suppressed
        if s.reason.startswith("precedence:")
    }


@pytest.mark.parametrize(
    "text",
    [
        "科目一考试现场有人用对讲机报答案，保证你过",
        "焊工实操考场有我们的人递答案，考完稳过，私聊",
    ],
)
def test_the_pass_that_cheating_buys_is_exam_fraud_only(det, text: str) -> None:
    assert _cats(det, text) == {"exam_fraud"}
    assert _rows(det, text) == {"作弊的结果"}


@pytest.mark.parametrize(
    "text",
    [
        # a training ad that claims insiders AND promises the pass: two provisions of art. 24
        "消防设施操作员培训班包过，考场有内部安排",
        # a refund is a guarantee of its own beside the stand-in
        "叉车证代考，考不过全额退款",
    ],
)
def test_a_training_promise_or_a_refund_beside_cheating_keeps_both(det, text: str) -> None:
    assert {"exam_fraud", "guarantee_promise"} <= _cats(det, text)


def test_a_tipping_course_that_promises_the_pass_is_a_guarantee(det) -> None:
    text = "造价师考前押题班，押中率高，考不过学费全退"
    assert _cats(det, text) == {"guarantee_promise"}
    assert _rows(det, text) == {"押题是教学卖点"}


def test_tipping_beside_a_leaked_paper_stays_exam_fraud(det) -> None:
    assert "exam_fraud" in _cats(det, "二建押题班，考题考前一晚发你，包过")


def test_a_forged_card_posted_to_the_buyer_is_a_forgery_only(det) -> None:
    text = "定做电梯操作证，跟原版没区别，包邮寄出"
    assert _cats(det, text) == {"fake_certificate"}
    assert _rows(det, text) == {"伪造之物"}


def test_a_forged_card_put_up_for_sale_keeps_the_sale(det) -> None:
    assert _cats(det, "出售仿制叉车证，钢印齐全") == {"certificate_sale", "fake_certificate"}


def test_a_handled_certificate_boasting_a_record_is_a_sale(det) -> None:
    text = "压力容器证找我们，不用本人去，直接出证，联网可查"
    assert _cats(det, text) == {"certificate_sale"}
    assert _rows(det, text) == {"代办之证"}


def test_a_diploma_handled_with_a_record_keeps_the_forgery(det) -> None:
    assert "fake_certificate" in _cats(det, "代办本科毕业证，学信网可查")


def test_a_no_exam_certificate_in_hand_is_a_sale_not_a_training_promise(det) -> None:
    text = "挖掘机证不用考试，一个月包拿证"
    assert _cats(det, text) == {"certificate_sale"}
    assert _rows(det, text) == {"免考拿证的卖点"}


def test_a_no_exam_errand_that_says_pass_keeps_the_guarantee(det) -> None:
    assert _cats(det, "电焊证代办包过，不用考试") == {"certificate_sale", "guarantee_promise"}


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "高仿焊工证，钢印齐全。焊工培训班包过，考不过退钱",
            {"fake_certificate", "guarantee_promise"},
        ),
        (
            "挖掘机证免考代办，一个月下证。另接定做毕业证，一比一",
            {"certificate_sale", "fake_certificate"},
        ),
    ],
)
def test_a_second_offence_in_another_sentence_keeps_its_category(
    det, text: str, both: set[str]
) -> None:
    assert both <= _cats(det, text)


def test_the_table_is_data_under_the_lexicon_version() -> None:
    lex = fresh_lexicon()
    assert lex.precedence, "lexicon/precedence.yaml is loaded"
    for row in lex.precedence:
        assert row.yields in CATEGORIES and row.to in CATEGORIES and row.yields != row.to
        assert row.why and row.words["to_any"]
    assert any(p.name == "precedence.yaml" for p in lex.files)


def test_explain_names_the_row_and_the_winner(det) -> None:
    res = _scan(det, "科目一考试现场有人用对讲机报答案，保证你过")
    reasons = [s.reason for s in res.suppressed if s.category == "guarantee_promise"]
    assert reasons and all(r.startswith("precedence:作弊的结果(EF-") for r in reasons)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("帮你做个证书查询网页，跟政府平台一模一样，想填什么填什么", "仿冒的是查询网站"),
        ("低压电工证查询系统源码出售，界面和官方一模一样", "卖的是查询网站"),
    ],
)
def test_a_cloned_query_site_is_a_fake_portal(det, text: str, row: str) -> None:
    assert _cats(det, text) == {"fake_portal"}
    assert _rows(det, text) == {row}


def test_a_forged_card_and_a_cloned_site_keep_both(det) -> None:
    text = "高仿电工证，官网可查，另送查询网站一模一样"
    assert _cats(det, text) == {"fake_certificate", "fake_portal"}


@pytest.mark.parametrize(
    "text",
    [
        "警方查明，该团伙搭建仿冒的证书查询网站，供买家验证假证",
        # a forger's card that comes with a query address stays a forgery (the older sets' reading)
        "叉车证高仿做旧，带查询网址，私聊",
    ],
)
def test_no_portal_offer_in_a_report_or_a_forgers_feature(det, text: str) -> None:
    assert "fake_portal" not in _cats(det, text)


@pytest.mark.parametrize(
    "text",
    [
        # someone goes into the exam room for the buyer
        "会计初级考试替你上考场，考完付款",
        "科目二考试找人代你上考场，本人不用露面",
        # paid once the exam is over: the seller's terms for answers in the room
        "英语六级考场里戴隐形耳机听答案，保你通过，考完再付",
    ],
)
def test_a_stand_in_or_answers_paid_after_the_exam_is_exam_fraud(det, text: str) -> None:
    assert _cats(det, text) == {"exam_fraud"}
