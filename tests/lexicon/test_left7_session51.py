"""Session 51, left7: leftovers of rounds 44-46 (holdout156 measures them). Sentences written for
this file (not the holdout156 lines).

- A seller's own 不做 that boasts (不做不像的, 不做题) is no warning (``silence._NOT_DONE_BOAST``),
  and 不做题 before the next waiver of the list is its sibling, not its negation
  (``context.negation_before``).
- A refusal of one trade word with a space for its comma (不搞代办 包过拿证) ends where the comma
  would (``context.spaced_refusal``); a school's list that refuses on stays silent.
- A shop's own question-and-answer list (问：…靠谱吗？答：可查 … 加v) answers its own question
  (``silence._FAQ_YES_CALL``); a regulator's answer says no or sends the reader to an office.
- A print shop's award words no longer excuse a paper of the state beside them (FC-209 / FC-212
  ``unless_broken_for``: 登高证, 叉车证, 安全员证, 结婚证, 驾驶证, 健康证).
- 不接 right before the trade word refuses it (不接代考，…须本人考试: ``context._NEG_NEAR``).
- A seller's apology for the wait before its yes (不好意思刚看到 能做的哦) is no refusal
  (``stance._APOLOGY_YES``); an apology before a no, or before what the shop does instead, is.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, categories, rule_ids

# --- 1. a seller's boasting 不做 ---


@pytest.mark.parametrize(
    "text",
    [
        "总有人问我学位证能不能做，我说能，钢印一比一，不做不像的，加v xw_2020",
        "叉车证不做题不考试，直接拿证，加v cc_2020",
        "高处作业证 不做题 不用到场 三天出证 加v gc_7788",
    ],
)
def test_a_sellers_boasting_not_done_is_flagged(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "学员别想着不做题就能过，理论考试必须自己上机答题，考试合格才发证。",
        "本店不做不合法的证件，毕业证一律不接。",
        "有人问我能不能做个学位证，我说这种东西我们不做，犯法的。",
    ],
)
def test_a_real_not_done_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 2. a refusal of one trade word, a space for its comma ---


def test_a_spaced_refusal_before_the_promise_is_flagged(det) -> None:
    assert "guarantee_promise" in categories(det, "不搞代办 包过拿证 微信 bg_2020", ALL)
    assert "guarantee_promise" in categories(det, "不走中介 包过拿证 私我", ALL)
    # 不做 is a warning word too: the space ends its refusal before the paper and the promise
    assert "guarantee_promise" in categories(det, "不做代办 叉车证包过拿证 微信 cc_8080", ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我们不搞代办 不包过 焊工证考试合格发证 报名 0571 1111 2222",
        "本中心不做代办 不承诺包过 电工证须本人参加考试 咨询 0571 2323 4545",
        "正规培训 不做代办 焊工证不包过 考试合格后发证 咨询 139 0000 1111",
    ],
)
def test_a_schools_spaced_refusal_list_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 3. a shop's own question-and-answer list ---


@pytest.mark.parametrize(
    "text",
    [
        "问：登高证靠谱吗？答：官网可查，放心用，加v dg_5151",
        "问：电工证靠谱吗？答：可查，私我",
    ],
)
def test_a_shops_own_faq_is_flagged(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "问：网上说不用考就能拿焊工证，靠谱吗？答：不靠谱，焊工证须考试合格才发放，请到正规机构报名。",
        "问：网上买的电工证靠谱吗？答：可以到应急管理部官网查询真伪，举报电话12350",
        "问：焊工证能代办吗？答：可以报名培训，考试合格后发证，咨询电话 0571 3333 4444",
    ],
)
def test_a_regulators_or_schools_answer_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


# --- 4. award words beside a paper of the state ---


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("荣誉证书 叉车证 可加钢印 私聊 v123", "FC-209"),
        ("奖状 健康证 钢印 有货 加v jz_11", "FC-212"),
    ],
)
def test_an_award_beside_a_state_paper_no_longer_excuses_it(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, CERTS)


def test_a_print_shops_awards_stay_silent(det) -> None:
    assert not categories(det, "荣誉证书 聘书 奖状 定制 可加钢印 公司年会用 加微 ys_2020", ALL)


# --- 5. 不接 right before the trade word ---


@pytest.mark.parametrize(
    "text",
    [
        "不接代考，叉车证须本人参加培训考试，报名电话 0571 2222 3333",
        "我们不接代考，焊工证学员本人到场考试，欢迎报名",
    ],
)
def test_a_schools_refused_proxy_stays_silent(det, text: str) -> None:
    assert "exam_fraud" not in categories(det, text, ALL)


def test_a_proxy_offer_is_still_flagged(det) -> None:
    assert "exam_fraud" in categories(det, "接代考 叉车证理论 包过 加v dk_3434", ALL)


# --- 6. the seller's apology before its yes ---


@pytest.mark.parametrize(
    "text",
    [
        "顾客：本科毕业证能做吗\n卖家：不好意思久等了 能做的哦 学信网能查",
        "买家：焊工证能办吗\n客服：抱歉刚看到 可以的亲 不用考 三天出证",
    ],
)
def test_an_apology_before_the_yes_is_flagged(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "顾客：学位证能做吗\n客服：不好意思亲 能做的是证件照 学位证不做",
        "顾客：毕业证能做吗\n客服：不好意思亲 我们不做证件 只拍证件照哦",
    ],
)
def test_an_apology_before_the_no_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
