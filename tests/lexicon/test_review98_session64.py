"""Session 64, review98: the second reading of fa25, and the guarantee answers it left firing.
Sentences written for this file (not from any held-out set, nor the rules' fixtures).

- The asked pass echoed as a question at a line's opening, with no chat label, and answered no or
  sent to the exam (包过？包不了，考试得靠自己; 包过？这个谁也不敢保证，…; 保过吗？保不了，…;
  包过？放心，…考试合格才能拿证): the echo is the asker's word, the answer the school's
  (``stance._echo_refused`` / ``_ECHO_DENY``, the unlabelled opening and 不敢保证 / the exam's
  result named after 放心).
- A refusal listed twice whose second word is 稳过 / 必过 (包过的没有，稳过的也没有): the second
  candidate is denied in its own turn (``silence._POST_DENIED`` with 也 / 更).
- A school's one further class said as 免费再跟一期 after its refusal (GP-104's bounded round).
- The seller's "failing cannot happen" (不存在考不过的情况，电工证包过): no denial of the trade
  (``silence._NO_RISK_AFTER``), while an office's 不存在考不过也能拿证的情况 stays silent.
- Sellers right next to them still fire (fa25's renewal contrast, its double denial and the
  answers taken back).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    WITH_TRAINING,
    assert_sells,
    assert_silent,
)

_SILENT = [
    # an unlabelled echo answered no
    "包过？包不了，考试得靠自己",
    "电工证包过？包不了的，考试得靠自己",
    "包过？这个谁也不敢保证，我们只管把课教好，过不过看自己",
    "包过？真不敢保证，我们只负责教，考试还得本人去",
    "保过吗？保不了，用心学的基本都能考过",
    # an unlabelled echo sent to the exam after 放心
    "包过？放心，认真听课多刷题，考试合格才能拿到证",
    "包过？放心吧，只要肯练，考试合格就发证，不合格就补考",
    "客服：包过？放心，多练几遍，考试通过了才能领证",
    # the refusal listed twice, the second word 稳过
    "包过的没有，稳过的也没有，好好学才能考过",
    "焊工证包过的没有，必过的更没有，认真练习才能考过",
    "客服：包过的没有，免考的也没有，正规培训，考试本人去",
    # a school's one further class
    "本校不承诺包过，这次没考过可以免费再跟一期",
    # an office's denial of the pass without the exam, and of the channel
    "本中心声明：不存在考不过也能拿证的情况，必须本人考试合格",
    "有人说登高证交钱能免考，本站答复：不存在任何免考渠道，须本人考试",
]

_SELLERS = [
    ("包过？放心，交了钱就包过", "guarantee_promise", WITH_TRAINING),
    ("电工证包过？放心，交钱就包过，加v bg_5531", "guarantee_promise", WITH_SPECIAL),
    ("包过？放心，考试合格就能拿证，考不过全退", "guarantee_promise", WITH_TRAINING),
    ("电工证包过？包不了是别家，我们稳过，私聊", "guarantee_promise", WITH_SPECIAL),
    (
        "焊工证保过吗？保不了？我们有内部渠道，稳过，加v hg_7702",
        "guarantee_promise",
        WITH_SPECIAL,
    ),
    ("不承诺包过？我们就承诺，考不过全退", "guarantee_promise", WITH_TRAINING),
    ("电工证包过的没有，稳过的有，加v wg_4410", "guarantee_promise", WITH_SPECIAL),
    ("电工证包过的没有，免考的更有，加v", "certificate_sale", WITH_SPECIAL),
    ("不存在考不过的情况，电工证包过，加v bg_3391", "guarantee_promise", WITH_SPECIAL),
    ("电工证不存在任何考不过的情况，包过，私聊", "guarantee_promise", WITH_SPECIAL),
    ("初证复审都不用考，焊工证私聊", "certificate_sale", WITH_SPECIAL_OR_CERTS),
    ("复审不用考，初证我们也能帮你免考，焊工证私聊", "certificate_sale", WITH_SPECIAL),
    ("考不过免费再跟一期，直到拿证为止", "guarantee_promise", WITH_TRAINING),
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_lines_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


@pytest.mark.parametrize(("text", "category", "runs"), _SELLERS)
def test_sellers_next_to_them_still_sell(det, text: str, category: str, runs) -> None:  # type: ignore[no-untyped-def]
    for packs in runs:
        assert_sells(det, text, category, packs)
