"""Hidden parts of a page (issue 14, class 1): a container hidden by ``visibility:hidden`` and revealed by a
script (WeChat 公众号's ``#js_content``) is the body; hidden menus, popups and ``display:none`` copies go."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.body import revealed_article

PAGES = Path(__file__).parent / "body_pages"
PARA = "记者走访了城区的几家菜市场，摊主们说，最近蔬菜的价格比上个月略有下降，居民买菜的积极性也高了不少。"


def _el(html: str) -> etree._Element:
    return etree.fromstring(html, etree.HTMLParser()).find(".//div")


def test_wechat_like_page_body_hidden_until_a_script_runs():
    r = extract((PAGES / "wechat_like.html").read_text(encoding="utf-8"), "https://mp.weixin.qq.com/s/abc",
                rules={})  # the generic step, without WeChat's site rule
    text = r["content_text"]
    assert text.startswith("傍晚六点") and text.endswith("志愿者会把地面打扫干净。")
    assert "轻点两下" not in text and "扫一扫" not in text and "首页" not in text
    assert r["body_from"] == "ours" and r["body_confidence"] >= 0.9 and r["body_fallback"] is None


def test_revealed_article_needs_prose_not_links_or_a_popup():
    assert revealed_article(_el(f"<div style='visibility:hidden'><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div>"))
    assert not revealed_article(_el('<div style="visibility:hidden"><p>轻点两下取消赞</p></div>'))
    links = "".join(f'<a href="/{i}">栏目名称第{i}个，很长很长很长</a>' for i in range(20))
    assert not revealed_article(_el(f'<div style="visibility:hidden">{links}</div>'))
    # characters without punctuation: a word cloud, a ticker
    assert not revealed_article(_el('<div style="visibility:hidden">' + "上证指数深证成指创业板指" * 12 + "</div>"))


def test_display_none_copy_and_hidden_menu_are_dropped():
    html = f"""<html><body><h1>菜价回落</h1>
      <div class="article"><p>{PARA}</p><p>{PARA[::-1]}</p></div>
      <div id="print-copy" style="display: none"><p>{PARA}</p><p>{PARA[::-1]}</p><p>打印版多出的一段文字，不应出现。</p></div>
      <div class="pop" style="visibility: hidden"><p>登录后可以收藏，是否现在登录？</p></div>
    </body></html>"""
    text = extract(html)["content_text"]
    assert text.count(PARA) == 1 and "打印版" not in text and "登录" not in text


def test_hidden_article_beside_a_visible_sidebar_wins():
    sidebar = "".join(f'<li><a href="/n/{i}">第{i}条推荐新闻的标题文字</a></li>' for i in range(15))
    html = f"""<html><body><div class="side"><ul>{sidebar}</ul><p>本站简介：这里是一段介绍。</p></div>
      <div id="js_content" style="visibility: hidden; opacity: 0"><p>{PARA}</p><p>{PARA[::-1]}</p><p>{PARA}</p></div>
    </body></html>"""
    r = extract(html)
    assert r["content_text"].startswith(PARA) and "推荐新闻" not in r["content_text"]
