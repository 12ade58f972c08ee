"""Reprint detection: the same story under several infoCodes or papers (docs/search.md, "Reprints").

An article is a *reprint* of the earliest stored near-duplicate: same ``content_hash``, or a simhash
within :data:`MAX_DISTANCE` bits whose text also shares at least :data:`MIN_JACCARD` of its character
4-gram shingles.  The shingle check is needed because the simhash alone (character bigrams) puts
different articles built from the same templates within 1–3 bits of each other.

Candidates come from an index, not a scan: the 64-bit simhash is cut into :data:`BANDS` bands of
16 bits (four hex digits), kept by SQL triggers in ``simhash_bands(band, value, article_id)``.  Two
simhashes within :data:`MAX_DISTANCE` = 7 bits differ in at most one bit in at least one of the 4 bands
(pigeonhole: 4 bands with 2 or more differing bits each would be 8 bits), so looking up each band's value
and its 16 one-bit neighbours (:func:`probes`, 68 keys) finds every candidate within the threshold.  A
16-bit bucket holds ~N/65,536 articles, so the look-up stays small as N grows (the 8 bands of 8 bits used
before migration m022 had buckets of ~N/256).

Rule for ``reprint_of``: it names the *root* of the group, the earliest article by (published_at, then
first_seen_at, then id; no date sorts last), never a reprint.  When a newly crawled article is earlier
than the stored root it matches, it becomes the root: once it is stored, the old root and the rows
that pointed to it are re-pointed to it.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newscrawl.text.dates import parse_iso
from newscrawl.text.fingerprint import hamming, normalized

#: Bands of the simhash (64 bits / 4 = 16 bits = four hex digits each).
BANDS = 4
#: Bit flips looked up per band (0: the band's own value; 1: also its one-bit neighbours).
BAND_FLIPS = 1
#: Largest simhash Hamming distance for a near-duplicate (< BANDS * (BAND_FLIPS + 1), so the probes find all).
MAX_DISTANCE = 7
#: Smallest Jaccard similarity of character 4-gram shingles for a near-duplicate.
MIN_JACCARD = 0.75
SHINGLE = 4

assert MAX_DISTANCE < BANDS * (BAND_FLIPS + 1) and 64 % BANDS == 0 and BAND_FLIPS in (0, 1)
_BITS = 64 // BANDS
_HEX = _BITS // 4
_HEX_RE = re.compile(r"[0-9a-f]{16}")


# --- pure functions -------------------------------------------------------------------------

def bands(simhash: str | None) -> list[tuple[int, str]]:
    """The (band, value) pairs of a 16-hex-digit simhash; [] for none or a malformed one."""
    if not simhash or not _HEX_RE.fullmatch(simhash):
        return []
    return [(b, simhash[b * _HEX:(b + 1) * _HEX]) for b in range(BANDS)]


def probes(simhash: str | None) -> list[tuple[int, str]]:
    """The (band, value) keys to look up for candidates within MAX_DISTANCE: each band's value and, with
    BAND_FLIPS = 1, the values one bit away from it (4 × 17 keys); [] for none or a malformed simhash."""
    out = []
    for band, value in bands(simhash):
        out.append((band, value))
        if BAND_FLIPS:
            v = int(value, 16)
            out += [(band, f"{v ^ (1 << bit):0{_HEX}x}") for bit in range(_BITS)]
    return out


_SLICES = [slice(i, i + SHINGLE) for i in range(4096)]


def shingles(text: str | None, k: int = SHINGLE) -> set[str]:
    """Character k-grams of the whitespace-free text (the whole text when shorter than k)."""
    s = normalized(text or "")
    if len(s) <= k:
        return {s} if s else set()
    n = len(s) - k + 1
    if k == SHINGLE and n <= len(_SLICES):
        return set(map(s.__getitem__, _SLICES[:n]))
    return {s[i:i + k] for i in range(n)}


def jaccard(a: set[str], b: set[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0.0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


#: Bits of a shingle signature (see :func:`signature`).
SIG_BITS = 2048


def signature(shingle_set: set[str]) -> int:
    """A SIG_BITS-bit set of the shingles' CRC-32s modulo SIG_BITS (stable across processes; stored in
    ``shingle_sigs`` for articles that were candidates once)."""
    value = 0
    for bit in {zlib.crc32(x.encode("utf-8")) & (SIG_BITS - 1) for x in shingle_set}:
        value |= 1 << bit
    return value


def jaccard_bound(mine: set[str], mine_sig: int, their_sig: int) -> float:
    """An upper bound on jaccard(mine, theirs) from the signatures alone (exact, never below the true value).

    A bit set in one signature and not in the other stands for at least one shingle of that side missing
    from the other side, so |mine − theirs| ≥ a and |theirs − mine| ≥ b for the popcounts a, b of the
    two differences, and J = |mine ∩ theirs| / (|mine| + |theirs − mine|) ≤ (|mine| − a) / (|mine| + b).
    """
    a = (mine_sig & ~their_sig).bit_count()
    b = (their_sig & ~mine_sig).bit_count()
    return (len(mine) - a) / (len(mine) + b)


def is_near_duplicate(text_a: str | None, text_b: str | None, simhash_a: str | None = None,
                      simhash_b: str | None = None) -> bool:
    """True when two texts are the same story: equal without whitespace, or close in simhash and shingles."""
    a, b = normalized(text_a or ""), normalized(text_b or "")
    if not a or not b:
        return False
    if a == b:
        return True
    if simhash_a and simhash_b and hamming(simhash_a, simhash_b) > MAX_DISTANCE:
        return False
    return jaccard(shingles(a), shingles(b)) >= MIN_JACCARD


def order_key(published_at: str | None, first_seen_at: str | None, article_id: str) -> tuple:
    """Sort key for "earliest": published_at (undated last), then first_seen_at (unknown last), then id."""
    pub, seen = parse_iso(published_at), parse_iso(first_seen_at)
    return (pub is None, pub.timestamp() if pub else 0.0, seen is None, seen.timestamp() if seen else 0.0,
            article_id)


@dataclass
class Decision:
    """What the detector decided for one article."""

    reprint_of: str | None
    #: stored ids whose reprint_of must become this article's id once it is stored
    repoint: list[str] = field(default_factory=list)
    #: ids of the stored near-duplicates found
    matches: list[str] = field(default_factory=list)


def decide(article_id: str, key: tuple, roots: dict[str, tuple]) -> Decision:
    """Pick the original among the article (``key``) and the roots of its matches (id → order key)."""
    roots = {rid: k for rid, k in roots.items() if rid != article_id}
    if not roots:
        return Decision(None)
    earliest = min(roots, key=lambda rid: roots[rid])
    if roots[earliest] < key:
        return Decision(earliest)
    return Decision(None, repoint=sorted(roots))


# --- database access ------------------------------------------------------------------------

#: Trigger names of the 8-band index (migration m020); m022 replaces them.
LEGACY_BAND_TRIGGERS = ("articles_bands_ai", "articles_bands_au", "articles_bands_ad")


def band_triggers_sql() -> list[str]:
    """DDL of ``simhash_bands`` and the triggers keeping it in step with ``articles.simhash``."""
    values = ", ".join(f"({b}, substr(new.simhash, {b * _HEX + 1}, {_HEX}), new.id, new.simhash)" for b in range(BANDS))
    valid = "new.simhash GLOB '" + "[0-9a-f]" * 16 + "'"
    insert = (f"INSERT OR IGNORE INTO simhash_bands(band, value, article_id, simhash) SELECT * FROM (VALUES {values}) "
              f"WHERE {valid};")
    return [
        # the whole simhash rides along: candidates are filtered on the index alone, without reading the
        # (long, overflow-paged) article rows
        """CREATE TABLE IF NOT EXISTS simhash_bands (
               band INTEGER NOT NULL, value TEXT NOT NULL, article_id TEXT NOT NULL, simhash TEXT NOT NULL,
               PRIMARY KEY (band, value, article_id)) WITHOUT ROWID""",
        "CREATE INDEX IF NOT EXISTS simhash_bands_article ON simhash_bands(article_id)",
        f"CREATE TRIGGER IF NOT EXISTS articles_bands16_ai AFTER INSERT ON articles BEGIN {insert} END",
        f"""CREATE TRIGGER IF NOT EXISTS articles_bands16_au AFTER UPDATE OF simhash, id ON articles
                WHEN old.simhash IS NOT new.simhash OR old.id IS NOT new.id BEGIN
                DELETE FROM simhash_bands WHERE article_id = old.id; {insert} END""",
        """CREATE TRIGGER IF NOT EXISTS articles_bands16_ad AFTER DELETE ON articles BEGIN
               DELETE FROM simhash_bands WHERE article_id = old.id; END""",
    ]


def shingle_sigs_sql() -> list[str]:
    """DDL of ``shingle_sigs`` (a cache of :func:`signature` per stored article, filled as articles become
    candidates) and the pure-SQL triggers that drop an entry whenever its article's text may have changed."""
    drop = "DELETE FROM shingle_sigs WHERE article_id = old.id;"
    return [
        "CREATE TABLE IF NOT EXISTS shingle_sigs (article_id TEXT PRIMARY KEY, sig BLOB NOT NULL) WITHOUT ROWID",
        ("CREATE TRIGGER IF NOT EXISTS articles_sigs_ai AFTER INSERT ON articles BEGIN "
        "DELETE FROM shingle_sigs WHERE article_id = new.id; END"),
        ("CREATE TRIGGER IF NOT EXISTS articles_sigs_au AFTER UPDATE OF id, content_text ON articles "
        f"WHEN old.id IS NOT new.id OR old.content_text IS NOT new.content_text BEGIN {drop} END"),
        f"CREATE TRIGGER IF NOT EXISTS articles_sigs_ad AFTER DELETE ON articles BEGIN {drop} END",
    ]


