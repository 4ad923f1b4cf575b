"""Offers in the families the thirteenth shift left failing, and the lawful or reporting text
beside them (issue 9, fourteenth shift, quality14f).

Money handed over for a placement (打十万过来 入编手续包办, 三十万打点好 直接发录用通知); the
exam's own paper delivered the evening before (考试前一晚原卷传给你); others' results held up as
proof with a call to sign up (报我们班的四十个人三十九个拿证了, 学员闭着眼都能过 你也可以); exam
words half in pinyin (kao研, mian试); a disguised link (点com) as the seller's call; a price
"open to talk" (价格好谈). A stranger warning about sellers who message "you", a mock paper
sent the day before, a learner doubting a pass-rate claim and a fraud notice stay silent. A
stand-in offered with no exam named (需要代考的扣1) is exam fraud where the seller calls; 正 for 证
after a certificate's stem (健康正) is the certificate; an acquaintance's question told by the
writer (亲戚问我要不要弄个学历) is reported, not offered.
Every example is in the project's own words and none is a line of holdout30.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, rule_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("街道办的岗位，打十万过来，入编手续一手包办", "guarantee_promise"),
        ("三十万打点好了，国企那边直接发录用通知", "guarantee_promise"),
        ("这个数给够了，社工招录肯定在录用名单上", "guarantee_promise"),
        ("考试前一晚原卷传给你，进去照着写", "exam_fraud"),
        ("一建考卷开考前一天就能拿到，一套八千", "exam_fraud"),
        ("报我们班的四十个人三十九个拿证了，你还犹豫什么", "guarantee_promise"),
        ("我们学员闭着眼都能过，你也可以，名额不多", "guarantee_promise"),
        ("kao研替考，需要的联系我", "exam_fraud"),
        ("教资mian试包过 不过退费", "guarantee_promise"),
        ("【温馨提醒】一建内部押题已出，访问 yj-ny点top 领取", "exam_fraud"),
        ("自考各科答案考前发，价钱好谈", "exam_fraud"),
        ("要找枪手的私我，我挨个回", "exam_fraud"),
        ("有需要代考的留言，我看到就私你", "exam_fraud"),
        ("健康正 加急办 私聊", "certificate_sale"),
    ],
)
def test_fourteenth_shift_offers_are_found(det, text: str, category: str) -> None:
    assert category in rule_categories(det, text, ALL).values()


@pytest.mark.parametrize(
    "text",
    [
        "回楼主：别买，私聊你的那些都是卖假证的贩子",
        "提醒新人：主动加你的说能包过的，都别信",
        "老师把模拟试卷考前一天发给你们，自己计时做一遍",
        "考前一晚把错题本翻一翻，答案不用再背了",
        "机构说学员个个一次过，我怀疑是不是托",
        "某机构号称九十八个拿证了，因虚假宣传被罚款",
        "警方通报：嫌疑人谎称二十万打点好就能入编，已被刑拘",
        "明天就kao试了，今晚早点睡",
        "我们宿舍六个人都过了，感谢自己的坚持",
        "亲戚问我要不要弄个学历，说他认识人能办，我没答应",
        "工友问我需不需要焊工证，他那边有门路",
        "学校严禁替考，发现一次取消三年报考资格",
        "他最近身体健康正常，已经回去上班了",
    ],
)
def test_fourteenth_shift_lookalikes_stay_silent(det, text: str) -> None:
    assert rule_categories(det, text, ALL) == {}
