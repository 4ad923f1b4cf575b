"""adsweep's Scrapy settings: the one module where every setting gets its default.

``scrapy crawl sweep -a seeds=URL`` inside the repo and ``adsweep crawl`` both start from here;
``adsweep crawl`` overrides a few per run (store, render mode, run id, target). Every setting adsweep
reads is defined here, with its type (the annotation), its default (the value) and what it does
(the ``#:`` comment above it), grouped by prefix and alphabetical within a group, like Scrapy's
``default_settings.py``. Components read their settings once, through
:func:`pipelines.config.setting`, into a typed config object (``Config.from_settings``); a
setting missing from the crawler's settings is an error there, never a silent default.

``docs/settings.md`` is generated from this file (``python -m crawlers.settings_docs``), and
``tests/unit/test_settings_docs.py`` fails when a key read anywhere is not defined and documented
here, or when the page is out of date.
"""

from __future__ import annotations

import shutil

# === Scrapy ====================================================================================

#: Adapt the delay between requests to each server's latency (a target may turn it off).
AUTOTHROTTLE_ENABLED: bool = True
#: The longest delay AutoThrottle may reach, seconds.
AUTOTHROTTLE_MAX_DELAY: float = 30.0
#: The delay AutoThrottle starts from, seconds.
AUTOTHROTTLE_START_DELAY: float = 0.5
#: Requests AutoThrottle aims to have in flight per server.
AUTOTHROTTLE_TARGET_CONCURRENCY: float = 4.0
#: The project's name in logs and stats.
BOT_NAME: str = "adsweep"
#: Requests in flight across all hosts.
CONCURRENT_REQUESTS: int = 16
#: Requests in flight per host (a target's ``politeness.concurrency_per_host``).
CONCURRENT_REQUESTS_PER_DOMAIN: int = 8
#: Off: a sweep reads public pages and must not carry a session from one page to the next.
COOKIES_ENABLED: bool = False
#: adsweep's downloader middlewares (``crawlers/middlewares.py``): trap guards first, the
#: private-address check closest to the downloader so it sees every request, redirected ones
#: included; see ``docs/targets.md``.
DOWNLOADER_MIDDLEWARES: dict[str, int] = {
    "crawlers.middlewares.TrapGuardMiddleware": 90,
    "crawlers.middlewares.RobotsPolicyMiddleware": 95,
    "crawlers.middlewares.RetryBackoffMiddleware": 560,
    "crawlers.middlewares.SizeCapMiddleware": 910,
    "crawlers.middlewares.PrivateAddressMiddleware": 940,
    "crawlers.middlewares.ContextRecycler": 950,
}
#: Fixed delay between requests to one host, seconds (a target's ``politeness.download_delay``).
DOWNLOAD_DELAY: float = 0.0
#: Every http(s) request goes through scrapy-playwright behind the browser guard
#: (``crawlers/browser.py``, ``crawlers/guardproxy.py``), which passes pages that do not ask
#: for a browser (no ``playwright`` meta) to Scrapy's own HTTP handler.
DOWNLOAD_HANDLERS: dict[str, str] = {
    "http": "crawlers.browser.GuardedPlaywrightHandler",
    "https": "crawlers.browser.GuardedPlaywrightHandler",
}
#: Largest body accepted, bytes; rendered pages are held to it by ``SizeCapMiddleware``.
DOWNLOAD_MAXSIZE: int = 8 * 1024 * 1024
#: Seconds before a download is given up.
DOWNLOAD_TIMEOUT: int = 30
#: Body size that logs a warning, bytes.
DOWNLOAD_WARNSIZE: int = 4 * 1024 * 1024
#: Progress lines on stderr; ``FrontierDrain`` only runs in a ``--queue redis://`` crawl
#: (``NotConfigured`` otherwise); Scrapy's remote control is never built (see
#: ``REMOTE_CONTROL_ENABLED``).
EXTENSIONS: dict[str, int | None] = {
    "crawlers.progress.ProgressExtension": 500,
    "crawlers.distributed.FrontierDrain": 600,
    "scrapy.extensions.remote_control.RemoteControl": None,
}
#: Feeds (``scrapy crawl -o``) in UTF-8, never ``\uXXXX`` escapes of Chinese text.
FEED_EXPORT_ENCODING: str = "utf-8"
#: 404 and 410 reach the spider, so the lifecycle pipeline can mark a removed listing's hit.
HTTPERROR_ALLOWED_CODES: list[int] = [404, 410]
#: The way every page goes: lifecycle → detect → screenshot → evidence → store.
ITEM_PIPELINES: dict[str, int] = {
    "pipelines.lifecycle.LifecyclePipeline": 250,
    "pipelines.detect.DetectPipeline": 300,
    "crawlers.capture.ScreenshotPipeline": 400,
    "pipelines.evidence.pipeline.EvidencePipeline": 500,
    "pipelines.store.pipeline.StorePipeline": 700,
}
#: Scrapy's log level (``adsweep crawl --log-level``).
LOG_LEVEL: str = "INFO"
#: Where ``scrapy genspider`` puts a new spider.
NEWSPIDER_MODULE: str = "crawlers.spiders"
#: Redirects followed per request (a target's ``politeness.redirect_max``).
REDIRECT_MAX_TIMES: int = 5
#: Redis of a shared frontier; set by ``adsweep crawl --queue redis://…``.
REDIS_URL: str | None = None
#: Off: Scrapy 2.19's remote control (on by default) would listen on a port of 127.0.0.1 and run
#: any Python code sent to it, in every crawl; nothing listens during a crawl (as the telnet
#: console), and no crawl leaves a job file with a port and token behind.
REMOTE_CONTROL_ENABLED: bool = False
#: Scrapy's current request fingerprints (those of the ``--job-dir`` journal and Redis).
REQUEST_FINGERPRINTER_IMPLEMENTATION: str = "2.7"
#: Retry failed downloads (each retry waits, see ``ADSWEEP_RETRY_BACKOFF_BASE``).
RETRY_ENABLED: bool = True
#: Retries per request (a target's ``politeness.retry_times``).
RETRY_TIMES: int = 2
#: Obey robots.txt; a target may turn it off only with ``robots_override_reason``.
ROBOTSTXT_OBEY: bool = True
#: The kill-safe frontier journal of ``--job-dir`` (off unless ``ADSWEEP_JOB_DIR`` is set).
SPIDER_MIDDLEWARES: dict[str, int] = {"crawlers.jobdir.JournalSpiderMiddleware": 50}
#: Where Scrapy finds the spiders (``sweep``, ``listings``, ``portals``).
SPIDER_MODULES: list[str] = ["crawlers.spiders"]
#: Off: nothing listens on a port during a crawl.
TELNETCONSOLE_ENABLED: bool = False
#: The asyncio reactor (scrapy-playwright needs it).
TWISTED_REACTOR: str = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
#: The identifiable User-Agent every request carries (set here, nowhere else).
USER_AGENT: str = (
    "adsweep/0.1 (+ad-compliance crawler of a market-regulation authority; robots.txt obeyed)"
)

