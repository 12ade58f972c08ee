"""The publication date of a page, with where it came from and a confidence.

Sources, as the labelling rule ranks them (``published_at`` is the time the page shows, at the precision
shown; a page that shows only ``昨天``, a yearless ``MM-DD HH:MM`` or nothing takes it from meta tags or an
inline script): the rule's ``date`` element; a full date shown by the title, also one split over elements
(``2020`` · ``03/15`` · ``10:20``), which beats a different structured time and takes the same-day time of
structured data when it shows only the day; a yearless, two-digit-year or relative time shown by the title (or
in the short lines opening the body), completed from structured data, inline scripts, a meta time of the same
minute under any key or the URL (never from the wall clock); structured data (JSON-LD, meta, the Founder CMS
comment, ``<time datetime>``); inline-script times (``var ct = "…"``, ``publish_time``, ``"publishDate"`` in
JSON state); dates in the body's head, tail and footer; the URL's date. Dates after a label that is not the
publication (``注册时间``, ``最后登录``, ``©``) are skipped; modification times (``更新时间``) only serve when no other
date is shown by the title (then they beat meta).
Words: ``newscrawl/text/data/date_keys.tsv``; a zone shown by a time is kept (``格林尼治标准时间10:41``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.pages.generic.rules import rule_script_date, select
from newscrawl.pages.generic.script_dates import (
    NO_DATE,
    PublishedDate,
    ScriptDate,
    absolute_date,
    best_script_date,
    more_precise,
    script_dates,
)
from newscrawl.pages.generic.tree import ParsedPage, node_text
from newscrawl.text.dates import WEEKDAY, as_shown, date_keys, normalize_datetime, normalize_shown
from newscrawl.text.traditional import to_simplified

_DATE_TEXT_RE = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|(?<![\d/.])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?![\d/])"
    # 二〇二一年三月五日: the date a notice or a document is signed with (government, university pages)
    r"|[一二][〇○零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十廿卅]{1,3}日)"
    rf"(?:\s*(?:{WEEKDAY})?"  # a weekday between the date and its time
    r"\s*(?:[上下]午|晚上)?\s*\d{1,2}\s*[:：时点]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}\s*秒?)?"
    r"(?:\s*[AaPp][Mm](?![A-Za-z]))?)?")
# A date introduced as the publication time: 发表于 / 发布时间： / 时间： / 本贴由 X 于 <date> (forums).
_DATE_CUE_RE = re.compile(
    r"(?:发表于|发表时间|发布时间|发布日期|发表日期|发帖时间|发贴时间|发布于|发表在|(?<![\u4e00-\u9fff])时间"
    r"|(?<![\u4e00-\u9fff])日期|本[贴帖]由\s*\S{1,30}?\s*于)\s*[:：]?\s*$")
_STRONG_CUE_RE = re.compile(r"发表于|发表时间|发帖时间|发贴时间|本[贴帖]由")
# A magazine issue as the only date (``——《北京之春》1996年6月号``): the first of that month.
_ISSUE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:号|份|刊|期|版)")
# Founder/Fangzheng "enp" CMS (many Chinese papers): <!--enpproperty <date>2024-05-13 13:48:13:671</date> …-->
_ENP_DATE_RE = re.compile(r"<!--\s*enpproperty\b.{0,400}?<date>\s*([^<]{8,40}?)\s*</date>", re.DOTALL)


def _label_re(kind: str) -> re.Pattern[str]:
    words = sorted(date_keys(kind), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")\s*[:：]?\s*$", re.IGNORECASE)


_NOT_PUBLISHED_RE = _label_re("not_published")
_MODIFIED_RE = _label_re("modified")
_META_KEYS = tuple(date_keys("meta"))
# a yearless date with a time (``03-15 10:20``, ``3月15日 10:20``) and relative times (``昨天 10:20``, ``3小时前``)
_YEARLESS_RE = re.compile(r"(?<![\d年/.\-:])(\d{1,2})\s*(?:[-/]|月)\s*(\d{1,2})\s*日?\s*(\d{1,2})\s*[:：]\s*(\d{2})"
                          r"(?:\s*[:：]\s*(\d{2}))?(?![\d:])")
_RELATIVE_RE = re.compile(r"(昨天|前天|今天)\s*(\d{1,2})\s*[:：]\s*(\d{2})(?![\d:])|\d{1,2}\s*(?:小时|分钟|天)前|刚刚|昨天|前天")
# a two-digit year with a time (``20-03-15 10:20``, as self-media pages show earlier years)
_YY_RE = re.compile(r"(?<![\d\-/.:])(\d{2})-(\d{1,2})-(\d{1,2})\s+(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?(?![\d:])")
# a date split over elements with the year alone (``<span>2020</span><span>03/15</span><span>10:20:33</span>``)
_YEAR_ALONE_RE = re.compile(r"\s*((?:19|20)\d{2})\s*年?\s*")
_SPLIT_REST_RE = re.compile(r"\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?![\d/.-])"
                            r"(?:\s*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?(?![\d:]))?")
_TEXT_XPATH = etree.XPath("/descendant::text()[normalize-space()]")
_URL_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])(?:[-/_]?(0[1-9]|[12]\d|3[01]))?(?!\d)")
# HTML5 <time datetime> elements that say they hold the publication time
_PUBLISHED_NAME_RE = re.compile(r"publish|pubdate|post-?date|entry-date|date-?pub|created", re.IGNORECASE)
_UPDATED_NAME_RE = re.compile(r"updat|modif|edit", re.IGNORECASE)
_CLOCK_RE = re.compile(r"\d[:：]\d")




def date_in_lines(lines: list[str], cued: bool = False, modified: bool = False,
                  max_len: int | None = None) -> str | None:
    """The first date in ``lines`` (those of at most ``max_len`` characters); with ``cued``, only one right
    after 发表于 / 时间： / 本贴由 X 于 … A date after a label that is not the publication (注册时间, ©) is
    skipped, and one after a modification label (更新时间) unless ``modified``."""
    joined = " ".join(x for x in lines if max_len is None or len(x) <= max_len)
    for m in _DATE_TEXT_RE.finditer(joined):
        before = to_simplified(joined[max(0, m.start() - 40):m.start()])  # 發佈時間, 更新時間 read as simplified
        if _NOT_PUBLISHED_RE.search(before) or (not modified and _MODIFIED_RE.search(before)):
            continue
        if cued and not _DATE_CUE_RE.search(before):
            continue
        iso = _shown_iso(m, joined, before)
        if iso:
            return iso
    return None


_ZONE_HINT_RE = re.compile(r"时间|GMT|UTC")
_WEEKDAY_RE = re.compile(WEEKDAY)
_UP_TO_DIGIT_RE = re.compile(r"^.*\d", re.DOTALL)


def _shown_iso(m: re.Match[str], joined: str, before: str) -> str | None:
    """The date matched in ``joined``, in the zone a zone word or offset around it names (``格林尼治标准时间``
    before its time or the date, ``(北京时间)`` after it), else in Shanghai time."""
    after = joined[m.end():m.end() + 24]
    shown = _WEEKDAY_RE.sub(" ", m.group(0))
    if not _ZONE_HINT_RE.search(before[-16:] + after):
        return normalize_datetime(shown)
    return normalize_shown(_UP_TO_DIGIT_RE.sub("", before[-16:]) + shown + after)


_REST_RE = re.compile(r"[\s\W_]+")


def dateline_date(lines: list[str], max_rest: int = 12, timed: bool = False) -> str | None:
    """The date of the first line that is little more than a date (at most ``max_rest`` other word characters:
    ``2003-7-24 钱江晚报``, ``发布时间：2023-05-03 10:20``): a date line of the article, not a date in running
    text. With ``timed``, only a date with a clock time, and only when no other line holds a date (a list of
    dated links is not a date line)."""
    found = None
    for line in lines:
        if len(line) > 60:
            continue
        m = _DATE_TEXT_RE.search(line)
        if not m:
            continue
        if found is not None:
            return None if timed else found
        rest = _REST_RE.sub("", line[:m.start()] + line[m.end():])
        if len(rest) > max_rest or _labelled_other(line[:m.start()]):
            if timed:
                return None
            continue
        found = date_in_lines([line])
        if found and timed and found[11:19] == "00:00:00":
            return None
        if found and not timed:
            return found
    return found


def cued_date(lines: list[str], max_len: int = 100) -> str | None:
    """A date after a strong publication cue (发表于, 发表时间, 本贴由 X 于) in a short line (a post header
    or footer, not running text)."""
    for line in lines:
        if len(line) <= max_len and _STRONG_CUE_RE.search(to_simplified(line)):
            iso = date_in_lines([line], cued=True)
            if iso:
                return iso
    return None


def issue_date(lines: list[str]) -> str | None:
    """``《北京之春》1996年6月号`` in a short line → the first of that month (the page gives no day)."""
    for line in lines:
        if len(line) <= 60:
            m = _ISSUE_RE.search(line)
            if m and 1 <= int(m.group(2)) <= 12:
                return normalize_datetime(f"{m.group(1)}-{int(m.group(2)):02d}-01")
    return None


def meta_date(meta: dict[str, str], ld: dict[str, Any]) -> tuple[str | None, str | None]:
    """(ISO date in Shanghai time, the raw value it came from) from JSON-LD, then meta tags."""
    iso, raw, _ = structured_date(meta, ld)
    return iso, raw


def structured_date(meta: dict[str, str], ld: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(ISO date, raw value, ``json-ld`` or ``meta``) from JSON-LD ``datePublished``/``dateCreated``, then the
    publication meta tags (``data/date_keys.tsv``)."""
    for v in (ld.get("datePublished"), ld.get("dateCreated")):
        iso = absolute_date(v)
        if iso:
            return iso, v, "json-ld"
    for key in _META_KEYS:
        if key in meta:
            iso = absolute_date(meta[key])
            if iso:
                return iso, meta[key], "meta"
    return None, None, None


