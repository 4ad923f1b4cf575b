"""A manifest read while a crawl is appending to it, or after a kill cut the last append, yields
only whole lines: the unfinished line may end inside a UTF-8 character (session 60: the crash test
read a manifest mid-append and raised UnicodeDecodeError)."""

import json

from pipelines.evidence.archive import EvidenceArchive


def test_unfinished_last_line_is_not_an_entry(tmp_path):
    archive = EvidenceArchive(tmp_path / "evidence")
    path = archive.manifest_path("run1")
    path.parent.mkdir(parents=True, exist_ok=True)
    whole = json.dumps({"seq": 1, "title": "低压电工证"}, ensure_ascii=False) + "\n"
    torn = json.dumps({"seq": 2, "title": "焊工证"}, ensure_ascii=False).encode("utf-8")[:12]
    path.write_bytes(whole.encode("utf-8") + torn)
    assert [e["seq"] for e in archive.entries("run1")] == [1]
    path.write_bytes(whole.encode("utf-8") * 2)
    assert [e["title"] for e in archive.entries("run1")] == ["低压电工证", "低压电工证"]
