"""Lead, session 55: the short names sellers give the welding, height and vehicle cards
(熔化焊证, 压力焊证, 钎焊证, 气割证, 高空证, 场内车辆证) and the safety cards (电气试验证, 安全管理员证)
had no certificate anchor in the default pack, so a pass promise or a skip on them raised only
the model. They are certificate names now; notices, job ads, exam timetables, how-to answers
and judgments that name them stay silent. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.lexicon.scanning import ALL, SPECIAL, rule_categories, rule_ids_no_model


@pytest.mark.parametrize(
    "text",
    [
        "熔化焊证包过，学费一次付清，加v rh_3141",
        "熔焊证 不用考试 直接出证 微信 rh_2718",
        "压力焊证免培训，五天拿证，vx:yl5566",
        "钎焊证包拿，全国可查，私聊",
        "气割证不用到场，资料发我，加微 qg_7070",
        "高空证稳过，不过全退，电话 13900221133",
        "電氣試驗證 免考 直接拿證 加v dq_4242",
        "场内车辆证代办，三天出证，v信 cn_6060",
        "安全管理员证包过，名额有限，加v aq_1212",
        "熔 化 焊 证 包 过，加v rh_5050",
    ],
)
def test_sellers_on_the_short_names_fire(det, text: str) -> None:
    for packs in (SPECIAL, ALL):
        fired = {c for r, c in rule_categories(det, text, packs).items() if not r.startswith("ML-")}
        assert fired & {"guarantee_promise", "certificate_sale"}, (packs, text, fired)


@pytest.mark.parametrize(
    "text",
    [
        "熔化焊证到期复审须本人参加培训和考试，请勿相信网上免考的说法。",
        "招聘：持压力焊证的焊工三名，月薪九千，包吃住，年底有奖金。",
        "钎焊证理论考试定于十二月十日，实操考试十二月十二日，请考生带好身份证。",
        "警方提醒：网上所谓高空证包过、不用考试的广告都是诈骗，请勿转账。",
        "法院查明，被告人以每本五百元的价格出售伪造的熔化焊证共计三十本。",
        "场内车辆证由市场监督管理部门核发，持证人可在官网查询证书真伪。",
        "问：气割证能不能不考直接拿？\n答：不能，必须参加培训并考试合格。",
    ],
)
def test_notices_jobs_timetables_and_reports_stay_silent(det, text: str) -> None:
    for packs in (SPECIAL, ALL):
        assert rule_ids_no_model(det, text, packs) == set(), (packs, text)


def test_boundary_answers_follow_the_containers_not_their_address(det) -> None:
    """The segmenter's boundary cache was keyed by ``id(containers)``: a containers set freed
    and another made at the same address (the speed7 tests build a second combiner over the
    detector's segmenter) read the first set's answer, and a whole scan differed from the
    reference now and then. 电工证 inside 低压电工证 counts only where the word is the rule's."""
    seg = det._seg
    text = "本店低压电工证代办，联系我"
    s = text.index("电工证")
    for _ in range(40):
        theirs = frozenset({"低压电工证", "高压电工证"})
        assert seg.on_boundaries(text, s, s + 3, containers=theirs)
        del theirs
        other = frozenset({"无关的词", "另一个词"})
        assert not seg.on_boundaries(text, s, s + 3, containers=other)
