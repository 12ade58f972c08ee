"""Deterministic generator of synthetic Chinese local news in the prototype's Jekyll post format.

Used by ``newscrawl demo`` (a small sample archive), by end-to-end tests (the replica serves the
posts) and by benchmarks (2,000 … 100,000 posts). All text is made up from the templates and word lists
in ``data/vocabulary.json`` (read by :mod:`.vocabulary`, filled by :mod:`.templates`; people and companies
come from :mod:`.people`); nothing is copied from the real corpus. Only the *markup* mirrors what the real
finews text API returned (byline lines, ``em_media`` source line, Eastmoney stock spans, K-line
blocks, hidden paragraphs), so that the parsers meet the same shapes they meet in real posts.

Ground truth, per :class:`SyntheticArticle`:

* ``authors``       reporters and 通讯员 (correspondents), in byline order
* ``photographers`` people credited for photos (``图：``, ``摄影/``, ``… 摄``); organisations are split off
* ``editors``       ``编辑：`` / ``责任编辑：`` names
* ``organisations`` organisations named in credits (``图：海门区委宣传部许丛军`` → ``海门区委宣传部``)
* ``source``        the name in ``（文章来源：…）``; ``None`` when the article has no source line
* ``paragraphs``    plain body paragraphs: no byline/credit/source lines, no image captions, no
                    indents; an inline dateline byline (``本报讯（记者 …）``) is *not* part of them
* ``images``        src of the article's photos (the Eastmoney K-line chart widget is not counted)
* ``captions``      the caption text of each photo (parallel to ``images``)
* ``byline_raw``    each credit string as it reads in the page text (after HTML unescaping)
* ``reprint_of``    for a reprint, the info_code of the original article (emitted a few posts later,
                    because posts come newest first); ``None`` otherwise

Generation is streaming (``generate_articles`` is a generator holding a bounded look-ahead) and
deterministic: the same ``n``, ``seed`` and ``start`` give the same articles, and a shorter run is a
prefix of a longer one except for its last few posts (reprints whose original would fall past the end
are emitted as ordinary articles).
"""
from __future__ import annotations

import html
import os
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from newscrawl.replica.markup import HIDDEN_P, esc, kline_block, mark_stocks
from newscrawl.replica.people import SURNAMES, Place, Pools, organisation
from newscrawl.replica.render import SHARE_URL, post_filename, render_post
from newscrawl.replica.templates import (
    BUSINESS_SENTENCES,
    CAPTIONS,
    LEAD_SENTENCES,
    ONCE_SENTENCES,
    PLACEHOLDERS,
    SENTENCES,
    TITLE_WEIGHTS,
    TITLES,
    SlotFiller,
)
from newscrawl.replica.vocabulary import load_vocabulary

__all__ = [
    "MEDIA",
    "SURNAMES",
    "SyntheticArticle",
    "generate_articles",
    "post_filename",
    "render_post",
    "write_archive",
]

IMG_HOST = "http://img.example-news.cn"

_V = load_vocabulary()
# The papers, weighted so the local dailies dominate, like the prototype's feed.
MEDIA: list[str] = list(_V["media"])
_MEDIA_WEIGHTS: list[int] = list(_V["media"].values())
# Outlets that appear as 文章来源 without being one of our papers.
_OTHER_SOURCES: list[str] = _V["other_sources"]
PLACES: list[Place] = [(name, p["suffix"], p["towns"]) for name, p in _V["places"].items()]
TOPICS: dict[str, dict[str, list[str]]] = _V["topics"]
TOPIC_NAMES = list(TOPICS)
_TOPIC_WEIGHTS: list[int] = [_V["topic_weights"][name] for name in TOPIC_NAMES]
ROLES: list[str] = _V["official_roles"]
RESIDENT_ROLES: list[str] = _V["resident_roles"]
SHORT_FILLERS: list[str] = _V["short_fillers"]
SECTORS: list[str] = _V["sectors"]
_SENTENCE_CACHE_SIZE = 32