# === PLAYWRIGHT_* (scrapy-playwright, Debian's chromium; nothing downloads a browser) ==========

#: The browser scrapy-playwright drives.
PLAYWRIGHT_BROWSER_TYPE: str = "chromium"
#: Navigation timeout of a rendered page, milliseconds.
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT: int = 30_000
#: Debian's chromium by path (``playwright install`` is never run). Private-address policy is
#: ours (the browser guard, ``crawlers/guardproxy.py``, checks every browser request against
#: ``ADSWEEP_ALLOW_PRIVATE``); chromium's own checks would also refuse allowed ones. One
#: renderer per page (``ProcessPerSiteUpToMainFrameThreshold`` off): a busy-looping page must
#: not stall its same-site neighbours. No spare renderer (``SpareRendererForSitePerProcess``
#: off): chromium keeps one idle renderer started ahead of the next navigation whenever it gets
#: round to it, a process and its memory the crawl never asked for, and one the render-release
#: probe counted as a leaked renderer when it appeared between its two snapshots (stop 53's CI).
PLAYWRIGHT_LAUNCH_OPTIONS: dict[str, object] = {
    "executable_path": shutil.which("chromium") or "/usr/bin/chromium",
    "headless": True,
    "args": [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
        "--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,"
        "ProcessPerSiteUpToMainFrameThreshold,SpareRendererForSitePerProcess",
    ],
}
#: Browser contexts open at once: reading and evidence screenshots, each with room for its
#: successor while a retired generation finishes its renders (``ADSWEEP_RENDER_RECYCLE_PAGES``).
PLAYWRIGHT_MAX_CONTEXTS: int = 4
#: Pages open at once in one context.
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT: int = 4

