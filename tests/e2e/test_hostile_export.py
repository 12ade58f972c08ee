"""Hostile values in the database → `newscrawl export --format jekyll` → `jekyll build`: nothing injected into the
built HTML, no post left out, and `newscrawl import-posts` of the export gives the values back."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from parsel import Selector

from newscrawl import db as store
from tests.e2e.conftest import rows
from tests.e2e.test_import_and_site import cli, needs_jekyll

BASE = {"url": None, "share_url": None, "media": "南通日报", "media_slug": "nantongribao", "category": "nantongribao",
        "tags": ["南通日报新闻"], "published_at": "2021-12-31T11:38:35+08:00", "source": None, "byline_raw": "",
        "content_html": "<p>正文。</p>", "content_text": "正文。", "images": [], "authors": [], "photographers": [],
        "editors": [], "organisations": [], "content_hash": "h", "char_count": 3}

XSS = [  # (field, value): every field the layouts or the post print
    ("title", '"><img src=x onerror=alert(1)>'), ("title", "</title><script>alert(2)</script>"),
    ("title", "' onmouseover='alert(3)"), ("title", "{{ site.title }} {% raw %}"),
    ("tags", ["a](javascript:alert(10))"]), ("tags", ["<svg/onload=alert(11)>", '"onmouseover="alert(12)']),
    ("category", '"><script>alert(13)</script>'), ("category", "javascript:alert(14)"), ("category", ":sym"),
    ("category", "../../etc"), ("category", "南通"),
    ("media", "<img src=x onerror=alert(15)>"), ("source", '"><script>alert(18)</script>'),
    ("byline_raw", "文：<img src=x onerror=alert(16)>\n[x](javascript:alert(17))\n{: onclick=\"alert(24)\"}"),
    ("content_html", '<p>x</p> [a](javascript:alert(19))\n\n{: onclick="alert(20)"}\n\n</div>[b](javascript:alert(21))'),
    ("content_html", "plain [c](javascript:alert(22)) <p>y</p>"),
    ("url", 'http://x.example/"onmouseover=alert(23)'),
]
#: read by YAML as booleans, null or numbers when unquoted; a DEL, a C1 control and a BOM that YAML cannot hold raw
YAML = ["yes", "no", "true", "on", "off", "null", "2021", "0x1F", "1_000", "1.0", "~", "a\x7fb", "c\x9dd", "e\ufefff"]


def hostile_rows() -> list[dict]:
    out = [{**BASE, "id": f"NW2021123122326331{i:02d}", field: value, "title": f"xss {i}"} | (
        {"title": value} if field == "title" else {}) for i, (field, value) in enumerate(XSS)]
    out += [{**BASE, "id": f"NW2021123122326332{i:02d}", "title": v, "tags": [v], "category": v}
            for i, v in enumerate(YAML)]
    out += [{**BASE, "id": "NW202112312232633300", "title": "future", "published_at": "2099-01-01T08:00:00+08:00"},
            {**BASE, "id": "202205262391921712", "title": "dated by its code", "published_at": None},
            {**BASE, "id": "post-0123456789abcdef", "title": "no date at all", "published_at": None}]
    return out


def injected(html_text: str) -> list[str]:
    """What in a built page could run script: script/svg/iframe elements, on* attributes, javascript: URLs."""
    found = []
    for el in Selector(text=html_text).xpath("//*"):
        tag = el.root.tag
        if tag in ("script", "svg", "iframe", "object", "embed"):
            found.append(tag)
        for name, value in el.attrib.items():
            if name.lower().startswith("on"):
                found.append(f"{tag}@{name}")
            if name in ("href", "src") and re.sub(r"\s", "", value).lower().startswith(("javascript:", "data:")):
                found.append(f"{tag}@{name}={value}")
        if tag == "img" and el.attrib.get("src") == "x":
            found.append("img src=x")
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, list[dict], subprocess.CompletedProcess]:
    exe = needs_jekyll()
    work = tmp_path_factory.mktemp("hostile")
    db_path = work / "news.db"
    database = store.open_db(db_path)
    stored = hostile_rows()
    for row in stored:
        store.upsert_article(database, row)
    database.close()
    out = work / "site"
    exported = cli("export", "--format", "jekyll", "--out", str(out), "--db", str(db_path))
    assert exported.returncode == 0, exported.stderr
    result = subprocess.run([exe, "build", "--source", str(out), "--destination", str(work / "_site")],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, work / "_site", stored, exported


def test_nothing_is_injected_into_the_built_site(built) -> None:
    _, site, _, _ = built
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 40
    for page in pages:
        assert injected(page.read_text(encoding="utf-8")) == [], page


def test_every_dated_post_is_built_and_shows_its_values(built) -> None:
    _, site, stored, exported = built
    pages = {p.stem: p for p in site.rglob("*.html") if "category" not in p.parts}
    for row in stored:
        if row["id"] == "post-0123456789abcdef":
            assert row["id"] not in pages
            continue
        page = Selector(text=pages[row["id"]].read_text(encoding="utf-8"))
        assert page.xpath("string(//section/h1)").get() == row["title"], row["id"]
        assert page.xpath("//small[starts-with(., 'tags')]/em/text()").getall() == [
            "_".join(t.split()) for t in row["tags"]], row["id"]
        links = page.xpath("//p[@class='backlinks']/a")
        has_category = row["category"] != "~"                  # '~' leaves no letter for a category folder
        assert [a.xpath("string()").get() for a in links] == ["返回" + row["tags"][0]] * has_category + ["返回首页"]
        for a in links:                                          # the category page (and home) exist
            assert (site / a.attrib["href"].lstrip("/") / ("index.html" if a.attrib["href"] == "/" else "")).is_file()
    assert pages["202205262391921712"].parent.as_posix().endswith("/2022/05/26")
    assert "warning: 1 of" in exported.stderr and "post-0123456789abcdef" in exported.stderr
    assert exported.stdout.startswith(f"exported {len(stored)} articles")


def test_the_export_imports_back_with_the_same_values(built, tmp_path: Path) -> None:
    out, _, stored, _ = built
    again = tmp_path / "again.db"
    result = cli("import-posts", str(out), "--db", str(again), "--no-progress")
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    back = {r["id"]: r for r in rows(again, "SELECT * FROM articles")}
    assert set(back) == {r["id"] for r in stored}
    for row in stored:
        got = back[row["id"]]
        assert got["title"] == row["title"], row["id"]
        assert json.loads(got["tags"]) == ["_".join(t.split()) for t in row["tags"]], row["id"]
        assert got["media"] == row["media"], row["id"]
    yaml_back = {back[f"NW2021123122326332{i:02d}"]["title"] for i in range(len(YAML))}
    assert yaml_back == set(YAML)
    assert back["202205262391921712"]["published_at"] == "2022-05-26T00:00:00+08:00"
