"""Dates as Chinese news pages print them -> aware datetimes (Asia/Shanghai).

Pure functions, no Scrapy. Decisions:

* Text without an offset is Asia/Shanghai. Text with one (``+0800``, ``+08:00``,
  ``Z``, ``GMT+8``, ``UTC``) keeps it: ``parse_datetime`` returns that fixed offset
  (``Z`` -> UTC; +08:00 -> ``SHANGHAI``); ``to_iso`` converts every instant to
  Shanghai, so stored values end in ``+08:00`` (``+09:00`` only for the summer-time
  months of 1986-1991, when Shanghai really was +9). ``as_shown`` is the one exception:
  a machine-readable time that a page shows in another zone is given in that zone.
* Zone words by a time (``格林尼治标准时间10:41``, ``北京时间``, ``香港时间``, ``UTC+8``; data/time_zones.tsv)
  give its offset, before the time, after it or before the date. ``normalize_shown`` keeps the zone a
  text names (``2012-12-10T10:41:00+00:00``), for a time as the page shows it.
* Nothing is invented: no year/month/day in the text -> ``None`` (a bare time such
  as ``15:05`` is ``None`` too). Date-only text gives midnight. Impossible dates
  (month 13, Feb 30, hour 25) are skipped and the search goes on to the next
  date-like substring; if none is valid -> ``None``.
* Yearless dates (``12月31日``, ``12-31 11:38``) take the year of ``now``, or the
  year before when that would lie more than one day after ``now`` (one day of slack
  for clock skew). Relative dates (``刚刚``, ``3分钟前``, ``昨天 15:20``) count from
  ``now`` in Shanghai local time. ``now`` defaults to the current time.
* Whole-string numbers: 10/13 digits are unix seconds/milliseconds (ints too; before
  1990 -> None, as 0 means "unknown" in APIs), 8 digits ``YYYYMMDD``, 14 digits
  ``YYYYMMDDhhmmss``. Years outside 1900-2100 are rejected.
* Hand-written regexes do the work; dateutil is only tried for text without CJK
  characters that names a month or weekday in English (e.g. RFC 2822), and only
  when it reads year, month and day from the text itself. Zone names other than
  GMT/UTC/Z (CST, EST, ...) are ignored there, i.e. read as Shanghai time.
* Slash dates with the year last (``7/5/2005 9:23:57 PM``, as ASP/.NET pages print them) are read
  month first (en-US), day first only when the first number cannot be a month (``31/12/2021``).
* Not handled (-> None): two-digit years (``21-12-31``, ``21年12月31日``, ``5/23/06``), year-month
  only (``2021年12月``), times without a date (``15:05``).
"""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import cache
from importlib import resources

from newscrawl.text.clock import SHANGHAI

__all__ = ["SHANGHAI", "WEEKDAY", "as_shown", "date_keys", "normalize_datetime", "normalize_shown", "parse_datetime",
           "to_iso"]

#: A weekday shown between a date and its time (``星期二``, ``（周二）``), as a regular expression.
WEEKDAY = r"[,，]?\s*[(（]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?"

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_PLUS8 = timedelta(hours=8)
_MIN_TIMESTAMP = 631152000  # 1990-01-01: earlier unix times are sentinels, not news

# Full-width ASCII -> ASCII, odd spaces -> space, dashes/minus -> '-'.
_TRANS: dict[int, int | str] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_TRANS.update({c: " " for c in (0x3000, 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x202F, 0x205F)})
_TRANS.update({c: "" for c in (0x200B, 0xFEFF)})
_TRANS.update({c: "-" for c in (0x2010, 0x2011, 0x2012, 0x2013, 0x2212)})