def time_element_date(root: etree._Element) -> str | None:
    """The first ``<time datetime>`` marked as the publication time: ``pubdate``, ``itemprop="datePublished"``,
    or a class/id such as ``entry-date published`` (not ``updated``). (``<meta itemprop>`` is read with the
    meta tags.)"""
    for el in root.iter("time"):  # the callers check first that the page has a <time
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        marked = (el.get("pubdate") is not None or el.get("itemprop") == "datePublished"
                  or bool(_PUBLISHED_NAME_RE.search(names)))
        if marked and not _UPDATED_NAME_RE.search(names):
            iso = absolute_date(el.get("datetime"))
            if iso:
                return iso
    return None


def url_date(url: str | None) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) in a URL's path (``/2020/0315/``, ``/20200315/``, ``/t20240520_…``,
    ``/2024-05/13/``); None when it holds none."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    found = list(_URL_DATE_RE.finditer(path))
    if not found:
        return None
    m = next((x for x in found if x.group(3)), found[0])  # a full date before a year-month folder
    return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None


def split_date(lines: list[str], first: bool = False) -> str | None:
    """A date whose year stands alone on a line and the month/day (and time) follow on the next lines,
    as portals lay it out in separate elements (``2020`` · ``03/15`` · ``10:20:33``); with ``first``, only
    the first year standing alone is tried."""
    for i, line in enumerate(lines):
        y = _YEAR_ALONE_RE.fullmatch(line) if len(line) <= 8 or len(line.strip()) <= 8 else None
        if not y:
            continue
        m = _SPLIT_REST_RE.match(" ".join(x.strip() for x in lines[i + 1:i + 6]))
        if first and not m:
            return None
        if m:
            mo, d, h, mi, sec = m.groups()
            text = f"{y.group(1)}-{int(mo):02d}-{int(d):02d}"
            if h:
                text += f" {int(h):02d}:{mi}:{sec or '00'}"
            iso = normalize_datetime(text)
            if iso:
                return iso
    return None


