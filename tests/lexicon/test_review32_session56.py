"""Session 56, review32: a second reading of fa9's and packs7's round-61 fixes. Sentences written
for this file (not any held-out line, nor the rules' fixtures).

- ``stance._debunked_before``: a rumour *asked* about (买证是谣言？其实…; “免考是谣言”？真相是：…) is
  the seller's hook, the writer about to refute the verdict, not a debunker setting facts against
  it: the candidate after the turn stays the seller's. A debunker's own verdict (…是谣言，其实…)
  still reads as report.
- ``stance._debunked_before``: a candidate reaching across the turn (焊工证不用考就能拿是谣言，其实证
  书全国联网可查: the rumour's certificate name and the debunker's 全国联网可查 in one multi-point
  span) is the debunker's too.
- ``silence._own_breaker``: fa9's ``_PASS_DENIED`` and review30's ``_DENIED_PROMISE`` are one
  pattern read one way: a denied promise (不包过, 不免考) carries over no comma list (不免考，下证快
  — the 下证 is the seller's own, as after 不包过), and a modal before 保证 / 承诺 (不能保证包过,
  无法保证包过) denies it as 不保证 does, so the bounded free re-study (GP-104) stays silent.
- The flash's verdict after a rumour's question (电工证不用考就能拿？假的！) is read again
  (``report:辟谣``): fa9's debunking turn had taken the module name ``stance._DEBUNKED`` of the
  session-37 pattern and, defined later, shadowed it.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "“考证不用考试是谣言”？真相是：不用考试，直接拿证，全国联网可查，私信了解",
        "都说焊工证能买是谣言？事实上免考直接拿证，高压电工证也能办，全国可查，有意者私聊",
        "谁说花钱办证是假消息？实际上电工证不用考试直接下证，全国联网可查，需要的私信",
    ],
)
@pytest.mark.parametrize("packs", [SPECIAL, ALL])
def test_rumour_asked_then_offer_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "网传“焊工证不用考就能拿”是谣言，其实证书全国联网可查，假证一查便知，请到应急管理局指定机构报名考试",
        "有帖子说高压电工证交钱就能拿，这是谣言。实际上证书全国联网可查，请通过正规培训机构报名",
        "“登高证可以直接买”纯属谣言，事实上证书信息全国统一查询，假证一查便知",
    ],
)
@pytest.mark.parametrize("packs", [SPECIAL, ALL])
def test_debunker_across_the_turn_stays_silent(det, text: str, packs: list[str]) -> None:
    assert not categories(det, text, packs)


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        # the denial governs the one promise it stands before; the next is the seller's own
        ("符合条件的无需本人到场，不免考，下证快", True),
        ("符合条件的无需本人到场，不包过，下证快", True),
        # each denied promise, whichever pattern once read it
        ("符合条件的学员不免考、不包过", False),
        ("无法保证包过", False),
        ("包过拿证", True),
    ],
)
def test_denied_promise_one_reading(text: str, broken: bool) -> None:
    from lexicon.silence import _own_breaker

    assert _own_breaker(text, 0, len(text), ["免考", "包过", "下证"]) is broken


@pytest.mark.parametrize(
    "text",
    [
        "不能保证包过，第一次没过的可免费跟下一期再学一遍，报名电话13912345678",
        "无法保证包过，考试没过的学员可以免费重学一次，报名电话13912345678",
    ],
)
def test_modal_denial_of_pass_breaks_no_retake(det, text: str) -> None:
    assert "GP-104" not in rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "保证包过，第一次没过的可免费跟下一期再学一遍，报名电话13912345678",
        "能保证包过，考试没过的学员可以免费重学一次，报名电话13912345678",
    ],
)
def test_bare_pass_promise_still_breaks_retake(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "学信网可以查到的才是真学历，谨防花钱买证，用人单位请通过官方渠道核验",
        "证书到手了，谢谢各位老师！需要的朋友可以去人社局官网报名，考试不难",
    ],
)
def test_packs7_lawful_shapes_stay_silent(det, text: str) -> None:
    assert not categories(det, text, CERTS)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("电工证不用考就能拿？假的！证书须经培训考核合格后由应急管理部门颁发", "电工证不用考"),
        ("焊工证能花钱直接买吗？谣言！特种作业操作证必须参加培训考试", "焊工证能花钱直接买吗"),
    ],
)
def test_flash_verdict_after_question_still_read(det, text: str, word: str) -> None:
    # fa9's debunking turn once shared the session-37 verdict pattern's module name and shadowed
    # it: the flash's verdict right after the rumour's question mark went unread
    at = text.index(word)
    assert "report:辟谣" in det._stance.judge(text, at, at + len(word), []).cues