# === ADSWEEP_*: the crawl ======================================================================

#: Networks (CIDR) a crawl may reach although they are private or loopback; everything else
#: non-public is refused. The demo and the tests allow ``127.0.0.0/8``.
ADSWEEP_ALLOW_PRIVATE: list[str] = []
#: Link depth followed from the seeds (within the seeds' hosts).
ADSWEEP_DEPTH: int = 3
#: Listing fields (``shop``, ``seller``, ``price``, ``title``) read by CSS/XPath selector on
#: pages under a URL prefix, for crawls without a target's selectors (the demo web):
#: ``{"http://127.0.0.1:8731/market/item/": {"shop": "#J_ShopName::text"}}``; the longest
#: matching prefix wins, and a ``listings`` target's own selectors take precedence.
ADSWEEP_FIELD_SELECTORS: dict[str, dict[str, str]] = {}
#: Unchanged pages (same content fingerprint) skip detection and only bump ``last_seen``.
ADSWEEP_INCREMENTAL: bool = True
#: ``--job-dir``: directory of the kill-safe frontier journal; None: no journal.
ADSWEEP_JOB_DIR: str | None = None
#: Result pages followed per search keyword by the ``listings`` spider.
ADSWEEP_LISTINGS_MAX_PAGES: int = 20
#: Images fetched per page for OCR, in page order.
ADSWEEP_MAX_IMAGES_PER_PAGE: int = 6
#: Largest image fetched for OCR, bytes.
ADSWEEP_MAX_IMAGE_BYTES: int = 3 * 1024 * 1024
#: Links followed from one page at most (a trap page lists 100,000):
#: ``adsweep/trap/links_capped``.
ADSWEEP_MAX_LINKS_PER_PAGE: int = 1000
#: Platform name recorded on the run's hits (a target's ``platform``, ``--platform``).
ADSWEEP_PLATFORM: str = ""
#: Platform by URL prefix, for one host that serves several platforms (the demo web):
#: ``{"http://127.0.0.1:8731/market/": "安e购"}``; the longest matching prefix wins, and
#: ``ADSWEEP_PLATFORM`` (or the target's platform) names the rest.
ADSWEEP_PLATFORM_PREFIXES: dict[str, str] = {}
#: Look-alike domains visited per ``portal`` target.
ADSWEEP_PORTAL_MAX_CANDIDATES: int = 2000
#: Seconds between progress lines on stderr (0 turns progress off).
ADSWEEP_PROGRESS_INTERVAL: float = 5.0
#: Redis key prefix of a shared frontier (set by ``--queue``); empty: not a Redis crawl.
ADSWEEP_QUEUE_PREFIX: str = ""
#: Re-fetch the known hits of a target (or of the seeds' hosts) to see removed listings.
ADSWEEP_RECHECK: bool = True
#: Phrases of a platform's "listing removed" page, beyond the built-in ones.
ADSWEEP_REMOVAL_TEXTS: list[str] = []
#: ``auto`` renders pages whose static HTML looks client-side in chromium; ``always``;
#: ``never``.
ADSWEEP_RENDER: str = "auto"
#: Seconds to wait for network idle before reading a rendered page anyway (pages that poll
#: never go idle: ``adsweep/render/not_idle``).
ADSWEEP_RENDER_IDLE_WAIT: float = 5.0
#: Images whose header declares more pixels are refused by the browser guard before chromium
#: decodes them (``adsweep/render/image_refused``).
ADSWEEP_RENDER_MAX_IMAGE_PIXELS: int = 40_000_000
#: Pages with less visible text than this (characters) and any script count as client-side.
ADSWEEP_RENDER_MIN_TEXT: int = 200
#: Renders per browser context before it is retired and closed (long crawls keep memory flat).
ADSWEEP_RENDER_RECYCLE_PAGES: int = 100
#: Seconds a render may take once its page is open (navigation, scripts, reading the DOM, the
#: screenshot); a page holding chromium longer is closed and read from its static HTML.
ADSWEEP_RENDER_TIMEOUT: float = 60.0
#: Seconds before the first retry; retry n waits BASE × 2^(n-1) seconds.
ADSWEEP_RETRY_BACKOFF_BASE: float = 1.0
#: The longest wait before a retry, seconds.
ADSWEEP_RETRY_BACKOFF_MAX: float = 60.0
#: Why robots.txt is not obeyed (a target's ``robots_override_reason``), kept in log and stats.
ADSWEEP_ROBOTS_OVERRIDE_REASON: str = ""
#: The run's id, as stored on hits, pages and the evidence manifest; empty: a new one per crawl.
ADSWEEP_RUN_ID: str = ""
#: A full-page PNG of every page with a finding, as evidence (needs chromium).
ADSWEEP_SCREENSHOTS: bool = True
#: Pages larger than this (bytes) get no screenshot (``adsweep/screenshot/skipped_large``):
#: chromium lays out megabytes of text for minutes; the WARC record keeps the page whole.
ADSWEEP_SCREENSHOT_MAX_BODY: int = 4 * 1024 * 1024
#: Evidence screenshots show at most this many CSS pixels of a page's height
#: (``adsweep/screenshot/height_capped``).
ADSWEEP_SCREENSHOT_MAX_HEIGHT: int = 16_000
#: Name of the target the run crawls (recorded on its hits and run; its known hits are
#: rechecked); empty for a crawl of seed URLs.
ADSWEEP_TARGET: str = ""
#: Dates more than this many years back (or over a year ahead) in a URL are a calendar trap.
ADSWEEP_TRAP_CALENDAR_YEARS: int = 5
#: URLs differing only by a date, per URL pattern, before the rest are dropped.
ADSWEEP_TRAP_MAX_CALENDAR_PAGES: int = 50
#: Pages fetched per host before the rest are dropped.
ADSWEEP_TRAP_MAX_PAGES_PER_HOST: int = 20_000
#: Different queries of two or more parameters on one path before the rest are parameter
#: churn (``param_churn``; a listings target's search pages are exempt).
ADSWEEP_TRAP_MAX_PARAM_COMBOS: int = 60
#: Different sets of parameter names on one path before the rest are parameter churn.
ADSWEEP_TRAP_MAX_PARAM_SETS: int = 24
#: Query parameters a URL may carry.
ADSWEEP_TRAP_MAX_QUERY_PARAMS: int = 12
#: Times one path segment may occur in a URL (``/a/b/a/b/a`` is a loop).
ADSWEEP_TRAP_MAX_REPEATED_SEGMENTS: int = 2
#: Longest URL fetched, characters.
ADSWEEP_TRAP_MAX_URL_LENGTH: int = 2_000
#: Random-token values one parameter may show on one path before it counts as a session id
#: and is ignored when comparing URLs (``session_id``).
ADSWEEP_TRAP_SESSION_VALUES: int = 20

