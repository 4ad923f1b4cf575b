"""Run one real crawl of the demo web in a child process (for the outage and SIGKILL tests).

Usage: python crawl_child.py SEED STORE_URL EVIDENCE_DIR SPOOL_DIR RUN_ID DELAY
Prints the crawl's stats as one JSON line when it finishes.
"""

from __future__ import annotations

import json
import sys

from crawlers.runner import CrawlSpec, run_crawls


def main(argv: list[str]) -> None:
    seed, store_url, evidence_dir, spool_dir, run_id, delay = argv
    spec = CrawlSpec(
        seeds=[seed],
        depth=3,
        render="never",
        screenshots=False,
        ocr=False,
        store_url=store_url,
        evidence_dir=evidence_dir,
        allow_private=["127.0.0.0/8"],
        run_id=run_id,
        settings={
            "STORE_SPOOL_DIR": spool_dir,
            "STORE_RETRY_INTERVAL": 0.3,
            "DOWNLOAD_DELAY": float(delay),
            "RANDOMIZE_DOWNLOAD_DELAY": False,
            "CONCURRENT_REQUESTS": 1,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
            "AUTOTHROTTLE_ENABLED": False,
        },
    )
    (result,) = run_crawls([spec], log_level="WARNING")
    print(json.dumps(result.stats, default=str), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