def backfill_bands(db: Any) -> None:
    """(Re)fill ``simhash_bands`` from the stored simhashes."""
    db.execute("DELETE FROM simhash_bands")
    rows = [(b, v, r["id"], r["simhash"]) for r in db.query("SELECT id, simhash FROM articles")
            for b, v in bands(r["simhash"])]
    db.conn.executemany("INSERT OR IGNORE INTO simhash_bands(band, value, article_id, simhash) VALUES (?, ?, ?, ?)",
                        rows)


def find_matches(db: Any, article_id: str, text: str | None, content_hash: str | None,
                 simhash: str | None) -> list[dict[str, Any]]:
    """Stored near-duplicates of an article (itself excluded): rows with id, reprint_of and order fields."""
    keys = probes(simhash)
    cols = "a.id, a.simhash, a.content_hash, a.reprint_of, a.published_at, a.first_seen_at"
    found: dict[str, dict[str, Any]] = {}
    if content_hash:
        for row in db.query(f"SELECT {cols} FROM articles a WHERE a.content_hash = ? AND a.id != ?",
                            [content_hash, article_id]):
            found[row["id"]] = row
    if keys:
        # the probed buckets hold few articles: filter them on (id, simhash) alone, fetch rows for the close few
        mine_bits = int(simhash, 16)
        near = {cid for cid, other in db.conn.execute(
            f"SELECT b.article_id, b.simhash FROM (VALUES {', '.join('(?, ?)' for _ in keys)}) k "
            "JOIN simhash_bands b ON b.band = k.column1 AND b.value = k.column2 WHERE b.article_id != ?",
            [x for key in keys for x in key] + [article_id])
            if cid not in found and (int(other, 16) ^ mine_bits).bit_count() <= MAX_DISTANCE}
        near = sorted(near)
        if near:
            mine = shingles(text)
            if not mine:
                return list(found.values())
            mine_sig = signature(mine)
            sigs = dict(db.conn.execute(f"SELECT article_id, sig FROM shingle_sigs WHERE article_id IN "
                                        f"({', '.join('?' * len(near))})", near))
            for cid in near:
                sig = sigs.get(cid)
                if sig is not None and jaccard_bound(mine, mine_sig, int.from_bytes(sig, "little")) < MIN_JACCARD:
                    continue                       # certainly below the threshold: no need for its text
                row = next(db.query(f"SELECT {cols}, a.content_text FROM articles a WHERE a.id = ?", [cid]))
                theirs = shingles(row.pop("content_text"))
                if sig is None and db.conn.in_transaction:   # inside the store's batch: keep it for next time
                    db.conn.execute("INSERT OR REPLACE INTO shingle_sigs(article_id, sig) VALUES (?, ?)",
                                    [cid, signature(theirs).to_bytes(SIG_BITS // 8, "little")])
                if jaccard(mine, theirs) >= MIN_JACCARD:
                    found[row["id"]] = row
    return list(found.values())


def detect(db: Any, record: dict[str, Any]) -> Decision:
    """Decide ``reprint_of`` for an article record (id, content_text, content_hash, simhash, published_at)."""
    article_id = record["id"]
    matches = find_matches(db, article_id, record.get("content_text"), record.get("content_hash"),
                           record.get("simhash"))
    if not matches:
        return Decision(None)
    stored = next(db.query("SELECT first_seen_at FROM articles WHERE id = ?", [article_id]), None)
    key = order_key(record.get("published_at"), stored["first_seen_at"] if stored else None, article_id)
    root_ids = {m["reprint_of"] or m["id"] for m in matches} - {article_id}
    roots: dict[str, tuple] = {}
    for rid in root_ids:
        row = next(db.query("SELECT id, published_at, first_seen_at FROM articles WHERE id = ?", [rid]), None)
        if row is None:  # a dangling root: fall back on the match that named it
            row = next(m for m in matches if m["reprint_of"] == rid)
            rid = row["id"]
        roots[rid] = order_key(row["published_at"], row["first_seen_at"], rid)
    decision = decide(article_id, key, roots)
    decision.matches = sorted(m["id"] for m in matches)
    return decision


def repoint(db: Any, new_root: str, old_roots: Iterable[str]) -> int:
    """Make ``new_root`` the original of the old roots and of every row pointing to them; returns rows changed."""
    old = [r for r in old_roots if r != new_root]
    if not old:
        return 0
    marks = ", ".join("?" for _ in old)
    with db.atomic():
        cur = db.execute(f"UPDATE articles SET reprint_of = ? WHERE (id IN ({marks}) OR reprint_of IN ({marks}))"
                         " AND id != ?", [new_root, *old, *old, new_root])
    return cur.rowcount


def assign_all(db: Any) -> int:
    """Recompute ``reprint_of`` for every stored article, earliest first; returns how many are reprints."""
    with db.atomic():
        db.execute("UPDATE articles SET reprint_of = NULL WHERE reprint_of IS NOT NULL")
    rows = list(db.query("SELECT id, content_text, content_hash, simhash, published_at, first_seen_at FROM articles"))
    rows.sort(key=lambda r: order_key(r["published_at"], r["first_seen_at"], r["id"]))
    n = 0
    for row in rows:
        decision = detect(db, row)
        if decision.reprint_of:
            with db.atomic():
                db.execute("UPDATE articles SET reprint_of = ? WHERE id = ?", [decision.reprint_of, row["id"]])
            n += 1
    return n


# --- Scrapy glue ----------------------------------------------------------------------------
