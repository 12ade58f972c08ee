"""Reprint detection: the same story under several infoCodes or papers (docs/search.md, "Reprints").

An article is a *reprint* of the earliest stored near-duplicate: same ``content_hash``, or a simhash
within :data:`MAX_DISTANCE` bits whose text also shares at least :data:`MIN_JACCARD` of its character
4-gram shingles.  The shingle check is needed because the simhash alone (character bigrams) puts
different articles built from the same templates within 1–3 bits of each other.

Candidates come from an index, not a scan: the 64-bit simhash, as a signed integer, is cut into
:data:`BAND_WIDTHS` bands, kept by pure-SQL triggers in ``simhash_keys(key, article_id, simhash)`` (one row
per band; ``key`` = band number << 32 | the band's bits).  Two simhashes within :data:`MAX_DISTANCE` = 7 bits
differ in at most ``BAND_FLIPS[b]`` bits in at least one band b, since sum(BAND_FLIPS[b] + 1) > 7
(pigeonhole), so looking up each band's value and its neighbours up to that many bits away
(:func:`probe_keys`) finds every candidate within the threshold; the exact distance is then checked on
the integers read from the index rows alone (migration m026; before it, text bands and hex simhashes).

Rule for ``reprint_of``: it names the *root* of the group, the earliest article by (published_at, then
first_seen_at, then id; no date sorts last), never a reprint.  When a newly crawled article is earlier
than the stored root it matches, it becomes the root: once it is stored, the old root and the rows
that pointed to it are re-pointed to it.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

try:    # already loaded by sqlite-utils where it is installed; the look-up works without it (same results)
    import numpy as _np
except ImportError:     # pragma: no cover - numpy is optional
    _np = None
if _np is not None and not hasattr(_np, "bitwise_count"):      # numpy < 2.0: the pure-Python paths
    _np = None

from newscrawl.text.dates import parse_iso
from newscrawl.text.fingerprint import hamming, normalized, simhash_value

#: Bits of each band of the simhash, most significant first (they add up to 64).
BAND_WIDTHS = (16, 16, 16, 16)
#: Bit flips looked up per band: each band's own value and its neighbours up to this many bits away
#: (4 × 2 = 8 > 7; 4 × 17 = 68 keys).  Three bands of 22/21/21 bits looked up to 2/2/1 flips (508 keys) read
#: half the rows on templated text, but their probes cost more than those rows below ~150k stored articles
#: and at any size on varied text (docs/benchmarks.md, "reprints").
BAND_FLIPS = (1, 1, 1, 1)
BANDS = len(BAND_WIDTHS)
#: Largest simhash Hamming distance for a near-duplicate (< sum(BAND_FLIPS[b] + 1), so the probes find all).
MAX_DISTANCE = 7
#: Smallest Jaccard similarity of character 4-gram shingles for a near-duplicate.
MIN_JACCARD = 0.75
SHINGLE = 4

assert sum(BAND_WIDTHS) == 64 and max(BAND_WIDTHS) <= 32 and len(BAND_FLIPS) == BANDS
assert MAX_DISTANCE < sum(f + 1 for f in BAND_FLIPS)
#: Right shift of each band in the 64-bit value.
_SHIFTS = tuple(64 - sum(BAND_WIDTHS[:b + 1]) for b in range(BANDS))
_MASK64 = (1 << 64) - 1
#: Probed rows above which numpy filters them (below, its fixed cost exceeds the Python loop's).
_NUMPY_FROM = 16


# --- pure functions -------------------------------------------------------------------------

def band_values(value: int) -> list[int]:
    """The bits of each band of a 64-bit simhash (signed or not), most significant band first."""
    return [(value >> shift) & ((1 << width) - 1) for shift, width in zip(_SHIFTS, BAND_WIDTHS, strict=True)]


def index_keys(simhash: str | None) -> list[int]:
    """The ``simhash_keys.key`` values stored for a hex simhash (band << 32 | bits); [] for none or a malformed one."""
    value = simhash_value(simhash)
    return [] if value is None else [band << 32 | bits for band, bits in enumerate(band_values(value))]


def _flip_masks(width: int, flips: int) -> list[int]:
    """XOR masks of up to ``flips`` bits among ``width``: 0 first."""
    return [sum(1 << i for i in combo) for k in range(flips + 1) for combo in combinations(range(width), k)]


_MASKS = [_flip_masks(w, f) for w, f in zip(BAND_WIDTHS, BAND_FLIPS, strict=True)]


def probe_keys(simhash: str | None) -> list[int]:
    """The keys to look up for candidates within MAX_DISTANCE: each band's value and its neighbours up to
    BAND_FLIPS bits away; [] for none or a malformed simhash."""
    value = simhash_value(simhash)
    if value is None:
        return []
    out: list[int] = []
    for band, (bits, masks) in enumerate(zip(band_values(value), _MASKS, strict=True)):
        base = band << 32
        out += [base | (bits ^ m) for m in masks]
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
    crcs = map(zlib.crc32, map(str.encode, shingle_set))      # UTF-8
    if _np is not None:         # the bits set in C: ~25 % less than the set of bit numbers below
        marks = _np.zeros(SIG_BITS, _np.uint8)
        marks[_np.fromiter(crcs, _np.uint32, len(shingle_set)) & (SIG_BITS - 1)] = 1
        return int.from_bytes(_np.packbits(marks, bitorder="little").tobytes(), "little")
    value = 0
    for bit in {crc & (SIG_BITS - 1) for crc in crcs}:
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

#: Trigger names of the earlier band indexes: 8 text bands (m020) and 4 text bands of 16 bits (m022).
LEGACY_BAND_TRIGGERS = ("articles_bands_ai", "articles_bands_au", "articles_bands_ad",
                        "articles_bands16_ai", "articles_bands16_au", "articles_bands16_ad")


def _hex_to_int_sql(column: str) -> str:
    """SQL of a 16-hex-digit text column as a signed 64-bit integer (pure SQL: no function of ours)."""
    return " | ".join(f"((instr('0123456789abcdef', substr({column}, {i + 1}, 1)) - 1) << {60 - 4 * i})"
                      for i in range(16))


def index_sql() -> list[str]:
    """DDL of ``simhash_keys`` and the pure-SQL triggers keeping it in step with ``articles.simhash``."""
    bands_sql = " UNION ALL ".join(f"SELECT {b} AS band, {shift} AS shift, {(1 << w) - 1} AS mask"
                                   for b, (shift, w) in enumerate(zip(_SHIFTS, BAND_WIDTHS, strict=True)))
    valid = "new.simhash GLOB '" + "[0-9a-f]" * 16 + "'"
    insert = ("INSERT OR IGNORE INTO simhash_keys(key, article_id, simhash) "
              "SELECT (b.band << 32) | ((h.v >> b.shift) & b.mask), new.id, h.v "
              f"FROM (SELECT {_hex_to_int_sql('new.simhash')} AS v WHERE {valid}) h, ({bands_sql}) b;")
    return [
        # the whole simhash rides along, as an integer: candidates are filtered on the index rows alone
        """CREATE TABLE IF NOT EXISTS simhash_keys (
               key INTEGER NOT NULL, article_id TEXT NOT NULL, simhash INTEGER NOT NULL,
               PRIMARY KEY (key, article_id)) WITHOUT ROWID""",
        "CREATE INDEX IF NOT EXISTS simhash_keys_article ON simhash_keys(article_id)",
        f"CREATE TRIGGER IF NOT EXISTS articles_keys_ai AFTER INSERT ON articles BEGIN {insert} END",
        f"""CREATE TRIGGER IF NOT EXISTS articles_keys_au AFTER UPDATE OF simhash, id ON articles
                WHEN old.simhash IS NOT new.simhash OR old.id IS NOT new.id BEGIN
                DELETE FROM simhash_keys WHERE article_id = old.id; {insert} END""",
        """CREATE TRIGGER IF NOT EXISTS articles_keys_ad AFTER DELETE ON articles BEGIN
               DELETE FROM simhash_keys WHERE article_id = old.id; END""",
    ]


def create_index(db: Any) -> None:
    """Drop the earlier band indexes, create ``simhash_keys`` and (re)fill it from the stored simhashes."""
    for name in LEGACY_BAND_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute("DROP TABLE IF EXISTS simhash_bands")
    for sql in index_sql():
        db.execute(sql)
    backfill_index(db)


def index_rows(article_id: str, simhash: str | None) -> list[tuple[int, str, int]]:
    """The ``simhash_keys`` rows (key, article_id, simhash) of one article, as the triggers write them."""
    value = simhash_value(simhash)
    return [] if value is None else [(key, article_id, value) for key in index_keys(simhash)]


def backfill_index(db: Any) -> None:
    """(Re)fill ``simhash_keys`` from the stored simhashes."""
    db.execute("DELETE FROM simhash_keys")
    db.conn.executemany("INSERT OR IGNORE INTO simhash_keys(key, article_id, simhash) VALUES (?, ?, ?)",
                        (row for aid, sh in db.conn.execute("SELECT id, simhash FROM articles")
                         for row in index_rows(aid, sh)))


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


@dataclass
class LookupCounts:
    """Work done by :func:`find_matches` since the last reset (for benchmarks): look-ups, index rows read,
    candidates within MAX_DISTANCE, and candidate texts read (no cached signature ruled them out)."""

    lookups: int = 0
    rows: int = 0
    near: int = 0
    texts: int = 0


COUNTS = LookupCounts()


def near_positions(values: str, n: int, mine: int) -> list[int]:
    """Positions in ``values`` (``n`` signed 64-bit integers joined by commas) of those within MAX_DISTANCE
    bits of ``mine``: with numpy, parsed and compared in C (~20x less per row than a loop); else in Python."""
    if _np is not None and n > _NUMPY_FROM:
        array = _np.fromstring(values, dtype=_np.int64, sep=",")
        if len(array) == n:
            # as unsigned: numpy counts the bits of a signed integer's absolute value
            differ = (array ^ _np.int64(mine)).view(_np.uint64)
            return _np.flatnonzero(_np.bitwise_count(differ) <= MAX_DISTANCE).tolist()
    return [i for i, v in enumerate(map(int, values.split(","))) if ((v ^ mine) & _MASK64).bit_count() <= MAX_DISTANCE]


def near_candidates(db: Any, article_id: str, simhash: str | None) -> list[str]:
    """Stored articles (itself excluded) whose simhash is within MAX_DISTANCE bits, from the index alone."""
    keys = probe_keys(simhash)
    if not keys:
        return []
    mine = simhash_value(simhash)
    # the probed rows come back as two strings in the same row order (a Python tuple per row would cost more
    # than the look-up); article ids (digits, letters, '-', '_': no comma) are only split when one is near
    ids, values, n = db.conn.execute(
        f"SELECT group_concat(article_id), group_concat(simhash), count(*) FROM simhash_keys "
        f"WHERE key IN ({', '.join('?' * len(keys))})", keys).fetchone()
    COUNTS.rows += n
    if not n:
        return []
    near = near_positions(values, n, mine)
    if not near:
        return []
    id_list = ids.split(",")
    if len(id_list) != n:                                 # a stored id with a comma: read the rows themselves
        rows = db.conn.execute(f"SELECT article_id, simhash FROM simhash_keys WHERE key IN ({', '.join('?' * len(keys))})",
                               keys).fetchall()
        return sorted({c for c, v in rows if ((v ^ mine) & _MASK64).bit_count() <= MAX_DISTANCE} - {article_id})
    return sorted({id_list[i] for i in near} - {article_id})


#: The fields of a stored match (find_matches' rows), and the statements reading them.
_MATCH_COLUMNS = ("id", "simhash", "content_hash", "reprint_of", "published_at", "first_seen_at")
_SAME_HASH_SQL = (f"SELECT {', '.join(_MATCH_COLUMNS)} FROM articles WHERE content_hash = ? AND id != ?")
_CANDIDATE_SQL = f"SELECT {', '.join(_MATCH_COLUMNS)}, content_text FROM articles WHERE id = ?"


def find_matches(db: Any, article_id: str, text: str | None, content_hash: str | None,
                 simhash: str | None) -> list[dict[str, Any]]:
    """Stored near-duplicates of an article (itself excluded): rows with id, reprint_of and order fields."""
    found: dict[str, dict[str, Any]] = {}
    COUNTS.lookups += 1
    conn = db.conn
    if content_hash:
        for values in conn.execute(_SAME_HASH_SQL, [content_hash, article_id]):
            found[values[0]] = dict(zip(_MATCH_COLUMNS, values))
    if simhash:
        near = [cid for cid in near_candidates(db, article_id, simhash) if cid not in found]
        COUNTS.near += len(near)
        if near:
            mine = shingles(text)
            if not mine:
                return list(found.values())
            mine_sig: int | None = None            # computed once a candidate has a stored signature
            sigs = dict(conn.execute(f"SELECT article_id, sig FROM shingle_sigs WHERE article_id IN "
                                     f"({', '.join('?' * len(near))})", near))
            for cid in near:
                sig = sigs.get(cid)
                if sig is not None:
                    if mine_sig is None:
                        mine_sig = signature(mine)
                    if jaccard_bound(mine, mine_sig, int.from_bytes(sig, "little")) < MIN_JACCARD:
                        continue                   # certainly below the threshold: no need for its text
                *values, their_text = conn.execute(_CANDIDATE_SQL, [cid]).fetchone()
                row = dict(zip(_MATCH_COLUMNS, values))
                COUNTS.texts += 1
                theirs = shingles(their_text)
                if sig is None and conn.in_transaction:   # inside the store's batch: keep it for next time
                    conn.execute("INSERT OR REPLACE INTO shingle_sigs(article_id, sig) VALUES (?, ?)",
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
    stored = db.conn.execute("SELECT first_seen_at FROM articles WHERE id = ?", [article_id]).fetchone()
    key = order_key(record.get("published_at"), stored[0] if stored else None, article_id)
    root_ids = {m["reprint_of"] or m["id"] for m in matches} - {article_id}
    roots: dict[str, tuple] = {}
    for rid in root_ids:
        found = db.conn.execute("SELECT published_at, first_seen_at FROM articles WHERE id = ?", [rid]).fetchone()
        if found is None:  # a dangling root: fall back on the match that named it
            row = next(m for m in matches if m["reprint_of"] == rid)
            rid, found = row["id"], (row["published_at"], row["first_seen_at"])
        roots[rid] = order_key(found[0], found[1], rid)
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
