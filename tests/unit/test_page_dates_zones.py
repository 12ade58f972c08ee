"""Issue 14 follow-up: a shown time with a zone word (格林尼治标准时间, 北京时间, 台北时间, 香港时间, UTC+8, GMT+8) is
stored in that zone, and an update time shown by the title is the shown time when no other time is shown."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.text.dates import normalize_datetime, normalize_shown

PARA = "<p>" + "英国议会当天就相关法案进行辩论，多名议员发言，表示将继续关注此事的进展，并呼吁政府尽快作出回应。" * 2 + "</p>"


@pytest.mark.parametrize("text,iso", [
    ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "2012-12-10T10:41:00+00:00"),
    ("2012年12月10日，格林尼治标准时间 10:41", "2012-12-10T10:41:00+00:00"),
    ("格林尼治标准时间 2012年12月10日 10:41", "2012-12-10T10:41:00+00:00"),
    ("2023-05-06 10:20 GMT", "2023-05-06T10:20:00+00:00"),
    ("2023-05-06 10:20:00 UTC", "2023-05-06T10:20:00+00:00"),
    ("北京时间 2023年5月6日 10:20", "2023-05-06T10:20:00+08:00"),
    ("2023-05-06 10:20（台北时间）", "2023-05-06T10:20:00+08:00"),
    ("2023年5月6日 香港时间10:20", "2023-05-06T10:20:00+08:00"),
    ("2023-05-06 10:20 UTC+8", "2023-05-06T10:20:00+08:00"),
    ("2023-05-06 GMT+8 10:20", "2023-05-06T10:20:00+08:00"),
    ("2023-05-06 10:20:00 东京时间", "2023-05-06T10:20:00+09:00"),
    ("2023-05-06 10:20", "2023-05-06T10:20:00+08:00"),
])
def test_zone_words_give_the_offset_shown(text, iso):
    assert normalize_shown(text) == iso


def test_stored_pipeline_times_stay_in_shanghai_time():
    assert normalize_datetime("2012年12月10日, 格林尼治标准时间10:41") == "2012-12-10T18:41:00+08:00"


def page(info: str, meta: str = "") -> str:
    return (f"<html><head><title>议会辩论法案 - 示例中文网</title>{meta}</head><body><div class='wrap'>"
            f"<h1>议会辩论法案</h1><div class='date'>{info}</div><div class='story-body'>{PARA * 4}</div>"
            "</div></body></html>")


BBC = "更新时间 2012年12月10日, 格林尼治标准时间10:41"


def test_an_update_time_alone_by_the_title_is_the_shown_time():
    r = extract(page(BBC))
    assert r["published_at"] == "2012-12-10T10:41:00+00:00" and r["published_at_from"] == "shown-modified"


def test_an_update_time_alone_beats_a_different_meta_time():
    meta = '<meta property="article:published_time" content="2012-12-09T08:00:00+00:00">'
    assert extract(page(BBC, meta))["published_at"] == "2012-12-10T10:41:00+00:00"


def test_a_publication_time_shown_beside_it_still_wins():
    r = extract(page("发布时间：2012年12月9日 08:00 " + BBC))
    assert r["published_at"] == "2012-12-09T08:00:00+08:00" and r["published_at_from"] == "shown"


def test_a_beijing_time_shown_by_the_title():
    assert extract(page("北京时间2023年5月6日 10:20"))["published_at"] == "2023-05-06T10:20:00+08:00"
