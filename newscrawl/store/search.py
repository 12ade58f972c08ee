"""Full-text search over stored articles that finds Chinese words of any length (海门, 党, 乡村振兴).

Design (docs/search.md):

* ``articles_fts`` is a *contentless* FTS5 table (tokenizer ``unicode61``) over title and body.  What it
  indexes is made in Python by :func:`index_text`: each run of CJK characters becomes its overlapping
  bigrams plus its last character (``海门区`` → ``海门 门区 区``), so every character starts some token.
  Latin words and numbers stay whole words.
* ``search_docs(docid INTEGER PRIMARY KEY, article_id)`` maps FTS rows to articles (an explicit integer
  key, so ``VACUUM`` cannot renumber it).
* Pure-SQL triggers on ``articles`` (no function of ours, so any writer works) queue what changed:
  ``search_pending(article_id)`` for rows to (re)index, ``search_stale(docid, title, body)`` for index
  rows to remove, with the text they were indexed with (a contentless table needs it to delete).
  :func:`flush_index` applies the queue in one batch: the store calls it before each commit, and
  :func:`search`, :func:`count_matches` and :func:`matching_ids` call it before they query, so a result
  never misses a committed write, whoever made it (``newscrawl/store/migrations.py``: ``m020_search``,
  ``m021_search_queue``).
* Queries: a Chinese word of 2+ characters is a phrase of its bigrams (``海门`` → ``"海门"``,
  ``乡村振兴`` → ``"乡村 村振 振兴"``): one index lookup, exact substring semantics within a run of Chinese
  text; one character is a prefix query (``党`` → ``"党"*``: the tokens that start with it).  Latin text
  matches whole words, case-insensitively.  Terms separated by spaces are ANDed; a term mixing
  Chinese with Latin letters or digits (``A股``) is split into its parts, also ANDed.  Results are
  ranked by ``bm25`` (title weighted 5, body 1); snippets are cut from the stored text in Python and
  mark the match.
"""
from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from newscrawl.store.filters import article_filters

#: A SQL function ``nc_search_text(text) -> spaced text`` (:func:`index_text`), for ad-hoc SQL; since
#: migration m021 no trigger needs it.
SQL_FUNCTION = "nc_search_text"
#: Weights of the FTS columns for bm25: title, body.
TITLE_WEIGHT, BODY_WEIGHT = 5.0, 1.0

_CJK = ("\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
        "\U00020000-\U0003134f")
_CJK_RUN_RE = re.compile(f"[{_CJK}]+")
_PART_RE = re.compile(f"[{_CJK}]+|[^\\W_{_CJK}]+(?:[^\\w\\s{_CJK}]*[^\\W_{_CJK}]+)*")
_WORD_RE = re.compile(r"[^\W_]")


_CJK_SPLIT_RE = re.compile(f"([{_CJK}]+)")
# Full-width ASCII variants and the ideographic space, replaced by what NFKC makes of them (one character
# each, combining class 0), so NFKC itself only runs on the rare text that still needs it: same result.
_FULLWIDTH = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in (*range(0xFF01, 0xFF5F), 0x3000)}
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")


