"""The test suite's cost where it grows: collection, and the CPU of a fixed subset of lexicon files.

    python benchmarks/testsuite.py                        # this checkout, the default subset
    python benchmarks/testsuite.py --root /tmp/base       # another checkout (a worktree of main)
    python benchmarks/testsuite.py --files 'tests/lexicon/*session74.py' --no-collect

CI runs the whole suite in 25 minutes at most (``scripts/test.sh``), and the lexicon test files
grow by about 2,000 items a round. The machine is shared and its wall times are noise, so this
prints CPU seconds (user + system of the pytest child, ``resource.RUSAGE_CHILDREN``) next to the
wall time and the load average: collection of the whole suite (``--collect-only``: importing 500-odd
test modules, rewriting their asserts, making some 48,000 items) and one run, in one process
(``-n 0``), of the chosen files. Compare two checkouts by running this in each, one after the
other, under the same load. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The default subset: the lexicon test files of sessions 72 to 74 (parametrized sentences scanned
#: by ``tests/lexicon/scanning.py``'s helpers, the kind of file each round adds).
DEFAULT_FILES = "tests/lexicon/test_*_session7[234].py"


def _child_cpu() -> float:
    """CPU seconds (user + system) of every child this process has waited for."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _pytest(root: Path, args: list[str]) -> tuple[float, float, str]:
    """Run the checkout's pytest with ``args``: (CPU seconds, wall seconds, last output line)."""
    cpu, wall = _child_cpu(), time.perf_counter()
    out = subprocess.run(
        [str(root / ".venv/bin/pytest"), "-p", "no:cacheprovider", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.strip()]
    return _child_cpu() - cpu, time.perf_counter() - wall, lines[-1] if lines else out.stderr[-300:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    ap.add_argument("--files", default=DEFAULT_FILES, help="glob of the test files to run")
    ap.add_argument("--no-collect", action="store_true", help="skip the whole suite's collection")
    args = ap.parse_args()
    root = args.root.resolve()
    files = sorted(os.path.relpath(p, root) for p in glob.glob(str(root / args.files)))
    if not files:
        sys.exit(f"no test file matches {args.files!r} under {root}")
    report: dict[str, object] = {"root": str(root), "load_before": os.getloadavg()[0]}
    if not args.no_collect:
        cpu, wall, last = _pytest(root, ["--collect-only", "-q", "-n", "0"])
        m = re.search(r"(\d+) tests? collected", last)
        report["collect"] = {
            "items": int(m.group(1)) if m else None,
            "cpu_s": round(cpu, 1),
            "wall_s": round(wall, 1),
        }
    cpu, wall, last = _pytest(root, ["-q", "-n", "0", *files])
    counts = {
        k: int(n) for n, k in re.findall(r"(\d+) (passed|failed|xfailed|xpassed|skipped)", last)
    }
    report["subset"] = {
        "files": len(files),
        "glob": args.files,
        "outcome": counts or last,
        "cpu_s": round(cpu, 1),
        "wall_s": round(wall, 1),
    }
    report["load_after"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
