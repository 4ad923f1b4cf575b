"""Session 48, lead: the trade's colloquial promise under an office's signs.

An office's renewal notice sends the holder to its counter and gives its landline, and says
无需参加考试 or 免于考核 as procedure. A page that wears the service centre's signs (窗口告示,
政务服务中心, 携带身份证到窗口) and promises 免考 or 包过 in the buyer's words sells, landline
or not. An office notice in its own words stays silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "政务服务中心窗口告示：电工证复审免考，携带身份证到窗口，当天领证 咨询 0531-8866 2046",
        "窗口告示：焊工证包过，携带身份证到3号窗口报名，咨询 0531-8866 2046",
        "政务服务中心办事指南：高处作业证直接拿证，持原证到窗口登记，电话 0531-8866 2046",
    ],
)
def test_colloquial_promise_under_office_signs_sells(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith(("CS-", "GP-"))}


@pytest.mark.parametrize(
    "text",
    [
        "【窗口告示】特种作业操作证复审免考核的，持原证到18号窗口办理，电话 0531-6618 2201。",
        "政务服务中心办事指南：特种作业操作证遗失补办无需参加考试，携带身份证到窗口申请，"
        "电话 0531-6618 2201。",
        "【窗口告示】有人冒充本窗口发布“电工证免考包过”的消息，系诈骗，请勿轻信。"
        "电话 0531-6618 2201。",
    ],
)
def test_office_notice_in_its_own_words_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_office_guide_same_day_issue_once_papers_are_complete(det) -> None:
    # 材料齐全的当天出证 is the office's condition for a replacement, not a seller's speed
    text = "【办事指南】焊工证补证：材料齐全的当天出证。办理地点：政务服务中心8号窗口，电话 0531-6618 2201"
    # nor does the learned scorer take the sentence the exception excused (unless_covers)
    assert not rule_ids(det, text, ALL)
    priced = "焊工证补证：材料齐全的当天出证 价格便宜 13812345678"
    assert "CS-001" in rule_ids(det, priced, ALL)
    # the seller's call or promise beside it breaks the exception
    sold = "叉车证补证 材料齐全的当天出证 不用考试 加v fs2046"
    assert {i for i in rule_ids(det, sold, ALL) if i.startswith("CS-")}


@pytest.mark.parametrize(
    "text",
    [
        "高处作业证不去考场能拿吗 可以的 私我",
        "电工证不用上课能办吗？能，加v dg2046",
        "不得不说，这家的焊工证办得快，不用考试，v：dg2046",
    ],
)
def test_hook_question_answered_by_the_seller_and_everyday_bude(det, text: str) -> None:
    assert {i for i in rule_ids(det, text, ALL) if i.startswith("CS-")}


@pytest.mark.parametrize(
    "text",
    [
        "焊工证不去考场能拿吗？不可以，必须参加考试",
        "网上说焊工证不去考场能拿吗 别信 都是骗子",
        "特种作业人员不得无证上岗，电工证须经考试合格取得",
    ],
)
def test_doubts_and_prohibitions_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_window_sign_found_past_the_original_head_is_kept() -> None:
    # the signs are read on the normalized head, which reaches further than the original head;
    # a 窗口 the original head does not hold is no everyday window (it was dropped, and a
    # regulator's page lost its notice verdict)
    from lexicon.context import page_context

    signs = {"窗口": 1.0, "12350": 1.0, "联系人": 1.0}
    head = "特种作业操作证每3年复审1次。举报电话 12350，联系人：王科长。"
    assert page_context(head, dict(signs), {}, "").reason == "page:notice"
    # the sign stands only in 窗口期: no counter, no notice
    lapsed = head + "证书过期后有三个月的窗口期。"
    assert page_context(lapsed, dict(signs), {}, "").reason is None
    # a counter beside the everyday window keeps the sign
    both = lapsed + "请到3号窗口办理。"
    assert page_context(both, dict(signs), {}, "").reason == "page:notice"


def test_office_posting_the_renewed_card_is_no_delivery(det) -> None:
    office = "特种作业操作证换证：网上提交申请，审核通过后新证邮寄到家，咨询电话 0531-6618 2201"
    assert not rule_ids(det, office, ALL)
    # the seller's call or promise beside the same words breaks the exception
    assert "CS-201" in rule_ids(det, "叉车证 新证邮寄到家 价格优惠 加v fs2046", ALL)
    assert "CS-201" in rule_ids(det, "学位证补办 新证邮寄到家 私聊", ALL)


def test_quoted_lines_skip_blank_lines_with_a_carriage_return() -> None:
    # both readers of a bare quoted ad share one reading of the span's own lines: a blank line
    # between the quoted lines, even one holding only a carriage return, is blank
    from lexicon.frames import quoted_line_neighbours, quoted_run

    text = "执法人员查明的广告内容如下：\n“焊工证不用考 三天出证”\n\r\n“要的加微信 cc_2046”\n该账号已被封禁。"
    lo = text.index("“焊工证")
    hi = text.index("cc_2046") + len("cc_2046”")
    assert quoted_line_neighbours(text, lo, hi) == [
        "执法人员查明的广告内容如下：",
        "该账号已被封禁。",
    ]
    assert quoted_run(text, lo, hi) == (lo, hi)
    # a line that is more than a quotation is no quoted run
    mixed = text.replace("\r", "我们是正规机构")
    hi2 = mixed.index("cc_2046") + len("cc_2046”")
    assert quoted_run(mixed, lo, hi2) is None
    assert quoted_line_neighbours(mixed, lo, hi2) == []


def test_record_answer_line_is_read_within_a_bound() -> None:
    # the answer line's start is looked for within a bound, as the other line readers do: a
    # hostile page without line breaks costs no scan back to its top per candidate
    from lexicon.stance import _record_answer

    short = "询问笔录\n问：你们承诺过什么？\n答：我们跟学员说电工证包过。"
    assert _record_answer(short, short.index("电工证")) == "询问笔录"
    long = "询问笔录\n答：" + "我们当时" * 80 + "说电工证包过。"
    assert _record_answer(long, long.index("电工证")) is None
    assert _record_answer("答：" + "电工证包过" * 100, 400) is None