_DATE_RE = re.compile(
    r"""
      (?P<YMD>(?<!\d)((?:19|20)\d\d)\s{0,3}[-/.年]\s{0,3}(\d{1,2})\s{0,3}[-/.月]\s{0,3}
          (\d{1,2})(?!\d)(?:\s{0,3}[日号])?)
    | (?P<CN>([〇零○Oo一二三四五六七八九\d]{4})\s{0,3}年\s{0,3}([一二三四五六七八九十\d]{1,3})\s{0,3}月
          \s{0,3}([一二三四五六七八九十廿卅\d]{1,3})\s{0,3}[日号])
    | (?P<MD>(?<![\d年])(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号])
    | (?P<MDY>(?<![\d\-/.:])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/]))
    | (?P<NMD>(?<![\d\-/.:])(\d{1,2})[-/](\d{1,2})(?![\d\-/])(?=\s{0,3}[Tt]?\s{0,3}\d{1,2}\s{0,3}[:时点]))
    | (?P<AGO>(\d{1,9}|半|[一二两三四五六七八九十]{1,3})\s{0,3}个?\s{0,3}
          (秒钟?|分钟|分|小时|钟头|天|周|星期|月|年)\s{0,3}[之以]?前)
    | (?P<WORD>刚刚|刚才|今天|今日|昨天|昨日|前天)
    """,
    re.VERBOSE | re.ASCII,
)

_GROUP_AT = dict(_DATE_RE.groupindex)  # wrapper name -> its group number
_AGO_AT = _GROUP_AT["AGO"] + 1

_TIME_RE = re.compile(
    r"""
    (?P<tsep>\s{0,3}[Tt]\s{0,3}|[\s,，]{0,4})
    (?P<ap>上午|下午|晚上|晚间|夜间|夜里|凌晨|早上|早晨|清晨|中午|午后|傍晚)?\s{0,3}
    (?P<h>\d{1,2})\s{0,3}(?:(?P<colon>:)|时|点)\s{0,3}
    (?:(?P<half>半)
      |(?P<mi>\d{1,2})(?!\d)\s{0,3}分?
       (?:\s{0,3}(?::\s{0,3}(?P<s>\d{1,2})(?!\d)|(?P<s2>\d{1,2})\s{0,3}秒)(?:[.,](?P<f>\d{1,6})\d*)?)?
    )?
    (?:\s{0,3}(?P<ap2>[AaPp]\.?[Mm])\.?(?![A-Za-z]))?
    """,
    re.VERBOSE | re.ASCII,
)

_TZ_RE = re.compile(
    r"""
    \s{0,3}(?:
      (?P<z>[Zz])(?![A-Za-z])
    | (?:GMT|UTC)(?:\s{0,3}(?P<gs>[+-])(?P<gh>\d{1,2})(?::?(?P<gm>\d\d))?)?(?![\d:A-Za-z])
    | (?P<sign>[+-])(?P<oh>\d\d)(?::?(?P<om>\d\d))?(?![\d:])
    )
    """,
    re.VERBOSE | re.ASCII,
)

# The commonest shapes (front matter, APIs): YYYY-MM-DD[ HH:MM[:SS]][ +0800], plain ASCII.
_FAST_RE = re.compile(
    r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d)(?::(\d\d))?)?( ?\+08:?00)?", re.ASCII
)
_NUMERIC_RE = re.compile(r"\d{8}|\d{10}(?:\.\d+)?|\d{13}|\d{14}", re.ASCII)
_CJK_RE = re.compile(r"[\u3000-\u9fff\uf900-\ufaff]")
_PAREN_RE = re.compile(r"\([^()]*\)")
_ENGLISH_RE = re.compile(
    r"(?<![A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)",
    re.IGNORECASE | re.ASCII,
)
_GMT_OFFSET_RE = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d\d))?\b", re.ASCII)

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGITS.update({"〇": 0, "○": 0, "O": 0, "o": 0, "两": 2})
_PM = {"下午", "午后", "傍晚", "PM"}
_NIGHT = {"晚上", "晚间", "夜间", "夜里"}
_AM = {"上午", "凌晨", "早上", "早晨", "清晨", "AM"}
_DAYS_BACK = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
_UNIT_SECONDS = {"秒": 1, "秒钟": 1, "分": 60, "分钟": 60, "小时": 3600, "钟头": 3600,
                 "天": 86400, "周": 604800, "星期": 604800}
