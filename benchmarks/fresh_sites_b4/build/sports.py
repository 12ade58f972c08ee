"""Sports and entertainment pages: score tables, photo galleries with per-photo credits (agency credits, 'X社发 Y 摄'),
a Japanese correspondent's byline, an entertainment gallery credited to 小编, and an interview transcript."""
from common import Page, comments, head_scripts, hot, nav, related

PAGES: list[Page] = []
SNAV = ["首页", "中超", "CBA", "国际足球", "综合", "排球", "网球", "电竞", "彩票", "图片", "视频"]


def score_table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="score-tab"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


PAGES.append(Page(
    name="lingfeng_match_report_photo_credits", body="p",
    kind="sports report: '本报特派记者 司马青 发自澄州' line under the title, a quarter-by-quarter score table and a player "
         "stats table, a three-photo gallery with per-photo credits '图/视界图库', '东海社发（甄浩 摄）', '本报特派记者 司马青 摄'",
    url="https://sports.lingfengwang.example.cn/cba/2024-03-16/doc-ikxp7730.shtml",
    title="末节逆转！凌峰队客场击败澄州队 锁定季后赛席位",
    published_at="2024-03-16 22:48", authors=["司马青"], photographers=["甄浩", "司马青"], source=None, media="凌峰网",
    blocks=["3月16日晚，男篮联赛常规赛第四十一轮，凌峰队客场挑战澄州队。在末节一度落后九分的情况下，凌峰队打出一波十六比二的攻击波，最终以一百零三比九十八逆转取胜，提前三轮锁定季后赛席位。",
            ("skip", score_table(["球队", "一节", "二节", "三节", "四节", "总分"],
                                 [["凌峰", "24", "27", "22", "30", "103"], ["澄州", "28", "25", "26", "19", "98"]])),
            "比赛开始后，主队澄州队凭借外线手感占据上风，首节三分球七投五中，以二十八比二十四领先。第二节凌峰队加强内线进攻，中锋唐啸天连续篮下得手，半场结束时双方战成五十一平。",
            ("img", "https://img.lingfengwang.example.cn/2024/0316/g1.jpg"),
            ("cap", "唐啸天（右）在比赛中上篮。图/视界图库"),
            "第三节澄州队再度发力，三节战罢以七十九比七十三领先。末节开始后，澄州队一度将分差拉大到九分。关键时刻，凌峰队后卫韩子墨连中两记三分，随后又抢断得手快攻上篮，帮助球队在比赛还剩两分钟时反超比分。",
            ("img", "https://img.lingfengwang.example.cn/2024/0316/g2.jpg"),
            ("cap", "韩子墨庆祝得分。东海社发（甄浩 摄）"),
            "全场比赛，韩子墨砍下二十九分七次助攻，唐啸天贡献二十二分十三个篮板。澄州队外援马库斯得到全场最高的三十一分，但末节仅得四分。",
            ("skip", score_table(["球员", "时间", "得分", "篮板", "助攻"],
                                 [["韩子墨", "38", "29", "4", "7"], ["唐啸天", "35", "22", "13", "2"], ["马库斯", "40", "31", "6", "3"]])),
            ("img", "https://img.lingfengwang.example.cn/2024/0316/g3.jpg"),
            ("cap", "赛后，凌峰队球员向客场球迷致意。本报特派记者 司马青 摄"),
            "赛后，凌峰队主教练表示，球队在逆境中展现出了韧性，“末节防守强度上来了，年轻球员敢打敢投，这是最让我满意的地方”。凌峰队下一轮将回到主场迎战北原队。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>末节逆转！凌峰队客场击败澄州队 锁定季后赛席位|男篮|凌峰网体育</title>""" + head_scripts("lingfengwang.example.cn") + """</head><body>
""" + nav(SNAV) + """
<div class="main-content"><h1 class="main-title">末节逆转！凌峰队客场击败澄州队 锁定季后赛席位</h1>
<div class="date-source"><span class="date">2024年03月16日 22:48</span> <span class="source">凌峰网体育</span></div>
<p class="art-author">本报特派记者 司马青 发自澄州</p>
<div class="article" id="artibody">
{BODY}
</div>
<div class="match-center"><a>技术统计</a> <a>文字直播</a> <a>集锦视频</a></div></div>
""" + related([("常规赛第四十轮：北原队主场大胜", "03-14 记者 司马青"), ("韩子墨当选月度最佳球员", "03-05")]) + hot(["积分榜：凌峰升至第三", "澄州队外援马库斯受伤"]) + """
<div class="ft">凌峰网 版权所有</div></body></html>""",
    note="'本报特派记者 X 发自澄州' → author (a byline line, not text). Photographers: only people — 甄浩 (an agency's "
         "photographer, '东海社发') and 司马青; '图/视界图库' credits a picture agency (an organisation), so it adds no "
         "name. Captions are text; the score/stat tables are not."))

PAGES.append(Page(
    name="beiyu_sports_japanese_correspondent", body="span",
    kind="sports page: byline line '本报特约记者 山本拓海 发自东京　本报记者 闵嘉禾 编译' (Japanese name, the compiler "
         "after the name), time 'Jul 28, 2024 · 23:05' (English month), a standings table, 赛程 list with times",
    url="https://www.beiyusports.example.com/pingpong/20240728/2305871.html",
    title="日本乒乓球联赛：北屿俱乐部外援连胜八场",
    published_at="2024-07-28 23:05", authors=["山本拓海", "闵嘉禾"], source=None, media="北屿体育",
    blocks=["日本乒乓球联赛第十二轮比赛7月28日在东京进行，效力于北屿俱乐部的中国外援庞一鸣以三比一战胜对手，个人在本赛季联赛中取得八连胜，帮助球队以三比二险胜，继续领跑积分榜。",
            "这场比赛，北屿俱乐部的对手是上赛季亚军。前四盘过后，双方战成二比二。决胜盘由庞一鸣出战，首局他以九比十一失利，随后调整发球节奏，连扳三局，为球队锁定胜局。",
            "赛后接受采访时，庞一鸣表示，日本联赛节奏快、对手风格多样，对自己的提高很有帮助。“刚来的时候不太适应这边的比赛用球和场地，现在越来越顺了。”",
            ("raw", '<table class="rank"><tr><th>排名</th><th>球队</th><th>胜</th><th>负</th><th>积分</th></tr><tr><td>1</td><td>北屿俱乐部</td><td>10</td><td>2</td><td>30</td></tr><tr><td>2</td><td>东京星河</td><td>9</td><td>3</td><td>27</td></tr></table>', ""),
            "今年二十四岁的庞一鸣出自北屿体校，去年夏天通过选拔加盟北屿俱乐部，是球队历史上第一位中国外援。俱乐部方面表示，引进外援的初衷是提升球队整体水平，也希望通过交流让年轻球员学习不同的技术风格。",
            "据了解，本赛季日本乒乓球联赛共有十支球队参赛，每支球队最多可注册两名外援。北屿俱乐部的主教练是曾效力于国内联赛的老将高桥诚一，他对庞一鸣的评价是“技术全面，心态稳定”。",
            "联赛下一轮比赛将于8月3日进行，北屿俱乐部将客场挑战大阪队。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>日本乒乓球联赛：北屿俱乐部外援连胜八场-北屿体育</title>""" + head_scripts("beiyusports.example.com") + """</head><body>
""" + nav(SNAV) + """
<div class="detail"><h1>日本乒乓球联赛：北屿俱乐部外援连胜八场</h1>
<div class="meta"><time>Jul 28, 2024 · 23:05</time> <span>北屿体育</span></div>
<div class="byline">本报特约记者 山本拓海 发自东京　本报记者 闵嘉禾 编译</div>
<div class="content">
{BODY}
</div>
<div class="schedule"><h4>下轮赛程</h4><ul><li>08-03 18:00 大阪 vs 北屿俱乐部</li><li>08-03 19:30 东京星河 vs 名古屋</li></ul></div></div>
""" + comments([("球迷老周", "07-29 08:11", "庞一鸣越打越稳了"), ("乒乓小将", "07-28 23:40", "决胜盘太精彩")]) + """
<div class="ft">北屿体育 © 2024</div></body></html>""",
    note="Two authors: the Japanese special correspondent and the compiler ('X 编译' — 编译 is an author role in the "
         "rule, written after the name). The coach 高桥诚一 (a Japanese name in the text) is no author. English "
         "month date 'Jul 28, 2024 · 23:05'."))

PAGES.append(Page(
    name="xingyao_ent_gallery_xiaobian", body="div",
    kind="entertainment photo-gallery page: '作者：小编　来源：网络' and '08 Sep 2024 14:20' in the info line, per-photo credits "
         "'图源：网络' and '摄影：阮星河', 上一张/下一张 controls, 热搜 and comments with names",
    url="https://ent.xingyaoyule.example.com/pic/2024/0908/9917.html",
    title="组图：电影《长河往事》首映 主演回到拍摄地与观众见面",
    published_at="2024-09-08 14:20", authors=[], photographers=["阮星河"], source=None, media="星耀娱乐",
    blocks=["9月7日晚，电影《长河往事》在拍摄地临江古镇举行首映礼。导演和几位主演回到当年的拍摄现场，与一千多名观众一起观看了影片。",
            ("raw", '<div class="gallery-item"><img src="/pic/2024/0908/1.jpg"><span class="credit">图源：网络</span></div>', ""),
            ("cap", "首映礼现场，古镇码头搭起了露天银幕。"),
            "影片讲述了一个船工家庭三代人在长河边的生活变迁，拍摄历时四个月，大部分场景都在古镇实景拍摄。不少当地居民曾在片中客串群众演员，首映当晚，他们在银幕上认出了自己的身影，现场笑声不断。",
            ("raw", '<div class="gallery-item"><img src="/pic/2024/0908/2.jpg"><span class="credit">摄影：阮星河</span></div>', ""),
            ("cap", "主演与客串演出的古镇居民合影。"),
            "导演在映后交流中说，选择回到古镇首映，是想把这部电影先“还给”这里的人。“没有他们的帮助，很多场景根本拍不出来。”",
            ("raw", '<div class="gallery-item"><img src="/pic/2024/0908/3.jpg"><span class="credit">摄影：阮星河</span></div>', ""),
            ("cap", "观众在映后交流环节提问。"),
            "映后交流环节，一位在片中饰演船工的古镇居民被请上台。他说，拍戏那几个月，剧组每天都在码头忙到深夜，“我们这些群众演员也跟着学了不少，现在看到银幕上的自己，感觉很神奇”。",
            "据悉，《长河往事》将于9月20日在全国院线上映。片方表示，上映后将拿出部分票房收入，用于古镇老码头的修缮保护。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>组图：电影《长河往事》首映 主演回到拍摄地与观众见面_星耀娱乐</title>
<meta name="author" content="小编">""" + head_scripts("xingyaoyule.example.com") + """</head><body>
<div class="nav"><a>星耀娱乐</a><a>明星</a><a>电影</a><a>电视</a><a>综艺</a><a>音乐</a><a>组图</a></div>
<div class="pic-detail"><h1>组图：电影《长河往事》首映 主演回到拍摄地与观众见面</h1>
<div class="info">08 Sep 2024 14:20　作者：小编　来源：网络　<span class="pv">浏览 12.8万</span></div>
<div class="gallery-ctrl"><a class="prev">上一张</a> <span>1/3</span> <a class="next">下一张</a> <a>查看原图</a></div>
<div class="pic-text">
{BODY}
</div></div>
""" + hot(["《长河往事》定档9月20日", "古镇首映礼现场直击", "导演谈新片：拍的是乡愁"], "热搜榜") + comments(
        [("追光的鱼", "09-08 15:02", "古镇好美，想去"), ("影迷阿杰", "09-08 14:51", "期待上映")], 328) + """
<div class="ft">星耀娱乐 版权所有 2024</div></body></html>""",
    note="作者：小编 (and meta author 小编) is a placeholder → authors []; 来源：网络 is no outlet → source null. "
         "'摄影：阮星河' (twice) → photographer; '图源：网络' no one. Per-photo credit spans are not text; captions are. "
         "Date written 'DD Mon YYYY HH:MM'."))

PAGES.append(Page(
    name="huayin_interview_transcript_caizhengli", body="p",
    kind="entertainment interview transcript: intro, then Q/A turns labelled '华音：' (the outlet asks) and '林晚晴：' (the "
         "singer answers); closing '采访/整理：本报记者 蓝田　责编：卓远'; date '2024.06.20'; the host named in the intro",
    url="https://www.huayinbao.example.cn/yule/2024/0620/21558.html",
    title="对话林晚晴：唱了二十年，我还是最喜欢小剧场",
    published_at="2024-06-20", authors=["蓝田"], editors=["卓远"], source=None, media="华音报",
    blocks=["出道二十年，歌手林晚晴的新专辑《慢车》上周发行。与以往不同，这张专辑的十首歌全部在一家小剧场现场录制。日前，华音报“周末对谈”栏目主持人邝一川与她聊了聊新专辑和这些年的变化。",
            "华音：为什么选择在小剧场现场录制整张专辑？",
            "林晚晴：我一直觉得，歌是唱给人听的，不是唱给机器听的。录音棚里的声音很干净，但少了点东西。小剧场只有两百个座位，观众离我很近，他们的呼吸、笑声都录进去了，这些是录音棚里做不出来的。",
            "华音：这二十年，您觉得自己最大的变化是什么？",
            "林晚晴：以前很在意排行榜，在意别人怎么评价。现在更在意的是，自己唱的东西是不是真心想唱的。年纪大了，反而更敢了。",
            "华音：新专辑里有一首《站台》，据说是写给父亲的？",
            "林晚晴：是的。我父亲是铁路工人，小时候他经常值夜班，我和妈妈就在站台上等他下班。那首歌写的就是站台上的灯，还有那种等一个人的感觉。录那首歌的时候，我父亲也在台下。",
            "华音：接下来有什么计划？",
            "林晚晴：下半年会做一轮小剧场巡演，去十几个城市，每场都不超过三百人。我想离观众再近一点。"],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>对话林晚晴：唱了二十年，我还是最喜欢小剧场-华音报</title>""" + head_scripts("huayinbao.example.cn") + """</head><body>
<div class="nav"><a>华音报</a><a>娱乐</a><a>音乐</a><a>影视</a><a>周末对谈</a></div>
<div class="art"><h1>对话林晚晴：唱了二十年，我还是最喜欢小剧场</h1>
<div class="info"><span>2024.06.20</span> <span>华音报</span> <span>周末对谈</span></div>
<div class="con">
{BODY}
<p class="zz">采访/整理：本报记者 蓝田　责编：卓远</p>
</div></div>
""" + related([("林晚晴新专辑《慢车》发行", "2024.06.13"), ("小剧场演出回暖观察", "2024.05.30 蓝田")]) + """
<div class="ft">华音报社 版权所有</div></body></html>""",
    note="整理 (with 采访) is the only writing credit → the reporter is the author (rule: 整理 only when no writer is "
         "named; none is). The interviewee 林晚晴 and the host 邝一川 named in the intro are not authors. Q/A turns are "
         "text; the closing credit line is not. Date shown as '2024.06.20' (day only)."))
