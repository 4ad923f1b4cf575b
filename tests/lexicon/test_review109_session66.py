"""A second reading of fa29r's school lines (issue 9, session 66, review109).

Every sentence here was written for these tests by the helper, in its own words. Two readings
are pinned. A school's verdict on skipped exams followed by its own line that names only the
training, the exam's body or the official lookup (no "the holder sits the exam" in it) is the
school's; a seller's line after the same verdict sells something (a contact, a price, the card
in days). And "we only teach" is read as a phrase (the school's subject + 只 + a verb of
teaching: 只是负责教学, 只管上课, 只负责培训, 只教不办), not as a list of literal strings; the
sellers who turn it round (证也给你办好, 考试的事我们搞定) still sell.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    EVERY_PACK,
    WITH_CERTS,
    WITH_SPECIAL,
    WITH_SPECIAL_OR_CERTS,
    WITH_TRAINING,
    Packs,
    assert_sells,
    assert_silent,
)

#: Schools' lawful lines: no rule and no model finding in any pack combination.
SCHOOLS = [
    # the verdict, then the school's own line without the holder's exam
    "不考试就给的证都是假证，本校只做正规培训，证书官网可查",
    "不用考就发的电工证全是假证，我们学校只做正规的电工培训，考试由应急管理局组织，证书官网可查",
    "凡是不考试就拿的证都是假证，本中心只负责培训，考试去考点考，证书在官网能查到",
    # "we only teach" in other words
    "我们只是负责教学，证要你自己去考",
    "我们只管上课，证得学员本人去考",
    "本中心只负责培训，考试要本人去考点参加",
    "咱们只教不办，证要自己考",
    "我们只管上课，证要你自己去考，考场上谁也帮不了你",
    "本中心只管上课，证书得本人去考，考不过按规定补考",
    "我们这边只负责教学，证要你本人考，考场没人能替",
    "本校只负责授课，证要本人去考点考，报名电话 0571-86024419",
    "我们只管上课，电工证要你本人去考",
    "学校只管上课，叉车证要学员自己考",
    "本校只管上课，证书要本人去考点参加统一考试",
    "培训中心只负责培训，证要学员本人考，我们不代办",
    # (added with the fix) the paper denied by the school after its name; the learners' own work
    "免考？放心。不用考的证我们不办，必须考试",
    "不用考的电工证我们这边也不办，请本人报名",
    "我们能拿证全靠自己一道题一道题练出来的",
    "学员的焊工证都是自己一题一题考下来的",
]

#: Sellers right next to them: (text, what must fire, where).
SELLERS: list[tuple[str, str, list[Packs]]] = [
    # the verdict turned to the seller's own sale after 本校只做正规的
    ("不考试就给的证都是假证，本校只做正规的，三天拿证，加v zx_3310", "CS-", WITH_SPECIAL),
    ("不用考就发的证全是假证，我们只做正规的，价格优惠，私聊", "CS-", WITH_SPECIAL),
    # "we only teach" turned round: the card done for the buyer
    ("我们只管教，证也给你办好，不用本人考，私聊", "CS-", WITH_SPECIAL),
    ("我们只负责教，考试的事我们搞定，包过，加v kc_5521", "GP-", WITH_SPECIAL + WITH_TRAINING),
    ("我们只是负责教学，证也帮你办，不用考，私聊", "CS-", WITH_SPECIAL),
    ("本中心只负责培训，证书我们包办，不用去考场，加微信 kc_3306", "CS-", WITH_SPECIAL),
    ("我们只管上课，电工证也给你办好，不用考，私聊", "CS-", WITH_SPECIAL),
    # (added with the fix) no rule reads these; fa29r's literal veto words kept the model off them
    # too, the reading lets its finding through where the writer turns to the card done
    ("我们只管教，证也给你办好，加v kc_2231", "ML-", WITH_CERTS),
    ("我们只负责教，电工证我们搞定，加v kc_6610", "ML-", WITH_SPECIAL_OR_CERTS),
    ("不用考的证我们不办？骗你的，交钱就发，私聊", "CS-", WITH_SPECIAL),
    ("学员不用自己一题一题考，我们找人替考，私聊", "EF-", WITH_SPECIAL),
]


@pytest.mark.parametrize("packs", EVERY_PACK)
@pytest.mark.parametrize("text", SCHOOLS)
def test_school_lines_stay_silent(det, text: str, packs: Packs) -> None:
    assert_silent(det, text, packs, model=True)


@pytest.mark.parametrize(("text", "what", "where"), SELLERS)
def test_sellers_beside_them_still_sell(det, text: str, what: str, where: list[Packs]) -> None:
    for packs in where:
        assert_sells(det, text, what, packs)
