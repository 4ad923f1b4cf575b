"""Session 60, review59: a second reading of review55's and review56's round-69 readings, attacked
both ways. Sentences written for this file (not from any corpus, holdout or earlier test).

Defects found:

- Hearsay from the crowd or from picked-out shops, corrected by the writer (很多人说电工证能免考，
  其实必须考试; 不少人说…; 有的店说…，其实必须考试，咨询电话 …): 有人说 was a report frame but 很多人说 /
  有的店说 were not. A transcript's comma-less 但是我们 still ends the frame (test_asr_session38).
- A seller giving up the course and issuing anyway without 直接 (不做培训照样出证，电话 0571-…):
  CS-203's own ``unless: 培训`` excused it and the landline counted as an office's (the special-
  operations pack has no candidate for a bare 出证 and stays silent: left).
- A notice calling the rumour 不实 with no noun before it (经核实，网传电工证交钱包过不实，考生须本人
  参加考试，不得代考，举报电话 12350): only 此消息不实 / 该说法不实 were read as the verdict.

Guards: the lawful near variants of review55's and review56's readings and of these fixes, and the
sellers' near variants (answering the crowd, refuting the verdict) that must keep firing.
"""

from __future__ import annotations

import pytest

from lexicon import frames
from tests.lexicon.scanning import ALL, CERTS, DEFAULT, TRAINING, rule_ids

_EVERY = [None, DEFAULT, CERTS, TRAINING, ALL]
_SPECIAL = [None, DEFAULT, ALL]
_CERTS = [CERTS, ALL]

# --- (a) lawful text wrongly firing ------------------------------------------------------------

_HEARSAY_CORRECTED = [
    "很多人说电工证能免考，其实必须考试",
    "网上很多人说电工证能免考，其实必须考试",
    "很多人都说电工证能免考，其实必须考试",
    "很多人说电工证能免考，其实必须考试，咨询电话 0571-86661234",
    "有的店说电工证能免考，其实必须考试，咨询电话 0571-86661234",
]

_BARE_UNTRUE = [
    "经核实，网传电工证交钱包过不实，考生须本人参加考试，不得代考，举报电话 12350",
    "网传电工证交钱包过不实，考生须本人参加考试",
    "网传电工证交钱包过不实，考生须本人参加考试，举报电话 12350",
    "网传焊工证可以代考不属实，须本人参加考试，不得代考",
]


@pytest.mark.parametrize("packs", _EVERY)
@pytest.mark.parametrize("text", _HEARSAY_CORRECTED + _BARE_UNTRUE)
def test_corrected_hearsay_and_bare_verdict_are_silent(det, text, packs):
    assert rule_ids(det, text, packs) == set()


# Lawful text that was already silent and must stay so: regulators, news, schools and consumers
# beside each of review55's and review56's readings and beside this file's fixes.
_LAWFUL_GUARDS = [
    # review55 _PAID_AFTER: the payment terms named by a warning or a report
    "先出证后付款是骗子的常用话术，请广大考生提高警惕。",
    "先出证后付款是骗子的常用话术，电工证必须参加考试取得，举报电话 12350",
    "警方提示：近期有人以“焊工证先出证后付款”为诱饵实施诈骗，发现线索请拨打 110 报警。",
    "本报讯 近日，多名市民反映有人在网上兜售电工证，声称先出证后付款，民警提醒，"
    "如遇此类情况请拨打 96110 咨询。",
    "对方称先出证后付款，结果收了定金就把我拉黑了，大家别信，报警电话 110",
    "网上办电工证先交定金的全是骗局，我们提醒：先出证后付款同样是骗局，举报电话 12350",
    "先交钱的是骗子，先出证后付款的也是骗子，电工证必须本人考试，咨询电话 0571-86661234",
    # review55 _warning_word on the raw ？: the writer's own rhetorical yes
    "电工证免考是骗局？不是骗局是什么！",
    "电工证免考是骗局吗？不是骗局是什么！",
    "焊工证包过是骗子？不是骗子是什么？",
    "电工证免考是骗局？不是骗局难道是真的？必须参加考试",
    "焊工证包过是骗子吗？不是骗子是什么，大家别上当",
    "电工证花钱免考是骗局？当然是，我们已经报警",
    "电工证免考是骗局？是的，我们警方提醒，必须考试",
    # review55 _NOT_DONE_BOAST and this file's CS-006 words: the school's and the warning's 不做培训
    "我校提醒：不做培训也出证的都是假证，请到正规机构报名，咨询电话 0571-86661234",
    "不做培训也能出证的都是假证，焊工证必须经培训考试取得",
    "不做培训照样出证的都是骗子，报名电话 0571-86661234",
    "不做培训照样出证的焊工证都是假证，举报电话 12350",
    "本中心不做培训，焊工证出证请到市应急管理局，电话 0571-86661234",
    "我们不做培训，焊工证照样要考试才能拿证，电话 0571-86661234",
    "本校不做培训，也不能出证，焊工证请到正规机构报名，电话 0571-86661234",
    # review55 _self_after: the holder in person after a verdict
    "网传焊工证交钱包过，此消息不实。考试须本人参加，不得代考。",
    "网传电工证可以免考，系谣言。须本人参加，不得代考，咨询电话 0571-86661234",
    "网传电工证可以免考是假的，须本人参加考试，不得代考",
    "网传焊工证可以代考，此消息不实，须本人参加考试，咨询电话 0571-86661234",
    "网传电工证交钱包过纯属谣言，考生须本人参加考试，举报电话 12350",
    # review56 _DARED_NOT: the reporter's and the school's 不敢说
    "记者调查发现，很多机构都不敢说包过。",
    "记者调查发现，很多机构都不敢说包过，只承诺认真教学，咨询电话 0571-86661234",
    "记者调查发现，很多机构都不敢说包过，有家机构却称电工证包过",
    "记者暗访发现，不少机构都不敢说包过，但有的店私下承诺电工证包过",
    "很多机构都不敢说包过，我们也不敢，只能认真教学，电话 0571-86661234",
    # review56 RIVAL_PICKED_WORDS / _LIMIT_SHARED: the consumer's and the school's picked rivals
    "其他平台上那些中介都说包过，别信",
    "其他平台上那些中介都说电工证包过，别信，必须本人考试",
    "其他平台上那些中介都说焊工证免考，别信",
    "其他平台上那些中介说电工证包过的，别信，须本人考试",
    "有的店说能免考，其实必须考试",
    "有的店说电工证能免考，其实必须考试",
    "有的店说电工证能免考，其实是骗人的，举报电话 12350",
    "某些平台说焊工证包过，其实不能保证，本校也不能，电话 0571-86661234",
    "一些机构不保证通过，本校也不保证，只保证教学，电话 0571-86661234",
    "千万别在外边办免考电工证，电工证须经培训考试取得",
    # review56 the crowd: hearsay the writer corrects
    "有人说电工证能免考，其实必须考试",
    "网上说电工证能免考，其实必须考试",
    "不少人说焊工证可以免考，其实必须本人参加考试",
    "好多人说电工证能免考，其实是骗局",
    "很多人说电工证能免考，这是假的",
    "很多人都说电工证能免考，其实都是骗局",
    "好多人说焊工证能花钱买，其实是违法的",
]