def _nfkc(text: str) -> str:
    text = _FULLWIDTH_RE.sub(lambda m: _FULLWIDTH[m.group()], text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


class _DoubledChars(dict):
    """``c`` → ``"c c"`` by code point, for ``str.translate`` (filled as characters are met; pure values)."""

    limit = 65_536

    def __missing__(self, code: int) -> str:
        if len(self) >= self.limit:     # bounded memory: start again
            self.clear()
        c = chr(code)
        value = self[code] = f"{c} {c}"
        return value


_DOUBLED = _DoubledChars()


def index_text(text: str | None) -> str:
    """Text as the index sees it: NFKC-normalised, each CJK run as its bigrams and its last character."""
    if not text:
        return ""
    parts = _CJK_SPLIT_RE.split(_nfkc(text))      # odd positions: the CJK runs, even ones what is between
    # each run as its bigrams and its last character ("abc" → "ab bc c", i.e. "a" + "b b" + "c c", built
    # in C by translate); the spaces that join the parts set the runs apart
    parts[1::2] = [run[0] + run[1:].translate(_DOUBLED) for run in parts[1::2]]
    return " ".join(parts)


def register_functions(conn: sqlite3.Connection) -> None:
    """Register ``nc_search_text`` on ``conn`` (optional: used by databases migrated only up to m020)."""
    conn.create_function(SQL_FUNCTION, 1, index_text, deterministic=True)


def query_terms(query: str) -> list[str]:
    """The searchable terms of a query: whitespace-separated, each with at least one letter or digit."""
    return [t for t in (query or "").split() if _WORD_RE.search(unicodedata.normalize("NFKC", t))]


def _phrase(part: str) -> str:
    if _CJK_RUN_RE.fullmatch(part):
        if len(part) == 1:
            return f'"{part}"*'
        return '"' + " ".join(part[i:i + 2] for i in range(len(part) - 1)) + '"'
    return '"' + part.replace('"', '""') + '"'


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression for a query (``海门 党`` → ``"海门" "党"*``); parts are ANDed.

    Raises ValueError when the query has nothing to search for.
    """
    terms = query_terms(query)
    if not terms:
        raise ValueError("the query has no letters or digits to search for")
    phrases = []
    for term in terms:
        phrases += [_phrase(p) for p in _PART_RE.findall(unicodedata.normalize("NFKC", term))]
    return " ".join(phrases)


@dataclass
class Hit:
    """One search result."""

    id: str
    title: str | None
    media: str | None
    published_at: str | None
    score: float
    snippet: str
    title_marked: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _term_pattern(terms: list[str]) -> re.Pattern[str]:
    alts = sorted({re.escape(t) for t in terms}, key=len, reverse=True)
    return re.compile("|".join(alts), re.IGNORECASE)


def mark(text: str, terms: list[str], open_mark: str = "[", close_mark: str = "]") -> str:
    """``text`` with every occurrence of a term wrapped in the marks (case-insensitive)."""
    if not text or not terms:
        return text or ""
    return _term_pattern(terms).sub(lambda m: f"{open_mark}{m.group(0)}{close_mark}", text)


def make_snippet(text: str | None, terms: list[str], width: int = 80, open_mark: str = "[",
                 close_mark: str = "]") -> str:
    """About ``width`` characters of ``text`` around the first match, matches marked, '…' where cut.

    Newlines become spaces.  Without a literal match (e.g. a phrase that spans punctuation) the
    snippet is the start of the text.
    """
    flat = re.sub(r"\s*\n\s*", " ", text or "").strip()
    if not flat:
        return ""
    found = _term_pattern(terms).search(flat) if terms else None
    pos = found.start() if found else 0
    start = max(0, pos - width // 4)
    end = min(len(flat), start + width)
    start = max(0, min(start, end - width))
    if terms:  # never cut a match in two at the edges
        for m in _term_pattern(terms).finditer(flat):
            if m.start() < start < m.end():
                start = m.start()
            if m.start() < end < m.end():
                end = m.end()
    piece = mark(flat[start:end], terms, open_mark, close_mark)
    return ("…" if start > 0 else "") + piece + ("…" if end < len(flat) else "")


def search(db: Any, query: str, *, media: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 20, snippet_width: int = 80,
           open_mark: str = "[", close_mark: str = "]") -> list[Hit]:
    """Articles matching ``query``, best first (bm25), with marked snippets.

    ``db`` is a sqlite-utils Database opened through ``newscrawl.store.db.open_db`` (or any connection with the
    schema).  ``since`` / ``until`` compare with published_at (``since`` inclusive, ``until`` exclusive),
    as ``newscrawl export`` does.  Raises ValueError for an empty query or a limit below 1.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    match = fts_query(query)
    _flush_before_reading(db)
    terms = [unicodedata.normalize("NFKC", t) for t in query_terms(query)]
    filters, values = article_filters(since, until, media, table="a")
    where, params = ["articles_fts MATCH ?", *filters], [match, *values]
    # rank inside the FTS table (bm25 needs no article row), join articles only for filters and the top rows
    ranked = f"SELECT rowid AS docid, bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score " \
             f"FROM articles_fts WHERE articles_fts MATCH ?"
    if len(where) == 1:
        sql = f"""SELECT a.id, a.title, a.media, a.published_at, r.score
                  FROM ({ranked} ORDER BY score LIMIT ?) r
                  JOIN search_docs d ON d.docid = r.docid JOIN articles a ON a.id = d.article_id
                  ORDER BY r.score, a.published_at DESC, a.id"""
        params = [match, limit]
    else:
        sql = f"""SELECT a.id, a.title, a.media, a.published_at, r.score
                  FROM ({ranked}) r
                  JOIN search_docs d ON d.docid = r.docid JOIN articles a ON a.id = d.article_id
                  WHERE {' AND '.join(where[1:])}
                  ORDER BY r.score, a.published_at DESC, a.id LIMIT ?"""
        params = [match, *params[1:], limit]
    hits = []
    for row in list(db.query(sql, params)):
        text = next(db.query("SELECT content_text FROM articles WHERE id = ?", [row["id"]]))["content_text"]
        hits.append(Hit(
            id=row["id"], title=row["title"], media=row["media"], published_at=row["published_at"],
            score=round(row["score"], 4),
            snippet=make_snippet(text, terms, snippet_width, open_mark, close_mark),
            title_marked=mark(row["title"] or "", terms, open_mark, close_mark),
        ))
    return hits


def count_matches(db: Any, query: str) -> int:
    """How many articles match ``query`` (no filters)."""
    _flush_before_reading(db)
    return next(db.query("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?",
                         [fts_query(query)]))["n"]


def rebuild_index(db: Any) -> int:
    """Empty the index and fill it again from ``articles``; returns the number of articles indexed."""
    with db.atomic():
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
        for table in ("search_docs", "search_pending", "search_stale"):
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT INTO search_docs(article_id) SELECT id FROM articles ORDER BY rowid")
        rows = db.conn.execute("SELECT d.docid, a.title, a.content_text FROM search_docs d "
                               "JOIN articles a ON a.id = d.article_id")
        db.conn.executemany("INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
                            ((docid, index_text(title), index_text(body)) for docid, title, body in rows))
    return next(db.query("SELECT count(*) AS n FROM search_docs"))["n"]


def flush_index(db: Any) -> int:
    """Apply the queued index changes (``search_stale``, then ``search_pending``); returns rows indexed.

    Runs inside the caller's transaction when there is one (the store's batch), else in its own.  A
    queue emptied by another connection in the meantime is fine: each row is handled once, under the
    write lock.
    """
    conn = db.conn
    if conn.execute("SELECT EXISTS (SELECT 1 FROM search_pending) OR EXISTS (SELECT 1 FROM search_stale)"
                    ).fetchone()[0] == 0:
        return 0
    indexed = 0
    with db.atomic():
        while True:     # in chunks: a long queue (a big external write) never sits in memory at once
            stale = conn.execute("SELECT docid, title, body FROM search_stale ORDER BY docid LIMIT ?",
                                 [_FLUSH_CHUNK]).fetchall()
            if not stale:
                break
            conn.executemany("INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                             [(docid, index_text(title), index_text(body)) for docid, title, body in stale])
            conn.execute("DELETE FROM search_stale WHERE docid <= ?", [stale[-1][0]])
        while True:
            seqs = conn.execute("SELECT seq FROM search_pending ORDER BY seq LIMIT ?", [_FLUSH_CHUNK]).fetchall()
            if not seqs:
                break
            first, last = seqs[0][0], seqs[-1][0]
            conn.execute("INSERT OR IGNORE INTO search_docs(article_id) SELECT p.article_id FROM search_pending p "
                         "JOIN articles a ON a.id = p.article_id WHERE p.seq BETWEEN ? AND ? ORDER BY p.seq",
                         [first, last])
            rows = conn.execute("SELECT d.docid, a.title, a.content_text FROM search_pending p "
                                "JOIN search_docs d ON d.article_id = p.article_id "
                                "JOIN articles a ON a.id = p.article_id WHERE p.seq BETWEEN ? AND ?",
                                [first, last]).fetchall()
            conn.executemany("INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
                             [(docid, index_text(title), index_text(body)) for docid, title, body in rows])
            conn.execute("DELETE FROM search_pending WHERE seq <= ?", [last])
            indexed += len(rows)
    return indexed


_FLUSH_CHUNK = 500


def _flush_before_reading(db: Any) -> None:
    try:
        flush_index(db)
    except sqlite3.OperationalError as exc:   # a read-only database: search what is indexed
        if "readonly" not in str(exc):
            raise


def unindexed(db: Any) -> int:
    """Queued index changes not applied yet: after a search, those a read-only database could not take."""
    return db.conn.execute("SELECT (SELECT count(*) FROM search_pending) + (SELECT count(*) FROM search_stale)"
                           ).fetchone()[0]


#: Triggers of databases migrated up to m020 (they called nc_search_text); m021 drops them.
LEGACY_TRIGGERS = ("articles_search_ai", "articles_search_ad", "articles_search_au")


def schema_sql() -> list[str]:
    """DDL of the search index: ``search_docs``, the contentless ``articles_fts``, the queue and its triggers.

    The triggers are plain SQL: an insert queues the id; an update of id, title or text, or a delete,
    moves the row's index entry (with the text it was indexed with) to ``search_stale`` — only the
    first time, so the text kept is the indexed one — and queues the new id.
    """
    stale = ("INSERT OR IGNORE INTO search_stale(docid, title, body) "
             "SELECT docid, old.title, old.content_text FROM search_docs WHERE article_id = old.id; "
             "DELETE FROM search_docs WHERE article_id = old.id;")
    changed = "old.id IS NOT new.id OR old.title IS NOT new.title OR old.content_text IS NOT new.content_text"
    return [
        "CREATE TABLE IF NOT EXISTS search_docs (docid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE)",
        ("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
        "title, body, content='', tokenize='unicode61 remove_diacritics 2')"),
        # seq: index rows get their docids in the order articles were written (as the per-row triggers gave
        # them before m021), so ties in rank come out in the same order
        "CREATE TABLE IF NOT EXISTS search_pending (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE)",
        "CREATE TABLE IF NOT EXISTS search_stale (docid INTEGER PRIMARY KEY, title TEXT, body TEXT)",
        ("CREATE TRIGGER IF NOT EXISTS articles_index_ai AFTER INSERT ON articles BEGIN "
        "INSERT OR IGNORE INTO search_pending(article_id) VALUES (new.id); END"),
        (f"CREATE TRIGGER IF NOT EXISTS articles_index_ad AFTER DELETE ON articles BEGIN {stale} "
        "DELETE FROM search_pending WHERE article_id = old.id; END"),
        (f"CREATE TRIGGER IF NOT EXISTS articles_index_au AFTER UPDATE OF id, title, content_text ON articles "
        f"WHEN {changed} BEGIN {stale} DELETE FROM search_pending WHERE article_id = old.id; "
        "INSERT OR IGNORE INTO search_pending(article_id) VALUES (new.id); END"),
    ]


def matching_ids(db: Any, query: str) -> set[str]:
    """Ids of every article matching ``query`` (for ``newscrawl export --query``)."""
    _flush_before_reading(db)
    return {r["article_id"] for r in db.query(
        "SELECT d.article_id FROM articles_fts JOIN search_docs d ON d.docid = articles_fts.rowid "
        "WHERE articles_fts MATCH ?", [fts_query(query)])}


def optimize_index(db: Any) -> None:
    """Write the queued changes, then merge the index's segments into one (faster queries after many small
    writes, e.g. a big import)."""
    flush_index(db)
    with db.atomic():
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
