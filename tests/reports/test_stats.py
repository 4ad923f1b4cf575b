"""Statistics equal what the store holds: every figure recomputed from the hits themselves, and
the XLSX read back with openpyxl."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from lexicon.vocabulary import CATEGORY_LABELS
from pipelines.hit import Hit
from reports.stats import CONFIRMED, buckets, compute_stats, period_bounds
from reports.stats_files import write_chart, write_csv, write_xlsx

START, END = date(2026, 5, 1), date(2026, 5, 31)


def _fill(store) -> None:
    """Spread statuses and times over the fixture hits (one found just outside the period)."""
    plan = ["removed", "noticed", "rejected", "reappeared", "confirmed"]
    for h, status in zip(list(store.iter_hits()), plan, strict=True):
        store.set_status(h.id, status, actor="审核员甲", at="2026-05-20T03:00:00Z")
    late = Hit.from_dict({**next(store.iter_hits()).to_dict(), "id": "late", "url": "https://x.example/late",
                          "first_seen": "2026-05-31T16:30:00Z", "last_seen": "2026-05-31T16:30:00Z",
                          "history": [], "status": "new"})  # fmt: skip
    store.upsert_hit(late)  # 2026-06-01 00:30 Beijing time: outside May
    store.start_run({"id": "r1", "started_at": "2026-05-03T01:00:00Z"})
    store.finish_run("r1", pages=120)
    store.start_run({"id": "r0", "started_at": "2026-04-30T15:00:00Z"})  # 4月30日 23时
    store.finish_run("r0", pages=7)
    store.put_notice({"id": "TZ-2026-1", "kind": "notice", "platforms": ["易购街"],
                      "sent_at": "2026-05-21T02:00:00Z", "status": "sent", "hit_ids": []})  # fmt: skip
    store.put_notice({"id": "YS-2026-1", "kind": "referral", "platforms": ["易购街", "闲置集市"],
                      "sent_at": "2026-05-22T02:00:00Z", "status": "sent", "hit_ids": []})  # fmt: skip


def _expected(store):
    since, until = period_bounds(START, END)
    hits = list(store.iter_hits())
    found = [h for h in hits if since <= h.first_seen < until]
    changed = [h for h in hits if since <= h.status_changed_at < until]
    return found, changed


def test_every_figure_equals_the_store(any_store, tmp_path):
    store = any_store
    _fill(store)
    st = compute_stats(store, START, END, "week")
    found, changed = _expected(store)
    summary = dict(st.tables[0].rows)
    assert summary["检查网站（个次）"] == 1 and summary["检查网页（个次）"] == 120
    assert summary["发现涉嫌违法信息（条）"] == len(found) == 5
    assert summary["审核确认违法信息（条）"] == sum(h.status in CONFIRMED for h in found)
    assert summary["审核排除（条）"] == sum(h.status == "rejected" for h in found)
    assert summary["清理违法违规信息（条）"] == sum(h.status == "removed" for h in changed) == 1
    assert summary["删除后重新出现（条）"] == 1
    assert summary["发出责令删除通知书（份）"] == 1 and summary["责令整改平台（个）"] == 1
    assert summary["移送公安机关线索（件）"] == 1
    cats = {r[0]: r[1:] for r in st.tables[1].rows}
    for c, label in CATEGORY_LABELS.items():
        mine = [h for h in found if c in h.categories]
        assert cats[label] == [len(mine), sum(h.status in CONFIRMED for h in mine),
                               sum(h.status == "rejected" for h in mine),
                               sum(h.status == "removed" and h in changed for h in mine)]  # fmt: skip
    plats = {r[0]: r[1:] for r in st.tables[2].rows}
    assert plats["易购街"][0] == sum(h.platform == "易购街" for h in found)
    assert plats["易购街"][4] == 1
    weeks = st.tables[3].rows
    assert [w[0] for w in weeks] == [b[0] for b in buckets(START, END, "week")]
    assert sum(w[1] for w in weeks) == len(found)

    xlsx = write_xlsx(st, tmp_path / "s.xlsx", unit="临江市市场监督管理局", filler="赵某",
                      phone="0000-87654321", filled="2026-06-02")  # fmt: skip
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["汇总", "按类别", "按平台", "按周"]
    ws = wb["按类别"]
    assert ws["A2"].value == "填报单位（盖章）：临江市市场监督管理局"
    assert "填报人：赵某" in ws["A4"].value and "2026年5月1日至2026年5月31日" in ws["A3"].value
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=7, max_row=6 + len(CATEGORY_LABELS))]
    assert rows == [[r[0], *r[1:]] for r in st.tables[1].rows]
    assert all(isinstance(v, int) for r in rows for v in r[1:])
    assert ws.column_dimensions["A"].width == 30
    total = [c.value for c in ws[7 + len(CATEGORY_LABELS)]]
    assert total[0] == "合计" and total[1] == sum(r[1] for r in rows)
    csvs = write_csv(st, tmp_path, "s")
    assert [p.name for p in csvs] == ["s-汇总.csv", "s-按类别.csv", "s-按平台.csv", "s-按周.csv"]
    png = write_chart(st, tmp_path / "s.png", "临江市市场监督管理局")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_month_buckets():
    assert [b[0] for b in buckets(date(2026, 4, 15), date(2026, 6, 2), "month")] == [
        "2026年4月", "2026年5月", "2026年6月"]  # fmt: skip
