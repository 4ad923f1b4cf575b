"""What one hostile huge page costs the detector: CPU seconds and the growth of the process's
peak resident memory.

    python benchmarks/bigpage.py            # 0.5, 2 and 6 MB, with and without line breaks
    python benchmarks/bigpage.py --mb 2     # one size

Crawled pages are written by evaders, and the crawler caps a body at ``DOWNLOAD_MAXSIZE``
(8 MB), so the detector can be handed several MB of visible text in one page. The worst case
for memory is text made of nothing but the lexicon's dense seller words (a match every two
characters or so), here joined at random, either as one line without punctuation or broken
into short lines and clauses. Each (size, breaks) runs in a fresh subprocess, because
``ru_maxrss`` is the process's peak so far: a second page in the same process would report
nothing below the first one's peak. ``rss_growth_mb`` is the peak after the scan minus the
peak after the detector was loaded and had scanned one short page; ``cpu_s`` is the scan's
CPU time. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Seller words and certificate names the lexicon's anchors and context both read, so that
#: every rule's pools fill up: the page the detector's memory least likes.
WORDS = (
    "办证", "包过", "代考", "电工证", "焊工证", "低压电工证", "高处作业证", "特种作业操作证",
    "不用考试", "免考", "直接拿证", "加微信", "联系我", "可查", "全国通用", "代办", "考试",
    "证书", "培训", "保过", "价格优惠", "微信", "13912345678", "V信", "快速出证", "假证",
    "制作", "上岗证", "复审", "年审", "叉车证", "安全员", "官网可查", "内部渠道", "押金",
    "学历", "考前", "答案", "题库", "包拿证",
)  # fmt: skip
SIZES_MB = (0.5, 2.0, 6.0)


def hostile_page(mb: float, breaks: bool, seed: int = 1) -> str:
    """About ``mb`` MB (UTF-8) of :data:`WORDS` joined at random; with ``breaks`` a
    clause mark or a line break after every thirty-odd characters, else one line."""
    rng = random.Random(seed)
    target = int(mb * 1_000_000)
    out: list[str] = []
    size = since = 0
    while size < target:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w.encode())
        since += len(w)
        if breaks and since > 30:
            out.append(rng.choice("。\n，！"))
            size += 1 if out[-1] == "\n" else 3
            since = 0
    return "".join(out)


def measure(mb: float, breaks: bool) -> dict[str, object]:
    """One page's figures, in this process (run it in a fresh one)."""
    from lexicon import get_detector

    det = get_detector()
    det.scan("低压电工证代办，不用考试，包过。加微信13912345678")  # the first scan's lazy loads
    text = hostile_page(mb, breaks)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    res = det.scan(text)
    cpu = time.process_time() - t0
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "mb": mb,
        "breaks": breaks,
        "chars": len(text),
        "cpu_s": round(cpu, 2),
        "rss_before_mb": round(before / 1024, 1),
        "rss_growth_mb": round((after - before) / 1024, 1),
        "findings": len(res.findings),
        "suppressed": len(res.suppressed),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, action="append", help="page size(s) in MB")
    ap.add_argument("--one", nargs=2, metavar=("MB", "BREAKS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:  # the child: one page
        print(json.dumps(measure(float(args.one[0]), args.one[1] == "1")))
        return
    rows = []
    for mb in args.mb or SIZES_MB:
        for breaks in (False, True):
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(mb), "1" if breaks else "0"],
                check=True,
                capture_output=True,
                text=True,
            )
            rows.append(json.loads(done.stdout.splitlines()[-1]))
    print(json.dumps({"pages": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
