"""newscrawl.text.dates: a (raw, expected ISO) table, offsets, to_iso, fuzzing, and the real posts."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.text.dates import SHANGHAI, as_shown, normalize_datetime, parse_datetime, to_iso
from tests.conftest import corpus_path

NOW = datetime(2022, 1, 10, 12, 0, tzinfo=SHANGHAI)

CASES = [
    # front matter and ISO-ish numeric forms
    ("2021-12-31 11:38:35", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31 11:38:35 +0800", "2021-12-31T11:38:35+08:00"),
    ("2021-12-08 10:46:18", "2021-12-08T10:46:18+08:00"),
    ("  2021-12-08 10:46:18\n", "2021-12-08T10:46:18+08:00"),
    ("2021-12-31 11:38", "2021-12-31T11:38:00+08:00"),
    ("2021-12-31", "2021-12-31T00:00:00+08:00"),
    ("2021/12/31", "2021-12-31T00:00:00+08:00"),
    ("2021/12/31 11:38", "2021-12-31T11:38:00+08:00"),
    ("2021.12.31", "2021-12-31T00:00:00+08:00"),
    ("2021-1-5", "2021-01-05T00:00:00+08:00"),
    ("2021-12-31T11:38:35+08:00", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31T11:38:35+0800", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31T03:38:35Z", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31T03:38:35.000Z", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31T16:38:35Z", "2022-01-01T00:38:35+08:00"),
    ("2021-12-31T11:38:35-05:00", "2022-01-01T00:38:35+08:00"),
    ("2021-12-31 11:38:35 GMT+8", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31 03:38:35 UTC", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31 11:38:35.123", "2021-12-31T11:38:35+08:00"),
    ("2021-12-31 11:38:35.123456789", "2021-12-31T11:38:35+08:00"),
    ("20211231", "2021-12-31T00:00:00+08:00"),
    ("20211231113835", "2021-12-31T11:38:35+08:00"),
    # unix timestamps (API fields)
    ("1640921915", "2021-12-31T11:38:35+08:00"),
    ("1640921915123", "2021-12-31T11:38:35+08:00"),
    (" 1640921915 ", "2021-12-31T11:38:35+08:00"),
    # Chinese forms
    ("2021年12月31日", "2021-12-31T00:00:00+08:00"),
    ("2021年12月31日 11:38", "2021-12-31T11:38:00+08:00"),
    ("2021年12月31日11时38分", "2021-12-31T11:38:00+08:00"),
    ("2021年12月31日 11:38:35", "2021-12-31T11:38:35+08:00"),
    ("2021年12月31日 11时38分35秒", "2021-12-31T11:38:35+08:00"),
    ("2021年1月5日", "2021-01-05T00:00:00+08:00"),
    ("2021 年 12 月 31 日", "2021-12-31T00:00:00+08:00"),
    ("２０２１－１２－３１", "2021-12-31T00:00:00+08:00"),
    ("２０２１－１２－３１　１１：３８", "2021-12-31T11:38:00+08:00"),
    ("２０２１年１２月３１日", "2021-12-31T00:00:00+08:00"),
    ("二〇二一年十二月三十一日", "2021-12-31T00:00:00+08:00"),
    ("二零二一年十二月三十一日", "2021-12-31T00:00:00+08:00"),
    ("二〇二一年一月五日", "2021-01-05T00:00:00+08:00"),
    ("二〇二二年二月二十日", "2022-02-20T00:00:00+08:00"),
    ("二○二一年十月十日", "2021-10-10T00:00:00+08:00"),
    # prefixes and dates inside longer strings
    ("发布时间：2021-12-31 11:38", "2021-12-31T11:38:00+08:00"),
    ("时间：2021-12-31", "2021-12-31T00:00:00+08:00"),
    ("日期:2021-12-31", "2021-12-31T00:00:00+08:00"),
    ("发表于 2021-12-31 11:38:35", "2021-12-31T11:38:35+08:00"),
    ("来源：新华社 2021-12-31", "2021-12-31T00:00:00+08:00"),
    ("来源：南通日报  作者：张三  2021-12-31 09:05  浏览：1024", "2021-12-31T09:05:00+08:00"),
    ("date: 2021-12-31 11:38:35 +0800", "2021-12-31T11:38:35+08:00"),
    ("更新于2021-02-30，首发于2021-02-28", "2021-02-28T00:00:00+08:00"),
    # 上午/下午/晚上/凌晨/中午
    ("2021-12-31 下午3:05", "2021-12-31T15:05:00+08:00"),
    ("2021年12月31日 晚上8点", "2021-12-31T20:00:00+08:00"),
    ("2021年12月31日上午11点30分", "2021-12-31T11:30:00+08:00"),
    ("2021年12月31日 凌晨2点", "2021-12-31T02:00:00+08:00"),
    ("2021年12月31日 中午12点", "2021-12-31T12:00:00+08:00"),
    ("2021年12月31日 中午1点", "2021-12-31T13:00:00+08:00"),
    ("2021年12月31日 8点半", "2021-12-31T08:30:00+08:00"),
    ("2021-12-31 3:05 PM", "2021-12-31T15:05:00+08:00"),
    ("2021-12-31 12:05 am", "2021-12-31T00:05:00+08:00"),
    ("昨天 晚上8点", "2022-01-09T20:00:00+08:00"),
    # yearless (year from NOW; the previous year when it would be in the future)
    ("12月31日", "2021-12-31T00:00:00+08:00"),
    ("12月31日 11:38", "2021-12-31T11:38:00+08:00"),
    ("12-31 11:38", "2021-12-31T11:38:00+08:00"),
    ("1月9日 08:00", "2022-01-09T08:00:00+08:00"),
    ("01-10 09:15", "2022-01-10T09:15:00+08:00"),
    ("3月1日", "2021-03-01T00:00:00+08:00"),
    # relative to NOW
    ("刚刚", "2022-01-10T12:00:00+08:00"),
    ("3分钟前", "2022-01-10T11:57:00+08:00"),
    ("30秒前", "2022-01-10T11:59:30+08:00"),
    ("2小时前", "2022-01-10T10:00:00+08:00"),
    ("半小时前", "2022-01-10T11:30:00+08:00"),
    ("3天前", "2022-01-07T12:00:00+08:00"),
    ("三天前", "2022-01-07T12:00:00+08:00"),
    ("1周前", "2022-01-03T12:00:00+08:00"),
    ("2个月前", "2021-11-10T12:00:00+08:00"),
    ("今天 08:00", "2022-01-10T08:00:00+08:00"),
    ("昨天 15:20", "2022-01-09T15:20:00+08:00"),
    ("昨天", "2022-01-09T00:00:00+08:00"),
    ("前天", "2022-01-08T00:00:00+08:00"),
    ("发布于 5分钟前", "2022-01-10T11:55:00+08:00"),
    # English, through the dateutil fallback
    ("Fri, 31 Dec 2021 03:38:35 GMT", "2021-12-31T11:38:35+08:00"),
    ("Fri, 31 Dec 2021 11:38:35 +0800", "2021-12-31T11:38:35+08:00"),
    ("December 31, 2021", "2021-12-31T00:00:00+08:00"),
    ("Fri Dec 31 2021 11:38:35 GMT+0800 (中国标准时间)", "2021-12-31T11:38:35+08:00"),
    # slash dates with the year last: month first (en-US, ASP pages), day first only when it must be
    ("发布日期： 7/5/2005 9:23:57 PM", "2005-07-05T21:23:57+08:00"),
    ("12/31/2021 11:38", "2021-12-31T11:38:00+08:00"),
    ("31/12/2021", "2021-12-31T00:00:00+08:00"),
    ("5/23/06", None),
    ("13/13/2021", None),
    # nothing usable -> None, never a made-up date
    (None, None),
    ("", None),
    ("   ", None),
    ("date:  +0800", None),
    (" +0800", None),
    ("+08:00", None),
    ("null", None),
    ("未知", None),
    ("11:38", None),
    ("下午3:05", None),
    ("2021年12月", None),
    ("December 2021", None),
    ("Monday", None),
    ("2021-13-01", None),
    ("2021-02-30", None),
    ("2021年2月30日", None),
    ("2021-12-31 25:00", None),
    ("2021-12-31 11:75", None),
    ("二〇二一年十三月一日", None),
    ("13月1日", None),
    ("1234", None),
    ("12345678901", None),
    ("0000-00-00 00:00:00", None),
    ("1899-12-31", None),
]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=[repr(c[0]) for c in CASES])
def test_normalize_table(raw: str | None, expected: str | None) -> None:
    assert normalize_datetime(raw, now=NOW) == expected


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 60


def test_explicit_offsets_are_kept() -> None:
    utc = parse_datetime("2021-12-31T03:38:35Z")
    assert utc is not None and utc.utcoffset() == timedelta(0)
    minus5 = parse_datetime("2021-12-31T11:38:35-05:00")
    assert minus5 is not None and minus5.utcoffset() == timedelta(hours=-5)
    assert utc == parse_datetime("2021-12-31 11:38:35 +0800")  # same instant


def test_default_zone_is_shanghai() -> None:
    dt = parse_datetime("2021-12-31 11:38:35")
    assert dt is not None and dt.tzinfo is SHANGHAI
    assert parse_datetime("2021-12-31 11:38:35 +08:00").tzinfo is SHANGHAI


def test_fraction_of_seconds_is_kept_in_the_datetime() -> None:
    dt = parse_datetime("2021-12-31 11:38:35.123")
    assert dt is not None and dt.microsecond == 123000


def test_naive_now_is_shanghai_and_aware_now_is_converted() -> None:
    naive = datetime(2022, 1, 10, 12, 0)
    utc = datetime(2022, 1, 10, 4, 0, tzinfo=timezone.utc)
    for now in (naive, utc):
        assert normalize_datetime("昨天 15:20", now=now) == "2022-01-09T15:20:00+08:00"


def test_yearless_date_just_ahead_of_now_keeps_this_year() -> None:
    # one day of slack for clock skew; more than that means last year
    assert normalize_datetime("1月10日 18:00", now=NOW) == "2022-01-10T18:00:00+08:00"
    assert normalize_datetime("1月12日", now=NOW) == "2021-01-12T00:00:00+08:00"


def test_numbers_are_unix_timestamps() -> None:
    assert normalize_datetime(1640921915) == "2021-12-31T11:38:35+08:00"  # type: ignore[arg-type]
    assert parse_datetime(True) is None  # type: ignore[arg-type]
    assert parse_datetime(0) is None  # type: ignore[arg-type]  # "unknown" sentinel, not 1970
    assert parse_datetime("0000000000") is None
    assert parse_datetime(float("nan")) is None  # type: ignore[arg-type]


def test_without_now_uses_current_time() -> None:
    dt = parse_datetime("刚刚")
    assert dt is not None and abs(datetime.now(SHANGHAI) - dt) < timedelta(minutes=1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (datetime(2021, 12, 31, 11, 38, 35), "2021-12-31T11:38:35+08:00"),
        (datetime(2021, 12, 31, 11, 38, 35, 999999, tzinfo=SHANGHAI), "2021-12-31T11:38:35+08:00"),
        (datetime(2021, 12, 31, 3, 38, 35, tzinfo=timezone.utc), "2021-12-31T11:38:35+08:00"),
        (datetime(2021, 12, 31, 20, 0, tzinfo=timezone(timedelta(hours=-5))), "2022-01-01T09:00:00+08:00"),
        (date(2021, 12, 31), "2021-12-31T00:00:00+08:00"),
    ],
)
def test_to_iso(value: datetime | None, expected: str | None) -> None:
    assert to_iso(value) == expected


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    dt = parse_datetime(text, now=NOW)
    assert dt is None or (isinstance(dt, datetime) and dt.utcoffset() is not None)


_DATEY = st.text(alphabet="0123456789年月日号时分秒点半前天今昨刚-/.:: T+Z上下午晚〇一二三十", max_size=40)


@settings(max_examples=500, deadline=None)
@given(_DATEY)
def test_never_raises_on_date_like_text(text: str) -> None:
    dt = parse_datetime(text, now=NOW)
    assert dt is None or (isinstance(dt, datetime) and dt.utcoffset() is not None)
    if dt is not None:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", to_iso(dt) or "")


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(1992, 1, 1), max_value=datetime(2099, 12, 31)))
def test_round_trip(dt: datetime) -> None:
    aware = dt.replace(microsecond=0, tzinfo=SHANGHAI)
    iso = to_iso(aware)
    assert iso is not None
    assert parse_datetime(iso) == aware
    assert parse_datetime(iso.replace("T", " ").replace("+08:00", "")) == aware


def test_corpus_front_matter_dates() -> None:
    posts = corpus_path("finews", "posts")
    files = sorted(posts.glob("*.md"))
    assert files
    for path in files:
        match = re.search(r"^date:(.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
        assert match, path.name
        dt = parse_datetime(match.group(1))
        if path.name == "-202205262391921712.md":
            assert dt is None, path.name
        else:
            assert dt is not None and dt.utcoffset() == timedelta(hours=8), path.name


@pytest.mark.parametrize("instant, lines, expected", [
    # a Paris page: machine time in UTC, shown in CET
    ("2022-02-06T12:48:06+00:00", ["发表时间： 06/02/2022 - 13:48"], "2022-02-06T13:48:06+01:00"),
    # a Japanese page: JSON-LD in JST, shown in JST
    ("2024-05-13T09:00:00+09:00", ["2024年5月13日 9時0分"], "2024-05-13T09:00:00+09:00"),
    ("2021-12-31T03:38:35Z", ["2021-12-31 下午1:38"], "2021-12-31T13:38:35+10:00"),
    # shown in Shanghai time, or not shown, or no explicit offset: None (the caller keeps +08:00)
    ("2024-05-13T01:15:00Z", ["2024-05-13 09:15"], None),
    ("2024-05-13T01:15:00Z", ["2024-05-13"], None),
    ("2024-05-13T09:15:00", ["2024-05-13 09:15"], None),
    # the shown clock disagrees in seconds, or the shown date is another day
    ("2024-05-12T21:06:03+09:00", ["2024-05-12 20:06:03"], None),
    ("2022-02-06T12:48:06+00:00", ["2022-02-07 13:48"], None),
    # a time that is not a quarter-hour offset away is another time, not another zone
    ("2022-02-06T12:48:06+00:00", ["2022-02-06 13:41"], None),
    (None, ["2022-02-06 13:48"], None),
    ("garbage+01:00", ["2022-02-06 13:48"], None),
])
def test_as_shown(instant, lines, expected):
    assert as_shown(instant, lines) == expected


def test_as_shown_keeps_the_instant():
    shown = as_shown("2022-02-06T12:48:06+00:00", ["06/02/2022 - 13:48"])
    assert datetime.fromisoformat(shown) == datetime.fromisoformat("2022-02-06T12:48:06+00:00")


@settings(max_examples=300, deadline=None)
@given(_DATEY, st.lists(_DATEY, max_size=4))
def test_as_shown_never_raises_and_keeps_the_instant(instant: str, lines: list[str]) -> None:
    shown = as_shown(instant, lines)
    if shown is not None:
        assert datetime.fromisoformat(shown) == parse_datetime(instant)
        assert not shown.endswith("+08:00")
