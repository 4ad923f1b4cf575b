"""Exam-training ads in social-media styles (session 36, helper "social"; holdout70): livestream
scripts and short-video captions (公屏扣1, 给你们上链接, 扫码预约, 直播间专属), notes and answers that
end in a pitch (看我置顶, 拿优惠码), a seller's record of past hits (去年命中, 连续三年押中大题), a grade
or score refund (没到二甲退一半, 不到425分退学费), a rate held year after year (上岸率常年保持在九成),
the Putonghua test's own staff (测试站退休老师). The learner's note, the learner asking (求推荐), the
learner's advice (别指望押中原题), a platform's banned-word list and news in the same words stay silent.

Written for these tests in the project's own words (not the held-out lines).
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "二建市政 近三年往年命中多道案例题 新卷已出 给你们上链接",
        "中级会计财管 连续三年押中大题 想要的扣1 私你样卷",
        "省考申论 去年命中大作文 今年接着押 公屏扣“申论”",
        "教资面试 考前三天押题直播 连续五年命中结构化原题 扫码预约",
    ],
)
def test_a_sellers_record_of_past_hits_is_exam_fraud(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "四级冲刺营 不到425分退学费 想要的扣1",
        "普通话小班 没到二乙退一半学费 报名私我",
        "考研数学 没考到一百分全额退 评论区私",
        "法考主观题 上岸率常年保持在九成 私我占位",
        "普通话测评 保证过级 测试站退休老师带班 公屏扣1",
        "法考客观题 不过明年免费重学 评论区扣“法考”",
    ],
)
def test_social_media_promises_are_guarantees(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, TRAINING)


def test_the_putonghua_tests_staff_teaching_is_exam_fraud(det) -> None:
    assert "EF-105" in rule_ids(det, "普通话一乙冲刺 主讲是省测试中心退休老师 需要的私", TRAINING)


def test_a_livestream_call_is_a_strong_offer_cue(det) -> None:
    text = "一建押题直播 往年押中率超八成 今晚八点 扫码预约"
    found = [f for f in det.scan_page(text=text, packs=TRAINING).findings if f.rule_id == "EF-105"]
    assert found, text
    assert "offer:扫码预约" in found[0].cues, found[0].cues


@pytest.mark.parametrize(
    "text",
    [
        # a learner's advice and experience
        "过来人的一句话：别指望押中原题，考研政治靠自己背",
        "我在直播间专属价买了个押题卷，说是去年命中好几道，结果今年一道没考，大家别买",
        "二建考完了，往年命中率高的那几本押题卷今年好像不太行 #二建",
        # a learner asking
        "有没有保过的中级会计班啊，考了两年了，求推荐",
        "考研政治押题卷哪家准？求推荐，去年押中大题的那家今年还准吗",
        # a platform's list, a regulator and news
        "短视频违禁词清单（教培类）：包过、保上岸、不过退费、押中原题",
        "教育局提醒：“测试员亲自带”“保证过级”等普通话培训宣传均不可信",
        "记者发现，有主播在直播间喊“公屏扣1，给你们上链接”，售卖所谓保过班",
        "网友投诉：某机构宣称“不到425分退学费”，四级没过后却拒不退费",
        # a lawful class with the same calls, and a free lesson
        "教资面试系统课 共20课时 价格1680 扣1领试听 不承诺通过",
        "直播间的家人们，今天讲一建管理的高频考点，不卖课，只讲题，想听的公屏扣1",
    ],
)
def test_learners_platforms_and_news_in_the_same_words_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_the_qr_code_call_is_no_warning(det) -> None:
    text = "CPA财管押题直播今晚开播 往年押中率超八成 长按识别二维码预约"
    assert "exam_fraud" in categories(det, text, TRAINING)
    # a real 识别 (how to recognize a scam) still warns
    assert not categories(det, "教你识别押题骗局：CPA押中率超八成的说法别信", ALL)
