"""Evaluation on real third-party text: the source split, the slices and the scoring rules.

The real corpus is read from ``../shared/corpus-real/`` at run time (never copied here).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from lexicon.corpora import load_corpus, load_rows, real_split, rows_from_records, source_key
from lexicon.evaluate import evaluate_rows, wilson

REAL = Path(__file__).parents[2].parent / "shared" / "corpus-real" / "real-dev.jsonl"


def test_source_key_groups_hosts_and_repositories() -> None:
    assert source_key("https://www.example.cn/a/b.html") == "example.cn"
    assert source_key("https://github.com/owner/repo/issues/3") == "github.com/owner/repo"
    assert source_key("GitHub file, code-index id 12") == "github-code-index"
    assert source_key("某报 repost: 标题") == "某报 repost"


def test_real_split_keeps_sources_whole_and_balances_domains() -> None:
    records = load_corpus(REAL)
    split = real_split(records)
    assert split == real_split(list(reversed(records)))  # order of lines does not matter
    rows = load_rows(REAL)
    assert all(r.part == split[r.source] for r in rows)
    pos = Counter((r.part, r.extra["domain"]) for r in rows if r.positive)
    for domain in ("special_operations", "general_cert", "exam"):
        assert pos[("tune", domain)] >= 2 and pos[("measure", domain)] >= 2, pos
    reports = Counter(r.part for r in rows if r.slice == "report")
    assert min(reports.values()) >= 40, reports
    assert not any(r.text == "" for r in rows)
    assert len(rows) == sum(1 for r in records if r["label"] != "unsure")


def test_incomplete_labels_do_not_count_an_extra_category_on_an_offer(det) -> None:
    records = [
        {"id": "a", "text": "低压电工证代办，不用考试，包过", "label": "positive",
         "category": "certificate_sale", "domain": "special_operations", "source": "s1", "note": ""},
        {"id": "b", "text": "记者调查发现有机构出售低压电工证", "label": "negative",
         "category": "none", "domain": "special_operations", "source": "s2", "note": "news"},
        {"id": "c", "text": "随便看看", "label": "unsure", "category": "none",
         "domain": "other", "source": "s3", "note": ""},
    ]  # fmt: skip
    rows = rows_from_records(records, "t")
    assert [r.slice for r in rows] == ["offer", "report"]
    res = evaluate_rows(det, rows)
    assert res["detector"]["guarantee_promise"]["fp"] == 0  # 包过 on an offer line: not an error
    assert res["offers"]["detector"]["recall"] == 1.0
    assert res["by_slice"]["report"]["detector"]["negatives"] == 1


def test_wilson_interval_is_wide_on_few_lines_and_honest_at_the_ends() -> None:
    # 2 of 3 special-operations offers: the rate 0.667 is compatible with both 0.2 and 0.94
    lo, hi = wilson(2, 3)
    assert (lo, hi) == (0.2077, 0.9385)
    # all found still leaves room below, none found still leaves room above
    assert wilson(3, 3)[0] < 0.5 < wilson(3, 3)[1] == 1.0
    assert wilson(0, 11) == (0.0, 0.2588)
    # more lines, narrower interval around the same rate
    assert wilson(60, 90)[1] - wilson(60, 90)[0] < (hi - lo) / 2
    assert wilson(0, 0) is None


def test_errors_name_the_stage_they_arose_at_and_are_counted(det) -> None:
    """The measured-only part is read by totals only: the stage counts say whether its misses
    were silenced, never read, or scored too low by the model, without showing a line."""
    from io import StringIO

    from crawlers.cli.eval import print_report

    def rec(i: str, text: str, label: str) -> dict[str, str]:
        cat = "certificate_sale" if label == "positive" else "none"
        return {"id": i, "text": text, "label": label, "category": cat,
                "domain": "special_operations", "source": "s" + i, "note": ""}  # fmt: skip

    rows = rows_from_records(
        [
            rec("a", "记者调查发现，有人在网上出售低压电工证", "positive"),
            rec("b", "周末一起去爬山吧，山顶风景不错", "positive"),
            rec("c", "焊工证的事以后再说吧", "positive"),
            rec("d", "低压电工证代办，不用考试，包过，加微信详谈", "negative"),
            rec("e", "高处作业证到期了记得去复审", "negative"),
        ],
        "t",
    )
    res = evaluate_rows(det, rows)
    stages = {e["id"]: e["stage"] for e in res["errors"]}
    assert stages == {
        "a": "suppressed:report",  # a candidate, silenced as a report
        "b": "no_anchor",  # nothing of the pack in it: neither rules nor model read it
        "c": "model_low",  # read by the model, far below its threshold
        "d": "rule:offer",  # a rule raised it, reading a seller
    }
    assert res["diagnosis"] == {
        "false_alarm": {"rule:offer": 1},
        "miss": {"suppressed:report": 1, "no_anchor": 1, "model_low": 1},
    }
    out = StringIO()
    print_report(res, out, errors=True, by_source=False)
    text = out.getvalue()
    assert "漏报：候选被压下（报道） 1" in text
    assert "没有本包的锚词" in text and "误报：规则（立场 要约） 1" in text
    assert "〔候选被压下（报道）〕" in text
