"""The publication date: meta and JSON-LD dates, dates in the lines by the title, post headers, issues."""
from __future__ import annotations

import re
from typing import Any

from newscrawl.pages.generic.rules import rule_script_date, select
from newscrawl.pages.generic.tree import ParsedPage, node_text
from newscrawl.text.dates import as_shown, normalize_datetime

_DATE_TEXT_RE = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|(?<![\d/.])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?![\d/]))"
    r"(?:\s*(?:[上下]午|晚上)?\s*\d{1,2}\s*[:：时点]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}\s*秒?)?"
    r"(?:\s*[AaPp][Mm](?![A-Za-z]))?)?")
# A date introduced as the publication time: 发表于 / 发布时间： / 时间： / 本贴由 X 于 <date> (forums).
_DATE_CUE_RE = re.compile(
    r"(?:发表于|发表时间|发布时间|发布日期|发表日期|发帖时间|发贴时间|发布于|发表在|更新时间|(?<![\u4e00-\u9fff])时间"
    r"|(?<![\u4e00-\u9fff])日期|本[贴帖]由\s*\S{1,30}?\s*于)\s*[:：]?\s*$")
_STRONG_CUE_RE = re.compile(r"发表于|发表时间|发帖时间|发贴时间|本[贴帖]由")
# A magazine issue as the only date (``——《北京之春》1996年6月号``): the first of that month.
_ISSUE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:号|份|刊|期|版)")
_META_DATE_KEYS = (
    "article:published_time", "og:release_date", "og:article:published_time", "publishdate", "pubdate",
    "publish_date", "publish-date", "publishtime", "publish_time", "pubtime", "release_date",
    "datepublished", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "weibo:article:create_at",
    "article:published", "bytedance:published_time", "parsely-pub-date", "date", "createdate",
    "firstpublishedtime", "dc.date.created",
)
# Founder/Fangzheng "enp" CMS (many Chinese papers): <!--enpproperty <date>2024-05-13 13:48:13:671</date> …-->
_ENP_DATE_RE = re.compile(r"<!--\s*enpproperty\b.{0,400}?<date>\s*([^<]{8,40}?)\s*</date>", re.DOTALL)
def date_in_lines(lines: list[str], cued: bool = False) -> str | None:
    """The first date in ``lines``; with ``cued``, only one right after 发表于 / 时间： / 本贴由 X 于 …"""
    joined = " ".join(lines)
    for m in _DATE_TEXT_RE.finditer(joined):
        if cued and not _DATE_CUE_RE.search(joined, max(0, m.start() - 40), m.start()):
            continue
        iso = normalize_datetime(m.group(0))
        if iso:
            return iso
    return None


def cued_date(lines: list[str], max_len: int = 100) -> str | None:
    """A date after a strong publication cue (发表于, 发表时间, 本贴由 X 于) in a short line (a post header
    or footer, not running text)."""
    for line in lines:
        if len(line) <= max_len and _STRONG_CUE_RE.search(line):
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
    for v in (ld.get("datePublished"), ld.get("dateCreated")):
        if isinstance(v, str):
            iso = normalize_datetime(v)
            if iso:
                return iso, v
    for key in _META_DATE_KEYS:
        if key in meta:
            iso = normalize_datetime(meta[key])
            if iso:
                return iso, meta[key]
    return None, None


def more_precise(a: str | None, b: str | None) -> str | None:
    """Of two ISO dates of the same day, the one with a time of day; else ``a``."""
    if not a:
        return b
    if b and a[:10] == b[:10] and a[11:19] == "00:00:00" and b[11:19] != "00:00:00":
        return b
    return a




def published_date(page: ParsedPage, header: list[str], prebody: list[str], byline_lines: list[str],
                   head: list[str], remaining: list[str], trailer: list[str]) -> str | None:
    """The publication date (ISO 8601): the rule's ``date`` element, then structured data (JSON-LD, meta,
    the Founder CMS comment) made more precise by a time shown by the title, then the lines by the title,
    then the body's first and last lines and the lines after the body (post headers and footers)."""
    published = None
    for el in select(page.root, page.rule.get("date")):
        published = date_in_lines([node_text(el)])
        if published:
            break
    if "date_script" in page.rule:  # the platform's time in an inline script (WeChat's ``var ct``)
        published = more_precise(published, rule_script_date(page))
    structured, structured_raw = meta_date(page.meta, page.ld)
    if "enpproperty" in page.html:
        m = _ENP_DATE_RE.search(page.html)
        enp = normalize_datetime(m.group(1)) if m else None
        structured = more_precise(structured, enp) if structured else enp
    shown_lines = header[:20] + byline_lines + prebody[-6:]
    near = (date_in_lines(shown_lines, cued=True)
            or date_in_lines(header) or date_in_lines(byline_lines) or date_in_lines(prebody[-6:]))
    if not published:
        published = more_precise(structured, near)
        if published and published == structured:
            # a page that shows its time in another zone keeps that offset (the same instant)
            published = as_shown(structured_raw, shown_lines) or published
    if not published and remaining:
        published = (cued_date(head + remaining[-12:] + trailer) or date_in_lines(head)
                     or date_in_lines(remaining[:2] + remaining[-3:] + trailer)
                     or issue_date(head + [x[-40:] for x in remaining[-2:]] + trailer[:3]))
    return published
