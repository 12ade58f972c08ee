"""Control characters (issue 15): newscrawl.text.controls.strip_controls, the validate stage that applies it to
every text field, and the terminal output of ``newscrawl search`` / ``stats`` for rows stored before."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscrawl.exports.stats import Stats, render_text
from newscrawl.items import Article
from newscrawl.text.controls import strip_controls
from pipelines.normalize import ValidatePipeline, strip_text_controls

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize("raw, expected", [
    ("海门\x1b[31m红色\x1b[0m新闻", "海门红色新闻"),                          # CSI colours go whole
    ("标题\x1b]0;owned\x07正文", "标题正文"),                                 # OSC window title (BEL)
    ("\x1b]8;;http://evil.example/\x1b\\点这里\x1b]8;;\x1b\\", "点这里"),      # OSC 8 hyperlink (ST)
    ("a\x9b2Jb\x9d0;x\x9cc", "abc"),                                           # 8-bit CSI and OSC
    ("未终止\x1b]0;其余文字", "未终止0;其余文字"),                            # unterminated: the text stays
    ("a\x00b\x07c\x08d\x7fe\x85f\x1b", "abcdef"),                              # C0, DEL, C1, lone ESC
    ("重置\x1bc屏幕", "重置屏幕"),                                            # ESC c (reset) goes whole
    ("一\r\n二\r三\t四\n五", "一\n二\n三\t四\n五"),                           # tab and newline kept, CR → LF
    ("全角　空格 and ½ «»", "全角　空格 and ½ «»"),                            # nothing else changes
    ("", ""),
])
def test_strip_controls(raw: str, expected: str) -> None:
    assert strip_controls(raw) == expected


def test_strip_controls_for_one_terminal_line() -> None:
    assert strip_controls("一\t二\n三\x1b[2J", keep_newlines=False) == "一 二 三"


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_strip_controls_leaves_no_control_and_is_idempotent(s: str) -> None:
    once = strip_controls(s)
    assert not CONTROL.search(once) and strip_controls(once) == once
    assert not re.search("[\x00-\x1f\x7f-\x9f]", strip_controls(s, keep_newlines=False))


def test_validate_strips_every_text_field() -> None:
    item = Article(id="NW202112312232633030", url="http://x/\x1b", title="海门\x1b]0;owned\x07 新闻",
                   media="南通\x1b[1m日报", category="nt\x9b", tags=["南通日报\x07", "\x1b[0m", "海门"],
                   authors=["陈\x00静"], editors=["张\x7f三"], byline_raw="记者\x1b[8m 陈静\r\n编辑 张三",
                   source="南通\x85日报", raw_html="<p>正文\x1b]2;x\x07内容</p>", content_text="正\x1b文",
                   published_raw="2021-12-31\x1b[K 11:38")
    out = ValidatePipeline().process_item(item)
    assert out.title == "海门 新闻" and out.media == "南通日报" and out.category == "nt"
    assert out.tags == ["南通日报", "海门"]                  # an entry of controls only goes
    assert out.authors == ["陈静"] and out.editors == ["张三"] and out.source == "南通日报"
    assert out.byline_raw == "记者 陈静\n编辑 张三" and out.raw_html == "<p>正文内容</p>"
    assert out.content_text == "正文" and out.published_raw == "2021-12-31 11:38"
    assert out.url == "http://x/\x1b" and out.id == "NW202112312232633030"      # identity untouched


def test_strip_text_controls_leaves_clean_items_alone() -> None:
    item = Article(id="x" * 8, title="海门新闻", tags=["南通日报"], images=[{"src": "a", "caption": "b"}])
    assert strip_text_controls(item) == Article(id="x" * 8, title="海门新闻", tags=["南通日报"],
                                                images=[{"src": "a", "caption": "b"}])


def test_stats_text_prints_no_control_character() -> None:
    s = Stats(articles=1, per_day=[("2021-12-01\x1b[2J", 1)], per_media=[("南通\x1b]0;x\x07日报\n", 1)],
              failures_by_reason=[("fetch\x00", "x\x07", 1)],
              runs=[{"id": "r\x1b[1m1", "spider": "s\x9dp\x9c", "status": "ok\x85", "items_new": 1, "items_updated": 0,
                     "items_unchanged": 0, "items_failed": 0, "requests": 1}])
    text = render_text(s)
    assert not CONTROL.search(text.replace("\n", "")) and "南通日报" in text and "fetch/x" in text
    assert "  r1  s " in text and " ok " in text