@pytest.mark.parametrize("packs", _EVERY)
@pytest.mark.parametrize("text", _LAWFUL_GUARDS)
def test_lawful_near_variants_stay_silent(det, text, packs):
    assert rule_ids(det, text, packs) == set()


def test_crowd_is_a_speaker_the_web_is_not():
    """The crowd frames its saying as 有人 does; 网上 is no speaker (网上 + eight characters may be
    the page's own words, and 网上说“…”是谣言，其实咱家… is a seller's)."""
    assert frames.reports_speech("很多人说电工证能免考", 0, 10)
    assert frames.reports_speech("有的店说电工证能免考", 0, 10)
    assert not frames.reports_speech("网上报名电工证详细介绍", 0, 11)


# --- (b) sellers wrongly silent ----------------------------------------------------------------

_UNTAUGHT_CERTS = [
    "不要找中介买免考焊工证，我们是正规渠道，不做培训照样出证，电话 0571-86661234",
    "不要找中介买免考焊工证，我们是正规渠道，不做培训照样出证，加v dg_3311",
    "焊工证不做培训照样出证，电话 0571-86661234",
]


@pytest.mark.parametrize("packs", _CERTS)
@pytest.mark.parametrize("text", _UNTAUGHT_CERTS)
def test_course_given_up_paper_issued_fires_cs203(det, text, packs):
    assert "CS-203" in rule_ids(det, text, packs)


# Sellers that already fired and must keep firing: the crowd answered with the writer's own skip,
# the bare verdict refuted, the picked rivals set against the writer's promise.
_SELLERS_SPECIAL = [
    ("很多人说电工证免考是假的，我们才是真免考，加v dg_9090", "CS-001"),
    ("很多人说电工证免考是假的，我们这里真能免考，加v dg_9090", "CS-001"),
    ("好多人说焊工证免考是骗局，其实是真的，不用考直接出证，加v dg_9090", "CS-001"),
    ("网上说电工证免考是假的，我们才是真免考，加v dg_9090", "CS-001"),
    ("有人说电工证免考是假的，我们才是真免考，加v dg_9090", "CS-001"),
    ("很多人说电工证能免考，我们这里真能免考，加v dg_9090", "CS-001"),
    ("很多人说电工证能免考，其实只有我们能办，加v dg_9090", "CS-001"),
    ("有的店说电工证免考是骗人的，我们才是真免考，加v dg_9090", "CS-004"),
    ("网传焊工证交钱包过不实，本人就能办，加v dg_9090", "GP-001"),
    ("网传电工证交钱包过不实，其实真能办，加v dg_9090", "GP-001"),
    ("网传电工证交钱包过不实？我们就能包过，加v dg_9090", "GP-001"),
    ("电工证交钱包过不实，我们签合同，加v dg_9090", "GP-001"),
    ("网传焊工证交钱免考是谣言，本人亲测可办，加v dg_9090", "CS-001"),
    ("网上办焊工证先交定金的都是骗子，我们办好再付款，加v dg_9090", "CS-001"),
    ("电工证免考是骗局？不是，我们办了十年，电话 13905711234", "CS-001"),
    ("电工证免考是骗局吗？不是，我们办了十年了，加v dg_9090", "CS-001"),
    ("外边的都不保证通过，我们电工证包过，加v dg_9090", "GP-001"),
    ("那些中介都不保证通过，我们电工证包过，加v dg_9090", "GP-001"),
    ("有些店不敢说包过，我们电工证包过，加v dg_9090", "GP-001"),
    ("很多机构都不敢说包过，本校电工证包过，电话 0571-86661234", "GP-001"),
    ("电工证包过，别的机构不能保证每个人都一次通过，加v dg_9090", "GP-001"),
    ("焊工证不上课照样出证，电话 0571-86661234", "CS-006"),
    ("焊工证不做培训照样直接出证，电话 0571-86661234", "CS-001"),
]


@pytest.mark.parametrize("packs", _SPECIAL)
@pytest.mark.parametrize(("text", "rule"), _SELLERS_SPECIAL)
def test_sellers_near_variants_keep_firing(det, text, rule, packs):
    assert rule in rule_ids(det, text, packs)