# --- yearless and relative times shown by the title ----------------------------------------------------


def _two(n: int) -> str:
    return f"{n:02d}"


def _labelled_other(before: str) -> bool:
    """The text before a date ends with a label of another time (注册时间：, 更新时间：)."""
    before = to_simplified(before)
    return bool(_NOT_PUBLISHED_RE.search(before) or _MODIFIED_RE.search(before))


def shown_partial(lines: list[str], max_len: int = 60) -> tuple[str, tuple[int, ...]] | None:
    """A yearless or relative time in a short line by the title: ``("md", (month, day, hour, minute[,
    second]))``, ``("yy", (two-digit year, month, …))``, ``("rel", (hour, minute))`` for ``昨天 10:20``,
    ``("rel", ())`` for ``3小时前``/``刚刚``."""
    short = [x for x in lines if len(x) <= max_len]
    # each line, then each line with the next (``发布时间：03-15`` · ``10:20`` in two elements)
    for line in short + [a + " " + b for a, b in pairwise(short)]:
        y = _YY_RE.search(line)
        if y and not _labelled_other(line[:y.start()]):
            fields = tuple(int(x) for x in y.groups() if x is not None)
            if 1 <= fields[1] <= 12 and 1 <= fields[2] <= 31 and fields[3] <= 23 and fields[4] <= 59:
                return "yy", fields
        m = _YEARLESS_RE.search(line)
        if m and _labelled_other(line[:m.start()]):
            continue
        if m:
            fields = tuple(int(x) for x in m.groups() if x is not None)
            mo, d, h, mi = fields[:4]
            if 1 <= mo <= 12 and 1 <= d <= 31 and h <= 23 and mi <= 59:
                return "md", fields
        r = _RELATIVE_RE.search(line)
        if r and not _labelled_other(line[:r.start()]):
            return "rel", (int(r.group(2)), int(r.group(3))) if r.group(1) else ()
    return None


