"""Shared pieces for the hand-written fresh-site pages: page record, chrome (nav, related lists, footers)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parents[1]


@dataclass
class Page:
    name: str
    url: str
    title: str
    published_at: str | None
    authors: list[str]
    paras: list[str]
    html: str                      # template with {TITLE} and {BODY}
    body: str = "p"                # how paragraphs are marked up: p, pi (indented p), br, div, wx (WeChat sections)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    media: str | None = None
    note: str | None = None
    encoding: str = "utf-8"
    kind: str = ""

    def body_html(self) -> str:
        if self.body == "p":
            return "\n".join(f"<p>{p}</p>" for p in self.paras)
        if self.body == "pi":
            return "\n".join(f'<p style="text-indent: 2em;">{p}</p>' for p in self.paras)
        if self.body == "br":
            return "<br>\n".join("　　" + p for p in self.paras) + "<br>"
        if self.body == "div":
            return "\n".join(f"<div>{p}</div>" for p in self.paras)
        if self.body == "wx":
            return "\n".join(f'<section style="margin-bottom:16px;"><span style="font-size:15px;letter-spacing:1px;">{p}</span></section>'
                             for p in self.paras)
        raise ValueError(self.body)

    def write(self) -> None:
        html = self.html.replace("{TITLE}", self.title).replace("{BODY}", self.body_html())
        (OUT / f"{self.name}.html").write_bytes(html.encode(self.encoding, "xmlcharrefreplace"))
        gold = {"file": f"{self.name}.html", "url": self.url, "title": self.title, "published_at": self.published_at,
                "authors": self.authors, "photographers": self.photographers, "editors": self.editors,
                "source": self.source, "media": self.media, "text": "\n".join(self.paras),
                "kind": self.kind, "label_note": self.note,
                "origin": "hand-written for benchmarks/fresh_sites (issue 14): markup modelled on the site's template, text invented"}
        (OUT / f"{self.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def related(items: list[tuple[str, str]], cls: str = "related", head: str = "相关新闻") -> str:
    """A related-articles list with each item's date (a classic date trap)."""
    lis = "\n".join(f'<li><a href="/n/{i}.html" target="_blank">{t}</a><span class="date">{d}</span></li>'
                    for i, (t, d) in enumerate(items, 1))
    return f'<div class="{cls}"><h3>{head}</h3><ul>\n{lis}\n</ul></div>'


def nav(items: list[str], cls: str = "nav") -> str:
    return f'<div class="{cls}"><ul>' + "".join(f'<li><a href="/{i}/">{t}</a></li>' for i, t in enumerate(items)) + "</ul></div>"


def hot(items: list[str], head: str = "热点排行") -> str:
    return (f'<div class="hot-list"><h3>{head}</h3><ol>'
            + "".join(f'<li><em>{i}</em><a href="/hot/{i}.shtml">{t}</a></li>' for i, t in enumerate(items, 1)) + "</ol></div>")


def icp_footer(company: str, icp: str, years: str, extra: str = "") -> str:
    return (f'<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | '
            f'<a href="/law/">法律声明</a> | <a href="/jobs/">招聘信息</a></p>'
            f'<p>Copyright © {years} {company} 版权所有</p><p><a href="https://beian.miit.gov.cn/">{icp}</a> {extra}</p>'
            '<p>违法和不良信息举报电话：12377 举报邮箱：jubao@example.cn</p></div>')
