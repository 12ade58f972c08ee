"""Scrapy settings for newscrawl.

Settings of our own are prefixed ``NEWSCRAWL_`` or ``FINEWS_``; docs/settings.md lists them all.
Every finews endpoint is ``FINEWS_BASE_URL`` + a path, so one setting re-points a crawl at
another host (the local replica, a mirror)::

    scrapy crawl finews_list -s FINEWS_BASE_URL=http://127.0.0.1:8765
"""
from newscrawl.items import STORED_FIELDS
from newscrawl.pages import MAX_BYTES as _page_limit

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
COMMANDS_MODULE = "newscrawl.commands"

# --- finews endpoints (defaults: the real service) ---------------------------------------
FINEWS_BASE_URL = "http://finews.zning.xyz"
#: Article body API; ``{code}`` is the infoCode.  Answers JSON with the HTML in ``text`` / ``content``.
FINEWS_TEXT_PATH = "/NewsData/GetNewsText.do?id={code}"
#: The share page users paste; a script-driven shell that usually carries no article.
FINEWS_SHARE_PATH = "/html_News/NewsShare.html?infoCode={code}"
#: News-list APIs read by ``finews_list`` (newest first).
FINEWS_LIST_APIS = [
    "/information/newmarket/web/webapi?marketType=37&count=100",
    "/information/newmarket/web/webapi?marketType=38&count=100",
    "/information/newmarket/web/webapi?marketType=39&count=100",
    "/web/webapi?type=45&count=100&newsid=1",
    "/web/webapi?type=102&count=100&newsid=1",
]
#: Query parameter for the page number (1-based) of a list API, and how deep ``finews_list`` pages.
FINEWS_LIST_PAGE_PARAM = "pageindex"
FINEWS_LIST_MAX_PAGES = 50

# --- download size -----------------------------------------------------------------------
#: Scrapy stops reading a body, and stops decompressing a gzip/deflate/br/zstd one, past this many bytes: our
#: own page limit (``newscrawl.pages.MAX_BYTES``, 10 MB), so an endless stream or a compression bomb
#: costs at most that much memory and becomes a ``fetch``/``too_large`` failure (Scrapy's default is 1 GiB).
DOWNLOAD_MAXSIZE = _page_limit
#: Log a warning for bodies past half the limit.
DOWNLOAD_WARNSIZE = _page_limit // 2

# --- storage and runs ---------------------------------------------------------------------
#: SQLite database file (relative paths are relative to the working directory).
NEWSCRAWL_DB = "data/news.db"
#: ``scrapy crawl`` / ``newscrawl crawl`` exit with status 1 when failures / (items + failures)
#: exceeds this rate; 0.0 means any failure makes the exit status non-zero.
NEWSCRAWL_MAX_FAILURE_RATE = 0.0

ITEM_PIPELINES = {
    "pipelines.normalize.ValidatePipeline": 100,
    "pipelines.normalize.CleanPipeline": 200,
    "pipelines.normalize.DatesPipeline": 300,
    "pipelines.normalize.BylinesPipeline": 400,
    "pipelines.normalize.FingerprintPipeline": 500,
    "pipelines.reprints.ReprintPipeline": 600,
    "pipelines.store.SQLitePipeline": 900,
}
#: Run the item pipelines above in a second process (pipelines/offload.py), so a crawl uses two cores:
#: ~1.2-1.4x the articles/s up to 10k articles, ~130 MB more memory (docs/benchmarks.md).  Not applied when
#: the crawl also writes a feed (``-o``/``FEEDS``: it needs the processed items in-process).
NEWSCRAWL_PIPELINE_PROCESS = False
#: With NEWSCRAWL_PIPELINE_PROCESS: the ITEM_PIPELINES stages at this priority and above (bylines,
#: fingerprint, reprints, store) run in the pipeline process; those below (validate, clean, dates) stay in
#: the crawl's, which evens out the two processes' CPU (docs/benchmarks.md).  0: every stage moves.
NEWSCRAWL_PIPELINE_PROCESS_FROM = 400
#: Internal: the stages the pipeline process runs, set by the add-on below when NEWSCRAWL_PIPELINE_PROCESS
#: applies (``ITEM_PIPELINES`` then holds only the hand-over stage); empty: no pipeline process.
NEWSCRAWL_PROCESS_PIPELINES: dict[str, int] = {}
ADDONS = {"pipelines.offload.PipelineProcess": 0}
EXTENSIONS = {
    "newscrawl.cli.runlog.RunRecorder": 100,
    "newscrawl.cli.progress.Progress": 500,
}
#: A status line on stderr every NEWSCRAWL_PROGRESS_INTERVAL seconds (articles stored, failures, rate);
#: `newscrawl crawl` and `newscrawl demo` turn it on when stderr is a terminal.
NEWSCRAWL_PROGRESS = False
NEWSCRAWL_PROGRESS_INTERVAL = 5.0

