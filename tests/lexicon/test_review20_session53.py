"""Session 53, review20: a second reading of packs6's sanction words and the lead's
``silence._FEARLESS_BEFORE``. Sentences written for this file.

- A sanction warning word (按作弊处理, 被查处) the seller says it bears for the buyer (按作弊处理的
  风险我们担, 被查处我们兜底) warned of nothing, yet silenced the inside man and the pass promise
  of the same sentence.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "考场里有自己人，按作弊处理的风险我们来担，包过，加v ks_2281",
        "科目一有内部人员，按考试作弊处理我们兜底，保过 vx kt_7745",
        "焊工证考场安排好了，被查处的风险我方承担，包过拿证 微信 hg_3390",
    ],
)
def test_sanction_borne_by_seller_is_no_warning(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考场纪律：携带通讯工具进入考场按作弊处理，后果由考生自行承担。",
        "替考一经发现按作弊处理，由此产生的一切后果由本人承担。",
        "发现代考行为以作弊论处，相关风险由当事人自负。",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_exam_rule_sanction_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)
