"""Write the second-batch pages: ``python benchmarks/fresh_sites_b2/build/build.py`` (regenerates every .html/.json).

Pages shorter than 1,500 characters of text (other than the deliberately short kinds) get a further section of
unused paragraphs from their own topic pool, inserted mid-body (never next to a byline or a closing line)."""
import extra
import govedu
import old
import papers
import pool
import portals

SHORT_ON_PURPOSE = {"zhongzhou_kuaixun_flash", "ljdaily_photo_gallery", "dongan_live_blog", "ljbbs_forum_thread",
                    "hongmei_blog_post", "dongan_video_news", "ljgov_notice_info_table"}
TOPICS = {"FARM": "记者手记：田间地头的新变化", "TRANSIT": "市民期待早日通车", "TECH": "企业转型有喜有忧",
          "EDU": "创新教育结硕果", "RIVER": "治水成效看得见", "HEALTH": "基层医疗的新气象", "CULTURE": "老街故事"}


def lengthen(p) -> None:
    if p.name in SHORT_ON_PURPOSE or len(p.text()) >= 1500:
        return
    used = {b for b in p.blocks if isinstance(b, str)}
    topic = max(TOPICS, key=lambda t: sum(any(x in b for x in getattr(pool, t)) for b in used if isinstance(b, str)))
    add = [x for x in getattr(pool, topic) if x not in used and not any(x in b for b in used)]
    ext: list = [("h", TOPICS[topic])]
    while add and len(p.text()) + sum(len(x) for x in ext if isinstance(x, str)) < 1500:
        ext.append(add.pop(0))
    if len(ext) > 1:
        mid = max(2, len(p.blocks) // 2)
        while mid < len(p.blocks) - 1 and not isinstance(p.blocks[mid], str):
            mid += 1
        p.blocks[mid:mid] = ext


if __name__ == "__main__":
    pages = [p for m in (old, portals, papers, govedu, extra) for p in m.PAGES]
    names = [p.name for p in pages]
    assert len(names) == len(set(names)), "duplicate page names"
    for p in pages:
        lengthen(p)
        p.write()
        print(f"{p.name:36} {len(p.text()):5} chars  authors={p.authors}")
    print(len(pages), "pages")
