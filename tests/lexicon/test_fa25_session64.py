"""Session 64, fa25: lawful lines session 63 left firing (holdout215's shapes).
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- An echo and then the renewal rule told as a contrast (免考？当然，复审的不用考，初证必须考;
  复审才不用考，首次领证必须本人考试): the renewal spared, the first issue held to the exam
  (``silence._RENEWAL_ONLY`` / ``_FIRST_EXAM``, for certificate sales and, with the first exam
  kept, guarantees).
- A refusal said twice as a list (包过的没有，免考的更没有; 代考的没有，免考的也没有): the second back
  word is denied in its own turn, no outbid (``silence._post_denied_back``).
- An office's answer that no exemption channel exists (不存在任何免考渠道): the denied 渠道 is no
  seller's (``stance._HEARSAY_SELLER``).
- A school's one further round (不承诺包过，考不过可以免费重学一期): GP-104's bounded round.
- Sellers right next to them still fire: both exams waived, the skip kept after the refusal, the
  channel claimed, the round without end.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    DEFAULT,
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

_SILENT = [
    "免考？肯定的，只有复审的学员不用考，初次领证必须考",
    "免考？当然，复审的不用考，新办的必须考试",
    "老师：免考？想多了，复审才不用考，第一次取证一定要考",
    "能不考吗？可以，到期复审不考，首次领证必须本人考",
    "包过的没有，免考的更没有，老老实实培训，本人考试",
    "替考的没有，免考的也没有，报名培训以后自己去考",
    "网上说登高证能免考，本中心明确答复：必须本人参加考试，不存在任何免考渠道",
    "本校不承诺包过，考不过可以免费重学一期",
]

_SELLERS = [
    ("免考？当然，初证复审都不用考，私聊", "certificate_sale", WITH_SPECIAL),
    (
        "免考？肯定的，复审的不用考，新证也不用考，交钱出证",
        "certificate_sale",
        WITH_SPECIAL,
    ),
    (
        "复审的不用考，初证必须考？我们这初证也不用考，加v fa_2518",
        "certificate_sale",
        [DEFAULT, ALL],
    ),
    ("代考的没有，免考的有，私聊", "exam_fraud", WITH_TRAINING),
    (
        "网传焊工证可以免考，我们答复：是真的，我们有免考渠道，加微信 hg_2207",
        "certificate_sale",
        [DEFAULT, ALL],
    ),
    ("考不过免费重学一期，直到拿证为止，包过", "guarantee_promise", WITH_TRAINING),
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


@pytest.mark.parametrize(("text", "category", "runs"), _SELLERS)
def test_sellers_next_to_them_still_sell(det, text: str, category: str, runs) -> None:  # type: ignore[no-untyped-def]
    for packs in runs:
        assert_sells(det, text, category, packs)