_MAX_MATCHES = 8


def parse_datetime(text: str | None, now: datetime | None = None) -> datetime | None:
    """Parse a date/time string into an aware datetime, or None if it holds no valid date.

    ``now`` anchors relative (``3天前``) and yearless (``12月31日``) dates; naive ``now``
    is taken as Shanghai time. Ints/floats are read as unix timestamps. Never raises.
    """
    if text is None or isinstance(text, bool):
        return None
    try:
        if isinstance(text, (int, float)):
            return _from_timestamp(float(text))
        if not isinstance(text, str):
            return None
        return _parse(text, now)
    except (ValueError, OverflowError, OSError):
        return None


def parse_iso(value: str | None) -> datetime | None:
    """A stored ISO 8601 timestamp (``published_at``, ``first_seen_at`` …) as a datetime; None when missing or
    not ISO."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def to_iso(dt: datetime | None) -> str | None:
    """ISO 8601 in Shanghai time with seconds, e.g. ``2021-12-31T11:38:35+08:00``.

    Aware values are converted (same instant); naive ones are taken as Shanghai time.
    """
    if dt is None:
        return None
    if not isinstance(dt, datetime):
        if not isinstance(dt, date):
            return None
        dt = datetime(dt.year, dt.month, dt.day)
    if dt.tzinfo is None or dt.utcoffset() is None:
        dt = dt.replace(tzinfo=SHANGHAI)
    elif dt.tzinfo is not SHANGHAI:
        dt = dt.astimezone(SHANGHAI)
    if dt.utcoffset() == _PLUS8:  # fast path; isoformat() is 2x slower
        return "%04d-%02d-%02dT%02d:%02d:%02d+08:00" % (  # noqa: UP031 - the fast path: 2x isoformat()
            dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)
    return dt.isoformat(timespec="seconds")


def normalize_datetime(text: str | None, now: datetime | None = None) -> str | None:
    """``to_iso(parse_datetime(text, now))``: the form stored in ``published_at``."""
    return to_iso(parse_datetime(text, now))


def normalize_shown(text: str | None, now: datetime | None = None) -> str | None:
    """Like ``normalize_datetime``, but in the zone the text names (an offset or a zone word:
    ``更新时间 2012年12月10日, 格林尼治标准时间10:41`` → ``2012-12-10T10:41:00+00:00``); Shanghai time when it
    names none. Same instant either way."""
    dt = parse_datetime(text, now)
    if dt is None or dt.tzinfo is SHANGHAI or dt.utcoffset() is None:
        return to_iso(dt)
    return dt.isoformat(timespec="seconds")


_EXPLICIT_OFFSET_RE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})\s*$")
_SHOWN_TIME_RE = re.compile(
    r"(?<![\d:])(?P<ampm1>[上下]午|晚上)?\s*(?P<h>\d{1,2})\s*[:：时時]\s*(?P<m>\d{1,2})(?:\s*[:：分]\s*(?P<s>\d{1,2}))?"
    r"(?![\d:])\s*(?P<ampm2>[AaPp][Mm](?![A-Za-z]))?")
_YMD_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\D{1,3}?(\d{1,2})\D{1,3}?(\d{1,2})(?!\d)")
_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d{2})(?!\d)")


def as_shown(instant_text: str | None, lines: list[str]) -> str | None:
    """The instant of ``instant_text`` in the zone the page shows it in, when that is not Shanghai's.

    ``instant_text`` is a machine-readable time with an explicit offset (JSON-LD ``datePublished``,
    ``<meta article:published_time>``); ``lines`` are the page's visible lines near the title. When one
    of them shows the same date and the same clock minute (and second, if shown) at a whole quarter-hour
    offset other than +08:00 (``2022-02-06T12:48:06+00:00`` shown as ``06/02/2022 - 13:48`` on a Paris
    page, ``…T09:00:00+09:00`` shown as ``2024年5月13日 9時0分``), the same instant is returned in that
    offset (``2022-02-06T13:48:06+01:00``). None otherwise: the caller keeps Shanghai time.
    """
    if not instant_text or not _EXPLICIT_OFFSET_RE.search(instant_text):
        return None
    instant = parse_datetime(instant_text)
    if instant is None:
        return None
    utc = instant.astimezone(timezone.utc)
    for line in lines:
        if len(line) > 120:
            continue
        readings: list[tuple[int, int, int]] | None = None  # the (y, m, d) the line can be read as
        for m in _SHOWN_TIME_RE.finditer(line):
            h, mi = int(m["h"]), int(m["m"])
            ampm = m["ampm1"] or m["ampm2"]
            if ampm and ampm[0] in "下晚Pp" and h < 12:
                h += 12
            if h > 23 or mi > 59 or (m["s"] is not None and int(m["s"]) != utc.second):
                continue
            delta = (h * 60 + mi - utc.hour * 60 - utc.minute) % 1440
            if delta > 14 * 60:
                delta -= 1440
            if delta % 15 or delta == 480:
                continue
            local = instant.astimezone(timezone(timedelta(minutes=delta)))
            if readings is None:
                readings = [(int(y), int(mo), int(d)) for y, mo, d in _YMD_RE.findall(line)]
                for a, b, y in _DMY_RE.findall(line):
                    readings += [(int(y), int(a), int(b)), (int(y), int(b), int(a))]
            if (local.year, local.month, local.day) in readings:
                return local.isoformat(timespec="seconds")
    return None


@cache
def date_keys(kind: str) -> dict[str, int]:
    """The words of one ``kind`` in ``data/date_keys.tsv`` (``meta``, ``script``, ``not_published``,
    ``modified``) with their rank (0 best), in the file's order."""
    text = resources.files("newscrawl.text").joinpath("data/date_keys.tsv").read_text(encoding="utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] == kind:
            out[parts[1]] = int(parts[2])
    return out


# --- internals -------------------------------------------------------------------------


def _parse(text: str, now: datetime | None) -> datetime | None:
    f = _FAST_RE.fullmatch(text.strip())
    if f is not None:
        y, mo, d, h, mi, sec, off = f.groups()
        if not off or y > "1991":  # Shanghai had summer time (+09:00) in 1986-1991
            try:
                return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(sec or 0),
                                tzinfo=SHANGHAI)
            except ValueError:
                pass  # 24:00, Feb 30: the general path decides
    s = text.translate(_TRANS).strip()
    if not s:
        return None
    if s[0].isdigit() and _NUMERIC_RE.fullmatch(s):
        return _parse_numeric(s)
    pos = 0
    for _ in range(_MAX_MATCHES):
        m = _DATE_RE.search(s, pos)
        if m is None:
            break
        try:
            dt = _from_match(s, m, now)
        except (ValueError, OverflowError):
            dt = None  # impossible date (2021-02-30): look further along
        if dt is not None:
            return dt
        pos = m.end()
    return _fallback(s)


