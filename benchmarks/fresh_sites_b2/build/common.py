"""Shared pieces for the second, blind batch of hand-written pages: a page made of blocks (paragraphs, subheadings,
captions, pull quotes, ads, video boxes) rendered in several markup styles, and page chrome."""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parents[1]
ORIGIN = "hand-written BLIND for benchmarks/fresh_sites_b2 (issue 14): invented site, markup and text"

# A block is a str (a paragraph) or a tuple: ("h", subheading), ("cap", caption), ("quote", pull quote),
# ("img", src) / ("video", label) / ("ad", html) / ("skip", html): markup only, not in the gold text;
# ("raw", html, text): markup whose text is `text` in the gold ("" for none).


@dataclass
class Page:
    name: str
    url: str
    title: str
    published_at: str | None
    authors: list[str]
    blocks: list
    html: str                      # template with {TITLE} and {BODY}
    body: str = "p"                # p, pi, br, font, div, wx, open (unclosed <p>)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    media: str | None = None
    note: str | None = None
    encoding: str = "utf-8"
    kind: str = ""

    def _para(self, t: str) -> str:
        b = self.body
        if b == "p":
            return f"<p>{t}</p>"
        if b == "pi":
            return f'<p style="text-indent:2em;">{t}</p>'
        if b == "br":
            return f"　　{t}<br><br>"
        if b == "font":
            return f'<font size="3" face="宋体">　　{t}</font><br>'
        if b == "div":
            return f"<div>{t}</div>"
        if b == "wx":
            return f'<section style="margin-bottom:16px;"><span style="font-size:15px;">{t}</span></section>'
        if b == "open":
            return f"<p>　　{t}"
        raise ValueError(b)

    def body_html(self) -> str:
        out = []
        for blk in self.blocks:
            if isinstance(blk, str):
                out.append(self._para(blk))
                continue
            k = blk[0]
            if k == "h":
                out.append(f"<p><strong>{blk[1]}</strong></p>" if self.body not in ("br", "font")
                           else f"<b>{blk[1]}</b><br><br>")
            elif k == "cap":
                out.append(f'<p align="center" class="pictext">{blk[1]}</p>' if self.body not in ("br", "font")
                           else f'<div align="center"><font color="#333399">{blk[1]}</font></div>')
            elif k == "quote":
                out.append(f'<blockquote class="pullquote"><p>{blk[1]}</p></blockquote>')
            elif k == "img":
                out.append(f'<p align="center"><img src="{blk[1]}" border="0" width="600"></p>')
            elif k == "video":
                out.append(f'<div class="video-box" data-vid="v{zlib.crc32(blk[1].encode()) % 99999}"><video src="/v/{blk[1]}.mp4" '
                           f'controls poster="/v/{blk[1]}.jpg"></video><div class="video-tip">您的浏览器不支持视频播放，'
                           f'请升级浏览器</div><span class="vtitle">视频：{blk[1]}</span></div>')
            elif k in ("ad", "skip") or k == "raw":
                out.append(blk[1])
            else:
                raise ValueError(k)
        return "\n".join(out)

    def text(self) -> str:
        lines = []
        for blk in self.blocks:
            if isinstance(blk, str):
                lines.append(blk)
            elif blk[0] in ("h", "cap", "quote"):
                lines.append(blk[1])
            elif blk[0] == "raw" and blk[2]:
                lines.append(blk[2])
        return "\n".join(lines)

    def write(self) -> None:
        html = self.html.replace("{TITLE}", self.title).replace("{BODY}", self.body_html())
        (OUT / f"{self.name}.html").write_bytes(html.encode(self.encoding, "xmlcharrefreplace"))
        gold = {"file": f"{self.name}.html", "url": self.url, "title": self.title, "published_at": self.published_at,
                "authors": self.authors, "photographers": self.photographers, "editors": self.editors,
                "source": self.source, "media": self.media, "text": self.text(),
                "kind": self.kind, "label_note": self.note, "origin": ORIGIN}
        (OUT / f"{self.name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def ad(n: int) -> str:
    return (f'<div class="ad-box" id="ad_{n}"><script>var ad_slot_{n}="{n}";</script>'
            f'<a href="https://ad.example-adnet.cn/c?s={n}" target="_blank"><img src="/ad/{n}.gif"></a><span>广告</span></div>')


def related(items: list[tuple[str, str]], head: str = "相关新闻", cls: str = "related") -> str:
    """Related items: (title, trailer) where the trailer carries a date and maybe a byline."""
    lis = "\n".join(f'<li><a href="/a/{i}.html">{t}</a> <span>{d}</span></li>' for i, (t, d) in enumerate(items, 1))
    return f'<div class="{cls}"><h3>{head}</h3><ul>\n{lis}\n</ul></div>'


def hot(items: list[str], head: str = "热门排行") -> str:
    return (f'<div class="hot"><h3>{head}</h3><ol>'
            + "".join(f'<li><i>{i}</i><a href="/h/{i}.html">{t}</a></li>' for i, t in enumerate(items, 1)) + "</ol></div>")


def comments(items: list[tuple[str, str, str]], count: int = 0) -> str:
    """A comment section: (user, time, text)."""
    lis = "\n".join(f'<div class="cmt"><span class="uname">{u}</span> <span class="ctime">{t}</span><p>{x}</p>'
                    f'<a class="zan">赞({(i * 7) % 31})</a> <a class="reply">回复</a></div>' for i, (u, t, x) in enumerate(items, 1))
    return f'<div class="comment-area"><h3>网友评论（{count or len(items)}）</h3>{lis}<a class="more">查看更多评论&gt;&gt;</a></div>'


def nav(items: list[str]) -> str:
    return '<div class="nav"><ul>' + "".join(f'<li><a href="/c{i}/">{t}</a></li>' for i, t in enumerate(items)) + "</ul></div>"


def footer(company: str, icp: str, years: str, extra: str = "") -> str:
    return (f'<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a> | <a href="/law/">版权声明</a> | '
            f'<a href="/contact/">联系我们</a></p><p>Copyright © {years} {company} All Rights Reserved 版权所有</p>'
            f'<p>{icp} {extra}</p></div>')
