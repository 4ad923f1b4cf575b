"""Session 66, mem1: the detector process keeps less memory after its build and its scans.

Sentences written for this file (not from any held-out set, nor the rules' fixtures).

Two changes, neither of which may change a scan's output; these tests pin behaviour, not
memory or time (benchmarks/lexicon.py measures those):

- :func:`lexicon.pools._unique` stands in for ``np.unique`` on the dense passes' int arrays, so
  a dense source no longer imports ``numpy.ma`` (about 6 MB of module objects): the same
  values, sorted, once each, with the same dtype;
- ``get_detector`` hands the build's freed C heap back to the system
  (:func:`lexicon._return_freed_memory`, glibc's ``malloc_trim``): it must be harmless to call
  at any time, and a detector scans the same after it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.lexicon.scanning import ALL, ANY_RULE, assert_sells, assert_silent

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("n", [0, 1, 2, 3, 17, 400])
@pytest.mark.parametrize("dtype", [np.intp, np.int32, np.int64])
def test_unique_is_numpys_unique(n: int, dtype: type) -> None:
    from lexicon.pools import _unique

    rng = np.random.default_rng(n)
    for a in (
        rng.integers(0, max(n // 3, 1), n).astype(dtype),
        np.arange(n, dtype=dtype),  # already sorted, all distinct (the anchor hits' case)
        np.repeat(np.arange(n // 2 + 1, dtype=dtype), 3)[:n],  # sorted runs
        np.full(n, 7, dtype=dtype),
    ):
        got, want = _unique(a), np.unique(a)
        assert got.dtype == want.dtype
        assert got.tolist() == want.tolist()


_CHILD = """
import json, sys
sys.path.insert(0, {root!r})
from lexicon import get_detector
det = get_detector()
page = "\\n".join([{dense!r}] * 40)
res = det.scan_page(text=page, title="证书", packs=det.packs)
print(json.dumps({{"numpy_ma": "numpy.ma" in sys.modules, "numpy": "numpy" in sys.modules,
                  "findings": len(res.findings)}}))
"""

#: A dense page of our own: certificate words every few characters, and a seller's offer.
_DENSE = (
    "电工证焊工证高处作业证叉车证，考证培训报名，证书查询，"
    "特种作业操作证包过不用考试，直接拿证，加微信办理，全国可查。"
)


def test_dense_scan_imports_no_numpy_ma() -> None:
    """A dense page goes through the numpy passes (numpy is imported) and finds the offer,
    without importing ``numpy.ma`` (a process of its own: the test process imports it)."""
    code = _CHILD.format(root=str(ROOT), dense=_DENSE)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=600
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["numpy"]
    assert got["findings"] > 0
    assert not got["numpy_ma"]


def test_return_freed_memory_is_harmless(det) -> None:  # type: ignore[no-untyped-def]
    from lexicon import _return_freed_memory

    _return_freed_memory()
    _return_freed_memory()  # twice, and after a build: nothing to return is no error
    assert_sells(det, "特种作业操作证包过不用考试，直接拿证，加微信办理。", ANY_RULE, ALL)
    assert_silent(det, "我们单位组织电工参加正规的特种作业操作证培训和考试。", ALL)