# --- politeness and robustness ------------------------------------------------------------
USER_AGENT = "newscrawl/0.1 (Chinese local news research crawler)"
#: A page (or mailto:) where site owners can reach whoever runs the crawl; the ``article`` and ``site``
#: spiders put it into the User-Agent as ``+URL`` (and warn while it is empty).
NEWSCRAWL_CONTACT_URL = ""
#: The finews spiders read one known API host (the replica in tests): no robots.txt, no AutoThrottle.
ROBOTSTXT_OBEY = False
#: Scrapy's duplicate filtering (the same requests dropped), in ~24 bytes a request instead of ~95 (issue 17).
DUPEFILTER_CLASS = "newscrawl.spiders.dupefilter.CompactDupeFilter"
CONCURRENT_REQUESTS = 16
#: Scrapy starts this many asyncio workers for every callback's output; our callbacks yield one item (or a
#: page of requests), so the default 100 only costs task churn (~100 tasks an article, measured).
CONCURRENT_ITEMS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
HTTPERROR_ALLOWED_CODES: list[int] = []
#: The spiders that crawl arbitrary sites (``article``, ``site``) apply these over the settings above, at
#: spider priority: robots.txt obeyed (a disallowed page is a ``failures`` row, reason ``robots_txt``),
#: AutoThrottle from a 2 s delay, never under 1 s between requests to one site, at most 2 at a time.  ``-s``
#: on the command line still wins (``-s ROBOTSTXT_OBEY=False``; tests against 127.0.0.1 pass
#: ``-s AUTOTHROTTLE_START_DELAY=0 -s DOWNLOAD_DELAY=0``).
NEWSCRAWL_OPEN_WEB_SETTINGS = {
    "ROBOTSTXT_OBEY": True,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 2.0,
    "AUTOTHROTTLE_MAX_DELAY": 60.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
    "DOWNLOAD_DELAY": 1.0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
}
TELNETCONSOLE_ENABLED = False

# --- exports ------------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = list(STORED_FIELDS)
#: ``-O out.csv`` as ``newscrawl export`` writes CSV: BOM, lists joined with "、", formula guard (newscrawl/exports/feed.py)
FEED_EXPORTERS = {"csv": "newscrawl.exports.feed.ExcelCsvItemExporter"}

LOG_LEVEL = "INFO"

#: The public share link stored in ``share_url`` (not re-pointed by FINEWS_BASE_URL: it is the record's canonical link).
FINEWS_PUBLIC_SHARE_URL = "http://finews.zning.xyz/html_News/NewsShare.html?infoCode={code}"
#: Turn off the RunRecorder extension (no crawl_runs / failures rows).
NEWSCRAWL_RUNLOG_ENABLED = True
#: Re-fetch (in finews_list) articles last checked more than this many seconds ago, to catch edits; 0: never.
NEWSCRAWL_REFRESH_AFTER = 0
#: Store batching: commit every N items or S seconds (whichever first), and at the end of the crawl.
#: (200: the search index's writes cost ~40 % less per article than in batches of 50.)
NEWSCRAWL_COMMIT_EVERY = 200
NEWSCRAWL_COMMIT_SECONDS = 5.0
#: Write queued search-index changes every N stored items, even without a commit (and before every commit).
NEWSCRAWL_INDEX_EVERY = 200
#: Reprint detection (pipelines/reprints.py, docs/search.md): False turns the ReprintPipeline stage off.
NEWSCRAWL_REPRINTS_ENABLED = True
#: Keep each article's raw payload (API JSON / HTML bytes, zlib-compressed) in raw_pages for `newscrawl reprocess`.
NEWSCRAWL_KEEP_RAW = True
#: Run id to use (set by `newscrawl crawl`); empty: a new one per crawl.
NEWSCRAWL_RUN_ID = ""

# --- distributed crawling on Redis (issue 6: newscrawl/distributed, docs/distributed.md) ---------------
#: Redis server shared by workers, the ingester and seeding (env NEWSCRAWL_REDIS_URL for the CLI).
NEWSCRAWL_REDIS_URL = "redis://127.0.0.1:6379/0"
#: Prefix of every Redis key of one distributed crawl (several crawls can share one Redis).
NEWSCRAWL_REDIS_PREFIX = "newscrawl"
#: This worker's id in leases, items and stats; empty: ``host:pid``.
NEWSCRAWL_REDIS_WORKER_ID = ""
#: Seconds without a heartbeat after which a worker counts as dead and its leased requests are re-queued.
NEWSCRAWL_REDIS_HEARTBEAT_TTL = 15.0
#: A worker closes once the whole frontier (seeds, queue, leases) has been empty this long; 0: never.
NEWSCRAWL_REDIS_IDLE_CLOSE = 0.0
#: ITEM_PIPELINES entries that need the database: they run in `newscrawl ingest`, not on workers.
NEWSCRAWL_REDIS_INGEST_PIPELINES = ["pipelines.reprints.ReprintPipeline", "pipelines.store.SQLitePipeline"]
#: Messages the ingester writes per SQLite transaction (then acknowledges in Redis).
NEWSCRAWL_REDIS_INGEST_BATCH = 200
