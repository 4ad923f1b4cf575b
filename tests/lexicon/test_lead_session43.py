"""Coverage checks of session 43 (lead), in the project's own words.

A seller who wears a notice's title spaces it out (关 于 … 的 通 知 ：不用考试 三天出证 联系…)
to break keyword filters: the warning word 通知 was still read through the spaces, but the test
that the title is worn over a sale compared the spaced text with the unspaced title, so the
notice silenced the sale. The title is now read without its spacers; an office's spaced notice
(复审, 打击代办) stays a notice.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, categories


@pytest.mark.parametrize(
    "text",
    [
        "关 于 电 工 证 办 理 的 通 知 ：不用考试 三天出证 联系13512345678",
        "关·于·焊·工·证·换·发·的·通·知：交钱即可 官网可查 微信 hgz2026",
        "通 知 ：本月登高证代办 不用去考 名额有限 私聊 v：dg8899",
    ],
)
def test_a_spaced_out_notice_title_over_a_sale_is_an_offer(det, text):
    assert "certificate_sale" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "关 于 2026 年 电 工 证 复 审 的 通 知：请持证人员于12月前参加复审培训，咨询电话 0571-88886666",
        "关 于 开 展 打 击 代 办 电 工 证 违 法 行 为 的 通 知：凡宣称不用考试、三天出证的均为诈骗，举报电话12350",
        "通 知：本中心焊工证考试安排如下，请考生携带身份证参加，联系电话 13512345678",
    ],
)
def test_an_offices_spaced_out_notice_stays_silent(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the fee made conditional on the pass: the refund's promise turned round
        "人力资源管理师 考前培训 通过才收费",
        "一建冲刺班 考过再收费 名额有限",
        # the seller's predicted paper with its hit rate
        "初级会计 押题班 命中率90%",
    ],
)
def test_pay_after_the_pass_and_the_predicted_papers_hit_rate_are_training_ad_findings(det, text):
    assert categories(det, text, ALL) & {"guarantee_promise", "exam_fraud"}


@pytest.mark.parametrize(
    "text",
    [
        "听说有机构承诺通过才收费，其实是骗局",
        "他们说通过才收费，我就报了，结果没过也没退",
        "押题班命中率高吗？想报一个",
    ],
)
def test_the_same_words_reported_or_asked_stay_silent(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the forger's boast of its workmanship, without a contact: four half-cues make the seller
        "各类证本 原版纸张 凹凸钢印 紫光灯下有荧光 编号官网对得上",
        "二手证件外壳加内页 结婚证 房产证 都有 可以照你的信息重新打 钢印齐全 成色全新",
        "丢了电工证？重新做一张，样子和原证一样，扫码能显示",
    ],
)
def test_a_forgers_boast_of_its_workmanship_is_an_offer(det, text):
    assert "fake_certificate" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "警方查获的假证钢印齐全，和原件一样，普通人看不出区别",
        "民警介绍，这些假毕业证使用原版纸张，带钢印，紫光灯下也有荧光",
        "法院审理查明，被告人购买空白证书外壳，内页自己打印填写后出售",
        "提醒：网上卖的证件外壳批发，内页按你的信息填写，都是假证",
        "我的毕业证丢了，补办的证书和原件一样吗？",
        "荣誉证书外壳批发，内芯自己打印填写，奖状证书定制",
        "证件卡套批发，和原件一样大小，带挂绳",
    ],
)
def test_the_same_workmanship_reported_or_on_lawful_goods_stays_silent(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "题目考前一晚发给你，背下来就行",
        "考前一天题目就到手",
        "题目考前一晚发你，背熟了就行，别外传",
    ],
)
def test_the_bare_questions_handed_over_the_night_before_are_exam_fraud(det, text):
    assert "exam_fraud" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "复习题目考前一晚发给你们，大家多看看",
        "老师说练习题目考前一天发给你们",
        "据考生反映，有人声称题目考前一晚发给你，警方已介入",
        "考前一天晚上把题目发给你，这种都是骗子",
    ],
)
def test_revision_questions_and_reports_of_the_handover_stay_silent(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text",
    [
        "代辦各類證件 畢業證 學位證 LINE: abc123",
        "代办各类证件 毕业证 学位证 whatsapp +852 6123 4567",
    ],
)
def test_a_line_or_whatsapp_id_is_the_sellers_contact(det, text):
    assert "fake_certificate" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "办理毕业证的广告里留了LINE: abc123，警方提醒不要联系",
        "online 报名 电工证培训 line up",
    ],
)
def test_a_reported_line_id_and_the_english_word_stay_silent(det, text):
    assert categories(det, text, ALL) == set()


@pytest.mark.parametrize(
    "text", ["买证请联系 微信 zj2026", "需要买证的联系 13512345678", "卖证 13512345678"]
)
def test_the_paper_sold_by_its_bare_verb_with_a_contact_is_a_street_ad(det, text):
    assert "fake_certificate" in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "花钱买证的人被查处，警方提醒",
        "记者暗访发现，有人在网上卖证，留下微信 zj2026",
        "买证违法，举报电话12345",
        "拒绝买证卖证，诚信考试",
    ],
)
def test_buying_and_selling_papers_reported_or_condemned_stays_silent(det, text):
    assert categories(det, text, ALL) == set()


def test_the_work_in_a_special_operations_name_does_not_excuse_the_leaked_paper(det):
    # 作业 (homework) excuses EF-110 only as 家庭作业 / 课后作业: 高处作业 and 特种作业 hold it too
    text = "高处作业理论原卷考前一天发给你，背熟就能过，需要的加我 wx：gc2299"
    assert "exam_fraud" in categories(det, text, ALL)
