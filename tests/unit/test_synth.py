"""The synthetic news generator: determinism, ground truth, and the prototype's post layout."""
from __future__ import annotations

import hashlib
import html
import itertools
import re
import time
import tracemalloc
import types
from collections import Counter
from pathlib import Path

import pytest
from pypinyin import lazy_pinyin

from newscrawl.replica.synth import (
    MEDIA,
    SURNAMES,
    SyntheticArticle,
    generate_articles,
    post_filename,
    render_post,
    write_archive,
)

# The whole shape of a post, as in the seed post 2021-12-31-NW202112312232633030.md.
POST_RE = re.compile(
    r"\A---\n"
    r"layout: post\n"
    r'title: "(?P<title>(?:[^"\\\n]|\\.)*)"\n'
    r"date: (?P<date>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \+0800\n"
    r"categories: (?P<slug>[a-z]+)\n"
    r"tags: (?P<media>\S+)新闻\n"
    r"---\n"
    r"(?P<body><p.*</p>)\n"
    r"\n"
    r"<http://finews\.zning\.xyz/html_News/NewsShare\.html\?infoCode=(?P<code>NW\d{18})>\n"
    r"\n"
    r"\[返回(?P=media)新闻\]\(//finews\.withounder\.com/category/(?P=slug)\.html\)"
    r"｜\[返回首页\]\(//finews\.withounder\.com/\)\Z",
    re.DOTALL,
)
FRONT_KEYS = ["layout", "title", "date", "categories", "tags"]
TAG = re.compile(r"<[^>]+>")


def page_text(body_html: str) -> str:
    """What a reader sees: tags dropped, entities decoded."""
    return html.unescape(TAG.sub("", body_html))


def front_keys(post: str) -> list[str]:
    head = post.split("---\n", 2)[1]
    return [line.split(":", 1)[0] for line in head.splitlines()]


@pytest.fixture(scope="module")
def sample() -> list[SyntheticArticle]:
    return list(generate_articles(2000, seed=7))


def test_same_seed_same_articles():
    a = [render_post(x) for x in generate_articles(300, seed=3)]
    b = [render_post(x) for x in generate_articles(300, seed=3)]
    assert a == b
    assert list(generate_articles(50, seed=3)) == list(generate_articles(50, seed=3))


def test_different_seed_different_articles():
    a = [render_post(x) for x in generate_articles(50, seed=1)]
    b = [render_post(x) for x in generate_articles(50, seed=2)]
    assert not set(a) & set(b)


def test_shorter_run_is_a_prefix_except_its_tail():
    short = list(generate_articles(200, seed=5))
    long = list(generate_articles(1000, seed=5))
    # reprints whose original would fall past the end are emitted as plain articles: only the last
    # REPRINT_MAX_GAP posts of a run may differ
    assert short[:170] == long[:170]


def test_info_codes_unique_and_well_formed(sample):
    codes = [a.info_code for a in sample]
    assert len(set(codes)) == len(codes) == 2000
    for a in sample:
        assert re.fullmatch(r"NW\d{18}", a.info_code)
        assert a.info_code[2:10] == a.published[:10].replace("-", "")


def test_published_newest_first_before_start(sample):
    times = [a.published for a in sample]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", t) for t in times)
    assert times == sorted(times, reverse=True)
    assert len(set(times)) == len(times)
    assert times[0] < "2021-12-31 12:00:00"
    assert len({t[:10] for t in times}) >= 5  # spread over days
    later = next(generate_articles(1, start="2022-06-01 08:00:00"))
    assert later.published < "2022-06-01 08:00:00" and later.published > "2022-05-31"


def test_media_and_slugs(sample):
    assert len(MEDIA) >= 5
    seen = Counter(a.media for a in sample)
    assert set(seen) == set(MEDIA)
    for a in sample:
        assert a.media_slug == "".join(lazy_pinyin(a.media))
    assert {a.media: a.media_slug for a in sample}["南通日报"] == "nantongribao"


