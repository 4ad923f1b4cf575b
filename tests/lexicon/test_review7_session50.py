"""Session 50, review7: a second reading of round 44's lexicon code (packs2, review6, left4).
Sentences written for this file (none taken from a held-out set or the real corpus); each test
names the defect it pins.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids


# silence._ROLE_LABEL read any sentence opening with 客户 / 顾客 / 客服 as a chat's role label:
# the normalizer drops the label's colon, so a clinic's or an office's FAQ (…多久？顾客体检完…)
# lost the question word that excuses a how-to question, and CS-201 fired on the answer.
@pytest.mark.parametrize("packs", [CERTS, ALL])
@pytest.mark.parametrize(
    "text",
    [
        "健康证什么时候能拿？顾客体检完三天出证，系统可查，电话 0571-8800 1234",
        "健康证什么时候能办好？客户体检完三天出证，系统可查，电话 0571-8800 5678",
    ],
)
def test_a_sentence_opening_with_a_customer_is_no_role_label(
    det, text: str, packs: list[str]
) -> None:
    assert "CS-201" not in rule_ids(det, text, packs)


# the chat's labels keep their reading (packs2): another turn's question word excuses nothing
@pytest.mark.parametrize(
    "text",
    [
        "顾客：健康证什么时候能拿\n客服：亲 三天出证 系统可查 不用体检 私我",
        "客户: 健康证要多久\n店家: 亲 不用体检 三天出证 系统可查 私我",
    ],
)
def test_a_labelled_turn_still_parts_the_question_word(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, CERTS)

