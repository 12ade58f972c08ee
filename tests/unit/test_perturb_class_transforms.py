"""The perturbations of benchmarks/perturb_classes.py (issue 14's failure classes) on a synthetic page: each keeps
the labels true (gold date, authors, article text), is seeded, and changes what it says it changes."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import perturb_classes as pc

P = ["县里新修的图书馆本周正式开放，馆内藏书十二万册，设有少儿阅览区、自习区和地方文献室。",
     "开馆当天，不少家长带着孩子前来办理借书证。工作人员介绍，读者可以在自助机上借还图书。",
     "据了解，图书馆每周二至周日开放，晚上延长到九点，周一闭馆进行整理和消毒。"]
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<meta property='article:published_time' content='2024-01-02T08:09:10+08:00'>"
        "<script type='application/ld+json'>{\"datePublished\": \"2024-01-02T08:09:10+08:00\", "
        "\"author\": {\"name\": \"张三\"}}</script><title>县图书馆正式开放</title></head><body>"
        "<div class='main'><h1>县图书馆正式开放</h1>"
        "<div class='info'><span>发布时间：2024-01-02 08:09</span> <span>来源：县融媒体中心</span></div>"
        "<div class='byline'>记者 张三</div>"
        f"<div class='article'>{''.join(f'<p>{p}</p>' for p in P)}</div></div></body></html>")
GOLD = {"text": "\n".join(P), "published_at": "2024-01-02 08:09", "authors": ["张三"]}


def run(name: str, seed: int = 0):
    return pc.apply(name, PAGE, GOLD, seed, "page.html")


def test_every_class_transformation_is_seeded_and_keeps_the_article_text():
    for name in pc.CLASS_TRANSFORMS:
        out = run(name)
        assert out is not None, name
        html, gold = out
        assert run(name) == out, name
        assert all(p in html for p in P), name
        assert gold["published_at"] == GOLD["published_at"] and gold["authors"] == GOLD["authors"], name


def test_relative_and_yearless_dates_keep_the_full_time_only_in_the_anchor():
    html, _ = run("date_yesterday_meta")
    assert "昨天 08:09" in html and "2024-01-02 08:09" not in html
    assert 'content="2024-01-02T08:09' in html and '"datePublished": ""' in html and "张三" in html
    html, _ = run("date_yearless_script")
    assert "01-02 08:09" in html and '"title": "县图书馆正式开放"' in html and '2024-01-02 08:09:' in html
    html, _ = run("date_hours_ago_script")
    assert "小时前" in html


def test_byline_markup_variants():
    assert '<a href="/author/' in run("byline_profile_link")[0]
    html = run("byline_split_spans")[0]
    assert "张三</span>" in html and "记者 张三" not in html
    html = run("byline_editor_line")[0]
    assert html.index("记者 张三") < html.index("责任编辑：") < html.index(P[0])


def test_registration_footer_follows_the_article():
    html = run("footer_registration")[0]
    assert html.index(P[-1]) < html.index("ICP备")
    assert any(w in html for w in ("网站注册时间", "备案日期", "注册日期"))


def test_all_transformations_are_registered_together():
    assert set(pc.TRANSFORMS) >= set(pc.CLASS_TRANSFORMS) | {"identity", "table_layout", "byline_ju_dateline"}
