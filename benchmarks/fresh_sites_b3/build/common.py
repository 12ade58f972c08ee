"""Shared pieces for the third, blind batch: the second batch's ``Page`` (blocks rendered to markup, gold text from
the same blocks), reused and extended with the markup of rendered, script-heavy pages: span runs, &nbsp; and
full-width indents, mixed containers, a body serialised into a script (``{BODY_JSON}``), and big link chrome."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("b2common", HERE.parents[1] / "fresh_sites_b2" / "build" / "common.py")
b2 = importlib.util.module_from_spec(_spec)
sys.modules["b2common"] = b2
_spec.loader.exec_module(b2)

OUT = HERE.parent
ORIGIN = "hand-written BLIND for benchmarks/fresh_sites_b3: invented site, markup and text (rendered, script-heavy pages)"
ad, comments, footer, hot, nav, related = b2.ad, b2.comments, b2.footer, b2.hot, b2.nav, b2.related


class Page(b2.Page):
    """Body styles beyond the second batch's: span (span runs in divs), nbsp (&nbsp; indents in divs), mix (p, div,
    span+br cycling), sec (nested section/span, with &nbsp;), json (plain <p> for a script's HTML string)."""

    def _para(self, t: str) -> str:
        b = self.body
        self._n = getattr(self, "_n", 0) + 1
        if b == "span":
            return f'<div class="txt-p"><span style="font-size:16px;line-height:1.8;">　　{t}</span></div>'
        if b == "nbsp":
            return f'<div style="text-indent:0;">&nbsp;&nbsp;&nbsp;&nbsp;{t}</div>'
        if b == "mix":
            k = self._n % 3
            if k == 1:
                return f'<p style="text-indent:2em;"><span>{t}</span></p>'
            if k == 2:
                return f'<div class="pgc-p">&nbsp;{t}</div>'
            return f'<span class="s1">　　{t}</span><br/><br/>'
        if b == "sec":
            return (f'<section data-role="paragraph"><section style="padding:0 8px;"><span style="color:#3f3f3f;">'
                    f'&nbsp;{t}</span></section></section>')
        if b == "json":
            return f"<p>{t}</p>"
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


CHANNELS = ["要闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育", "健康", "文旅", "法治",
            "评论", "视频", "图片", "专题", "政务", "时尚", "游戏"]
SUBS = ["动态", "深度", "观察", "快讯", "访谈", "图说"]


def sitemap(brand: str, trad: bool = False) -> str:
    """A footer site map of 120 links (20 channels x 6 sub-channels)."""
    subs = ["動態", "深度", "觀察", "快訊", "訪談", "圖說"] if trad else SUBS
    cols = []
    for i, c in enumerate(CHANNELS):
        links = "".join(f'<a href="/{i}/{j}/">{c}{s}</a>' for j, s in enumerate(subs))
        cols.append(f'<dl><dt><a href="/{i}/">{c}</a></dt><dd>{links}</dd></dl>')
    return f'<div class="sitemap" data-brand="{brand}">' + "".join(cols) + "</div>"


def head_scripts(site: str, extra: str = "") -> str:
    """A head full of scripts and JSON config, as a rendered portal page has."""
    cfg = {"site": site, "env": "prod", "abtest": {"feed": "b", "comment": "a"}, "cdn": f"https://static.{site}/",
           "ad": {"slots": [101, 102, 103], "lazy": True}, "tracker": {"id": "UA-771203-1", "sample": 0.2}}
    return ('<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<link rel="stylesheet" href="https://static.{site}/css/main.8c1f2e.css">'
            f'<script>window.__SITE_CONFIG__={json.dumps(cfg, ensure_ascii=False)};</script>'
            '<script>!function(){var e=document.createElement("script");e.async=1;e.src="https://hm.example-stat.cn/hm.js?9f1e";'
            'var t=document.getElementsByTagName("script")[0];t.parentNode.insertBefore(e,t)}();</script>'
            f'<script src="https://static.{site}/js/vendor.3a9b.js" defer></script>'
            f'<script src="https://static.{site}/js/app.77e2.js" defer></script>{extra}')
