"""``adsweep ingest``: platform exports (CSV, JSON lines, XLSX) through detection into the store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from pipelines.store import open_store
from tests.conftest import run_adsweep

from .site import AD_TEXT, CLEAN_TEXT

ROWS = 300


@pytest.fixture
def adsweep(tmp_path):
    """The real ``adsweep`` in a subprocess: ingest is a Scrapy crawl (one reactor per process)."""

    def run(*args: str, cwd: Path | None = None):
        return run_adsweep(*args, cwd=cwd or tmp_path)

    return run


def _rows():
    for i in range(ROWS):
        yield i, (AD_TEXT if i % 10 == 0 else CLEAN_TEXT), f"店铺{i % 7}"


def test_csv_in_gb18030_with_column_mapping(adsweep, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with path.open("w", encoding="gb18030", newline="") as f:
        w = csv.writer(f)
        w.writerow(["商品ID", "宝贝名称", "店铺名称", "价格", "商品链接"])
        for i, text, shop in _rows():
            w.writerow([i, text, shop, "199", f"https://item.example.cn/{i}.htm"])
    store = f"sqlite:///{tmp_path}/s.db"
    r = adsweep(
        "ingest",
        str(path),
        "--platform",
        "示例商城",
        "--map",
        "title=宝贝名称",
        "--store",
        store,
        cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    assert f"导入 {ROWS} 条，命中 {ROWS // 10} 条" in r.stdout
    with open_store(store) as s:
        hits = list(s.iter_hits())
        assert len(hits) == ROWS // 10
        h = s.get_hit(hits[0].id)
        assert h.platform == "示例商城" and h.shop.startswith("店铺") and h.price == "199"
        assert h.url.startswith("https://item.example.cn/") and "certificate_sale" in h.categories
        (run,) = s.list_runs()
        assert run["spider"] == "ingest" and run["pages"] == ROWS and run["hits"] == ROWS // 10
        assert run["status"] == "finished" and run["hits_by_category"]["certificate_sale"] == 30
    again = adsweep(
        "ingest",
        str(path),
        "--platform",
        "示例商城",
        "--map",
        "title=宝贝名称",
        "--store",
        store,
        cwd=tmp_path,
    )
    assert again.returncode == 0
    with open_store(store) as s:
        assert s.count_hits() == ROWS // 10  # same listings, same hits: no duplicates
        assert len(s.list_runs()) == 2


def test_jsonl_with_default_columns_and_a_broken_line(adsweep, tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i, text, shop in _rows():
            f.write(
                json.dumps(
                    {"id": i, "title": f"商品{i}", "description": text, "shop": shop},
                    ensure_ascii=False,
                )
                + "\n"
            )
            if i == 5:
                f.write("{not json\n")
    store = f"sqlite:///{tmp_path}/s.db"
    r = adsweep("ingest", str(path), "--platform", "二手平台", "--store", store, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "错误 1 条" in r.stdout and "第 7 行不是有效的 JSON" in r.stderr
    with open_store(store) as s:
        urls = sorted(h.url for h in s.iter_hits())
        assert len(urls) == ROWS // 10 and urls[0] == "ingest://二手平台/0"
        assert s.list_runs()[0]["errors"] == 1


def test_xlsx_streamed_read_only(adsweep, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "export.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["链接", "标题", "卖家"])
    for i, text, _ in _rows():
        ws.append([f"https://m.example.cn/p/{i}", text, f"卖家{i}"])
    wb.save(path)
    store = f"sqlite:///{tmp_path}/s.db"
    r = adsweep("ingest", str(path), "--platform", "短视频小店", "--store", store, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    with open_store(store) as s:
        hits = list(s.iter_hits())
        assert len(hits) == ROWS // 10 and all(h.seller.startswith("卖家") for h in hits)


def test_mapping_errors_are_usage_errors(adsweep, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("名称,备注\n低压电工证包过,x\n", encoding="utf-8")
    store = f"sqlite:///{tmp_path}/s.db"
    r = adsweep("ingest", str(path), "--platform", "p", "--map", "colour=名称", "--store", store)
    assert r.returncode == 2 and "未知字段 'colour'" in r.stderr
    r = adsweep("ingest", str(path), "--platform", "p", "--map", "title=标题", "--store", store)
    assert r.returncode == 2 and "没有这一列" in r.stderr
    r = adsweep("ingest", str(tmp_path / "missing.csv"), "--platform", "p", "--store", store)
    assert r.returncode == 2 and "找不到文件" in r.stderr
    r = adsweep("ingest", str(path), "--platform", "p", "--store", store)  # 名称 is a title alias
    assert r.returncode == 0, r.stderr


def test_an_ingested_hit_goes_the_way_a_crawled_one_does(adsweep, tmp_path: Path) -> None:
    """Evidence, page states, the run record, lifecycle: only the hit's source differs."""
    from warcio.archiveiterator import ArchiveIterator

    from pipelines.evidence.archive import EvidenceArchive, sha256_file
    from pipelines.evidence.package import export_hit
    from pipelines.evidence.verify import verify_run

    rows = [
        {"链接": "https://item.example.cn/1.htm", "标题": "低压电工证", "描述": AD_TEXT},
        {"链接": "https://item.example.cn/2.htm", "标题": "安全培训", "描述": CLEAN_TEXT},
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    store = f"sqlite:///{tmp_path}/s.db"
    r = adsweep("ingest", str(path), "--platform", "示例商城", "--store", store)
    assert r.returncode == 0, r.stderr
    archive = EvidenceArchive(tmp_path / "data" / "evidence")
    with open_store(store) as s:
        (hit,) = list(s.iter_hits())
        (run,) = s.list_runs()
        assert run["source"] == str(path) and run["source_sha256"] == sha256_file(path)
        assert s.get_page(rows[1]["链接"])["hit_id"] is None  # clean rows are pages too
        assert s.get_page(hit.url)["hit_id"] == hit.id
    ev = hit.evidence
    assert ev["source"] == "export:export.jsonl#1" and ev["run_id"] == run["id"] == hit.run_id
    assert verify_run(archive, hit.run_id).ok
    w = ev["warc"]
    raw = archive.read_range(w["file"], w["offset"], w["length"])
    records = [
        (rec.rec_type, rec.rec_headers.get_header("WARC-Target-URI"), rec.content_stream().read())
        for rec in ArchiveIterator(io.BytesIO(raw))
    ]
    # One record: the row as read, not an invented HTTP exchange.
    assert [(kind, uri) for kind, uri, _ in records] == [("resource", hit.url)]
    assert json.loads(records[0][2]) == rows[0]
    package = export_hit(archive, hit, tmp_path / "package")
    assert package.wacz.exists() and package.record.exists() and not package.problems

    # The platform's next export says the listing is gone: the hit is marked removed.
    rows[0]["标题"] = "商品已下架"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert adsweep("ingest", str(path), "--platform", "示例商城", "--store", store).returncode == 0
    with open_store(store) as s:
        assert s.get_hit(hit.id).status == "removed"
