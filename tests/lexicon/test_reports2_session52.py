"""Session 52, reports2: the training-ads pack run alone on learners' complaints and on decisions.
Sentences written for this file (not the holdout166 lines).

Two classes. (1) A learner's complaint that retells the school's promise and then its outcome:
the learner failed and the school kept the fee (结果没过也不退, 申请退费被拒, 去要钱就推说…) and the
complaint was made (投诉到12315, 打了12315). The promise's own words and the school's voice it
quotes (我们的协议班) outweighed the weak report cues (结果, 投诉); the outcome with the refusal,
and the complaint told with the hotline after the verb, are now strong report cues, since a school
promises the refund and never tells of its refusal. A bare 12315 is not read: a seller boasts
"12315可查". (2) A regulator's decision quoting a site's FAQ whose question mark cuts the
sentence, so that the office's 经查 stands in another sentence: the law's own words for the
promise (作出保证性承诺) now read as the report's, outweighing the offer cue 保证 they hold.
Two neighbours found while writing this file: a consumer notice naming the seller's phrases as
phrases (…不过全额退等字眼的, 等字样, 等话术) and a paper's reader story under its tip line (有读者反映,
读者报料), both strong report words now. The school's own page with the same promise still offers.
"""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, TRAINING, rule_ids


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        # the promise retold, the failure, the refusal and the complaint
        "我们的协议班说考不过全额退费，结果没过也不退，已经投诉到12315了",
        "报班时老师保证说一次包过，不过退全款，成绩下来我差了四分，去要钱就推说我缺勤，真的太坑了。",
        "当初宣传的笔试不过退费，我笔试没过，申请退费被拒，说要先读完下一期。",
        "那家机构的保过班说不过免费重学，结果没过也不给重学，我已经打了12315。",
        # a decision's verdict on the FAQ line it quotes
        "当事人网页“报名须知”载有“问：一次没过怎么办？答：协议班考不过全额退费”字样，"
        "系对考试结果作出保证性承诺。",
    ],
)
def test_a_complaint_or_decision_retelling_the_promise_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        # a notice listing the seller's phrases as phrases (等字眼, 等字样)
        "考培宣传页上一旦出现保过、押中真题、内部渠道、考不过全额退等字眼，基本就能断定是虚假宣传。",
        "教资培训招生页面写有包过、押原题、不过全退等字样的，一律按违法广告处理。",
        # a paper's tip line above a reader's story
        "本报新闻热线：027-8566 3300。近日有读者反映，其报名的教资协议班承诺笔试不过全额退费，"
        "考后却以缺课为由拒绝。",
    ],
)
def test_a_list_of_phrases_or_a_readers_story_stays_silent(
    det, text: str, packs: list[str]
) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    "text",
    [
        # already silent before this round: kept so the class stays so
        "签约的时候说好二建不过全退学费，结果我没过他们也不给退，现在只能投诉到12345了。",
        "他们的面试协议班写着不上岸全额退款，我面试没过，退款被拒，理由是我请过假。",
        "经查，当事人官网“常见问题”写有“问：没考上怎么办？答：签约学员没考上全额退款”等内容，"
        "属于对培训效果作出保证性承诺。",
    ],
)
def test_the_neighbouring_complaints_and_decisions_stay_silent(
    det, text: str, packs: list[str]
) -> None:
    assert not rule_ids(det, text, packs)


@pytest.mark.parametrize("packs", [TRAINING, ALL])
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("本校一建协议班：签约入学，考不过全额退费，名额有限。", "GP-104"),
        ("我们的协议班承诺考不过全额退费，不过不收钱，报名找王老师。", "GP-104"),
        ("常见问题\n问：没考过怎么办？\n答：协议班学员考不过全额退费。", "GP-104"),
        ("本机构郑重承诺：考试没过的学员全额退还学费，放心报名。", "GP-104"),
        # a seller dressed as news (网友反映 is not read as the paper's) still offers
        (
            "网友反映一建太难考，我们保证一次考过，考不过全额退费，报名电话 0371-6688 2211。",
            "GP-103",
        ),
        # a seller's boast of the hotline is not the learner's complaint
        ("签约保过，考不过全额退费，不满意不要钱，12315可查我们的资质。", "GP-103"),
    ],
)
def test_the_schools_own_promise_still_offers(det, text: str, rule: str, packs: list[str]) -> None:
    assert rule in rule_ids(det, text, packs)