def _from_match(s: str, m: re.Match[str], now: datetime | None) -> datetime | None:
    """Build a datetime from one date-like match plus the time/offset right after it."""
    kind = m.lastgroup  # the named wrapper of the alternative that matched
    if kind == "AGO":
        n, unit = m.group(_AGO_AT, _AGO_AT + 1)
        return _ago(n, unit, _now(now))
    if kind == "WORD":
        word = m.group(kind)
        if word in ("刚刚", "刚才"):
            return _now(now)

    t = _TIME_RE.match(s, m.end())
    if t is None and (w := _WEEKDAY_AFTER_RE.match(s, m.end())) is not None:  # 2024年1月16日 星期二 05:50
        t = _TIME_RE.match(s, w.end())
    lead_tz = None
    if t is None:  # 2012年12月10日, 格林尼治标准时间10:41: a zone word between the date and the time
        z = _ZONE_LEAD_RE.match(s, m.end())
        if z is not None:
            t = _TIME_RE.match(s, z.end())
            lead_tz = _zone_named(z.group("zone")) if t is not None else None
    hms = _time_fields(t.groups()) if t else None  # raises on 25:00 / 11:75
    if hms is None:
        hms, tz = (0, 0, 0, 0), _tz_at(s, m.end(), False)
    else:
        tsep, sec = t.group(1, 7)
        tz = _tz_at(s, t.end(), sec is not None or t.group(8) is not None or "T" in tsep.upper())
        if tz is None:  # 10:41 (北京时间), 10:41 香港时间
            z = _ZONE_AFTER_RE.match(s, t.end())
            tz = _zone_named(z.group("zone")) if z is not None else lead_tz
    if tz is None and m.start() > 0:  # 格林尼治标准时间 2012年12月10日 10:41
        z = _ZONE_BEFORE_RE.search(s, max(0, m.start() - 16), m.start())
        tz = _zone_named(z.group("zone")) if z is not None else None

    i = _GROUP_AT[kind]  # fields are the plain groups right after the wrapper
    if kind == "YMD":
        y, mo, d = m.group(i + 1, i + 2, i + 3)
        return _build(int(y), int(mo), int(d), hms, tz)
    if kind == "WORD":
        base = _now(now).date() - timedelta(days=_DAYS_BACK[m.group(kind)])
        return _build(base.year, base.month, base.day, hms, tz)
    if kind == "CN":
        cy, cm, cd = m.group(i + 1, i + 2, i + 3)
        y, mo, d = _cn_year(cy), _cn_number(cm), _cn_number(cd)
        if y is None or mo is None or d is None:
            return None
        return _build(y, mo, d, hms, tz)
    if kind == "MDY":  # 7/5/2005 9:23:57 PM: month first (en-US), day first only when it must be
        a, b, y = (int(x) for x in m.group(i + 1, i + 2, i + 3))
        mo, d = (b, a) if a > 12 >= b else (a, b)
        return _build(y, mo, d, hms, tz)
    mo, d = m.group(i + 1, i + 2)  # MD / NMD: no year
    return _yearless(int(mo), int(d), hms, tz, _now(now))


