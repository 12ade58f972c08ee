"""Made-up content for benchmarks/perturbations.py: personal names, outlets, headlines, comments, and the blocks built
of them that other sites put around an article (related-articles lists, comment sections, ads, videos). No corpus
strings.
"""
from __future__ import annotations

import random

from lxml import etree

# --- synthetic vocabulary (made up; no corpus strings) -------------------------------------------------------

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
_PLACES = ("本市", "省城", "我区", "该县", "多地", "全省", "沿海城市", "西部地区", "高新区", "开发区")
_TOPICS = ("城市更新", "乡村振兴", "文旅消费", "新能源汽车", "冬季供暖", "老旧小区改造", "职业教育", "数字经济",
           "养老服务", "交通治理", "防汛备汛", "营商环境")
_HEADLINES = ("{p}{t}工作取得新进展", "{p}出台{t}新举措", "{p}召开{t}推进会", "{t}：{p}这样干",
              "{p}{t}项目集中开工", "聚焦{t}，{p}再发力", "{p}发布{t}三年行动方案", "{t}迎来新机遇")
_COMMENTS = ("说得很好，希望相关部门尽快落实到位！", "支持！这样的报道多一些。", "请问具体什么时候开始实施？",
             "我们小区也有同样的问题，盼望早日解决。", "写得不错，但数据来源能否再说明一下？",
             "点赞，为家乡的发展感到自豪。", "这个政策对普通人有什么影响呢？求解答。")
_COMMENTER_PREFIXES = ("网友", "用户", "", "")
_OUTLETS = ("滨江日报", "云岭晚报", "海岳商报", "东川青年报", "南屏都市报")


def synthetic_name(rng: random.Random) -> str:
    """A made-up Chinese personal name (surname + one or two given characters)."""
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def synthetic_outlet(rng: random.Random) -> str:
    """A made-up newspaper's name (a source after a byline)."""
    return rng.choice(_OUTLETS)


def headline(rng: random.Random) -> str:
    """A made-up headline (a place and a topic in a news template)."""
    return rng.choice(_HEADLINES).format(p=rng.choice(_PLACES), t=rng.choice(_TOPICS))


def _fmt_day(rng: random.Random, g: tuple[int, ...] | None, shift_days: int) -> str:
    y, mo, d = (g[:3] if g and len(g) >= 3 else (2020, 6, 15))
    day = (y * 372 + (mo - 1) * 31 + (d - 1)) + shift_days
    y2, rest = divmod(day, 372)
    mo2, d2 = divmod(rest, 31)
    d2 = min(d2 + 1, 28)
    return f"{y2}-{mo2 + 1:02d}-{d2:02d} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"


def related_block(rng: random.Random, g: tuple[int, ...] | None, n: int = 6, cls: str = "related-news") -> etree._Element:
    """A recommendation list: headlines with dates older and newer than the article's and reporters' names."""
    box = etree.Element("div", {"class": cls})
    h = etree.SubElement(box, "h3")
    h.text = rng.choice(("相关阅读", "相关新闻", "推荐阅读", "猜你喜欢"))
    ul = etree.SubElement(box, "ul")
    for i in range(n):
        li = etree.SubElement(ul, "li")
        a = etree.SubElement(li, "a", {"href": f"/news/{rng.randrange(10**6, 10**7)}.html"})
        a.text = headline(rng)
        span = etree.SubElement(li, "span", {"class": "time"})
        span.text = _fmt_day(rng, g, rng.choice((-1, 1)) * rng.randrange(1, 400))
        who = etree.SubElement(li, "span", {"class": "author"})
        who.text = rng.choice(("记者 ", "作者：", "文/")) + synthetic_name(rng)
    return box


def comment_block(rng: random.Random, g: tuple[int, ...] | None, n: int = 5, cls: str = "comment-list") -> etree._Element:
    """Readers' comments: commenter names, times after the article's, punctuated comment text."""
    box = etree.Element("div", {"class": cls})
    h = etree.SubElement(box, "div", {"class": "hd"})
    h.text = f"网友评论（{n}）"
    for i in range(n):
        item = etree.SubElement(box, "div", {"class": "item"})
        user = etree.SubElement(item, "span", {"class": "user"})
        user.text = rng.choice(_COMMENTER_PREFIXES) + synthetic_name(rng)
        t = etree.SubElement(item, "span", {"class": "time"})
        t.text = _fmt_day(rng, g, rng.randrange(0, 3))
        p = etree.SubElement(item, "p")
        p.text = rng.choice(_COMMENTS) + rng.choice(_COMMENTS)
    return box


def ad_block(rng: random.Random, cls: str = "adv") -> etree._Element:
    box = etree.Element("div", {"class": cls})
    a = etree.SubElement(box, "a", {"href": f"https://ad.example.com/c?id={rng.randrange(10**6)}"})
    etree.SubElement(a, "img", {"src": "https://ad.example.com/banner.jpg"})
    span = etree.SubElement(box, "span")
    span.text = "广告"
    return box


def video_block(rng: random.Random, cls: str = "video-box") -> etree._Element:
    box = etree.Element("div", {"class": cls})
    etree.SubElement(box, "video", {"src": f"https://v.example.com/{rng.randrange(10**6)}.mp4", "controls": "controls"})
    p = etree.SubElement(box, "p", {"class": "video-title"})
    p.text = "视频：" + headline(rng)
    return box
