"""Exam-cheating spam in the training-ads pack (issue 9, eleventh shift, quality11e).

Answer sellers say no claim word beyond the answers themselves (四级答案 考前发 私我); group
numbers (加群 6182 …), Taiwan / Hong Kong exams and wording (多益, 學測, 高普考, 私訊) are how such
spam is posted. An answer key published or checked after the exam stays silent unless the
seller's own terms of sale stand beside it. Every example is in the project's own words and
none is a line of holdout19.
"""

from __future__ import annotations

import pytest

from lexicon.contacts import extract_contacts
from tests.lexicon.scanning import ALL, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "英语六级答案 考试前一晚给 加我q群",
        "教资答案 考前两小时发 加v",
        "明早二建实务答案 开考就发 先交定金 vx erjian_777",
        "自考答案全科 开考后一小时内发 私信",
        "公务员行测答案 考试期间实时发 不准不要钱 加薇",
        "计算机二级题库答案 秒发 加qq 2 0 1 9 3 3 8",
        "有要六级听力答案的吗 无线耳机 私我",
        "多益答案 考前發 加LINE",
        "DSE答案 開考前發 WhatsApp 6123 0000",
    ],
)
def test_answers_offered_by_a_seller_are_ef106(det, text: str) -> None:
    assert "EF-106" in rule_ids(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "六级答案出来了吗？我感觉翻译全错了",
        "四级考完了，有人对答案吗",
        "考研英语答案解析 考后第一时间发布 关注公众号",
        "某培训机构发布的初级会计参考答案仅供估分",
        "警方提醒：考前兜售所谓“四六级答案”的都是诈骗，切勿加群",
        "教资答案写在答题卡上，不要写在试卷上",
        "这题答案是C，我查了书",
        "四六级考试答案由教育部考试中心统一公布",
        "考研数学答案解析 考后当晚直播讲解 报名加v ky_jiexi",
    ],
)
def test_answer_keys_after_the_exam_and_learners_talk_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the excuse worn beside the seller's own timing or payment terms
        "四级答案 考前发 对答案群 加群 6 6 2 1 0 9 8 7",
        "二建答案 考前发 考后估分准 私我",
        "一建答案 考前发 附讲解 加v yj_answer",
        "六级答案 考后统一公布前就能拿到 加群 5 1 7 3 9 9 2 0",
        "考研替考 统一公布成绩后再付款 私聊",
        "四六级代考 答案公布前就出分 加v cet_daikao",
    ],
)
def test_an_after_exam_excuse_beside_terms_of_sale_still_fires(det, text: str) -> None:
    assert rule_ids(det, text, ALL) & {"EF-101", "EF-106"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("托业代考 保750 私訊", "EF-101"),
        ("四级六级代考 包过 加v cet_dk", "EF-101"),
        ("高普考保證班 考不上退全額 私訊粉專", "GP-101"),
        ("教甄保證錄取 沒上退費 私訊", "GP-101"),
    ],
)
def test_cet_and_taiwan_hong_kong_exams_are_in_scope(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "多益考試報名開始了，考場在台北",
        "學測成績公布了，我考了60級分",
        "四级听力怎么练？老师说每天精听",
    ],
)
def test_exam_names_alone_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("加群 6182 7735", "61827735"),
        ("进群 51 73 99 20", "51739920"),
        ("群号 七七三二零五一八", "77320518"),
    ],
)
def test_a_group_number_after_a_call_is_a_qq_contact(text: str, value: str) -> None:
    assert [(c.kind, c.value) for c in extract_contacts(text)] == [("qq", value)]


def test_a_bare_group_size_is_no_contact() -> None:
    assert extract_contacts("该群 12000 余人，多为考生") == []


@pytest.mark.parametrize(
    "text",
    [
        "老师讲得挺清楚，不过退费流程有点慢",
        "网课内容还可以，不过退款要走审核，大概五个工作日",
        "省考上岸无忧的秘诀：错题本每周翻一遍",
        "考研上岸攻略：暑假前把数学基础过一遍",
    ],
)
def test_but_after_a_judgement_and_a_headlines_tips_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the conjunction's cover worn over a seller's terms or contact
        "课程很好，不过退费 加v kc_tuifei",
        "老师很专业，不过退款 138 2211 0099",
        "教资冲刺班口碑不错，不过退费，名额有限",
        "一建班很好，不过退费需签协议",
        "课程很好，保过班不过退费",
        "不过退费需签协议 私我",
        # a headline's tips over a seller's pitch
        "国考上岸无忧的秘诀 就在这里 v gk_miju",
        "上岸无忧的秘诀：报我们协议班 私我",
    ],
)
def test_the_conjunctions_cover_beside_terms_of_sale_still_fires(det, text: str) -> None:
    assert rule_ids(det, text, ALL) & {"GP-101", "GP-103"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("四六级助考 私我", "EF-106"),
        ("成考助考 全科 私我", "EF-106"),
        ("专业助考团队 教资会计一建 私聊", "EF-101"),
        ("四级考试作弊神器 全国发货 v zb_2026", "EF-101"),
        # the volunteers' word worn over a pitch: the promise and the call still fire
        ("爱心助考 四六级包过 私我", "GP-101"),
    ],
)
def test_help_with_the_exam_sold_is_a_cheating_service(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "高考爱心助考志愿者招募 报名电话 0571-88990011",
        "交警护航助考 考生有困难请拨打122",
        "今年高考，全市出动助考车辆200台",
        "警方破获一起利用透视眼镜在考试中作弊的案件",
    ],
)
def test_exam_day_volunteers_and_device_news_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        # the retake rule of a driving school or an exam is the law's second chance, no promise
        "学车报名电话 0571-88990011，流程：体检、科目一、科目二、科目三，一次不过可补考",
        "驾校招生热线 0571-88990011，科目二不合格的可以预约补考",
        # a schedule change told to candidates
        "内部消息：省考笔试延后十天，考生留意",
        "小道消息：今年教资面试推迟一周，大家别慌",
    ],
)
def test_retake_rules_and_schedule_news_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "科目二包过 一次不过可补考 私我",
        "学车找我们 科目三没过的可以补考 补考不收费 加v jx_2026",
        "一次不过可补考，补考费全免，学车热线 0571-88990011",
        "考试推迟了 还来得及 协议班不过退费 私我",
        "内部消息 考试推迟 押题卷 需要的私我",
    ],
)
def test_a_retake_or_a_delay_beside_a_promise_still_fires(det, text: str) -> None:
    assert rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考車牌 包一次過 唔過退錢 WhatsApp 9012 3456",
        "學車牌 肥佬免費再考 報名 WhatsApp 6012 3456",
        "公職考試保證上榜 沒上榜退費 私訊我",
        "金榜題名衝刺 保證班 不上榜全額退 加LINE bang_99",
        "DSE補習 唔達標退學費 WhatsApp 5012 3456",
    ],
)
def test_taiwan_and_hong_kong_pass_promises_are_gp101(det, text: str) -> None:
    assert "GP-101" in rule_ids(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "质量保证班组长负责每日巡检",
        "车牌摇号一次过，运气太好了",
        "今年又没上榜，明年再考",
        "唔过就再考啦，冇所谓",
    ],
)
def test_everyday_lines_with_those_words_stay_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)