def _time_fields(groups: tuple) -> tuple[int, int, int, int] | None:
    """(hour, minute, second, microsecond) from ``_TIME_RE`` groups.

    None for a lone ``11:``; ValueError when impossible (25:00, 11:75).
    """
    _, ap, h_s, colon, half, mi_s, s1, s2, frac, ap2 = groups
    if colon and mi_s is None:
        return None
    h = int(h_s)
    mi = 30 if half else int(mi_s or 0)
    sec = int(s1 or s2 or 0)
    us = int(frac.ljust(6, "0")) if frac else 0
    ap = ap or (ap2.upper().replace(".", "") if ap2 else "")
    if ap in _PM or ap in _NIGHT:
        if ap in _NIGHT and h < 6:
            pass  # 夜里2点 is 02:00
        elif h < 12:
            h += 12
        elif h == 12 and ap in _NIGHT:
            h = 24
    elif ap == "中午":
        if h < 11:
            h += 12
    elif ap in _AM and h == 12:
        h = 0
    if h == 24 and mi == 0 and sec == 0 and us == 0:
        return (24, 0, 0, 0)  # midnight at the end of the day
    if h > 23 or mi > 59 or sec > 59:
        raise ValueError("impossible time")
    return (h, mi, sec, us)


@cache
def _zone_words() -> dict[str, str]:
    """Zone word → UTC offset (``+00:00``) from data/time_zones.tsv."""
    text = resources.files("newscrawl.text").joinpath("data/time_zones.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t")[:2] for line in text.splitlines() if line and not line.startswith("#"))


