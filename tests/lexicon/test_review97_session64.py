"""Session 64, review97: a second reading of review92 and review93. Sentences written for this file
(not from any held-out set, nor the rules' fixtures).

- Lawful lines review92 left firing, or next to its changes: an office's renewal done on the
  holder's own photo or signature with no exam (复审不用考试，持证人须本人…上传近期照片即可; 换证不考试，
  需本人签字即可), a school's renewal after the skip denied (正常不行，不过我们能办复审), a job post's
  代班师傅 with its landline, the lawful route after 门路 / 帮你考过 ending in the marks earned.
- Sellers review92's and review93's excuses let go: a first issue or a holder with no paper beside
  the renewal word (新办复审都不用考; 没有也能补办), the class verdict rebutted (那是你没遇到我), the
  lawful route worn over a cheat (戴个耳机; 交白卷也能过; 分数我们负责), the stand-in 代班师傅 as 代办's
  sound-alike before the skip, and the straw man of the skip (说…能免考的都是骗子，只有我们这儿才是真免考).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import (
    ALL,
    CERTS,
    DEFAULT,
    EVERY_PACK,
    TRAINING,
    assert_sells,
    assert_silent,
)

_SILENT = [
    # an office's renewal on the holder's own photo or signature (CS-001 fired in the default pack)
    "叉车司机证复审不用考试，持证人须本人在网上上传近期照片即可，由市场监管局审核",
    "特种设备作业人员证到期复审无需考试，须本人签字即可，资料由用人单位统一报送",
    "低压电工证到期换证不考试，需本人签字即可，材料由公司统一报送",
    # the school's renewal after the skip denied (CS-006 read 能办 as the paper delivered)
    "电工证可以免考吗？正常不行，不过我们能办复审，咨询电话 0571-86223344",
    # a job post's stand-in with its own number, and a renewal named after the straw man
    "锅炉房招聘代班师傅两名，需持司炉证上岗，日结工资，电话 13900002222",
    "说电工证免考的都是骗子，我们这复审也不用考，电话 0571-86223344",
    "说焊工证不用考的都是骗子，我们这儿不考试就不发证，电话 0571-86223344",
    # the lawful route after the way or the help word, the marks earned
    "当然不能，不过我们有门路：报名参加培训，本人去考点考试，成绩合格后发证",
    "焊工证能免考吗？不行，不过我们有办法帮你考过：报名培训后本人考试，考前老师带着练习",
    # the class verdict confirmed, and the straw man over 包过程
    "不用考就拿证的都是假证？是的，全是假证，大家别上当",
    "说包过的全是骗子，我们学校包过程辅导，考试结果靠自己",
]


@pytest.mark.parametrize("text", _SILENT)
@pytest.mark.parametrize("packs", EVERY_PACK)
def test_lawful_lines_next_to_review92_and_review93_stay_silent(det, text: str, packs) -> None:  # type: ignore[no-untyped-def]
    assert_silent(det, text, packs)


# Sellers the two rounds' excuses let go, read by the rules of one pack and with every pack on.
_SELLERS: list[tuple[str, list[str], str]] = [
    # a first issue or a holder with no paper beside the renewal word (CS-201 was excused by 须本人)
    ("焊工证新办复审都不用考，须本人提供照片即可，三天出证", CERTS, "certificate_sale"),
    ("电工证没有也能补办，不用考试，须本人上传照片即可", CERTS, "certificate_sale"),
    # ... and the renewal's own sellers still sell
    ("焊工证复审换证都不用考，不用本人到场，签个字就行，加v hg_2231", CERTS, "certificate_sale"),
    ("叉车证复审不用考试，须本人上传照片即可，三天出证，加v cc_3301", DEFAULT, "certificate_sale"),
    # the class verdict rebutted by the writer
    ("说不用考就拿证的全是假证，那是你没遇到我，扣1私你", DEFAULT, "certificate_sale"),
    # the lawful route worn over a cheat
    ("当然不能，不过我们有门路：报名参加培训，本人考试时戴个耳机就行", TRAINING, "exam_fraud"),
    ("免考不行，不过我们有办法帮你考过：报名培训后本人考试，交白卷也能过", DEFAULT, "exam_fraud"),
    (
        "叉车证能免考吗？不能，但我们有路子：先报名上课，本人参加考试，分数我们负责",
        TRAINING,
        "exam_fraud",
    ),
    # the stand-in as 代办's sound-alike before the skip
    ("代班师傅焊工证一条龙，不用考，三天拿证", DEFAULT, "certificate_sale"),
    ("焊工证代班的师傅，免考直接拿，私聊", DEFAULT, "certificate_sale"),
    # the straw man of the skip, then the writer's own
    ("说电工证能免考的都是骗子，只有我们这儿才是真免考，加v dg_5512", DEFAULT, "certificate_sale"),
    ("说焊工证不用考的都是骗子，我们这就不用考，加v hg_3390", DEFAULT, "certificate_sale"),
]


@pytest.mark.parametrize(("text", "packs", "category"), _SELLERS)
def test_sellers_next_to_them_sell(det, text: str, packs, category: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, category, packs)


@pytest.mark.parametrize(("text", "_packs", "category"), _SELLERS)
def test_sellers_next_to_them_sell_with_every_pack(det, text: str, _packs, category: str) -> None:  # type: ignore[no-untyped-def]
    assert_sells(det, text, category, ALL)


def test_renewal_excuse_of_cs006_breaks_on_the_sellers_call(det) -> None:  # type: ignore[no-untyped-def]
    """The bare trade's 能办复审 after the skip, then the seller's call: CS-006 still names it."""
    assert_sells(det, "焊工证免考，我们能办复审，加v hg_5521", "CS-006", DEFAULT)


def test_skip_straw_man_answered_by_a_pass_sells_no_skip(det) -> None:  # type: ignore[no-untyped-def]
    """The skip said and judged, then the writer's own pass (not its skip): the pass is sold, the
    skip is still the verdict's, so no certificate-sale finding."""
    text = "说焊工证不用考就拿证的都不靠谱，我们中心承诺包过，考不过退费，电话 13800001111"
    assert_sells(det, text, "guarantee_promise", ALL)
    assert_silent(det, text, ALL, of="certificate_sale")
