"""The special-operations pack and somebody else's paper (session 31, papers, holdout46): CS-001
reads a bare 拿证 / 出证 / 证书 as the paper named next to it. When that paper belongs to another
pack (a pharmacist's, a builder's, a nurse's, a tour guide's certificate, a professional title)
and no special-operations certificate is named within the rule's reach, the candidate is silent,
named ``other_paper:<term>``; a listing that names a special-operations certificate still fires,
and the other packs and the learned scorer still read the sentence.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.silence import OtherPapers
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import ALL, SPECIAL, rule_ids


def _reasons(det, text: str, packs: list[str]) -> list[str]:
    return [s.reason for s in det.scan_page(text=text, packs=packs).suppressed]


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("药师资格这块我熟，执业药师 一个月拿证 不用考试 私我", "执业药师"),
        ("二级建造师证书 免考 直接出证 价格好谈 v：ej_5120", "二级建造师"),
        ("社会工作者 不用考也能拿证，民政系统能查，电话 177 0021 8890", "社会工作者"),
        ("营养师证书 免考试 十天下证 加我详聊", "营养师证"),
        ("税务师 无需考试 快速拿证 名额不多", "税务师"),
    ],
)
def test_another_packs_paper_takes_the_generic_word(det, text: str, paper: str) -> None:
    assert "CS-001" not in rule_ids(det, text, SPECIAL)
    assert f"other_paper:{paper}" in _reasons(det, text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        # the pack's own certificate named in the listing beside another paper
        "焊工证和执业药师证都能办 不用考试 半个月拿证 v：hz_3301",
        "低压电工证 一建证书 免考拿证 全国可查 电话 135 6620 4471",
        "登高证+导游证 打包办 免考 直接下证",
        # no paper named at all: the bare offer stays the pack's
        "不用考试也能拿证，资料发我，十天到手",
        # the paper the buyer lacks or shows is none sold
        "学历不限 免考拿证 只要身份证 联系 139 0088 2231",
    ],
)
def test_the_packs_own_or_no_paper_keeps_the_finding(det, text: str) -> None:
    assert "CS-001" in rule_ids(det, text, SPECIAL)


def test_the_other_packs_and_the_scorer_still_read_the_sentence(det) -> None:
    text = "护士资格证 不用考 一周拿证 医院都认 加扣 5566 7788"
    assert "CS-001" not in rule_ids(det, text, ALL)
    assert rule_ids(det, text, ALL) & {"CS-201", "ML-CS"}


def test_the_other_papers_are_derived_from_the_term_sets() -> None:
    lex = fresh_lexicon()
    rule = next(r for r in lex.rules if r.id == "CS-001")
    papers = OtherPapers(lex, rule.params)
    # the other packs' names are in, the pack's own and the generic words are out
    assert {"执业药师", "健康管理师", "二建证", "导游证", "毕业证", "自考"} <= papers.other
    assert (
        not {"电工证", "安全员", "证书", "资格证", "身份证", "考试", "上课", "面试"} & papers.other
    )
    own = {t for n in ("cert_key", "cert", "cert_more", "cert_trade") for t in lex.sets[n].terms}
    # (issue 9, session 71, papers2) the own names that hold another paper whole by design
    # (观光车驾驶证, 厂内车辆驾驶证 hold 驾驶证: terms/paper_apart) are the one overlap allowed
    apart = set(lex.sets["paper_apart"].terms)
    assert not any(t in o or o in t for t in papers.other - apart for o in own)
    assert all(t in o for t in papers.other & apart for o in own if t in o or o in t)


@pytest.mark.parametrize(
    "text",
    [
        "电焊工 理论实操都不用考 官网可查 拿证快 联系 138 2233 4455",
        "登高架设 笔试都不用去考，系统可查，半月拿证，私聊",
    ],
)
def test_each_part_of_the_exam_waived_is_the_bypass(det, text: str) -> None:
    assert rule_ids(det, text, SPECIAL) & {"CS-001", "CS-006"}


@pytest.mark.parametrize(
    "text",
    [
        "理论实操都不用参加考试吗？我们这里必须到考点考",
        "持证满六年无违章的，理论实操都不用参加复审考试，直接延期",
    ],
)
def test_a_question_or_the_renewal_rule_is_no_bypass(det, text: str) -> None:
    assert not rule_ids(det, text, SPECIAL)
