"""The replica keeps an index of its posts, not the posts (issue 17): same answers, bounded cache."""
from __future__ import annotations

import json
from pathlib import Path

from newscrawl.replica.archive import IndexEntry, PostCache, index_archive, load_archive, post_files
from newscrawl.replica.server import Replica
from newscrawl.replica.synth import write_archive


def _paths(rep: Replica) -> list[str]:
    paths = ["/", "/NewsData/GetNewsText.do?id=NWnope"]
    for api in ("/information/newmarket/web/webapi?marketType=37", "/information/newmarket/web/webapi?marketType=39",
                "/web/webapi?type=45", "/web/webapi?type=102"):
        paths += [f"{api}&count=7&pageindex={page}" for page in (1, 2, 3)]
    for e in rep.entries:
        paths += [f"/NewsData/GetNewsText.do?id={e.code}", f"/html_News/NewsShare.html?infoCode={e.code}"]
        paths += [e.site_path] if e.site_path else []
    return paths + [f"/category/{c}.html" for c in sorted({c for e in rep.entries for c in e.categories})]


def test_index_is_load_archive_without_the_posts(finews_posts: Path) -> None:
    full, index = load_archive(finews_posts), index_archive(finews_posts)
    assert [(e.code, e.path, e.showtime, e.market_type, e.site_path, e.post.categories) for e in full] == [
        (e.code, finews_posts / e.rel, e.showtime, e.market_type, e.site_path, list(e.categories)) for e in index]
    assert not hasattr(index[0], "post") and not hasattr(index[0], "__dict__")


def test_articles_are_the_posts_read_from_their_files(finews_posts: Path) -> None:
    rep = Replica(finews_posts)
    for e in load_archive(finews_posts):
        status, _, body = rep.respond(f"/NewsData/GetNewsText.do?id={e.code}")
        data = json.loads(body)
        assert status == 200 and (data["title"], data["text"]) == (e.post.title or "", e.post.body_html)
    assert rep.posts.reads == len(rep.entries)          # each post parsed once


def test_a_tiny_cache_gives_the_same_bytes(tmp_path: Path) -> None:
    write_archive(tmp_path, 40, seed=3)
    default, tiny = Replica(tmp_path, share_html=True), Replica(tmp_path, share_html=True)
    tiny.posts = PostCache(tmp_path, size=1)
    for path in _paths(default):
        assert default.respond(path) == tiny.respond(path), path
    assert len(tiny.posts._posts) == 1 and tiny.posts.reads > default.posts.reads


def test_post_cache_is_bounded(finews_posts: Path) -> None:
    cache, entries = PostCache(finews_posts, size=5), index_archive(finews_posts)
    for e in entries:
        assert cache.get(e).info_code == e.code
    assert len(cache._posts) == 5 and isinstance(entries[0], IndexEntry)


def test_post_files_in_globs_order(tmp_path: Path, finews_posts: Path) -> None:
    for name in ("a.md", "a/b.md", "a/c/d.md", "a-b.md", "b/.x.md", "b.md", "A.md", "z/y.txt", "m.md/n.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert list(post_files(tmp_path)) == [p for p in sorted(tmp_path.glob("**/*.md")) if p.is_file()]
    assert list(post_files(finews_posts)) == sorted(finews_posts.glob("**/*.md"))
