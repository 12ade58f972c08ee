"""What the replica prints into its pages is escaped for the place (issue 15)."""
from __future__ import annotations

import json

import pytest

from newscrawl.replica.server import href, script_value, site_href, valid_robots_path


@pytest.mark.parametrize("url, expected", [
    ("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW1&a=b",
     "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW1&amp;a=b"),
    ('http://x/"><script>', "http://x/%22%3E%3Cscript%3E"),
    ("javascript:alert(1)", "#"), (" JavaScript:alert(1)", "#"), ("data:text/html,<b>", "#"),
    ("//evil.example/x", "#"), ("/emnews/2021/12/08/1.html", "/emnews/2021/12/08/1.html"),
])
def test_href(url: str, expected: str) -> None:
    assert href(url) == expected


def test_site_href_encodes_raw_text() -> None:
    assert site_href('/category/x"><svg/onload=alert(1)>.html') == "/category/x%22%3E%3Csvg/onload%3Dalert%281%29%3E.html"
    assert site_href("/category/100%.html") == "/category/100%25.html"


def test_script_value() -> None:
    value = "</script><!--<script>&\u2028\u2029\"'"
    text = script_value(value)
    assert json.loads(text) == value and not any(c in text for c in "<>&\u2028\u2029")


def test_valid_robots_path() -> None:
    assert valid_robots_path("/private/") and not valid_robots_path("private")
    assert not valid_robots_path("/a b") and not valid_robots_path("/a\nDisallow: /")
