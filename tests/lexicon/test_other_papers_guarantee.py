"""The special-operations pack's guarantee rules and somebody else's exam (session 31, papers2,
holdout48): GP-001, GP-002 and GP-003 read a promise (包过, 不过退费, 速成拿证) beside an exam word.
When that word is only generic (考证, 考试, 拿证, 补考) and the paper named beside it belongs to
another pack (a counsellor's, a builder's, a driving school's, a professional title), with no
special-operations certificate as near, the candidate is silent, named ``other_paper:<term>``:
the training-ads pack's own guarantee rules read it. A named special-operations certificate or
trade (电工证, 焊工, 高处作业, 安全员, 制冷, 特种作业) keeps the finding.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.rules import lint
from lexicon.silence import OtherPapers
from tests.lexicon.lexicon_once import fresh_lexicon
from tests.lexicon.scanning import ALL, SPECIAL, rule_ids

GUARANTEE = {"GP-001", "GP-002", "GP-003"}


def _reasons(det, text: str) -> list[str]:
    return [s.reason for s in det.scan_page(text=text, packs=SPECIAL).suppressed]


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("二级建造师 考证包过 资料全套 详询 138 5501 2269", "二级建造师"),
        ("驾校暑假班 学车包拿证 挂科免费补考 报名找王教练", "驾校"),
        ("社会工作者 考试保过 不过退学费 加v sg_7781", "社会工作者"),
        ("中级职称 考证包过 评审材料我们帮整理 价格私聊", "中级职称"),
        ("营养师证书速成班 半个月拿证 报名咨询", "营养师证"),
    ],
)
def test_another_packs_exam_takes_the_generic_promise(det, text: str, paper: str) -> None:
    assert not GUARANTEE & set(rule_ids(det, text, SPECIAL))
    assert f"other_paper:{paper}" in _reasons(det, text)


@pytest.mark.parametrize(
    "text",
    [
        # the pack's own certificate or trade named beside another paper
        "焊工证和教师资格证一起报 考试包过 不过退费 电话 139 2201 7781",
        "安全员C证 二建 一块报名 考证包过 私我",
        "特种作业 心理咨询师 都能报 考证包过",
        "学电工 导游证 同期开班 考试包过 联系我",
        # no paper named: the bare promise stays the pack's
        "考证包过，不过全额退款，报名电话 186 7720 3314",
        # a waived paper is none sold
        "学历不限 考证包过 不过退费 联系 135 2288 6610",
    ],
)
def test_the_packs_own_or_no_paper_keeps_the_guarantee(det, text: str) -> None:
    assert GUARANTEE & set(rule_ids(det, text, SPECIAL))


def test_with_the_owning_packs_on_both_read_the_promise(det) -> None:
    # paper_owners: with the training-ads pack on, the same category stays beside its GP-1xx
    # (its own rules may miss what GP-001 read); only the special-ops pack alone leaves it
    text = "一级消防工程师 考试包过 不过退费 报名电话 177 3320 5586"
    found = set(rule_ids(det, text, ALL))
    assert GUARANTEE & found
    assert any(r.startswith("GP-1") for r in found)
    assert not GUARANTEE & set(rule_ids(det, text, SPECIAL))


def test_the_borrowed_papers_are_the_same_set() -> None:
    lex = fresh_lexicon()
    rules = {r.id: r for r in lex.rules}
    base = OtherPapers(lex, rules["CS-001"].params)
    gp = OtherPapers(lex, rules["GP-001"].params, rules["CS-001"].params)
    # derived from the same sets, nothing copied; a driving school (驾校) named too
    assert base.other <= gp.other
    assert gp.other - base.other <= {"驾校", "驾考"}
    # exam context words that hold or begin an own name are the pack's, not generic
    assert {"电工班", "特种作业", "上岗"} <= gp.own
    assert not {"电工班", "特种作业", "上岗"} & gp.generic
    assert {"考证", "考试", "补考"} <= gp.generic
    assert base.generic == OtherPapers(lex, rules["CS-001"].params).generic


def test_lint_knows_the_borrowed_rule() -> None:
    lex = fresh_lexicon()
    assert not [p for p in lint(lex) if "paper_like" in p]
