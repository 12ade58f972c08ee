"""Body confidence and the fallback extractor (issue 14: "Give every field a confidence …")."""
from __future__ import annotations

import sys

import pytest

from newscrawl.pages import PageError, generic
from newscrawl.pages.generic import extract, provenance
from newscrawl.pages.generic.fallback import (
    LOW_CONFIDENCE,
    body_confidence,
    footer_share,
    text_plausibility,
)

PARA = "记者走访了城区的几家菜市场，摊主们说，最近蔬菜的价格比上个月略有下降，居民买菜的积极性也高了不少。"
ARTICLE = f"<html><body><h1>菜价回落</h1><div class='content'><p>{PARA}</p><p>{PARA}</p></div></body></html>"
FOOTER = ("违法和不良信息举报电话：010-00000000 客服电话：010-00000001 本站郑重声明：所载文章、数据仅供参考，"
          "投资有风险，选择需谨慎。Copyright©示例网 版权所有 复制必究")
# one comma in 240 characters: too little punctuation for prose, so the confidence is low
THIN = "<html><body><div><p>" + "数据" * 60 + "，" + "行情" * 60 + "</p></div></body></html>"


def test_plausibility_of_prose_footer_and_unpunctuated_text():
    assert text_plausibility(PARA * 3) == 1.0
    assert footer_share(FOOTER) == 1.0 and text_plausibility(FOOTER) == 0.0
    assert text_plausibility("数据" * 100 + "，") < LOW_CONFIDENCE
    assert text_plausibility("") == 0.0


def test_confidence_falls_with_links_small_share_and_distance_from_the_headline():
    base = body_confidence(PARA * 3, 0.0, 0.8, 3)
    assert base == 1.0
    assert body_confidence(PARA * 3, 0.6, 0.8, 3) < base
    assert body_confidence(PARA * 3, 0.0, 0.05, 3) < base
    assert body_confidence(PARA * 3, 0.0, 0.8, 40) < base


def test_output_says_how_the_body_was_found():
    r = extract(ARTICLE)
    assert r["body_from"] == "ours" and r["body_confidence"] == 1.0 and r["body_fallback"] is None
    assert r["confidence"] == {"body": 1.0, "authors": 0.5, "published_at": 0.0}
    assert {"body_from", "body_confidence", "body_fallback", "confidence"} <= set(provenance(r))
    r = extract(ARTICLE, "https://news.example.cn/a/1.html", rules={"news.example.cn": {"body": ".content"}})
    assert r["body_from"] == "rule" and r["body_confidence"] == 1.0


def test_a_footer_never_beats_a_short_article():
    html = f"""<html><body><h1>交通网络建设取得进展</h1><div class="art"><p>{PARA}</p></div>
      <div class="txt" id="copy">{FOOTER}</div></body></html>"""
    assert extract(html)["content_text"] == PARA


def test_low_confidence_asks_the_fallback_and_keeps_ours_when_it_is_no_better(monkeypatch):
    monkeypatch.setattr(generic, "fallback_body", lambda html, url: ("<p>" + "行情" * 50 + "</p>", "fallback:x"))
    r = extract(THIN)
    assert r["body_from"] == "ours" and r["body_confidence"] < LOW_CONFIDENCE and r["body_fallback"] == "rejected"


def test_low_confidence_takes_the_fallback_when_it_reads_like_an_article(monkeypatch):
    monkeypatch.setattr(generic, "fallback_body", lambda html, url: (f"<p>{PARA}</p><p>{PARA}</p>", "fallback:x"))
    r = extract(THIN)
    assert r["body_from"] == "fallback:x" and r["body_fallback"] == "used"
    assert r["content_text"] == f"{PARA}\n{PARA}" and r["body_confidence"] == 1.0


def test_no_block_at_all_is_rescued_by_the_fallback(monkeypatch):
    html = "<html><body><div>" + "".join(f"<span>{c}</span>" for c in PARA) + "</div></body></html>"
    monkeypatch.setattr(generic, "fallback_body", lambda html, url: (f"<p>{PARA}</p>", "fallback:x"))
    assert extract(html)["content_text"] == PARA


def test_a_list_of_headlines_stays_no_article_body_whatever_the_fallback_says():
    items = "".join(f'<li><a href="/a/{i}.html">新闻标题第{i}条，很长很长的标题</a></li>' for i in range(60))
    with pytest.raises(PageError) as exc:
        extract(f"<html><body><ul>{items}</ul></body></html>")
    assert exc.value.reason == "no_article_body"


def test_extraction_works_without_the_fallback_library(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura raises ImportError
    r = extract(THIN)
    assert r["body_from"] == "ours" and r["body_fallback"] == "unavailable"
    assert extract(ARTICLE)["body_fallback"] is None


def test_the_real_fallback_runs_on_a_page_we_cannot_read():
    pytest.importorskip("trafilatura")
    r = extract(THIN)
    assert r["body_fallback"] in ("used", "rejected", "no result")
