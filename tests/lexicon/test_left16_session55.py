"""Session 55, left16: seller shapes earlier rounds left silent (holdout174 measures them).
Sentences written for this file (not the holdout174 lines).

- A short pass promise followed in its sentence by its stock disclaimer (不是骗局, 非骗局, 认准本店，
  谨防假冒): the disclaimer vouches for the writer's own unquoted promise and no longer silences it
  when the line sells (``context._promise_disclaimed``); a bare 谨防假冒 or 不是骗局 with no such
  promise before it, a report's 所谓 / 有人说, a quotation, a question stay anyone's word.
- A refund-on-fail term glued to the 不过 of an answer (答：不包过全额退款; 考不过全退; 没过退全款)
  is the seller's promise, no denial (``stance._NO_FEE_TERM``).
- A lone 我 taking the sanction in the pledge's formal words and the pass promise right after
  (按作弊处理的风险由我承担，焊工证包过) is the seller's (``silence._BORNE_THEN_PROMISE``); a
  candidate's pledge (责任由我承担，并接受…) keeps its warning.
- The paper sold for the money alone (付款就行, 打完款就行) is a CS-001 sale word
  (``terms/paid_only``), and a shop's own label (客服：, 店主：) on the renewal waiver for the money
  is read as 答： is (``stance._SHOP_ANSWER_LABEL``).
- A QQ number closed by a full stop stays the seller's contact when the seller's own words follow;
  an English report's next sentence about it (It was …, Police …) reads none (``contacts._QQ``).
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories


@pytest.mark.parametrize(
    "text",
    [
        "焊工证考试稳过，真不是骗局，加微 hg_1717",
        "低压电工证保过，认准小店，谨防冒充，v dy_3838",
        "制冷与空调作业证包过！并非骗局，私我详聊",
        "高压电工证一次稳过 谨防山寨 vx gy_2525",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_promise_with_disclaimer_sells(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


def test_promise_with_disclaimer_in_training_pack(det) -> None:
    text = "一级建造师包过，绝不是骗局，认准我们，加v yj_4646"
    assert "guarantee_promise" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # a regulator's and a school's own 谨防假冒 / 骗局
        "应急管理局提示：认准官方报名渠道，谨防假冒考试网站，证书以官网查询为准",
        "本校郑重声明：认准本校唯一报名电话，谨防假冒，本校从不承诺包过",
        # the promise reported or asked about, not made
        "有人说焊工证稳过，不是骗局，让我加v，大家觉得靠谱吗",
        "所谓“电工证包过，不是骗局”，全是骗子的话术，谨防上当",
        "焊工证能稳过是不是骗局？请以应急管理部门公布的考试安排为准",
        # a school's no, then its own anti-fake line
        "问：电工证包过吗\n答：不包过，认准本校官方账号，谨防假冒",
    ],
)
def test_disclaimers_that_are_anyones_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：高压电工证包过吗\n答：不包过全额退款，加v gy_6161",
        "问：焊工证稳过吗？\n客服：考不过全退，加微信",
        "问：低压电工证保过吗\n店主：没过退全款，私我",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_refund_on_fail_answer_is_a_promise(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：焊工证包过吗\n答：不包过，也不退款，考试合格才发证",
        "问：高压电工证包过吗\n答：不包过。未开课可申请全额退款，开课后按课时退",
        "网上有店说电工证“不包过全额退款”，市监局认定为虚假宣传，已立案调查",
    ],
)
def test_school_refund_terms_and_reports_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "按作弊处理的风险由我承担，低压电工证包过，微信 dy_9292",
        "被抓的后果由我负责，焊工证稳过，扣 55661234",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_risk_taken_in_pledge_words_then_promise_sells(det, text: str, packs: list[str]) -> None:
    assert "guarantee_promise" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "考生承诺：遵守考场纪律，如有替考，按作弊处理的责任由我承担，并接受取消成绩的处理。",
        "本人已知悉考试规定，被查处的一切后果由我承担。考生：张某 联系电话 138 1234 5678",
        "法院查明，被告人对考生称“按作弊处理的风险由我承担，包过”，以组织考试作弊罪判处其刑罚",
    ],
)
def test_candidates_pledges_and_reports_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：高压电工证复审要本人去吗\n店主：不用去，付款就行，三天到手",
        "问：焊工证换证需要培训吗\n客服：不需要培训，转完账就行",
        "低压电工证到期不用复审，打完款就行，加v dy_5757",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_paper_for_the_money_alone_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：电工证复审付款就行吗？还要去考点吗",
        "问：焊工证复审要本人去吗\n客服：要本人去，付款后参加8学时培训和考试",
        "记者暗访，对方称焊工证“不用去，付款就行”，该证件经核查系伪造，警方已立案",
        "问：登高证年审要去吗\n店主：要去的，不能只付款，复审要参加培训",
    ],
)
def test_lawful_renewal_and_reports_on_payment_stay_silent(det, text: str) -> None:
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("电工证免考 qq群 73829104. 加群领资料", "73829104"),
        ("焊工证直接拿 QQ 58203917. add me for details", "58203917"),
        ("QQ 49102837. This is my only account, add me", "49102837"),
    ],
)
def test_qq_before_a_full_stop_is_read(text: str, number: str) -> None:
    flat = normalize(text).text
    assert any(number in flat[a:b] for a, b in contact_spans(flat))


@pytest.mark.parametrize(
    "text",
    [
        "Officers said QQ group 73829104. It was used to sell fake welding certificates.",
        "The seller used qq 58203917. Police have closed the account.",
    ],
)
def test_qq_closing_an_english_report_sentence_is_not_read(text: str) -> None:
    flat = normalize(text).text
    assert contact_spans(flat) == []
