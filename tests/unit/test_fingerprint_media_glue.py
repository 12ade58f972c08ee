"""Small pure pieces: fingerprints, media slugs, and how byline removal maps back onto blocks."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.text.cleaning import Block
from newscrawl.text.fingerprint import content_hash, hamming, simhash
from newscrawl.text.media import default_tags, media_slug
from pipelines.normalize import apply_removal
from tests.unit.simhash_reference import reference_simhash


def test_content_hash_ignores_whitespace() -> None:
    assert content_hash("海门 新闻\n第二段") == content_hash("海门新闻第二段")
    assert content_hash("海门新闻") != content_hash("海门新闻。")


def test_simhash_near_duplicates_are_close() -> None:
    a = "海门区召开区委常委会会议，传达学习省第十四次党代会精神。会上，海门区委书记要求全面对标对表。"
    b = a + "（南通日报）"
    c = "北向资金净流入达30亿元，沪股通净流入12亿元，深股通净流入18亿元。"
    assert hamming(simhash(a), simhash(b)) <= 10 < hamming(simhash(a), simhash(c))
    assert simhash("") == "" and len(simhash("字")) == 16


@pytest.mark.parametrize("media, slug", [("南通日报", "nantongribao"), ("扬子晚报", "yangziwanbao"),
                                         ("新华日报", "xinhuaribao"), ("", None), (None, None), ("CCTV-13", "cctv13")])
def test_media_slug(media, slug) -> None:
    assert media_slug(media) == slug


def test_default_tags() -> None:
    assert default_tags("南通日报", "nantongribao") == ["南通日报新闻"]
    assert default_tags("东方财富网", "emnews") == ["东财滚动新闻"]
    assert default_tags(None, None) == []


def test_apply_removal_keeps_images_and_rewrites_a_shortened_tail() -> None:
    blocks = [Block("<p>文：张三</p>", "文：张三", []), Block('<p><img src="a.jpg"></p>', "", [{"src": "a.jpg", "caption": ""}]),
              Block("<p>正文<b>一</b></p>", "正文一", []), Block("<p>结尾。（证券时报）</p>", "结尾。（证券时报）", [])]
    out = apply_removal(blocks, ["正文一", "结尾。"])
    assert [b.html for b in out] == ['<p><img src="a.jpg"></p>', "<p>正文<b>一</b></p>", "<p>结尾。</p>"]



@pytest.mark.parametrize("text, expected", [   # values stored in existing databases: must never change
    ("海门区召开区委常委会会议，传达学习省第十四次党代会精神。", "1ec68d3cda3c7a63"),
    ("字", "fae5700fbc34dea5"),
    ("ab", "0e52b5f187de1088"),
    ("Faraday Future 发布交付计划 2021", "f293bfd34051920c"),
])
def test_simhash_pinned_values(text: str, expected: str) -> None:
    assert simhash(text) == expected == reference_simhash(text)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=60))
@settings(max_examples=300, deadline=None)
def test_simhash_matches_the_bit_by_bit_definition(text: str) -> None:
    assert simhash(text) == reference_simhash(text)
