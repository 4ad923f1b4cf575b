"""Exam-training offers in the channels third parties use, and the lawful and reporting text
beside them (issue 9, thirteenth shift, quality13t).

A livestream host's shopping cart, a short video's pinned link, a note's 私戳我拉你进群 and an
official account's QR code are the seller's calls. A refund written with 返还 or as no fee at
all after a failed subject, line or shore (考不上全额返还, 任何一科未过 次年免费重修, 上不了岸
一分不要) is the refund promise; a tutor said to have marked or set the paper (曾任阅卷委员,
退休面试考官, 帮忙出过卷子) is the insider claim; a job that hires stand-ins (长相和照片接近即可,
帮学员答题) is exam fraud. A refund by attendance (无理由退款, 按已上课时扣费), a review of the
refund procedure, a complaint measured against the advertisement and hearsay from "that man"
stay silent. Every example is in the project's own words and none is a line of holdout24.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("中级会计 考不上全额返还 一对一督学 咨询 0371-62208841", "guarantee_promise"),
        ("二建签约班 任何一科未过 次年免费重修 报名私聊", "guarantee_promise"),
        ("省考笔试 达不到进面线 学费返还 加v sk_fanhuan", "guarantee_promise"),
        ("考编冲刺营 上不了岸 一分不要 名额有限", "guarantee_promise"),
        ("驾校包教包会 哪科挂了 补考都算我们的 报名找陈教练 139 0102 3344", "guarantee_promise"),
        ("考研专业课 没过线的 学费原路返回 点击下方购物车报名", "guarantee_promise"),
        ("教资面试 学到过为止 左下角小风车进群", "guarantee_promise"),
        ("艺考校考 拿不到合格证退八成 加我微信 yk_2027", "guarantee_promise"),
        ("考研 交五万 保你上岸 私聊", "guarantee_promise"),
        ("公職考試 講師曾任閱卷委員 報名請洽 LINE：gk_tw2027", "exam_fraud"),
        ("公考面试 退休面试考官组成的教研组 报班私聊", "exam_fraud"),
        ("一建 讲师在考试中心帮忙出过卷子 报名找置顶链接", "exam_fraud"),
        ("招六级陪考兼职 长相和照片接近即可 日结 私信简历", "exam_fraud"),
        ("急招网课期末考答题员 帮学员答题 一单二十 vx: dt_2027", "exam_fraud"),
    ],
)
def test_offers_in_unseen_channels_are_found(det, text: str, category: str) -> None:
    found = rule_categories(det, text, ["training-ads"])
    assert category in found.values(), found
    assert category in rule_categories(det, text, ALL).values()


@pytest.mark.parametrize(
    "text",
    [
        "教资全程班 报名后7天内未听课可无理由退款 超过7天按已上课时扣费 咨询客服",
        "美术集训营 食宿全包 学费按月交 中途退出按剩余天数退费",
        "课程评价：讲义很全，作业也多，不过退费流程有点慢，等了十天",
        "上了他们的签约班，一建没过，去申请重读又要交钱，跟宣传的免费重读完全不一样",
        "那个人跟我说，交五千块就能拿到教师资格证，我没信",
        "记者采访了一位曾参与阅卷的老师，他提醒考生作文不要跑题",
        "公安机关提示：以兼职为名招募人员替考生答题的，涉嫌代替考试罪，切勿参与",
        "本机构招聘兼职助教 负责批改作业和答疑 时薪60元 私信简历",
        "上课前老师会把练习题目提前发你预习，教资课程报名中",
        "七天无理由期限未过的商品，可全额返还货款",
        "直播预告：周四晚八点 考研复试口语公开课 免费 小黄车可预约",
        "电工证培训课程很好，不过退费要等一周",
    ],
)
def test_lawful_terms_reviews_complaints_and_reports_stay_silent(det, text: str) -> None:
    assert not rule_categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "硕士申请 协议保录",
        "一对一包过",
        "全程托管保过",
        "省考进面包过",
        "签合同 没过就退",
        "公考百分百上岸",
    ],
)
def test_a_sellers_terse_slogan_names_its_exam_itself(det, text: str) -> None:
    assert "GP-103" in rule_categories(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "没有一家机构敢保证上岸，别信",
        "祝大家百分百上岸，加油",
        "市场监管局提醒：“保证上岸”“一对一包过”等表述违反广告法",
        "老师说一对一包过，我不太信",
    ],
)
def test_the_same_slogans_denied_wished_or_quoted_stay_silent(det, text: str) -> None:
    assert not rule_categories(det, text, ALL)


def test_the_judgements_but_fails_beside_the_sellers_contact(det) -> None:
    assert "GP-002" in rule_categories(
        det, "电工证培训很专业，不过退费 加v dgz_2027", ["special-ops"]
    )
