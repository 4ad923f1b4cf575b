"""adsweep's Scrapy settings: the one documented defaults module (alphabetical within groups).

``scrapy crawl sweep -a seeds=URL`` inside the repo and ``adsweep crawl`` both start from here;
``adsweep crawl`` overrides a few per run (store, render mode, run id). Every ``ADSWEEP_*``,
``LEXICON_*``, ``STORE_*`` and ``EVIDENCE_*`` setting is documented where it is defined.
"""

from __future__ import annotations

import shutil

BOT_NAME = "adsweep"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# --- identity and politeness ---------------------------------------------------------------
#: The identifiable User-Agent every request carries (set here, nowhere else).
USER_AGENT = (
    "adsweep/0.1 (+ad-compliance crawler of a market-regulation authority; robots.txt obeyed)"
)
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.0
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
REDIRECT_MAX_TIMES = 5
RETRY_ENABLED = True
RETRY_TIMES = 2
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
LOG_LEVEL = "INFO"

# --- rendering (scrapy-playwright with Debian's chromium; nothing downloads a browser) -------
#: ``auto`` renders pages whose static HTML looks client-side; ``always``; ``never``.
ADSWEEP_RENDER = "auto"
#: Full-page PNG of every page with a finding, as evidence (needs chromium).
ADSWEEP_SCREENSHOTS = True
#: Pages with less visible text than this and any script are treated as client-side.
ADSWEEP_RENDER_MIN_TEXT = 200
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "executable_path": shutil.which("chromium") or "/usr/bin/chromium",
    "headless": True,
    "args": [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
        # Private-address policy is ours (crawlers.rendering._private_target on every browser
        # request, ADSWEEP_ALLOW_PRIVATE); chromium's own checks would also refuse allowed ones.
        "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests",
    ],
}
PLAYWRIGHT_MAX_CONTEXTS = 2
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 30_000


# --- the sweep ------------------------------------------------------------------------------
#: Link depth followed from the seeds (within the seeds' hosts).
ADSWEEP_DEPTH = 3
#: Images fetched per page for OCR (largest first is not known, so page order).
ADSWEEP_MAX_IMAGES_PER_PAGE = 6
#: Largest image fetched for OCR, bytes.
ADSWEEP_MAX_IMAGE_BYTES = 3 * 1024 * 1024
#: Networks (CIDR) a crawl may reach although private/loopback; the demo and tests allow 127.0.0.0/8.
ADSWEEP_ALLOW_PRIVATE: list[str] = []
#: Platform name recorded on hits when a target does not give one.
ADSWEEP_PLATFORM = ""

# --- detection ------------------------------------------------------------------------------
#: Read text and QR codes out of images (rapidocr in worker processes).
LEXICON_OCR = True
LEXICON_OCR_WORKERS = 1

# --- storage and evidence -------------------------------------------------------------------
#: Store URL (``sqlite:///…`` or ``http(s)://host:9200``); None: ADSWEEP_STORE or the default.
STORE_URL = None
#: Where WARC files, screenshots, texts and manifests go.
EVIDENCE_DIR = "data/evidence"

#: Re-fetch the known hits of a target (or of the seeds' hosts) to see removed listings.
ADSWEEP_RECHECK = True
#: Unchanged pages (same content fingerprint) skip detection and only bump last_seen.
ADSWEEP_INCREMENTAL = True
#: 404/410 reach the spider so the lifecycle pipeline can mark a removed listing's hit.
HTTPERROR_ALLOWED_CODES = [404, 410]

ITEM_PIPELINES = {
    "pipelines.lifecycle.LifecyclePipeline": 250,
    "pipelines.detect.DetectPipeline": 300,
    "crawlers.capture.ScreenshotPipeline": 400,
    "pipelines.evidence.pipeline.EvidencePipeline": 500,
    "pipelines.store.pipeline.StorePipeline": 700,
}

# --- politeness and defence middlewares (crawlers/middlewares.py) ------------------------------
#: Trap guards, private-address block, robots override record, size cap; see docs/targets.md.
DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.TrapGuardMiddleware": 90,
    "crawlers.middlewares.RobotsPolicyMiddleware": 95,
    "crawlers.middlewares.RetryBackoffMiddleware": 560,
    "crawlers.middlewares.SizeCapMiddleware": 910,
    "crawlers.middlewares.PrivateAddressMiddleware": 940,
    "crawlers.middlewares.ContextRecycler": 950,
}
#: Renders per browser context before it is retired and closed (long crawls keep memory flat).
ADSWEEP_RENDER_RECYCLE_PAGES = 100
#: Retries wait BASE × 2^(n-1) seconds (at most MAX) before going out again.
ADSWEEP_RETRY_BACKOFF_BASE = 1.0
ADSWEEP_RETRY_BACKOFF_MAX = 60.0

#: ``--job-dir``: the kill-safe frontier journal (off unless ADSWEEP_JOB_DIR is set).
SPIDER_MIDDLEWARES = {"crawlers.jobdir.JournalSpiderMiddleware": 50}
ADSWEEP_JOB_DIR = None

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
DOWNLOAD_HANDLERS = {
    "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
    "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
}

#: Seconds between progress lines on stderr (0 turns progress off).
ADSWEEP_PROGRESS_INTERVAL = 5.0
#: FrontierDrain only runs in a ``--queue redis://`` crawl (NotConfigured otherwise).
EXTENSIONS = {
    "crawlers.progress.ProgressExtension": 500,
    "crawlers.distributed.FrontierDrain": 600,
}