# === EVIDENCE_* ================================================================================

#: Where WARC files, screenshots, texts and manifests go (``docs/evidence.md``).
EVIDENCE_DIR: str = "data/evidence"
#: Capture evidence of every page with a finding; off raises ``NotConfigured``.
EVIDENCE_ENABLED: bool = True
#: RFC 3161 time-stamping authority; when set, each run's manifest is timestamped at close.
EVIDENCE_TSA_URL: str = ""

# === LEXICON_* =================================================================================

#: A lexicon folder (``rules/``, ``terms/``, ``law.yaml``) instead of the bundled one; checked
#: completely before a crawl starts (a malformed rule stops it with exit code 2).
LEXICON_DIR: str | None = None
#: Run the detector over every page; off raises ``NotConfigured`` (a crawl that only archives).
LEXICON_ENABLED: bool = True
#: Read text and QR codes out of images (rapidocr in worker processes).
LEXICON_OCR: bool = True
#: OCR worker processes.
LEXICON_OCR_WORKERS: int = 1
#: Rule packs the detector runs (``special-ops``, ``training-ads``, ``certificates``); empty:
#: the detector's default (``special-ops``). A target's ``packs:`` or ``crawl --pack`` set it.
LEXICON_PACKS: list[str] = []

# === STORE_* ===================================================================================

#: Seconds after a failed write before the store is tried again; items in between go straight
#: to the spool instead of each waiting for a timeout.
STORE_RETRY_INTERVAL: float = 5.0
#: Where writes the store could not take wait (one file per store URL, replayed in order).
STORE_SPOOL_DIR: str = "data/spool"
#: Store URL (``sqlite:///…`` or ``http(s)://host:9200``); None: the ``ADSWEEP_STORE``
#: environment variable, else ``sqlite:///data/adsweep.db``.
STORE_URL: str | None = None
