"""How a hostile one-line page's cost grows with its size, per shape: CPU seconds and the
readings' call counts, with the growth exponent between successive sizes. Prints JSON.

    python benchmarks/pagegrowth.py                       # every shape, 100 to 800 KB
    python benchmarks/pagegrowth.py --shape tail --kb 800 --kb 1600

(issue 9, session 69, speed13) A sibling of ``benchmarks/bigpage.py``, which measures one huge
page's CPU and memory: crawled pages are written by evaders, and a page may be one line of a MB
with no line break, so a reading that searches back to the line's start for each candidate
(``text.rfind("\\n", 0, start)``) costs candidates x line length. Here each shape's page is built
at doubling sizes, one line, from the domain benchmark's sentences (``benchmarks.lexicon.make_pages``
with its line breaks taken out) and seller or window sentences written for this file, and scanned
with the default packs and with every pack. Per size: the scan's CPU time (noisy on a shared
machine) and, from a second, profiled scan, deterministic counts: the candidates judged
(``Detector._judge``), the stance readings (``StanceReader.judge``), the silencing readings
(``Silencer.why``), ``str.rfind`` / ``str.find`` calls and regex searches. ``exp`` is
log2(value at 2n / value at n): about 1 or below for work linear in the page, near 2 for work
that grows with its square. Each shape runs in a fresh subprocess after a warm-up scan of a short
page of the same shape (the first scan's lazy loads and regex compiles are not the page's cost).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import math
import pstats
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: Seller sentences (written for this file), each made distinct by a random phone number.
SELLERS = (
    "低压电工证代办，不用考试，包过，电话139{d}。",
    "焊工证不用去考场，十天拿证，加微信详谈，电话139{d}。",
    "叉车证免考直接拿证，全国可查，电话139{d}。",
    "登高证包过，考前给答案，私聊139{d}？",
)  # fmt: skip
#: Sentences no rule flags but the learned scorer reads (a local exam site spares the journey):
#: a page of them alone sends every sentence to the scorer's windows, the one candidate count
#: no per-rule cap bounds.
WINDOWS = (
    "叉车证考试不必去省城，本市培训中心就是考点，报名带身份证。",
    "焊工证考试不用跑外地，本县就有考点。",
    "电工证考试不用去市里，{d}号考点就在本镇。",
)  # fmt: skip
#: shape -> what it stresses
SHAPES = {
    "plain": "domain sentences, three in ten a seller's, one line",
    "tail": "domain sentences, the sellers only in the last tenth (candidates far from the start)",
    "quotes": "every sentence quoted, with straight quotes and a quoted promise after it",
    "questions": "every sentence followed by 包过 and twenty question marks",
    "separators": "every sentence followed by runs of | and ——",
    "windows": "nothing but the scorer's window sentences (no rule flags the page)",
    "windows-bang": "the same windows ended by ！ rather than 。 (no 。 on the page to stop a search)",
}
SIZES_KB = (100, 200, 400, 800)
#: The profiled functions counted (file suffix, function name) -> report key.
COUNTED = {
    ("detector.py", "_judge"): "judged",
    ("stance.py", "judge"): "stance_judge",
    ("silence.py", "why"): "silence_why",
    ("~", "<method 'rfind' of 'str' objects>"): "rfind",
    ("~", "<method 'find' of 'str' objects>"): "find",
    ("~", "<method 'search' of 're.Pattern' objects>"): "re_search",
}


def _domain(rng: random.Random) -> list[str]:
    """The domain benchmark's sentences, line breaks taken out (its pages' pool, reused)."""
    from benchmarks.lexicon import make_pages

    pool = [s for page in make_pages(200_000) for s in page.split("\n") if s.strip()]
    rng.shuffle(pool)
    return pool


def page(kb: int, shape: str, seed: int = 3) -> str:
    """About ``kb`` KB (UTF-8) of one ``shape`` (:data:`SHAPES`), with no line break."""
    rng = random.Random(seed)
    windows = shape.startswith("windows")
    pool = [] if windows else _domain(random.Random(seed))
    target = kb * 1000
    out: list[str] = []
    size = 0
    while size < target:
        digits = f"{rng.randrange(10**8):08d}"
        if windows:
            s = rng.choice(WINDOWS).format(d=digits[:3])
            s = s.replace("。", "！") if shape == "windows-bang" else s
        elif (shape == "tail" and size > target * 0.9) or (shape != "tail" and rng.random() < 0.3):
            s = rng.choice(SELLERS).format(d=digits)
        else:
            s = rng.choice(pool).replace("\n", "").replace("\r", "")
        if shape == "quotes":
            s = "“" + s + "”" + '"' * 3 + "「包过」"
        elif shape == "questions":
            s += "包过？" + "？" * 20
        elif shape == "separators":
            s += "|——|" * 5
        out.append(s)
        size += len(s.encode())
    return "".join(out)


def _counts(stats: pstats.Stats) -> dict[str, int]:
    got = dict.fromkeys(COUNTED.values(), 0)
    for (path, _line, name), (_cc, calls, *_rest) in stats.stats.items():  # type: ignore[attr-defined]
        key = COUNTED.get((path.rsplit("/", 1)[-1], name))
        if key is not None:
            got[key] += calls
    return got


def _exp(now: float, before: float) -> float | None:
    return round(math.log2(now / before), 2) if now > 0 and before > 0 else None


def measure(shape: str, sizes: list[int]) -> list[dict[str, object]]:
    """One shape's rows, in this process (run it in a fresh one)."""
    from lexicon import get_detector

    det = get_detector()
    runs = (("default", None), ("all", tuple(det.packs)))
    for _name, packs in runs:
        det.scan_page(text=page(30, shape, seed=9), packs=packs)  # the lazy loads
    rows: list[dict[str, object]] = []
    for name, packs in runs:
        prev: dict[str, object] | None = None
        for kb in sizes:
            text = page(kb, shape)
            t0 = time.process_time()
            res = det.scan_page(text=text, packs=packs)
            cpu = time.process_time() - t0
            prof = cProfile.Profile()
            prof.enable()
            det.scan_page(text=text, packs=packs)
            prof.disable()
            row: dict[str, object] = {
                "shape": shape,
                "packs": name,
                "kb": kb,
                "chars": len(text),
                "cpu_s": round(cpu, 3),
                "findings": len(res.findings),
                "suppressed": len(res.suppressed),
                **_counts(pstats.Stats(prof)),
            }
            if prev is not None:
                row["exp"] = {
                    k: _exp(float(row[k]), float(prev[k]))  # type: ignore[arg-type]
                    for k in ("chars", "cpu_s", "suppressed", *COUNTED.values())
                }
            rows.append(row)
            prev = row
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shape", action="append", choices=sorted(SHAPES), help="shape(s)")
    ap.add_argument("--kb", type=int, action="append", help="page size(s) in KB")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = args.kb or list(SIZES_KB)
    if args.one:  # the child: one shape
        print(json.dumps(measure(args.one, sizes), ensure_ascii=False))
        return
    rows: list[dict[str, object]] = []
    for shape in args.shape or list(SHAPES):
        done = subprocess.run(
            [sys.executable, __file__, "--one", shape, *(f"--kb={kb}" for kb in sizes)],
            check=True,
            capture_output=True,
            text=True,
        )
        rows += json.loads(done.stdout.splitlines()[-1])
    print(json.dumps({"shapes": SHAPES, "pages": rows}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
