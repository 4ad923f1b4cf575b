"""``adsweep evidence verify|export`` end to end: WACZ that validates, a readable 笔录."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import zipfile

from warcio.archiveiterator import ArchiveIterator

from crawlers.cli import main
from pipelines.evidence.archive import sha256_file
from pipelines.hitbuild import build_hit
from pipelines.store import open_store


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        rc = main(list(argv))
    return rc, out.getvalue()


def _stored(tmp_path, items) -> str:
    url = f"sqlite:///{tmp_path / 'ev.db'}"
    with open_store(url) as store:
        for item in items:
            store.upsert_hit(build_hit(item))
    return url


def test_verify_cli_exit_codes(captured_run, tmp_path):
    archive, items, _, _ = captured_run
    rc, out = _run("evidence", "--evidence-dir", str(archive.root), "verify")
    assert rc == 0 and "批次 run-ev：5 条清单" in out and "校验通过" in out
    (archive.root / items[0].evidence["text"]["path"]).chmod(0o640)
    (archive.root / items[0].evidence["text"]["path"]).write_text("篡改", encoding="utf-8")
    rc, out = _run("evidence", "--evidence-dir", str(archive.root), "verify", "run-ev")
    assert rc == 1 and "提取文本文件被改动" in out and "第 1 条" in out
    assert _run("evidence", "--evidence-dir", str(archive.root), "verify", "nope")[0] == 2


def test_export_package_pdf(captured_run, tmp_path):
    archive, items, _, _ = captured_run
    url = _stored(tmp_path, items)
    hit = build_hit(items[0])
    out = tmp_path / "pkg"
    rc, text = _run("evidence", "--evidence-dir", str(archive.root), "export", hit.id,
                    "--store", url, "-o", str(out), "--operator", "王执法", "--organization",
                    "某市市场监督管理局")  # fmt: skip
    assert rc == 0, text
    wacz = out / f"{hit.id}.wacz"
    pdf = out / f"电子数据提取笔录-{hit.id}.pdf"
    # The WACZ validates with the wacz tool and carries the original response byte for byte.
    assert subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(wacz)],
                          capture_output=True).returncode == 0  # fmt: skip
    with zipfile.ZipFile(wacz) as z:
        names = z.namelist()
        assert "datapackage.json" in names and "pages/pages.jsonl" in names
        warc_name = next(n for n in names if n.startswith("archive/"))
        with z.open(warc_name) as f:
            recs = {r.rec_type + ":" + r.rec_headers.get_header("WARC-Target-URI"):
                    r.content_stream().read() for r in ArchiveIterator(f)}  # fmt: skip
    assert recs[f"response:{items[0].url}"] == items[0].body
    assert recs[f"resource:urn:adsweep:text:{items[0].url}"].decode() == items[0].text
    assert recs[f"resource:urn:adsweep:screenshot:{items[0].url}"] == items[0].screenshot
    excerpt = recs[next(k for k in recs if k.startswith("resource:urn:adsweep:manifest"))]
    assert json.loads(excerpt.splitlines()[0])["hash"] == hit.evidence["manifest"]["hash"]
    # The record names what, where, when, which tool, who and every hash.
    txt = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    for needle in ("电子数据提取笔录", "王执法", "某市市场监督管理局", items[0].url, "adsweep",
                   hit.evidence["screenshot"]["sha256"], hit.evidence["warc"]["sha256"],
                   sha256_file(wacz), "与提取清单一致"):  # fmt: skip
        assert needle in txt.replace("\n", "").replace(" ", ""), needle
    sums = (out / "SHA256SUMS").read_text().split("\n")
    assert f"{sha256_file(pdf)}  {pdf.name}" in sums


def test_export_docx_and_refuses_tampered_warc(captured_run, tmp_path):
    from docx import Document

    archive, items, _, _ = captured_run
    url = _stored(tmp_path, items)
    hit = build_hit(items[3])
    rc, _ = _run("evidence", "--evidence-dir", str(archive.root), "export", hit.id, "--store",
                 url, "-o", str(tmp_path / "d"), "--format", "docx")  # fmt: skip
    assert rc == 0
    doc = Document(str(tmp_path / "d" / f"电子数据提取笔录-{hit.id}.docx"))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert items[3].url in cells and hit.evidence["text"]["sha256"] in cells
    assert round(doc.sections[0].page_width.mm) == 210
    w = hit.evidence["warc"]
    path = archive.root / w["file"]
    data = bytearray(path.read_bytes())
    data[w["offset"] + 40] ^= 0xFF
    path.write_bytes(bytes(data))
    rc, _ = _run("evidence", "--evidence-dir", str(archive.root), "export", hit.id, "--store",
                 url, "-o", str(tmp_path / "e"))  # fmt: skip
    assert rc == 1
