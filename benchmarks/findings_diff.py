"""Every finding and suppression on a fixed set of texts, for checking that a speed change
changes no result.

    python benchmarks/findings_diff.py --out /tmp/before.jsonl     # on the old code
    python benchmarks/findings_diff.py --out /tmp/after.jsonl      # on the new code
    diff /tmp/before.jsonl /tmp/after.jsonl                        # must print nothing

The texts: every row of ``tests/corpus/*.jsonl`` and the benchmark's pages
(``benchmarks/lexicon.py``: domain-dense and general, ``--mb`` MB each). Each is scanned twice,
with the default packs and with all packs. A line per scan holds the whole result (findings
with rule, span, stance, cues and score; suppressions with their reasons; contacts; page
score), so ``diff`` names the text that changed. The summary printed as JSON carries the
output's SHA-256: equal hashes, equal results. A speed change that alters any line is not a
speed change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def texts(mb: float) -> list[tuple[str, str, str | None]]:
    """(id, text, title) of every text scanned."""
    from benchmarks.lexicon import make_pages
    from lexicon.evaluate import load_corpus

    out: list[tuple[str, str, str | None]] = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for row in load_corpus(path):
            out.append((f"{path.stem}:{row['id']}", row["text"], None))
    size = int(mb * 1_000_000)
    for kind, general in (("domain", False), ("general", True)):
        for i, page in enumerate(make_pages(size, general=general)):
            out.append((f"bench-{kind}:{i}", page, "商品详情"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSON lines, one per scan")
    ap.add_argument("--mb", type=float, default=8.0, help="benchmark page text of each kind")
    args = ap.parse_args()
    from lexicon import get_detector

    det = get_detector()
    digest = hashlib.sha256()
    n = findings = suppressed = 0
    t = time.process_time()
    with open(args.out, "w", encoding="utf-8") as f:
        for key, text, title in texts(args.mb):
            for name, packs in (("default", None), ("all", det.packs)):
                res = det.scan_page(text=text, title=title, packs=packs).to_dict()
                line = json.dumps({"id": key, "packs": name} | res, ensure_ascii=False)
                f.write(line + "\n")
                digest.update(line.encode() + b"\n")
                n += 1
                findings += len(res["findings"])
                suppressed += len(res["suppressed"])
    summary = {
        "scans": n,
        "findings": findings,
        "suppressed": suppressed,
        "sha256": digest.hexdigest(),
        "cpu_s": round(time.process_time() - t, 1),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