def test_render_post_layout_matches_seed_post(seed_post: Path, sample):
    seed = seed_post.read_text(encoding="utf-8")
    m = POST_RE.match(seed)
    assert m, "the layout regex no longer describes the seed post"
    assert front_keys(seed) == FRONT_KEYS
    assert '</p><p class="em_media">（文章来源：' in m["body"]
    for a in sample[:300]:
        post = render_post(a)
        m = POST_RE.match(post)
        assert m, post[-400:]
        assert front_keys(post) == FRONT_KEYS
        assert m["date"] == a.published
        assert m["slug"] == a.media_slug and m["media"] == a.media and m["code"] == a.info_code
        assert m["body"] == a.body_html
        lines = post.split("\n")
        assert lines[-3] == f"<http://finews.zning.xyz/html_News/NewsShare.html?infoCode={a.info_code}>"
        assert "｜" in lines[-1] and lines[-2] == "" and lines[-4] == ""


def test_title_is_yaml_double_quoted(sample):
    curly = [a for a in sample if "“" in a.title]
    ascii_ = [a for a in sample if '"' in a.title]
    assert curly and ascii_
    for a in ascii_[:20]:
        title_line = render_post(a).split("\n")[2]
        assert title_line.startswith('title: "') and title_line.endswith('"')
        inner = title_line[len('title: "'):-1]
        assert inner.replace('\\"', '"') == a.title
        assert not re.search(r'(?<!\\)"', inner)
    odd = SyntheticArticle(
        info_code="NW202112310000000001", title='a\\b "c"', published="2021-12-31 10:00:00",
        media="南通日报", media_slug="nantongribao", body_html="<p>x</p>", authors=[], photographers=[],
        editors=[], organisations=[], source=None, paragraphs=["x"], images=[],
    )
    assert render_post(odd).split("\n")[2] == 'title: "a\\\\b \\"c\\""'


def test_post_filename(sample):
    for a in sample[:50]:
        assert post_filename(a) == f"{a.published[:10]}-{a.info_code}.md"


def test_paragraphs_are_ground_truth(sample):
    for a in sample:
        text = page_text(a.body_html)
        assert 3 <= len(a.paragraphs) <= 12
        for p in a.paragraphs:
            assert 40 <= len(p) <= 200, p
            assert p in text
            assert p.strip() == p and "<" not in p
            assert re.search(r"[，。：、“”]", p)
        for line in a.byline_raw:
            assert all(line not in p for p in a.paragraphs), line


def test_people_appear_in_body(sample):
    for a in sample:
        text = page_text(a.body_html)
        for name in a.authors + a.photographers + a.editors + a.organisations:
            assert name in a.body_html and name in text
        for raw in a.byline_raw:
            assert raw in text, raw
        for name in a.authors + a.photographers + a.editors:
            assert 2 <= len(name) <= 3
            assert name[0] in SURNAMES or name[:2] in ("欧阳", "上官", "诸葛", "司徒", "慕容")


def test_run_together_names_split_by_surname(sample):
    """文：陈静黄天玲-style bylines are solvable: given names never contain a listed surname."""
    wen = [a for a in sample if any(r.startswith("文：") for r in a.byline_raw)]
    assert wen
    multi = 0
    for a in wen:
        raw = next(r for r in a.byline_raw if r.startswith("文："))
        joined = "".join(n for n in a.authors)
        assert raw.endswith(joined)
        multi += len(a.authors) > 1
        for name in a.authors:
            assert not any(ch in SURNAMES for ch in name[1:]) or name[:2] in ("欧阳", "上官", "诸葛", "司徒", "慕容")
    assert multi > 20


