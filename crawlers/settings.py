"""Project settings: polite and robust defaults for every spider.

Per-family overrides live in each spider's ``custom_settings``; per-source overrides come from the source's
``settings`` and global overrides from the job file (see ``crawlers/run.py``). Replica crawls on loopback should
pass small delays (see ``crawlers/README.md``).
"""

BOT_NAME = "facility-hub"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# A descriptive user agent naming the project and where to read about it.
USER_AGENT = "facility-hub-crawler/0.1 (+https://github.com/facility-hub/facility-hub; directory of maker spaces)"

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0

# Items a callback yields are processed this many at a time. Scrapy starts one asyncio task per slot for every
# response (default 100); our pipelines are synchronous, so a small number saves ~30% CPU per page.
CONCURRENT_ITEMS = 8

# Robustness.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# Longest Retry-After (seconds) we wait for; a longer one gives up on the request and counts the error.
RETRY_AFTER_MAX = 120.0
# Wait used for a retried 429/503 that carries no Retry-After header (seconds).
RETRY_AFTER_DEFAULT = 0.0
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5
HTTPCACHE_ENABLED = False
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
DNS_TIMEOUT = 10

# Statuses that reach the spiders (conditional requests and gone pages are handled there).
HTTPERROR_ALLOWED_CODES = []

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.retry_after.RetryAfterMiddleware": 550,
    # below HttpCompressionMiddleware (590): responses reach it decompressed
    "crawlers.middlewares.encoding.EncodingFallbackMiddleware": 585,
    "crawlers.middlewares.error_stats.ErrorStatsMiddleware": 960,
    # after Scrapy's redirects (600) in response order: a redirect back into its own chain stops as a loop
    "crawlers.middlewares.page_outcomes.RedirectLoopMiddleware": 650,
}
SPIDER_MIDDLEWARES = {
    # close to the spider: sees each keyed page's own output (a page without a record is reported as failed)
    "crawlers.middlewares.page_outcomes.KeyedPageMiddleware": 900,
}
SPIDER_CONTRACTS = {
    "crawlers.contracts.ReplicaUrlContract": 1,
    "crawlers.contracts.FieldsContract": 10,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.DropDuplicateKeysPipeline": 100,
    # closes after the output pipeline: adds a failed line for known pages that got no outcome
    "crawlers.middlewares.page_outcomes.UnansweredPagesPipeline": 800,
    "crawlers.pipelines.JsonLinesOutputPipeline": 900,
}

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# Where JsonLinesOutputPipeline writes items; unset means no file (``scrapy crawl`` may use -o instead).
FACILITY_HUB_OUTPUT = None
