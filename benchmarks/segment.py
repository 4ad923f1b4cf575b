"""jieba's dictionary in one process: loaded once and copied, against one load per user.

    python benchmarks/segment.py            # 5 fresh processes per way
    python benchmarks/segment.py --quick    # 3 (well under a minute)

The detector (word boundaries around candidates) and the store (search segmentation) each
need jieba with words of their own. ``shared`` is what adsweep does: one load
(``lexicon.segment.base_tokenizer``) and a copy per user (``tokenizer_with``); ``separate`` is
what it did before: each user loads the dictionary itself. Each run is a fresh Python process
(jieba's own marshal cache in the temp directory is warm in both ways); figures are the
median wall time and resident-memory growth from loading the lexicon to both users ready. Prints one JSON object with
the load average, since other work on the machine skews the wall times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = """
import json, logging, time, psutil, jieba
jieba.setLogLevel(logging.WARNING)
proc = psutil.Process()
rss, t = proc.memory_info().rss, time.perf_counter()
from lexicon.detector import Detector
from lexicon.rules import load_lexicon
from lexicon.segment import base_tokenizer
from pipelines.store.segment import DOMAIN_WORDS, index_text
det = Detector(load_lexicon())  # variants read jieba's dictionary: the load both ways share
if WAY == "shared":
    det.warm()  # the detector's words on a copy
    index_text("电工证")  # the store's words on another copy
else:  # before: the detector added its words to the loaded dictionary, the store loaded its own
    base = base_tokenizer()
    for w in det._seg._words:
        base.add_word(w)
    tok = jieba.Tokenizer()
    tok.initialize()
    for w in DOMAIN_WORDS:
        tok.add_word(w, freq=100000)
print(json.dumps({"s": time.perf_counter() - t, "mb": (proc.memory_info().rss - rss) / 2**20}))
"""


def _once(way: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", f"WAY = {way!r}\n{_CHILD}"], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 processes per way")
    reps = 3 if ap.parse_args().quick else 5
    out: dict = {"reps": reps, "loadavg_start": [round(x, 2) for x in os.getloadavg()]}
    for way in ("separate", "shared"):
        runs = [_once(way) for _ in range(reps)]
        out[way] = {"ready_s": round(statistics.median(r["s"] for r in runs), 2),
                    "rss_growth_mb": round(statistics.median(r["mb"] for r in runs))}  # fmt: skip
    out["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
