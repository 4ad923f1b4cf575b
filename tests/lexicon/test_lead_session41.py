"""Coverage checks of session 41 (lead), in the project's own words.

A seller likening its paper to the issuer's (跟学校发的没区别, 和原件没两样) needed two offer cues
under FC-209, whose 可查 and 保真 a school or a shop also writes; the likeness is no lawful seller's
word, so FC-221 reads it with one cue (你, 我们, 放心用). The hall's insiders named first (我们的人在
考场里面) and blanks filled in after the papers are handed in (交卷后我们的人帮你补) were not
insider claims; a changed answer sheet (改答题卡) was no score change.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "毕业证做好了你自己比对，跟学校发的没区别",
        "这本离婚证你拿去用，跟民政局发的一模一样",
        "学位证和原件没两样，你放心拿去用",
        "我们给你做的驾驶证跟车管所发的没两样",
    ],
)
def test_a_paper_likened_to_the_issuers_is_a_forgers_offer(det, text):
    assert "FC-221" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        # a guide, a report, a reissue, a copy's requirement, a buyer's story
        "如何辨别假毕业证？要上学信网查，不要只看跟学校发的一不一样",
        "记者买到的假驾驶证跟车管所发的一模一样，连钢印都有",
        "补发的毕业证明书跟学校发的原件效力一样",
        "请提交身份证复印件，复印件要跟原件一样清晰",
        "我在网上买的毕业证跟学校发的没区别，结果入职时还是被查出来了",
        "警方提醒：假证外观可能与真证相差无几，请通过官网核验",
    ],
)
def test_the_same_likeness_in_guides_reports_and_stories_is_not(det, text):
    assert "FC-221" not in rule_ids(det, text, ALL)
    assert "fake_certificate" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "我们的人在考场里面，到时候会照顾你",
        "自己人就在考场里，你安心去考",
        "不会写的空着，交卷后我们的人帮你补上",
        "交卷以后有人帮你填好，空着就行",
    ],
)
def test_insiders_in_the_hall_and_answers_filled_in_after_it(det, text):
    assert "EF-109" in rule_ids(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "考试结束后我们的人会帮你改答题卡，放心",
        "电工证考试的答题卡可以改，分数不够找我",
    ],
)
def test_an_answer_sheet_changed_after_the_exam(det, text):
    assert "exam_fraud" in categories(det, text, ["special-ops"])


@pytest.mark.parametrize(
    "text",
    [
        "监考老师提醒：交卷后任何人不得再改答题卡，违者成绩作废",
        "据警方通报，该团伙声称交卷后有人帮考生填写空白题，已被刑事拘留",
        "交卷后有人帮你检查答题卡填涂是否规范吗？没有，请考生自己核对",
        "我们的人在考场外面等你，考完一起吃饭",
    ],
)
def test_rules_reports_and_plain_words_about_the_hall_stay_silent(det, text):
    assert "exam_fraud" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "考前三天给你划重点，划到的就是考题",
        "我们押的都是原题，背熟就行",
        "你考试那天手机开着，我们远程给你答",
        "家里考就行，我们远程帮你做题",
    ],
)
def test_marked_points_that_are_the_paper_and_a_remote_hand(det, text):
    assert "exam_fraud" in categories(det, text, TRAINING)


@pytest.mark.parametrize(
    "text",
    [
        "老师划的都是考点，不是考题，还得自己多练",
        "划到的就是考题？这种说法都是骗人的，别信",
        "有培训班宣称押的都是原题，市场监管部门提醒这是虚假宣传",
        "远程考试期间请关闭其他程序，任何人不得远程帮你做题",
    ],
)
def test_lawful_points_and_warnings_about_them(det, text):
    assert "exam_fraud" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "登高证现在还能走老路子，过了这个月就难了",
        "电工证找我们，应急管理局那边我们有人",
        "焊工证包拿，安监局有熟人，资料发来就行",
    ],
)
def test_the_old_road_and_someone_at_the_issuing_office(det, text):
    assert "certificate_sale" in categories(det, text, ["special-ops"])


@pytest.mark.parametrize(
    "text",
    [
        "电工证考试必须本人参加，安监局有熟人也没用",
        "焊工证要本人考，找关系也没用，别信中介",
        "有人自称应急管理局那边有熟人，能帮忙办焊工证，结果被骗了五千元",
        "记者调查发现，一些中介声称在发证机关有熟人，可以不考试拿登高证",
        "焊工证还能走老路子吗？现在都要人脸识别了",
    ],
)
def test_the_insiders_road_denied_reported_or_asked_about(det, text):
    assert not categories(det, text, ALL) & {"certificate_sale", "exam_fraud"}


def test_the_traders_boilerplate_is_its_offer(det):
    assert "CS-202" in rule_ids(det, "承接各种证件业务，质优价廉", CERTS)
    for text in (
        "记者暗访发现，这家打印店承接各种证件业务，价格公道，实际是在制作假证",
        "本店承接各种复印、打印、证件照业务，质优价廉",
    ):
        assert "certificate_sale" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "焊工证复审人不用来，网上办理，但需本人完成线上学习",
        "电工证报名人不用到，线上提交资料即可，考试须本人参加",
    ],
)
def test_an_online_step_beside_the_part_attended_in_person(det, text):
    assert "CS-001" not in rule_ids(det, text, ["special-ops"])


@pytest.mark.parametrize(
    "text",
    [
        "以前高处作业证好考，现在都要人脸识别，替考没戏了",
        "我考低压电工证的时候，班上有个大哥花钱想找人替考，被当场抓了",
    ],
)
def test_a_cheat_with_no_chance_and_one_caught_on_the_spot(det, text):
    assert "exam_fraud" not in categories(det, text, ALL)


def test_a_sellers_substitute_is_still_an_offer(det):
    assert "exam_fraud" in categories(
        det, "高处作业证考试我们安排人替考，加微信详聊", ["special-ops"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "这年头连电工证都有卖的，真是什么都能造假",
        "考了三次低压电工才过，那些说包过的都是吹的",
    ],
)
def test_a_bystanders_lament_and_a_promise_called_a_boast(det, text):
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "别人说包过都是吹的，我们是真包过，不过退费，加V详聊",
        "这年头没证不好找活，电工证找我们，三天出证",
        "电工证焊工证叉车证都有卖的 私聊",
    ],
)
def test_the_same_words_in_a_sellers_pitch(det, text):
    assert categories(det, text, ALL) & {"certificate_sale", "guarantee_promise"}


def test_a_lawful_adult_degree_route_and_a_forger_borrowing_its_name(det):
    assert "FC-209" not in rule_ids(
        det, "学历提升 成人高考 国家承认学历 学信网可查 正规报名渠道", ALL
    )
    assert "FC-219" in rule_ids(det, "成人高考学历 不用考试 包毕业 学信网可查 加V xl888", CERTS)


def test_the_spoken_words_hint_covers_every_word_it_guards():
    """The one-pass hint that lets most texts skip the regional-word rewrites must name every
    word the rewrites read, or a page holding only that word would keep it."""
    from lexicon.normalize import _SPOKEN, _SPOKEN_HINT, _SPOKEN_RX, normalize

    words = set(_SPOKEN) | {w for w, _rx, _m in _SPOKEN_RX}
    assert words and all(_SPOKEN_HINT.search(f"甲{w}乙") for w in words)
    assert normalize("这个证莫得问题，勿要考试").text == "这个证没有问题，不用考试"
    assert normalize("普通的一句话，没有方言").text == "普通的一句话，没有方言"