def resolve_partial(partial: tuple[str, tuple[int, ...]], anchors: list[str],
                    url: str | None) -> PublishedDate:
    """A yearless ``MM-DD HH:MM`` completed by the year of an anchor (structured or script time) of the same
    month and day, else by the URL's date; ``昨天 10:20`` taken as the anchor with that clock time, else (no
    anchor at all) the URL's day with that clock time. Nothing is read against the wall clock: without such an
    anchor, NO_DATE."""
    kind, f = partial
    if kind == "rel":
        for iso in anchors:
            if f and (int(iso[11:13]), int(iso[14:16])) == f:
                return PublishedDate(iso, "shown+anchor", 0.8)
        ud = url_date(url) if f and not anchors else None  # 昨天 10:20 on a /2021/0305/ page: that day
        built = normalize_datetime(f"{ud[0]}-{_two(ud[1])}-{_two(ud[2])} {_two(f[0])}:{_two(f[1])}:00") if (
            ud and ud[2]) else None
        return PublishedDate(built, "shown+url", 0.6) if built else NO_DATE
    if kind == "yy":  # 20-03-15 10:20: this century; an anchor of that minute gives the seconds
        yy, f = f[0], f[1:]
        mo, d, h, mi = f[:4]
        sec = f[4] if len(f) > 4 else None
        built = normalize_datetime(f"{2000 + yy}-{_two(mo)}-{_two(d)} {_two(h)}:{_two(mi)}:{_two(sec or 0)}")
        same = [x for x in anchors if built and x[:16] == built[:16]]
        return PublishedDate(same[0], "shown+anchor", 0.85) if same else PublishedDate(built, "shown", 0.7)
    mo, d, h, mi = f[:4]
    sec = f[4] if len(f) > 4 else None
    for iso in anchors:
        if (int(iso[5:7]), int(iso[8:10])) == (mo, d):
            if (int(iso[11:13]), int(iso[14:16])) == (h, mi) and (sec is None or int(iso[17:19]) == sec):
                return PublishedDate(iso, "shown+anchor", 0.85)
            built = normalize_datetime(f"{iso[:4]}-{_two(mo)}-{_two(d)} {_two(h)}:{_two(mi)}:{_two(sec or 0)}")
            if built:
                return PublishedDate(built, "shown+anchor", 0.75)
    ud = url_date(url)
    if ud and ud[1] == mo and ud[2] in (None, d):
        built = normalize_datetime(f"{ud[0]}-{_two(mo)}-{_two(d)} {_two(h)}:{_two(mi)}:{_two(sec or 0)}")
        if built:
            return PublishedDate(built, "shown+url", 0.7)
    return NO_DATE


def meta_clock_times(meta: dict[str, str]) -> list[str]:
    """Every meta value that reads as a full date with a clock time, whatever its key (ISO, in meta order)."""
    out = []
    for value in meta.values():
        if len(value) <= 40 and _CLOCK_RE.search(value):
            iso = absolute_date(value)
            if iso and iso[11:19] != "00:00:00":
                out.append(iso)
    return out


def same_minute(partial: tuple[str, tuple[int, ...]], isos: list[str]) -> list[str]:
    """The times of ``isos`` that agree with a yearless (month, day, hour, minute) or ``昨天 HH:MM`` time shown
    by the title to the minute: such a time only lends its year (or day), whatever its meta key says; a
    platform may label its publication time an update (百家号's ``itemprop=dateUpdate``)."""
    kind, f = partial
    if kind == "md":
        return [x for x in isos if (int(x[5:7]), int(x[8:10]), int(x[11:13]), int(x[14:16])) == f[:4]]
    if kind == "rel" and f:
        return [x for x in isos if (int(x[11:13]), int(x[14:16])) == f]
    return []