_ZONE = (r"(?P<zone>" + "|".join(sorted(map(re.escape, _zone_words()), key=len, reverse=True))
         + r"|(?:GMT|UTC)(?:\s{0,3}[+-]\d{1,2}(?::?\d\d)?)?(?![A-Za-z]))")
_WEEKDAY_AFTER_RE = re.compile(r"[\s,]{0,4}" + WEEKDAY.replace("（", "").replace("）", ""))
_ZONE_LEAD_RE = re.compile(r"[\s,]{0,4}" + _ZONE + r"\s{0,3}")
_ZONE_AFTER_RE = re.compile(r"\s{0,3}\(?\s{0,3}" + _ZONE + r"\)?")
_ZONE_BEFORE_RE = re.compile(_ZONE + r"\s{0,3}:?\s{0,3}$")
_ZONE_OFFSET_RE = re.compile(r"([+-])(\d{1,2})(?::?(\d\d))?")


def _zone_named(word: str) -> tzinfo | None:
    """The fixed offset a zone word or ``GMT+8``/``UTC`` names."""
    offset = _zone_words().get(word)
    if offset is None:
        if not word.startswith(("GMT", "UTC")):
            return None
        offset = word[3:].strip() or "+00:00"
    m = _ZONE_OFFSET_RE.fullmatch(offset.replace(" ", ""))
    if m is None:
        return None
    delta = timedelta(hours=int(m[2]), minutes=int(m[3] or 0))
    if delta > timedelta(hours=14):
        raise ValueError("offset out of range")
    return timezone(-delta if m[1] == "-" else delta)


def _tz_at(s: str, pos: int, allow_minus: bool) -> tzinfo | None:
    """An explicit offset right at ``pos`` (Z, +0800, +08:00, GMT+8), else None."""
    m = _TZ_RE.match(s, pos)
    if m is None:
        return None
    if m.group("z"):
        return timezone.utc
    if m.group("sign"):
        sign, hh, mm = m.group("sign"), m.group("oh"), m.group("om")
        if sign == "-" and not allow_minus:  # 11:38-12:30 is a range, not an offset
            return None
    elif m.group("gs"):
        sign, hh, mm = m.group("gs"), m.group("gh"), m.group("gm")
    else:
        return timezone.utc  # bare GMT/UTC
    offset = timedelta(hours=int(hh), minutes=int(mm or 0))
    if offset > timedelta(hours=14):
        raise ValueError("offset out of range")
    return timezone(-offset if sign == "-" else offset)


def _build(y: int, mo: int, d: int, hms: tuple[int, int, int, int], tz: tzinfo | None) -> datetime:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        raise ValueError("year out of range")
    h, mi, sec, us = hms
    if tz is None and h < 24:
        return datetime(y, mo, d, h, mi, sec, us, tzinfo=SHANGHAI)
    if h == 24:  # 24:00 / 晚上12点: midnight at the end of that day
        naive = datetime(y, mo, d, 0, mi, sec, us) + timedelta(days=1)
    else:
        naive = datetime(y, mo, d, h, mi, sec, us)
    return naive.replace(tzinfo=_zone(naive, tz))


def _zone(naive: datetime, tz: tzinfo | None) -> tzinfo:
    """SHANGHAI when no offset was given or the given one equals Shanghai's then."""
    if tz is None:
        return SHANGHAI
    if tz.utcoffset(None) == SHANGHAI.utcoffset(naive):
        return SHANGHAI
    return tz


def _yearless(mo: int, d: int, hms: tuple[int, int, int, int], tz: tzinfo | None,
              now: datetime) -> datetime | None:
    for year in (now.year, now.year - 1):
        try:
            dt = _build(year, mo, d, hms, tz)
        except ValueError:
            continue
        if dt <= now + timedelta(days=1):
            return dt
    return None


