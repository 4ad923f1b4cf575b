"""The lexicon is a pure library: it imports nothing else of adsweep, and no Scrapy."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
import lexicon, lexicon.detector, lexicon.ocr, lexicon.portal, lexicon.evaluate
lexicon.get_detector().scan_page(text="电工证包过", url="http://x.example/")
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("scrapy", "pipelines", "crawlers",
             "reviewer", "reports", "twisted"))
print(bad)
"""


def test_lexicon_imports_no_other_room_and_no_scrapy() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
