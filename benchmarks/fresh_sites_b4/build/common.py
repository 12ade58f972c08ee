"""Shared pieces for the fourth, blind batch: the third batch's ``Page`` (itself the second batch's, blocks rendered
to markup, gold text from the same blocks), loaded from ``../../fresh_sites_b3/build/common.py`` and extended with
the renderings this batch models: one ``<div>`` of ``<br>``-separated lines, ``<td>`` paragraphs of a table layout,
nested ``<font>`` runs, AMP/mobile markup, and mobile chrome (打开APP banners, sticky bottom bars)."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("b3common", HERE.parents[1] / "fresh_sites_b3" / "build" / "common.py")
b3 = importlib.util.module_from_spec(_spec)
sys.modules["b3common"] = b3
_spec.loader.exec_module(b3)

OUT = HERE.parent
ORIGIN = ("hand-written BLIND for benchmarks/fresh_sites_b4: invented site, markup and text (mobile/AMP, e-paper, "
          "finance, sports/entertainment, university/hospital, county, interview, repost pages)")
ad, comments, footer, hot, nav, related = b3.ad, b3.comments, b3.footer, b3.hot, b3.nav, b3.related
head_scripts, sitemap = b3.head_scripts, b3.sitemap


class Page(b3.Page):
    """Body styles beyond the earlier batches': br1 (one line per paragraph, single <br>, all in the template's one
    container), td (a <tr><td> per paragraph), nfont (nested <font> runs with <br><br>), amp (<p> in amp markup)."""

    def _para(self, t: str) -> str:
        b = self.body
        if b == "br1":
            return f"　　{t}<br>"
        if b == "td":
            return f'<tr><td class="content" style="line-height:24px;">　　{t}</td></tr>'
        if b == "nfont":
            return (f'<font face="宋体"><font size="3"><font color="#000000">　　{t}</font></font></font>'
                    "<br><br>")
        if b == "amp":
            return f'<p class="amp-p">{t}</p>'
        return super()._para(t)

    def write(self) -> None:
        self._n = 0
        body = self.body_html()
        html = self.html.replace("{TITLE}", self.title).replace("{BODY}", body)
        if "{BODY_JSON}" in html:
            html = html.replace("{BODY_JSON}", json.dumps(body, ensure_ascii=False)[1:-1].replace("</", "<\\/"))
        (OUT / f"{self.name}.html").write_bytes(html.encode(self.encoding, "xmlcharrefreplace"))
        gold = {"file": f"{self.name}.html", "url": self.url, "title": self.title, "published_at": self.published_at,
                "authors": self.authors, "photographers": self.photographers, "editors": self.editors,
                "source": self.source, "media": self.media, "text": self.text(),
                "kind": self.kind, "label_note": self.note, "origin": ORIGIN}
        (OUT / f"{self.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def app_banner(app: str, slogan: str) -> str:
    """The top '打开APP' banner of an app share page."""
    return (f'<div class="open-app-banner" style="position:fixed;top:0;"><img src="/static/logo-{len(app)}.png">'
            f'<div class="ob-text"><b>{app}</b><span>{slogan}</span></div><a class="ob-btn" href="{app}://open">打开APP</a></div>')


def sticky_bar(*buttons: str) -> str:
    """A sticky bottom bar of a mobile page."""
    return ('<div class="bottom-bar" style="position:fixed;bottom:0;">'
            + "".join(f'<a class="bb-{i}">{b}</a>' for i, b in enumerate(buttons)) + "</div>")


def mfeed(items: list[tuple[str, str, str]], head: str = "相关推荐") -> str:
    """A mobile feed list: (title, account, time) per item."""
    lis = "".join(f'<li class="feed-item"><a href="/i/{i}"><h4>{t}</h4><p><span>{a}</span> <span>{d}</span></p></a></li>'
                  for i, (t, a, d) in enumerate(items, 101))
    return f'<div class="m-feed"><h3>{head}</h3><ul>{lis}</ul></div>'
