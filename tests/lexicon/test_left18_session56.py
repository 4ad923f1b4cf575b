"""Session 56, left18: sellers earlier rounds found silent and left alone (holdout177 measures
them). Sentences written for this file (not the holdout177 lines).

- A shop's yes alone on its labelled line and the skip on the next line under the same label
  (客服：能\n客服：不用考…) vouches as one turn (``silence._CHAT_YES_AFTER``); a refusal or the
  lawful route on the second line stays silent.
- A reissue question (补办, 补证, 补发) answered with the step waived for the money alone
  (不用跑，钱到位就行) is a sale (``stance._ERRAND_REISSUE`` read only by ``_waived_for_pay``,
  with 钱到位 / 款到了 as payment); a lawful reissue answer stays silent.
- A bare "v id" before an id with a digit is a WeChat key (``contacts._WECHAT_KEY``).
- The buyer's doubt (是真的吗, 靠谱吗, 能办不) answered by the writer denying the fraud and going
  on in its own name (``silence._DOUBT_DENIED_OWN``), or by the shop quoting its own boss's skip
  (``silence._BOSS_SAID_SKIP``), is the seller's hook; a victim's 结果是骗局 and a reporter's
  该店老板对记者说 stay silent.
- A forger's own verbs (可伪造, 代做, 定做, 专供) keep its 求职 from reading as a job seeker's words
  (``stance._JOB_SELLS``); a report and a real job seeker stay silent.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import contact_spans
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, DEFAULT, categories


@pytest.mark.parametrize(
    "text",
    [
        "买家：叉车证能办吗\n客服：能\n客服：不用考，四天出证",
        "顾客：高压电工证可以办吗\n店家：可以的\n店家：免考，直接拿证",
        "买家：熔化焊证能办吗\n掌柜：能办\n掌柜：不用培训，一周拿证",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_yes_then_skip_on_next_labelled_line_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "买家：叉车证能办吗\n客服：能\n客服：先报名培训，考试合格后由发证机关发证",
        "买家：高压电工证能办吗\n客服：能办\n客服：免考不可能，必须本人参加考试",
        "顾客：焊工证可以直接办吗\n店家：不可以\n店家：要本人上课考试，我们只做培训",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_shop_second_line_keeping_the_exam_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证补办要去现场吗\n客服：不用跑，钱到位就行",
        "问：高压电工证补证需要本人来吗\n卖家：不用来，款到了就行，四天寄出",
        "问：焊工证补发要去考点吗\n答：不用去，转了账就行",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_reissue_waived_for_pay_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "问：叉车证补办要去现场吗\n答：需要持证人本人到发证机关窗口申请补办",
        "问：高压电工证补办要去吗\n客服：不用跑，登录政务服务网在线申请就行",
        "问：焊工证补办要交钱吗\n答：补办不收费，本人带身份证到考点办理即可",
        "问：叉车证补办要重新培训吗\n答：不用，交了费到发证机关申请就行",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_lawful_reissue_answer_stays_silent(det, text: str, packs: list[str]) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("资料发我，v id kz_4417", "kz_4417"),
        ("v id: gc_9020", "gc_9020"),
        ("咨询 v id hz_3381", "hz_3381"),
    ],
)
def test_bare_v_id_is_a_wechat_key(text: str, wanted: str) -> None:
    flat = normalize(text).text
    assert any(wanted in flat[a:b] for a, b in contact_spans(flat))


@pytest.mark.parametrize("text", ["the v id card was lost", "，v id abc", "vivid colours"])
def test_v_id_without_an_id_is_no_key(text: str) -> None:
    assert contact_spans(normalize(text).text) == []


@pytest.mark.parametrize(
    "text",
    [
        "免考叉车证靠谱吗？绝对不是骗局，老学员都拿到了，微信 cc_3318",
        "焊工证不考试能拿证是真的吗？确实不是骗局，我们做了八年，电话13512347788",
        "高压电工证能办不？我家老板说了，不用考也能办，加v gy_6605",
        "叉车证能办不？老板说了免培训五天出证，电话13612348899",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_doubt_answered_by_the_seller_sells(det, text: str, packs: list[str]) -> None:
    assert "certificate_sale" in categories(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "免考叉车证靠谱吗？我亲身经历，结果是骗局，付款后就被拉黑了",
        "焊工证不考试能拿证是真的吗？民警提醒，这就是骗局，切勿轻信",
        "高压电工证能办不？该店老板对记者说不用考也能办，目前已被警方查处",
        "叉车证能办不？老板说了，必须本人参加培训和考试",
    ],
)
@pytest.mark.parametrize("packs", [DEFAULT, ALL])
def test_doubt_answered_by_a_victim_or_reporter_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    assert categories(det, text, packs) == set()


@pytest.mark.parametrize(
    "text",
    [
        "可伪造专科学历，求职专用，微信 zk_5530",
        "毕业证书定做，找工作求职都能用，电话13912346677",
        "代做硕士学位证，专供求职，加v ss_7720",
    ],
)
def test_forger_selling_for_job_seekers_sells(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "一女子伪造学历用于求职，被用人单位识破后报警",
        "有高压电工证和焊工证，可做水电安装，求职，电话13712349090",
        "本人做财务多年，可代做账，求职 微信 cw_2231",
    ],
)
def test_job_seeker_and_report_stay_silent(det, text: str) -> None:
    assert "fake_certificate" not in categories(det, text, ALL)
