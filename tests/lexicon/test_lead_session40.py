"""Coverage checks of session 40 (lead), in the project's own words.

A seller's search-bait question answered in its own name (如何购买某大学毕业证书？找我们) lost to the
question's buyer words (购买, 买到, 如何): those are the hook's, not a report's, once the writer
answers with its own call. A score changed after the exam (成绩可以调, 分数不够找我, 帮你改分) had no
rule in the special-operations pack and only 改分 itself in the training-ads pack. The trip to the
hall waved away with 跑 (不用跑考场) and a shill's "got it from this teacher, never sat the exam"
(找这个老师拿的 没去考) were not bypass words. And the detector's memory: an automaton key is the
term's own string where normalizing leaves the term as it is.
"""

from __future__ import annotations

import pytest

from lexicon.automata import _key, build_automata
from tests.lexicon.scanning import ALL, CERTS, SPECIAL, TRAINING, categories, rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "如何购买日本某大学毕业证书？找我们",
        "哪里可以买到海外名校的学位证？找我们就对了",
        "在哪能买到本科毕业证？联系我们，原版纸张",
    ],
)
def test_a_question_answered_in_the_sellers_name_is_its_hook(det, text: str) -> None:
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        "记者调查：如何购买假毕业证？找中介就行，一些中介声称三天出证",
        "网友提问：哪里能买到假毕业证？警方提醒：购买假证违法",
        "哪里能买到真的学位证？找学校补办，警方提醒买假证违法",
        "如何购买正版考试教材？请到新华书店或出版社官网",
    ],
)
def test_a_question_answered_by_someone_else_stays_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


def test_the_hook_cue_is_shown(det) -> None:
    text = "如何购买某大学毕业证书？找我们"
    at = text.index("毕业证")
    stance = det._stance.judge(text, at, at + 3, [])
    assert stance.verdict == "offer"
    assert "offer:钩子里的买家用语不计" in stance.cues


@pytest.mark.parametrize(
    ("text", "packs", "rule"),
    [
        ("低压电工 成绩可以调 分数不够找我", SPECIAL, "EF-001"),
        ("焊工证考试没过线？帮你改分，出分后付款", SPECIAL, "EF-001"),
        ("教资笔试 成绩可以调 分数不够找我", TRAINING, "EF-101"),
        ("二建分数差几分？分数能改，出分后付款", TRAINING, "EF-101"),
    ],
)
def test_a_score_changed_after_the_exam_is_exam_fraud(
    det, text: str, packs: list[str], rule: str
) -> None:
    assert rule in rule_ids(det, text, packs)


@pytest.mark.parametrize(
    "text",
    [
        "教务处通知：期末考试成绩调分须经学院审批，任何个人不得擅自修改",
        "考完觉得分数不够，只能明年再考，没有任何人能改分",
        "特种作业考试成绩以考试系统为准，任何声称能改分的都是骗局，请拨打12350举报",
    ],
)
def test_lawful_curves_and_warnings_about_score_changes_stay_silent(det, text: str) -> None:
    assert not categories(det, text, ALL)


@pytest.mark.parametrize(
    "text",
    [
        "电工证 焊工证 高处作业 不用跑考场 见头像",
        "我的焊工证就是找这个老师拿的 没去考 现在已经上岗了 需要的评论区见",
        "叉车证是找他办的，考试都没去，需要的私我",
    ],
)
def test_the_exam_waved_away_or_skipped_is_a_sale(det, text: str) -> None:
    assert "certificate_sale" in categories(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "我的焊工证是在培训学校拿的，没考过的都要重考",
        "我的电工证是去年在技校办的，没去考试的同学今年补考",
        "电工证是托人办的，没参加考试，后来被查出来是假证，单位罚了款",
    ],
)
def test_a_learners_story_of_who_sat_the_exam_stays_silent(det, text: str) -> None:
    assert "certificate_sale" not in categories(det, text, SPECIAL)


def test_an_unchanged_term_is_its_own_key() -> None:
    term = "不用跑考场"
    assert _key(term) is term
    assert _key("ＡＢＣ电工证") == "abc电工证"


def test_the_automaton_keys_share_the_lexicons_strings(det) -> None:
    # the detector's automata keep no key strings at all (session 58: 3.7 MB of resident
    # memory); a build that keeps them, for tests and benchmarks, shares the lexicon's terms
    assert det._auto.anchors.keys is None and det._auto.context.keys is None
    assert len(det._auto.anchors) > 10_000
    kept = build_automata(det.lex, det._window_rules, keep_keys=True)
    assert kept.anchors.keys is not None and len(kept.anchors.keys) == len(det._auto.anchors)
    keys = {id(k) for k in kept.anchors.keys}
    terms = [t for ts in det.lex.sets.values() for t in ts.terms if _key(t) == t]
    shared = [t for t in terms if id(t) in keys]
    assert len(shared) > 10_000


@pytest.mark.parametrize(
    "text",
    [
        "今年全国一建通过率约为百分之十，远低于往年",
        "教资笔试全国通过率不到三成，考生需认真备考",
        "全国法考客观题通过率大约百分之十五",
        "据统计，该考试全国通过率接近百分之十，远低于往年",
    ],
)
def test_an_exams_overall_pass_rate_is_a_statistic(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("教资面试 一对一 通过率接近百分百 报名私聊", "GP-110"),
        # the low national rate set against the seller's own guarantee: the rules still read it
        ("一建全国通过率仅为百分之十，报我们的签约班包过，不过退费，电话13800001111", "GP-101"),
    ],
)
def test_a_sellers_rate_still_promises(det, text: str, rule: str) -> None:
    assert rule in rule_ids(det, text, TRAINING)


def test_a_listing_title_is_a_sellers_line(det) -> None:
    text = "收入证明 银行流水 在职证明 全套 包过审"
    at = text.index("在职证明")
    stance = det._stance.judge(text, at, at + 4, [])
    assert "offer:标题式罗列" in stance.cues
    assert "fake_certificate" in categories(det, text, CERTS)


@pytest.mark.parametrize(
    "text",
    [
        # a poster's own day, a question, a lawful shop in the same shape
        "今天考完电工证理论 九十六分 稳如老狗 下周实操",
        "电工证丢了 还能重新出一本吗 要去哪里办",
        "证书外壳 封皮 做一本样品 批发联系",
        "毕业证 学位证 原件 复印件 各一份",
        "低压电工 高压电工 焊工 登高 制冷 报名中",
    ],
)
def test_a_post_or_a_lawful_listing_in_that_shape_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL) - {"ML-CS", "ML-FC", "ML-GP", "ML-EF"}


def test_a_cover_makers_exception_breaks_on_the_inner_page(det) -> None:
    assert "FC-006" in rule_ids(det, "电工证 外壳内芯 都能做一本 私", SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "本站不提供任何代办、代考服务",
        "本机构不提供代考、替考服务，请考生诚信应考",
        "严禁代考、替考、组织作弊，违者依法处理",
    ],
)
def test_a_refusal_that_lists_what_it_refuses_stays_silent(det, text: str) -> None:
    assert not rule_ids(det, text, ALL)


def test_a_refused_invoice_refuses_nothing_of_the_trade(det) -> None:
    assert "EF-103" in rule_ids(det, "不提供发票，代考包过，加微信", TRAINING)