# --- the choice ----------------------------------------------------------------------------------------


def _shown_or_structured(near: str, near_conf: float, structured: str | None, raw: str | None,
                         src: str | None, shown_lines: list[str]) -> PublishedDate:
    """A full date shown by the title against the structured one: the shown one wins when they differ
    (a weakly placed shown date only on the same day); a same-day meta time makes a date-only one precise;
    a structured time the page shows in another zone keeps that zone."""
    if not structured:
        return PublishedDate(near, "shown", near_conf)
    zoned = as_shown(raw, shown_lines)
    if zoned:
        return PublishedDate(zoned, src, 0.95)
    if near[:10] == structured[:10]:
        near_time, st_time = near[11:19] != "00:00:00", structured[11:19] != "00:00:00"
        if not near_time or near[11:16] == structured[11:16] or not st_time:
            return PublishedDate(more_precise(structured, near), f"{src}+shown", 0.95)
        return PublishedDate(near, "shown", near_conf - 0.05)
    if near_conf >= 0.8:
        return PublishedDate(near, "shown", near_conf - 0.1)
    return PublishedDate(structured, src, 0.75)


def _agrees(partial: tuple[str, tuple[int, ...]] | None, iso: str) -> bool:
    """A later source agrees with a yearless time shown by the title (same month and day), or nothing
    yearless was shown."""
    if not partial or partial[0] != "md":
        return True
    return (int(iso[5:7]), int(iso[8:10])) == partial[1][:2]


def _body_dates(head: list[str], remaining: list[str], trailer: list[str]) -> Iterator[tuple[str, str, float]]:
    """(ISO, source, confidence) of the body's dates, best first: a date after a strong cue in a short line
    of the body's head, its last 12 lines or the footer; after any publication cue in a short line there
    (a labelled date beats the dates of a related-articles list); a date in the short lines opening the body;
    the body's first/last lines and the footer; a magazine issue."""
    iso = cued_date(head + remaining[-12:] + trailer)
    if iso:
        yield iso, "body", 0.7
    iso = date_in_lines(head + remaining[-3:] + trailer, cued=True, max_len=100)  # 发布日期： in a footer
    if iso:
        yield iso, "body", 0.65
    iso = date_in_lines(head) or date_in_lines(remaining[:2] + remaining[-3:] + trailer)
    if iso:
        yield iso, "body", 0.55
    iso = issue_date(head + [x[-40:] for x in remaining[-2:]] + trailer[:3])
    if iso:
        yield iso, "issue", 0.5


def _cued_body_time(head: list[str], remaining: list[str], trailer: list[str]) -> str | None:
    """A date-time (to the minute) after a publication cue in a short line of the body's head, its last lines
    or the footer (``发布日期：2019-09-23 14:34:05``, ``本贴由X于…``): a time the page shows for the article."""
    iso = (cued_date(head + remaining[-12:] + trailer)
           or date_in_lines(head + remaining[-3:] + trailer, cued=True, max_len=100))
    return iso if iso and iso[11:19] != "00:00:00" else None


def _rule_script(page: ParsedPage) -> str | None:
    """The time the rule's ``date_script`` finds in the page source (site_rules.json), or None."""
    return rule_script_date(page) if "date_script" in page.rule else None


