"""Shared pieces for the fifth, blind batch: the fourth batch's ``Page`` (itself the third's and second's: blocks
rendered to markup, gold text from the same blocks), loaded from ``../../fresh_sites_b4/build/common.py``, writing
into ``fresh_sites_b5/``, plus a share bar and a live-room entry of this batch's own."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("b4common", HERE.parents[1] / "fresh_sites_b4" / "build" / "common.py")
b4 = importlib.util.module_from_spec(_spec)
sys.modules["b4common"] = b4
_spec.loader.exec_module(b4)

OUT = HERE.parent
ORIGIN = ("hand-written BLIND for benchmarks/fresh_sites_b5: invented site, markup and text (party-paper, portal "
          "channel, commentary, tech, court/police, local TV, weekly, Malaysian/Singapore, translated, live, wire, "
          "signature-block and odd-date pages)")
ad, comments, footer, hot, nav, related = b4.ad, b4.comments, b4.footer, b4.hot, b4.nav, b4.related
head_scripts, sitemap, sticky_bar = b4.head_scripts, b4.sitemap, b4.sticky_bar


class Page(b4.Page):
    """The fourth batch's page, written into this batch's folder."""

    def write(self) -> None:
        self._n = 0
        body = self.body_html()
        html = self.html.replace("{TITLE}", self.title).replace("{BODY}", body)
        (OUT / f"{self.name}.html").write_bytes(html.encode(self.encoding, "xmlcharrefreplace"))
        gold = {"file": f"{self.name}.html", "url": self.url, "title": self.title, "published_at": self.published_at,
                "authors": self.authors, "photographers": self.photographers, "editors": self.editors,
                "source": self.source, "media": self.media, "text": self.text(),
                "kind": self.kind, "label_note": self.note, "origin": ORIGIN}
        (OUT / f"{self.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def share(*nets: str) -> str:
    """A '分享到' bar."""
    return ('<div class="bdsharebuttonbox"><span>分享到：</span>'
            + "".join(f'<a class="bds_{i}" title="分享到{n}">{n}</a>' for i, n in enumerate(nets)) + "</div>")


def head(title: str, charset: str = "utf-8", extra: str = "") -> str:
    """The <head> of a page: charset, <title> with a site suffix, extra meta."""
    return f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title>{extra}</head><body>\n'
