"""Evidence capture and ``verify``: flipped WARC byte, deleted screenshot, edited manifest."""

from __future__ import annotations

import gzip
import itertools
import json

from warcio.archiveiterator import ArchiveIterator

from pipelines.evidence.archive import sha256_file
from pipelines.evidence.verify import verify_run


def test_capture_writes_warc_objects_and_chain(captured_run):
    archive, items, clean, crawler = captured_run
    assert clean.evidence == {}
    assert crawler.stats.get_value("adsweep/evidence/captured") == 5
    ev = items[0].evidence
    assert ev["screenshot"] and ev["text"] and ev["warc"]["record_id"].startswith("<urn:uuid:")
    assert items[3].evidence["screenshot"] is None
    shot = archive.root / ev["screenshot"]["path"]
    assert sha256_file(shot) == ev["screenshot"]["sha256"] and shot.name.endswith(".png")
    text = (archive.root / ev["text"]["path"]).read_text(encoding="utf-8")
    assert text == items[0].text
    # The run's WARC holds a request and a response per page, bodies byte for byte.
    with open(archive.warc_path("run-ev"), "rb") as f:
        recs = [
            (r.rec_type, r.rec_headers.get_header("WARC-Record-ID"), r.content_stream().read())
            for r in ArchiveIterator(f)
        ]
    assert [t for t, _, _ in recs] == ["request", "response"] * 5
    responses = {rid: body for t, rid, body in recs if t == "response"}
    assert responses[ev["warc"]["record_id"]] == items[0].body
    entries = archive.entries("run-ev")
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5]
    assert all(b["prev"] == a["hash"] for a, b in itertools.pairwise(entries))
    assert verify_run(archive, "run-ev").ok


def test_verify_names_a_flipped_byte_in_the_warc(captured_run):
    archive, items, _, _ = captured_run
    w = items[2].evidence["warc"]
    path = archive.root / w["file"]
    data = bytearray(path.read_bytes())
    data[w["offset"] + w["length"] // 2] ^= 0x01
    path.write_bytes(bytes(data))
    rep = verify_run(archive, "run-ev")
    assert [(p.what, p.seq) for p in rep.problems] == [("warc", 3)]
    assert w["record_id"] in rep.problems[0].message


def test_verify_names_a_deleted_screenshot(captured_run):
    archive, items, _, _ = captured_run
    (archive.root / items[1].evidence["screenshot"]["path"]).unlink()
    rep = verify_run(archive, "run-ev")
    assert [(p.what, p.seq) for p in rep.problems] == [("screenshot", 2)]
    assert "截图文件缺失" in rep.problems[0].message


def test_verify_names_an_edited_and_a_removed_manifest_line(captured_run):
    archive, _, _, _ = captured_run
    path = archive.manifest_path("run-ev")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entry = json.loads(lines[1])
    entry["url"] = "http://innocent.example.test/"
    lines[1] = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    rep = verify_run(archive, "run-ev")
    assert [(p.what, p.seq) for p in rep.problems] == [("manifest", 2)]

    del lines[3]  # remove the fourth entry entirely
    path.write_text("".join(lines), encoding="utf-8")
    rep = verify_run(archive, "run-ev")
    assert ("chain", 5) in [(p.what, p.seq) for p in rep.problems]


def test_verify_notices_a_removed_tail(captured_run):
    archive, _, _, _ = captured_run
    path = archive.manifest_path("run-ev")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")
    rep = verify_run(archive, "run-ev")
    assert [p.what for p in rep.problems] == ["head"]


def test_objects_are_never_overwritten(captured_run):
    archive, items, _, _ = captured_run
    ref = items[0].evidence["text"]
    again = archive.put_object(items[0].text.encode("utf-8"), ".txt")
    assert again == ref
    assert gzip.decompress((archive.warc_path("run-ev")).read_bytes())  # valid gzip members