def published_date(page: ParsedPage, header: list[str], prebody: list[str], byline_lines: list[str],
                   head: list[str], remaining: list[str], trailer: list[str], title: str | None = None,
                   url: str | None = None) -> PublishedDate:
    """The publication date with its source and confidence (see the module docstring for the order)."""
    rule_els = select(page.root, page.rule.get("date"))
    rule_texts = [node_text(el) for el in rule_els]
    for el, text in zip(rule_els, rule_texts, strict=True):
        iso = date_in_lines([text]) or split_date([t.strip() for t in el.itertext() if t.strip()])
        if iso:  # the platform's script time makes a date-only element precise (``date_script``)
            return PublishedDate(more_precise(iso, _rule_script(page)), "rule", 0.95)
    scripted = _rule_script(page)  # the platform's time in an inline script (WeChat's ``var ct``)
    if scripted:
        return PublishedDate(scripted, "rule", 0.9)
    structured, raw, src = structured_date(page.meta, page.ld)
    if not structured and "<time" in page.html:
        structured = time_element_date(page.root)
        raw, src = structured, "time-tag"
    if "enpproperty" in page.html:
        m = _ENP_DATE_RE.search(page.html)
        enp = absolute_date(m.group(1)) if m else None
        if enp:
            structured, src = (more_precise(structured, enp), src) if structured else (enp, "meta")
    # the lines after the headline's last showing before the body (the header read from an earlier copy of
    # the title, a share widget's, can run out before the headline's own date line)
    last_title = max((i for i, x in enumerate(prebody) if title and x == title), default=None)
    after_title = prebody[last_title + 1:last_title + 9] if last_title is not None else []
    shown_lines = header[:20] + byline_lines + prebody[-6:]
    # "cued": after a publication cue; "any": the first date; "line": a date line opening the body
    for lines, conf, how in ((shown_lines, 0.9, "cued"), (header, 0.85, "any"), (after_title, 0.85, "any"),
                             (head[:6], 0.8, "line"), (byline_lines, 0.8, "any"), (prebody[-6:], 0.6, "any")):
        if how == "line":
            near = dateline_date(lines)
        else:
            near = date_in_lines(lines, cued=how == "cued", max_len=None if how == "cued" else 120)
        if near:
            break
    else:  # a date laid out over elements: by the title or the body, else the first on the page
        near, conf = split_date(header[:20] + byline_lines + prebody), 0.8
        if not near:
            near, conf = split_date(_TEXT_XPATH(page.body), first=True), 0.7
    scripts: list[ScriptDate] | None = None
    if near:
        if conf < 0.8 and near[11:19] != "00:00:00" and date_in_lines(prebody[-3:], max_len=120) == near:
            conf = 0.8  # a date-time right above the body (``<div class="Date">2005-07-18 13:03:17</div>``)
        if not structured and near[11:19] == "00:00:00":
            # a date-only shown date takes a same-day script time (WeChat's ``ct``)
            scripts = script_dates(page.html, title)
            timed = best_script_date(scripts).iso
            same_day = {s.iso[11:16] for s in scripts if s.iso[:10] == near[:10] and s.iso[11:19] != "00:00:00"}
            if timed and timed[:10] == near[:10] and same_day == {timed[11:16]}:
                return PublishedDate(timed, "shown+script", conf)
        return _shown_or_structured(near, conf, structured, raw, src, shown_lines)
    partial = shown_partial(rule_texts + header[:20] + byline_lines + head)  # head: an info box taken into the body
    if partial:
        scripts = script_dates(page.html, title)
        best = best_script_date(scripts)
        anchors = [x for x in (structured, best.iso) if x] + [s.iso for s in scripts]
        anchors += same_minute(partial, meta_clock_times(page.meta))  # any meta key, when it agrees to the minute
        resolved = resolve_partial(partial, anchors, url)
        if resolved.iso:
            return resolved
    # a date-time alone on a line right after the body (Toutiao's 2019-09-08 11:42:03 over the share bar; not a
    # comment's time, ``(2) 2004-12-13 09:02:13``, nor one of a list of dated lines)
    alone = dateline_date(trailer[:8], 0, timed=True) if trailer else None
    if alone and _agrees(partial, alone) and alone == dateline_date(trailer[:3], 0, timed=True):
        return _shown_or_structured(alone, 0.8, structured, raw, src, shown_lines)
    # the page shows no time by the title but an update time: that is the article's time as shown
    # (README: a shown time beats meta; only 昨天, a yearless time or nothing shown defer to meta)
    modified = date_in_lines(shown_lines, modified=True)
    if modified and _agrees(partial, modified):
        return PublishedDate(modified, "shown-modified", 0.7)
    if structured:  # a date-time after a publication cue in the footer or the body's ends, shown, wins
        cued = _cued_body_time(head, remaining, trailer)
        if cued and cued[:10] != structured[:10] and _agrees(partial, cued):
            return PublishedDate(cued, "body", 0.7)
        return PublishedDate(structured, src, 0.8)
    best = best_script_date(scripts if scripts is not None else script_dates(page.html, title))
    if best.iso and _agrees(partial, best.iso):
        return best
    if remaining:
        for iso, source, conf in _body_dates(head, remaining, trailer):
            if _agrees(partial, iso):
                return PublishedDate(iso, source, conf)
    ud = None if partial else url_date(url)  # a URL date that the time shown does not confirm is not taken
    if ud and ud[2]:
        iso = normalize_datetime(f"{ud[0]}-{_two(ud[1])}-{_two(ud[2])}")
        if iso:
            return PublishedDate(iso, "url", 0.45)
    return NO_DATE
