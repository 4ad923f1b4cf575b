"""Session 49, left2: the leftovers of rounds 39-40, each tried in sentences written for this file
(not the holdout148 lines).

A seller who disowns the fraud in the news or sets itself apart from "those scammers" and then
sells; a pitch of this year's paper that shrugs off the past years' papers; a seller's "no risk"
(不存在任何风险) read as a notice's denial; an office's renewal at its counter with the old card;
a post ending in a chat-later phrase on a named channel (微信详谈, V信详聊, 详情私); and a
screenshot line standing between the lines of an enforcement report. Their neighbours (victims
relaying the news, honest denials, warnings about leaked papers, job ads, court text written
with Kangxi radicals, inspection records) must stay silent.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, DEFAULT, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        # the kind pointed at with no subject: 不是 … 那种 opens the clause
        "可不是抖音上说的那种骗子，高处作业证不用考试直接发，要的私我 gz_5151",
        # the writer set apart from the word after it
        "请不要把我们和那些骗子相提并论，焊工证免考包拿证，v：hg_4747",
        "本店跟网上那些骗子不一样，制冷证不用考 五天出证 微信 zl_3131",
        # asked not to be taken for it
        "千万别把我们当成骗子，电工证不去考场也能拿，加v dg_2929",
        # the evader's stars between the characters
        "别*把我*们和*那些*骗子*相提*并论，登*高证*不用*考试，加v dg_6464",
    ],
)
def test_the_seller_setting_itself_apart_from_scammers_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a bare 不是骗子 with no subject stays anyone's word
        "不是骗子吗？焊工证不用考试就发证，这种我们工地上好几个人都被坑了",
        # the buyer who was cheated, not the seller
        "我可不是那种骗子的托，我是上当的人，叉车证交了钱说不用考，现在人找不到了",
        # a school setting itself apart from scammers says the exam is needed
        "别把我们和那些骗子混为一谈，本校电工证必须参加培训和考试，不包过",
        # victims relaying the news and saying "our side" was cheated too
        "看报道说网上有人卖叉车证交钱就发，我们这边也有师傅被骗了一千多，大家千万小心",
        "新闻里说有人在群里卖焊工证免考，我们工地也有人上当，提醒各位走正规渠道",
    ],
)
def test_honest_denials_and_victims_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "咱押的全是今年的原题，不是什么往年真题，开考前一晚发你",
        "给的是今年考试的原题，并非往年的题，考前一晚发到你邮箱",
    ],
)
def test_this_years_paper_is_exam_fraud_with_or_without_a_contact(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        # a past year's paper shared for practice (no denial of it)
        "这套是往年真题，考前一晚发给大家再过一遍，今年的题目谁也拿不到",
        # a warning about the pitch
        "有人号称押的是今年原题、不是往年真题，考前一晚发你，这都是骗局",
        "我们的资料只有往年真题，不是押今年原题的那种，靠自己复习",
    ],
)
def test_past_papers_shared_and_warnings_of_leaks_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "本工作室办证不存在任何风险，电工证免考直接拿，微信 dg_7373",
        "登高证不用考试 七天出证 不存在查不到的问题 加v dg_8383",
    ],
)
def test_a_sellers_no_risk_is_no_notice_denial(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "提醒：网上宣称办证不存在风险、零投诉的，都是骗局，电工证必须考试合格才发",
        "本局从未委托任何中介代办焊工证，不存在免考渠道，请勿轻信",
        "所谓“绝非假证、零投诉老店、叉车证免考”的广告均涉嫌违法，请勿购买",
    ],
)
def test_an_offices_warning_still_silences(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "叉车证复审无需考试，请携带旧证到窗口办理，咨询电话 0755-81112222",
        "电工证换证不用重新考试，持原证到窗口办理即可，电话 020-83334444",
    ],
)
def test_the_offices_renewal_at_its_counter_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the counter without the old card: a fake office's pick-up
        "行政服务中心（代办点）：叉车证不用考试，到窗口领就行，电话 135 6677 0011",
        # the counter worn by a seller who names its price
        "电工证到期 不用考试 带旧证到窗口交钱就行 价格优惠 电话 0531-81234567",
        # a landline seller asking for the old card
        "焊工证过期换新 不用考试 把旧证带过来就行 电话 0371-65432100",
    ],
)
def test_a_seller_asking_for_the_old_card_still_sells(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证 查得到的和查不到的都有 价位不同 微信详聊",
        "电工证 入库的不入库的都能做 v信详谈",
        "高处作业证 上网的和不上网的都有 详情私",
    ],
)
def test_a_chat_later_ending_is_the_sellers_call(det, text: str) -> None:
    assert "CS-224" in rule_ids(det, text, DEFAULT)


@pytest.mark.parametrize(
    "text",
    [
        "诚聘焊工两名 须持有效焊工证 薪资微信详谈",
        "电工证考前培训 报名后参加理论和实操考试 学费私信详谈",
        "谁知道叉车证在哪里报名？知道的私信详谈，谢谢",
    ],
)
def test_job_ads_and_questions_ending_in_chat_later_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # court text with Kangxi radicals (⼈ U+2F08, ⼤ U+2F24)
        "经审理查明，被告⼈赵某在网络上发布广告，内容⼤致为：焊工证不用考试，交钱就能拿。",
        "本院认为，被告⼈孙某出售伪造的特种作业操作证二十余本，其行为已构成犯罪。",
    ],
)
def test_court_text_in_kangxi_radicals_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # a screenshot line between lines that report
        "执法检查情况通报\n经查，该账号长期发布办证信息。\n截图显示：叉车证免考，加微信 cc_2468\n"
        "该账号已被封禁，线索已移送公安机关。",
        "某县应急管理局通报\n页面显示：电工证不用考试直接拿证，加微信 dg_1357\n"
        "以上信息已删除，当事人已被立案调查。",
        # an inspection record's question and answer
        "现场检查记录\n问：你这个焊工证是怎么来的？\n答：网上找人办的，加了对方微信，没考试就寄来了。",
        "执法人员发现，该店商品详情页写有：登高证免考、五天出证。客服在咨询中回复：不用本人考试。",
    ],
)
def test_enforcement_records_quoting_the_seller_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the seller's own heading above its screenshot line, its call below
        "学员好评\n截图显示：焊工证五天就到手了\n焊工证免考 加微信 hg_9753",
        "截图显示：电工证免考，加微信 dg_8642",
    ],
)
def test_a_sellers_own_screenshot_line_still_sells(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, ALL)
