"""Session 54, review23: a second reading of reports5's report cues (sentences written for this
file, not the holdout173 lines).

- A deal's price in the narrative shape (以每份80元的价格出售), its buyers in the third person
  (向学员销售) or a formal tally (二百余本) read as a court's or a story's account only where the
  writer gives no number of its own in the same sentence: with the writer's own contact beside
  it, the price is the seller's own and the sentence its offer (``stance._own_call``).
- A shop keeper's refusal told (刻章店老板说没执照不给刻) is the story's only where the writer gives
  no number of its own: a seller contrasting a rival's no with its own yes and its number sells
  (``stance._KEEPER_REFUSES`` gated by ``stance._own_call``).
Court records, police notices and stories that tell the same deal, or that name the gang's
number as theirs, stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("考试答案以每份80元的价格出售，QQ 556677889。", "exam_fraud"),
        ("安全员考试答案以每套120元价格出售，扣扣 334455667。", "exam_fraud"),
        ("焊工考试答案以每份90元的价格出售，QQ 223344556。", "exam_fraud"),
    ],
)
def test_a_narrated_price_beside_the_writers_number_sells(det, text: str, category: str) -> None:
    assert category in categories(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "被告人以每份80元的价格出售考试答案，共计售出三十余份，违法所得两千余元。",
        "经查，该团伙通过QQ群向考生出售考试答案，以每套120元的价格卖出一百余套。",
        "警方查明，该团伙的QQ号为556677889，其以每份80元的价格向考生出售考试答案。",
        "法院查明：被告人以每本300元的价格出售伪造的焊工证，共计四十余本。",
    ],
)
def test_the_same_deal_told_by_a_court_or_the_police_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "刻章店老板表示没有营业执照一律不刻，我们照样能刻，加微信 kz_3030。",
        "别家刻章店老板说没执照不给刻，咱家照刻，vx kz_4141。",
        "街口刻章店的老板说无执照不能刻，我们能刻，电话 13698765432。",
    ],
)
def test_a_rivals_refusal_then_the_writers_yes_and_number_sells(det, text: str) -> None:
    assert "FC-204" in rule_ids(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "记者走访发现，刻章店老板说没有营业执照不给刻，要求出示相关证明。",
        "暗访中，一家刻章店的老板表示没有公安备案一律不刻，请记者去派出所开证明。",
    ],
)
def test_a_keeper_refusing_in_a_story_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "健康证应当到医疗机构体检，太麻烦，找我们办，微信 jk_6262。",
        "健康证必须到指定医疗机构体检，排队半天，我们帮你搞定，微信 jk_7373。",
        "健康证应当到体检中心体检，嫌麻烦，找我们办，微信 jk_8484。",
    ],
)
def test_the_route_named_then_the_errand_taken_on_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL), text


@pytest.mark.parametrize(
    "text",
    [
        "办理健康证须到指定医疗机构体检，市民如有疑问可拨打卫生健康部门热线咨询。",
        "提醒：健康证应当到具备资质的医疗机构体检，网上所谓免体检代办均不可信。",
    ],
)
def test_a_guide_naming_the_route_stays_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set(), text