def _ago(n: str, unit: str, now: datetime) -> datetime:
    if n == "半":
        qty = 0.5
    elif n.isdigit():
        qty = int(n)
    else:
        value = _cn_number(n)
        if value is None:
            raise ValueError("bad number")
        qty = value
    if unit in ("月", "年"):
        months = int(qty * (12 if unit == "年" else 1))
        total = now.year * 12 + now.month - 1 - months
        y, mo = divmod(total, 12)
        mo += 1
        d = min(now.day, _days_in_month(y, mo))
        if not _MIN_YEAR <= y:
            raise ValueError("year out of range")
        return now.replace(year=y, month=mo, day=d)
    return now - timedelta(seconds=qty * _UNIT_SECONDS[unit])


def _days_in_month(y: int, mo: int) -> int:
    nxt = date(y + (mo == 12), mo % 12 + 1, 1)
    return (nxt - timedelta(days=1)).day


def _cn_year(s: str) -> int | None:
    digits = []
    for c in s:
        if c.isdigit():
            digits.append(int(c))
        elif c in _CN_DIGITS:
            digits.append(_CN_DIGITS[c])
        else:
            return None
    return int("".join(map(str, digits)))


def _cn_number(s: str) -> int | None:
    """1-99 written as 5, 十二, 三十一, 廿五, 两; None when malformed."""
    if s.isdigit():
        return int(s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    if "十" in s:
        left, _, right = s.partition("十")
        if "十" in right:
            return None
        tens = _CN_DIGITS.get(left) if left else 1
        units = _CN_DIGITS.get(right) if right else 0
        if tens is None or units is None:
            return None
        return tens * 10 + units
    return _CN_DIGITS.get(s) if len(s) == 1 else None


def _now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(SHANGHAI)
    if now.tzinfo is None:
        return now.replace(tzinfo=SHANGHAI)
    return now.astimezone(SHANGHAI)


def _from_timestamp(ts: float) -> datetime | None:
    if not ts >= _MIN_TIMESTAMP:  # 0 / negative / NaN are "unknown" sentinels in APIs
        return None
    dt = datetime.fromtimestamp(ts, SHANGHAI)
    return dt if _MIN_YEAR <= dt.year <= _MAX_YEAR else None


def _parse_numeric(s: str) -> datetime | None:
    n = len(s)
    if n == 8:
        return _build(int(s[:4]), int(s[4:6]), int(s[6:]), (0, 0, 0, 0), None)
    if n == 14:
        hms = (int(s[8:10]), int(s[10:12]), int(s[12:]), 0)
        return _build(int(s[:4]), int(s[4:6]), int(s[6:8]), hms, None)
    if n == 13:
        ms = int(s)
        dt = _from_timestamp(ms // 1000)
        return dt.replace(microsecond=ms % 1000 * 1000) if dt else None
    return _from_timestamp(float(s))


def _fallback(s: str) -> datetime | None:
    """dateutil, for English/ISO-ish text only; needs year, month and day in the text."""
    if not _ENGLISH_RE.search(s) or _CJK_RE.search(_PAREN_RE.sub("", s)):
        return None
    s = _GMT_OFFSET_RE.sub(lambda m: f"{m[1]}{int(m[2]):02d}{m[3] or '00'}", s)  # dateutil flips GMT+8
    s = _PAREN_RE.sub(" ", s)
    from dateutil import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a = parser.parse(s, default=datetime(1904, 1, 1))
            b = parser.parse(s, default=datetime(1905, 2, 2))
    except (ValueError, OverflowError, TypeError, AttributeError, IndexError):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None
    if not _MIN_YEAR <= a.year <= _MAX_YEAR:
        return None
    offset = a.utcoffset()
    tz = None if offset is None else timezone(offset)
    naive = a.replace(tzinfo=None)
    return naive.replace(tzinfo=_zone(naive, tz))
