"""What is in the database: articles per day and per media, failures by reason, the latest runs.

:func:`collect` reads the figures (plain data), :func:`render_text` prints them for a terminal and
:func:`render_html` writes one self-contained HTML report: the figures as JSON inside the page and a small
inline script that draws the charts as SVG (no network, no CDN).  ``newscrawl stats`` is the click glue.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from newscrawl.text.controls import strip_controls

NO_DATE = "(no date)"
NO_MEDIA = "(none)"


@dataclass
class Stats:
    """The figures of one database."""

    articles: int = 0
    reprints: int = 0
    failures: int = 0
    first_day: str | None = None
    last_day: str | None = None
    per_day: list[tuple[str, int]] = field(default_factory=list)
    per_media: list[tuple[str, int]] = field(default_factory=list)
    failures_by_reason: list[tuple[str, str, int]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _has(db: Any, table: str) -> bool:
    return table in db.table_names()


def collect(db: Any, *, days: int | None = None, runs: int = 10) -> Stats:
    """Read the figures from ``articles``, ``failures`` and ``crawl_runs``.

    ``days`` keeps only the latest N days in ``per_day`` (undated articles are counted under
    ``(no date)``); ``runs`` is how many of the latest crawl runs to list.
    """
    s = Stats()
    one = lambda sql: db.execute(sql).fetchone()[0]
    s.articles = one("SELECT count(*) FROM articles")
    s.reprints = one("SELECT count(*) FROM articles WHERE reprint_of IS NOT NULL")
    s.failures = one("SELECT count(*) FROM failures") if _has(db, "failures") else 0
    per_day = [(r["day"] or NO_DATE, r["n"]) for r in db.query(
        "SELECT substr(published_at, 1, 10) AS day, count(*) AS n FROM articles "
        "GROUP BY day ORDER BY day IS NULL, day")]
    dated = [d for d in per_day if d[0] != NO_DATE]
    if dated:
        s.first_day, s.last_day = dated[0][0], dated[-1][0]
    if days is not None:
        per_day = (dated[-days:] if days > 0 else []) + [d for d in per_day if d[0] == NO_DATE]
    s.per_day = per_day
    s.per_media = [(r["media"] or NO_MEDIA, r["n"]) for r in db.query(
        "SELECT media, count(*) AS n FROM articles GROUP BY media ORDER BY n DESC, media")]
    if _has(db, "failures"):
        s.failures_by_reason = [(r["stage"] or "", r["reason"] or "", r["n"]) for r in db.query(
            "SELECT stage, reason, count(*) AS n FROM failures GROUP BY stage, reason ORDER BY n DESC, stage, reason")]
    if _has(db, "crawl_runs") and runs > 0:
        s.runs = list(db.query(
            "SELECT id, spider, started_at, finished_at, status, items_new, items_updated, items_unchanged, "
            "items_failed, requests FROM crawl_runs ORDER BY started_at DESC, id DESC LIMIT ?", [runs]))
    return s


def _bar(n: int, top: int, width: int = 30) -> str:
    return "█" * max(1 if n else 0, round(width * n / top)) if top else ""


def _line(text: Any) -> str:
    """A value for one terminal line: no control character of the database reaches the terminal."""
    return strip_controls(str(text), keep_newlines=False) if text is not None else ""


def render_text(s: Stats) -> str:
    """The figures as plain text tables with bars, for a terminal (names without control characters)."""
    out = [f"articles: {s.articles} ({s.reprints} reprints)"
           + (f", published {_line(s.first_day)} … {_line(s.last_day)}" if s.first_day else "")
           + f"; failures: {s.failures}"]

    def table(title: str, items: list[tuple[str, int]]) -> None:
        out.append("")
        out.append(title)
        if not items:
            out.append("  (none)")
            return
        items = [(_line(k), n) for k, n in items]
        top = max(n for _, n in items)
        w = max(_width(k) for k, _ in items)
        for key, n in items:
            out.append(f"  {key}{' ' * (w - _width(key))}  {n:>6}  {_bar(n, top)}")

    table("articles per day", s.per_day)
    table("articles per media", s.per_media)
    table("failures by reason", [(f"{stage}/{reason}", n) for stage, reason, n in s.failures_by_reason])
    out.append("")
    out.append("latest runs")
    if not s.runs:
        out.append("  (none)")
    for r in s.runs:
        out.append(f"  {_line(r['id'])}  {_line(r['spider']):<12} {_line(r['status']):<8} "
                   f"new {_line(r['items_new'] or 0)}, updated {_line(r['items_updated'] or 0)}, "
                   f"unchanged {_line(r['items_unchanged'] or 0)}, failed {_line(r['items_failed'] or 0)}, "
                   f"requests {_line(r['requests'] or 0)}")
    return "\n".join(out)


def _width(text: str) -> int:
    """Terminal columns of ``text`` (CJK characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_SCRIPT = r"""
(function () {
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("stats-data").textContent);
  function el(name, attrs, text) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // vertical bars: one per day
  function columns(box, items) {
    var W = 900, H = 260, pad = 36, n = items.length;
    var top = Math.max.apply(null, items.map(function (d) { return d[1]; }).concat([1]));
    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img"});
    var bw = (W - 2 * pad) / Math.max(n, 1);
    svg.appendChild(el("line", {x1: pad, y1: H - pad, x2: W - pad, y2: H - pad, stroke: "#888"}));
    items.forEach(function (d, i) {
      var h = (H - 2 * pad) * d[1] / top, x = pad + i * bw;
      var r = el("rect", {"class": "bar", x: x + bw * 0.1, y: H - pad - h, width: Math.max(bw * 0.8, 1), height: h,
                          fill: "#3b6ea5", "data-label": d[0], "data-value": d[1]});
      r.appendChild(el("title", {}, d[0] + ": " + d[1]));
      svg.appendChild(r);
      if (n <= 31 || i % Math.ceil(n / 15) === 0)
        svg.appendChild(el("text", {x: x + bw / 2, y: H - pad + 14, "font-size": 10, "text-anchor": "middle"},
                           d[0].slice(5)));
    });
    svg.appendChild(el("text", {x: pad, y: pad - 10, "font-size": 11}, "max " + top));
    box.appendChild(svg);
  }
  // horizontal bars: one per media / reason
  function rows(box, items) {
    var W = 900, rh = 22, left = 260, n = items.length, H = Math.max(n, 1) * rh + 10;
    var top = Math.max.apply(null, items.map(function (d) { return d[1]; }).concat([1]));
    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, width: "100%", role: "img"});
    items.forEach(function (d, i) {
      var w = (W - left - 60) * d[1] / top, y = 5 + i * rh;
      svg.appendChild(el("text", {x: left - 8, y: y + rh * 0.7, "font-size": 13, "text-anchor": "end"}, d[0]));
      var r = el("rect", {"class": "bar", x: left, y: y + 3, width: Math.max(w, 1), height: rh - 6,
                          fill: "#c0504d", "data-label": d[0], "data-value": d[1]});
      r.appendChild(el("title", {}, d[0] + ": " + d[1]));
      svg.appendChild(r);
      svg.appendChild(el("text", {x: left + w + 6, y: y + rh * 0.7, "font-size": 12}, String(d[1])));
    });
    box.appendChild(svg);
  }
  var charts = {
    "per-day": [columns, data.per_day],
    "per-media": [rows, data.per_media],
    "failures": [rows, data.failures_by_reason.map(function (f) { return [f[0] + "/" + f[1], f[2]]; })]
  };
  Object.keys(charts).forEach(function (id) {
    var box = document.getElementById(id), c = charts[id];
    if (!c[1].length) { box.appendChild(document.createTextNode("(none)")); }
    else { c[0](box, c[1]); }
    box.setAttribute("data-drawn", String(c[1].length));
  });
})();
"""

#: Fonts with the Chinese glyphs, named so that a machine with any of them draws media names, not boxes
#: (Linux: Noto Sans CJK / Source Han Sans, WenQuanYi; macOS: PingFang; Windows: Microsoft YaHei).
FONT_STACK = ('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
              '"WenQuanYi Micro Hei", sans-serif')

_STYLE = """
body { font: 14px/1.45 FONTS;
       margin: 2em auto; max-width: 960px; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 2em; }
table { border-collapse: collapse; font-size: 13px; } td, th { border-bottom: 1px solid #ddd; padding: 3px 8px; }
th { text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary span { margin-right: 1.5em; }
svg text { font-family: FONTS; }
""".replace("FONTS", FONT_STACK)

#: What must not appear raw inside a <script> element: "<" ("</script>", "<!--"), ">" and "&" (the HTML
#: tokenizer's states), and U+2028/U+2029 (line terminators in older JavaScript).
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json(data: Any) -> str:
    """``data`` as JSON safe to place inside a ``<script>`` element: the characters that could end it or
    change how the HTML tokenizer reads it are written as ``\\uXXXX`` escapes (the same string to JSON)."""
    return _SCRIPT_UNSAFE.sub(lambda m: _SCRIPT_ESCAPES[m.group(0)], json.dumps(data, ensure_ascii=False))



def render_html(s: Stats, title: str = "newscrawl: database report") -> str:
    """One self-contained HTML page: summary, charts (SVG drawn by an inline script) and the runs table."""
    payload = script_json(s.as_dict())
    esc = html.escape
    run_rows = "".join(
        "<tr>" + "".join(f"<td>{esc(str(r.get(k) if r.get(k) is not None else ''))}</td>"
                         for k in ("id", "spider", "status", "started_at", "finished_at"))
        + "".join(f"<td class=n>{esc(str(r.get(k) or 0))}</td>"
                  for k in ("items_new", "items_updated", "items_unchanged", "items_failed", "requests"))
        + "</tr>" for r in s.runs) or "<tr><td colspan=10>(none)</td></tr>"
    span = f"{esc(s.first_day)} … {esc(s.last_day)}" if s.first_day else "no dates"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><style>{_STYLE}</style></head>
<body>
<h1>{esc(title)}</h1>
<p class="summary"><span>articles: <b id="n-articles">{esc(str(s.articles))}</b></span>
<span>reprints: <b id="n-reprints">{esc(str(s.reprints))}</b></span>
<span>failures: <b id="n-failures">{esc(str(s.failures))}</b></span>
<span>published: {span}</span></p>
<h2>Articles per day</h2><div class="chart" id="per-day"></div>
<h2>Articles per media</h2><div class="chart" id="per-media"></div>
<h2>Failures by reason</h2><div class="chart" id="failures"></div>
<h2>Latest runs</h2>
<table><tr><th>run</th><th>spider</th><th>status</th><th>started</th><th>finished</th><th>new</th><th>updated</th>
<th>unchanged</th><th>failed</th><th>requests</th></tr>{run_rows}</table>
<script type="application/json" id="stats-data">{payload}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