def test_byline_styles_and_markup_variety(sample):
    raws = [r for a in sample for r in a.byline_raw]
    bodies = [a.body_html for a in sample]
    assert any(r.startswith("文：") for r in raws)
    assert any(re.match(r"记者\s\S+.*通讯员\s", r) for r in raws)
    assert any(r.startswith(("本报记者", "□本报记者")) for r in raws)
    assert any(r.startswith("摄影/") for r in raws)
    assert any(r.startswith("图：") and a.organisations for a in sample for r in a.byline_raw)
    assert any(r.startswith("编辑") for r in raws) and any(r.startswith("责任编辑：") for r in raws)
    assert any("本报讯（记者" in b for b in bodies)
    assert any(not a.byline_raw for a in sample)
    assert any(a.images for a in sample) and any(not a.images for a in sample)
    assert any('class="keytip"' in b and 'id="quote_' in b for b in bodies)
    assert any('class="em_stock_key_common"' in b for b in bodies)
    assert any("<!-- EM_StockImg_Start -->" in b and "<!-- EM_StockImg_End -->" in b for b in bodies)
    assert any('<p style="display:none;' in b for b in bodies)
    assert any("\u3000\u3000" in b for b in bodies) and any("&nbsp;" in b for b in bodies)
    assert any("<center><img" in b for b in bodies)
    with_source = [a for a in sample if a.source]
    assert 0.7 < len(with_source) / len(sample) < 1
    for a in sample:
        if a.source:
            assert a.body_html.endswith(f'<p class="em_media">（文章来源：{a.source}）</p>')
        else:
            assert "em_media" not in a.body_html


def test_images_and_captions(sample):
    for a in sample:
        assert len(a.images) == len(a.captions)
        for src, caption in zip(a.images, a.captions):
            assert f'src="{src}"' in a.body_html
            assert caption in page_text(a.body_html)
            assert caption not in a.paragraphs


def test_reprints(sample):
    by_code = {a.info_code: a for a in sample}
    reprints = [a for a in sample if a.reprint_of]
    assert len(reprints) >= 20
    for r in reprints:
        original = by_code[r.reprint_of]
        assert original.published < r.published
        assert original.media != r.media and r.source == original.media
        assert original.paragraphs == r.paragraphs and original.authors == r.authors
        strip = re.compile(r'<p class="em_media">.*?</p>\Z')
        assert strip.sub("", original.body_html) == strip.sub("", r.body_html)
        assert original.reprint_of is None


def test_write_archive_is_deterministic(tmp_path):
    start = time.perf_counter()
    assert write_archive(tmp_path / "a" / "_posts", 2000, seed=11) == 2000
    elapsed = time.perf_counter() - start
    files = sorted((tmp_path / "a" / "_posts").iterdir())
    assert len(files) == 2000
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d-NW\d{18}\.md", f.name) for f in files)
    write_archive(tmp_path / "b", 2000, seed=11)

    def digest(folder: Path) -> str:
        h = hashlib.sha256()
        for f in sorted(folder.iterdir()):
            h.update(f.name.encode() + b"\0" + f.read_bytes())
        return h.hexdigest()

    assert digest(tmp_path / "a" / "_posts") == digest(tmp_path / "b")
    sample_file = files[len(files) // 2]
    assert POST_RE.match(sample_file.read_text(encoding="utf-8"))
    assert not sample_file.read_bytes().endswith(b"\n")  # like the seed post
    assert elapsed < 60  # informative only; the goal is a few seconds


def test_generation_streams():
    it = generate_articles(100_000, seed=0)
    assert isinstance(it, types.GeneratorType)
    start = time.perf_counter()
    first = list(itertools.islice(it, 20))
    assert len(first) == 20 and time.perf_counter() - start < 5  # nothing is built up front

    tracemalloc.start()
    try:
        for _ in itertools.islice(it, 1000):
            pass
        _, _peak_early = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        for _ in itertools.islice(it, 3000):
            pass
        current, peak_late = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # bounded caches and look-ahead only: memory does not grow with the number of articles
    assert peak_late < 20_000_000
    assert current < 20_000_000
