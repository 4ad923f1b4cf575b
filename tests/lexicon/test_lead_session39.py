"""Coverage checks of session 39 (lead), in the project's own words.

A dealer who says the buyer only pays and may leave the rest (交钱就行 其他不用管, 你只管交钱 剩下的我们搞定,
钱到位 什么都不用管) had no rule beside a special-operations certificate: the exam and the visit are
that "rest". The office's own online renewal (电工证复审可以网上办理) read as a dealer's 办理 to the
certificates pack; it is now an exception that a dealer's no-exam, call or contact breaks. A learner
who names where the exam was sat (我在厂里考的低压电工证，一次拿证) read as a school's promise. A source
note after a single dash (……加好友详聊—这是记者在某论坛看到的帖子), or one that names the seller who wrote
the quoted line (— 某二手平台上的卖家这样写道), makes the line an excerpt as a double dash already did.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, CERTS, SPECIAL, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "焊工证全包 交钱就行 其他不用管 微信同号",
        "登高证 你只管交钱 剩下的我们搞定 私聊",
        "叉车证 交钱就完事 啥都不用管 电话13800001111",
        "安全员证 钱到位 什么都不用管 一个月下证 加微",
    ],
)
def test_pay_and_leave_the_rest_is_a_sale_without_the_exam(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "记者暗访时，对方称“交钱就行，其他不用管”，一个月就能拿到焊工证。",
        "学费交钱就行，其他不用管是不可能的，学员必须按时上课、参加考试。",
        "有人说“钱到位，什么都不用管”，这种办证广告都是骗局，请勿相信。",
        "网上说电工证交钱就行，别信，必须参加应急管理部门组织的考试。",
    ],
)
def test_the_same_words_reported_or_refuted_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证复审可以网上办理。",
        "焊工证延期可以网上申请，登录省政务服务网。",
        "特种作业操作证换证可以网上办理，证书邮寄到家。",
    ],
)
def test_the_offices_online_renewal_is_no_dealer(det, text: str) -> None:
    assert not rule_ids(det, text, ALL) - {"ML-CS"}
    assert "CS-201" not in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "电工证复审 网上办理 不用考试 包过 加微13800001111",
        "焊工证延期 线上办理 不用去 三天出证 私聊",
        "各类证件网上办理 不用本人 加V",
    ],
)
def test_a_dealers_online_renewal_breaks_the_exception(det, text: str) -> None:
    assert "CS-201" in rule_ids(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "我在厂里考的低压电工证，一次拿证，没花冤枉钱。",
        "俺在老家考的高处作业证，一次通过，实操要多练。",
        "我同事去年在安监局考的电工证，一次就过了。",
    ],
)
def test_a_learner_who_names_where_the_exam_was_sat_is_no_promise(det, text: str) -> None:
    assert "guarantee_promise" not in categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "在我们这考的电工证一次拿证 报名加微",
        "我们这里考的焊工证，一次拿证，不过全退",
    ],
)
def test_the_place_of_the_exam_in_a_sellers_mouth_is_still_a_promise(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证不用考试 包过 加好友详聊—这是记者在某论坛看到的帖子。",
        "焊工证免考拿证 微信同号－网友举报的广告截图",
        "电工证不用考 包过 加微 — 某二手平台上的卖家这样写道",
    ],
)
def test_a_source_note_after_a_single_dash_makes_an_excerpt(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_a_dash_before_the_sellers_own_words_is_no_note(det) -> None:
    assert "certificate_sale" in categories(det, "电工证不用考 包过 加微 — 某宝卖家，靠谱", SPECIAL)


@pytest.mark.parametrize(
    "text", ["登高证 不考也能有 踢我", "电工证 考试这块我们包圆了 私", "焊工证 不用考也有 加微"]
)
def test_the_paper_had_without_the_exam_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "有人问不考也能有电工证吗？答案是不可能，必须参加考试。",
        "不考试就有证的说法都是骗人的。",
        "考试这块我们包圆了吗？不，考试由应急管理部门组织。",
    ],
)
def test_the_same_claims_asked_or_refuted_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text", ["焊工证 考不考都行 你定 私聊", "电工证 来不来考都可以 证照样下 加微"]
)
def test_the_exam_left_to_the_buyers_whim_is_a_bypass(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证考不考都行吗？",
        "我们厂开叉车不要求证，叉车证考不考都行，不影响上岗。",
        "考不考都行的证，你敢要吗？这类广告都是骗局。",
    ],
)
def test_the_whim_asked_or_waved_off_by_an_employer_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "本店承接各类证书定制，荣誉证书、结业证书、聘书，企业采购可开票。",
        "各类证书定制 奖状 聘书 烫金封皮 量大从优 电话 13600002222",
    ],
)
def test_a_print_shops_blank_awards_are_no_catalogue_of_papers(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_a_forgers_catalogue_beside_an_award_is_still_read(det) -> None:
    assert "fake_certificate" in categories(det, "各类证书 荣誉证书 毕业证 都能做 私", CERTS)


@pytest.mark.parametrize(
    "text", ["教资 考前提前知道考题 私聊", "教师招聘 内部消息 提前知道考题 报名加微"]
)
def test_the_questions_known_before_the_exam_are_a_leak(det, text: str) -> None:
    assert "exam_fraud" in categories(det, text, ["training-ads"])


@pytest.mark.parametrize(
    "text",
    [
        "有人声称能提前知道考题，警方提醒这是诈骗。",
        "要是能提前知道考题就好了，可惜只能自己复习。",
        "考前拿到答案？别信，都是骗钱的。",
        "老师考前告诉你考题范围，重点章节要多看。",
    ],
)
def test_the_leak_reported_wished_or_a_syllabus_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize("text", ["电工证 考前拿到答案 稳过 v我", "焊工证 不用考 q我"])
def test_the_channel_as_the_verb_is_a_call(det, text: str) -> None:
    assert categories(det, text, SPECIAL) & {"exam_fraud", "certificate_sale"}


@pytest.mark.parametrize("text", ["疯狂星期四 v我50", "考过电工证了，开心，谁v我50庆祝一下"])
def test_the_v_me_50_meme_is_no_offer(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        'Reported as spam: "办证刻章 微信 bz8888"',
        'This account posted 50 issues like "ACCA代考 包过 WhatsApp +44 7700 900123"',
        'spam bot again: "雅思代考 保分 加微 ielts_777" please ban',
        'Closing as spam. The comment said "毕业证 学位证 可查 加V abc123".',
    ],
)
def test_spam_quoted_in_an_english_report_is_the_spammers(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        'ACCA代考 包过 WhatsApp +44 7700 900123 "no exam needed"',
        '电工证 不用考 "保证可查" 加微 abc123',
    ],
)
def test_a_quotation_inside_the_spam_itself_is_no_report(det, text: str) -> None:
    assert categories(det, text, ALL)


@pytest.mark.parametrize(
    "text", ["瓦检证 包过 加微", "井下电钳工证 包过 私聊", "探放水证 包拿证 电话13800004444"]
)
def test_a_promise_beside_a_trades_own_name_of_the_card(det, text: str) -> None:
    assert "guarantee_promise" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "煤矿安全培训中心通报：今年瓦检证考试一次通过的学员占八成，未通过的需补考。",
        "警方提醒：自称“井下电钳工证包过”的都是骗子。",
    ],
)
def test_the_same_card_in_a_report_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_the_paper_had_without_sitting_the_exam_is_a_bypass(det) -> None:
    assert "certificate_sale" in categories(det, "安全员证 没考都有证 私", SPECIAL)


@pytest.mark.parametrize(
    "text", ["电工证还没考都有点紧张，题库刷了三遍。", "他没考试也有证？肯定是假证，别信。"]
)
def test_nerves_before_the_exam_or_a_doubt_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)
