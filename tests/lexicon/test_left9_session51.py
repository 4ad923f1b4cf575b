"""Session 51, left9: rounds 47-48's leftovers (holdout160 measures them). Sentences written for
this file (not the holdout160 lines).

- A Q&A answer that opens by saying how sure the writer is (可以肯定地告诉你, 可以明确地说) is not a
  yes: ``stance._TELLS`` drops the preamble and reads what follows as the answer, so a regulator's
  or a paper's "…，不靠谱 / 这是骗局 … 拿不准的可以联系我们" stays silent while a seller's
  "可以明确地说，能办，加v" and a bare "能办吗？可以，加v" still fire.
- A labelled shop's yes followed at once by its call for the buyer's documents (卖家：抱歉刚看到，
  可以的，资料发我; 能 发资料给我) answers the buyer's 能办吗 (``silence._YES_THEN_DOCS`` in
  ``_CHAT_YES_AFTER``), unless the same turn sends the buyer the lawful way (本人, 体检, 报名,
  窗口, 公证); lawful errands (营业执照, 证件照, 公证) stay silent as before.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories, rule_ids

# --- 1. 可以肯定地告诉你 is the writer's licence to speak, not a yes ---


@pytest.mark.parametrize(
    "text",
    [
        "问：登高证交两千块就能到手，可信吗？\n答：可以肯定地告诉你，不可信。拿不准的可以联系我们。",
        "叉车证不去考场也能拿？可以明确地说，这是骗人的，拿不准的可以联系我们，电话12350。",
        "焊工证有人说三天就能办好？可以负责任地告诉大家，没有这回事，有疑问可以联系本局安全科。",
        "高压电工证花钱就能买到吗？可以明确地告诉各位，这是骗局。拿不准的可以联系我们。",
        "问：网上有人代办登高证，能办吗？\n答：可以肯定地说，这是诈骗。拿不准的可以联系我们。",
        "问：低压电工证可以网上直接买吗？\n答：可以很明确地回答您，买不到真的，拿不准的欢迎联系我们核实。",
    ],
)
def test_a_regulators_sure_answer_and_hotline_is_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：登高证能直接拿吗？\n答：可以明确地说，能拿，私信我 dg_4411",
        "叉车证不考能办吗？可以，十天下证，加v cc_8080",
        "焊工证没空考能弄吗？可以负责任地告诉你，能弄，联系 139 5566 7788",
    ],
)
def test_a_sellers_yes_after_the_same_preamble_still_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)
    assert rule_ids(det, text, DEFAULT)


# --- 3. the shop's yes and its call for the buyer's documents ---


@pytest.mark.parametrize(
    "text",
    [
        "买家：高压电工证能办吗\n卖家：抱歉才看到，可以的，资料发我",
        "顾客：叉车证能办吗\n客服：不好意思回晚了 可以 把身份证照片发过来",
        "买家：焊工证能办吗\n店主：能的 把资料发给我",
        "买家：高处作业证能代办吗\n客服：抱歉久等了 能的 发资料给我",
    ],
)
def test_a_shops_yes_and_call_for_documents_fires(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "买家：营业执照能代办吗\n客服：抱歉刚看到，可以的，资料发我，我们到窗口帮您提交",
        "顾客：证件照能加急吗\n店员：不好意思久等了，可以的，照片发我",
        "买家：电工证复审能办吗\n客服：可以的，资料发我，统一报名参加复审培训",
        "买家：健康证能办吗\n客服：可以的 资料发我 体检要本人去医院",
        "买家：公证能办吗\n客服：可以的 材料发我 您本人到公证处签字",
        "买家：叉车证能办吗\n卖家：不可以的，资料发我也没用，必须本人考试",
    ],
)
def test_lawful_paperwork_asked_after_a_yes_is_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
