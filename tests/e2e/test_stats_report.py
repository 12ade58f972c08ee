"""Analyst features on crawled data: reprints (real pairs and synthetic ground truth), search, the stats
report drawn in headless Chromium, export --no-reprints."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newscrawl.replica.synth import generate_articles, write_archive
from newscrawl.store.db import open_db
from tests.conftest import corpus_path
from tests.e2e.conftest import ROOT, crawl, replica, rows

SEED = "NW202112312232633030"


def newscrawl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    """The real archive crawled with finews_list, then a finews run with one bad target (a failure)."""
    posts = corpus_path("finews", "posts")
    db = tmp_path_factory.mktemp("analyst") / "news.db"
    with replica(posts) as base:
        first = crawl("finews_list", db, base)
        second = crawl("finews", db, base, "-a", "urls=not-a-code")
    assert first.returncode == 0, first.stderr[-3000:]
    assert second.returncode == 1
    return db


def test_real_reprint_pairs(corpus_db: Path) -> None:
    reprints = {r["id"]: r["reprint_of"] for r in rows(corpus_db, "SELECT id, reprint_of FROM articles "
                                                                  "WHERE reprint_of IS NOT NULL")}
    # the same flash under two infoCodes, the later one points to the earlier one
    assert reprints == {"202112082206781916": "202112082206672930",
                        "202112082206749391": "202112082206748961"}
    # …777086 (北向资金净流入超50亿) and …7020388 (达80亿) read alike (8 simhash bits) but are different news
    same = rows(corpus_db, "SELECT content_hash FROM articles WHERE id IN ('202112082206781916', '202112082206672930')")
    assert same[0] == same[1]


def test_export_no_reprints(corpus_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    result = newscrawl("export", "--db", str(corpus_db), "--format", "jsonl", "--out", str(out), "--no-reprints")
    assert result.returncode == 0, result.stderr
    ids = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert len(ids) == 111 and "202112082206781916" not in ids and "202112082206672930" in ids


def test_search_cli_on_the_real_archive(corpus_db: Path) -> None:
    result = newscrawl("search", "北向资金", "--db", str(corpus_db), "--json")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"202112082206742097", "202112082206777086", "202112082207020388"} <= {h["id"] for h in hits}
    assert all("[北向资金]" in h["snippet"] + h["title_marked"] for h in hits)
    one = newscrawl("search", "党", "--db", str(corpus_db), "--media", "南通日报")
    assert one.returncode == 0 and SEED in one.stdout and "[党]" in one.stdout


def test_stats_text(corpus_db: Path) -> None:
    result = newscrawl("stats", "--db", str(corpus_db))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # 202205262391921712 has no time on the API: it is dated by its code (2022-05-26)
    assert out.startswith("articles: 113 (2 reprints), published 2021-12-08 … 2022-05-26; failures: 1")
    assert re.search(r"^  2021-12-08\s+111 ", out, re.MULTILINE) and re.search(r"^  2022-05-26\s+1 ", out, re.MULTILINE)
    assert "(no date)" not in out
    assert re.search(r"^  东方财富网\s+\d+ ", out, re.MULTILINE)
    assert re.search(r"^  input/bad_target\s+1 ", out, re.MULTILINE)
    runs = rows(corpus_db, "SELECT id FROM crawl_runs")
    assert len(runs) == 2 and all(r["id"] in out for r in runs)
    as_json = json.loads(newscrawl("stats", "--db", str(corpus_db), "--json").stdout)
    assert as_json["articles"] == 113 and sum(n for _, n in as_json["per_media"]) == 113


def test_stats_missing_db_is_one_line(tmp_path: Path) -> None:
    result = newscrawl("stats", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1 and result.stderr.startswith("newscrawl: error: no database at")


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_html_report_draws_its_charts_in_chromium(corpus_db: Path, tmp_path: Path) -> None:
    browser = _chromium()
    if not browser:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI installs it in .ci/run)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    report = tmp_path / "report.html"
    result = newscrawl("stats", "--db", str(corpus_db), "--html", str(report))
    assert result.returncode == 0, result.stderr
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)      # self-contained: nothing fetched
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", "--no-first-run",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                          "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    figures = json.loads(newscrawl("stats", "--db", str(corpus_db), "--json").stdout)

    def chart(chart_id: str) -> str:
        m = re.search(rf'<div class="chart" id="{chart_id}" data-drawn="(\d+)">(.*?)</div>', html, re.DOTALL)
        assert m, f"chart {chart_id} was not drawn"
        assert "<svg" in m.group(2)
        return m.group(2)

    def bars(svg: str) -> list[tuple[str, int]]:
        return [(label, int(value)) for label, value in
                re.findall(r'<rect class="bar"[^>]*data-label="([^"]*)" data-value="(\d+)"', svg)]

    per_day = bars(chart("per-day"))
    assert per_day == [tuple(x) for x in figures["per_day"]] and sum(n for _, n in per_day) == 113
    per_media = bars(chart("per-media"))
    assert per_media == [tuple(x) for x in figures["per_media"]] and "东方财富网" in dict(per_media)
    assert bars(chart("failures")) == [("input/bad_target", 1)]
    heights = [float(h) for h in re.findall(r'<rect class="bar"[^>]*height="([\d.]+)"', chart("per-day"))]
    assert max(heights) > 100 and all(h > 0 for h in heights)


def test_synthetic_reprints_through_a_crawl(tmp_path: Path) -> None:
    """finews_list over a synthetic archive: reprint_of equals the generator's ground truth.

    The list serves newest first, so reprints usually arrive before their originals: this covers the
    pipeline re-pointing a group once the earlier original is stored.
    """
    n, seed = 160, 3
    truth = {a.info_code: a.reprint_of for a in generate_articles(n, seed=seed) if a.reprint_of}
    assert len(truth) >= 4
    posts, db = tmp_path / "posts", tmp_path / "news.db"
    write_archive(posts, n, seed=seed)
    with replica(posts) as base:
        result = crawl("finews_list", db, base)
    assert result.returncode == 0, result.stderr[-3000:]
    stored = {r["id"]: r["reprint_of"] for r in rows(db, "SELECT id, reprint_of FROM articles WHERE reprint_of IS NOT NULL")}
    assert stored == truth
    assert "newscrawl/reprints/found" in result.stderr


# --- hostile names and Chinese fonts (issue 15) ------------------------------------------------------------
HOSTILE_MEDIA = ["<!--<script>", "</script><script>document.title='pwned'</script>", "a&amp;b\u2028c\u2029d",
                 "<img src=x onerror=\"document.title='pwned'\">"]
CHINESE_MEDIA = ["南通日报", "海门日报", "如东县融媒体中心"]

#: Appended to a copy of the report: on load, it writes what the page holds and how the Chinese media names
#: are drawn (each distinct character on a canvas in the font the chart labels use) into <pre id="probe">.
PROBE = """<script>
window.addEventListener("load", function () { document.fonts.ready.then(function () {
  var labels = Array.prototype.map.call(document.querySelectorAll("#per-media svg text[text-anchor=end]"),
                                        function (t) { return t.textContent; });
  var label = document.querySelector("#per-media svg text[text-anchor=end]");
  var family = getComputedStyle(label).fontFamily;
  var chars = Array.from(new Set(labels.join("").match(/[\\u4e00-\\u9fff]/g) || []));
  var canvas = document.createElement("canvas"); canvas.width = canvas.height = 48;
  var ctx = canvas.getContext("2d");
  ctx.font = "32px " + family; ctx.textBaseline = "top";
  function glyph(ch) {
    ctx.clearRect(0, 0, 48, 48); ctx.fillText(ch, 8, 8);
    var d = ctx.getImageData(0, 0, 48, 48).data, bits = [];
    for (var i = 3; i < d.length; i += 4) bits.push(d[i] > 127 ? 1 : 0);
    return bits.join("");
  }
  var glyphs = chars.map(glyph);
  var pre = document.createElement("pre"); pre.id = "probe";
  pre.textContent = JSON.stringify({
    labels: labels, family: family, chars: chars.length, distinct: new Set(glyphs).size,
    blank: glyphs.filter(function (g) { return g.indexOf("1") < 0; }).length,
    widths: chars.map(function (c) { return ctx.measureText(c).width; }),
    scripts: document.scripts.length, imgs: document.images.length, title: document.title,
    drawn: Array.prototype.map.call(document.querySelectorAll(".chart"), function (c) {
      return c.id + "=" + c.getAttribute("data-drawn"); })});
  document.body.appendChild(pre);
}); });
</script>"""


def _need_chromium() -> str:
    browser = _chromium()
    if not browser:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI installs it in .ci/run)")
        pytest.skip("chromium not installed (apt-get install chromium)")
    return browser


def _probe(browser: str, page: Path, profile: Path, env: dict | None = None) -> dict:
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", "--no-first-run",
                          f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120, env=env, check=False)
    assert dom.returncode == 0, dom.stderr[-2000:]
    m = re.search(r'<pre id="probe">(.*?)</pre>', dom.stdout, re.DOTALL)
    assert m, "the probe did not run: " + dom.stdout[-2000:]
    import html

    return json.loads(html.unescape(m.group(1)))


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> tuple[Path, list[str]]:
    """A report of a database whose media names are hostile HTML and Chinese, with the probe appended."""

    tmp = tmp_path_factory.mktemp("report")
    database = open_db(tmp / "news.db")
    names = HOSTILE_MEDIA + CHINESE_MEDIA
    database["articles"].insert_all([{"id": f"U{i:08d}", "url": f"http://x/{i}", "title": "t", "media": name,
                                      "published_at": f"2021-12-0{1 + i % 5}T08:00:00+08:00"}
                                     for i, name in enumerate(names)])
    database["failures"].insert({"url": "http://x/f", "stage": "<b>fetch</b>", "reason": "</script>",
                                 "failed_at": "2021-12-01T00:00:00+08:00"})
    database.close()
    result = newscrawl("stats", "--db", str(tmp / "news.db"), "--html", str(tmp / "report.html"))
    assert result.returncode == 0, result.stderr
    page = (tmp / "report.html").read_text(encoding="utf-8")
    probed = tmp / "probed.html"
    probed.write_text(page.replace("</body>", PROBE + "\n</body>"), encoding="utf-8")
    return probed, names


def test_hostile_media_names_are_data_not_markup(hostile_report) -> None:
    page, names = hostile_report
    report = page.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="stats-data">(.*?)</script>', report, re.DOTALL).group(1)
    assert not re.search("[<>&\u2028\u2029]", data)        # nothing in the JSON the HTML tokenizer could read
    probe = _probe(_need_chromium(), page, page.parent / "profile")
    assert probe["scripts"] == 3 and probe["imgs"] == 0 and probe["title"] != "pwned"   # nothing injected
    assert probe["drawn"] == ["per-day=5", f"per-media={len(names)}", "failures=1"]     # every chart drawn
    assert sorted(probe["labels"]) == sorted(names)                                   # names shown as text


def test_chinese_media_names_are_drawn_in_a_cjk_font(hostile_report) -> None:
    """Each distinct Chinese character of the media names is drawn in the chart labels' font as a glyph of
    its own, about one em wide: boxes (.notdef) would all look alike.  CI installs fonts-noto-cjk."""
    page, _ = hostile_report
    probe = _probe(_need_chromium(), page, page.parent / "profile")
    assert "Noto Sans CJK SC" in probe["family"] and "Microsoft YaHei" in probe["family"]
    assert probe["chars"] >= 12 and probe["blank"] == 0
    assert probe["distinct"] == probe["chars"], probe      # boxes would draw one shape for every character
    assert all(28 <= w <= 36 for w in probe["widths"]), probe["widths"]   # full width at 32px
    latin_only = Path("/usr/share/fonts/truetype/dejavu")
    if latin_only.is_dir():     # the control: with no CJK font at all, the same probe sees boxes
        conf = page.parent / "latin-only.conf"
        conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{latin_only}</dir>'
                        f'<cachedir>{page.parent / "fc-cache"}</cachedir></fontconfig>', encoding="utf-8")
        boxes = _probe(_need_chromium(), page, page.parent / "profile-latin",
                       {**os.environ, "FONTCONFIG_FILE": str(conf)})
        assert boxes["distinct"] < boxes["chars"], boxes
