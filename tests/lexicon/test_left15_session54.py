"""Session 54, left15: seller shapes earlier rounds left silent (holdout172 measures them).
Sentences written for this file (not the holdout172 lines).

- A shop's yes that waives a lawful step before asking for the papers (店主：能，免体检，照片发我),
  or gives its yes and the rest on two lines under the same label, lifts the buyer's 能办吗
  (``silence._YES_THEN_DOCS``); a lone ``v`` after a Chinese clause mark before an id with a digit
  is a WeChat key (``contacts._WECHAT_KEY``).
- A short answer spaced out (答：包 的) is read as the promise (``stance._promise_yes``); a
  no-pass-no-fee term glued to 不包过 (不包过不收费) is the seller's promise, no denial
  (``stance._ANSWER_DENIES``, ``stance._SHORT_PROMISE``).
- 不做口头承诺，直接签合同保过 trades a word for a contract (``silence._NOT_DONE_BOAST``); a rival's
  promise debunked and then the writer's own put in a contract or kept for its dearer class
  (``context._pledges_in_writing``, ``context.pledge_turn``).
- A renewal question answered by a waiver that names its step, or by the payment and then the
  skip (``stance._waived_for_pay``).
Honest shops, schools that disclaim and say what the course is, lawful renewal agents and
reports stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, categories


@pytest.mark.parametrize(
    "text",
    [
        "问：制冷证能办不\n掌柜：能，免体检，照片发过来，微信 zl_6060",
        "问：高压电工证还能办吗？\n店主：可以的，不用培训，身份证发我，vx gy_3131",
        "问：熔化焊证可以办吗\n店家：能，不用体检，资料发过来，v rh_2929",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_yes_waiving_a_step_then_papers_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：健康证还能弄吗？\n卖家：能，不用体检，照片发我，v jkz_5151",
        # the yes and the rest on two lines under the same label: the special-ops pack's CS-001
        # still finds no candidate across the second label (left alone), the certificates pack does
        "问：登高证能办吗\n客服：能的\n客服：免体检，资料发我，微信 dg_7171",
    ],
)
@pytest.mark.parametrize("packs", [CERTS, ALL])
def test_yes_waiving_a_step_sells_in_certificates_pack(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：低压电工证包过吗\n答：包 的，私聊",
        "问：焊工证能包过吗？\n客服：包 过，加v hg_4242",
        "问：高处作业证包过吗\n答：不包过不要钱，加微信",
        "问：电工证保过吗？\n回复：不保过不收费，v我",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_spaced_and_no_fee_answers_promise(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "别听别人吹的包过，我们焊工证签协议保过，没过一分不收",
        "外头那种嘴上保过都是空话，我家电工证合同写明保过，考不过全额退",
        "答：不做口头承诺，焊工证直接签合同保过，加微信",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_own_pledge_in_writing_after_debunk_or_denial(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


def test_dearer_class_promise_after_disclaimer_in_training_pack(det) -> None:
    text = "本机构不承诺通过率，不过报签约班的包拿证，考不过免费重读"
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证换证要体检吗？\n答：不用体检，付了款就行",
        "问：电工证复审麻烦吗\n答：不麻烦，转了账就行，不用复审培训",
    ],
)
def test_renewal_waived_for_payment_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        # honest shops and schools
        "问：制冷证能办吗\n掌柜：可以的，要本人参加培训和考试，资料发过来帮你预约",
        "问：登高证能办吗\n客服：可以的\n客服：复审要参加培训和考试，资料发我帮你报名",
        "问：低压电工证包过吗\n答：包 不了，考试要本人考",
        "问：焊工证包过吗\n答：不包过不退费，认真学习问题不大",
        "问：电工证能保过吗？\n答：不做承诺，直接报名参加培训，考试合格才发证",
        "答：不做承诺，签合同只约定课时和教学内容",
        "别听别人的，我们签的协议只写课时，不写考试结果",
        "别信网上的包过，我们不签保过协议，考试看自己",
        "本机构不承诺通过率，不过报强化班的多两天实操练习",
        "我们不承诺通过，报协议班的学员考不过可以免费重学一期",
        # lawful renewal agents
        "问：叉车证换证要体检吗？\n答：要的，付款后到指定医院体检",
        "问：电工证复审麻烦吗\n答：不麻烦，交费后参加一天复审培训和考试",
        "问：焊工证复审要培训吗\n答：不用培训的说法不对，付款后要参加八学时培训",
        # reports
        "暗访中，客服称“不包过不要钱，加v”，律师指出这是以退费为诱饵的虚假宣传",
        "警方提醒：声称签协议保过的都是骗局，我们将依法打击",
    ],
)
def test_honest_answers_and_reports_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("text", "wechat"),
    [("资料发我，v jk_2626", True), ("好的，v something else", False)],
)
def test_lone_v_after_clause_mark(text: str, wechat: bool) -> None:
    from lexicon.contacts import contact_spans
    from lexicon.normalize import normalize

    assert bool(contact_spans(normalize(text).text)) is wechat


@pytest.mark.parametrize(
    "text",
    [
        "大家都说不考试拿证是骗人的，其实不然。登高证 免考 包下证",
        "很多人讲焊工证免考是谣言，事实上不是。焊工证 不用考 直接出证",
        "别听人讲免考是假的，真有门路。电工证 不去考场 包拿证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_rumour_refuted_by_the_seller_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "网上说叉车证不考试就能拿是谣言，请以应急管理部门发布为准",
        "都说免考拿证是骗人的，确实如此，请到正规培训机构报名考试",
        "都说免考拿证是骗人的，其实不然，比骗人更严重的是违法，请到正规机构报名考试",
        "网传登高证免考是谣言？其实不是！这是一条违法产业链，警方已抓获三名嫌疑人",
        "都说不考试拿证是假的，其实是真的。记者暗访发现有中介收费后直接出具焊工证，已被查处",
    ],
)
def test_rumour_busting_and_reports_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()