@dataclass
class SyntheticArticle:
    info_code: str
    title: str
    published: str
    media: str
    media_slug: str
    body_html: str
    authors: list[str]
    photographers: list[str]
    editors: list[str]
    organisations: list[str]
    source: str | None
    paragraphs: list[str]
    images: list[str]
    captions: list[str] = field(default_factory=list)
    byline_raw: list[str] = field(default_factory=list)
    reprint_of: str | None = None
    topic: str = ""

    @property
    def share_url(self) -> str:
        return SHARE_URL.format(code=self.info_code)

    @property
    def text(self) -> str:
        """The ground-truth content text: paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)


class _Content:
    """Everything about an article except its slot in the timeline and its paper."""

    __slots__ = (
        "authors",
        "body_parts",
        "byline_raw",
        "captions",
        "editors",
        "has_source",
        "images",
        "joiner",
        "organisations",
        "paragraphs",
        "photographers",
        "title",
        "topic",
    )



# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------

class _Generator:
    def __init__(self, seed: int, start: str):
        self.seed = seed
        self.rng = random.Random(f"newscrawl-synth-content:{seed}")
        self.pools = Pools(seed, MEDIA)
        self.start = datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
        # the timeline has its own RNG so that slots can be looked ahead without disturbing content
        self._trng = random.Random(f"newscrawl-synth-time:{seed}")
        self._slots: deque[tuple[datetime, str]] = deque()
        self._slot_base = 0  # index of _slots[0]
        self._last = self.start
        # filled sentences per (topic, place, template): bounded, so memory stays constant
        self._cache: dict[tuple, list[str]] = {}
        epoch = datetime(2021, 12, 31, 12, 0, 0)
        self._counter0 = 2232633030 + int((self.start - epoch).total_seconds() * 113 // 10)

    # -- timeline: newest first, 1–40 minutes apart, info codes from a time-linked counter --
    def _next_slot(self) -> tuple[datetime, str]:
        r = self._trng
        t = self._last - timedelta(seconds=r.randint(60, 2400))
        # fewer posts at night: skip most of 00:00–06:00
        if t.hour < 6 and r.random() < 0.85:
            t = t.replace(hour=0, minute=0, second=0) - timedelta(seconds=r.randint(60, 5400))
        self._last = t
        delta = int((self.start - t).total_seconds())
        counter = (self._counter0 - delta * 113 // 10 + r.randint(0, 600)) % 10**10
        return t, f"NW{t:%Y%m%d}{counter:010d}"

    def slot(self, i: int) -> tuple[datetime, str]:
        while i - self._slot_base >= len(self._slots):
            self._slots.append(self._next_slot())
        return self._slots[i - self._slot_base]

    def release(self, i: int) -> None:
        while self._slot_base <= i and self._slots:
            self._slots.popleft()
            self._slot_base += 1

    # -- content --
    def content(self, published: datetime, media: str) -> _Content:
        rng = self.rng
        pools = self.pools
        topic = rng.choices(TOPIC_NAMES, _TOPIC_WEIGHTS)[0]
        place = rng.choice(PLACES)
        event_day = published - timedelta(days=rng.choice((0, 1, 1, 1, 2, 3)))
        date = f"{event_day.month}月{event_day.day}日"
        public = rng.sample(pools.public, 4)
        business = topic == "产业" and rng.random() < 0.7
        companies: list[tuple[str, str, str]] = (
            rng.sample(pools.companies, rng.randint(1, 3)) if business else [])
        sector = rng.choice(SECTORS)
        real = {
            "date": date, "sector": sector, "official": public[0],
            "odept": rng.choice(TOPICS[topic]["depts"]),
            "orole": rng.choice(ROLES), "secretary": public[1], "stown": rng.choice(place[2]),
            "resident": public[2], "rrole": rng.choice(RESIDENT_ROLES), "person": public[3],
        }
        # Article-specific values go in as placeholders so that filled sentences can be cached per
        # (topic, place) and reused by later articles; ``resolve`` puts the real values back.
        fixed = {"place": place[0], "placef": place[0] + place[1], "topic": topic, **PLACEHOLDERS}
        ctx = SlotFiller(rng, topic, fixed, place[2], [c[0] for c in companies])
        ctx.subst = [(PLACEHOLDERS[k], v) for k, v in real.items()]
        ctx.key = (topic, place[0])

        c = _Content()
        c.topic = topic
        c.title = ctx.resolve(self._title(ctx))

        # paragraphs
        count = rng.choices(range(3, 13), [6, 10, 12, 12, 11, 9, 7, 5, 4, 3])[0]
        paras = []
        for k in range(count):
            paras.append(self._paragraph(ctx, lead=(k == 0), business=business))
        c.paragraphs = paras

        # style of this article's markup
        c.joiner = rng.choices(["\n ", "", "\n"], [70, 20, 10])[0]
        indent = rng.choices(["", "\u3000\u3000", "&nbsp;&nbsp;&nbsp;&nbsp;", "\u3000\u3000&nbsp;"],
                             [72, 15, 9, 4])[0]
        trail = "&nbsp;" if rng.random() < 0.05 else ""
        sep = rng.choices([" ", "&nbsp;", "\u3000"], [80, 12, 8])[0]  # between byline words

        # credits
        authors: list[str] = []
        photographers: list[str] = []
        editors: list[str] = []
        orgs: list[str] = []
        byline_raw: list[str] = []
        head: list[str] = []  # html paragraphs before the body
        tail: list[str] = []  # html paragraphs after the body
        inline_prefix = ""
        reporters = pools.reporters[media]
        style = rng.choices(["wen", "benbaoxun", "jizhe", "benbao", "paren", "none"],
                            [30, 20, 14, 14, 6, 16])[0]

        def people(pool: list[str], lo: int, hi: int) -> list[str]:
            return rng.sample(pool, rng.randint(lo, hi))

        if style == "wen":
            names = people(reporters + pools.correspondents[:20], 1, 3)
            authors += names
            raw = "文：" + "".join(names)
            if rng.random() < 0.6:
                org = organisation(rng, place) if rng.random() < 0.25 else ""
                if org:
                    gap = " " if rng.random() < 0.5 else ""
                    raw = "文：" + org + gap + "".join(names)
                    orgs.append(org)
            byline_raw.append(raw)
            tail.append(f"<p>{esc(raw)}</p>")
        elif style in ("benbaoxun", "jizhe", "paren"):
            rep = people(reporters, 1, 2)
            cor = people(pools.correspondents, 0, 2)
            authors += rep + cor
            raw = "记者" + sep + sep.join(rep)
            if cor:
                raw += sep + "通讯员" + sep + sep.join(cor)
            text = html.unescape(raw)
            if style == "benbaoxun":
                inline_prefix = f"本报讯（{raw}）"
                byline_raw.append(text)
            elif style == "jizhe":
                head.append(f"<p>{raw}</p>")
                byline_raw.append(text)
            else:
                tail.append(f"<p>（{raw}）</p>")
                byline_raw.append(text)
        elif style == "benbao":
            rep = people(reporters, 1, 2)
            authors += rep
            raw = rng.choice(["本报记者", "□本报记者", "本报记者"]) + sep + sep.join(rep)
            head.append(f"<p>{raw}</p>")
            byline_raw.append(html.unescape(raw))

        # images
        images: list[str] = []
        captions: list[str] = []
        image_html: dict[int, list[str]] = {}
        if rng.random() < 0.35:
            for _ in range(rng.choices([1, 2, 3], [60, 28, 12])[0]):
                url = (f"{IMG_HOST}/{published:%Y}/{published:%m%d}/"
                       f"{rng.getrandbits(64):016x}.jpg")
                caption = "图为" + ctx.resolve(ctx.fill(rng.choice(CAPTIONS))) + "。"
                credit = ""
                if rng.random() < 0.25:
                    who = rng.choice(reporters + pools.photographers)
                    credit = rng.choice(["（{} 摄）", " 记者 {} 摄", "（{}摄）"]).format(who)
                    photographers.append(who)
                    byline_raw.append(credit.strip().strip("（）"))
                pos = rng.randrange(0, count)
                if rng.random() < 0.75:
                    img = f'<p><img src="{url}" alt="{esc(caption)}"></p>'
                else:
                    img = (f'<center><img src="{url}" alt="Image" width="552" '
                           f'style="border:#d1d1d1 1px solid;padding:3px;margin:5px 0;" /></center>')
                cap_tag = '<p style="text-align:center;">' if rng.random() < 0.7 else "<p>"
                cap_html = f"{cap_tag}{esc(caption + credit)}</p>"
                image_html.setdefault(pos, []).append(img + c.joiner + cap_html)
                images.append(url)
                captions.append(caption)
        # photo credit line
        if style == "wen" and rng.random() < 0.55 or images and rng.random() < 0.4:
            who = rng.choice(pools.photographers + reporters)
            if who not in photographers:
                photographers.append(who)
            form = rng.choices(["tu_org", "tu", "sheying", "tu_slash"], [45, 20, 20, 15])[0]
            if form == "tu_org":
                org = organisation(rng, place)
                if org not in orgs:
                    orgs.append(org)
                raw = f"图：{org}{who}"
            elif form == "tu":
                raw = f"图：{who}"
            elif form == "sheying":
                raw = f"摄影/{who}"
            else:
                raw = f"图/{who}"
            byline_raw.append(raw)
            tail.append(f"<p>{esc(raw)}{' ' if rng.random() < 0.5 else ''}</p>")
        # editors
        if rng.random() < 0.45:
            who = rng.choice(pools.editors[media])
            editors.append(who)
            form = rng.choice(["编辑：{}", "责任编辑：{}", "（责任编辑：{}）", "编辑 {}"])
            raw = form.format(who)
            byline_raw.append(raw.strip("（）"))
            tail.append(f"<p>{esc(raw)}</p>")

        # assemble the body (without the source line, which depends on the paper)
        parts: list[str] = []
        if business and rng.random() < 0.6:
            _name, market, code = companies[0]
            parts.append(kline_block(market, code, f"{rng.getrandbits(128):032x}"))
        elif rng.random() < 0.04:
            parts.append(HIDDEN_P)
        parts += head
        seen_stock: set[str] = set()
        bk = _SECTOR_CODES.get(sector, "BK0493")
        for k, text in enumerate(paras):
            body = esc(text)
            if business:
                body = mark_stocks(body, companies, sector, bk, seen_stock)
            if k == 0 and inline_prefix:
                body = inline_prefix + body
            parts.append(f"<p>{indent}{body}{trail}</p>")
            parts += image_html.get(k, [])
        parts += tail
        c.body_parts = parts
        c.authors = authors
        c.photographers = photographers
        c.editors = editors
        c.organisations = orgs
        c.images = images
        c.captions = captions
        c.byline_raw = byline_raw
        c.has_source = rng.random() < 0.88
        return c

    def _title(self, ctx: SlotFiller) -> str:
        rng = self.rng
        for _ in range(10):
            title = ctx.fill(rng.choices(TITLES, TITLE_WEIGHTS)[0])
            if 8 <= len(title) <= 40:
                return title
        return title

    def _sentence(self, ctx: SlotFiller, template: tuple[str, ...]) -> str:
        """Fill ``template``; mostly reuse a sentence filled earlier for the same topic and place."""
        r = ctx.r
        key = (ctx.key, template)
        cached = self._cache.get(key)
        if cached is not None and len(cached) >= 12 and r() < 0.92:
            s = cached[int(r() * len(cached))]
            if s not in ctx.used:
                ctx.used.add(s)
                return ctx.resolve(s)
        s = ctx.fill(template)
        if cached is None:
            self._cache[key] = [s]
        elif len(cached) < _SENTENCE_CACHE_SIZE:
            cached.append(s)
        else:
            cached[int(r() * _SENTENCE_CACHE_SIZE)] = s
        ctx.used.add(s)
        return ctx.resolve(s)

    def _paragraph(self, ctx: SlotFiller, lead: bool, business: bool) -> str:
        r = ctx.r
        pick = ctx.pick
        used = ctx.used
        target = ctx.randint(50, 190)
        text = self._sentence(ctx, pick(LEAD_SENTENCES)) if lead else ""
        tries = 0
        while len(text) < target and tries < 12:
            tries += 1
            if business and r() < 0.35:
                template = pick(BUSINESS_SENTENCES)
                if template in used:
                    continue
                used.add(template)
                s = ctx.resolve(ctx.fill(template))
            else:
                template = pick(SENTENCES)
                if template in ONCE_SENTENCES:
                    if template in used:
                        continue
                    used.add(template)
                s = self._sentence(ctx, template)
            if len(text) + len(s) > 200:
                if len(text) >= 40:
                    break
                continue
            text += s
        while len(text) < 40:
            text += pick(SHORT_FILLERS)
        if len(text) > 200:  # a lone overlong sentence: cut at the last full stop before 200
            cut = text.rfind("。", 0, 200)
            text = text[: cut + 1] if cut >= 39 else text[:199] + "。"
        return text


    # -- articles --
    def make(self, published: datetime, code: str, media: str, content: _Content, source: str | None,
             reprint_of: str | None) -> SyntheticArticle:
        from newscrawl.text.media import media_slug  # deferred: pypinyin (~0.2 s) off the CLI start

        body = content.joiner.join(content.body_parts)
        if source is not None:
            body += f'<p class="em_media">（文章来源：{esc(source)}）</p>'
        return SyntheticArticle(
            info_code=code,
            title=content.title,
            published=f"{published:%Y-%m-%d %H:%M:%S}",
            media=media,
            media_slug=media_slug(media) or "",   # the pipeline's slug (the one stored)
            body_html=body,
            authors=list(content.authors),
            photographers=list(content.photographers),
            editors=list(content.editors),
            organisations=list(content.organisations),
            source=source,
            paragraphs=list(content.paragraphs),
            images=list(content.images),
            captions=list(content.captions),
            byline_raw=list(content.byline_raw),
            reprint_of=reprint_of,
            topic=content.topic,
        )

    def pick_media(self) -> str:
        return self.rng.choices(MEDIA, _MEDIA_WEIGHTS)[0]

    def own_source(self, media: str, content: _Content) -> str | None:
        if not content.has_source:
            return None
        if self.rng.random() < 0.06:
            return self.rng.choice(_OTHER_SOURCES)
        return media


# Sector board codes are fixed (not per seed): they are market data, not article content.
_SECTOR_CODES = {s: f"BK0{480 + i * 17}" for i, s in enumerate(SECTORS)}

REPRINT_RATE = 0.05
REPRINT_MAX_GAP = 25


def generate_articles(
    n: int, seed: int = 0, start: str = "2021-12-31 12:00:00"
) -> Iterator[SyntheticArticle]:
    """Yield ``n`` synthetic articles, newest first, published before ``start`` (Asia/Shanghai).

    Streaming: memory stays constant whatever ``n`` is. About 5 % of the articles are reprints: the
    same body (bylines included) under another paper and info_code, with ``source`` naming the
    original paper and ``reprint_of`` its info_code; the original follows 1–25 posts later.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    gen = _Generator(seed, start)
    rng = gen.rng
    pending: dict[int, tuple[_Content, str]] = {}  # index → (content, original paper)
    for i in range(n):
        published, code = gen.slot(i)
        if i in pending:
            content, media = pending.pop(i)
            source = media if content.has_source else None
            yield gen.make(published, code, media, content, source, None)
        else:
            media = gen.pick_media()
            reprint = rng.random() < REPRINT_RATE
            j = i + rng.randint(1, REPRINT_MAX_GAP)
            reprint = reprint and j < n and j not in pending
            # a reprint's text is dated from its original, which is published earlier
            content = gen.content(gen.slot(j)[0] if reprint else published, media)
            if reprint:
                original_media = rng.choice([m for m in MEDIA if m != media])
                pending[j] = (content, original_media)
                yield gen.make(published, code, media, content, original_media, gen.slot(j)[1])
            else:
                yield gen.make(published, code, media, content, gen.own_source(media, content), None)
        gen.release(i)



def write_archive(directory: str | Path, n: int, seed: int = 0, start: str = "2021-12-31 12:00:00") -> int:
    """Write ``n`` posts into ``directory`` (created if needed); same n, seed, start → identical bytes."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    base = str(folder)
    for article in generate_articles(n, seed=seed, start=start):
        # os.open/os.write: a buffered text file costs several extra syscalls per post
        fd = os.open(os.path.join(base, post_filename(article)), flags, 0o644)
        try:
            os.write(fd, render_post(article).encode("utf-8"))
        finally:
            os.close(fd)
        count += 1
    return count
