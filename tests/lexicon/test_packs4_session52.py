"""Session 52, packs4: an exam-training school's own page with no contact. Sentences written for
this file (not the holdout161 lines).

One class. A school's course page, brochure, enrolment terms or site FAQ carries the promise of a
result in its own voice (本机构, 我校, 我们的老师, 本期学员, 协议学员; 课程介绍, 报名须知, 常见问题)
with no phone, price or call beside it: the needs_offer check, the FAQ's question read as a
report's, or an enrolment rule's 不得 read as a warning silenced it, though under the Advertising
Law's article 24 the page itself is the ad. A training-ads rule's candidate now reads that voice as
an offer (``stance._school_reads``) unless the sentence is framed or quoted by a report, a strong
report word stands near, the page reads as a report's, or the page disclaims the result. Reports,
court and regulator text quoting the same page, lawful schools' pages that say 不承诺 or 仅供参考,
a learner's complaint and refund terms unrelated to passing stay silent. A heading counts only as a
heading (招生简章：, 常见问题 on its own line), not named mid-sentence by a learner; 我们老师 is a
learner's word as often as a school's and is not read; a pass rate (GP-110) takes no offer from the
school's voice, since a lawful school states its rate in its own name too.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, rule_ids


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a site FAQ answering its own question with the refund on failing
        (
            "常见问题\n问：考试没过怎么办？\n答：保障班学员全额退费，普通班学员下期免费重听。",
            "GP-104",
        ),
        ("常见问题\nQ：复试没录上怎么办？\nA：保录班学员按协议全额退款。", "GP-104"),
        # enrolment terms whose 不得 is the school's own rule, not a warning
        (
            "报名须知\n一、本协议班限本人参加，不得转让名额\n二、学员考试未通过的，凭成绩单申请退还学费",
            "GP-104",
        ),
        # the school's record of hits offered to its own learners, with no price or call
        ("我们的老师连续三年押中注会大题，本期学员都能领取考前内部资料。", "EF-105"),
        ("本班学员可以领取内部押题卷，我们老师去年押中四道大题。", "EF-105"),
    ],
)
def test_a_schools_own_page_offers_its_promise(det, text: str, rule: str, packs: list[str]) -> None:
    assert rule in rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        # reports, a court and offices quoting a school's page
        "据媒体报道，有机构在招生简章里写着“签约班不过全退”，学员落榜后却要不回学费。",
        "法院审理查明，被告在其课程介绍中称“本期学员可领取内部资料”，实为网上下载的旧题。",
        "市场监管局查处：某学校在招生简章中宣称“本校学员不过全额退费”，已被罚款。",
        "省考试院提醒：所谓“本校学员考试不过全额退费”“阅卷老师亲自辅导”都是虚假宣传，请考生谨防上当。",
        # lawful schools' pages that disclaim the result
        "本校课程介绍：系统讲授教材内容，本校不承诺考试通过，往年通过率仅供参考。",
        "常见问题\nQ：考不过可以退费吗？\nA：考试结果取决于个人，我们不作保过承诺，开课前可全额退费。",
        # a learner's complaint, and a learner naming a school's brochure mid-sentence
        "我报了他们的协议班，说不过全额退费，结果考完没过一直不退。",
        "想报班的直接看学校官网的招生简章，我在那学了两个月，一次过关。",
        # a pass rate in the school's own name: GP-110 opts out of the school's voice
        "本校学员科目二一次通过率达到九成，报名请到前台。",
        # refund and schedule terms unrelated to passing
        "报名须知\n一、开课前申请退课的全额退费\n二、因机构原因停课的，按未上课时退还学费",
        "常见问题\nQ：课程可以退吗？\nA：开课七天内未听课可全额退费，与考试结果无关。",
        "本期学员请注意：本周六的模拟考改到周日上午，考试没过的同学不用担心，周一统一讲评。",
    ],
)
def test_the_same_words_outside_a_schools_own_offer_stay_silent(
    det, text: str, packs: list[str]
) -> None:
    assert not rule_ids(det, text, packs)
