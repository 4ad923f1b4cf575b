"""``adsweep scan``, ``adsweep eval`` and ``adsweep portals`` through the real CLI entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from crawlers.cli import main

CORPUS = Path(__file__).parents[1] / "corpus" / "corpus.jsonl"


def run(argv: list[str], capsys, monkeypatch, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_scan_stdin_prints_findings_and_contacts(capsys, monkeypatch) -> None:
    code, out, _ = run(["scan"], capsys, monkeypatch, "低压电工证包过，不用考试。薇信 abc12345")
    assert code == 0
    assert "[GP-001] guarantee_promise" in out
    assert "[CS-001] certificate_sale" in out
    assert "wechat: abc12345" in out


def test_scan_explain_shows_why_candidates_were_silenced(capsys, monkeypatch) -> None:
    code, out, _ = run(["scan", "--explain"], capsys, monkeypatch, "谨防所谓电工证包过的骗局")
    assert code == 0
    assert "0 条命中" in out
    assert "未命中 [GP-001]" in out and "warning:" in out


def test_scan_explain_says_what_a_seller_cue_short_candidate_read(capsys, monkeypatch) -> None:
    """A rule that needs a seller's cues names the score it read, the rule's minimum and the
    cues, so a reviewer sees how far the sentence fell short and of what."""
    code, out, _ = run(
        ["scan", "--explain", "--pack", "certificates"],
        capsys,
        monkeypatch,
        # (session 42, terse) one of the paper's own cues (能查): 能查 with a bare price (三百) would be
        # two, a seller's title
        "焊工证 假的 能查 钢印",
    )
    assert code == 0
    assert "未命中 [CS-203]" in out and "要约线索得分 1，需要 2：标题式罗列" in out
    assert "[ML-FC] fake_certificate low" in out  # the sentence is left to the model
    code, out, _ = run(
        ["scan", "--explain", "--pack", "certificates"], capsys, monkeypatch,
        "海外文凭 学历认证 可咨询",
    )  # fmt: skip
    assert "要约线索得分 1，需要 2：咨询" in out, out


def test_scan_html_drops_scripts_and_keeps_alt_text(tmp_path: Path, capsys, monkeypatch) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>焊工证代办</title><script>var a='替考';</script></head>"
        "<body><p>优质服务</p><img src='a.png' alt='低压电工证包过'></body></html>",
        encoding="utf-8",
    )
    code, out, _ = run(["scan", "--html", "--explain", str(page)], capsys, monkeypatch)
    assert code == 0
    assert "title: 焊工证代办" in out
    assert "guarantee_promise" in out
    assert "exam_fraud" not in out


def test_scan_jsonl_keeps_order_and_names_the_bad_line(capsys, monkeypatch) -> None:
    lines = [
        json.dumps({"id": "a", "text": "焊工证代考"}, ensure_ascii=False),
        json.dumps({"id": "b", "text": "持低压电工证优先"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "d", "text": "包过"}),
    ]
    code, out, err = run(["scan", "--jsonl"], capsys, monkeypatch, "\n".join(lines) + "\n")
    assert code == 2
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["findings"][0]["category"] == "exam_fraud"
    assert rows[1]["findings"] == []
    assert "第 3 行" in err


def test_scan_missing_file_is_a_usage_error(capsys, monkeypatch) -> None:
    code, _, err = run(["scan", "/no/such/file.txt"], capsys, monkeypatch)
    assert code == 2 and "无法读取文件" in err


def test_eval_prints_every_category_beside_the_baseline(capsys, monkeypatch) -> None:
    code, out, _ = run(["eval", str(CORPUS), "--json"], capsys, monkeypatch)
    assert code == 0
    result = json.loads(out)
    assert result["n"] >= 400
    assert set(result["detector"]) == set(result["baseline"])
    assert result["detector"]["overall"]["recall"] > result["baseline"]["overall"]["recall"]
    assert set(result["by_slice"]) == {"offer", "report", "other"}
    code, out, _ = run(["eval", str(CORPUS)], capsys, monkeypatch)
    assert "certificate_sale" in out and "基线" in out and "特异度" in out


def test_eval_reads_several_files_and_lists_errors(tmp_path: Path, capsys, monkeypatch) -> None:
    extra = tmp_path / "extra.jsonl"
    lines = [
        {"id": "x1", "text": "焊工证代考，加微信", "categories": ["exam_fraud"], "kind": "listing"},
        {"id": "x2", "text": "今天天气很好", "categories": ["certificate_sale"], "kind": "listing"},
    ]
    extra.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    code, out, _ = run(["eval", str(CORPUS), str(extra), "--errors"], capsys, monkeypatch)
    assert code == 0
    assert "漏报 x2" in out and "x1" not in out


def test_eval_rejects_an_unknown_pack(capsys, monkeypatch) -> None:
    code, _, err = run(["eval", str(CORPUS), "--pack", "no-such-pack"], capsys, monkeypatch)
    assert code == 2 and "未知的规则包" in err


@pytest.mark.parametrize("host", ["cx.mem.gov.cn", "zlaq.mohurd.gov.cn"])
def test_portals_lists_offline_lookalikes(capsys, monkeypatch, host: str) -> None:
    code, out, _ = run(["portals", "--host", host], capsys, monkeypatch)
    names = out.split()
    assert code == 0 and len(names) > 100
    assert host not in names
    assert not any(n.endswith(".gov.cn") for n in names)


def test_portals_include_pinyin_and_abbreviation_variants(capsys, monkeypatch) -> None:
    _, out, _ = run(["portals", "--urls"], capsys, monkeypatch)
    names = out.split()
    for want in ("http://yingjiguanli.com/", "http://mem-gov.cn/", "http://cx-mem-gov.cn/"):
        assert want in names


def test_scan_trusts_the_bytes_of_a_gbk_file(tmp_path: Path, capsys, monkeypatch) -> None:
    page = tmp_path / "gbk.html"
    html = "<html><head><meta charset='utf-8'><title>焊工证</title></head><body>焊工证代办，免考</body></html>"
    page.write_bytes(html.encode("gbk"))
    code, out, _ = run(["scan", "--html", str(page)], capsys, monkeypatch)
    assert code == 0 and "[CS-001] certificate_sale" in out
